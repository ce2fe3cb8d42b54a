/**
 * GOPRIVATE, GONOPROXY, GONOSUMDB and GOINSECURE are comma-separated lists of path.Match
 * globs, each matched against as many leading path elements of a module path as it has
 * (golang.org/x/mod/module.MatchPrefixPatterns). `corp.example` matches
 * `corp.example/team/lib`; `*.corp.example` matches `git.corp.example/x`; `github.com/acme`
 * matches `github.com/acme/tool` but not `github.com/acmeinc/tool`.
 */
export function matchPrefixPatterns(globs: string, target: string): boolean {
	return matchingPattern(globs, target) !== undefined;
}

/** The first glob of the list that matches, as written. */
export function matchingPattern(globs: string, target: string): string | undefined {
	for (const rawGlob of globs.split(',')) {
		const glob = rawGlob.replace(/\/$/, '');
		if (glob === '') continue;
		let n = [...glob].filter((c) => c === '/').length;
		let prefix = target;
		for (let i = 0; i < target.length; i++) {
			if (target[i] === '/') {
				if (n === 0) {
					prefix = target.slice(0, i);
					break;
				}
				n--;
			}
		}
		if (n > 0) continue;
		if (pathMatch(glob, prefix)) return rawGlob;
	}
	return undefined;
}

/** Go's path.Match: `*` and `?` never cross a `/`; `[^a-z]` classes; `\` escapes. A bad pattern matches nothing. */
export function pathMatch(pattern: string, name: string): boolean {
	const regex = globToRegExp(pattern);
	return regex ? regex.test(name) : false;
}

function globToRegExp(pattern: string): RegExp | null {
	let out = '';
	for (let i = 0; i < pattern.length; i++) {
		const c = pattern[i]!;
		if (c === '*') out += '[^/]*';
		else if (c === '?') out += '[^/]';
		else if (c === '\\') {
			i++;
			if (i >= pattern.length) return null;
			out += escapeRegExp(pattern[i]!);
		} else if (c === '[') {
			const end = classEnd(pattern, i + 1);
			if (end < 0) return null;
			let body = pattern.slice(i + 1, end);
			const negated = body.startsWith('^');
			if (negated) body = body.slice(1);
			if (body === '') return null;
			const escaped = body.replace(/\\(.)/g, (_m, ch: string) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(/[\]^[]/g, '\\$&');
			out += negated ? `[^${escaped}]` : `[${escaped}]`;
			i = end;
		} else out += escapeRegExp(c);
	}
	try {
		return new RegExp(`^${out}$`, 'u');
	} catch {
		return null;
	}
}

function classEnd(pattern: string, from: number): number {
	for (let i = from; i < pattern.length; i++) {
		if (pattern[i] === '\\') i++;
		else if (pattern[i] === ']' && i > from) return i;
	}
	return -1;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
