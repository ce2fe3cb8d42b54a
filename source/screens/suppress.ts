import figures from 'figures';
import {cellWidth} from '../layout/width.js';
import type {Row} from '../model/check-run.js';
import type {SuppressionState} from '../suppressions/suppressions.js';
import {fitLine, line, seg, wrapLines, type Line} from '../layout/lines.js';
import type {Message, View} from '../input/view-state.js';
import {findingTitle, suppressionLine} from './detail.js';
import {fillFrame, footer, type Surface} from './frame.js';

type Form = Extract<View, {screen: 'suppress'}>;

/** Suppressing a finding: a reason (required) and an expiry (optional). */
export function suppressScreen(row: Row, form: Form, location: string, s: Surface, message?: Message): Line[] {
	const {t, width} = s;
	const labels = [t('ui.suppress.reason'), t('ui.suppress.until')];
	const labelWidth = Math.max(...labels.map((label) => cellWidth(label))) + 2;
	const field = (name: 'reason' | 'until', label: string, value: string): Line => {
		const active = form.field === name;
		return [
			seg(active ? `${figures.pointerSmall} ` : '  ', {color: 'cyan'}),
			seg(label + ' '.repeat(labelWidth - cellWidth(label)), {bold: active}),
			seg(value, active ? {} : {dim: !value}),
			...(active ? [seg(' ', {inverse: true})] : []),
		];
	};
	const lines: Line[] = [
		findingTitle(row, s, t('ui.suppress.title')),
		...wrapLines(row.finding?.summary ?? '', width, {dim: true}),
		[],
		...wrapLines(t('ui.suppress.explain'), width),
		...wrapLines(t('ui.suppress.where', {file: location}), width, {dim: true}),
		[],
		field('reason', labels[0]!, form.reason),
		...(form.error === 'reason' ? [line(`${' '.repeat(labelWidth + 2)}${t('ui.suppress.reasonMissing')}`, {color: 'red'})] : []),
		field('until', labels[1]!, form.until),
		...(form.error === 'until' ? [line(`${' '.repeat(labelWidth + 2)}${t('ui.suppress.untilInvalid')}`, {color: 'red'})] : []),
		...wrapLines(t('ui.suppress.untilHint'), width, {dim: true}, labelWidth + 2),
	];
	return fillFrame(lines, footer('suppress', s, {message}), s);
}

/** Lifting a suppression: says what it was, and asks. */
export function unsuppressScreen(row: Row, state: SuppressionState, s: Surface, message?: Message): Line[] {
	const {t, width} = s;
	const lines: Line[] = [
		findingTitle(row, s, t('ui.unsuppress.title')),
		...wrapLines(row.finding?.summary ?? '', width, {dim: true}),
		[],
		suppressionLine(state, t),
		line(t('ui.unsuppress.since', {since: state.suppression.since.slice(0, 10)}), {dim: true}),
		[],
		...wrapLines(t('ui.unsuppress.explain'), width),
	];
	return fillFrame(lines, footer('unsuppress', s, {message, extra: [seg(t('ui.unsuppress.anyKey'), {dim: true})]}), s);
}
