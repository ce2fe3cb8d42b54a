import type {Probe} from '../engine/probe.js';
import type {Facts} from '../facts/facts.js';
import {editorSettings, EDITOR_PRODUCTS, type EditorId, type EditorSetting} from '../facts/editor-settings.js';
import {compareGoVersions, versionFromGoVersionString} from '../facts/gover.js';
import {findAllOnPath} from '../facts/path-lookup.js';
import {folderKey} from '../facts/path-model.js';
import {wslFacts} from '../facts/wsl.js';
import {joinList, withNote, type Translator} from '../i18n/index.js';
import {fixTitle, restartHintOf} from '../i18n/text.js';
import type {Evidence} from '../model/finding.js';
import type {Fix} from '../model/fix.js';
import {SEVERITY, type Status} from '../model/status.js';
import {FactUnavailableError, type System} from '../system/types.js';
import {partsSummary, worstStatus} from './parts.js';

/**
 * The Go an editor runs, against the Go the terminal runs: VS Code (and Insiders, VSCodium,
 * Cursor, VS Code Remote) settings that choose a Go or its tools, and GoLand's project SDK.
 * A setting pointing at a missing folder, an older Go than the terminal's, or another Go than
 * the terminal's is a finding, with both sides shown. Its fix edits that one key in the
 * settings file (the json-setting change kind), keeping the rest of the file byte for byte.
 */

/** What the terminal runs, to compare with. */
interface TerminalGo {
	goroot: string | null;
	/** GOROOT after symlinks, for comparing trees. */
	realRoot: string | null;
	version: string | null;
	go: string | null;
	gopath: string | null;
	gotoolchain: string | null;
}

/** What a setting points at, read from the files (nothing is run). */
interface EditorGo {
	/** The folder or file the setting names exists. */
	exists: boolean;
	/** A named folder that is not a Go tree (no bin/go). */
	notGoTree?: boolean;
	root: string | null;
	version: string | null;
}

type Verdict = 'missing' | 'not-go-tree' | 'older' | 'different' | 'same' | 'shown';

interface Judged {
	setting: EditorSetting;
	editorGo?: EditorGo;
	verdict: Verdict;
	status: Status;
}

const EXE = (sys: System) => (sys.platform === 'win32' ? '.exe' : '');

async function versionOf(sys: System, root: string): Promise<string | null> {
	const text = await sys.readFile(sys.path.join(root, 'VERSION'));
	const first = text?.split(/\r?\n/)[0]?.trim() ?? '';
	return /^go\d/.test(first) ? first : null;
}

/** The Go tree a setting names: a GOROOT folder, or a go binary (absolute, or a name on PATH). */
async function editorGoOf(sys: System, setting: EditorSetting): Promise<EditorGo> {
	const value = setting.resolved ?? (typeof setting.value === 'string' ? setting.value : '');
	if (setting.kind === 'goroot') {
		const info = await sys.stat(value);
		if (info?.kind !== 'dir') return {exists: false, root: value, version: null};
		const root = (await sys.realpath(value)) ?? value;
		const go = await sys.stat(sys.path.join(value, 'bin', `go${EXE(sys)}`));
		return {exists: true, ...(go?.kind === 'file' ? {} : {notGoTree: true}), root, version: await versionOf(sys, value)};
	}
	let file: string | null = value;
	if (!sys.path.isAbsolute(value)) {
		// A golang.org/dl wrapper's name: its SDK is ~/sdk/<name>.
		if (/^go1\.\d+(\.\d+)?$/.test(value)) {
			const sdk = sys.path.join(sys.homedir(), 'sdk', value);
			const info = await sys.stat(sys.path.join(sdk, 'bin', `go${EXE(sys)}`));
			return {exists: info?.kind === 'file', root: sdk, version: value};
		}
		file = (await findAllOnPath(sys, value))[0] ?? null;
	}
	const info = file ? await sys.stat(file) : null;
	if (!file || info?.kind !== 'file') return {exists: false, root: null, version: null};
	if (setting.kind === 'tool-binary') return {exists: true, root: null, version: null};
	const real = (await sys.realpath(file)) ?? file;
	const root = sys.path.dirname(sys.path.dirname(real));
	return {exists: true, root, version: await versionOf(sys, root)};
}

