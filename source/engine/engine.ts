import {setMaxListeners} from 'node:events';
import {Facts} from '../facts/facts.js';
import {reachesAny, readingInto, ReadLog, type FactKey} from '../facts/reads.js';
import {offerable} from '../fixes/offer.js';
import type {Translator} from '../i18n/index.js';
import type {Finding, ProbeResult} from '../model/finding.js';
import type {EngineState, Row} from '../model/check-run.js';
import {redactSecrets, redactStrings} from '../redact/secrets.js';
import {FactUnavailableError, type System} from '../system/types.js';
import {missingFactSummary} from './missing-fact.js';
import type {Probe, ProbeContext} from './probe.js';

export const DEFAULT_PROBE_TIMEOUT_MS = 20_000;

export interface EngineOptions {
	probes: readonly Probe[];
	sys: System;
	t: Translator;
	offline?: boolean;
	defaultTimeoutMs?: number;
	/**
	 * Schedules one flush of pending updates. Updates are coalesced: however many probes
	 * settle before the flush runs, listeners hear once. Tests pass a manual scheduler.
	 */
	scheduleFlush?: (flush: () => void) => void;
	now?: () => number;
}

type Listener = (state: EngineState) => void;

/**
 * Runs probes, all at once, each with its own deadline. A probe that throws or times out
 * becomes a `failed` finding of its own and never delays the others. The state it keeps is
 * the one source for the Ink screens and for the text and JSON reports.
 */
export class Engine {
	private readonly probes: readonly Probe[];
	private readonly byId: ReadonlyMap<string, Probe>;
	private rows: Map<string, Row>;
	private published: EngineState;
	private readonly listeners = new Set<Listener>();
	private flushScheduled = false;
	private readonly runController = new AbortController();
	/** The latest invocation of each probe; older ones that settle later are ignored. */
	private readonly latest = new Map<string, {token: number; done: Promise<Finding>}>();
	/** What each check read in its latest settled run: what a change must touch to make it stale. */
	private readonly reads = new Map<string, ReadLog>();
	private tokens = 0;
	private active = 0;
	private readonly now: () => number;
	private startedAt: number;
	private finishedAt: number | undefined;

	constructor(private readonly options: EngineOptions) {
		this.probes = options.probes;
		this.byId = new Map(options.probes.map((probe) => [probe.id, probe]));
		this.now = options.now ?? Date.now;
		this.startedAt = this.now();
		this.rows = new Map(
			options.probes.map((probe) => [
				probe.id,
				{id: probe.id, title: options.t(probe.title), family: probe.family, state: 'pending'} satisfies Row,
			]),
		);
		this.published = this.snapshot();
		// Every probe and every spawned process listens for cancellation on this one signal.
		setMaxListeners(0, this.runController.signal);
	}

	getState = (): EngineState => this.published;

	/**
	 * Publishes pending updates now instead of at the next scheduled flush, and returns the
	 * state: for a frame drawn before any listener is there (the first frame of the checklist).
	 */
	flushNow(): EngineState {
		this.flush();
		return this.published;
	}

	subscribe = (listener: Listener): (() => void) => {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	};

	/** Settled findings, in probe order. */
	findings(): Finding[] {
		return this.probes.flatMap((probe) => {
			const finding = this.rows.get(probe.id)?.finding;
			return finding ? [finding] : [];
		});
	}

	/**
	 * The facts of a new run, cancelled with the engine. Given to `run`, they are shared with
	 * whoever else reads the machine meanwhile (the UI's shell detection, a report's), so
	 * nothing is fetched twice.
	 */
	newFacts(): Facts {
		return new Facts(this.options.sys, this.runController.signal);
	}

	/**
	 * Runs the given probes (all by default) plus the ones they depend on that have not run
	 * yet. Resolves with their findings once every one has settled.
	 */
	async run(ids?: readonly string[], facts: Facts = this.newFacts()): Promise<Finding[]> {
		const wanted = this.withDependencies(ids ?? this.probes.map((probe) => probe.id));
		if (this.active === 0) {
			this.startedAt = this.now();
			this.finishedAt = undefined;
		}
		// One Facts per run: probes in it share every fact, and a re-run sees the machine anew.
		const started = wanted.map((id) => this.start(this.byId.get(id)!, facts));
		const findings = await Promise.all(started);
		this.flush();
		return findings;
	}

