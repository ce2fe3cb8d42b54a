import {interruptedLine} from './fix-text.js';
import {renderText} from '../i18n/text.js';
import type {Translator} from '../i18n/index.js';
import type {StoredEntry} from '../journal/schema.js';
import {defaultShell, type ShellKind} from '../shell/syntax.js';
import {FAMILIES, type Finding} from '../model/finding.js';
import {STATUSES, type Status} from '../model/status.js';
import {STATUS_GLYPH} from '../layout/glyphs.js';
import {evidenceLines} from './evidence-text.js';
import {palette, type Palette} from './ansi.js';
import {padCells} from '../layout/columns.js';
import type {ReportMeta} from './meta.js';
import {describeSuppression, suppressionState, type Suppression} from '../suppressions/suppressions.js';

export interface TextReportOptions {
	color: boolean;
	/** Show evidence and fixes for every finding, not only for problems. */
	verbose?: boolean;
	/** Suppressed findings are marked with their reason and not detailed. */
	suppressions?: ReadonlyMap<string, Suppression>;
	now?: Date;
	/** The syntax commands in evidence are shown in (the platform's default shell unless said). */
	shell?: ShellKind;
	/** Fixes a process left half done on this machine: told last, where a log is read. */
	interrupted?: readonly StoredEntry[];
}

/**
 * The report for logs and pipes: one line per check, grouped by family, then the evidence
 * and fixes of each problem, then the counts. No escape codes unless colour was asked for.
 */
export function textReport(findings: readonly Finding[], meta: ReportMeta, t: Translator, options: TextReportOptions): string {
	const paint = palette(options.color);
	const shell = options.shell ?? defaultShell(meta.platform.os);
	const out: string[] = [];
	out.push(paint.bold(headerLine(meta, t)), '');
	const idWidth = Math.max(0, ...findings.map((f) => f.id.length));
	for (const family of FAMILIES) {
		const group = findings.filter((f) => f.family === family);
		if (group.length === 0) continue;
		out.push(paint.bold(t(`family.${family}`)));
		for (const finding of group) {
			const glyph = colorFor(paint, finding.status)(STATUS_GLYPH[finding.status]);
			const suppression = suppressionState(options.suppressions?.get(finding.id), finding.status, options.now ?? new Date());
			const note = suppression ? `  ${paint.dim(t('text.inParens', {text: describeSuppression(suppression, t)}))}` : '';
			out.push(`  ${glyph} ${padCells(finding.id, idWidth)}  ${finding.summary}${note}`);
			const detailed = options.verbose || (suppression?.kind !== 'active' && ['warn', 'error', 'failed', 'unknown'].includes(finding.status));
			if (!detailed) continue;
			for (const evidence of finding.evidence) out.push(...evidenceLines(t, evidence, shell).map((line) => `      ${paint.dim(line)}`));
			for (const fix of finding.fixes) {
				out.push(`      ${t('report.fix', {title: fix.title})}`);
				for (const command of fix.manualCommands ?? []) out.push(`        ${command}`);
			}
		}
		out.push('');
	}
	out.push(countsLine(findings.map((f) => f.status), meta.elapsedMs, t));
	const interrupted = options.interrupted ?? [];
	if (interrupted.length > 0) out.push('', ...interrupted.map((entry) => paint.red(interruptedLine(t, {id: entry.id, title: renderText(t, entry.title), time: entry.createdAt, action: entry.action, ...(entry.action === 'fix' ? {} : {undoes: entry.undoes})}, meta.tool.name))));
	return out.join('\n') + '\n';
}

export function headerLine(meta: ReportMeta, t: Translator): string {
	return t('report.header', {
		name: meta.tool.name,
		version: meta.tool.version,
		os: meta.platform.os,
		arch: meta.platform.arch,
		language: t('report.languageName'),
	});
}

export function countsLine(statuses: readonly Status[], elapsedMs: number, t: Translator): string {
	const parts = STATUSES.filter((s) => statuses.includes(s)).map((s) => t('report.countPart', {count: statuses.filter((x) => x === s).length, status: t(`status.${s}`)}));
	const params = {total: statuses.length, parts: parts.join(t('report.listSeparator')), seconds: (elapsedMs / 1000).toFixed(1)};
	return statuses.length === 1 ? t('report.countsOne', params) : t('report.counts', params);
}

function colorFor(paint: Palette, status: Status) {
	switch (status) {
		case 'ok':
			return paint.green;
		case 'error':
		case 'failed':
			return paint.red;
		case 'warn':
			return paint.yellow;
		case 'info':
			return paint.blue;
		default:
			return paint.dim;
	}
}
