import {withNote, type Translator} from '../../i18n/index.js';
import type {Change, RegistryDataState, RegistryValueState} from '../../model/fix.js';
import {programFact, registryFact} from '../../facts/reads.js';
import {shortKey, SYSTEM_ENVIRONMENT_KEY, USER_ENVIRONMENT_KEY} from '../../system/registry.js';
import {diffLines} from '../diff.js';
import type {ChangeView} from '../types.js';
import {FixStepError} from './tools.js';
import {planned, swapped, type ElevatedOperation, type Handler, type KindContext, type Op} from './types.js';

/**
 * Windows registry values: environment variables (user or system), PATH entries at one
 * scope, and other values (HKLM LongPathsEnabled). The rules are the ones PowerToys and
 * Scoop follow: values are read and written raw (`%USERPROFILE%` stays a reference), the
 * type is kept (REG_EXPAND_SZ when the value holds `%`), an empty PATH or a value over the
 * Windows limit is refused, and after writing the value is read back and compared byte for
 * byte. HKLM is written by the elevated script; HKCU never is.
 */

type RegistryEnvChange = Extract<Change, {kind: 'registry-env'}>;
type PathEntriesChange = Extract<Change, {kind: 'path-entries'}>;
type RegistryValueChange = Extract<Change, {kind: 'registry-value'}>;
type AnyRegistryChange = RegistryEnvChange | PathEntriesChange | RegistryValueChange;
type ValueState = RegistryDataState | null;

/** The most one variable may hold: name, `=`, value and the final NUL fit in 32767 characters. */
const MAX_VARIABLE_CHARS = 32_766;

function keyOf(change: AnyRegistryChange): string {
	if (change.kind === 'registry-value') return shortKey(change.key);
	return change.scope === 'system' ? SYSTEM_ENVIRONMENT_KEY : USER_ENVIRONMENT_KEY;
}

const stateOf = (change: AnyRegistryChange, side: 'before' | 'after'): ValueState => {
	const value = change[side];
	if (!value) return null;
	return 'raw' in value ? {type: value.type, data: value.raw} : value;
};

/** REG_EXPAND_SZ when the value holds a `%` reference; otherwise the type it had; REG_SZ for a new one. */
export function registryTypeFor(before: {type: string} | null | undefined, raw: string): RegistryValueState['type'] {
	if (raw.includes('%')) return 'REG_EXPAND_SZ';
	return before?.type === 'REG_EXPAND_SZ' ? 'REG_EXPAND_SZ' : 'REG_SZ';
}

const isPath = (name: string) => name.toLowerCase() === 'path';

async function readValue(ctx: KindContext, change: AnyRegistryChange): Promise<(RegistryDataState & {name: string}) | null> {
	const values = await ctx.sys.registry!.readKey(keyOf(change));
	const found = values?.find((value) => value.name.toLowerCase() === change.name.toLowerCase());
	return found ? {type: found.type as RegistryDataState['type'], data: found.data, name: found.name} : null;
}

const same = (a: ValueState, b: ValueState) => (a === null ? b === null : b !== null && a.type === b.type && a.data === b.data);

function showValue(state: ValueState, t: Translator): string {
	return state ? withNote(t, state.data === '' ? t('evidence.empty') : state.data, state.type) : t('evidence.notSet');
}

/** Splits a PATH value into its entries, byte for byte (empty entries included). */
const pathEntries = (raw: string) => raw.split(';');

/**
 * Checks that `after` is `before` with exactly `removed` taken out and `added` put in, the
 * other entries byte-identical and in the same order. An entry in both lists is a move (which
 * of two swapped entries "moved" is a matter of view: either reading passes). Returns what is
 * wrong, or undefined.
 */
export function pathEditProblem(change: PathEntriesChange): string | undefined {
	const before = pathEntries(change.before.raw);
	const after = pathEntries(change.after.raw);
	/** `list` with one occurrence of each of `taken` removed, and the ones it did not hold. */
	const minus = (list: readonly string[], taken: readonly string[]) => {
		const rest = [...list];
		const absent: string[] = [];
		for (const entry of taken) {
			const at = rest.indexOf(entry);
			if (at < 0) absent.push(entry);
			else rest.splice(at, 1);
		}
		return {rest, absent};
	};
	const gone = minus(before, after).rest;
	const appeared = minus(after, before).rest;
	const unlistedGone = minus(gone, change.removed).rest;
	if (unlistedGone.length > 0) return `an entry changed or went missing: ${unlistedGone[0]}`;
	const unlistedNew = minus(appeared, change.added).rest;
	if (unlistedNew.length > 0) return `an entry appeared that is not in the added list: ${unlistedNew[0]}`;
	// What the lists hold beyond that must be moves: the same entries taken out and put back.
	const movedOut = minus(change.removed, gone).rest.sort();
	const movedIn = minus(change.added, appeared).rest.sort();
	if (movedOut.length !== movedIn.length || movedOut.some((entry, i) => entry !== movedIn[i])) return 'the removed and added lists do not match the new value';
	// Every entry not listed keeps its place relative to the others.
	const common = diffLines(before, after).filter((line) => line.op === ' ').length;
	if (common < before.length - change.removed.length) return 'an entry changed or went missing: entries not listed changed their order';
	return undefined;
}

