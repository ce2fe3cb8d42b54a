import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import ts from 'typescript';
import {describe, expect, it} from 'vitest';

/**
 * DESIGN.md's map against the code: the floors name every room of source/ (a folder, or a
 * file that stands alone), no import runs up a floor or across one except those DESIGN.md
 * lists as still running up, and the rooms tables of DESIGN.md and the README name every room.
 * The imports are read by TypeScript's own scanner (static, type-only and dynamic ones alike).
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const source = path.join(root, 'source');
const design = readFileSync(path.join(root, 'DESIGN.md'), 'utf8');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

/** The section of a Markdown text from a heading to the next heading of its level or above. */
function section(text: string, heading: string): string {
	const start = text.indexOf(`\n${heading}\n`);
	if (start < 0) throw new Error(`no "${heading}" heading`);
	const level = /^#+/.exec(heading)?.[0] ?? '##';
	const rest = text.slice(start + heading.length + 2);
	const end = rest.search(new RegExp(`\\n#{1,${level.length}} `));
	return end < 0 ? rest : rest.slice(0, end);
}

/** Each floor of DESIGN.md's floors block, top first: the rooms at the start of its line. */
function floors(): string[][] {
	const block = /```\n([\s\S]*?)```/.exec(section(design, '## Floors'))?.[1] ?? '';
	return block
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => {
			const rooms: string[] = [];
			for (const word of line.trim().split(/\s+/)) {
				if (!/^[a-z][a-z0-9-]*(\/|\.ts)$/.test(word)) break;
				rooms.push(word);
			}
			return rooms;
		});
}

/** The rooms of source/: each folder (`name/`) and each file directly in it. */
const rooms = readdirSync(source, {withFileTypes: true})
	.map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name))
	.filter((name) => name.endsWith('/') || /\.tsx?$/.test(name))
	.sort();

/** The room of a path relative to source/, written with `/`. */
const roomOf = (relative: string) => {
	const [first, ...rest] = relative.split('/');
	return rest.length > 0 ? `${first}/` : (first ?? '');
};
const relativeToSource = (file: string) => path.relative(source, file).split(path.sep).join('/');

function sourceFiles(folder: string): string[] {
	return readdirSync(folder, {withFileTypes: true}).flatMap((entry) => {
		const full = path.join(folder, entry.name);
		if (entry.isDirectory()) return sourceFiles(full);
		return /\.tsx?$/.test(entry.name) ? [full] : [];
	});
}

/** Every import of every source file: relative ones resolved to source paths (`.ts`), packages by name. */
const imports = sourceFiles(source).flatMap((file) => {
	const from = relativeToSource(file);
	return ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map(({fileName: specifier}) => {
		const to = specifier.startsWith('.') ? relativeToSource(path.resolve(path.dirname(file), specifier)).replace(/\.js$/, '.ts') : undefined;
		return {from, fromRoom: roomOf(from), specifier, to, toRoom: to === undefined ? undefined : roomOf(to)};
	});
});

/** DESIGN.md's list of imports that still run up: lines "- `from` → `to`: why, and what removes it". */
const allowedUp = [...section(design, '## Floors').matchAll(/^- `([^`]+)` → `([^`]+)`/gm)].map(([, from = '', to = '']) => ({from, to}));
const allowed = (from: string, to: string) => allowedUp.some((a) => from.startsWith(a.from) && to.startsWith(a.to));

describe('DESIGN.md floors', () => {
	const map = floors();
	const floorOf = new Map(map.flatMap((floor, i) => floor.map((room) => [room, i] as const)));

	it('name every room of source/ once, and no room that is not there', () => {
		const named = map.flat();
		expect(named.length, 'a room named on two floors').toBe(new Set(named).size);
		expect([...named].sort()).toEqual(rooms);
	});

	it('hold: no import runs up a floor or across one, but those listed as still running up', () => {
		const wrong = imports.flatMap(({from, fromRoom, to, toRoom}) => {
			if (to === undefined || toRoom === undefined || toRoom === fromRoom || allowed(from, to)) return [];
			const [above, below] = [floorOf.get(fromRoom) ?? -1, floorOf.get(toRoom) ?? -1];
			return below > above ? [] : [`${from} imports ${to} (floor ${below}, not below ${above})`];
		});
		expect(wrong).toEqual([]);
	});

	it('list as still running up only imports that do', () => {
		// The list is read from the Floors section; that section must still say so (an empty list reads "none").
		expect(allowedUp.length > 0 || /still run up[^]*?:\s*none\./.test(section(design, '## Floors')), 'the list of imports that still run up is in the Floors section').toBe(true);
		const stale = allowedUp
			.filter((a) => !imports.some((i) => i.to !== undefined && i.from.startsWith(a.from) && i.to.startsWith(a.to)))
			.map((a) => `${a.from} → ${a.to} no longer runs up: take it off DESIGN.md's list`);
		expect(stale).toEqual([]);
	});

	it('keep Ink and React in ink/: no other room imports them', () => {
		const outside = imports
			.filter((i) => i.to === undefined && /^(ink|react|ink-[a-z-]+|@inkjs\/.*)(\/.*)?$/.test(i.specifier) && i.fromRoom !== 'ink/')
			.map((i) => `${i.from} imports ${i.specifier}`);
		expect(outside).toEqual([]);
	});
});

describe('the rooms tables', () => {
	/** The `source/…` paths named in the first column of a Markdown table in `text`. */
	const tableRooms = (text: string) =>
		new Set(
			text
				.split('\n')
				.filter((line) => line.startsWith('| `'))
				.map((line) => line.split('|')[1] ?? '')
				// A row of source/ may name more rooms after the first without the prefix.
				.filter((cell) => cell.includes('`source/'))
				.flatMap((cell) => [...cell.matchAll(/`(?:source\/)?([^`]+)`/g)].map(([, room = '']) => room)),
		);

	for (const [name, text] of [
		['DESIGN.md', section(design, '## Rooms')],
		['README.md', section(readme, '## Developing')],
	] as const) {
		it(`in ${name} name every room of source/, and only rooms that are there`, () => {
			const named = tableRooms(text);
			expect(rooms.filter((room) => !named.has(room)), 'rooms the table leaves out').toEqual([]);
			expect([...named].filter((room) => !rooms.includes(room)), 'rows for rooms that are not there').toEqual([]);
		});
	}
});
