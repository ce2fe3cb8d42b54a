/**
 * Judging a scenario's results: pure functions over the program's JSON report and the
 * lab's own readings, so they can be tested without Wine.
 */
import type {RegistryValue} from '../source/system/registry.js';
import type {Expect, Scenario, Step} from './scenarios.js';

export interface Inventory {
	checks: readonly string[];
	commands: readonly string[];
}

export interface JsonFinding {
	id: string;
	status: string;
	summary: string;
	evidence?: unknown;
	fixes?: Array<{id: string}>;
}

export interface JsonReport {
	platform?: {os?: string};
	findings: JsonFinding[];
}

/**
 * Now and then, under load, Wine fails to start a process and Go says `fork/exec …:
 * Internal error.` (seen once here, in the GOCACHE warm-up of a cold run with the machine
 * loaded; the same build passed when run again). The lab runs such a step once more.
 */
export const WINE_SPAWN_FAILURE = /fork\/exec [^\n]*: Internal error\./;

/**
 * Wine's own loader sometimes fails an assertion of glibc's as a process ends (seen once in a
 * full CI lab run, after the program had printed its whole report): the line below is then all
 * of stderr, and the exit code is Wine's, not the program's.
 */
const WINE_EXIT_ASSERTION = /^Inconsistency detected by ld\.so: dl-fini\.c: \d+: _dl_fini: Assertion .* failed!$/;

/** Whether all a run's stderr is that assertion of Wine's loader. */
export function wineFailedAtExit(stderr: string): boolean {
	const lines = stderr.split(/\r?\n/).filter((line) => line.trim() !== '');
	return lines.length > 0 && lines.every((line) => WINE_EXIT_ASSERTION.test(line.trim()));
}

/** What a scenario needs that the program does not have yet; empty when it can run. */
export function missingForScenario(scenario: Scenario, inventory: Inventory): string[] {
	const missing = new Set<string>();
	for (const step of scenario.steps) {
		if (step.kind !== 'program' && step.kind !== 'terminal') continue;
		const [command, target] = step.argv;
		// Options alone (`--help`) go to the bare command, which is always there.
		if (command === undefined || command.startsWith('-')) continue;
		if (!inventory.commands.includes(command)) missing.add(`command ${command}`);
		else if (command === 'fix' && target && !inventory.checks.includes(target)) missing.add(`check ${target}`);
	}
	return [...missing];
}

/** The expectations of a check step whose check ids the program does not have yet. */
export function pendingChecks(step: Extract<Step, {kind: 'check'}>, inventory: Inventory): string[] {
	return Object.keys(step.expect).filter((id) => !inventory.checks.includes(id));
}

/** True when any string anywhere inside `value` contains `text`. */
export function containsText(value: unknown, text: string): boolean {
	if (typeof value === 'string') return value.includes(text);
	if (Array.isArray(value)) return value.some((item) => containsText(item, text));
	if (value && typeof value === 'object') return Object.values(value).some((item) => containsText(item, text));
	return false;
}

/** Problems with one finding against its expectation; empty when it matches. */
export function judgeFinding(id: string, finding: JsonFinding | undefined, expect: Expect): string[] {
	if (!finding) return [`${id}: no such finding in the report`];
	const problems: string[] = [];
	const statuses = Array.isArray(expect.status) ? expect.status : [expect.status];
	if (!statuses.includes(finding.status as never)) problems.push(`${id}: status ${finding.status}, expected ${statuses.join(' or ')} (summary: ${finding.summary})`);
	if (expect.summary !== undefined && !finding.summary.includes(expect.summary)) problems.push(`${id}: summary lacks ${JSON.stringify(expect.summary)}: ${finding.summary}`);
	if (expect.evidence !== undefined && !containsText(finding.evidence, expect.evidence)) problems.push(`${id}: evidence lacks ${JSON.stringify(expect.evidence)}`);
	if (expect.fix !== undefined && !(finding.fixes ?? []).some((fix) => fix.id === expect.fix)) {
		problems.push(`${id}: offers no fix ${expect.fix} (offers: ${(finding.fixes ?? []).map((fix) => fix.id).join(', ') || 'none'})`);
	}
	return problems;
}

