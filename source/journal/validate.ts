import {isText, keyed, type KeyedText, type Text} from '../i18n/text.js';
import type {Change} from '../model/fix.js';
import {JOURNAL_SCHEMA_VERSION, type JournalData, type StoredEntry} from './schema.js';

/**
 * Reading a journal file: every field of every entry is checked before anything uses it, so
 * a file edited by hand, cut short or from a buggy version is reported (and moved aside by
 * the journal), never a crash in the screen that shows it. Version 1 files are brought to
 * version 2 on the way in.
 */

/** Why a value is not what it should be, or undefined when it is. */
type Check = (value: unknown, at: string) => string | undefined;

const str: Check = (v, at) => (typeof v === 'string' ? undefined : `${at} is not text`);
const bool: Check = (v, at) => (typeof v === 'boolean' ? undefined : `${at} is not true or false`);
const int: Check = (v, at) => (typeof v === 'number' && Number.isSafeInteger(v) ? undefined : `${at} is not a whole number`);
const positive: Check = (v, at) => int(v, at) ?? ((v as number) >= 1 ? undefined : `${at} is below 1`);
const time: Check = (v, at) => str(v, at) ?? (Number.isFinite(Date.parse(v as string)) ? undefined : `${at} is not a time`);
const text: Check = (v, at) => (isText(v) ? undefined : `${at} is not a sentence`);
const oneOf =
	(...values: readonly unknown[]): Check =>
	(v, at) =>
		values.includes(v) ? undefined : `${at} is ${JSON.stringify(v)}, not one of ${values.map((x) => JSON.stringify(x)).join(', ')}`;
const nullable =
	(check: Check): Check =>
	(v, at) =>
		v === null ? undefined : check(v, at);
const list =
	(check: Check): Check =>
	(v, at) => {
		if (!Array.isArray(v)) return `${at} is not a list`;
		for (const [i, item] of v.entries()) {
			const problem = check(item, `${at}[${i}]`);
			if (problem) return problem;
		}
		return undefined;
	};
/** An object with these fields; a key ending in `?` may be absent. Other fields are allowed (a newer minor addition). */
const shape =
	(fields: Record<string, Check>): Check =>
	(v, at) => {
		if (!v || typeof v !== 'object' || Array.isArray(v)) return `${at} is not an object`;
		const record = v as Record<string, unknown>;
		for (const [name, check] of Object.entries(fields)) {
			const optional = name.endsWith('?');
			const key = optional ? name.slice(0, -1) : name;
			if (record[key] === undefined) {
				if (optional) continue;
				return `${at}.${key} is missing`;
			}
			const problem = check(record[key], `${at}.${key}`);
			if (problem) return problem;
		}
		return undefined;
	};

const digest = shape({sha256: str, size: int});
const fileState: Check = (v, at) => ((v as {exists?: unknown} | null)?.exists === false ? shape({exists: bool})(v, at) : shape({exists: bool, sha256: str, size: int})(v, at));
const registryValue = shape({raw: str, type: oneOf('REG_SZ', 'REG_EXPAND_SZ')});
const scope = oneOf('user', 'system');

/** Each change kind's fields, as the handlers read them. A kind added to the model needs its line here (TypeScript says so). */
const CHANGE_SHAPES: {[K in Change['kind']]: Check} = {
	'go-env': shape({key: str, file: str, before: shape({set: bool, 'value?': str}), after: shape({set: bool, 'value?': str})}),
	'registry-env': shape({scope, name: str, before: nullable(registryValue), after: nullable(registryValue)}),
	'path-entries': shape({scope, name: str, before: registryValue, after: registryValue, removed: list(str), added: list(str)}),
	'registry-value': shape({key: str, name: str, before: nullable(shape({type: str, data: str})), after: nullable(shape({type: str, data: str}))}),
	'profile-line': shape({file: str, before: shape({line: nullable(str), 'lineNumber?': positive}), after: shape({line: nullable(str)})}),
	'json-setting': shape({file: str, path: list(str), before: shape({raw: nullable(str)}), after: shape({raw: nullable(str)})}),
	'git-config': shape({scope: oneOf('system', 'global', 'local'), key: str, before: nullable(str), after: nullable(str), 'repo?': str}),
	file: shape({path: str, before: shape({exists: bool, 'content?': str}), after: shape({exists: bool, 'content?': str})}),
	'defender-exclusion': shape({path: str, action: oneOf('add', 'remove')}),
	'credential-erase': shape({store: str, target: str, host: str, user: str, argv: list(str), 'stdin?': str}),
	directory: shape({path: str, before: shape({exists: bool}), after: shape({exists: bool})}),
	command: shape({argv: list(str), 'cwd?': str, replaces: list(str), irreversible: bool, description: str}),
};

