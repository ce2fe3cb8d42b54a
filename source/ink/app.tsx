import {useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore} from 'react';
import {useApp, useInput} from 'ink';
import type {TriageFixes} from '../app/services.js';
import type {Engine} from '../engine/engine.js';
import type {FixPreview, JournalListing, UndoPreview} from '../fixes/types.js';
import type {Translator} from '../i18n/index.js';
import {isPlain, keyName, splitChunk, type InkKeyLike} from '../ui/keys.js';
import {resolveKey, TEXT_CONTEXTS} from '../ui/keymap.js';
import {listRows} from '../ui/list.js';
import {contextOf, initialView, top, update, type Effect, type Loaded, type Message, type UpdateContext, type ViewState} from '../input/view-state.js';
import {markdownReport, personOf} from '../report/markdown.js';
import {reportMeta} from '../report/meta.js';
import {defaultShell, type ShellKind} from '../shell/syntax.js';
import {memorySuppressionStore, type SuppressionStore} from '../suppressions/suppressions.js';
import type {System} from '../system/types.js';
import {LinesView} from './lines-view.js';
import {seg, type Line} from '../layout/lines.js';
import {useClock} from './use-clock.js';
import {useTerminalSize} from './use-terminal-size.js';
import {checklistScreen} from '../screens/checklist.js';
import {detailScreen, type PaneFrame} from '../screens/detail.js';
import {clampFrame, fillFrame, footer, surface} from '../screens/frame.js';
import {helpScreen} from '../screens/help.js';
import {entryScreen, journalOrder, journalScreen, progressScreen, undoScreen, type RunState} from '../screens/journal.js';
import {previewScreen} from '../screens/preview.js';
import {reportScreen} from '../screens/report.js';
import {suppressScreen, unsuppressScreen} from '../screens/suppress.js';

