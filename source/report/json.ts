import {createTranslator, type Translator} from '../i18n/index.js';
import {renderText} from '../i18n/text.js';
import type {StoredEntry} from '../journal/schema.js';
import type {Finding} from '../model/finding.js';
import type {ReportMeta} from './meta.js';
import {redactDeep, redactSecrets} from '../redact/secrets.js';
import type {Evidence} from '../model/finding.js';
import {snakeKeys, snakeName} from './json-names.js';
import {suppressionState, type Suppression, type SuppressionState} from '../suppressions/suppressions.js';

export const SCHEMA_VERSION = 1;

/**
 * The machine contract of `check --json` (`schemas/check.schema.json`). Ids, statuses and
 * structure never change within a schema_version; human-readable fields are English unless
 * --lang was given. Every field is snake_case; the camelCase names version 1 was first
 * published with (`needsAdmin`, `exitCode`…) are still written beside them, deprecated.
 */
export function jsonReport(
	findings: readonly Finding[],
	meta: ReportMeta,
	options: {suppressions?: ReadonlyMap<string, Suppression>; now?: Date; interrupted?: readonly StoredEntry[]} = {},
) {
	const suppression = (finding: Finding) => suppressionState(options.suppressions?.get(finding.id), finding.status, options.now ?? new Date());
	return {
		schema_version: SCHEMA_VERSION,
		tool: meta.tool,
		platform: meta.platform,
		language: meta.lang,
		duration_ms: Math.round(meta.elapsedMs),
		findings: findings.map((finding) => ({
			id: finding.id,
			title: finding.title,
			family: finding.family,
			status: finding.status,
			summary: finding.summary,
			...(finding.why ? {why: finding.why} : {}),
			...(finding.docUrl ? {doc_url: finding.docUrl} : {}),
			evidence: snakeKeys(finding.evidence.map(tableKeys), LEGACY),
			// A fix holds the real values it writes and puts back (a GOPROXY with its token): not for a log.
			fixes: snakeKeys(redactDeep(finding.fixes), LEGACY),
			duration_ms: finding.duration_ms,
			// A suppressed finding keeps its real status; it just does not count in the exit code.
			suppressed: suppression(finding)?.kind === 'active',
			...suppressionField(suppression(finding)),
		})),
		// Fixes a process left half done on this machine (absent for a snapshot of another one).
		...(options.interrupted ? {interrupted_fixes: options.interrupted.map((entry) => interruptedFix(entry, createTranslator(meta.lang)))} : {}),
	};
}

/** Version 1 was first published with some camelCase names: they stay readable, deprecated, until version 2. */
const LEGACY = {legacy: true} as const;

/** A table's rows are keyed by its column keys: those are renamed with the rows, so they still match. */
function tableKeys(evidence: Evidence): Evidence {
	return evidence.kind === 'table' ? {...evidence, columns: evidence.columns.map((column) => ({...column, key: snakeName(column.key)}))} : evidence;
}

/** `suppression`: the user's reason and dates, and whether it still holds (`active`) or lapsed. */
function suppressionField(state: SuppressionState | undefined) {
	if (!state) return {};
	const {reason, since, until} = state.suppression;
	return {suppression: {state: state.kind, reason, since, ...(until ? {until} : {})}};
}

/** A journal entry left pending by a process that is gone: what it was and when it started. */
function interruptedFix(entry: StoredEntry, t: Translator) {
	return {
		entry: entry.id,
		action: entry.action,
		finding_id: entry.findingId,
		fix_id: entry.fixId,
		title: redactSecrets(renderText(t, entry.title)),
		started_at: entry.createdAt,
		...(entry.action === 'fix' ? {} : {undoes: entry.undoes}),
	};
}
