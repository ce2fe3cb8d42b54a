import {useCallback, useMemo, useRef, useState, useSyncExternalStore} from 'react';
import {useApp, useInput} from 'ink';
import type {Engine} from './engine/engine.js';
import type {Translator} from './i18n/index.js';
import {keyName} from './input/keys.js';
import {resolveKey} from './input/keymap.js';
import {listRows} from './input/list.js';
import {contextOf, initialView, top, update, type Effect, type Message, type UpdateContext, type ViewState} from './input/view-state.js';
import {markdownReport, personOf} from './report/markdown.js';
import {reportMeta} from './report/meta.js';
import type {ShellKind} from './shell/syntax.js';
import {defaultShell} from './shell/syntax.js';
import {memorySuppressionStore, type SuppressionStore} from './suppressions/suppressions.js';
import type {System} from './system/types.js';
import {pathDelimiter} from './facts/path-lookup.js';
import {LinesView} from './components/lines-view.js';
import type {Line} from './components/lines.js';
import {useClock} from './components/use-clock.js';
import {useTerminalSize} from './components/use-terminal-size.js';
import {checklistScreen} from './screens/checklist.js';
import {detailScreen, type PaneFrame} from './screens/detail.js';
import {fillFrame, footer, surface} from './screens/frame.js';
import {helpScreen} from './screens/help.js';
import {previewScreen} from './screens/preview.js';
import {reportScreen} from './screens/report.js';
import {suppressScreen, unsuppressScreen} from './screens/suppress.js';

export interface AppProps {
	engine: Engine;
	t: Translator;
	title: string;
	/** The machine: its platform, folders, and the one door for writing the report file. */
	sys: System;
	suppressions?: SuppressionStore;
	/** The shell whose syntax commands are shown in. */
	shell?: ShellKind;
	/** Draw doc links as OSC 8 hyperlinks (see supportsHyperlinks). */
	hyperlinks?: boolean;
	/** Called once when the user quits; the caller cancels probes and restores the terminal. */
	onQuit?: () => void;
	now?: () => number;
}

/**
 * The interactive app. One `useInput` for its whole life feeds a pure key → action → view
 * update (source/input): swapping input handlers between screens is what makes Ink 6.8
 * hang on Windows and deliver keys to a stale handler. Screens are pure functions of the
 * state that return lines; effects (re-run, save, write) run here.
 */
