import {POINTER} from '../layout/glyphs.js';
import type {Facts} from '../facts/facts.js';
import {goVersionsOnPath} from '../facts/go-versions.js';
import {commandHits, GO_TOOLS, guessShell, pathModel, type CommandHit} from '../facts/path-model.js';
import {profileLinesFor} from '../facts/shell-profiles.js';
import {parseGoVersionM} from '../facts/tools.js';
import {pathEvidence} from '../probes/path-evidence.js';
import {redactDeep} from '../redact/secrets.js';
import {evidenceLines} from '../report/evidence-text.js';
import {alignColumns} from '../layout/columns.js';
import {defaultShell} from '../shell/syntax.js';
import {findEntry, pathAddFix, pathMoveFix, pathRemoveFix} from './changes.js';
import {page} from './commands-checks.js';
import {applyBuilt} from './commands-fixes.js';
import {parseLayer} from './layers.js';
import {changeSessionPath, expandPercent} from './session-env.js';
import type {Session} from './session.js';
import {FAILED, OK, type Args, type CommandRow, type Outcome} from './types.js';

/** `path` (PATH with origins) and its edits, and `which` (every copy of a tool). */

async function showPath(session: Session): Promise<Outcome> {
	const {t, sys} = session;
	const facts = session.freshFacts();
	const shell = guessShell(sys);
	const [model, hits, versions, profile] = await Promise.all([
		pathModel(facts),
		Promise.all(GO_TOOLS.map((tool) => commandHits(facts, tool, shell))),
		goVersionsOnPath(facts, shell),
		profileLinesFor(facts, 'PATH'),
	]);
	const lines = evidenceLines(t, pathEvidence(t, model, shell, hits.flat(), versions.versions), defaultShell(sys.platform));
	if (profile.length > 0) lines.push('', t('repl.path.profileLines'), ...profile.map((p) => `  ${p.file}:${p.lineNumber}  ${p.line}`));
	if (model.notInSession.length > 0) lines.push('', t('repl.path.notInSession'), ...model.notInSession.map((e) => `  ${t(`origin.${e.scope}`)}  ${e.raw}`));
	await page(session, redactDeep(lines));
	return OK;
}

function position(session: Session, word: string | undefined, fallback?: 'first' | 'last'): 'first' | 'last' | undefined {
	if (word === undefined && fallback) return fallback;
	if (word === 'first' || word === 'last') return word;
	session.io.err(session.t('repl.badWord', {word: word ?? '', expected: 'first | last'}) + '\n');
	return undefined;
}

/**
 * A folder as typed: `~/…` is the home folder; on Windows `%USERPROFILE%\…` is expanded as
 * cmd would (the registry gets the `%USERPROFILE%` form back where the value expands it).
 */
function typedFolder(session: Session, typed: string): string {
	const {sys} = session;
	if (/^~(?=$|[\\/])/.test(typed)) return sys.homedir() + typed.slice(1);
	return sys.platform === 'win32' ? expandPercent(sys, typed) : typed;
}

async function path(session: Session, args: Args): Promise<Outcome> {
	const {t, io, sys} = session;
	// `… in session`: this REPL's own PATH, as a shell's export would change it; nothing stored.
	const inSession = args.words.length >= 3 && args.words.at(-2) === 'in';
	if (inSession && parseLayer(args.words.at(-1)!) !== 'session') {
		io.err(t('repl.badLayer', {words: args.words.slice(-2).join(' '), layers: 'session'}) + '\n');
		return FAILED;
	}
	const [verb, target, where, ...extra] = inSession ? args.words.slice(0, -2) : args.words;
	if (verb === undefined) return showPath(session);
	if (target === undefined || extra.length > 0 || !['add', 'rm', 'mv'].includes(verb)) {
		io.err(t('repl.path.usage') + '\n');
		return FAILED;
	}
	const facts = session.freshFacts();
	const c = {sys, t, facts};
	if (verb === 'add') {
		const at = position(session, where, 'last');
		if (!at) return FAILED;
		const folder = sys.path.resolve(sys.cwd(), typedFolder(session, target));
		if (inSession) return (await changeSessionPath(session, {add: folder, where: at}, args.flags.has('dry-run'))) ? OK : FAILED;
		return applyBuilt(session, await pathAddFix(c, folder, at), args, `path add ${folder} ${at}`, {kind: 'path-add', folder, where: at});
	}
	const model = await pathModel(facts);
	const entry = findEntry(sys, model.entries, target);
	if (!entry) {
		io.err(t('repl.path.noEntry', {entry: target, count: model.entries.length}) + '\n');
		return FAILED;
	}
	if (verb === 'rm') {
		if (where !== undefined) {
			io.err(t('repl.path.usage') + '\n');
			return FAILED;
		}
		if (inSession) return (await changeSessionPath(session, {remove: entry.index}, args.flags.has('dry-run'))) ? OK : FAILED;
		return applyBuilt(session, await pathRemoveFix(c, entry), args, `path rm ${entry.index + 1}`, {kind: 'path-remove', folder: entry.expanded});
	}
	const at = position(session, where);
	if (!at) return FAILED;
	if (inSession) return (await changeSessionPath(session, {move: entry.index, where: at}, args.flags.has('dry-run'))) ? OK : FAILED;
	return applyBuilt(session, await pathMoveFix(c, entry, at), args, `path mv ${entry.index + 1} ${at}`, {kind: 'path-move', folder: entry.expanded, where: at});
}

