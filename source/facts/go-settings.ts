import type {SettingSource} from '../model/finding.js';
import type {RegistryValue} from '../system/registry.js';
import {FactUnavailableError} from '../system/types.js';
import type {Facts} from './facts.js';
import {profileLinesFor, unreadableProfiles, type ProfileLine, type UnreadableProfile} from './shell-profiles.js';
import {expandOnce, registryEnvironment} from './windows-env.js';

export interface SettingOrigin {
	name: string;
	/** The effective value as the go command sees it. */
	value: string;
	source: SettingSource;
	/** The file or registry key that holds it, for every source but process and default. */
	where?: string;
	/** Line number in that file. */
	line?: number;
	/** What each layer holds, for evidence and fixes: the OS environment and the go env file. */
	osValue?: string;
	fileValue?: string;
	/** The user's go env file, when it holds this setting (whether or not it wins), and its text. */
	file?: {path: string; line: number; content: string};
	/** `$GOROOT/go.env`, when it holds this setting. */
	gorootValue?: string;
	/**
	 * `$GOROOT/go.env` is there but could not be read (its error code), and no layer above it
	 * sets this: whether it is that file's default or go's own is unknown (the source says so).
	 */
	gorootUnreadable?: {file: string; code: string};
	/**
	 * Windows: the variable in the registry, raw and typed per scope, and the value a new
	 * terminal would get from them (undefined when neither scope sets it).
	 */
	registry?: {user?: RegistryValue; system?: RegistryValue; composed?: string; expanded?: {user?: string; system?: string}};
	/** Windows: this process's value is not what a new terminal would get from the registry. */
	disagrees?: boolean;
	/** Unix and Git Bash: the profile lines that export it. */
	profileLines?: ProfileLine[];
	/**
	 * Unix and Git Bash, a variable set in the OS environment: profiles that could not be read
	 * (EACCES, EISDIR…), any of which may be where it is set. Where it comes from is then not
	 * fully known, and no fix may count on these files.
	 */
	unreadableProfiles?: UnreadableProfile[];
	/**
	 * Replaying a snapshot that lacks them (a pasted `go env`): the layers whose content is
	 * not known. The value is then go's own answer and the source is `unknown`.
	 */
	unknownLayers?: Array<'process' | 'go-env-file'>;
}

/** Settings Go computes itself when nothing sets them. */
const INFERRED = new Set(['GOROOT', 'GOPATH', 'GOMODCACHE', 'GOCACHE', 'GOENV', 'GOTOOLDIR', 'GOBIN']);

/**
 * Settings whose value in `go env` output is ours, not the user's: every go we spawn gets
 * GOTOOLCHAIN=local so that no check can download a toolchain.
 */
const FORCED_BY_US = new Set(['GOTOOLCHAIN']);

/** The settings whose provenance is always shown, beyond what `go env -changed` lists. */
export const CORE_SETTINGS = ['GOROOT', 'GOPATH', 'GOPROXY', 'GOSUMDB', 'GOPRIVATE', 'GOFLAGS', 'GOOS', 'GOARCH', 'GOTOOLCHAIN', 'CGO_ENABLED'] as const;

export const USER_KEY_DISPLAY = 'HKCU\\Environment';
export const SYSTEM_KEY_DISPLAY = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment';

/**
 * Where a Go setting comes from, following cmd/go's cfg.Getenv: a non-empty OS variable
 * wins; otherwise the user's go env file; otherwise `$GOROOT/go.env`; otherwise Go's own
 * default or inference. (An OS variable set to the empty string does not hide the file.)
 * An OS variable is traced further to where it was made: the user or system registry on
 * Windows when the values agree, a shell profile line on Unix.
 */
