/**
 * A journal entry number as typed on the command line: digits only, and small enough to be
 * exact (`100000000000000000000000` would become 1e+23 and name an entry nobody has).
 * Undefined for anything else, which the commands report as a usage error (exit 2).
 */
export function parseEntryNumber(raw: string): number | undefined {
	if (!/^\d{1,15}$/.test(raw)) return undefined;
	const id = Number(raw);
	return id >= 1 ? id : undefined;
}