async function terminalGo(facts: Facts): Promise<TerminalGo> {
	const {sys} = facts;
	const goEnv = await facts.goEnv().catch(() => null);
	const values = goEnv?.ok ? goEnv.values : {};
	const goroot = values.GOROOT || null;
	const realRoot = goroot ? ((await sys.realpath(goroot).catch(() => null)) ?? goroot) : null;
	const go = await facts.goBinary().catch(() => null);
	return {goroot, realRoot, version: values.GOVERSION || null, go, gopath: values.GOPATH || null, gotoolchain: values.GOTOOLCHAIN || null};
}

function judge(sys: System, setting: EditorSetting, editor: EditorGo | undefined, terminal: TerminalGo): {verdict: Verdict; status: Status} {
	if (setting.kind === 'value') return {verdict: 'shown', status: 'ok'};
	// A tool by name (`"gopls": "gopls"`) is looked up by vscode-go in GOBIN, GOPATH/bin and PATH: the gopls check judges those.
	if (setting.kind === 'tool-binary' && !sys.path.isAbsolute(setting.resolved ?? '')) return {verdict: 'shown', status: 'ok'};
	if (!editor) return {verdict: 'shown', status: 'ok'};
	if (!editor.exists) return {verdict: 'missing', status: setting.kind === 'gopath' ? 'warn' : 'error'};
	if (editor.notGoTree) return {verdict: 'not-go-tree', status: 'error'};
	if (setting.kind === 'gopath' || setting.kind === 'tool-binary') {
		if (setting.kind === 'gopath' && terminal.gopath && folderKey(sys, editor.root ?? '') !== folderKey(sys, terminal.gopath.split(sys.platform === 'win32' ? ';' : ':')[0]!)) return {verdict: 'different', status: 'info'};
		return {verdict: 'same', status: 'ok'};
	}
	const mine = versionFromGoVersionString(editor.version ?? '');
	const theirs = versionFromGoVersionString(terminal.version ?? '');
	if (mine && theirs && compareGoVersions(mine, theirs) < 0) return {verdict: 'older', status: setting.kind === 'tools-go' ? 'info' : 'warn'};
	if (editor.root && terminal.realRoot && folderKey(sys, editor.root) !== folderKey(sys, terminal.realRoot)) return {verdict: 'different', status: 'info'};
	return {verdict: 'same', status: 'ok'};
}

function editorName(t: Translator, id: EditorId): string {
	const product = EDITOR_PRODUCTS.find((p) => p.id === id);
	if (product) return product.name;
	return t(`probe.editor-go.editor.${id as 'vscode-remote' | 'workspace' | 'goland'}`);
}

const keyText = (setting: EditorSetting) => setting.path.join(' → ');
const where = (setting: EditorSetting) => `${setting.file}:${setting.line}`;

function goText(t: Translator, root: string | null, version: string | null): string {
	if (!root) return t('evidence.unknown');
	return version ? withNote(t, root, version) : root;
}

/** The value of the terminal's side that a setting would be pointed at. */
function terminalValue(setting: EditorSetting, terminal: TerminalGo): string | null {
	switch (setting.kind) {
		case 'goroot':
			return terminal.goroot;
		case 'go-binary':
		case 'tools-go':
			return terminal.go;
		case 'gopath':
			return terminal.gopath;
		default:
			return null;
	}
}

