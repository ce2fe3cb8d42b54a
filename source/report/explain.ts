import {causeText, type Cause} from '../explain/match.js';
import type {Translator} from '../i18n/index.js';
import {spaced} from '../layout/lines.js';
import {redactSecrets} from '../redact/secrets.js';
import {commandLine, defaultShell} from '../shell/syntax.js';
import {TOOL_NAME} from '../version.js';

/**
 * What `explain` (the command, the REPL's `explain`, and the REPL after a failed `go`) says
 * about the causes the matcher found in a pasted error. `knownChecks` are the ids of the
 * checks this program has: a cause names only those as the checks that would confirm it.
 */

export const EXPLAIN_JSON_VERSION = 1;

/** A cause's words, with any secret they quote from the paste dropped (the line already is). */
function shownText(t: Translator, cause: Cause): {summary: string; fix: string} {
	const {summary, fix} = causeText(t, cause);
	return {summary: redactSecrets(summary), fix: redactSecrets(fix)};
}

/** The contract of schemas/explain.schema.json. */
export function explainJson(t: Translator, causes: readonly Cause[]) {
	return {
		schema_version: EXPLAIN_JSON_VERSION,
		causes: causes.map((cause) => {
			const {summary, fix} = shownText(t, cause);
			return {class: cause.class, line: cause.line, line_number: cause.lineNumber, checks: cause.checks, summary, fix};
		}),
	};
}

/** The causes as text for a person: each with its line, what it means, the fix and the checks. */
export function explainText(t: Translator, causes: readonly Cause[], platform: string, knownChecks: readonly string[]): string {
	if (causes.length === 0) return t('explain.none') + '\n';
	const known = new Set(knownChecks);
	const out = [t('explain.heading', {count: causes.length}), ''];
	causes.forEach((cause, index) => {
		const {summary, fix} = shownText(t, cause);
		const where = t('text.inParens', {text: t('explain.line', {line: cause.lineNumber})});
		const repeated = cause.occurrences > 1 ? t('explain.repeated', {count: cause.occurrences}) : '';
		out.push(`${index + 1}. ${cause.class}  ${spaced(where, repeated).trimEnd()}`);
		out.push(`   > ${cause.line}`, `   ${summary}`, `   ${t('explain.fix', {fix})}`);
		const checks = cause.checks.filter((id) => known.has(id));
		if (checks.length > 0) {
			const command = commandLine(defaultShell(platform), [TOOL_NAME, 'check', '--only', checks.join(',')]);
			out.push(`   ${t('explain.checks', {command})}`);
		}
		out.push('');
	});
	return out.join('\n');
}
