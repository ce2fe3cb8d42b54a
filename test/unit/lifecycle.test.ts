import {EventEmitter} from 'node:events';
import {describe, expect, it} from 'vitest';
import {createLifecycle, exitCodeOf, type ProcessHooks, type StopSignal} from '../../source/lifecycle.js';

/** A process that only has signals and exit: what the lifecycle owns. */
function fakeProcess() {
	const emitter = new EventEmitter();
	const exits: number[] = [];
	const hooks: ProcessHooks = {
		on: (event, listener) => emitter.on(event, listener),
		off: (event, listener) => emitter.off(event, listener),
		listeners: (event) => emitter.listeners(event),
		exit: (code) => void exits.push(code),
	};
	return {hooks, exits, send: (signal: StopSignal) => emitter.emit(signal), emitter};
}

const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the lifecycle', () => {
	it('gives 130, 143 and 129 for SIGINT, SIGTERM and SIGHUP', () => {
		expect((['SIGINT', 'SIGTERM', 'SIGHUP'] as const).map(exitCodeOf)).toEqual([130, 143, 129]);
	});

	it('lets a critical step finish on the first signal, tells it, aborts the rest, and exits with the signal code after', async () => {
		const proc = fakeProcess();
		const lifecycle = createLifecycle({process: proc.hooks, graceMs: 50});
		const held: StopSignal[] = [];
		let release!: () => void;
		const step = lifecycle.critical(() => new Promise<string>((resolve) => (release = () => resolve('settled'))), {onHold: (signal) => held.push(signal)});
		proc.send('SIGTERM');
		expect(held).toEqual(['SIGTERM']);
		expect(lifecycle.signal.aborted).toBe(true);
		await tick(80);
		// The grace period is for commands that ignore a stop, never for a step under way.
		expect(proc.exits).toEqual([]);
		release();
		expect(await step).toBe('settled');
		expect(lifecycle.exitCode(0)).toBe(143);
		lifecycle.dispose();
	});

	it('ends the process at once on a second signal during a critical step', async () => {
		const proc = fakeProcess();
		const lifecycle = createLifecycle({process: proc.hooks});
		void lifecycle.critical(() => new Promise(() => undefined));
		proc.send('SIGHUP');
		expect(proc.exits).toEqual([]);
		proc.send('SIGHUP');
		expect(proc.exits).toEqual([129]);
		lifecycle.dispose();
	});

	it('ends a command that does not notice a stop after the grace period, with the signal code', async () => {
		const proc = fakeProcess();
		const lifecycle = createLifecycle({process: proc.hooks, graceMs: 20});
		proc.send('SIGINT');
		expect(proc.exits).toEqual([]);
		await tick(60);
		expect(proc.exits).toEqual([130]);
		lifecycle.dispose();
	});

	it('a signal declared an ordinary quit keeps the command code', () => {
		const lifecycle = createLifecycle();
		lifecycle.quitOn('SIGINT');
		lifecycle.stop('SIGINT');
		expect(lifecycle.exitCode(0)).toBe(0);
		const other = createLifecycle();
		other.quitOn('SIGINT');
		other.stop('SIGTERM');
		expect(other.exitCode(0)).toBe(143);
	});

	it("removes other libraries' signal listeners (one re-sends the signal) when a critical step starts", async () => {
		const proc = fakeProcess();
		const lifecycle = createLifecycle({process: proc.hooks});
		const resent: string[] = [];
		proc.emitter.once('SIGINT', () => resent.push('again'));
		const held: StopSignal[] = [];
		let release!: () => void;
		const step = lifecycle.critical(() => new Promise<void>((resolve) => (release = resolve)), {onHold: (signal) => held.push(signal)});
		expect(proc.hooks.listeners('SIGINT')).toHaveLength(1);
		proc.send('SIGINT');
		expect(resent).toEqual([]);
		expect(proc.exits).toEqual([]);
		release();
		await step;
		lifecycle.dispose();
		expect(proc.hooks.listeners('SIGINT')).toHaveLength(0);
	});

	it('calls stop listeners on every signal and stops calling them once removed', () => {
		const lifecycle = createLifecycle();
		const seen: StopSignal[] = [];
		const off = lifecycle.onStop((signal) => seen.push(signal));
		lifecycle.stop('SIGTERM');
		off();
		expect(seen).toEqual(['SIGTERM']);
		expect(lifecycle.stoppedBy).toBe('SIGTERM');
	});
});
