import {Engine} from '../engine/engine.js';
import type {Probe} from '../engine/probe.js';
import type {Facts} from '../facts/facts.js';
import {createTranslator, type Translator} from '../i18n/index.js';
import type {Finding} from '../model/finding.js';
import {PROBES} from '../probes/index.js';
import {Interrupted} from './interrupted.js';
import type {CommandContext} from '../command-context.js';

/**
 * Runs the checks without a UI and returns their findings, for `check` and the other
 * non-interactive commands. JSON is a machine contract: English unless --lang was given.
 * A stop signal (the lifecycle's) stops the checks and throws `Interrupted`: there is no
 * report to give.
 */
export async function runChecks(
	ctx: CommandContext,
	options: {json: boolean; only?: string[]; offline: boolean; probes?: readonly Probe[]},
): Promise<{findings: Finding[]; elapsedMs: number; t: Translator; facts: Facts}> {
	const t = options.json && !ctx.langExplicit ? createTranslator('en') : ctx.t;
	const {lifecycle} = ctx;
	// Stopped already (Ctrl+C while a fix was being applied): the checks would only be cancelled.
	if (lifecycle.stoppedBy) throw new Interrupted(lifecycle.stoppedBy);
	const engine = new Engine({probes: options.probes ?? PROBES, sys: ctx.sys, t, offline: options.offline});
	const stop = () => engine.cancel();
	lifecycle.signal.addEventListener('abort', stop, {once: true});
	// The run's facts, for whatever the command reads after the checks (the user's shell).
	const facts = engine.newFacts();
	try {
		await engine.run(options.only, facts);
	} finally {
		lifecycle.signal.removeEventListener('abort', stop);
	}
	const signal = lifecycle.stoppedBy;
	// Cancelled checks would report the processes we killed as broken tools.
	if (signal) throw new Interrupted(signal);
	const state = engine.getState();
	const findings = engine.findings().filter((finding) => !options.only || options.only.includes(finding.id));
	return {findings, elapsedMs: (state.finishedAt ?? Date.now()) - state.startedAt, t, facts};
}

export function checkIds(): string[] {
	return PROBES.map((probe) => probe.id);
}

/** Splits `--only a,b` and returns the unknown id, if any. */
export function parseOnly(value: string | boolean | undefined): {ids?: string[]; unknown?: string} {
	if (typeof value !== 'string') return {};
	const ids = value
		.split(',')
		.map((id) => id.trim())
		.filter(Boolean);
	const known = checkIds();
	return {ids, unknown: ids.find((id) => !known.includes(id))};
}
