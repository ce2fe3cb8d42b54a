import {STATUS_GLYPH} from '../layout/glyphs.js';
import type {Finding} from '../model/finding.js';
import {isProblem} from '../model/status.js';
import {evidenceLines} from '../report/evidence-text.js';
import {alignColumns} from '../layout/columns.js';
import {countsLine} from '../report/text.js';
import {defaultShell} from '../shell/syntax.js';
import type {Session} from './session.js';
import {FAILED, OK, type CommandRow, type Outcome} from './types.js';

/** `check`, `ls`, `show`, `why`: the findings, as the checklist and the text report show them. */

/** A finding id the session knows, or a usage error said once. */
export function knownCheck(session: Session, id: string | undefined): string | undefined {
	if (id !== undefined && session.checkIds().includes(id)) return id;
	session.io.err(
		(id === undefined ? session.t('repl.needCheck', {ids: session.checkIds().join(', ')}) : session.t('cli.usage.unknownCheck', {id, ids: session.checkIds().join(', ')})) + '\n',
	);
	return undefined;
}

/** The settled finding a command names (waiting for its check if it still runs), or undefined after saying why. */
async function namedFinding(session: Session, id: string | undefined): Promise<Finding | undefined> {
	const known = knownCheck(session, id);
	if (!known) return undefined;
	await session.settled([known]);
	return session.finding(known);
}

/** One line per finding: its glyph, id and summary (what the text report prints). */
export function findingLines(findings: readonly Finding[]): string[] {
	return alignColumns(findings.map((f) => [`${STATUS_GLYPH[f.status]} ${f.id}`, f.summary]));
}

/** Prints lines, a screen at a time where a person reads them (Enter for more, q to stop). */
export async function page(session: Session, lines: readonly string[]): Promise<void> {
	const {io} = session;
	const height = io.rows > 3 ? io.rows - 1 : 0;
	if (!io.interactive || height === 0 || lines.length <= height) {
		io.out(lines.join('\n') + '\n');
		return;
	}
	for (let at = 0; at < lines.length; at += height) {
		io.out(lines.slice(at, at + height).join('\n') + '\n');
		if (at + height >= lines.length) break;
		const answer = await io.ask(session.t('repl.more', {shown: Math.min(at + height, lines.length), total: lines.length}));
		if (answer === null || /^q/i.test(answer.trim())) break;
	}
}

/** Everything a finding says: summary, why, doc link, evidence, its fixes. */
function detailLines(session: Session, finding: Finding): string[] {
	const {t} = session;
	const shell = defaultShell(session.sys.platform);
	const lines = [`${STATUS_GLYPH[finding.status]} ${finding.id} · ${finding.title} · ${t(`status.${finding.status}`)}`, `  ${finding.summary}`];
	if (finding.why) lines.push('', t('ui.detail.why'), ...finding.why.split('\n').map((l) => `  ${l}`));
	if (finding.docUrl) lines.push(`  ${t('ui.detail.doc')} ${finding.docUrl}`);
	for (const evidence of finding.evidence) lines.push('', ...evidenceLines(t, evidence, shell));
	lines.push('', ...fixLines(session, finding));
	return lines;
}

function fixLines(session: Session, finding: Finding): string[] {
	const {t} = session;
	if (finding.fixes.length === 0) return [t('repl.noFixes')];
	return [
		t('repl.fixesHeading'),
		...alignColumns(finding.fixes.map((fix) => [`  fix ${finding.id} ${fix.id}`, fix.title])),
		...finding.fixes.flatMap((fix) => (fix.manualCommands ?? []).map((command) => `      ${command}`)),
	];
}

async function check(session: Session, ids: readonly string[]): Promise<Outcome> {
	for (const id of ids) if (!knownCheck(session, id)) return FAILED;
	const started = Date.now();
	const findings = await session.recheck(ids.length > 0 ? ids : undefined);
	const shown = ids.length > 0 ? findings.filter((f) => ids.includes(f.id)) : session.findings();
	session.io.out(findingLines(shown).join('\n') + '\n');
	session.io.out(countsLine(shown.map((f) => f.status), Date.now() - started, session.t) + '\n');
	return OK;
}

export const checkRows: CommandRow[] = [
	{
		name: 'check',
		usage: 'check [<id>…]',
		summary: 'repl.check.summary',
		help: 'repl.check.help',
		argAt: () => 'finding',
		run: (session, args) => check(session, args.words),
	},
	{
		name: 'ls',
		aliases: ['list'],
		usage: 'ls [problems]',
		summary: 'repl.ls.summary',
		help: 'repl.ls.help',
		argAt: (before) => (before.length === 0 ? ['problems'] : undefined),
		async run(session, args) {
			const only = args.words[0];
			if (only !== undefined && only !== 'problems') {
				session.io.err(session.t('repl.badWord', {word: only, expected: 'problems'}) + '\n');
				return FAILED;
			}
			await session.settled();
			const findings = session.findings().filter((f) => !only || isProblem(f.status));
			if (findings.length === 0) session.io.out(session.t('repl.noProblems') + '\n');
			else await page(session, findingLines(findings));
			return OK;
		},
	},
	{
		name: 'show',
		usage: 'show <id>',
		summary: 'repl.show.summary',
		help: 'repl.show.help',
		argAt: (before) => (before.length === 0 ? 'finding' : undefined),
		async run(session, args) {
			const finding = await namedFinding(session, args.words[0]);
			if (!finding) return FAILED;
			await page(session, detailLines(session, finding));
			return OK;
		},
	},
	{
		name: 'why',
		usage: 'why <id>',
		summary: 'repl.why.summary',
		help: 'repl.why.help',
		argAt: (before) => (before.length === 0 ? 'finding' : undefined),
		async run(session, args) {
			const finding = await namedFinding(session, args.words[0]);
			if (!finding) return FAILED;
			const {t} = session;
			const lines = [`${STATUS_GLYPH[finding.status]} ${finding.id} · ${finding.summary}`];
			lines.push(finding.why ? finding.why : t('repl.noWhy'));
			if (finding.docUrl) lines.push(`${t('ui.detail.doc')} ${finding.docUrl}`);
			lines.push(...fixLines(session, finding));
			session.io.out(lines.join('\n') + '\n');
			return OK;
		},
	},
];
