import type {Finding} from '../../source/model/finding.js';

/**
 * Findings with timing taken out, for record/replay comparisons: each finding's own
 * duration, and the latencies network checks measure and show ("4 ms"). Everything else
 * must match exactly.
 */
export function withoutTimings(findings: readonly Finding[]): Finding[] {
	const zeroed = findings.map((finding) => ({...finding, duration_ms: 0}));
	return JSON.parse(JSON.stringify(zeroed).replace(/"\d+ ms"/g, '"N ms"')) as Finding[];
}
