import {findCommand, COMMAND_TABLE} from './table.js';
import type {ArgKind} from './types.js';
import {splitWords, type Word} from './words.js';

/**
 * Tab completion, as a pure function of the line and what the session knows: command
 * names first, then each argument by its kind in the command's row (check ids, fix ids,
 * journal entries, Go setting names, layers, PATH entries). Returns what readline's
 * completer returns: the candidates, and the part of the line they complete.
 */
export interface CompletionData {
	findings: readonly string[];
	fixesOf(findingId: string): readonly string[];
	entries: readonly string[];
	settings: readonly string[];
	layers: readonly string[];
	pathEntries: readonly string[];
	/** Folder and file names that start with a typed path (for `path add`, `go build ./…`). */
	files?(typed: string): readonly string[];
	/** Windows: folders and setting names match whatever their case. */
	caseInsensitive?: boolean;
}

function candidatesOf(kind: ArgKind | readonly string[], before: readonly string[], typed: string, data: CompletionData): readonly string[] {
	if (typeof kind !== 'string') return kind as readonly string[];
	switch (kind) {
		case 'command':
			return COMMAND_TABLE.map((row) => row.name);
		case 'finding':
			return data.findings;
		case 'fix':
			return before[0] === undefined ? [] : data.fixesOf(before[0]);
		case 'entry':
			return [...data.entries, 'last'];
		case 'setting':
			return data.settings;
		case 'assignment':
			return typed.includes('=') ? [] : data.settings.map((name) => `${name}=`);
		case 'layer':
			return data.layers;
		case 'path-entry':
			return data.pathEntries;
		case 'tool':
			return ['go', 'gofmt', 'gopls', 'dlv', 'gcc', 'git'];
		case 'file':
			return data.files?.(typed) ?? [];
	}
}

/** The text that makes `candidate` out of what was typed: the rest of it, quoted when it holds a space. */
function hitFor(line: string, word: Word | undefined, candidate: string): string {
	const raw = word ? line.slice(word.start) : '';
	const rest = candidate.slice(word?.text.length ?? 0);
	if (word?.open) return raw + rest + word.open;
	return /[\s"']/.test(rest) ? `${raw}"${rest}"` : raw + rest;
}

export function completeLine(line: string, data: CompletionData): [string[], string] {
	const words = splitWords(line);
	const ended = line === '' || (/\s$/.test(line) && !words.at(-1)?.open);
	const current = ended ? undefined : words.at(-1);
	const done = ended ? words : words.slice(0, -1);
	const typed = current?.text ?? '';
	const substring = current ? line.slice(current.start) : '';
	let candidates: readonly string[];
	if (done.length === 0) {
		candidates = COMMAND_TABLE.flatMap((row) => [row.name, ...(row.aliases ?? []).filter((a) => a.length > 1)]);
	} else {
		const row = findCommand(done[0]!.text);
		if (!row?.argAt) return [[], substring];
		const args = done.slice(1).map((w) => w.text);
		if (typed.startsWith('-') && !row.raw) {
			candidates = [...(row.flags ?? []), ...(row.options ?? [])].map((flag) => `--${flag}`);
		} else {
			const before = row.raw ? args : args.filter((w) => !w.startsWith('-'));
			const kind = row.argAt(before);
			candidates = kind === undefined ? [] : candidatesOf(kind, before, typed, data);
		}
	}
	const fold = (text: string) => (data.caseInsensitive ? text.toLowerCase() : text);
	const hits = [...new Set(candidates)].filter((c) => fold(c).startsWith(fold(typed))).sort();
	return [hits.map((hit) => hitFor(line, current, hit)), substring];
}
