import type {Facts} from '../facts/facts.js';
import {KNOWN_GO_ENV} from '../facts/go-known-env.js';
import {SYSTEM_KEY_DISPLAY, USER_KEY_DISPLAY, type SettingOrigin} from '../facts/go-settings.js';

/**
 * Every place a setting can be made, in the order the go command reads them
 * (cmd/go/internal/cfg: `Getenv` takes a non-empty OS variable first, then `initEnvCache`
 * reads the user's go env file, then `$GOROOT/go.env` without overwriting what the user's
 * file set; what none of them sets is the built-in default or go's own inference). The OS
 * variable is what this process was given; a new terminal builds it from the registry
 * (Windows: the user's value over the system's) or from the shell's profile files.
 */
export const LAYERS = ['process', 'registry-user', 'registry-system', 'shell-profile', 'go-env-file', 'goroot-go-env', 'default'] as const;
export type Layer = (typeof LAYERS)[number];

/** The layers `set` and `unset` can change (through a journaled fix). */
export const EDITABLE_LAYERS = ['go-env-file', 'registry-user', 'registry-system', 'shell-profile'] as const;
export type EditableLayer = (typeof EDITABLE_LAYERS)[number];

/**
 * `in session`: this REPL's own environment, as a shell's `export` changes the shell's. Not a
 * fix: nothing is stored or journaled, and it ends with the session. The checks and the go
 * this REPL runs see it from then on.
 */
export const SESSION_LAYER = 'session';
/** Where `set`, `unset` and the PATH edits can make a change: a stored layer, or this session. */
export type TargetLayer = EditableLayer | typeof SESSION_LAYER;

/** Short names a person may type after `in`. */
const LAYER_ALIASES: Record<string, TargetLayer> = {
	session: 'session',
	'go-env-file': 'go-env-file',
	file: 'go-env-file',
	goenv: 'go-env-file',
	'go-env': 'go-env-file',
	'registry-user': 'registry-user',
	user: 'registry-user',
	hkcu: 'registry-user',
	'registry-system': 'registry-system',
	system: 'registry-system',
	hklm: 'registry-system',
	'shell-profile': 'shell-profile',
	profile: 'shell-profile',
};

export function parseLayer(word: string): TargetLayer | undefined {
	return LAYER_ALIASES[word.toLowerCase()];
}

/** The layers that exist on this platform (the registry on Windows, profiles elsewhere and under Git Bash), and this session. */
export function layersHere(platform: string, msys: boolean): TargetLayer[] {
	return [...EDITABLE_LAYERS.filter((layer) => (layer.startsWith('registry-') ? platform === 'win32' : layer === 'shell-profile' ? platform !== 'win32' || msys : true)), SESSION_LAYER];
}

/** Variables that are not Go's own but change what go does: proxies and certificates (go reads them through net/http and crypto/x509). */
export const PROXY_VARIABLES = ['HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY', 'https_proxy', 'http_proxy', 'no_proxy', 'ALL_PROXY', 'SSL_CERT_FILE', 'SSL_CERT_DIR'] as const;

/** A name `set` and `unset` take: a Go setting (one the go command knows), or a proxy/certificate variable. */
export function settableName(name: string, known: ReadonlySet<string>): 'go' | 'proxy' | undefined {
	if (KNOWN_GO_ENV.has(name) || known.has(name)) return 'go';
	if ((PROXY_VARIABLES as readonly string[]).includes(name)) return 'proxy';
	return undefined;
}

export interface LayerRow {
	layer: Layer;
	/** The file (and line) or registry key, when the layer has one. */
	where?: string;
	/** What the layer holds; undefined when it does not set the setting. */
	value?: string;
	/** The layer whose value go uses. */
	wins: boolean;
	/** A registry or profile layer that is where this process's value came from. */
	feedsProcess?: boolean;
	/** More lines of the same layer that set it (several profile files). */
	more?: number;
	/** The layer's file is there but could not be read (its error code): what it holds is unknown. */
	unreadable?: string;
}

/**
 * The rows of `env NAME`: one per layer of this platform, in go's order, each with what it
 * holds; the winner marked. `defaultValue` is what go uses when no layer sets it (asked of
 * go with every layer taken away), when known.
 */
