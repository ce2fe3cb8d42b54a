import type {Engine} from '../engine/engine.js';
import type {Translator} from '../i18n/index.js';
import {defaultShell, type ShellKind} from '../shell/syntax.js';
import {memorySuppressionStore, type SuppressionStore} from '../suppressions/suppressions.js';
import type {System} from '../system/types.js';
import {isPlain, keyName, splitChunk, type InkKeyLike} from '../ui/keys.js';
import {resolveKey, TEXT_CONTEXTS} from '../ui/keymap.js';
import type {Effect, Msg} from '../ui/messages.js';
import {clockRunning, contextOf, initialModel, type Model} from '../ui/model.js';
import {perform} from './effects.js';
import type {EmbeddedRepl} from '../repl/embedded.js';
import type {TriageFixes} from './services.js';
import {update} from './update.js';

export interface RuntimeOptions {
	/** Already running its checks. */
	engine: Engine;
	t: Translator;
	title: string;
	/** The machine: its platform, folders, and the one door for writing the report file. */
	sys: System;
	/** The fixes API (preview, apply, journal, undo). Without it, fixes can be read but not applied. */
	fixes?: TriageFixes;
	suppressions?: SuppressionStore;
	/** The shell whose syntax commands are shown in, until detectShell has answered. */
	shell?: ShellKind;
	/** Finds the user's shell (the process chain); its answer replaces `shell`. */
	detectShell?: () => Promise<ShellKind>;
	/** The terminal's size when the UI starts. */
	columns: number;
	rows: number;
	now?: () => number;
	/** Called once when the user quits; the caller cancels probes and restores the terminal. */
	onQuit?: () => void;
	/**
	 * Makes the REPL behind the `:` line (loaded when first used), its output and questions
	 * going to the UI. Without it, `:` says it is not available.
	 */
	commands?: (io: {out(text: string): void; ask(question: string): void}) => Promise<EmbeddedRepl>;
}

/** The UI's one loop: what the Ink app (and, before Ink is loaded, the first frame) runs on. */
export interface Runtime {
	getModel(): Model;
	/** Called after every change of the model. */
	subscribe(listener: () => void): () => void;
	dispatch(msg: Msg): void;
	/** A key as Ink reports it (or a chunk of keys typed faster than they were read). */
	key(input: string, key: InkKeyLike): void;
	resize(columns: number, rows: number): void;
	/** Asks the world what the UI shows besides the checks: the journal (a fix a crash interrupted), the user's shell. */
	start(): void;
	/** Called at quit, after probes are cancelled (the Ink app leaves here). */
	onQuit(listener: () => void): void;
	/** Stops listening to the engine and the clock. */
	stop(): void;
}

const TICK_MS = 100;

/**
 * Holds the model and is the only caller of `update`: a message in, the new model kept, its
 * effects performed, each effect's answer fed back in as a message. Listens to the engine
 * (rows as checks settle) and runs the clock while anything runs. Knows nothing of Ink.
 */
export function createRuntime(options: RuntimeOptions): Runtime {
	const {engine, t, sys, fixes} = options;
	const now = options.now ?? Date.now;
	const store = options.suppressions ?? memorySuppressionStore();
	let model = initialModel({
		title: options.title,
		checks: engine.getState(),
		suppressions: store,
		fixes: Boolean(fixes),
		commands: Boolean(options.commands),
		shell: options.shell ?? defaultShell(sys.platform),
		columns: options.columns,
		rows: options.rows,
		t,
		now: now(),
	});
	const listeners = new Set<() => void>();
	const quitters: Array<() => void> = [];
	let clock: ReturnType<typeof setInterval> | undefined;
	let quitted = false;
	let stopped = false;

	const quit = () => {
		if (quitted) return;
		quitted = true;
		engine.cancel();
		options.onQuit?.();
		for (const listener of quitters) listener();
	};
	const makeCommands = options.commands;
	let host: Promise<EmbeddedRepl> | undefined;
	let historyAsked = false;
	const commands = makeCommands && {
		host: () => (host ??= makeCommands({out: (text) => dispatch({type: 'commandOutput', text}), ask: (question) => dispatch({type: 'commandAsk', question})})),
		async historyOnce() {
			if (historyAsked) return undefined;
			historyAsked = true;
			return (await commands!.host()).history();
		},
	};
	const services = {engine, sys, t, fixes, suppressions: store, detectShell: options.detectShell, quit, ...(commands ? {commands} : {})};

	const dispatch = (msg: Msg) => {
		if (stopped) return;
		const result = update(model, msg);
		if (result.model !== model) {
			model = result.model;
			for (const listener of listeners) listener();
		}
		runClock();
		run(result.effects);
	};
	const run = (effects: readonly Effect[]) => {
		for (const effect of effects) perform(effect, services, dispatch);
	};
	// Spinners turn and times count while a check or a fix runs, and only then.
	const runClock = () => {
		const wanted = !stopped && clockRunning(model.resources);
		if (wanted && !clock) clock = setInterval(() => dispatch({type: 'tick', at: now()}), TICK_MS);
		if (!wanted && clock) {
			clearInterval(clock);
			clock = undefined;
		}
	};
	const unsubscribe = engine.subscribe((state) => dispatch({type: 'checks', state, at: now()}));
	runClock();

	/** One key: resolved in the context of the model as it is now, after the keys before it. */
	const oneKey = (input: string, key: InkKeyLike) => {
		const action = resolveKey(contextOf(model.view), keyName(input, key), input);
		if (action) dispatch({type: 'key', action, at: now()});
	};

	return {
		getModel: () => model,
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		dispatch,
		key(input, key) {
			// Esc and a key typed fast reach us as one Alt+key: take it as what was typed.
			if (key.meta && !key.escape && input.length === 1 && isPlain({...key, meta: false})) {
				oneKey('', {escape: true});
				oneKey(input, {...key, meta: false});
				return;
			}
			if (input.length <= 1 || !isPlain(key)) {
				oneKey(input, key);
				return;
			}
			// Several keys in one chunk are handled one by one; text runs stay whole (typed or pasted).
			for (const token of splitChunk(input)) {
				if (token.length > 1 && !TEXT_CONTEXTS.has(contextOf(model.view))) for (const char of token) oneKey(char, {});
				else oneKey(token, {});
			}
		},
		resize(columns, rows) {
			if (columns !== model.layout.columns || rows !== model.layout.rows) dispatch({type: 'resize', columns, rows});
		},
		start() {
			dispatch({type: 'start'});
		},
		onQuit(listener) {
			quitters.push(listener);
		},
		stop() {
			stopped = true;
			unsubscribe();
			runClock();
		},
	};
}
