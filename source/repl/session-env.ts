import {pathDelimiter, splitPathList} from '../facts/path-lookup.js';
import {ANY_PROGRAM, envFact} from '../facts/reads.js';
import type {Fix} from '../model/fix.js';
import {shownValue} from '../probes/setting-evidence.js';
import {redactSecrets} from '../redact/secrets.js';
import type {System} from '../system/types.js';
import {findingLines} from './commands-checks.js';
import type {Session} from './session.js';
import {quoteWord} from './words.js';

/**
 * The `session` layer: this REPL's own environment, changed as a shell's `export` changes the
 * shell's. A registry or profile change reaches new terminals only; a REPL is one process,
 * like a shell, and keeps what it started with. These helpers change that environment when
 * asked (`set … in session`, `path add … in session`), and after a stored change say
 * exactly what this session does not see and which command would give it the same.
 * Nothing here is stored or journaled: it touches only this process.
 */

/** What a stored change would give this session: the command that does it here, and what the session has now. */
export interface SessionEquivalent {
	/** A sentence: what this session still has. */
	says: string;
	/** The REPL command that applies the same here (`set NAME=VALUE in session`). */
	command: string;
}

/** `%NAME%` references expanded from this session's environment, as a new process would see them (Windows). */
export function expandPercent(sys: Pick<System, 'getenv'>, text: string): string {
	return text.replace(/%([^%;]+)%/g, (whole, name: string) => sys.getenv(name) ?? whole);
}

const sameValue = (sys: System, name: string, value: string | undefined) => sys.getenv(name) === value;

/**
 * Changes one variable of this session, then re-runs the checks that can read it (the
 * variable itself, and every check that starts a program: go reads its environment), and
 * prints what changed. `value` undefined removes the variable.
 */
export async function changeSessionEnv(session: Session, name: string, value: string | undefined, dryRun: boolean): Promise<boolean> {
	const {t, io, sys} = session;
	if (!sys.setSessionEnv) {
		io.err(t('repl.go.cannotRun') + '\n');
		return false;
	}
	const shown = value === undefined ? '' : redactSecrets(shownValue(t, value));
	if (sameValue(sys, name, value)) {
		io.out(t(value === undefined ? 'repl.session.alreadyUnset' : 'repl.session.already', {name, value: shown}) + '\n');
		return true;
	}
	if (dryRun) {
		io.out(t(value === undefined ? 'repl.session.wouldUnset' : 'repl.session.wouldSet', {name, value: shown}) + '\n');
		return true;
	}
	sys.setSessionEnv(name, value);
	session.changedInSession.add(envFact(sys, name));
	io.out(t(value === undefined ? 'repl.session.unsetDone' : 'repl.session.setDone', {name, value: shown}) + '\n');
	await recheckAfter(session, [envFact(sys, name), ANY_PROGRAM]);
	return true;
}

/** Re-runs what a change of this session's environment can reach, and names the findings whose status moved. */
async function recheckAfter(session: Session, touched: Parameters<Session['engine']['affectedBy']>[0]): Promise<void> {
	const {t, io} = session;
	const ids = session.engine.affectedBy(touched);
	if (ids.length === 0) return;
	const before = new Map(session.findings().map((f) => [f.id, f.status]));
	const after = await session.recheck(ids);
	const moved = after.filter((f) => before.get(f.id) !== f.status);
	io.out(t(moved.length === 0 ? 'repl.session.recheckedSame' : 'repl.session.rechecked', {count: ids.length}) + '\n');
	for (const line of findingLines(moved)) io.out(`  ${line}\n`);
}

/** This session's PATH as a list, and the way to write it back. */
function sessionPath(sys: System): {entries: string[]; write(entries: readonly string[]): string} {
	return {entries: splitPathList(sys.getenv('PATH') ?? '', sys.platform), write: (entries) => entries.join(pathDelimiter(sys.platform))};
}

