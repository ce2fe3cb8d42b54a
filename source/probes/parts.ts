import {SEVERITY, type Status} from '../model/status.js';
import {joinClauses, type Translator} from '../i18n/index.js';

/** One thing a check found; a finding may gather several. */
export interface Part {
	status: Status;
	text: string;
}

/** The worst status among the parts (`ok` when there are none). */
export function worstStatus(parts: readonly Part[]): Status {
	return parts.reduce<Status>((acc, p) => (SEVERITY[p.status] > SEVERITY[acc] ? p.status : acc), 'ok');
}

/** The parts' texts, worst first, as one summary line. */
export function partsSummary(t: Translator, parts: readonly Part[]): string {
	return joinClauses(
		t,
		[...parts].sort((a, b) => SEVERITY[b.status] - SEVERITY[a.status]).map((p) => p.text),
	);
}