export function layerRows(origin: SettingOrigin, platform: string, defaultValue: string | undefined, msys: boolean): LayerRow[] {
	const viaProcess = ['process', 'registry-user', 'registry-system', 'shell-profile'].includes(origin.source);
	const rows: LayerRow[] = [{layer: 'process', ...(origin.osValue !== undefined ? {value: origin.osValue} : {}), wins: viaProcess}];
	if (platform === 'win32') {
		for (const [layer, scope, key] of [
			['registry-user', 'user', USER_KEY_DISPLAY],
			['registry-system', 'system', SYSTEM_KEY_DISPLAY],
		] as const) {
			const value = origin.registry?.[scope];
			rows.push({layer, where: key, ...(value ? {value: value.data} : {}), wins: false, ...(origin.source === layer ? {feedsProcess: true} : {})});
		}
	}
	if (platform !== 'win32' || msys) {
		const lines = origin.profileLines ?? [];
		const last = lines.at(-1);
		rows.push({
			layer: 'shell-profile',
			...(last ? {where: `${last.file}:${last.lineNumber}`, value: last.value} : {}),
			wins: false,
			...(origin.source === 'shell-profile' ? {feedsProcess: true} : {}),
			...(lines.length > 1 ? {more: lines.length - 1} : {}),
		});
	}
	rows.push({
		layer: 'go-env-file',
		...(origin.file ? {where: `${origin.file.path}:${origin.file.line}`} : {}),
		...(origin.fileValue !== undefined ? {value: origin.fileValue} : {}),
		wins: origin.source === 'go-env-file',
	});
	rows.push({
		layer: 'goroot-go-env',
		...(origin.source === 'goroot-go-env' && origin.where ? {where: `${origin.where}:${origin.line ?? ''}`} : {}),
		...(origin.gorootValue !== undefined ? {value: origin.gorootValue} : {}),
		...(origin.gorootUnreadable ? {where: origin.gorootUnreadable.file, unreadable: origin.gorootUnreadable.code} : {}),
		wins: origin.source === 'goroot-go-env',
	});
	const isDefault = origin.source === 'default' || origin.source === 'inferred';
	rows.push({layer: 'default', ...(isDefault ? {value: origin.value} : defaultValue !== undefined ? {value: defaultValue} : {}), wins: isDefault});
	return rows;
}

/**
 * What go uses for these settings when none of the layers above sets them: go itself is
 * asked (`go env -json`) with each name removed from its environment and its go env file
 * turned off. `$GOROOT/go.env` still applies, so names it sets are left out.
 */
export async function defaultValues(facts: Facts, names: readonly string[], known: ReadonlySet<string>): Promise<Map<string, string>> {
	const go = await facts.goBinary();
	const asked = names.filter((name) => KNOWN_GO_ENV.has(name) || known.has(name));
	// GOTOOLCHAIN is forced to local for every go a check runs: its default cannot be asked that way.
	const askable = asked.filter((name) => name !== 'GOTOOLCHAIN' && name !== 'GOENV');
	if (!go || askable.length === 0) return new Map();
	const env: Record<string, string | undefined> = {GOENV: 'off'};
	for (const name of askable) env[name] = undefined;
	const command = await facts.exec(go, ['env', '-json', ...askable], {env});
	if (command.result.exitCode !== 0) return new Map();
	try {
		const parsed = JSON.parse(command.result.stdout) as Record<string, unknown>;
		return new Map(Object.entries(parsed).map(([k, v]) => [k, String(v ?? '')]));
	} catch {
		return new Map();
	}
}

/**
 * The layer `set` writes to when the person names none: the one the current value comes
 * from when that one can be written (so the change takes effect where it is read);
 * otherwise the go env file for a Go setting (every go reads it at once), and for a proxy
 * variable (which `go env -w` refuses) the user's registry environment on Windows or the
 * shell profile elsewhere.
 */
export function defaultSetLayer(origin: SettingOrigin, kind: 'go' | 'proxy', platform: string): EditableLayer {
	if (origin.source === 'registry-user' || origin.source === 'registry-system' || origin.source === 'shell-profile') return origin.source;
	if (kind === 'go') return 'go-env-file';
	return platform === 'win32' ? 'registry-user' : 'shell-profile';
}

/** The layer `unset` takes the setting out of when the person names none: the one that wins. */
export function defaultUnsetLayer(origin: SettingOrigin): EditableLayer | undefined {
	return (EDITABLE_LAYERS as readonly string[]).includes(origin.source) ? (origin.source as EditableLayer) : undefined;
}