function fixesFor(t: Translator, judged: Judged, terminal: TerminalGo): Fix[] {
	const {setting} = judged;
	const name = `${setting.editor}-${setting.path.join('.')}`;
	const key = keyText(setting);
	if (setting.editor === 'goland') {
		return [
			{
				id: `point-${name}`,
				...fixTitle(t, 'fix.editorGo.goland.title', {goroot: terminal.goroot ?? '?'}),
				description: t('fix.editorGo.goland.description', {file: setting.file, goroot: terminal.goroot ?? '?'}),
				changes: [],
				needsAdmin: false,
				reversible: true,
				...restartHintOf(t, 'fix.editorGo.restart'),
			},
		];
	}
	const fixes: Fix[] = [];
	const value = terminalValue(setting, terminal);
	if (value) {
		fixes.push({
			id: `point-${name}`,
			...fixTitle(t, 'fix.editorGo.point.title', {key, value, file: setting.file}),
			changes: [{kind: 'json-setting', file: setting.file, path: setting.path, before: {raw: setting.raw}, after: {raw: JSON.stringify(value)}}],
			needsAdmin: false,
			reversible: true,
			...restartHintOf(t, 'fix.editorGo.restart'),
		});
	}
	fixes.push({
		id: `remove-${name}`,
		...fixTitle(t, 'fix.editorGo.remove.title', {key, file: setting.file}),
		description: t('fix.editorGo.remove.description'),
		changes: [{kind: 'json-setting', file: setting.file, path: setting.path, before: {raw: setting.raw}, after: {raw: null}}],
		needsAdmin: false,
		reversible: true,
		...restartHintOf(t, 'fix.editorGo.restart'),
	});
	return fixes;
}

function problemText(t: Translator, judged: Judged, terminal: TerminalGo): string {
	const {setting, editorGo} = judged;
	const head = t('probe.editor-go.setting', {editor: editorName(t, setting.editor), key: keyText(setting), value: setting.raw, line: setting.line});
	switch (judged.verdict) {
		case 'missing':
			return t('probe.editor-go.missing', {setting: head, path: setting.resolved ?? String(setting.value)});
		case 'not-go-tree':
			return t('probe.editor-go.notGoTree', {setting: head, path: editorGo?.root ?? '?'});
		case 'older':
			return t('probe.editor-go.older', {setting: head, version: editorGo?.version ?? '?', terminal: terminal.version ?? '?'});
		default:
			return t('probe.editor-go.different', {setting: head, editor: goText(t, editorGo?.root ?? null, editorGo?.version ?? null), terminal: goText(t, terminal.realRoot, terminal.version)});
	}
}

