/**
 * The error matcher: names the likely causes in the output of a failed `go` command (or
 * `dlv`, `gopls`, or `git` run by go), so that `explain`, `smoke-build` and any probe that
 * ran a command and got an error say the same thing about the same error.
 *
 *     import {matchErrors, causeText} from '../explain/match.js';
 *
 *     const causes = matchErrors(result.stderr);      // [] when nothing is recognised
 *     for (const cause of causes) {
 *       cause.class;        // 'dns-failure', 'checksum-mismatch', … (a contract: never translated)
 *       cause.line;         // the line it matched, quoted verbatim (secrets redacted, ANSI stripped)
 *       cause.lineNumber;   // 1-based line in `text`; cause.column: 1-based column of the match
 *       cause.checks;       // finding ids that would confirm it here, e.g. ['goproxy', 'proxy-env']
 *       cause.occurrences;  // how many lines showed this class (only the first is quoted)
 *       const {summary, fix} = causeText(t, cause);   // one sentence each, in the user's language
 *     }
 *
 * - Input is any text: a pasted terminal, a build log, stderr. Lines may end in CRLF, carry
 *   colour codes, prompts or PowerShell's error decoration around go's own words.
 * - One cause per class: several errors give several causes, ordered by where each class
 *   first appears; the same error repeated (one per module) is one cause.
 * - One class per line: the first rule of the table (rules.ts) that matches the line wins,
 *   so a DNS lookup that timed out is `dns-failure`, not `timeout`.
 * - Some wordings are only sometimes their cause: a rule may look at the text around the line
 *   (what was set before it, the server's answer below it, the command that was run).
 * - A cause told from a person's words rather than a tool's error ("go get X … not in bin", an
 *   antivirus's detection name) is tried only when no error in the text names a cause.
 * - No recognised error: an empty array. Callers say so plainly.
 * - A server's explanation of its HTTP error (`server response: …`) is not read as a local error.
 * - Pure and synchronous: no I/O, safe on any size of input (lines are scanned one by one).
 */
import type {MessageKey, Translator} from '../i18n/index.js';
import {redactSecrets} from '../redact/secrets.js';
import {RULES, type CauseClass, type Wording} from './rules.js';

export {CAUSE_CLASSES, type CauseClass} from './rules.js';

export interface Cause {
	class: CauseClass;
	/** The matched line as it appeared (trimmed, secrets redacted, cut to ~300 characters around the match). */
	line: string;
	/** 1-based line number in the input. */
	lineNumber: number;
	/** 1-based column of the match in the line. */
	column: number;
	/** Finding ids that would confirm the cause on the user's machine, most telling first. */
	checks: readonly string[];
	/** How many lines of the input showed this class. */
	occurrences: number;
	/** Which family of wording matched: Windows (English or Chinese), Unix, git, or shared. */
	wording: Wording;
	/** Message keys: what the error means, and what to do. Translate with `causeText`. */
	summary: MessageKey;
	fix: MessageKey;
	/** Values for the messages' placeholders (e.g. the GOPRIVATE prefix of a private module). */
	params: Readonly<Record<string, string>>;
}

const MAX_QUOTE = 300;

/**
 * The body a proxy or checksum server sent with an HTTP error (`\tserver response: …`)
 * describes the server's own view ("lookup … no such host" on its side); the cause is the
 * HTTP error line above it.
 */
const SERVER_RESPONSE = /^\s*server response:/;

/** CSI and OSC escape sequences (colours, hyperlinks, titles). */
const ANSI = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\))/g;

/** The causes of the errors in `text`, in order of first appearance; [] when none is known. */
export function matchErrors(text: string): Cause[] {
	const lines = text.split(/\r\n|\r|\n/);
	const causes = scan(text, lines, false);
	// Causes told from a person's words count only where no tool's error names one.
	return causes.length > 0 ? causes : scan(text, lines, true);
}

function scan(text: string, lines: readonly string[], fallback: boolean): Cause[] {
	const causes = new Map<CauseClass, Cause>();
	lines.forEach((raw, index) => {
		const line = raw.replace(ANSI, '');
		if (line.trim() === '' || SERVER_RESPONSE.test(line)) return;
		for (const rule of RULES) {
			for (const pattern of rule.patterns) {
				if (Boolean(pattern.fallback) !== fallback) continue;
				const match = pattern.re.exec(line);
				if (!match) continue;
				const groups = Object.fromEntries(Object.entries(match.groups ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined));
				if (pattern.when && !pattern.when(groups, {text, lines, index})) continue;
				const seen = causes.get(rule.class);
				if (seen) {
					seen.occurrences += 1;
				} else {
					causes.set(rule.class, {
						class: rule.class,
						line: quote(line, match.index),
						lineNumber: index + 1,
						column: match.index + 1,
						checks: rule.checks,
						occurrences: 1,
						wording: pattern.wording,
						summary: `explain.class.${rule.class}.summary`,
						fix: `explain.class.${rule.class}.fix`,
						params: rule.params?.(groups) ?? {},
					});
				}
				return;
			}
		}
	});
	return [...causes.values()].sort((a, b) => a.lineNumber - b.lineNumber || a.column - b.column);
}

/** The cause's meaning and fix, in the translator's language. */
export function causeText(t: Translator, cause: Cause): {summary: string; fix: string} {
	return {summary: t(cause.summary, cause.params), fix: t(cause.fix, cause.params)};
}

/** The line, trimmed and redacted; a long one is cut to a window around the match. */
function quote(line: string, at: number): string {
	let text = line.trim();
	const offset = line.length - line.trimStart().length;
	if (text.length > MAX_QUOTE) {
		const start = Math.max(0, Math.min(at - offset - 80, text.length - MAX_QUOTE));
		text = `${start > 0 ? '…' : ''}${text.slice(start, start + MAX_QUOTE)}${start + MAX_QUOTE < text.length ? '…' : ''}`;
	}
	return redactSecrets(text);
}
