import type {Facts} from './facts.js';
import type {System} from '../system/types.js';
import {FactUnavailableError} from '../system/types.js';
import {findMember, parseJsonc, type JsonMember, type JsonNode} from './jsonc.js';

/**
 * The settings that decide which Go an editor runs, read from the files the editors keep
 * (go-installs-and-editors.md §3): VS Code, VS Code Insiders, VSCodium and Cursor user
 * settings (`<config>/<product>/User/settings.json`, `<config>` being %APPDATA%,
 * ~/Library/Application Support or $XDG_CONFIG_HOME), the settings VS Code Remote uses on
 * this machine (`~/.vscode-server/data/Machine/settings.json`, also under WSL), the current
 * folder's `.vscode/settings.json` (the nearest, walking up), and GoLand's project GOROOT in
 * `.idea/workspace.xml`. Files are JSON with comments; each key keeps its place in the file
 * so that a fix can change that key alone.
 */

export type EditorId = 'code' | 'code-insiders' | 'vscodium' | 'cursor' | 'vscode-remote' | 'workspace' | 'goland';

/** `productName` of each VS Code flavour, the folder name of its user data. */
export const EDITOR_PRODUCTS: ReadonlyArray<{id: EditorId; folder: string; name: string}> = [
	{id: 'code', folder: 'Code', name: 'VS Code'},
	{id: 'code-insiders', folder: 'Code - Insiders', name: 'VS Code Insiders'},
	{id: 'vscodium', folder: 'VSCodium', name: 'VSCodium'},
	{id: 'cursor', folder: 'Cursor', name: 'Cursor'},
];

/** What a setting names: a Go tree, a go binary, a GOPATH, or only a value to show. */
export type SettingKind = 'goroot' | 'go-binary' | 'tools-go' | 'tool-binary' | 'gopath' | 'value';

export interface EditorSetting {
	editor: EditorId;
	file: string;
	/** The key path in the file: `['go.alternateTools', 'go']`. */
	path: string[];
	/** The value as written (JSON text). */
	raw: string;
	value: unknown;
	kind: SettingKind;
	/** A path value with `${env:…}`, `${workspaceFolder}` and `~` expanded as vscode-go does. */
	resolved?: string;
	line: number;
	/** The member's range in the file, in UTF-8 bytes. */
	bytes: {start: number; end: number};
}

export interface SettingsFile {
	editor: EditorId;
	file: string;
	/** Could not be parsed: what is wrong, and where. */
	error?: string;
	/** GoLand's file is XML, not edited. */
	format: 'jsonc' | 'xml';
}

export interface EditorSettingsFact {
	files: SettingsFile[];
	settings: EditorSetting[];
	/** Files that could not be asked about (a paste holds none of them). */
	unavailable: string[];
	/** The folder `.vscode` was found in: VS Code's workspace folder, for `${workspaceFolder}`. */
	workspace: string | null;
}

/** Where VS Code keeps user data on this OS (userDataPath.ts): the parent of `<product>/User`. */
export function editorConfigRoot(sys: Pick<System, 'platform' | 'path' | 'homedir' | 'getenv'>): string {
	const p = sys.path;
	if (sys.platform === 'win32') return sys.getenv('APPDATA') || p.join(sys.homedir(), 'AppData', 'Roaming');
	if (sys.platform === 'darwin') return p.join(sys.homedir(), 'Library', 'Application Support');
	const xdg = sys.getenv('XDG_CONFIG_HOME');
	return xdg && p.isAbsolute(xdg) ? xdg : p.join(sys.homedir(), '.config');
}

/** The keys that choose a Go or its tools, and what each names. */
const GO_KEYS: ReadonlyArray<{path: string[]; kind: SettingKind}> = [
	{path: ['go.goroot'], kind: 'goroot'},
	{path: ['go.alternateTools', 'go'], kind: 'go-binary'},
	{path: ['go.alternateTools', 'gopls'], kind: 'tool-binary'},
	{path: ['go.alternateTools', 'dlv'], kind: 'tool-binary'},
	{path: ['go.toolsManagement.go'], kind: 'tools-go'},
	{path: ['go.gopath'], kind: 'gopath'},
	{path: ['go.toolsGopath'], kind: 'gopath'},
	{path: ['go.toolsEnvVars', 'GOROOT'], kind: 'goroot'},
	{path: ['go.toolsEnvVars', 'GOTOOLCHAIN'], kind: 'value'},
	{path: ['go.toolsEnvVars', 'GOFLAGS'], kind: 'value'},
	{path: ['go.toolsEnvVars', 'PATH'], kind: 'value'},
	{path: ['gopls', 'build.env', 'GOROOT'], kind: 'goroot'},
	{path: ['gopls', 'build.env', 'GOTOOLCHAIN'], kind: 'value'},
	{path: ['gopls', 'build.env', 'GOFLAGS'], kind: 'value'},
	{path: ['gopls', 'build.env', 'PATH'], kind: 'value'},
	{path: ['gopls', 'env', 'GOROOT'], kind: 'goroot'},
	{path: ['gopls', 'env', 'GOTOOLCHAIN'], kind: 'value'},
];

/** `go.toolsManagement.*` besides `go`: shown as they are (they decide when tools are rebuilt). */
const TOOLS_MANAGEMENT = /^go\.toolsManagement\.(?!go$)/;

