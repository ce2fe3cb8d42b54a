import type {SettingSource} from '../model/finding.js';
import {FactUnavailableError} from '../system/types.js';
import type {Facts} from './facts.js';

export interface SettingOrigin {
	name: string;
	/** The effective value as the go command sees it. */
	value: string;
	source: SettingSource;
	/** The file that holds it, for go-env-file and goroot-go-env. */
	where?: string;
	/** Line number in that file. */
	line?: number;
	/** What each layer holds, for evidence and fixes: the OS environment and the go env file. */
	osValue?: string;
	fileValue?: string;
	/** The user's go env file, when it holds this setting (whether or not it wins). */
	file?: {path: string; line: number};
	/**
	 * Replaying a snapshot that lacks them (a pasted `go env`): the layers whose content is
	 * not known. The value is then go's own answer and the source is `unknown`.
	 */
	unknownLayers?: Array<'process' | 'go-env-file'>;
}

/** Settings Go computes itself when nothing sets them. */
const INFERRED = new Set(['GOROOT', 'GOPATH', 'GOMODCACHE', 'GOCACHE', 'GOENV', 'GOTOOLDIR', 'GOBIN']);

/**
 * Where a Go setting comes from, following cmd/go's cfg.Getenv: a non-empty OS variable
 * wins; otherwise the user's go env file; otherwise `$GOROOT/go.env`; otherwise Go's own
 * default or inference. (An OS variable set to the empty string does not hide the file.)
 */
export async function goSetting(facts: Facts, name: string): Promise<SettingOrigin> {
	const unknown = await unknownProvenance(facts, name);
	if (unknown) return unknown;
	const [goEnv, file] = await Promise.all([facts.goEnv(), facts.goEnvFile()]);
	const osValue = facts.sys.getenv(name);
	const fileLine = file.values.get(name);
	const effective = goEnv?.ok ? goEnv.values[name] : undefined;
	const base = {
		name,
		osValue,
		fileValue: fileLine?.value,
		...(fileLine && file.path ? {file: {path: file.path, line: fileLine.line}} : {}),
	};

	if (osValue) return {...base, value: effective ?? osValue, source: 'process'};
	if (fileLine) return {...base, value: effective ?? fileLine.value, source: 'go-env-file', where: file.path ?? undefined, line: fileLine.line};
	const goroot = goEnv?.ok ? goEnv.values.GOROOT : undefined;
	if (goroot) {
		const shipped = (await facts.gorootGoEnv(goroot)).get(name);
		if (shipped) {
			return {...base, value: effective ?? shipped.value, source: 'goroot-go-env', where: facts.sys.path.join(goroot, 'go.env'), line: shipped.line};
		}
	}
	return {...base, value: effective ?? '', source: INFERRED.has(name) && effective ? 'inferred' : 'default'};
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