/** What a copy of a tool says it is: go and gofmt by the go beside them, editor tools by their build info, the rest by `--version`. */
async function versionOf(facts: Facts, hit: CommandHit, name: string): Promise<string> {
	const tool = name.toLowerCase().replace(/\.exe$/, '');
	if (/\.(bat|cmd|ps1)$/i.test(hit.file)) return '';
	if (tool === 'go') return (await facts.goVersion(hit.file)).version ?? '';
	if (tool === 'gofmt') {
		const go = facts.sys.path.join(facts.sys.path.dirname(hit.file), facts.sys.platform === 'win32' ? 'go.exe' : 'go');
		return (await facts.sys.stat(go)) ? ((await facts.goVersion(go)).version ?? '') : '';
	}
	if (tool === 'gopls' || tool === 'dlv') {
		const go = await facts.goBinary();
		if (!go) return '';
		const command = await facts.exec(go, ['version', '-m', hit.file]);
		const info = parseGoVersionM(command.result.stdout, [hit.file]).get(hit.file);
		return info ? `${info.module?.version ?? ''} (${info.goVersion})`.trim() : '';
	}
	if (tool === 'gcc' || tool === 'git' || tool === 'clang' || tool === 'cc') {
		const command = await facts.exec(hit.file, ['--version'], {timeoutMs: 5000});
		return command.result.stdout.split(/\r?\n/)[0]?.trim() ?? '';
	}
	return '';
}

async function which(session: Session, args: Args): Promise<Outcome> {
	const {t, io, sys} = session;
	const name = args.words[0];
	if (name === undefined || args.words.length > 1) {
		io.err(t('repl.which.needTool', {tools: WHICH_TOOLS.join(', ')}) + '\n');
		return FAILED;
	}
	const facts = session.freshFacts();
	const shell = guessShell(sys);
	const [hits, model] = await Promise.all([commandHits(facts, name, shell), pathModel(facts)]);
	if (hits.length === 0) {
		io.out(t('repl.which.none', {tool: name}) + '\n');
		return FAILED;
	}
	const versions = await Promise.all(hits.map((hit) => versionOf(facts, hit, name)));
	const rows = hits.map((hit, i) => {
		const entry = model.entries[hit.entryIndex];
		const origin = hit.entryIndex < 0 ? t('origin.shell') : t('repl.which.origin', {n: hit.entryIndex + 1, origin: t(`origin.${hit.origin}`), entry: entry?.raw ?? ''});
		const target = hit.shim?.target ? t('repl.which.shim', {target: hit.shim.target}) : hit.resolved !== hit.file ? `→ ${hit.resolved}` : '';
		return [hit.wins ? POINTER : ' ', hit.file, versions[i] || '-', origin, target];
	});
	io.out(redactDeep(alignColumns(rows)).join('\n') + '\n');
	io.out(t('repl.which.wins', {file: hits[0]!.file}) + '\n');
	return OK;
}

const WHICH_TOOLS = ['go', 'gofmt', 'gopls', 'dlv', 'gcc', 'git'];

export const pathRows: CommandRow[] = [
	{
		name: 'path',
		usage: 'path | path add <dir> [first|last] | path rm <entry> | path mv <entry> first|last  [in session] [--yes] [--dry-run]',
		summary: 'repl.path.summary',
		help: 'repl.path.help',
		flags: ['yes', 'dry-run'],
		argAt: (before) =>
			before.length === 0
				? ['add', 'rm', 'mv']
				: before.length === 1
					? before[0] === 'add'
						? 'file'
						: 'path-entry'
					: before.length === 2 && before[0] !== 'rm'
						? ['first', 'last']
						: before.at(-1) === 'in'
							? ['session']
							: before.length === (before[0] === 'rm' ? 2 : 3)
								? ['in']
								: undefined,
		run: path,
	},
	{
		name: 'which',
		usage: 'which <tool>',
		summary: 'repl.which.summary',
		help: 'repl.which.help',
		argAt: (before) => (before.length === 0 ? WHICH_TOOLS : undefined),
		run: which,
	},
];