	/**
	 * The checks whose answer a change to these facts can alter, from what each one read in
	 * its latest run (source/facts/reads.ts), and every check that depends on one of them.
	 * A check still running, or one that failed (its reads stopped short), is always among
	 * them; one that never ran is not (it will read the machine as it is when it does).
	 */
	affectedBy(touched: readonly FactKey[]): string[] {
		const affected = new Set<string>();
		for (const probe of this.probes) {
			const row = this.rows.get(probe.id)!;
			if (row.state === 'pending') continue;
			const reads = this.reads.get(probe.id);
			if (row.state === 'running' || row.state === 'failed' || !reads || reachesAny(touched, reads.all())) affected.add(probe.id);
		}
		// A check reads its dependencies' findings: when one of them runs again, so does it.
		let grown = true;
		while (grown) {
			grown = false;
			for (const probe of this.probes) {
				if (affected.has(probe.id) || this.rows.get(probe.id)!.state === 'pending') continue;
				if ((probe.dependsOn ?? []).some((dep) => affected.has(dep))) {
					affected.add(probe.id);
					grown = true;
				}
			}
		}
		return this.probes.map((probe) => probe.id).filter((id) => affected.has(id));
	}

	/** Stops every running probe (their processes are killed); used on quit. */
	cancel(): void {
		this.runController.abort();
	}

	private withDependencies(ids: readonly string[]): string[] {
		const result = new Set<string>();
		const visit = (id: string) => {
			const probe = this.byId.get(id);
			if (!probe || result.has(id)) return;
			for (const dep of probe.dependsOn ?? []) {
				const depRow = this.rows.get(dep);
				if (depRow && (depRow.state === 'pending' || ids.includes(dep))) visit(dep);
			}
			result.add(id);
		};
		ids.forEach(visit);
		return [...result];
	}

	private start(probe: Probe, facts: Facts): Promise<Finding> {
		const token = ++this.tokens;
		this.active += 1;
		this.update(probe.id, {state: 'running', startedAt: this.now(), note: undefined});
		const reads = new ReadLog();
		const done = readingInto(reads, () => this.execute(probe, facts)).then((finding) => {
			if (this.latest.get(probe.id)?.token === token) {
				this.reads.set(probe.id, reads);
				this.update(probe.id, {state: finding.status, finding, note: undefined});
			}
			this.active -= 1;
			if (this.active === 0) {
				this.finishedAt = this.now();
				this.markDirty();
			}
			return finding;
		});
		this.latest.set(probe.id, {token, done});
		return done;
	}

