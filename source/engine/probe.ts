import type {Facts} from '../facts/facts.js';
import type {MessageKey, Translator} from '../i18n/index.js';
import type {Family, Finding, ProbeResult} from '../model/finding.js';
import type {Platform, System} from '../system/types.js';

/** What a probe may use while it runs. It reads the world only through these. */
export interface ProbeContext {
	readonly sys: System;
	readonly facts: Facts;
	readonly t: Translator;
	/** Aborted when the probe times out or the run is cancelled. */
	readonly signal: AbortSignal;
	readonly offline: boolean;
	/** Tells the row what the probe is waiting on, e.g. "waiting on proxy.example.com". */
	progress(note: string): void;
	/** The settled finding of a probe this one declared in `dependsOn`. */
	dependency(id: string): Finding | undefined;
}

export interface Probe {
	/** Stable public id: JSON consumers, suppressions and docs depend on it. */
	readonly id: string;
	readonly family: Family;
	readonly title: MessageKey;
	/** Probes whose findings this one needs; it waits for them and is skipped if they block. */
	readonly dependsOn?: readonly string[];
	readonly timeoutMs?: number;
	/** Network probes are skipped under --offline. */
	readonly network?: boolean;
	/** Platforms where the check applies; elsewhere it is skipped with the reason. */
	readonly platforms?: readonly Platform[];
	run(ctx: ProbeContext): Promise<ProbeResult>;
}
