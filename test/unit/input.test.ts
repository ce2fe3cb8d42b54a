import {describe, expect, it} from 'vitest';
import {keyName} from '../../source/input/keys.js';
import {KEYMAP, resolveKey} from '../../source/input/keymap.js';
import {initialView, reduceView} from '../../source/input/view-state.js';

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

	it('maps keys to actions through the keymap table', () => {
		expect(resolveKey('checklist', 'j')).toEqual({type: 'move', delta: 1});
		expect(resolveKey('checklist', 'up')).toEqual({type: 'move', delta: -1});
		expect(resolveKey('checklist', 'r')).toEqual({type: 'rerun'});
		expect(resolveKey('checklist', 'R')).toEqual({type: 'rerunAll'});
		expect(resolveKey('checklist', 'escape')).toEqual({type: 'quit'});
		expect(resolveKey('checklist', 'ctrl+c')).toEqual({type: 'quit'});
		expect(resolveKey('checklist', 'x')).toBeUndefined();
	});

	it('binds no key twice on the same screen', () => {
		const seen = new Set<string>();
		for (const binding of KEYMAP)
			for (const screen of binding.screens)
				for (const key of binding.keys) {
					expect(seen.has(`${screen}:${key}`), `${screen}:${key}`).toBe(false);
					seen.add(`${screen}:${key}`);
				}
	});

	it('moves the cursor within the rows', () => {
		let view = initialView;
		view = reduceView(view, {type: 'move', delta: -1}, 3);
		expect(view.cursor).toBe(0);
		view = reduceView(view, {type: 'move', delta: 5}, 3);
		expect(view.cursor).toBe(2);
		view = reduceView(view, {type: 'top'}, 3);
		expect(view.cursor).toBe(0);
		view = reduceView(view, {type: 'bottom'}, 3);
		expect(view.cursor).toBe(2);
	});
});
