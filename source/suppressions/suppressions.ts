import type {Translator} from '../i18n/index.js';
import type {Finding} from '../model/finding.js';
import {SEVERITY, type Status} from '../model/status.js';

/**
 * A finding the user chose to live with on this machine, with a reason and an optional
 * expiry. It stays visible (dimmed, with the reason) and no longer counts in exit codes.
 * It covers the finding as bad as it was when suppressed: if it gets worse (a warning
 * becomes an error), it counts again, so a suppression never hides a regression.
 */
export interface Suppression {
	/** The finding id (a public contract, so suppressions survive upgrades). */
	id: string;
	reason: string;
	/** Last day it applies, `YYYY-MM-DD` (local date); absent: no expiry. */
	until?: string;
	/** When it was made, ISO 8601. */
	since: string;
	/** The status the finding had when it was suppressed. */
	status: Status;
}

export type SuppressionState =
	| {kind: 'active'; suppression: Suppression}
	| {kind: 'expired'; suppression: Suppression}
	| {kind: 'worse'; suppression: Suppression};

/** `YYYY-MM-DD` of a moment, in local time. */
export function localDate(at: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** How a suppression applies to a finding's current status, today. */
export function suppressionState(suppression: Suppression | undefined, status: Status, now: Date): SuppressionState | undefined {
	if (!suppression) return undefined;
	if (suppression.until && suppression.until < localDate(now)) return {kind: 'expired', suppression};
	if (SEVERITY[status] > SEVERITY[suppression.status]) return {kind: 'worse', suppression};
	return {kind: 'active', suppression};
}

/** One sentence on a suppression and whether it still holds, for screens and reports. */
export function describeSuppression(state: SuppressionState, t: Translator): string {
	const {reason, until, status} = state.suppression;
	switch (state.kind) {
		case 'active':
			return until ? t('ui.suppressed.untilReason', {reason, until}) : t('ui.suppressed.reason', {reason});
		case 'expired':
			return t('ui.suppressed.expired', {until: until ?? '', reason});
		case 'worse':
			return t('ui.suppressed.worse', {was: t(`status.${status}`), reason});
	}
}

export function isSuppressed(state: SuppressionState | undefined): boolean {
	return state?.kind === 'active';
}

/** The statuses that count for the exit code: every finding except the suppressed ones. */
export function countedStatuses(findings: readonly Finding[], suppressions: ReadonlyMap<string, Suppression>, now: Date): Status[] {
	return findings.filter((finding) => !isSuppressed(suppressionState(suppressions.get(finding.id), finding.status, now))).map((finding) => finding.status);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Reads what the user typed as an expiry: empty (none), a date `YYYY-MM-DD`, or a span
 * such as `30d`, `2w`, `30天`, `2周`. A date in the past is refused.
 */
export function parseExpiry(input: string, now: Date): {ok: true; until?: string} | {ok: false} {
	const text = input.trim();
	if (text === '') return {ok: true};
	const span = /^(\d{1,4})\s*(d|w|天|日|周|星期)$/i.exec(text);
	if (span) {
		const days = Number(span[1]) * (/^(w|周|星期)$/i.test(span[2]!) ? 7 : 1);
		if (days < 1) return {ok: false};
		return {ok: true, until: localDate(new Date(now.getTime() + days * DAY_MS))};
	}
	const date = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
	if (!date) return {ok: false};
	const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
	const at = new Date(year, month - 1, day);
	if (at.getFullYear() !== year || at.getMonth() !== month - 1 || at.getDate() !== day) return {ok: false};
	const until = localDate(at);
	return until < localDate(now) ? {ok: false} : {ok: true, until};
}

/** Where suppressions are kept. Reads never create anything; writes go to one file. */
export interface SuppressionStore {
	/** Every suppression, by finding id. */
	list(): ReadonlyMap<string, Suppression>;
	set(suppression: Suppression): Promise<void>;
	remove(id: string): Promise<void>;
	/** The file, for messages. */
	readonly location: string;
	/** Set when the file exists but cannot be read; it is then never overwritten. */
	readonly problem?: string;
}

/** A store in memory: for tests, and for the fake worlds of the UI. */
export function memorySuppressionStore(initial: readonly Suppression[] = [], location = '(memory)'): SuppressionStore {
	const map = new Map(initial.map((s) => [s.id, s]));
	return {
		list: () => new Map(map),
		set: async (s) => void map.set(s.id, s),
		remove: async (id) => void map.delete(id),
		location,
	};
}