export interface AppProps {
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
	/** Draw doc links as OSC 8 hyperlinks (see supportsHyperlinks). */
	hyperlinks?: boolean;
	/** Called once when the user quits; the caller cancels probes and restores the terminal. */
	onQuit?: () => void;
	/**
	 * Receives a function that asks the app to quit as Ctrl+C does (waiting for a running
	 * fix). The caller wires it to SIGINT, which arrives instead of the key before raw mode
	 * is on, or from outside.
	 */
	onQuitRequestReady?: (requestQuit: () => void) => void;
	now?: () => number;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The interactive app. One `useInput` for its whole life feeds a pure key → action → view
 * update (source/input): swapping input handlers between screens is what makes Ink 6.8
 * hang on Windows and deliver keys to a stale handler. Screens are pure functions of the
 * state that return lines; the effects (re-run, save, write, apply, undo) run here, and the
 * machine is changed only through the fixes API.
 */
export function App({engine, t, title, sys, fixes, suppressions: store, shell, detectShell, hyperlinks = false, onQuit, onQuitRequestReady, now = Date.now}: AppProps) {
	const state = useSyncExternalStore(engine.subscribe, engine.getState);
	const {exit} = useApp();
	const {columns, rows} = useTerminalSize();
	const suppressionStore = useMemo(() => store ?? memorySuppressionStore(), [store]);
	const [suppressions, setSuppressions] = useState(() => suppressionStore.list());
	const [view, setView] = useState<ViewState>(() =>
		suppressionStore.problem ? {...initialView, message: {key: 'ui.msg.storeProblem', params: {file: suppressionStore.location}, tone: 'warn'}} : initialView,
	);
	const [previews, setPreviews] = useState<ReadonlyMap<string, Loaded<FixPreview>>>(new Map());
	const [undoPreviews, setUndoPreviews] = useState<ReadonlyMap<number, Loaded<UndoPreview>>>(new Map());
	const [journal, setJournal] = useState<Loaded<JournalListing> | undefined>();
	const [run, setRun] = useState<RunState | undefined>();
	const running = Boolean(run && !run.outcome && !run.error);
	const clock = useClock(state.running || running, 100, now);
	const [shellKind, setShellKind] = useState<ShellKind>(shell ?? defaultShell(sys.platform));
	useEffect(() => {
		detectShell?.().then(setShellKind, () => undefined);
	}, [detectShell]);
	// The clock last ticked when the previous run ended: a run that starts later (R, r) is
	// timed from its own start, never before it (a negative elapsed time, a blank spinner).
	const at = state.running || running ? Math.max(clock, state.startedAt) : now();
	const items = useMemo(() => listRows(state.rows, suppressions, new Date(at)), [state.rows, suppressions, at]);
	const s = surface(columns, rows, t);

	// What the last frame measured, for the keys that scroll and page.
	const layout = useRef({pane: {lines: 0, height: 1}, listPage: 1});
	const reportFile = useRef('');
	/** A fix, undo or recovery is running (set at once, not at the next render). */
	const busy = useRef(false);
	/** Set by Ctrl+C while one runs: quit as soon as it has finished. */
	const quitWhenDone = useRef(false);
	const viewRef = useRef(view);
	viewRef.current = view;
	const latest = useRef({state, items, previews, undoPreviews, journal, run});
	latest.current = {state, items, previews, undoPreviews, journal, run};

	const findingOf = useCallback((id: string) => latest.current.state.rows.find((row) => row.id === id)?.finding, []);
	const setMessage = useCallback((message: Message) => {
		const next = {...viewRef.current, message};
		viewRef.current = next;
		setView(next);
	}, []);

	const report = (): string => {
		const {state: engineState} = latest.current;
		const meta = reportMeta(sys, t.lang, (engineState.finishedAt ?? now()) - engineState.startedAt);
		return markdownReport(engine.findings(), meta, t, {
			suppressions: suppressionStore.list(),
			now: new Date(now()),
			who: personOf(sys),
			shell: shellKind,
			unfinished: engineState.rows.filter((row) => !row.finding).map((row) => row.id),
		});
	};
	const reportRef = useRef(report);
	reportRef.current = report;
	// Made when the report screen opens, and again whenever findings or suppressions change.
	const reportOpen = top(view)?.screen === 'report';
	const markdown = useMemo(() => (reportOpen ? reportRef.current() : ''), [reportOpen, state.rows, suppressions]);

	const loadJournal = useCallback(() => {
		if (!fixes) return;
		setJournal((current) => (current?.status === 'ready' ? current : {status: 'loading'}));
		fixes.journal().then(
			(value) => setJournal({status: 'ready', value}),
			(error: unknown) => setJournal({status: 'error', error: errorText(error)}),
		);
	}, [fixes]);
	// At start-up: a fix left pending by a crash is announced on top of the checklist.
	// (Reading the journal creates nothing when there is none.)
	useEffect(() => loadJournal(), [loadJournal]);

	const quit = useCallback(() => {
		engine.cancel();
		onQuit?.();
		exit();
	}, [engine, exit, onQuit]);

	/** Runs a fix, an undo or a recovery, recording its progress for the screen. */
	const track = useCallback(
		(initial: RunState, work: (onProgress: (event: RunState['events'][number]) => void) => Promise<RunState['outcome']>) => {
			busy.current = true;
			setRun(initial);
			const onProgress = (event: RunState['events'][number]) => setRun((current) => (current ? {...current, events: [...current.events, event]} : current));
			const settle = (patch: Partial<RunState>) => {
				busy.current = false;
				setRun((current) => (current ? {...current, ...patch} : current));
				// What was previewed no longer describes the machine.
				setPreviews(new Map());
				setUndoPreviews(new Map());
				loadJournal();
				if (quitWhenDone.current) quit();
			};
			work(onProgress).then(
				(outcome) => settle({outcome}),
				(error: unknown) => settle({error: errorText(error)}),
			);
		},
		[loadJournal, quit],
	);

	const runEffect = useCallback(
		(effect: Effect) => {
			switch (effect.type) {
				case 'quit':
					// Never leave a fix half-applied: quit once it has finished.
					if (busy.current) {
						quitWhenDone.current = true;
						setRun((current) => (current ? {...current, quitting: true} : current));
						return;
					}
					quit();
					return;
				case 'rerun':
					void engine.run(effect.ids);
					return;
				case 'suppress':
				case 'unsuppress': {
					const id = effect.type === 'suppress' ? effect.suppression.id : effect.id;
					const saved = effect.type === 'suppress' ? suppressionStore.set(effect.suppression) : suppressionStore.remove(effect.id);
					saved.then(
						() => {
							setSuppressions(suppressionStore.list());
							setMessage({key: effect.type === 'suppress' ? 'ui.msg.suppressed' : 'ui.msg.unsuppressed', params: {id}, tone: 'good'});
						},
						(error: unknown) => setMessage({key: 'ui.msg.storeFailed', params: {file: suppressionStore.location, error: errorText(error)}, tone: 'bad'}),
					);
					return;
				}
				case 'writeReport': {
					const file = reportFile.current;
					sys.writeFile(file, reportRef.current()).then(
						() => setMessage({key: 'ui.msg.reportWritten', params: {file}, tone: 'good'}),
						(error: unknown) => setMessage({key: 'ui.msg.reportFailed', params: {file, error: errorText(error)}, tone: 'bad'}),
					);
					return;
				}
				case 'preview': {
					const finding = findingOf(effect.id);
					const key = `${effect.id}/${effect.fix}`;
					if (!fixes || !finding) {
						setPreviews((current) => new Map(current).set(key, {status: 'error', error: t('ui.msg.fixesUnavailable')}));
						return;
					}
					setPreviews((current) => new Map(current).set(key, {status: 'loading'}));
					fixes.preview(finding, effect.fix).then(
						(value) => setPreviews((current) => new Map(current).set(key, {status: 'ready', value})),
						(error: unknown) => setPreviews((current) => new Map(current).set(key, {status: 'error', error: errorText(error)})),
					);
					return;
				}
				case 'apply': {
					const loaded = latest.current.previews.get(`${effect.id}/${effect.fix}`);
					if (!fixes || loaded?.status !== 'ready') return;
					const preview = loaded.value;
					track({kind: 'apply', title: preview.fix.title, findingId: effect.id, views: preview.views, events: []}, (onProgress) =>
						fixes.apply(preview, {confirmIrreversible: effect.confirmIrreversible, onProgress}),
					);
					return;
				}
				case 'loadJournal':
					loadJournal();
					return;
				case 'previewUndo':
					if (!fixes) return;
					setUndoPreviews((current) => new Map(current).set(effect.entry, {status: 'loading'}));
					fixes.previewUndo(effect.entry).then(
						// The API answers null when the entry is not in the journal (any more).
						(value: UndoPreview | null) =>
							setUndoPreviews((current) => new Map(current).set(effect.entry, value ? {status: 'ready', value} : {status: 'error', error: t('ui.journal.gone', {id: effect.entry})})),
						(error: unknown) => setUndoPreviews((current) => new Map(current).set(effect.entry, {status: 'error', error: errorText(error)})),
					);
					return;
				case 'undo': {
					const loaded = latest.current.undoPreviews.get(effect.entry);
					if (!fixes || loaded?.status !== 'ready') return;
					const {entry, views} = loaded.value;
					track({kind: 'undo', title: entry.title, findingId: entry.findingId, views, events: []}, (onProgress) => fixes.undo(effect.entry, {force: effect.force, onProgress}));
					return;
				}
				case 'recover': {
					const listing = latest.current.journal?.status === 'ready' ? latest.current.journal.value : undefined;
					const pending = listing?.pending.find((p) => p.entry.id === effect.entry);
					if (!fixes || !pending) return;
					track({kind: 'recover', title: pending.entry.title, findingId: pending.entry.findingId, views: pending.entry.views, events: []}, (onProgress) =>
						fixes.recover(effect.entry, effect.action, {onProgress}),
					);
					return;
				}
			}
		},
		[engine, findingOf, fixes, loadJournal, quit, setMessage, suppressionStore, sys, t, track],
	);
	const runEffectRef = useRef(runEffect);
	runEffectRef.current = runEffect;
	useEffect(() => onQuitRequestReady?.(() => runEffectRef.current({type: 'quit'})), [onQuitRequestReady]);

	const handleKey = useCallback(
		(input: string, key: InkKeyLike) => {
			const current = viewRef.current;
			const action = resolveKey(contextOf(current), keyName(input, key), input);
			if (!action) return;
			const {journal: listing, previews: fetched, undoPreviews: undos, run: active} = latest.current;
			const ready = listing?.status === 'ready' ? listing.value : undefined;
			const entries = ready ? journalOrder(ready) : [];
			const ctx: UpdateContext = {
				items: latest.current.items,
				finding: findingOf,
				pane: layout.current.pane,
				listPage: layout.current.listPage,
				preview: (id, fix) => fetched.get(`${id}/${fix}`),
				journal: {
					order: entries.map((entry) => entry.id),
					entry: (id) => entries.find((entry) => entry.id === id),
					isPending: (id) => Boolean(ready?.pending.some((p) => p.entry.id === id)),
				},
				undoPreview: (entry) => undos.get(entry),
				applyDone: !active || Boolean(active.outcome || active.error),
				now: new Date(now()),
			};
			const result = update(current, action, ctx);
			if (top(result.state)?.screen === 'report' && top(current)?.screen !== 'report') reportFile.current = reportPath(sys, new Date(now()));
			viewRef.current = result.state;
			setView(result.state);
			for (const effect of result.effects) runEffect(effect);
		},
		[findingOf, now, runEffect, sys],
	);
	// Several keys in one chunk are handled one by one; text runs stay whole (typed or pasted).
	const handle = useCallback(
		(input: string, key: InkKeyLike) => {
			// Esc and a key typed fast reach us as one Alt+key: take it as what was typed.
			if (key.meta && !key.escape && input.length === 1 && isPlain({...key, meta: false})) {
				handleKey('', {escape: true});
				return handleKey(input, {...key, meta: false});
			}
			if (input.length <= 1 || !isPlain(key)) return handleKey(input, key);
			for (const token of splitChunk(input)) {
				if (token.length > 1 && !TEXT_CONTEXTS.has(contextOf(viewRef.current))) for (const char of token) handleKey(char, {});
				else handleKey(token, {});
			}
		},
		[handleKey],
	);
	useInput(handle);

	let lines: Line[];
	let pane: PaneFrame['pane'] | undefined;
	const current = top(view);
	const rowOf = (id: string) => state.rows.find((row) => row.id === id);
	const itemOf = (id: string) => items.find((item) => item.row.id === id);
	const listing = journal?.status === 'ready' ? journal.value : undefined;
	if (view.help) {
		({lines, pane} = helpScreen(contextOf({...view, help: undefined}), view.help.scroll, s));
	} else if (!current) {
		const interrupted = listing?.pending.length ?? 0;
		const screen = checklistScreen({state, items, view, title, now: at, ...(interrupted > 0 ? {banner: [seg(t('ui.journal.banner', {count: interrupted}), {color: 'red', bold: true})]} : {})}, s);
		lines = screen.lines;
		layout.current.listPage = screen.page;
	} else {
		const message = view.message;
		switch (current.screen) {
			case 'detail':
				({lines, pane} = detailScreen({row: rowOf(current.id)!, suppression: itemOf(current.id)?.suppression, scroll: current.scroll, fix: current.fix, shell: shellKind, message}, s));
				break;
			case 'preview':
			case 'confirm': {
				const row = rowOf(current.id)!;
				const fix = row.finding?.fixes.find((f) => f.id === current.fix);
				if (!fix) {
					lines = fillFrame([], footer('preview', s, {message: {key: 'ui.msg.fixGone', tone: 'warn'}}), s);
					break;
				}
				({lines, pane} = previewScreen(
					{
						row,
						fix,
						preview: previews.get(`${current.id}/${current.fix}`),
						scroll: current.screen === 'preview' ? current.scroll : 0,
						shell: shellKind,
						message,
						...(current.screen === 'confirm' ? {typed: current.typed} : {}),
					},
					s,
				));
				break;
			}
			case 'applying':
				({lines, pane} = run ? progressScreen(run, run.findingId ? rowOf(run.findingId) : undefined, current.scroll, at, s, message) : {lines: fillFrame([], footer('applying', s, {message}), s), pane: undefined});
				break;
			case 'journal': {
				const screen = journalScreen(journal, current.cursor, s, message);
				({lines, pane} = screen);
				layout.current.listPage = screen.page;
				break;
			}
			case 'entry':
				({lines, pane} = entryScreen(listing, current.entry, current.scroll, shellKind, s, message));
				break;
			case 'undo':
				({lines, pane} = undoScreen(listing && journalOrder(listing).find((e) => e.id === current.entry), current.entry, undoPreviews.get(current.entry), current.scroll, shellKind, s, message));
				break;
			case 'suppress':
				lines = suppressScreen(rowOf(current.id)!, current, suppressionStore.location, s, message);
				break;
			case 'unsuppress': {
				const suppression = itemOf(current.id)?.suppression;
				lines = suppression ? unsuppressScreen(rowOf(current.id)!, suppression, s, message) : fillFrame([], footer('unsuppress', s, {message}), s);
				break;
			}
			case 'report':
				({lines, pane} = reportScreen(markdown, reportFile.current, current.scroll, s, message));
				break;
		}
	}
	if (pane) layout.current.pane = pane;
	return <LinesView lines={clampFrame(lines, s.height)} hyperlinks={hyperlinks} />;
}

/** `goenv-tui-report-2026-11-26-0715.md` in the current folder. */
export function reportPath(sys: System, at: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	const stamp = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`;
	return sys.path.join(sys.cwd(), `goenv-tui-report-${stamp}.md`);
}
