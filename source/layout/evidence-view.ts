import type {Translator} from '../i18n/index.js';
import type {Evidence} from '../model/finding.js';
import {evidenceBody, exitStatusText} from './evidence-grid.js';
import type {ShellKind} from '../shell/syntax.js';
import {hardWrap, line, printable, seg, wrapLines, type Line} from './lines.js';
import {gridLines} from './table.js';

/**
 * One evidence block as terminal lines: its title, then its view. PATH order, registry
 * values, credentials and go env are tables; a command shows the exact command line (in
 * the user's shell syntax), its exit code and everything it printed, wrapped, never cut.
 */
export function evidenceViewLines(t: Translator, evidence: Evidence, width: number, shell: ShellKind): Line[] {
	const lines: Line[] = wrapLines(evidence.title, width, {bold: true});
	const body = evidenceBody(t, evidence, shell);
	switch (body.type) {
		case 'grid':
			if (body.note) lines.push(...wrapLines(body.note, width, {dim: true}, 2));
			lines.push(...(body.grid.rows.length > 0 ? gridLines(body.grid, width) : [line(`  ${t('evidence.none')}`, {dim: true})]));
			break;
		case 'command': {
			lines.push(...wrapLines(body.command, width, {color: 'cyan'}, 2, [seg('  $ ', {dim: true})]));
			lines.push(line(`  ${exitStatusText(t, body.exitCode, body.timedOut, body.end)}`, body.exitCode === 0 ? {dim: true} : {color: 'red'}));
			const streams: Array<[string, string]> = [
				[t('evidence.stdout'), body.stdout],
				[t('evidence.stderr'), body.stderr],
			];
			let printed = false;
			for (const [label, text] of streams) {
				const content = text.replace(/\s+$/, '');
				if (!content) continue;
				printed = true;
				lines.push(line(`  ${t('text.heading', {label})}`, {dim: true}));
				// Output is shown as it was printed: hard-wrapped, not re-flowed.
				for (const raw of content.split(/\r?\n/)) for (const piece of hardWrap(printable(raw), Math.max(4, width - 4))) lines.push([seg('    '), seg(piece)]);
			}
			if (!printed) lines.push(line(`  ${t('evidence.noOutput')}`, {dim: true}));
			break;
		}
		case 'text':
			for (const raw of body.text.replace(/\s+$/, '').split(/\r?\n/)) lines.push(...wrapLines(printable(raw), width, {}, 2));
			break;
	}
	return lines;
}