export const editorGo: Probe = {
	id: 'editor-go',
	family: 'editor',
	title: 'probe.editor-go.title',
	async run({facts, sys, t}) {
		let fact;
		try {
			fact = await editorSettings(facts);
		} catch (error) {
			if (error instanceof FactUnavailableError) return {status: 'unknown', summary: t('probe.editor-go.notInPaste')};
			throw error;
		}
		// A paste (or a snapshot that never read them) cannot tell which settings exist.
		if (fact.files.length === 0 && fact.unavailable.length > 0) return {status: 'unknown', summary: t('probe.editor-go.notInPaste')};
		const terminal = await terminalGo(facts);
		const wsl = await wslFacts(facts).catch(() => null);

		const judged: Judged[] = [];
		for (const setting of fact.settings) {
			const editor = setting.kind === 'value' ? undefined : await editorGoOf(sys, setting).catch(() => undefined);
			judged.push({setting, ...(editor ? {editorGo: editor} : {}), ...judge(sys, setting, editor, terminal)});
		}

		const evidence: Evidence[] = [
			{
				kind: 'kv',
				title: t('probe.editor-go.evidence.terminal'),
				rows: [
					{label: 'GOROOT', value: terminal.goroot ?? t('evidence.unknown')},
					{label: t('column.version'), value: terminal.version ?? t('evidence.unknown')},
					{label: 'go', value: terminal.go ?? t('evidence.none')},
					{label: 'GOPATH', value: terminal.gopath ?? t('evidence.unknown')},
				],
			},
		];
		if (judged.length > 0) {
			evidence.push({
				kind: 'table',
				title: t('probe.editor-go.evidence.sideBySide'),
				columns: [
					{key: 'editor', label: t('probe.editor-go.column.editor')},
					{key: 'key', label: t('probe.editor-go.column.setting')},
					{key: 'value', label: t('probe.editor-go.column.editorSide')},
					{key: 'terminal', label: t('probe.editor-go.column.terminalSide')},
					{key: 'verdict', label: t('column.note')},
					{key: 'where', label: t('probe.editor-go.column.where')},
				],
				rows: judged.map((j) => ({
					editor: editorName(t, j.setting.editor),
					key: keyText(j.setting),
					value: j.editorGo ? withNote(t, j.setting.raw, j.editorGo.exists ? goText(t, j.editorGo.root, j.editorGo.version) : t('probe.editor-go.verdict.missing')) : j.setting.raw,
					terminal: j.setting.kind === 'gopath' ? (terminal.gopath ?? '?') : j.setting.kind === 'value' ? terminalEnv(j.setting, terminal) : goText(t, terminal.realRoot, terminal.version),
					verdict: t(`probe.editor-go.verdict.${j.verdict}`),
					where: j.setting.editor === 'goland' ? where(j.setting) : withNote(t, where(j.setting), t('probe.editor-go.bytes', {start: j.setting.bytes.start, end: j.setting.bytes.end})),
					...(j.status === 'error' ? {_tone: 'bad' as const} : j.status === 'warn' ? {_tone: 'warn' as const} : j.status === 'ok' ? {_tone: 'good' as const} : {}),
				})),
			});
		}
		evidence.push({
			kind: 'table',
			title: t('probe.editor-go.evidence.files'),
			columns: [
				{key: 'editor', label: t('probe.editor-go.column.editor')},
				{key: 'file', label: t('column.path')},
				{key: 'note', label: t('column.note')},
			],
			rows: fact.files.map((f) => ({editor: editorName(t, f.editor), file: f.file, note: f.error ? t('probe.editor-go.unreadable', {error: f.error}) : '', ...(f.error ? {_tone: 'warn' as const} : {})})),
		});
		if (wsl?.inside) {
			const remote = judged.filter((j) => j.setting.editor === 'vscode-remote' || j.setting.editor === 'workspace').find((j) => j.setting.kind === 'goroot' || j.setting.kind === 'go-binary');
			evidence.push({
				kind: 'kv',
				title: t('probe.editor-go.evidence.wsl'),
				rows: [
					{label: t('probe.editor-go.label.remoteGo'), value: remote ? withNote(t, remote.setting.raw, keyText(remote.setting)) : t('probe.editor-go.remoteUsesPath', {go: terminal.go ?? '?', version: terminal.version ?? '?'})},
					{label: t('probe.editor-go.label.remoteNote'), value: t('probe.editor-go.remoteMachineOverridable')},
				],
			});
		}

		const unreadable = fact.files.filter((f) => f.error);
		const problems = judged.filter((j) => j.status !== 'ok');
		const parts = [
			...problems.map((j) => ({status: j.status, text: problemText(t, j, terminal)})),
			...unreadable.map((f) => ({status: 'warn' as Status, text: t('probe.editor-go.cannotParse', {file: f.file, error: f.error!})})),
		];
		const why = t('probe.editor-go.why');
		const docUrl = 'https://github.com/golang/vscode-go/blob/master/docs/settings.md';
		if (parts.length === 0) {
			const editors = joinList(t, [...new Set(fact.files.map((f) => editorName(t, f.editor)))]);
			if (fact.files.length === 0) return {status: 'ok', summary: t('probe.editor-go.noSettings'), evidence};
			if (judged.filter((j) => j.verdict === 'same').length > 0) return {status: 'ok', summary: t('probe.editor-go.sameGo', {editors}), evidence};
			return {status: 'ok', summary: t('probe.editor-go.usesPath', {editors}), evidence};
		}
		// Worst first: the first fix offered (`fix editor-go`) is for the worst setting.
		const fixes = [...problems].sort((a, b) => SEVERITY[b.status] - SEVERITY[a.status]).flatMap((j) => fixesFor(t, j, terminal));
		return {status: worstStatus(parts), summary: partsSummary(t, parts), why, docUrl, evidence, fixes};
	},
};

/** A shown-only value's twin on the terminal's side (GOTOOLCHAIN), else nothing to compare. */
function terminalEnv(setting: EditorSetting, terminal: TerminalGo): string {
	return setting.path.at(-1) === 'GOTOOLCHAIN' ? (terminal.gotoolchain ?? '') : '';
}
