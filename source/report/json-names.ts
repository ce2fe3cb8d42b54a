/**
 * Field names in every JSON output (`check --json`, `journal --json`, `explain --json`,
 * snapshots): snake_case. The program's own types are camelCase, so each output passes
 * through here on its way out; the published schemas (`schemas/`) hold the result.
 */

/** Only lowerCamel names are ours to rename: `GOPATH`, `core.autocrlf` or `_tone` are data or already fine. */
const LOWER_CAMEL = /^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+$/;

/** `needsAdmin` → `needs_admin`, `validTo` → `valid_to`; any other name as it is. */
export function snakeName(name: string): string {
	return LOWER_CAMEL.test(name) ? name.replace(/[A-Z]/g, (capital) => `_${capital.toLowerCase()}`) : name;
}

export interface SnakeOptions {
	/**
	 * Also write each renamed field under its old camelCase name, after the new ones: outputs
	 * that were published with those names keep them for one more version (the schemas mark
	 * them deprecated), so a consumer reading `needsAdmin` has a release to move.
	 */
	legacy?: boolean;
}

/** A deep copy with object keys in snake_case (see snakeName). Arrays and values are kept as they are. */
export function snakeKeys(value: unknown, options: SnakeOptions = {}): unknown {
	if (Array.isArray(value)) return value.map((item) => snakeKeys(item, options));
	if (!value || typeof value !== 'object') return value;
	const out: Record<string, unknown> = {};
	const renamed: Array<[string, unknown]> = [];
	for (const [key, item] of Object.entries(value)) {
		if (item === undefined) continue;
		const name = snakeName(key);
		const copy = snakeKeys(item, options);
		out[name] = copy;
		if (options.legacy && name !== key) renamed.push([key, copy]);
	}
	for (const [key, copy] of renamed) out[key] = copy;
	return out;
}
