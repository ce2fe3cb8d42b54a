import {describe, expect, it} from 'vitest';
import {isPlain, keyName, splitChunk} from '../../source/ui/keys.js';
import {CONTEXTS, KEYMAP, TEXT_CONTEXTS, footerBindings, resolveKey} from '../../source/ui/keymap.js';

describe('keys', () => {
	it('names Ink key events', () => {
		expect(keyName('', {downArrow: true})).toBe('down');
		expect(keyName('j', {})).toBe('j');
		expect(keyName('R', {shift: true})).toBe('R');
		expect(keyName('c', {ctrl: true})).toBe('ctrl+c');
		// Ink 6.8 reports Backspace on Linux/macOS as delete: both mean back.
		expect(keyName('', {delete: true})).toBe('back');
		expect(keyName('', {backspace: true})).toBe('back');
		// Esc comes with meta set in Ink 6.8.
		expect(keyName('', {escape: true, meta: true})).toBe('escape');
		// A pasted chunk is not a key.
		expect(keyName('jjj', {})).toBeUndefined();
	});

	it('splits a chunk of several keys into keys and text runs, in order', () => {
		expect(splitChunk('jj')).toEqual(['jj']);
		expect(splitChunk('go111module\r')).toEqual(['go111module', '\r']);
		expect(splitChunk('\r\r')).toEqual(['\r', '\r']);
		expect(splitChunk('ab\u007Fc\u001B')).toEqual(['ab', '\u007F', 'c', '\u001B']);
		expect(['\r', '\t', '\u007F', '\u001B'].map((c) => keyName(c, {}))).toEqual(['enter', 'tab', 'back', 'escape']);
		expect(isPlain({})).toBe(true);
		expect(isPlain({upArrow: true})).toBe(false);
	});

	it('maps keys to actions through the keymap table, per screen', () => {
		expect(resolveKey('checklist', 'j')).toEqual({type: 'move', delta: 1});
		expect(resolveKey('checklist', 'up')).toEqual({type: 'move', delta: -1});
		expect(resolveKey('checklist', 'r')).toEqual({type: 'rerun'});
		expect(resolveKey('checklist', 'R')).toEqual({type: 'rerunAll'});
		expect(resolveKey('checklist', 'escape')).toEqual({type: 'clear'});
		expect(resolveKey('checklist', 'x')).toBeUndefined();
		// Back is Esc, Backspace (either code) and q on the screens above the checklist.
		for (const key of ['escape', 'back', 'q']) expect(resolveKey('detail', key)).toEqual({type: 'back'});
		expect(resolveKey('detail', 'pagedown')).toEqual({type: 'page', delta: 1});
		expect(resolveKey('detail', 'G')).toEqual({type: 'bottom'});
		expect(resolveKey('detail', '3', '3')).toEqual({type: 'selectFix', index: 2});
	});

	it('quits on Ctrl+C from every screen, including while typing', () => {
		for (const context of CONTEXTS) expect(resolveKey(context, 'ctrl+c', 'c'), context).toEqual({type: 'quit'});
	});

	it('types text where a screen takes text, pastes included; Backspace deletes there', () => {
		expect(resolveKey('filter', 'q', 'q')).toEqual({type: 'insert', text: 'q'});
		expect(resolveKey('filter', undefined, 'go env')).toEqual({type: 'insert', text: 'go env'});
		expect(resolveKey('suppress', 'j', 'j')).toEqual({type: 'insert', text: 'j'});
		expect(resolveKey('suppress', undefined, '张三')).toEqual({type: 'insert', text: '张三'});
		expect(resolveKey('filter', 'back')).toEqual({type: 'deleteChar'});
		expect(resolveKey('filter', 'escape')).toEqual({type: 'clear'});
	});

	it('applies a fix only on y: any other key cancels the preview, except scrolling and help', () => {
		expect(resolveKey('preview', 'y', 'y')).toEqual({type: 'apply'});
		for (const key of ['n', 'Y', 'enter', 'escape', 'x', 'z']) expect(resolveKey('preview', key, key)).toEqual({type: 'cancel'});
		expect(resolveKey('preview', 'pagedown')).toEqual({type: 'page', delta: 1});
		expect(resolveKey('preview', '?', '?')).toEqual({type: 'help'});
	});

	it('binds no key twice on the same screen', () => {
		const seen = new Set<string>();
		for (const binding of KEYMAP)
			for (const context of binding.contexts)
				for (const key of binding.keys) {
					expect(seen.has(`${context}:${key}`), `${context}:${key}`).toBe(false);
					seen.add(`${context}:${key}`);
				}
	});

	it('offers help and a way out on every screen where keys are commands', () => {
		for (const context of CONTEXTS) {
			if (TEXT_CONTEXTS.has(context) || context === 'applying' || context === 'unsuppress') continue;
			const actions = footerBindings(context).map((b) => b.action.type);
			expect(actions.some((a) => a === 'help' || a === 'back'), context).toBe(true);
		}
	});
});
