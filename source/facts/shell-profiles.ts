import type {Facts} from './facts.js';

/**
 * Lines in the user's shell profiles that export a variable, found as data (nothing is
 * edited here): `export NAME=value`, `declare -x NAME=value`, `NAME=value; export NAME`, and
 * fish's `set -gx NAME value`. Read on Linux and macOS, and on Windows under Git Bash, whose
 * bash reads the same files from the user's home.
 */

/** Relative to the home folder, in the order a login shell tends to read them. */
export const PROFILE_FILES = ['.profile', '.bash_profile', '.bashrc', '.zprofile', '.zshrc', '.config/fish/config.fish'] as const;

export interface ProfileLine {
	/** Absolute path of the profile. */
	file: string;
	/** 1-based. */
	lineNumber: number;
	/** The whole line, exactly as in the file (without its line ending). */
	line: string;
	name: string;
	/** The value as written, outer quotes removed; `$HOME` and the like are not expanded. */
	value: string;
}

const POSIX_EXPORT = /^\s*(?:export|declare\s+-x|typeset\s+-x)\s+([A-Za-z_][A-Za-z0-9_]*)=(.*)$/;
const POSIX_ASSIGN_EXPORT = /^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*?)\s*;\s*export\s+\1\s*$/;
const FISH_SET = /^\s*set\s+((?:-[a-zA-Z]+\s+|--[a-z]+\s+)*)([A-Za-z_][A-Za-z0-9_]*)(?:\s+(.*))?$/;

function unquote(value: string): string {
	const trimmed = value.replace(/\s+#.*$/, '').trim();
	const m = /^"(.*)"$|^'(.*)'$/.exec(trimmed);
	return m ? (m[1] ?? m[2] ?? '') : trimmed;
}

export function parseProfile(file: string, content: string): ProfileLine[] {
	const fish = file.endsWith('.fish');
	const found: ProfileLine[] = [];
	content.split(/\r?\n/).forEach((line, i) => {
		if (/^\s*#/.test(line)) return;
		if (fish) {
			const m = FISH_SET.exec(line);
			const flags = m?.[1] ?? '';
			if (m && (/(?:^|\s)-[a-zA-Z]*x/.test(flags) || /--export\b/.test(flags))) {
				found.push({file, lineNumber: i + 1, line, name: m[2]!, value: unquote(m[3] ?? '')});
			}
			return;
		}
		const m = POSIX_EXPORT.exec(line) ?? POSIX_ASSIGN_EXPORT.exec(line);
		if (m) found.push({file, lineNumber: i + 1, line, name: m[1]!, value: unquote(m[2]!)});
	});
	return found;
}

/** The profiles that exist, with their text; read once per run. */
function profileContents(facts: Facts): Promise<Array<{file: string; content: string}>> {
	return facts.once('profile-contents', async () => {
		const {sys} = facts;
		if (sys.platform === 'win32' && !sys.getenv('MSYSTEM')) return [];
		const home = sys.homedir();
		const files = await Promise.all(
			PROFILE_FILES.map(async (relative) => {
				const file = sys.path.join(home, ...relative.split('/'));
				const content = await sys.readFile(file);
				return content === null ? [] : [{file, content}];
			}),
		);
		return files.flat();
	});
}

/** Every exporting line in every profile that exists. */
export async function profileLines(facts: Facts): Promise<ProfileLine[]> {
	return (await profileContents(facts)).flatMap(({file, content}) => parseProfile(file, content));
}

/** The lines that export `name`, in file order. */
export async function profileLinesFor(facts: Facts, name: string): Promise<ProfileLine[]> {
	return (await profileLines(facts)).filter((line) => line.name === name);
}

/**
 * Lines (not comments) that name a folder, as written or under the home folder as `$HOME/…`,
 * `${HOME}/…` or `~/…`: how a profile adds it to PATH (`export PATH=…`, `fish_add_path …`).
 */
export async function profileMentions(facts: Facts, folder: string): Promise<Array<{file: string; lineNumber: number; line: string}>> {
	const home = facts.sys.homedir();
	const rest = folder.startsWith(home + '/') ? folder.slice(home.length) : null;
	const forms = [folder, ...(rest ? [`$HOME${rest}`, `\${HOME}${rest}`, `~${rest}`] : [])];
	return (await profileContents(facts)).flatMap(({file, content}) =>
		content.split(/\r?\n/).flatMap((line, i) => (!/^\s*#/.test(line) && forms.some((f) => line.includes(f)) ? [{file, lineNumber: i + 1, line}] : [])),
	);
}