	private async execute(probe: Probe, facts: Facts): Promise<Finding> {
		const {t} = this.options;
		const began = this.now();
		const finish = (result: ProbeResult): Finding => ({
			id: probe.id,
			title: t(probe.title),
			family: probe.family,
			status: result.status,
			// Every check's words and evidence pass the redactor here, whatever the check did
			// itself: a token in GOPROXY is shown by more checks than the network ones. Fixes
			// keep their real values (they write them back); only their words are redacted.
			summary: redactSecrets(result.summary),
			...(result.why ? {why: redactSecrets(result.why)} : {}),
			...(result.docUrl ? {docUrl: result.docUrl} : {}),
			evidence: redactStrings(result.evidence ?? []),
			// A fix its own handler would refuse is never offered: it could not be applied (or undone).
			fixes: offerable(result.fixes ?? [], t, this.options.sys).map((fix) => ({...fix, title: redactSecrets(fix.title), ...(fix.description === undefined ? {} : {description: redactSecrets(fix.description)})})),
			duration_ms: Math.max(0, Math.round(this.now() - began)),
			...(result.blocksDependents ? {blocksDependents: true} : {}),
		});

		if (probe.platforms && !probe.platforms.includes(this.options.sys.platform)) {
			return finish({status: 'skipped', summary: t('engine.skipped.platform', {platforms: probe.platforms.map(platformName).join(', ')})});
		}
		if (probe.network && this.options.offline) {
			return finish({status: 'skipped', summary: t('engine.skipped.offline')});
		}

		const dependencies = new Map<string, Finding>();
		for (const dep of probe.dependsOn ?? []) {
			const running = this.latest.get(dep);
			const finding = running ? await running.done : this.rows.get(dep)?.finding;
			if (!finding) continue;
			dependencies.set(dep, finding);
			if (finding.blocksDependents || finding.status === 'failed') {
				return finish({status: 'skipped', summary: t('engine.skipped.blocked', {id: dep})});
			}
		}

		const controller = new AbortController();
		const onRunAbort = () => controller.abort();
		this.runController.signal.addEventListener('abort', onRunAbort, {once: true});
		const timeoutMs = probe.timeoutMs ?? this.options.defaultTimeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS;
		let timer: ReturnType<typeof setTimeout> | undefined;
		const ctx: ProbeContext = {
			// The System through the run's facts: every question the check asks is noted.
			sys: facts.sys,
			facts,
			t,
			signal: controller.signal,
			offline: Boolean(this.options.offline),
			progress: (note) => this.update(probe.id, {note}),
			dependency: (id) => dependencies.get(id),
		};
		try {
			const timedOut = new Promise<never>((_, reject) => {
				timer = setTimeout(() => {
					controller.abort();
					reject(new ProbeTimeoutError(timeoutMs));
				}, timeoutMs);
			});
			return finish(await Promise.race([probe.run(ctx), timedOut]));
		} catch (error) {
			// Replaying a snapshot: the check needed a fact the snapshot does not hold. That says
			// nothing about the machine, and nothing against the check.
			if (error instanceof FactUnavailableError) return finish({status: 'unknown', summary: missingFactSummary(t, probe.id, error)});
			const summary =
				error instanceof ProbeTimeoutError
					? t('engine.failed.timeout', {seconds: formatSeconds(timeoutMs)})
					: this.runController.signal.aborted
						? t('engine.failed.cancelled')
						: t('engine.failed.threw', {message: error instanceof Error ? error.message : String(error)});
			return finish({
				status: 'failed',
				summary,
				evidence:
					error instanceof Error && !(error instanceof ProbeTimeoutError) && error.stack
						? [{kind: 'text', title: t('engine.evidence.error'), text: error.stack}]
						: [],
			});
		} finally {
			clearTimeout(timer);
			this.runController.signal.removeEventListener('abort', onRunAbort);
		}
	}

	private update(id: string, patch: Partial<Row>): void {
		const row = this.rows.get(id);
		if (!row) return;
		this.rows.set(id, {...row, ...patch});
		this.markDirty();
	}

	private markDirty(): void {
		if (this.flushScheduled) return;
		this.flushScheduled = true;
		const schedule = this.options.scheduleFlush ?? ((flush: () => void) => setTimeout(flush, 16));
		// A flush may already have happened (run() flushes when it ends); then skip this one.
		schedule(() => {
			if (this.flushScheduled) this.flush();
		});
	}

	/** Publishes the current state to listeners (once per batch of updates). */
	private flush(): void {
		this.flushScheduled = false;
		this.published = this.snapshot();
		for (const listener of this.listeners) listener(this.published);
	}

	private snapshot(): EngineState {
		return {
			rows: this.probes.map((probe) => this.rows.get(probe.id)!),
			startedAt: this.startedAt,
			...(this.finishedAt === undefined ? {} : {finishedAt: this.finishedAt}),
			running: this.active > 0,
		};
	}
}

class ProbeTimeoutError extends Error {
	constructor(readonly timeoutMs: number) {
		super(`timed out after ${timeoutMs} ms`);
	}
}

function formatSeconds(ms: number): string {
	return (ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 1);
}

function platformName(platform: string): string {
	return platform === 'win32' ? 'Windows' : platform === 'darwin' ? 'macOS' : platform === 'linux' ? 'Linux' : platform;
}
