import {Engine} from '../engine/engine.js';
import type {Probe} from '../engine/probe.js';
import {createTranslator, type Translator} from '../i18n/index.js';
import type {Finding} from '../model/finding.js';
import {PROBES} from '../probes/index.js';
import type {CommandContext} from './types.js';

/**
 * Runs the checks without a UI and returns their findings, for `check` and the other
 * non-interactive commands. JSON is a machine contract: English unless --lang was given.
 */
export async function runChecks(ctx: CommandContext, options: {json: boolean; only?: string[]; offline: boolean; probes?: readonly Probe[]}): Promise<{findings: Finding[]; elapsedMs: number; t: Translator}> {
	const t = options.json && !ctx.langExplicit ? createTranslator('en') : ctx.t;
	const engine = new Engine({probes: options.probes ?? PROBES, sys: ctx.sys, t, offline: options.offline});
	const stop = () => engine.cancel();
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
	try {
		await engine.run(options.only);
	} finally {
		process.off('SIGINT', stop);
		process.off('SIGTERM', stop);
	}
	const state = engine.getState();
	const findings = engine.findings().filter((finding) => !options.only || options.only.includes(finding.id));
	return {findings, elapsedMs: (state.finishedAt ?? Date.now()) - state.startedAt, t};
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
