import type {Action} from '../ui/keymap.js';
import type {KeyContext, Step} from '../ui/handler.js';
import {reportRequest} from '../ui/messages.js';

/**
 * What the keys of more than one screen open: a finding's fix, the suppression form, the
 * report, the journal, a re-run. Each returns the step the key leads to.
 */

/** Opens the fix of a finding: its preview when there is one fix (or one is chosen), its detail to choose when several. */
export function openFix(id: string, from: 'list' | 'detail', ctx: KeyContext, fixId?: string): Step {
	const finding = ctx.finding(id);
	if (!finding) return ctx.say(ctx.view, 'ui.msg.stillRunning');
	if (finding.fixes.length === 0) return ctx.say(ctx.view, 'ui.msg.noFix', {id});
	if (from === 'list' && finding.fixes.length > 1) return ctx.say(ctx.push({screen: 'detail', id, scroll: 0}), 'ui.msg.chooseFix', {count: finding.fixes.length});
	const fix = finding.fixes.find((f) => f.id === fixId) ?? finding.fixes[0]!;
	return ctx.step(ctx.push({screen: 'preview', id, fix: fix.id, scroll: 0}), [{type: 'preview', finding, fix: fix.id}]);
}

/** `s`: the form to suppress a finding, or to lift its suppression. */
export function suppressOrLift(id: string, ctx: KeyContext): Step {
	const finding = ctx.finding(id);
	if (!finding) return ctx.say(ctx.view, 'ui.msg.stillRunning');
	if (ctx.items.find((item) => item.row.id === id)?.suppression) return ctx.step(ctx.push({screen: 'unsuppress', id}));
	if (finding.status === 'ok' || finding.status === 'skipped') return ctx.say(ctx.view, 'ui.msg.nothingToSuppress', {id});
	return ctx.step(ctx.push({screen: 'suppress', id, reason: '', until: '', field: 'reason'}));
}

/** The keys the checklist and a finding share, for the check `id` (the selected one). */
export function sharedKeys(id: string | undefined, action: Action, ctx: KeyContext): Step | undefined {
	switch (action.type) {
		case 'report':
			return ctx.step(ctx.push({screen: 'report', scroll: 0}), [reportRequest(ctx.resources)]);
		case 'journal':
			return ctx.step(ctx.push({screen: 'journal'}), [{type: 'loadJournal'}]);
		case 'rerunAll':
			return ctx.step(ctx.view, [{type: 'rerun'}]);
		case 'rerun':
			return ctx.step(ctx.view, id ? [{type: 'rerun', ids: [id]}] : []);
		case 'suppress':
			return id ? suppressOrLift(id, ctx) : ctx.step(ctx.view);
		case 'command':
			if (!ctx.resources.commands) return ctx.say(ctx.view, 'ui.command.unavailable');
			return ctx.step(ctx.push({screen: 'command', line: '', scroll: 0}), [{type: 'commandOpen'}]);
		default:
			return undefined;
	}
}
