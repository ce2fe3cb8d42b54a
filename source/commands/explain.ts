import {spaced} from '../layout/lines.js';
import {causeText, matchErrors, type Cause} from '../explain/match.js';
import {createTranslator, type Translator} from '../i18n/index.js';
import {redactSecrets} from '../redact/secrets.js';
import {commandLine, defaultShell} from '../shell/syntax.js';
import {TOOL_NAME} from '../version.js';
import {CHECK_OPTIONS} from './check.js';
import {readInput} from './from-option.js';
import {checkIds} from './run-checks.js';
import type {Command} from './types.js';

const EXPLAIN_JSON_VERSION = 1;

/**
 * `explain [file|-]`: the likely causes of a pasted error, each with the line it was found
 * on, the checks that would confirm it on the machine, and the fix.
 */
export const explainCommand: Command = {
	name: 'explain',
	help: 'explain.help',
	options: {json: CHECK_OPTIONS.json},
	maxPositionals: 1,
	async run(ctx) {
		const file = ctx.positionals[0] ?? '-';
		const input = await readInput(ctx, file);
		if (!input.ok) {
			ctx.io.stderr.write(`${TOOL_NAME}: ${ctx.t(input.message, input.params)}\n`);
			return 2;
		}
		const causes = matchErrors(input.text);
		// JSON is a machine contract: English unless --lang was given.
		const t = ctx.values.json === true && !ctx.langExplicit ? createTranslator('en') : ctx.t;
		if (ctx.values.json === true) {
			// The contract of schemas/explain.schema.json.
			const report = {
				schema_version: EXPLAIN_JSON_VERSION,
				causes: causes.map((cause) => {
					const {summary, fix} = shownText(t, cause);
					return {class: cause.class, line: cause.line, line_number: cause.lineNumber, checks: cause.checks, summary, fix};
				}),
			};
			ctx.io.stdout.write(JSON.stringify(report, null, 2) + '\n');
			return 0;
		}
		ctx.io.stdout.write(explainText(t, causes, ctx.sys.platform));
		return 0;
	},
};

/** A cause's words, with any secret they quote from the paste dropped (the line already is). */
function shownText(t: Translator, cause: Cause): {summary: string; fix: string} {
	const {summary, fix} = causeText(t, cause);
	return {summary: redactSecrets(summary), fix: redactSecrets(fix)};
}

/** The causes as text for a person: each with its line, what it means, the fix and the checks. */
export function explainText(t: Translator, causes: readonly Cause[], platform: string): string {
	if (causes.length === 0) return t('explain.none') + '\n';
	const known = new Set(checkIds());
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