const change: Check = (v, at) => {
	const kind = (v as {kind?: unknown} | null)?.kind;
	if (typeof kind !== 'string' || !Object.hasOwn(CHANGE_SHAPES, kind)) return `${at}.kind is ${JSON.stringify(kind)}, not a kind of change this version knows`;
	return CHANGE_SHAPES[kind as Change['kind']](v, at);
};

const line = shape({text: str, end: oneOf('', '\n', '\r\n')});
const lineEdit = shape({removed: list(line), inserted: list(line), index: int, 'endBefore?': shape({from: oneOf('', '\n', '\r\n'), to: oneOf('', '\n', '\r\n')})});
const storedChange = shape({
	change,
	state: oneOf('planned', 'applied', 'rolled-back'),
	admin: bool,
	'backup?': shape({path: str, exists: bool, 'digest?': digest}),
	'backups?': list(shape({file: str, path: str, exists: bool, 'digest?': digest})),
	'afterDigest?': nullable(digest),
	'afterDigests?': list(shape({file: str, digest: nullable(digest)})),
	'restoreFrom?': str,
	'expect?': shape({before: fileState, after: fileState}),
	'lineEdit?': lineEdit,
	'revertEdit?': lineEdit,
	'sealedEdit?': bool,
	'noop?': bool,
	'error?': str,
});

const STATUSES = ['ok', 'info', 'warn', 'error', 'unknown', 'skipped', 'failed'];

const entryCommon = shape({
	id: positive,
	createdAt: time,
	updatedAt: time,
	findingId: str,
	fixId: str,
	title: text,
	reversible: bool,
	needsAdmin: bool,
	'restartHint?': text,
	changes: list(storedChange),
	pid: int,
	host: str,
	'rerun?': list(str),
	'recheck?': list(shape({id: str, status: oneOf(...STATUSES)})),
	'sealed?': bool,
	action: oneOf('fix', 'undo', 'redo'),
	status: oneOf('pending', 'applied', 'failed', 'undone'),
});

function entryProblem(v: unknown, at: string): string | undefined {
	const problem = entryCommon(v, at);
	if (problem) return problem;
	const entry = v as Record<string, unknown>;
	if (entry.action !== 'fix') {
		const undoes = positive(entry.undoes, `${at}.undoes`);
		if (undoes) return undoes;
	}
	switch (entry.status) {
		case 'applied':
			return entry.resolution === undefined ? undefined : oneOf('marked-resolved')(entry.resolution, `${at}.resolution`);
		case 'failed':
			return text(entry.error, `${at}.error`) ?? (entry.resolution === undefined ? undefined : oneOf('rolled-back', 'marked-resolved')(entry.resolution, `${at}.resolution`));
		case 'undone':
			return positive(entry.undoneBy, `${at}.undoneBy`);
		default:
			return undefined;
	}
}

const owner = shape({pid: int, host: str, token: str, since: time, heartbeat: time});
const notice = shape({kind: oneOf('corrupt'), at: time, movedTo: str, reason: text});

export type Validated = {ok: true; data: JournalData; migrated: boolean} | {ok: true; newer: number; data: JournalData} | {ok: false; reason: KeyedText};

const invalid = (detail: string): Validated => ({ok: false, reason: keyed('journal.invalid.detail', {detail})});

