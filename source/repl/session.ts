import type {CommandContext} from '../command-context.js';
import {Engine} from '../engine/engine.js';
import type {Probe} from '../engine/probe.js';
import {Facts} from '../facts/facts.js';
import type {FixServices} from '../fixes/types.js';
import {createTranslator, type Lang, type Translator} from '../i18n/index.js';
import type {Journal} from '../journal/journal.js';
import type {Finding} from '../model/finding.js';
import {PROBES} from '../probes/index.js';
import type {System} from '../system/types.js';
import {isSettled} from '../model/status.js';
import {Cancelled, type Offer, type ReplIo} from './types.js';

export interface SessionOptions {
	ctx: CommandContext;
	io: ReplIo;
	offline: boolean;
	/** The checks (all of them unless a test says). */
	probes?: readonly Probe[];
	/** The undo journal (the user's config folder unless a test says). */
	journal?: Journal;
	/**
	 * The checklist's engine, when the REPL runs inside it (`:`): the commands then act on the
	 * rows the person sees. Without it the session starts its own run of every check.
	 */
	engine?: Engine;
}

/** What is running now, so that Ctrl+C knows what to stop (and what never to stop). */
type Running = {kind: 'command'; interrupt: () => void} | {kind: 'change'} | {kind: 'checks'; stop: () => void};

/**
 * One REPL session: the checks it started (in the background, at once), the findings they
 * gave, the fixes it offered by number, the language it speaks. Every line typed goes
 * through `execute`, which finds the command in the one table (source/repl/table.ts).
 */
export class Session {
	t: Translator;
	lang: Lang;
	readonly sys: System;
	readonly ctx: CommandContext;
	readonly io: ReplIo;
	readonly offline: boolean;
	engine: Engine;
	offers: Offer[] = [];
	/** The variables `set … in session` changed (as fact keys, `env:NAME`): `env` says so. */
	readonly changedInSession = new Set<string>();
	private readonly probes: readonly Probe[];
	private readonly journal: Journal | undefined;
	private allChecks: Promise<unknown>;
	private running: Running | undefined;
	private readonly ownsEngine: boolean;
	private journalInstance: Journal | undefined;

	constructor(options: SessionOptions) {
		this.ctx = options.ctx;
		this.io = options.io;
		this.sys = options.ctx.sys;
		this.t = options.ctx.t;
		this.lang = options.ctx.lang;
		this.offline = options.offline;
		this.probes = options.probes ?? PROBES;
		this.journal = options.journal;
		this.ownsEngine = !options.engine;
		this.engine = options.engine ?? this.newEngine();
		this.allChecks = this.ownsEngine ? this.engine.run() : Promise.resolve();
	}

	private newEngine(): Engine {
		return new Engine({probes: this.probes, sys: this.sys, t: this.t, offline: this.offline});
	}

	/** The undo journal, opened (conf loaded) on first use. */
	async openJournal(): Promise<Journal> {
		if (this.journal) return this.journal;
		const {Journal, journalFolder} = await import('../journal/journal.js');
		this.journalInstance ??= new Journal({dir: journalFolder(this.sys)});
		return this.journalInstance;
	}

	/**
	 * The fixes API's services: re-runs go through the session's engine, so the findings (and
	 * the prompt) update, and every check a change can reach runs again, as in the checklist.
	 */
	async services(): Promise<FixServices> {
		return {sys: this.sys, t: this.t, journal: await this.openJournal(), rerun: (ids) => this.engine.run(ids), affected: (touched) => this.engine.affectedBy(touched)};
	}

	/** Facts read afresh for one command: `env`, `path` and `which` show the machine as it is now. */
	freshFacts(): Facts {
		return new Facts(this.sys);
	}

	checkIds(): string[] {
		return this.probes.map((probe) => probe.id);
	}

	/** The checks' findings as they stand (a check still running has none yet). */
	findings(): Finding[] {
		return this.engine.findings();
	}

	finding(id: string): Finding | undefined {
		return this.engine.getState().rows.find((row) => row.id === id)?.finding;
	}

