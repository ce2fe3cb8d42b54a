import {useInput} from 'ink';
import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import {keyReadHere} from '../../source/app/before-ink.js';
import {createRuntime, type Runtime} from '../../source/app/runtime.js';
import {Engine} from '../../source/engine/engine.js';
import {createTranslator} from '../../source/i18n/index.js';
import type {InkKeyLike} from '../../source/ui/keys.js';
import {TOOLCHAIN_PROBES} from '../helpers/app.js';
import {tick} from '../helpers/ink.js';
import {offWorld} from '../helpers/triage-world.js';

/**
 * Before Ink has loaded, the first frame reads keys itself and hands each chunk to the
 * runtime whole (source/app/before-ink.ts). It reads only chunks that Ink would hand over as
 * they are: here, the same chunks go once that way and once through Ink's own parser and
 * `useInput`, to two runtimes on the same world, and the two models must agree after every
 * chunk.
 */

const t = createTranslator('en');

async function settledRuntime(): Promise<Runtime> {
	const engine = new Engine({probes: TOOLCHAIN_PROBES, sys: offWorld(), t});
	await engine.run();
	engine.flushNow();
	return createRuntime({engine, t, title: 'goenv-tui test', sys: offWorld(), columns: 80, rows: 24});
}

function Keys({onKey}: {onKey: (input: string, key: InkKeyLike) => void}) {
	useInput(onKey);
	return null;
}

const SCRIPTS: Record<string, string[]> = {
	'letters, one by one and run together': ['j', 'j', 'k', 'G', 'g', 'jj', 'kk', 'j'],
	'a filter typed, a character deleted with DEL and BS, kept with Enter, a row opened': ['/', 'go', '1', '1', '\u007F', '\b', '1', '1', '\r', '\r'],
	'a filter and Enter in one chunk, then back': ['/111\r\r', '\u007F'],
	'Chinese text in the filter': ['/', '张三', '\r'],
	'a finding: Tab between fixes, a digit, Space to page': ['G', '\r', '\t', '2', ' ', '\u007F'],
	'suppressing: a reason, Tab, an expiry, Enter': ['G', 's', 'old GOPATH build', '\t', '30d', '\r'],
	'help, paged with Space, closed with q': ['?', ' ', ' ', 'q'],
	'only problems, then everything': ['p', 'p', 'p'],
	'arrows, as terminals send them (ESC [ and, in application cursor mode, ESC O)': ['\u001B[B', '\u001B[B', '\u001B[A', '\u001BOB', '\u001BOA', '\u001B[B', '\r', '\u001B[B', '\u001B[A', '\u001B[C', '\u001B[D'],
	'Ctrl+C': ['\u0003'],
};

describe('keys read before Ink do what Ink does with them', () => {
	for (const [name, chunks] of Object.entries(SCRIPTS)) {
		it(name, async () => {
			const early = await settledRuntime();
			const inked = await settledRuntime();
			const quits: string[] = [];
			early.onQuit(() => quits.push('early'));
			inked.onQuit(() => quits.push('inked'));
			const ui = render(<Keys onKey={inked.key} />);
			await tick();
			const views = new Set([JSON.stringify(early.getModel().view)]);
			try {
				for (const chunk of chunks) {
					const key = keyReadHere(chunk);
					expect(key, JSON.stringify(chunk)).toBeDefined();
					if (key !== undefined) early.key(...key);
					ui.stdin.write(chunk);
					await tick();
					expect(early.getModel().view, JSON.stringify(chunk)).toEqual(inked.getModel().view);
					views.add(JSON.stringify(early.getModel().view));
				}
				// The keys did something: the view changed along the way, or both quit.
				expect(views.size > 1 || quits.length === 2).toBe(true);
				expect(quits).toEqual(chunks.includes('\u0003') ? ['early', 'inked'] : []);
			} finally {
				ui.unmount();
				early.stop();
				inked.stop();
			}
		});
	}

	it('leaves to Ink every chunk with another escape sequence or another control key, and arrows in a chunk of several keys', () => {
		for (const chunk of ['\u001B', '\u001B[5~', '\u001B[1;5B', '\u001B[B\u001B[B', 'j\u001B[B', '\u001B[Bj', '\u001B[E', '\u001Bp', '\u0015', '\u0004', '\n', '']) expect(keyReadHere(chunk), JSON.stringify(chunk)).toBeUndefined();
	});
});
