import {readFileSync} from 'node:fs';
import {Ajv2020} from 'ajv/dist/2020.js';
import checkSchema from '../../schemas/check.schema.json' with {type: 'json'};
import explainSchema from '../../schemas/explain.schema.json' with {type: 'json'};
import journalSchema from '../../schemas/journal.schema.json' with {type: 'json'};
import snapshotSchema from '../../schemas/snapshot.schema.json' with {type: 'json'};
import {snakeName} from '../../source/report/json-names.js';

/**
 * The one door every test (and the Windows lab) reads the program's JSON through: the text is
 * parsed, validated against the schema shipped in `schemas/`, and every field name is checked
 * to be snake_case (a camelCase name passes only as the deprecated twin of a snake_case field
 * with the same value). So the published schemas hold for every JSON output the suite makes.
 */
export type Contract = 'check' | 'journal' | 'explain' | 'snapshot';

const SCHEMAS: Record<Contract, object> = {check: checkSchema, journal: journalSchema, explain: explainSchema, snapshot: snapshotSchema};

// strict: a keyword the validator does not know is an error in the schema, not ignored. (A
// required name may be declared beside the branch that requires it: snapshot's anyOf.)
const ajv = new Ajv2020({strict: true, strictRequired: false, allErrors: true, allowUnionTypes: true});
const validators = Object.fromEntries(Object.entries(SCHEMAS).map(([name, schema]) => [name, ajv.compile(schema)])) as Record<Contract, ReturnType<typeof ajv.compile>>;

/**
 * Parts of a snapshot that are data keyed by the machine's own names (environment variables,
 * registry keys, file paths, the System port's method names and its recorded answers): their
 * keys are not field names.
 */
const DATA_MAPS: Record<Contract, RegExp[]> = {
	check: [],
	journal: [],
	explain: [],
	snapshot: [/^shape$/, /^calls\.\d+\.(args|result)$/, /^env$/, /^registry$/, /^files$/, /^where$/],
};

/** Field names that are not snake_case and not a deprecated twin, with where they are. */
export function namingProblems(contract: Contract, value: unknown, at = ''): string[] {
	if (DATA_MAPS[contract].some((pattern) => pattern.test(at))) return [];
	if (Array.isArray(value)) return value.flatMap((item, i) => namingProblems(contract, item, at ? `${at}.${i}` : String(i)));
	if (!value || typeof value !== 'object') return [];
	const record = value as Record<string, unknown>;
	const problems: string[] = [];
	for (const [key, item] of Object.entries(record)) {
		const where = at ? `${at}.${key}` : key;
		const snake = /^_?[a-z][a-z0-9_.]*$/.test(key);
		const twin = snakeName(key);
		if (!snake && !(twin !== key && twin in record && JSON.stringify(record[twin]) === JSON.stringify(item))) problems.push(`${where}: not snake_case`);
		problems.push(...namingProblems(contract, item, where));
	}
	return problems;
}

/** Problems of a parsed output against its contract; empty when it holds. */
export function contractProblems(contract: Contract, value: unknown): string[] {
	const validate = validators[contract];
	const schemaErrors = validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
	return [...schemaErrors, ...namingProblems(contract, value)];
}

/** Parses the program's output and fails unless it holds to its published contract. */
export function ourJson<T = any>(contract: Contract, text: string): T {
	const value = JSON.parse(text) as unknown;
	const problems = contractProblems(contract, value);
	if (problems.length > 0) throw new Error(`the ${contract} JSON breaks schemas/${contract}.schema.json:\n  ${problems.slice(0, 20).join('\n  ')}`);
	return value as T;
}

/** A JSON file the program wrote (a snapshot), read through its contract. */
export function readOurJson<T = any>(contract: Contract, file: string): T {
	return ourJson<T>(contract, readFileSync(file, 'utf8'));
}

/** Which contract a command line's standard output follows, if it prints JSON. */
export function contractOfArgs(args: readonly string[]): Contract | undefined {
	const words = args.filter((arg) => !arg.startsWith('-'));
	const outputIndex = args.findIndex((arg) => arg === '-o' || arg === '--output');
	if (words[0] === 'snapshot') return outputIndex >= 0 && args[outputIndex + 1] === '-' ? 'snapshot' : undefined;
	if (!args.includes('--json')) return undefined;
	if (words[0] === 'journal') return 'journal';
	if (words[0] === 'explain') return 'explain';
	return 'check';
}

/** Which contract a parsed output follows, from its own shape (for outputs read without the command line). */
export function contractOfValue(value: unknown): Contract | undefined {
	if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
	const record = value as Record<string, unknown>;
	if (record.format === 'goenv-tui-snapshot') return 'snapshot';
	if ('causes' in record) return 'explain';
	if ('findings' in record) return 'check';
	if ('entries' in record && 'pending' in record) return 'journal';
	return undefined;
}