/** Problems with a whole `check --json` run. */
export function judgeCheck(
	step: Extract<Step, {kind: 'check'}>,
	inventory: Inventory,
	run: {code: number | null; stdout: string; stderr: string},
): {problems: string[]; pending: string[]} {
	const pending = pendingChecks(step, inventory);
	let report: JsonReport;
	try {
		report = JSON.parse(run.stdout) as JsonReport;
	} catch {
		return {problems: [`check --json printed no JSON (exit ${run.code}): ${firstLines(run.stderr || run.stdout)}`], pending};
	}
	const problems: string[] = [];
	if (report.platform?.os !== 'win32') problems.push(`the report says platform ${report.platform?.os}, not win32`);
	if (run.stderr.trim() !== '') problems.push(`stderr is not empty: ${firstLines(run.stderr)}`);
	// A check the program lacks yet may well change the exit code: judged only when all can run.
	const exitCodes = Array.isArray(step.exitCode) ? step.exitCode : [step.exitCode];
	if (pending.length === 0 && !exitCodes.includes(run.code as number)) problems.push(`exit code ${run.code}, expected ${exitCodes.join(' or ')}`);
	const byId = new Map(report.findings.map((finding) => [finding.id, finding]));
	for (const [id, expect] of Object.entries(step.expect)) {
		if (!pending.includes(id)) problems.push(...judgeFinding(id, byId.get(id), expect));
	}
	problems.push(...leaks({stdout: run.stdout, stderr: run.stderr}, step.lacks ?? []));
	if (step.noErrors) {
		for (const finding of report.findings) {
			if (finding.status === 'error' || finding.status === 'failed') problems.push(`${finding.id}: ${finding.status} in a scenario that must have none (summary: ${finding.summary})`);
		}
	}
	return {problems, pending};
}

/** Where any of `secrets` appears in the named outputs, with a little context; empty when nowhere. */
export function leaks(outputs: Record<string, string>, secrets: readonly string[]): string[] {
	const problems: string[] = [];
	for (const secret of secrets) {
		if (secret === '') continue;
		for (const [name, text] of Object.entries(outputs)) {
			const at = text.indexOf(secret);
			if (at >= 0) problems.push(`${name} holds the planted secret ${JSON.stringify(secret)}: …${JSON.stringify(text.slice(Math.max(0, at - 40), at + secret.length + 20))}…`);
		}
	}
	return problems;
}

/** Every `{port}` in the strings of `value` (a scenario's world or steps) replaced with `port`. */
export function withPort<T>(value: T, port: number): T {
	if (typeof value === 'string') return value.replaceAll('{port}', String(port)) as T;
	if (Array.isArray(value)) return value.map((item: unknown) => withPort(item, port)) as T;
	if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
		return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withPort(item, port)])) as T;
	}
	return value;
}

function firstLines(text: string): string {
	return text.split(/\r?\n/).filter(Boolean).slice(0, 3).join(' | ').slice(0, 400);
}

/** Differences between two sets of registry values, matched by name without regard to case. */
export function diffValues(label: string, actual: RegistryValue[] | null, expected: RegistryValue[]): string[] {
	if (!actual) return [`${label}: key not found`];
	const problems: string[] = [];
	const byName = new Map(actual.map((value) => [value.name.toLowerCase(), value]));
	for (const want of expected) {
		const got = byName.get(want.name.toLowerCase());
		if (!got) problems.push(`${label}: ${want.name} is missing`);
		else if (got.type !== want.type) problems.push(`${label}: ${want.name} is ${describe(got)}, expected ${describe(want)}`);
		else if (got.data !== want.data) problems.push(`${label}: ${want.name} (${got.type}) ${firstDifference(got.data, want.data)}`);
	}
	return problems;
}

/** Where two strings first differ, with a little context, for values too long to print. */
export function firstDifference(actual: string, expected: string): string {
	let index = 0;
	while (index < actual.length && index < expected.length && actual[index] === expected[index]) index++;
	const around = (text: string) => JSON.stringify(text.slice(Math.max(0, index - 20), index + 20));
	return `differs at character ${index} of ${actual.length} (expected ${expected.length}): ${around(actual)}, expected ${around(expected)}`;
}

export function describe(value: RegistryValue): string {
	const data = value.data.length > 120 ? `${value.data.slice(0, 60)}…${value.data.slice(-40)} (${value.data.length} chars)` : value.data;
	return `${value.type} ${JSON.stringify(data)}`;
}
