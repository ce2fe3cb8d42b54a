import {Text} from 'ink';
import type {Translator} from '../i18n/index.js';
import {footerBindings, type Screen} from '../input/keymap.js';
import {truncateCells} from '../report/layout.js';

/** The footer: the keys that work on this screen, from the same table that drives input. */
export function KeyHints({screen, t, width, extra}: {screen: Screen; t: Translator; width: number; extra?: string}) {
	const hints = footerBindings(screen).map((binding) =>
		binding.footer === true ? `${binding.label} ${t(binding.help)}` : `${binding.footer!.label} ${t(binding.footer!.help)}`,
	);
	const text = [...hints, ...(extra ? [extra] : [])].join(' · ');
	return <Text dimColor>{truncateCells(text, width)}</Text>;
}
