import type {Facts} from './facts.js';
import {SYSTEM_ENVIRONMENT_KEY, USER_ENVIRONMENT_KEY, type RegistryValue} from '../system/registry.js';

/**
 * The environment a new process gets on Windows, composed from the registry the way Windows
 * Terminal rebuilds it for every new tab (microsoft/terminal src/inc/til/env.h, which
 * replicates shell32!RegenerateUserEnvironment):
 *
 * 1. builtins taken from the current process (SystemRoot, USERPROFILE, APPDATA, ...);
 * 2. HKLM Session Manager\Environment, then HKCU\Environment; in each key two passes over
 *    the values in registry order: REG_SZ values first, then REG_EXPAND_SZ values, each
 *    expanded once against what is known at that moment;
 * 3. `Path`, `LibPath` and `Os2LibPath` are concatenated (`system;user`, adding `;` only if
 *    the first does not end with one); every other name is replaced (the user wins);
 * 4. an unknown `%FOO%` stays literally in the text; empty values are skipped.
 *
 * Like til/env.h, REG_SZ values of ordinary variables are expanded too, but a REG_SZ Path is
 * concatenated raw. Not modelled: HKCU\Volatile Environment (its values equal the builtins
 * taken from the process), and the short (8.3) names til gives TEMP and TMP.
 */

/** The builtins, in the order til/env.h reads them. */
export const BUILTIN_VARIABLES = [
	'SystemRoot',
	'SystemDrive',
	'ALLUSERSPROFILE',
	'PUBLIC',
	'ProgramData',
	'COMPUTERNAME',
	'USERNAME',
	'USERDOMAIN',
	'USERDNSDOMAIN',
	'HOMEDRIVE',
	'HOMESHARE',
	'HOMEPATH',
	'USERPROFILE',
	'APPDATA',
	'LOCALAPPDATA',
	'ProgramFiles',
	'CommonProgramFiles',
	'ProgramFiles(x86)',
	'CommonProgramFiles(x86)',
	'ProgramW6432',
	'CommonProgramW6432',
	'ProgramFiles(Arm)',
	'CommonProgramFiles(Arm)',
] as const;

const PATH_VARIABLES = new Set(['PATH', 'LIBPATH', 'OS2LIBPATH']);

export type EnvScope = 'system' | 'user';

/** One scope's contribution to `Path`: the value as stored and as it was expanded. */
export interface PathContribution {
	scope: EnvScope;
	/** The registry value name as stored (`Path`, or `PATH` as Wine and some installers write it). */
	name: string;
	value: RegistryValue;
	/** Each `;`-separated raw entry with its expansion at the moment it was composed. */
	entries: Array<{raw: string; expanded: string}>;
}

export interface ComposedVariable {
	/** The name as the last writer spelled it. */
	name: string;
	/** The value a new process gets. */
	value: string;
	/** Who set it last. For Path this is the last scope that contributed. */
	scope: 'builtin' | EnvScope;
	system?: RegistryValue;
	user?: RegistryValue;
}

export interface ComposedEnvironment {
	/** Upper-case name → variable. */
	variables: Map<string, ComposedVariable>;
	path: PathContribution[];
}

/** Expands `%NAME%` once against `known` (case-insensitive); unknown names stay literal. */
export function expandOnce(text: string, known: ReadonlyMap<string, {value: string}>): string {
	let out = '';
	let name: string | null = null;
	for (const char of text) {
		if (char === '%') {
			if (name === null) {
				name = '';
			} else {
				const hit = known.get(name.toUpperCase());
				out += hit ? hit.value : `%${name}%`;
				name = null;
			}
		} else if (name === null) {
			out += char;
		} else {
			name += char;
		}
	}
	if (name !== null) out += `%${name}`;
	return out;
}