	/** Waits until the given checks (all by default) have settled, telling the person once if they must wait. */
	async settled(ids?: readonly string[]): Promise<void> {
		const pending = () => this.engine.getState().rows.filter((row) => (!ids || ids.includes(row.id)) && !isSettled(row.state));
		if (pending().length === 0) return;
		this.io.err(this.t('repl.waiting', {count: pending().length}) + '\n');
		let stop!: () => void;
		const stopped = new Promise<void>((resolve) => (stop = resolve));
		this.running = {kind: 'checks', stop};
		try {
			await Promise.race([this.allChecks, new Promise<void>((resolve) => {
				const unsubscribe = this.engine.subscribe(() => {
					if (pending().length === 0) {
						unsubscribe();
						resolve();
					}
				});
				if (pending().length === 0) {
					unsubscribe();
					resolve();
				}
			}), stopped]);
		} finally {
			this.running = undefined;
		}
		if (pending().length > 0) throw new Cancelled();
	}

	/** Re-runs checks (all, or these), in the session's engine. */
	async recheck(ids?: readonly string[]): Promise<Finding[]> {
		const run = this.engine.run(ids);
		if (!ids) this.allChecks = run;
		return run;
	}

	/** Counts for the prompt: problems by kind, and whether checks are still running. */
	counts(): {error: number; warn: number; unknown: number; running: boolean} {
		const rows = this.engine.getState().rows;
		const count = (...states: string[]) => rows.filter((row) => states.includes(row.state)).length;
		return {error: count('error', 'failed'), warn: count('warn'), unknown: count('unknown'), running: rows.some((row) => !isSettled(row.state))};
	}

	/** Speaks another language from now on; the checks run again so their words do too. */
	switchLanguage(lang: Lang): void {
		this.lang = lang;
		this.t = createTranslator(lang);
		if (this.ownsEngine) {
			this.engine.cancel();
			this.engine = this.newEngine();
			this.allChecks = this.engine.run();
		}
	}

	/**
	 * Runs a command the person typed, streaming what it prints. Ctrl+C meanwhile goes to
	 * `interrupt`, which stops it (the process and what it started get SIGINT).
	 */
	async runInterruptible<T>(start: () => {done: Promise<T>; interrupt: () => void}): Promise<T> {
		const command = start();
		this.running = {kind: 'command', interrupt: command.interrupt};
		try {
			return await command.done;
		} finally {
			this.running = undefined;
		}
	}

	/**
	 * Every check once more on another System (a snapshot's recorder), apart from the session's
	 * own run. Ctrl+C stops it, and a stopped run is nothing to keep (the processes it killed
	 * would read as broken tools): it throws `Cancelled`.
	 */
	async runChecksOn(sys: System): Promise<void> {
		const engine = new Engine({probes: this.probes, sys, t: this.t, offline: this.offline});
		let stopped = false;
		this.running = {kind: 'checks', stop: () => ((stopped = true), engine.cancel())};
		try {
			await engine.run();
		} finally {
			this.running = undefined;
		}
		if (stopped) throw new Cancelled();
	}

	/** Runs a step that changes the machine: Ctrl+C meanwhile never cuts it in half. */
	async runChange<T>(step: () => Promise<T>): Promise<T> {
		this.running = {kind: 'change'};
		try {
			// A critical step of the lifecycle: SIGTERM or SIGHUP (the terminal closed) lets it settle too.
			return await this.ctx.lifecycle.critical(step);
		} finally {
			this.running = undefined;
		}
	}

	/**
	 * Ctrl+C while something runs: a command the person started is interrupted; waiting for
	 * checks stops waiting; a change to the machine goes on to its end (it is journaled and
	 * verified as one step), and the person is told so. Returns what it did.
	 */
	interrupt(): 'command' | 'change' | 'checks' | 'idle' {
		const running = this.running;
		if (!running) return 'idle';
		if (running.kind === 'command') running.interrupt();
		else if (running.kind === 'checks') running.stop();
		else this.io.err(this.t('repl.finishingChange') + '\n');
		return running.kind;
	}

	get busy(): boolean {
		return this.running !== undefined;
	}

	/** Stops the session's own checks (on leaving). */
	close(): void {
		if (this.ownsEngine) this.engine.cancel();
	}
}
