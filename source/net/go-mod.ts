/**
 * The parts of a go.mod file that decide what go will fetch: the module path, `require`
 * lines (single or in blocks), and `replace` directives. Tokens may be quoted with `"` or
 * backquotes; `//` starts a comment (`// indirect` marks indirect requirements).
 */

export interface Requirement {
	path: string;
	version: string;
	indirect: boolean;
	/** 1-based line in go.mod. */
	line: number;
}

export interface Replacement {
	oldPath: string;
	oldVersion?: string;
	newPath: string;
	newVersion?: string;
}

export interface GoMod {
	module?: string;
	requires: Requirement[];
	replaces: Replacement[];
}

export function parseGoMod(text: string): GoMod {
	const mod: GoMod = {requires: [], replaces: []};
	let block: string | null = null;
	text.split(/\r?\n/).forEach((raw, index) => {
		const comment = raw.indexOf('//');
		const code = (comment >= 0 ? raw.slice(0, comment) : raw).trim();
		const indirect = comment >= 0 && /^\/\/\s*indirect\b/.test(raw.slice(comment));
		if (code === '') return;
		if (block) {
			if (code === ')') {
				block = null;
				return;
			}
			directive(mod, block, tokens(code), indirect, index + 1);
			return;
		}
		const words = tokens(code);
		if (words[1] === '(' && words.length === 2) {
			block = words[0]!;
			return;
		}
		directive(mod, words[0]!, words.slice(1), indirect, index + 1);
	});
	return mod;
}

function directive(mod: GoMod, verb: string, args: string[], indirect: boolean, line: number): void {
	if (verb === 'module' && args[0]) mod.module = args[0];
	else if (verb === 'require' && args.length >= 2) mod.requires.push({path: args[0]!, version: args[1]!, indirect, line});
	else if (verb === 'replace') {
		const arrow = args.indexOf('=>');
		if (arrow < 1) return;
		const [oldPath, oldVersion] = args.slice(0, arrow);
		const [newPath, newVersion] = args.slice(arrow + 1);
		if (!oldPath || !newPath) return;
		mod.replaces.push({oldPath, ...(oldVersion ? {oldVersion} : {}), newPath, ...(newVersion ? {newVersion} : {})});
	}
}

function tokens(code: string): string[] {
	const out: string[] = [];
	const re = /"((?:[^"\\]|\\.)*)"|`([^`]*)`|(=>)|(\S+?)(?==>|\s|$)/g;
	for (let match = re.exec(code); match; match = re.exec(code)) {
		out.push(match[1] !== undefined ? match[1].replace(/\\(.)/g, '$1') : (match[2] ?? match[3] ?? match[4]!));
	}
	return out;
}

/** A replacement by a folder (`./x`, `../x`, `/abs`, `C:\x`): nothing is fetched for it. */
export function isLocalPath(target: string): boolean {
	return /^(?:\.\.?(?:[\\/]|$)|[\\/]|[A-Za-z]:[\\/])/.test(target);
}

/** The modules go would fetch for the requirements, after `replace`; local replacements are dropped. */
export function fetchedModules(mod: GoMod): Array<{path: string; version: string; requiredAs: string; line: number}> {
	const out: Array<{path: string; version: string; requiredAs: string; line: number}> = [];
	for (const req of mod.requires) {
		const replacement =
			mod.replaces.find((r) => r.oldPath === req.path && r.oldVersion === req.version) ?? mod.replaces.find((r) => r.oldPath === req.path && r.oldVersion === undefined);
		if (replacement && isLocalPath(replacement.newPath)) continue;
		if (replacement) out.push({path: replacement.newPath, version: replacement.newVersion ?? req.version, requiredAs: req.path, line: req.line});
		else out.push({path: req.path, version: req.version, requiredAs: req.path, line: req.line});
	}
	return out;
}

/** The first element of a module path: the host go asks (`git.corp.example/team/lib` → `git.corp.example`). */
export function moduleHost(path: string): string {
	return path.split('/')[0]!.toLowerCase();
}

/** The go.mod of the module the current folder is in (go env GOMOD), parsed; null outside a module. */
export function currentGoMod(facts: import('../facts/facts.js').Facts): Promise<{file: string; mod: GoMod} | null> {
	return facts.once('current-go-mod', async () => {
		const goEnv = await facts.goEnv();
		const file = goEnv?.ok ? goEnv.values.GOMOD ?? '' : '';
		if (!file || file === '/dev/null' || file.toUpperCase() === 'NUL') return null;
		const text = await facts.sys.readFile(file);
		return text === null ? null : {file, mod: parseGoMod(text)};
	});
}
