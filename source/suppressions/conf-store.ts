import {STATUSES, type Status} from '../model/status.js';
import {configFolder} from '../system/config-folder.js';
import type {System} from '../system/types.js';
import type {Suppression, SuppressionStore} from './suppressions.js';

/** The config folder rule, shared with the journal. */
export {configFolder} from '../system/config-folder.js';

export const SUPPRESSIONS_SCHEMA_VERSION = 1;
const FILE = 'suppressions';

type Stored = Omit<Suppression, 'id'>;

/** conf's JSON schema for the file; conf checks it on every write. */
const SCHEMA = {
	schemaVersion: {type: 'number'},
	suppressions: {
		type: 'object',
		additionalProperties: {
			type: 'object',
			required: ['reason', 'since', 'status'],
			properties: {
				reason: {type: 'string'},
				since: {type: 'string'},
				until: {type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$'},
				status: {enum: [...STATUSES]},
			},
		},
	},
} as const;

/** Reads the file's content; throws with a plain reason when it is not what we wrote. */
export function parseSuppressions(content: string): Map<string, Suppression> {
	const data: unknown = JSON.parse(content);
	const all = (data as {suppressions?: unknown} | null)?.suppressions;
	if (!data || typeof data !== 'object' || (all !== undefined && (typeof all !== 'object' || all === null || Array.isArray(all)))) {
		throw new Error('not a suppressions file');
	}
	const map = new Map<string, Suppression>();
	for (const [id, value] of Object.entries((all ?? {}) as Record<string, Partial<Stored>>)) {
		const {reason, since, until, status} = value ?? {};
		const valid =
			typeof reason === 'string' &&
			typeof since === 'string' &&
			(until === undefined || (typeof until === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(until))) &&
			(STATUSES as readonly string[]).includes(status as string);
		if (!valid) throw new Error(`invalid entry for ${id}`);
		map.set(id, {id, reason, since, status: status as Status, ...(until ? {until} : {})});
	}
	return map;
}

/**
 * Suppressions in `<config>/goenv-tui/suppressions.json`. Reading goes through the System
 * and never creates anything (a `check` writes nothing). Writes go through conf, loaded only
 * then. A file that exists but cannot be read is reported and left untouched (conf's
 * clearInvalidConfig stays off, and writes are refused), never silently emptied.
 */
export async function loadSuppressionStore(sys: System): Promise<SuppressionStore | undefined> {
	const folder = configFolder(sys);
	const location = sys.path.join(folder, `${FILE}.json`);
	const read = async (): Promise<{map: Map<string, Suppression>; problem?: string}> => {
		const content = await sys.readFile(location);
		if (content === null) return {map: new Map()};
		try {
			return {map: parseSuppressions(content)};
		} catch (error) {
			return {map: new Map(), problem: error instanceof Error ? error.message : String(error)};
		}
	};
	let current = await read();

	// Every change starts from the file as it is now, not as this process read it at start:
	// another goenv-tui may have changed it meanwhile. Suppressions are made by hand, one at
	// a time; the read-modify-write window is milliseconds.
	const write = async (change: (map: Map<string, Suppression>) => void) => {
		const fresh = await read();
		if (fresh.problem) {
			current = fresh;
			throw new Error(`${location}: ${fresh.problem}`);
		}
		change(fresh.map);
		const {default: Conf} = await import('conf');
		const conf = new Conf<{schemaVersion: number; suppressions: Record<string, Stored>}>({cwd: folder, configName: FILE, schema: SCHEMA, clearInvalidConfig: false});
		conf.set({schemaVersion: SUPPRESSIONS_SCHEMA_VERSION, suppressions: Object.fromEntries([...fresh.map].map(([id, {id: _id, ...rest}]) => [id, rest]))});
		current = fresh;
	};

	return {
		location,
		get problem() {
			return current.problem;
		},
		list: () => new Map(current.map),
		set: (suppression) => write((map) => void map.set(suppression.id, suppression)),
		remove: (id) => write((map) => void map.delete(id)),
	};
}
