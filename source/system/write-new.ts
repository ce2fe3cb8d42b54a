import type {System} from './types.js';

/**
 * Writes `text` to a new file: `file` itself, or `name-2.ext`, `name-3.ext`… when it exists
 * (two reports in the same minute). Never replaces anything; creates the folder if needed.
 * Returns the file written.
 */
export async function writeNewFile(sys: System, file: string, text: string, options: {mode?: number} = {}): Promise<string> {
	await sys.mkdir(sys.path.dirname(file));
	const extension = sys.path.extname(file);
	const stem = file.slice(0, file.length - extension.length);
	for (let n = 1; ; n++) {
		const candidate = n === 1 ? file : `${stem}-${n}${extension}`;
		try {
			await sys.writeFile(candidate, text, {...options, exclusive: true});
			return candidate;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || n >= 1000) throw error;
		}
	}
}