export async function goSetting(facts: Facts, name: string): Promise<SettingOrigin> {
	const unknown = await unknownProvenance(facts, name);
	if (unknown) return unknown;
	const [goEnv, file, registry, profile, unreadable] = await Promise.all([
		facts.goEnv(),
		facts.goEnvFile(),
		// A replayed snapshot without the registry or the profiles: those layers are not traced.
		orUnavailable(() => registryEnvironment(facts)).then((r) => (r instanceof FactUnavailableError ? null : r)),
		orUnavailable(() => profileLinesFor(facts, name)).then((r) => (r instanceof FactUnavailableError ? [] : r)),
		orUnavailable(() => unreadableProfiles(facts)).then((r) => (r instanceof FactUnavailableError ? [] : r)),
	]);
	const osValue = facts.sys.getenv(name);
	const fileLine = file.values.get(name);
	const goroot = goEnv?.ok ? goEnv.values.GOROOT : undefined;
	const shippedFile = goroot ? await facts.gorootGoEnv(goroot) : undefined;
	const shipped = shippedFile?.values.get(name);
	const effective = goEnv?.ok && !FORCED_BY_US.has(name) ? goEnv.values[name] : undefined;

	const composed = registry?.available ? registry.variables.get(name.toUpperCase()) : undefined;
	// What a value holding %…% expands to: the composed value for the scope that wins, the
	// other scope's against the same variables (it is read, then replaced).
	const expandedOf = (scope: 'user' | 'system') => {
		const value = composed?.[scope];
		if (!value || !registry || !/%[^%;]+%/.test(value.data)) return undefined;
		return composed!.scope === scope ? composed!.value : expandOnce(value.data, registry.variables);
	};
	const expanded = {user: expandedOf('user'), system: expandedOf('system')};
	const registryInfo = registry?.available
		? {
				...(composed?.user ? {user: composed.user} : {}),
				...(composed?.system ? {system: composed.system} : {}),
				...(composed && composed.scope !== 'builtin' ? {composed: composed.value} : {}),
				...(expanded.user !== undefined || expanded.system !== undefined
					? {expanded: {...(expanded.user !== undefined ? {user: expanded.user} : {}), ...(expanded.system !== undefined ? {system: expanded.system} : {})}}
					: {}),
			}
		: undefined;
	const base = {
		name,
		osValue,
		fileValue: fileLine?.value,
		...(fileLine && file.path ? {file: {path: file.path, line: fileLine.line, content: file.content ?? ''}} : {}),
		...(shipped ? {gorootValue: shipped.value} : {}),
		...(registryInfo ? {registry: registryInfo, disagrees: (osValue ?? '') !== (registryInfo.composed ?? '')} : {}),
		...(profile.length > 0 ? {profileLines: profile} : {}),
		...(osValue && unreadable.length > 0 ? {unreadableProfiles: unreadable} : {}),
	};

	if (osValue) {
		const value = effective ?? osValue;
		if (composed && composed.scope !== 'builtin' && composed.value === osValue) {
			const user = composed.scope === 'user';
			return {...base, value, source: user ? 'registry-user' : 'registry-system', where: user ? USER_KEY_DISPLAY : SYSTEM_KEY_DISPLAY};
		}
		const last = profile.at(-1);
		if (last) return {...base, value, source: 'shell-profile', where: last.file, line: last.lineNumber};
		return {...base, value, source: 'process'};
	}
	if (fileLine) return {...base, value: effective ?? fileLine.value, source: 'go-env-file', where: file.path ?? undefined, line: fileLine.line};
	if (shipped) {
		return {...base, value: effective ?? shipped.value, source: 'goroot-go-env', where: facts.sys.path.join(goroot!, 'go.env'), line: shipped.line};
	}
	// go computes the inferred ones itself; any other may be in the file that could not be read.
	if (shippedFile?.unreadable && !INFERRED.has(name)) {
		return {...base, value: effective ?? '', source: 'goroot-go-env-unreadable', gorootUnreadable: {file: facts.sys.path.join(goroot!, 'go.env'), code: shippedFile.unreadable}};
	}
	return {...base, value: effective ?? '', source: INFERRED.has(name) && effective ? 'inferred' : 'default'};
}

/**
 * The names `go env -changed` lists (Go 1.23+): settings whose effective value differs from
 * what an empty environment gives. One spawn per run; null when this go is older.
 */
export function goEnvChanged(facts: Facts): Promise<string[] | null> {
	return facts.once('go-env-changed', async () => {
		const go = await facts.goBinary();
		if (!go) return null;
		const command = await facts.exec(go, ['env', '-changed', '-json']);
		if (command.result.exitCode !== 0) return null;
		try {
			const parsed: unknown = JSON.parse(command.result.stdout);
			return parsed && typeof parsed === 'object' ? Object.keys(parsed).filter((n) => !FORCED_BY_US.has(n)) : null;
		} catch {
			return null;
		}
	});
}

/** The settings whose provenance is shown: the core ones, then whatever else is changed. */
export async function provenanceNames(facts: Facts): Promise<string[]> {
	const changed = (await goEnvChanged(facts)) ?? [];
	return [...CORE_SETTINGS, ...changed.filter((n) => !(CORE_SETTINGS as readonly string[]).includes(n)).sort()];
}

/**
 * Replaying a snapshot that does not hold the OS environment or the go env file (a pasted
 * `go env`): where the setting comes from cannot be told, but what go printed for it is its
 * value. Null when both layers are known (the usual case: the caller traces provenance).
 */
async function unknownProvenance(facts: Facts, name: string): Promise<SettingOrigin | null> {
	const [goEnv, file, osValue] = await Promise.all([facts.goEnv(), orUnavailable(() => facts.goEnvFile()), orUnavailable(async () => facts.sys.getenv(name))]);
	const missing = [osValue, file].find((layer): layer is FactUnavailableError => layer instanceof FactUnavailableError);
	if (!missing) return null;
	const effective = goEnv?.ok ? goEnv.values[name] : undefined;
	if (effective === undefined) throw missing;
	return {
		name,
		value: effective,
		source: 'unknown',
		unknownLayers: [...(osValue instanceof FactUnavailableError ? ['process' as const] : []), ...(file instanceof FactUnavailableError ? ['go-env-file' as const] : [])],
		...(osValue instanceof FactUnavailableError ? {} : {osValue}),
		...(file instanceof FactUnavailableError ? {} : {fileValue: file.values.get(name)?.value}),
	};
}

async function orUnavailable<T>(read: () => Promise<T>): Promise<T | FactUnavailableError> {
	try {
		return await read();
	} catch (error) {
		if (error instanceof FactUnavailableError) return error;
		throw error;
	}
}
