import type {System} from '../system/types.js';

/** The PATH list separator of a platform. */
export function pathDelimiter(platform: string): string {
	return platform === 'win32' ? ';' : ':';
}

/** Splits a PATH value into entries, keeping empty entries (they are findings too). */
export function splitPathList(value: string, platform: string): string[] {
	if (value === '') return [];
	return value.split(pathDelimiter(platform));
}

/** The executable file names to try for a command, in the order the shell tries them. */
export function candidateNames(sys: System, name: string): string[] {
	if (sys.platform !== 'win32') return [name];
	const pathext = (sys.getenv('PATHEXT') || '.COM;.EXE;.BAT;.CMD')
		.split(';')
		.filter(Boolean)
		.map((ext) => ext.toLowerCase());
	// A name that already has an extension from PATHEXT is tried as is.
	if (pathext.some((ext) => name.toLowerCase().endsWith(ext))) return [name];
	return pathext.map((ext) => name + ext);
}

async function isExecutableFile(sys: System, file: string): Promise<boolean> {
	const info = await sys.stat(file);
	if (!info || info.kind !== 'file') return false;
	return sys.platform === 'win32' || (info.mode & 0o111) !== 0;
}

/**
 * Every file a PATH search for `name` would consider, in search order: the first is the
 * one that runs. Done in-process (no `where`/`which` spawn). Relative entries are resolved
 * against the current folder, as the OS loader does.
 */
export async function findAllOnPath(sys: System, name: string, pathValue = sys.getenv('PATH') ?? ''): Promise<string[]> {
	const hits: string[] = [];
	const seen = new Set<string>();
	for (const entry of splitPathList(pathValue, sys.platform)) {
		const dir = entry.replace(/^"(.*)"$/, '$1');
		if (dir === '') continue;
		for (const candidate of candidateNames(sys, name)) {
			const file = sys.path.resolve(sys.cwd(), dir, candidate);
			const key = sys.platform === 'win32' ? file.toLowerCase() : file;
			if (seen.has(key)) continue;
			if (await isExecutableFile(sys, file)) {
				seen.add(key);
				hits.push(file);
				break;
			}
		}
	}
	return hits;
}