/** vscode-go's resolvePath: `${env:NAME}`, `${workspaceFolder}` / `${workspaceRoot}`, a leading `~`. */
export function resolveEditorPath(sys: Pick<System, 'path' | 'homedir' | 'getenv'>, value: string, workspace: string | null): string {
	let out = value.replace(/\$\{env:([^}]+)\}/g, (_, name: string) => sys.getenv(name) ?? '');
	if (workspace) out = out.replace(/\$\{workspace(?:Folder|Root)\}/g, workspace);
	if (out === '~' || out.startsWith('~/') || out.startsWith('~\\')) out = sys.path.join(sys.homedir(), out.slice(1));
	return out;
}

async function read(facts: Facts, file: string, unavailable: string[]): Promise<string | null> {
	try {
		return await facts.sys.readFile(file);
	} catch (error) {
		if (error instanceof FactUnavailableError) {
			unavailable.push(file);
			return null;
		}
		throw error;
	}
}

/** The nearest folder holding `name`, from the current folder up (not above the home folder's parent). */
async function nearest(facts: Facts, name: string, unavailable: string[]): Promise<{dir: string; text: string} | null> {
	const {sys} = facts;
	for (let dir = sys.cwd(); ; dir = sys.path.dirname(dir)) {
		const text = await read(facts, sys.path.join(dir, ...name.split('/')), unavailable);
		if (text !== null) return {dir, text};
		if (sys.path.dirname(dir) === dir) return null;
	}
}

function collect(editor: EditorId, file: string, text: string, root: JsonNode, workspace: string | null, sys: System): EditorSetting[] {
	const out: EditorSetting[] = [];
	const add = (path: string[], kind: SettingKind, member: JsonMember) => {
		const raw = text.slice(member.value.start, member.value.end);
		const value = member.value.value;
		const resolved = typeof value === 'string' && kind !== 'value' ? resolveEditorPath(sys, value, workspace) : undefined;
		out.push({editor, file, path, raw, value, kind, ...(resolved !== undefined ? {resolved} : {}), line: member.line, bytes: member.bytes});
	};
	for (const {path, kind} of GO_KEYS) {
		const found = findMember(root, path);
		if (found) add(path, kind, found.member);
	}
	for (const member of root.members ?? []) if (TOOLS_MANAGEMENT.test(member.key)) add([member.key], 'value', member);
	return out;
}

/** GoLand's project SDK: `<component name="GOROOT" url="file://$USER_HOME$/sdk/go1.22.3" />` (or `path="…"`). */
export function golandGoroot(xml: string, home: string, project: string): string | null {
	const tag = /<component\s+name="GOROOT"[^>]*>/.exec(xml)?.[0];
	if (!tag) return null;
	const raw = /\burl="([^"]*)"/.exec(tag)?.[1] ?? /\bpath="([^"]*)"/.exec(tag)?.[1];
	if (!raw) return null;
	return raw
		.replace(/^file:\/\//, '')
		.replace(/\$USER_HOME\$/g, home)
		.replace(/\$PROJECT_DIR\$/g, project)
		.replace(/&amp;/g, '&');
}

export function editorSettings(facts: Facts): Promise<EditorSettingsFact> {
	return facts.once('editor-settings', async () => {
		const {sys} = facts;
		const p = sys.path;
		const unavailable: string[] = [];
		const files: SettingsFile[] = [];
		const settings: EditorSetting[] = [];
		const workspace = await nearest(facts, '.vscode/settings.json', unavailable);
		const workspaceDir = workspace?.dir ?? null;
		const consider = (editor: EditorId, file: string, text: string) => {
			const parsed = parseJsonc(text);
			if (!parsed.ok) {
				files.push({editor, file, format: 'jsonc', error: `line ${parsed.line}: ${parsed.error}`});
				return;
			}
			files.push({editor, file, format: 'jsonc'});
			if (parsed.root.kind === 'object') settings.push(...collect(editor, file, text, parsed.root, workspaceDir, sys));
		};
		const root = editorConfigRoot(sys);
		const users = await Promise.all(
			EDITOR_PRODUCTS.map(async (product) => {
				const file = p.join(root, product.folder, 'User', 'settings.json');
				return {product, file, text: await read(facts, file, unavailable)};
			}),
		);
		for (const {product, file, text} of users) if (text !== null) consider(product.id, file, text);
		// VS Code Remote (SSH, WSL, containers) reads machine settings on the machine it serves.
		if (sys.platform !== 'win32') {
			for (const server of ['.vscode-server', '.vscode-server-insiders', '.cursor-server']) {
				const file = p.join(sys.homedir(), server, 'data', 'Machine', 'settings.json');
				const text = await read(facts, file, unavailable);
				if (text !== null) consider('vscode-remote', file, text);
			}
		}
		if (workspace) consider('workspace', p.join(workspace.dir, '.vscode', 'settings.json'), workspace.text);
		const idea = await nearest(facts, '.idea/workspace.xml', unavailable);
		if (idea) {
			const file = p.join(idea.dir, '.idea', 'workspace.xml');
			files.push({editor: 'goland', file, format: 'xml'});
			const goroot = golandGoroot(idea.text, sys.homedir(), idea.dir);
			if (goroot) {
				const line = idea.text.slice(0, idea.text.indexOf('name="GOROOT"')).split('\n').length;
				settings.push({editor: 'goland', file, path: ['GOROOT'], raw: goroot, value: goroot, kind: 'goroot', resolved: sys.platform === 'win32' ? goroot.replace(/\//g, '\\') : goroot, line, bytes: {start: 0, end: 0}});
			}
		}
		return {files, settings, unavailable, workspace: workspaceDir};
	});
}