function limits(change: AnyRegistryChange, t: Translator): string[] {
	const after = stateOf(change, 'after');
	const problems: string[] = [];
	if (isPath(change.name) && (after === null || pathEntries(after.data).every((entry) => entry.trim() === ''))) {
		problems.push(t('fixes.blocker.emptyPath'));
	}
	if (after && after.type !== 'REG_DWORD') {
		const length = change.name.length + 1 + after.data.length;
		if (length > MAX_VARIABLE_CHARS) problems.push(t('fixes.blocker.tooLong', {name: change.name, length, max: MAX_VARIABLE_CHARS}));
		if (after.data.includes('\0')) problems.push(t('fixes.blocker.nul', {name: change.name}));
	}
	return problems;
}

const DOTNET_KIND: Record<string, string> = {REG_SZ: 'String', REG_EXPAND_SZ: 'ExpandString', REG_DWORD: 'DWord'};
const dotnet = (state: ValueState) => (state ? {type: DOTNET_KIND[state.type] ?? state.type, data: state.data} : null);

function makeHandler<C extends AnyRegistryChange>(extra: {
	normalize?(change: C): C;
	check?(change: C, t: Translator): string[];
	view(change: C, t: Translator): Partial<Omit<ChangeView, 'index'>>;
}): Handler<C> {
	return {
		environment: true,
		admin: (change) => keyOf(change).toUpperCase().startsWith('HKLM\\'),
		// The key. This process's environment stays as it is (new terminals get the change);
		// other values are also read by the run's one PowerShell batch (LongPathsEnabled).
		touches: (change) => [registryFact(keyOf(change)), ...(change.kind === 'registry-value' ? [programFact('powershell')] : [])],
		...(extra.normalize ? {normalize: extra.normalize} : {}),
		refuses: (change, t) => [...limits(change, t), ...(extra.check?.(change, t) ?? [])],
		async check({change}, ctx) {
			if (!ctx.sys.registry) return [ctx.t('fixes.blocker.windowsOnly')];
			if (!keyOf(change).toUpperCase().match(/^HK(CU|LM)\\/)) return [ctx.t('fixes.blocker.hive', {key: keyOf(change)})];
			return [...limits(change, ctx.t), ...(extra.check?.(change, ctx.t) ?? [])];
		},
		async read(op, ctx) {
			const now = await readValue(ctx, op.change);
			const state = now && {type: now.type, data: now.data};
			const where = same(state, stateOf(op.change, 'after')) ? 'after' : same(state, stateOf(op.change, 'before')) ? 'before' : 'other';
			return {where, now: showValue(state, ctx.t)};
		},
		async apply(op, ctx) {
			const registry = ctx.sys.registry!;
			const after = stateOf(op.change, 'after');
			const problems = limits(op.change, ctx.t);
			if (problems.length > 0) throw new FixStepError(problems.join('; '));
			const existing = await readValue(ctx, op.change);
			if (after === null) await registry.deleteValue(keyOf(op.change), existing?.name ?? op.change.name);
			else await registry.setValue(keyOf(op.change), existing?.name ?? op.change.name, after.type as 'REG_SZ', after.data);
		},
		invert(op) {
			const inverse = swapped(op.change);
			// The entries a PATH edit removed are the ones its inverse adds back, and the other way round.
			const change = inverse.kind === 'path-entries' ? {...inverse, removed: inverse.added, added: inverse.removed} : inverse;
			return [planned(change, keyOf(op.change).toUpperCase().startsWith('HKLM\\'))];
		},
		elevated(op: Op<C>, force: boolean): ElevatedOperation {
			return {
				index: op.index,
				kind: 'registry',
				key: keyOf(op.change).replace(/^HKLM\\/i, ''),
				name: op.change.name,
				before: dotnet(stateOf(op.change, 'before')),
				after: dotnet(stateOf(op.change, 'after')),
				force,
			};
		},
		view(op, t) {
			const {change} = op;
			const admin = keyOf(change).toUpperCase().startsWith('HKLM\\');
			return {
				kind: change.kind,
				target: {type: 'registry', key: keyOf(change), name: change.name},
				label: `${keyOf(change)}  ${change.name}`,
				before: showValue(stateOf(change, 'before'), t),
				after: showValue(stateOf(change, 'after'), t),
				needsAdmin: admin,
				reversible: true,
				backup: false,
				...extra.view(change, t),
			};
		},
	};
}

const settleType = <C extends RegistryEnvChange | PathEntriesChange>(change: C): C =>
	change.after ? {...change, after: {...change.after, type: registryTypeFor(change.before, change.after.raw)}} : change;

export const registryEnvHandler = makeHandler<RegistryEnvChange>({normalize: settleType, view: () => ({})});

export const pathEntriesHandler = makeHandler<PathEntriesChange>({
	normalize: settleType,
	check(change, t) {
		const problem = pathEditProblem(change);
		return problem ? [t('fixes.blocker.pathEdit', {problem})] : [];
	},
	view: (change) => ({diff: diffLines(pathEntries(change.before.raw), pathEntries(change.after.raw))}),
});

export const registryValueHandler = makeHandler<RegistryValueChange>({view: () => ({})});
