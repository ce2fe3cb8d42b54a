import figures from 'figures';
import {cellWidth} from '../layout/width.js';
import type {Row} from '../model/check-run.js';
import {fitLine, line, seg, wrapLines, type Line} from '../layout/lines.js';
import {parseExpiry, type Suppression, type SuppressionState} from '../suppressions/suppressions.js';
import type {KeyContext, Step} from '../ui/handler.js';
import type {Action} from '../ui/keymap.js';
import type {Notice, SuppressScreen, UnsuppressScreen} from '../ui/model.js';
import {findingTitle, suppressionLine} from './detail.js';
import {fillFrame, footer, type Surface} from './frame.js';

/** The suppression form's keys: type a reason and an expiry, Tab between them, Enter saves. */
export function suppressKeys(form: SuppressScreen, action: Action, ctx: KeyContext): Step {
	const field = form.field;
	switch (action.type) {
		case 'insert':
			return ctx.step(ctx.replaceTop({...form, [field]: form[field] + action.text, error: undefined}));
		case 'deleteChar':
			return ctx.step(ctx.replaceTop({...form, [field]: [...form[field]].slice(0, -1).join(''), error: undefined}));
		case 'clearText':
			return ctx.step(ctx.replaceTop({...form, [field]: '', error: undefined}));
		case 'nextField':
			return ctx.step(ctx.replaceTop({...form, field: field === 'reason' ? 'until' : 'reason'}));
		case 'cancel':
			return ctx.say(ctx.pop(), 'ui.msg.cancelled');
		case 'submit': {
			const finding = ctx.finding(form.id);
			const reason = form.reason.trim();
			if (!reason) return ctx.step(ctx.replaceTop({...form, field: 'reason', error: 'reason'}));
			const expiry = parseExpiry(form.until, ctx.now);
			if (!expiry.ok) return ctx.step(ctx.replaceTop({...form, field: 'until', error: 'until'}));
			if (!finding) return ctx.say(ctx.pop(), 'ui.msg.stillRunning');
			const suppression: Suppression = {
				id: form.id,
				reason,
				...(expiry.until ? {until: expiry.until} : {}),
				since: ctx.now.toISOString(),
				status: finding.status,
			};
			return ctx.step(ctx.pop(), [{type: 'suppress', suppression}]);
		}
		default:
			return ctx.step(ctx.view);
	}
}

/** Lifting a suppression: `y` lifts it, any other key leaves it. */
export function unsuppressKeys(form: UnsuppressScreen, action: Action, ctx: KeyContext): Step {
	if (action.type === 'submit') return ctx.step(ctx.pop(), [{type: 'unsuppress', id: form.id}]);
	return ctx.say(ctx.pop(), 'ui.msg.cancelled');
}

/** Suppressing a finding: a reason (required) and an expiry (optional). */
export function suppressScreen(row: Row, form: SuppressScreen, location: string, s: Surface, notice?: Notice): Line[] {
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
	return fillFrame(lines, footer('suppress', s, {notice}), s);
}

/** Lifting a suppression: says what it was, and asks. */
export function unsuppressScreen(row: Row, state: SuppressionState, s: Surface, notice?: Notice): Line[] {
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
	return fillFrame(lines, footer('unsuppress', s, {notice, extra: [seg(t('ui.unsuppress.anyKey'), {dim: true})]}), s);
}
