import {describe, expect, it, vi} from 'vitest';
import {Engine} from '../../source/engine/engine.js';
import type {Probe} from '../../source/engine/probe.js';
import {createTranslator} from '../../source/i18n/index.js';
import {createFakeSystem} from '../../source/system/fake-system.js';
import {controllableProbes} from '../helpers/probes.js';
import {settle} from '../helpers/deferred.js';

const t = createTranslator('en');
const sys = createFakeSystem();

function manualScheduler() {
	const queue: Array<() => void> = [];
	return {
		schedule: (flush: () => void) => queue.push(flush),
		flushAll: () => queue.splice(0).forEach((flush) => flush()),
		get pending() {
			return queue.length;
		},
	};
}

describe('Engine', () => {
	it('starts every probe at once and keeps rows in probe order whatever order they finish in', async () => {
		const c = controllableProbes(['a', 'b', 'c']);
		const engine = new Engine({probes: c.probes, sys, t, scheduleFlush: (f) => f()});
		const done = engine.run();
		await settle();
		expect(['a', 'b', 'c'].map(c.started)).toEqual([1, 1, 1]);
		expect(engine.getState().rows.map((r) => r.state)).toEqual(['running', 'running', 'running']);

		c.finish('c', {status: 'error', summary: 'C'});
		await settle();
		expect(engine.getState().rows.map((r) => r.state)).toEqual(['running', 'running', 'error']);
		c.finish('a', {status: 'ok', summary: 'A'});
		c.finish('b', {status: 'warn', summary: 'B'});
		const findings = await done;
		expect(findings.map((f) => f.id)).toEqual(['a', 'b', 'c']);
		expect(engine.getState().rows.map((r) => [r.id, r.state])).toEqual([
			['a', 'ok'],
			['b', 'warn'],
			['c', 'error'],
		]);
		expect(engine.getState().running).toBe(false);
	});

	it('turns a probe that exceeds its timeout into a failed finding without delaying the others', async () => {
		vi.useFakeTimers();
		try {
			let aborted = false;
			const slow: Probe = {
				id: 'slow',
				family: 'toolchain',
				title: 'probe.goroot.title',
				timeoutMs: 5000,
				run: ({signal}) =>
					new Promise(() => {
						signal.addEventListener('abort', () => (aborted = true));
					}),
			};
			const quick: Probe = {id: 'quick', family: 'toolchain', title: 'probe.goroot.title', run: async () => ({status: 'ok', summary: 'fine'})};
			const engine = new Engine({probes: [slow, quick], sys, t, scheduleFlush: (f) => f()});
			const done = engine.run();
			await vi.advanceTimersByTimeAsync(10);
			expect(engine.getState().rows.map((r) => r.state)).toEqual(['running', 'ok']);
			await vi.advanceTimersByTimeAsync(5000);
			const findings = await done;
			expect(findings[0]).toMatchObject({id: 'slow', status: 'failed', summary: 'the check did not finish within 5 s'});
			expect(aborted).toBe(true);
		} finally {
			vi.useRealTimers();
		}
	});

	it('turns a probe that throws into a failed finding of its own', async () => {
		const c = controllableProbes(['boom', 'fine']);
		const engine = new Engine({probes: c.probes, sys, t, scheduleFlush: (f) => f()});
		const done = engine.run();
		await settle();
		c.fail('boom', new Error('kaput'));
		c.finish('fine', {status: 'ok', summary: 'ok'});
		const [boom, fine] = await done;
		expect(boom).toMatchObject({status: 'failed', summary: 'the check itself failed: kaput'});
		expect(boom!.evidence[0]).toMatchObject({kind: 'text'});
		expect(fine).toMatchObject({status: 'ok'});
	});

	it('skips dependents of a blocking finding as "blocked by", and runs them otherwise', async () => {
		const c = controllableProbes(['go', 'root', 'mod'], {root: {dependsOn: ['go']}, mod: {dependsOn: ['go']}});
		const engine = new Engine({probes: c.probes, sys, t, scheduleFlush: (f) => f()});
		const done = engine.run();
		await settle();
		expect(c.started('root')).toBe(0); // waits for its dependency
		c.finish('go', {status: 'error', summary: 'no go', blocksDependents: true});
		const findings = await done;
		expect(findings.map((f) => [f.id, f.status, f.summary])).toEqual([
			['go', 'error', 'no go'],
			['root', 'skipped', 'skipped: blocked by go'],
			['mod', 'skipped', 'skipped: blocked by go'],
		]);
		expect(c.started('root')).toBe(0);

		const again = engine.run();
		await settle();
		c.finish('go', {status: 'warn', summary: 'old go'});
		await settle();
		c.finish('root', {status: 'ok', summary: 'root fine'});
		c.finish('mod', {status: 'ok', summary: 'mod fine'});
		expect((await again).map((f) => f.status)).toEqual(['warn', 'ok', 'ok']);
	});

	it('batches updates: many probes settling before a flush reach listeners once', async () => {
		const c = controllableProbes(['a', 'b', 'c', 'd']);
		const scheduler = manualScheduler();
		const engine = new Engine({probes: c.probes, sys, t, scheduleFlush: scheduler.schedule});
		const listener = vi.fn();
		engine.subscribe(listener);
		const done = engine.run();
		await settle();
		// Four probes went to running: one flush scheduled, nothing published yet.
		expect(scheduler.pending).toBe(1);
		expect(listener).not.toHaveBeenCalled();
		scheduler.flushAll();
		expect(listener).toHaveBeenCalledTimes(1);

		for (const id of ['a', 'b', 'c']) c.finish(id, {status: 'ok', summary: id});
		await settle();
		expect(scheduler.pending).toBe(1);
		scheduler.flushAll();
		expect(listener).toHaveBeenCalledTimes(2);
		expect(listener.mock.lastCall![0].rows.map((r: {state: string}) => r.state)).toEqual(['ok', 'ok', 'ok', 'running']);

		c.finish('d', {status: 'ok', summary: 'd'});
		await done;
		expect(listener).toHaveBeenCalledTimes(3); // run() publishes its final state itself
		scheduler.flushAll(); // the flush scheduled for it is then a no-op
		expect(listener).toHaveBeenCalledTimes(3);
	});

	it('re-runs one probe without touching the others, and ignores a superseded result', async () => {
		const c = controllableProbes(['a', 'b']);
		const engine = new Engine({probes: c.probes, sys, t, scheduleFlush: (f) => f()});
		const first = engine.run();
		await settle();
		c.finish('b', {status: 'ok', summary: 'b1'});
		const rerun = engine.run(['a']);
		await settle();
		expect(c.started('a')).toBe(2);
		c.finish('a', {status: 'warn', summary: 'a2'}); // the newer run settles first
		await rerun;
		expect(engine.getState().rows[0]).toMatchObject({state: 'warn', finding: {summary: 'a2'}});
		// The first invocation of a settles late; its result must not overwrite a2.
		c.finish('a', {status: 'error', summary: 'a1'}, 0);
		await first;
		expect(engine.getState().rows[0]).toMatchObject({state: 'warn', finding: {summary: 'a2'}});
		expect(engine.getState().rows[1]).toMatchObject({state: 'ok', finding: {summary: 'b1'}});
	});

	it('skips network probes under --offline and probes for other platforms, saying why', async () => {
		const net: Probe = {id: 'net', family: 'network', title: 'probe.goroot.title', network: true, run: async () => ({status: 'ok', summary: 'x'})};
		const win: Probe = {id: 'win', family: 'windows', title: 'probe.goroot.title', platforms: ['win32'], run: async () => ({status: 'ok', summary: 'x'})};
		const engine = new Engine({probes: [net, win], sys, t, offline: true, scheduleFlush: (f) => f()});
		const findings = await engine.run();
		expect(findings.map((f) => [f.status, f.summary])).toEqual([
			['skipped', 'skipped (offline)'],
			['skipped', 'does not apply here (only on Windows)'],
		]);
	});
});
