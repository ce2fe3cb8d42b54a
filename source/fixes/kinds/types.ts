import type {Facts} from '../../facts/facts.js';
import type {FactKey} from '../../facts/reads.js';
import type {Translator} from '../../i18n/index.js';
import type {Journal} from '../../journal/journal.js';
import type {StoredChange} from '../../journal/schema.js';
import type {Change} from '../../model/fix.js';
import type {System} from '../../system/types.js';
import type {ChangeView} from '../types.js';

/** What a handler may use. Every write goes through `sys`. */
export interface KindContext {
	sys: System;
	t: Translator;
	/** Fresh for every reading (the machine as it is now); shared by the steps of one run otherwise. */
	facts: Facts;
	journal: Journal;
	/** The journal entry being applied (for backup paths). */
	entryId: number;
	/** Rollback steps name their backups apart from the entry's own. */
	phase: 'apply' | 'rollback';
	/**
	 * Records the op's backups in the journal. Handlers call it after taking backups and
	 * before writing, so a kill right after the write still finds them.
	 */
	checkpoint(op: Op): Promise<void>;
}

/** Where the machine stands for one change: its before, its after, or neither. */
export type Where = 'before' | 'after' | 'other' | 'unknown';

export interface Reading {
	where: Where;
	/** What is there now, as shown to a person (secrets redacted by the caller). */
	now: string;
}

/** A change with what the journal keeps of it: backups, digests, a restore source. */
export interface Op<C extends Change = Change> {
	index: number;
	change: C;
	stored: StoredChange;
}

/**
 * One change kind: how to read where the machine stands, apply the change, and build the
 * changes that undo it. The executor does the rest (journal, verify, rollback) the same
 * way for every kind.
 */
export interface Handler<C extends Change = Change> {
	/** Whether the change needs admin rights here (it then runs in the elevated script). */
	admin(change: C, sys: System): boolean;
	/** The change as it will be applied (e.g. the registry type settled). */
	normalize?(change: C, sys: System): C;
	/**
	 * Fills in what the journal needs before anything runs (a file's digests, a command's
	 * resolved program). Called once, when a fix is previewed.
	 */
	prepare?(op: Op<C>, ctx: KindContext): Promise<Op<C>>;
	/**
	 * The facts the change can alter, in the keys checks' reads are noted in
	 * (source/facts/reads.ts): after a fix or an undo, every check that read one of them runs
	 * again. Say too much rather than too little: a key left out leaves a stale row on screen.
	 */
	touches(change: C, sys: System): FactKey[];
	/**
	 * What the executor would refuse in the change itself, whatever the machine (a PATH edit
	 * that is not a clean edit, a value go env -w rejects, an empty Path): a fix with such a
	 * change is never offered (source/fixes/offer.ts). `check` says these too.
	 */
	refuses?(change: C, t: Translator, sys: Pick<System, 'platform' | 'path'>): string[];
	/** Why it cannot be applied here; empty when it can. */
	check(op: Op<C>, ctx: KindContext): Promise<string[]>;
	/** Reads the machine: does it hold the change's before, its after, or something else? */
	read(op: Op<C>, ctx: KindContext): Promise<Reading>;
	/** Makes the change (taking backups first). Throws when it could not. */
	apply(op: Op<C>, ctx: KindContext): Promise<void>;
	/** The changes that take this one back, newest first; null when it cannot be undone. */
	invert(op: Op<C>): Array<Omit<Op, 'index'>> | null;
	/** How the change reads in a preview. `change` is already redacted. */
	view(op: Op<C>, t: Translator, sys: System): Omit<ChangeView, 'index'>;
	/** True for changes to the Windows environment (then WM_SETTINGCHANGE is broadcast). */
	environment?: boolean;
	/** For admin changes: the operation the elevated script performs. */
	elevated?(op: Op<C>, force: boolean): ElevatedOperation;
}

/** One step of the elevated script, as plain data (the script is generated from these). */
export type ElevatedOperation =
	| {
			index: number;
			kind: 'registry';
			/** Under HKLM, without the hive: `SYSTEM\CurrentControlSet\...`. */
			key: string;
			name: string;
			before: {type: string; data: string} | null;
			after: {type: string; data: string} | null;
			force: boolean;
	  }
	| {index: number; kind: 'defender'; path: string; action: 'add' | 'remove'; force: boolean};

/** A change ready to be run, with nothing recorded yet. */
export function planned<C extends Change>(change: C, admin: boolean, extra: Partial<StoredChange> = {}): Omit<Op<C>, 'index'> {
	return {change, stored: {change, state: 'planned', admin, ...extra}};
}

/** The change that puts back what `change` replaced. */
export function swapped<C extends Change & {before: unknown; after: unknown}>(change: C): C {
	return {...change, before: change.after, after: change.before};
}
