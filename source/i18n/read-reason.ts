import {isMessageKey, joinList, type Translator} from './index.js';

/**
 * Why a file or folder could not be read or looked at, in the user's words, from the error
 * code the System port kept (`EACCES` → "permission denied (EACCES)"). "Absent" (ENOENT,
 * ENOTDIR) is not a reason: the caller has told it apart before asking.
 */
export function readReason(t: Translator, code: string): string {
	const key = `readReason.${code}`;
	return isMessageKey(key) ? t(key) : t('readReason.other', {code});
}

/** `~/.bashrc: permission denied (EACCES) and ~/.zshrc: …`, for a summary or a note. */
export function unreadableList(t: Translator, items: ReadonlyArray<{file: string; code: string}>): string {
	return joinList(
		t,
		items.map(({file, code}) => t('readReason.item', {file, reason: readReason(t, code)})),
	);
}