export function App({engine, t, title, sys, suppressions: store, shell, hyperlinks = false, onQuit, now = Date.now}: AppProps) {
	const state = useSyncExternalStore(engine.subscribe, engine.getState);
	const {exit} = useApp();
	const {columns, rows} = useTerminalSize();
	const clock = useClock(state.running, 100, now);
	const suppressionStore = useMemo(() => store ?? memorySuppressionStore(), [store]);
	const [suppressions, setSuppressions] = useState(() => suppressionStore.list());
	const [view, setView] = useState<ViewState>(initialView);
	const shellKind = shell ?? defaultShell(sys.platform);
	const at = state.running ? clock : now();
	const items = useMemo(() => listRows(state.rows, suppressions, new Date(at)), [state.rows, suppressions, at]);
	const s = surface(columns, rows, t);

	// What the last frame measured, for the keys that scroll and page.
	const layout = useRef({pane: {lines: 0, height: 1}, listPage: 1});
	const reportFile = useRef('');
	const viewRef = useRef(view);
	viewRef.current = view;
	const latest = useRef({state, items});
	latest.current = {state, items};

	const findingOf = useCallback((id: string) => latest.current.state.rows.find((row) => row.id === id)?.finding, []);
	const report = (): string => {
		const {state: engineState} = latest.current;
		const meta = reportMeta(sys, t.lang, (engineState.finishedAt ?? now()) - engineState.startedAt);
		return markdownReport(engine.findings(), meta, t, {
			suppressions: suppressionStore.list(),
			now: new Date(now()),
			who: personOf(sys),
			shell: shellKind,
			pathDelimiter: pathDelimiter(sys.platform),
			unfinished: engineState.rows.filter((row) => !row.finding).map((row) => row.id),
		});
	};

	const reportRef = useRef(report);
	reportRef.current = report;
	// Made when the report screen opens, and again whenever findings or suppressions change.
	const reportOpen = top(view)?.screen === 'report';
	const markdown = useMemo(() => (reportOpen ? reportRef.current() : ''), [reportOpen, state.rows, suppressions]);

	const setMessage = useCallback((message: Message) => {
		const next = {...viewRef.current, message};
		viewRef.current = next;
		setView(next);
	}, []);

	const run = useCallback(
		(effect: Effect) => {
			switch (effect.type) {
				case 'quit':
					engine.cancel();
					onQuit?.();
					exit();
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
				default:
					return;
			}
		},
		[engine, exit, onQuit, setMessage, suppressionStore, sys],
	);

	const handle = useCallback(
		(input: string, key: Parameters<Parameters<typeof useInput>[0]>[1]) => {
			const current = viewRef.current;
			const action = resolveKey(contextOf(current), keyName(input, key), input);
			if (!action) return;
			const ctx: UpdateContext = {
				items: latest.current.items,
				finding: findingOf,
				pane: layout.current.pane,
				listPage: layout.current.listPage,
				journal: {ids: []},
				applyDone: true,
				now: new Date(now()),
			};
			const result = update(current, action, ctx);
			if (top(result.state)?.screen === 'report' && top(current)?.screen !== 'report') reportFile.current = reportPath(sys, new Date(now()));
			viewRef.current = result.state;
			setView(result.state);
			for (const effect of result.effects) run(effect);
		},
		[findingOf, now, run, sys],
	);
	useInput(handle);

	let lines: Line[];
	let pane: PaneFrame['pane'] | undefined;
	const current = top(view);
	const rowOf = (id: string) => state.rows.find((row) => row.id === id);
	const itemOf = (id: string) => items.find((item) => item.row.id === id);
	if (view.help) {
		({lines, pane} = helpScreen(contextOf({...view, help: undefined}), view.help.scroll, s));
	} else if (!current) {
		const screen = checklistScreen({state, items, view, title, now: at}, s);
		lines = screen.lines;
		layout.current.listPage = screen.page;
	} else {
		switch (current.screen) {
			case 'detail': {
				const row = rowOf(current.id)!;
				({lines, pane} = detailScreen({row, suppression: itemOf(current.id)?.suppression, scroll: current.scroll, fix: current.fix, shell: shellKind, message: view.message}, s));
				break;
			}
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
						scroll: current.screen === 'preview' ? current.scroll : 0,
						shell: shellKind,
						pathDelimiter: pathDelimiter(sys.platform),
						message: view.message,
						...(current.screen === 'confirm' ? {typed: current.typed} : {}),
					},
					s,
				));
				break;
			}
			case 'suppress':
				lines = suppressScreen(rowOf(current.id)!, current, suppressionStore.location, s, view.message);
				break;
			case 'unsuppress': {
				const suppression = itemOf(current.id)?.suppression;
				lines = suppression ? unsuppressScreen(rowOf(current.id)!, suppression, s, view.message) : fillFrame([], footer('unsuppress', s, {message: view.message}), s);
				break;
			}
			case 'report':
				({lines, pane} = reportScreen(markdown, reportFile.current, current.scroll, s, view.message));
				break;
			default:
				lines = fillFrame([], footer(contextOf(view), s, {message: view.message}), s);
		}
	}
	if (pane) layout.current.pane = pane;
	return <LinesView lines={clampFrame(lines, s.height)} hyperlinks={hyperlinks} />;
}

/** Never more than `height` lines: if a screen overflows, the footer is kept. */
function clampFrame(lines: readonly Line[], height: number): readonly Line[] {
	return lines.length <= height ? lines : [...lines.slice(0, height - 1), lines.at(-1)!];
}

function errorText(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/** `goenv-tui-report-2026-11-26-0715.md` in the current folder. */
export function reportPath(sys: System, at: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	const stamp = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`;
	return sys.path.join(sys.cwd(), `goenv-tui-report-${stamp}.md`);
}