/**
 * Checks a parsed journal file. A version 1 file is brought to version 2 (titles and errors
 * kept as they were written, shown as they are). A newer file is returned as far as it reads,
 * marked newer: shown, never written.
 */
export function validateJournal(raw: unknown): Validated {
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {ok: false, reason: keyed('journal.invalid.notObject')};
	const record = raw as Record<string, unknown>;
	if (typeof record.schemaVersion !== 'number' || !Number.isSafeInteger(record.schemaVersion) || record.schemaVersion < 1) return {ok: false, reason: keyed('journal.invalid.noVersion')};
	if (record.schemaVersion > JOURNAL_SCHEMA_VERSION) return {ok: true, newer: record.schemaVersion, data: readableNewer(record)};
	const migrated = record.schemaVersion === 1;
	const data = migrated ? fromVersion1(record) : (structuredClone(record) as unknown as JournalData);
	const problem =
		int(data.generation, 'generation') ??
		positive(data.nextId, 'nextId') ??
		(Array.isArray(data.entries) ? undefined : 'entries is not a list') ??
		(data.notices === undefined ? undefined : list(notice)(data.notices, 'notices')) ??
		(data.owner === undefined ? undefined : owner(data.owner, 'owner'));
	if (problem) return invalid(problem);
	const seen = new Set<number>();
	for (const [i, entry] of data.entries.entries()) {
		const entryIssue = entryProblem(entry, `entries[${i}]`);
		if (entryIssue) return invalid(entryIssue);
		if (seen.has(entry.id)) return {ok: false, reason: keyed('journal.invalid.duplicateId', {id: entry.id})};
		seen.add(entry.id);
		// A tampered nextId would give the next entry a number (and a backup folder) already in use.
		if (entry.id >= data.nextId) return {ok: false, reason: keyed('journal.invalid.nextId', {nextId: data.nextId, id: entry.id})};
	}
	data.notices ??= [];
	return {ok: true, data, migrated};
}

/** A version 1 file as version 2: its sentences become verbatim texts, its owner gets an empty token. */
function fromVersion1(record: Record<string, unknown>): JournalData {
	const copy = structuredClone(record) as Record<string, unknown>;
	const asText = (value: unknown): Text | unknown => (typeof value === 'string' ? {text: value} : value);
	const entries = Array.isArray(copy.entries) ? copy.entries : copy.entries;
	if (Array.isArray(entries)) {
		for (const entry of entries as Array<Record<string, unknown>>) {
			if (!entry || typeof entry !== 'object') continue;
			entry.title = asText(entry.title);
			if (entry.restartHint !== undefined) entry.restartHint = asText(entry.restartHint);
			if (entry.status === 'failed') entry.error = asText(entry.error ?? '');
			else delete entry.error;
			if (entry.status !== 'undone') delete entry.undoneBy;
			if (entry.action === 'fix') delete entry.undoes;
		}
	}
	const notices = Array.isArray(copy.notices) ? (copy.notices as Array<Record<string, unknown>>) : copy.notices;
	if (Array.isArray(notices)) for (const n of notices) if (n && typeof n === 'object') n.reason = asText(n.reason);
	const owner = copy.owner as Record<string, unknown> | undefined;
	if (owner && typeof owner === 'object') owner.token ??= '';
	return {...(copy as unknown as JournalData), schemaVersion: JOURNAL_SCHEMA_VERSION, generation: 0};
}

/** What an older goenv-tui can show of a newer file: only entries it can read. */
function readableNewer(record: Record<string, unknown>): JournalData {
	const entries = Array.isArray(record.entries) ? (record.entries as unknown[]).filter((e, i): e is StoredEntry => entryProblem(e, `entries[${i}]`) === undefined) : [];
	return {
		schemaVersion: record.schemaVersion as number,
		generation: typeof record.generation === 'number' ? record.generation : 0,
		nextId: typeof record.nextId === 'number' ? record.nextId : 1,
		entries,
		notices: [],
	};
}