/** `path add <dir> first|last in session`, `path rm <n> in session`, `path mv <n> first|last in session`. */
export async function changeSessionPath(session: Session, edit: {add: string; where: 'first' | 'last'} | {remove: number} | {move: number; where: 'first' | 'last'}, dryRun: boolean): Promise<boolean> {
	const {sys} = session;
	const path = sessionPath(sys);
	const entries = [...path.entries];
	if ('add' in edit) {
		if (edit.where === 'first') entries.unshift(edit.add);
		else entries.push(edit.add);
	} else if ('remove' in edit) {
		entries.splice(edit.remove, 1);
	} else {
		const [moved] = entries.splice(edit.move, 1);
		if (moved === undefined) return false;
		if (edit.where === 'first') entries.unshift(moved);
		else entries.push(moved);
	}
	return changeSessionEnv(session, 'PATH', path.write(entries), dryRun);
}

/**
 * After a stored change (the registry, a profile), what this session does not see, with the
 * command that gives it the same. `intent` is what the REPL command meant (it knows the
 * value it set); without it, what the fix's registry changes say (a check's fix).
 */
export function sessionEquivalents(session: Session, fix: Fix, intent?: SessionIntent): SessionEquivalent[] {
	const {sys} = session;
	const wanted: SessionIntent[] = intent ? [intent] : intentsOf(sys, fix);
	return wanted.flatMap((want) => equivalentOf(session, want));
}

/** What a stored change meant for a process that would start now. */
export type SessionIntent =
	| {kind: 'variable'; name: string; value: string | undefined}
	| {kind: 'path-add'; folder: string; where: 'first' | 'last'}
	| {kind: 'path-remove'; folder: string}
	| {kind: 'path-move'; folder: string; where: 'first' | 'last'};

function intentsOf(sys: System, fix: Fix): SessionIntent[] {
	return fix.changes.flatMap((change): SessionIntent[] => {
		if (change.kind === 'registry-env') {
			const value = change.after === null ? undefined : change.after.type === 'REG_EXPAND_SZ' ? expandPercent(sys, change.after.raw) : change.after.raw;
			return [{kind: 'variable', name: change.name, value}];
		}
		if (change.kind === 'path-entries') {
			const after = change.after.raw.split(';');
			const where = (raw: string): 'first' | 'last' => (after.indexOf(raw) === 0 ? 'first' : 'last');
			const moved = change.added.filter((raw) => change.removed.includes(raw));
			return [
				...moved.map((raw): SessionIntent => ({kind: 'path-move', folder: expandPercent(sys, raw), where: where(raw)})),
				...change.added.filter((raw) => !moved.includes(raw)).map((raw): SessionIntent => ({kind: 'path-add', folder: expandPercent(sys, raw), where: where(raw)})),
				...change.removed.filter((raw) => !moved.includes(raw)).map((raw): SessionIntent => ({kind: 'path-remove', folder: expandPercent(sys, raw)})),
			];
		}
		return [];
	});
}

function equivalentOf(session: Session, want: SessionIntent): SessionEquivalent[] {
	const {t, sys} = session;
	if (want.kind === 'variable') {
		if (sameValue(sys, want.name, want.value)) return [];
		const current = sys.getenv(want.name);
		const shown = current === undefined ? t('evidence.notSet') : redactSecrets(shownValue(t, current));
		const command = want.value === undefined ? `unset ${want.name} in session` : `set ${redactSecrets(`${want.name}=${quoteWord(want.value)}`)} in session`;
		return [{says: t('repl.session.stillHas', {name: want.name, current: shown}), command}];
	}
	const key = (folder: string) => (sys.platform === 'win32' ? folder.toLowerCase() : folder).replace(/[\\/]+$/, '');
	const entries = sessionPath(sys).entries;
	const at = entries.findIndex((entry) => key(entry) === key(want.folder));
	const folder = quoteWord(want.folder);
	switch (want.kind) {
		case 'path-add':
			if (at >= 0) return [];
			return [{says: t('repl.session.pathLacks', {entry: want.folder}), command: `path add ${folder} ${want.where} in session`}];
		case 'path-remove':
			if (at < 0) return [];
			return [{says: t('repl.session.pathStillHas', {entry: want.folder}), command: `path rm ${at + 1} in session`}];
		case 'path-move': {
			const there = want.where === 'first' ? at === 0 : at === entries.length - 1;
			if (at < 0 || there) return [];
			return [{says: t('repl.session.pathOrder', {entry: want.folder}), command: `path mv ${at + 1} ${want.where} in session`}];
		}
	}
}