export function composeEnvironment(input: {
	processEnv: Readonly<Record<string, string>>;
	system: readonly RegistryValue[] | null;
	user: readonly RegistryValue[] | null;
}): ComposedEnvironment {
	const variables = new Map<string, ComposedVariable>();
	const path: PathContribution[] = [];
	const upperProcess = new Map(Object.entries(input.processEnv).map(([k, v]) => [k.toUpperCase(), v]));
	for (const name of BUILTIN_VARIABLES) {
		const value = upperProcess.get(name.toUpperCase());
		if (value) variables.set(name.toUpperCase(), {name, value, scope: 'builtin'});
	}

	const set = (scope: EnvScope, value: RegistryValue, data: string) => {
		if (data === '') return;
		const key = value.name.toUpperCase();
		const previous = variables.get(key);
		variables.set(key, {
			...(previous?.system ? {system: previous.system} : {}),
			...(previous?.user ? {user: previous.user} : {}),
			name: value.name,
			value: expandOnce(data, variables),
			scope,
			[scope]: value,
		});
	};
	const concat = (scope: EnvScope, value: RegistryValue, data: string, entries: PathContribution['entries']) => {
		if (data === '') return;
		const key = value.name.toUpperCase();
		const previous = variables.get(key);
		const joined = previous && previous.value !== '' ? (previous.value.endsWith(';') ? previous.value : previous.value + ';') + data : data;
		variables.set(key, {...previous, name: previous?.name ?? value.name, value: joined, scope, [scope]: value});
		if (key === 'PATH') path.push({scope, name: value.name, value, entries});
	};

	for (const [scope, values] of [
		['system', input.system],
		['user', input.user],
	] as const) {
		for (const pass of ['REG_SZ', 'REG_EXPAND_SZ'] as const) {
			for (const value of values ?? []) {
				if (value.type !== pass || value.name === '') continue;
				const isPath = PATH_VARIABLES.has(value.name.toUpperCase());
				if (pass === 'REG_SZ') {
					if (isPath) concat(scope, value, value.data, value.data.split(';').map((raw) => ({raw, expanded: raw})));
					else set(scope, value, value.data);
				} else {
					// Each entry expanded against the same state as the whole value.
					const entries = isPath ? value.data.split(';').map((raw) => ({raw, expanded: expandOnce(raw, variables)})) : [];
					const data = expandOnce(value.data, variables);
					if (isPath) concat(scope, value, data, entries);
					else set(scope, value, data);
				}
			}
		}
	}
	return {variables, path};
}

export interface RegistryEnvironment extends ComposedEnvironment {
	system: RegistryValue[] | null;
	user: RegistryValue[] | null;
	/** False when the registry could not be read (then every origin is "process"). */
	available: boolean;
	/** Why it could not be read, for evidence. */
	error?: string;
}

/**
 * The registry environment of this machine, read once per run: two `reg export` spawns
 * (HKLM and HKCU), lossless for any text. null off Windows.
 */
export function registryEnvironment(facts: Facts): Promise<RegistryEnvironment | null> {
	return facts.once('registry-environment', async () => {
		const {sys} = facts;
		if (sys.platform !== 'win32' || !sys.registry) return null;
		let system: RegistryValue[] | null = null;
		let user: RegistryValue[] | null = null;
		let error: string | undefined;
		try {
			[system, user] = await Promise.all([sys.registry.readKey(SYSTEM_ENVIRONMENT_KEY), sys.registry.readKey(USER_ENVIRONMENT_KEY)]);
		} catch (caught) {
			error = caught instanceof Error ? caught.message : String(caught);
		}
		const composed = composeEnvironment({processEnv: sys.env(), system, user});
		return {...composed, system, user, available: system !== null || user !== null, ...(error ? {error} : {})};
	});
}

/** A registry value by name (case-insensitive). */
export function findValue(values: readonly RegistryValue[] | null, name: string): RegistryValue | undefined {
	const upper = name.toUpperCase();
	return values?.find((v) => v.name.toUpperCase() === upper);
}
