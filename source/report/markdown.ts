import {joinList, withNote, type Translator} from '../i18n/index.js';
import {FAMILIES, type Evidence, type Finding} from '../model/finding.js';
import {STATUS_GLYPH} from '../layout/glyphs.js';
import {maskForSharing, redactDeep} from '../redact/secrets.js';
import type {ShellKind} from '../shell/syntax.js';
import {describeSuppression, suppressionState, type Suppression} from '../suppressions/suppressions.js';
import {evidenceBody, exitStatusText, type Grid} from '../layout/evidence-grid.js';
import {spaced} from '../layout/lines.js';
import type {ReportMeta} from './meta.js';
import {countsLine, headerLine} from './text.js';

export {homeOf, personOf} from './person.js';

export interface MarkdownOptions {
	suppressions: ReadonlyMap<string, Suppression>;
	now: Date;
	/** Whose machine this is: their home folder and user name are masked. */
	who: {home?: string; user?: string};
	shell: ShellKind;
	/** Checks that had not finished when the report was made. */
	unfinished?: readonly string[];
}

/**
 * The shareable report: every finding with its evidence and fixes, as Markdown for an issue
 * or a helpdesk ticket. The whole text is masked at the end (secrets, URL user names,
 * e-mail addresses, the home folder and the user name), so nothing added later escapes it.
 */
export function markdownReport(raw: readonly Finding[], meta: ReportMeta, t: Translator, options: MarkdownOptions): string {
	const mask = (text: string) => maskForSharing(text, options.who);
	// Masked before Markdown escaping (which doubles backslashes in Windows paths) and again
	// as a whole at the end.
	const findings = redactDeep(raw, mask);
	const out: string[] = [];
	out.push(`# ${t('md.title')}`, '', `${headerLine(meta, t)} · ${options.now.toISOString().slice(0, 16).replace('T', ' ')} UTC`, '');
	out.push(`**${countsLine(findings.map((f) => f.status), meta.elapsedMs, t)}**`, '');
	if (options.unfinished && options.unfinished.length > 0) out.push(`> ${t('md.unfinished', {ids: joinList(t, options.unfinished)})}`, '');
	out.push(`> ${t('md.masked')}`, '');

	out.push(`| | ${t('md.check')} | ${t('md.status')} | ${t('md.summary')} |`, '|---|---|---|---|');
	for (const finding of findings) {
		const state = suppressionState(options.suppressions.get(finding.id), finding.status, options.now);
		const status = state?.kind === 'active' ? withNote(t, t(`status.${finding.status}`), t('md.suppressed')) : t(`status.${finding.status}`);
		out.push(`| ${STATUS_GLYPH[finding.status]} | \`${finding.id}\` | ${cell(status)} | ${cell(finding.summary)} |`);
	}
	out.push('');

	for (const family of FAMILIES) {
		const group = findings.filter((f) => f.family === family);
		if (group.length === 0) continue;
		out.push(`## ${t(`family.${family}`)}`, '');
		for (const finding of group) out.push(...findingSection(finding, t, options));
	}
	return mask(out.join('\n').replace(/\n{3,}/g, '\n\n'));
}

function findingSection(finding: Finding, t: Translator, options: MarkdownOptions): string[] {
	const heading = t('text.labelled', {label: withNote(t, finding.title, `\`${finding.id}\``), value: t(`status.${finding.status}`)});
	const out = [`### ${STATUS_GLYPH[finding.status]} ${heading}`, '', finding.summary, ''];
	const state = suppressionState(options.suppressions.get(finding.id), finding.status, options.now);
	if (state) out.push(`> ${describeSuppression(state, t)}`, '');
	if (finding.why) out.push(boldLead(t('ui.detail.why'), finding.why), '');
	if (finding.docUrl) out.push(spaced(t('ui.detail.doc'), `<${finding.docUrl}>`), '');
	for (const evidence of finding.evidence) out.push(...evidenceSection(maskCredentialUsers(evidence), t, options.shell));
	for (const fix of finding.fixes) {
		const tags = [fix.changes.length === 0 ? t('ui.fix.tagManual') : '', fix.needsAdmin ? t('ui.fix.tagAdmin') : '', fix.reversible ? '' : t('ui.fix.tagIrreversible')].filter(Boolean);
		out.push(boldLead(t('md.fix'), tags.length > 0 ? withNote(t, fix.title, joinList(t, tags)) : fix.title), '');
		if (fix.description) out.push(fix.description, '');
		if (fix.manualCommands && fix.manualCommands.length > 0) out.push(fence(fix.manualCommands.join('\n')), '');
	}
	return out;
}

function evidenceSection(evidence: Evidence, t: Translator, shell: ShellKind): string[] {
	const out = [`#### ${evidence.title}`, ''];
	const body = evidenceBody(t, evidence, shell);
	switch (body.type) {
		case 'grid':
			if (body.note) out.push(`\`${body.note}\``, '');
			out.push(...(body.grid.rows.length > 0 ? table(body.grid) : [t('evidence.none')]), '');
			break;
		case 'command': {
			out.push(fence(`$ ${body.command}\n${exitStatusText(t, body.exitCode, body.timedOut, body.end)}`), '');
			for (const [label, text] of [
				[t('evidence.stdout'), body.stdout],
				[t('evidence.stderr'), body.stderr],
			] as const) {
				if (text.trim() === '') continue;
				out.push(t('text.heading', {label}), '', fence(text.replace(/\s+$/, '')), '');
			}
			break;
		}
		case 'text':
			out.push(fence(body.text.replace(/\s+$/, '')), '');
			break;
	}
	return out;
}

/** `**Label** text`, with no space after a label that ends in full-width punctuation. */
function boldLead(label: string, text: string): string {
	const gap = spaced(label, text) === label + text ? '' : ' ';
	return `**${label}**${gap}${text}`;
}

/** A fenced block that cannot be closed early by backticks in the text. */
function fence(text: string): string {
	const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
	const marks = '`'.repeat(longest + 1);
	return `${marks}text\n${text}\n${marks}`;
}

function cell(text: string): string {
	return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>') || ' ';
}

function table(grid: Grid): string[] {
	const labels = grid.header ? grid.columns.map((c) => cell(c.label)) : grid.columns.map(() => ' ');
	return [`| ${labels.join(' | ')} |`, `|${grid.columns.map(() => '---').join('|')}|`, ...grid.rows.map((row) => `| ${row.cells.map((c) => cell(c.text)).join(' | ')} |`)];
}

/** Credential accounts are people: keep the first character and the domain, mask the rest. */
function maskCredentialUsers(evidence: Evidence): Evidence {
	if (evidence.kind !== 'credentials') return evidence;
	return {...evidence, rows: evidence.rows.map((row) => ({...row, user: row.user.replace(/^([^@])[^@]*/, '$1***')}))};
}
