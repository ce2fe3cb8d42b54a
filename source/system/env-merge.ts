/**
 * Applies overrides to an environment. On Windows names are case-insensitive: `{...env,
 * PATH: x}` would leave both `Path` and `PATH`, and Node then picks one of them by sort
 * order. So every key that matches case-insensitively is removed before the override is set.
 */
export function mergeEnv(
	base: Readonly<Record<string, string>>,
	overrides: Readonly<Record<string, string | undefined>>,
	caseInsensitive: boolean,
): Record<string, string> {
	const result: Record<string, string> = {...base};
	for (const [name, value] of Object.entries(overrides)) {
		if (caseInsensitive) {
			const upper = name.toUpperCase();
			for (const key of Object.keys(result)) if (key.toUpperCase() === upper) delete result[key];
		} else {
			delete result[name];
		}
		if (value !== undefined) result[name] = value;
	}
	return result;
}
