import {hardWrap, seg, type Line} from '../layout/lines.js';
import type {KeyContext, Step} from '../ui/handler.js';
import type {Action} from '../ui/keymap.js';
import {commandOutput, type CommandScreen, type CommandState, type Notice} from '../ui/model.js';
import {footer, scrollPane, splitLine, type Surface} from './frame.js';

/**
 * The `:` command line (the k9s and vim convention): the REPL's commands typed under the
 * checklist, their output in a scrollable pane above the line. The checklist stays in view
 * over it, so what a command changes (a fix, a re-check) shows in its rows.
 */

/** Lines the pane takes at the bottom of the screen: its ruler, its output, the line, the footer. */
export function paneHeight(s: Surface): number {
	return Math.max(5, Math.min(s.height - 6, Math.floor(s.height * 0.45)));
}

export function commandKeys(screen: CommandScreen, action: Action, ctx: KeyContext): Step {
	const command = ctx.resources.command;
	const edit = (line: string, extra: Partial<CommandScreen> = {}) => ctx.step(ctx.replaceTop({...screen, line, recalled: undefined, ...extra}));
	switch (action.type) {
		case 'insert':
			return edit(screen.line + action.text);
		case 'deleteChar':
			return edit([...screen.line].slice(0, -1).join(''));
		case 'clearText':
			return edit('');
		case 'submit': {
			if (command.question !== undefined) return ctx.step(ctx.replaceTop({...screen, line: '', recalled: undefined, scroll: 0}), [{type: 'commandAnswer', text: screen.line}]);
			if (command.running) return ctx.say(ctx.view, 'ui.command.busy');
			if (screen.line.trim() === '') return ctx.step(ctx.view);
			return ctx.step(ctx.replaceTop({...screen, line: '', recalled: undefined, scroll: 0}), [{type: 'commandRun', line: screen.line}]);
		}
		case 'cancel':
			// Esc: no to a question; a running command goes on (Ctrl+C stops it); else the pane closes.
			if (command.question !== undefined) return ctx.step(ctx.replaceTop({...screen, line: ''}), [{type: 'commandAnswer', text: null}]);
			if (command.running) return ctx.say(ctx.view, 'ui.command.busy');
			return ctx.step(ctx.pop());
		case 'quit':
			// Ctrl+C reaches the pane only while a command runs or a line is typed (update.ts).
			if (command.running) return ctx.step(ctx.replaceTop({...screen, line: ''}), [{type: 'commandInterrupt'}]);
			return edit('');
		case 'complete':
			return command.question === undefined ? ctx.step(ctx.view, [{type: 'commandComplete', line: screen.line}]) : ctx.step(ctx.view);
		case 'move': {
			// ↑ an earlier line, ↓ a later one, past the newest an empty line: as a shell's history.
			const {history} = command;
			if (history.length === 0) return ctx.step(ctx.view);
			const at = (screen.recalled ?? history.length) + action.delta;
			if (at >= history.length) return ctx.step(ctx.replaceTop({...screen, line: '', recalled: undefined}));
			const index = Math.max(0, at);
			return ctx.step(ctx.replaceTop({...screen, line: history[index]!, recalled: index}));
		}
		case 'page': {
			// Scrolled up from the end: the pane's size is the one on the screen.
			const pane = ctx.pane();
			const scroll = Math.max(0, Math.min(Math.max(0, pane.lines - pane.height), screen.scroll - action.delta * Math.max(1, pane.height - 1)));
			return ctx.step(ctx.replaceTop({...screen, scroll}));
		}
		default:
			return ctx.step(ctx.view);
	}
}

/**
 * The pane's lines: a ruler, the output (wrapped to the width, its end in view unless
 * scrolled), the line being typed (or the question a command asks), and the footer.
 */
export function commandPane(screen: CommandScreen, command: CommandState, s: Surface, notice?: Notice): {lines: Line[]; pane: {lines: number; height: number}} {
	const height = paneHeight(s);
	const outputHeight = height - 3;
	const wrapped = commandOutput(command).flatMap((text) => (text === '' ? [''] : hardWrap(text, s.width)));
	const content: Line[] = wrapped.map((text) => [seg(text)]);
	const offset = Math.max(0, content.length - outputHeight - screen.scroll);
	const pane = scrollPane(content, offset, outputHeight, s);
	const prompt = command.question ?? (command.running ? '' : ': ');
	const input: Line = command.running && command.question === undefined ? [seg(s.t('ui.command.busy'), {dim: true})] : [seg(prompt, {color: 'cyan', bold: true}), seg(screen.line), seg(' ', {inverse: true})];
	const hint = content.length === 0 && !command.running ? [seg(s.t('ui.command.hint'), {dim: true})] : [];
	return {lines: [pane.ruler, ...pane.lines, splitLine(input, hint, s.width), footer('command', s, {notice})], pane: {lines: content.length, height: outputHeight}};
}
