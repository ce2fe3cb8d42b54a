import {isAbsent} from '../system/types.js';
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

/** A profile that may be there but could not be read (EACCES, EISDIR, EIO…): what it sets is unknown. */
export interface UnreadableProfile {
	file: string;
	code: string;
}

interface ProfileReads {
	read: Array<{file: string; content: string}>;
	unreadable: UnreadableProfile[];
}

/**
 * The profiles that exist, with their text, and those that could not be read; read once per
 * run. Absent (ENOENT, ENOTDIR) is not the same as unreadable: a check that found no line
 * must not say "not set" when a profile it could not read may hold one.
 */
function profileReads(facts: Facts): Promise<ProfileReads> {
	return facts.once('profile-contents', async () => {
		const {sys} = facts;
		if (sys.platform === 'win32' && !sys.getenv('MSYSTEM')) return {read: [], unreadable: []};
		const home = sys.homedir();
		const answers = await Promise.all(
			PROFILE_FILES.map(async (relative) => {
				const file = sys.path.join(home, ...relative.split('/'));
				return {file, answer: await sys.readText(file)};
			}),
		);
		return {
			read: answers.flatMap(({file, answer}) => (answer.ok ? [{file, content: answer.value}] : [])),
			unreadable: answers.flatMap(({file, answer}) => (!answer.ok && !isAbsent(answer.code) ? [{file, code: answer.code}] : [])),
		};
	});
}

async function profileContents(facts: Facts): Promise<Array<{file: string; content: string}>> {
	return (await profileReads(facts)).read;
}

/** The profiles that may be there but could not be read, in PROFILE_FILES order. */
export async function unreadableProfiles(facts: Facts): Promise<UnreadableProfile[]> {
	return (await profileReads(facts)).unreadable;
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
