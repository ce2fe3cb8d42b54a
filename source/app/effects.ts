import type {Engine} from '../engine/engine.js';
import type {RecoveryOutcome, UndoPreview} from '../fixes/types.js';
import type {Translator} from '../i18n/index.js';
import type {ShellKind} from '../shell/syntax.js';
import type {SuppressionStore} from '../suppressions/suppressions.js';
import type {System} from '../system/types.js';
import type {Effect, Msg} from '../ui/messages.js';
import type {EmbeddedRepl} from '../repl/embedded.js';
import type {TriageFixes} from './services.js';

/** What effects are performed with: the only doors from the UI to the world. */
export interface EffectServices {
	engine: Engine;
	sys: System;
	t: Translator;
	/** The fixes API; without it fixes can be read but not applied (update never asks then). */
	fixes?: TriageFixes;
	suppressions: SuppressionStore;
	/** Finds the user's shell (the process chain). */
	detectShell?: () => Promise<ShellKind>;
	/** Stops the UI: the runtime's own quit. */
	quit(): void;
	/** The REPL behind the `:` line, made on first use; absent where it is not offered. */
	commands?: {
		host(): Promise<EmbeddedRepl>;
		/** The stored history, the first time it is asked for (undefined after). */
		historyOnce(): Promise<string[] | undefined>;
	};
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Performs one effect; its answer, success or failure, comes back as a message through
 * `dispatch`. Nothing here decides anything: `update` did, and it reads the answer.
 */
export function perform(effect: Effect, services: EffectServices, dispatch: (msg: Msg) => void): void {
	const {engine, sys, t, fixes, suppressions} = services;
	switch (effect.type) {
		case 'quit':
			services.quit();
			return;
		case 'rerun':
			void engine.run(effect.ids);
			return;
		case 'detectShell':
			services.detectShell?.().then(
				(shell) => dispatch({type: 'shell', shell}),
				() => undefined,
			);
			return;
		case 'suppress':
		case 'unsuppress': {
			const id = effect.type === 'suppress' ? effect.suppression.id : effect.id;
			const saved = effect.type === 'suppress' ? suppressions.set(effect.suppression) : suppressions.remove(effect.id);
			saved.then(
				() => dispatch({type: 'suppressions', list: suppressions.list(), notice: {key: effect.type === 'suppress' ? 'ui.msg.suppressed' : 'ui.msg.unsuppressed', params: {id}, tone: 'good'}}),
				(error: unknown) => dispatch({type: 'notice', notice: {key: 'ui.msg.storeFailed', params: {file: suppressions.location, error: errorText(error)}, tone: 'bad'}}),
			);
			return;
		}
		case 'makeReport':
			// The report's code loads when a report is first asked for, not with the UI.
			makeReport(effect, sys, t).then(
				(made) => dispatch({type: 'report', ...made}),
				(error: unknown) => dispatch({type: 'notice', notice: {key: 'ui.msg.reportFailed', params: {file: effect.file ?? '', error: errorText(error)}, tone: 'bad'}}),
			);
			return;
		case 'writeReport':
			// A new file: a second report in the same minute gets `-2`, never replaces the first.
			import('../system/write-new.js')
				.then(({writeNewFile}) => writeNewFile(sys, effect.file, effect.markdown))
				.then(
					(written) => dispatch({type: 'notice', notice: {key: 'ui.msg.reportWritten', params: {file: written}, tone: 'good'}}),
					(error: unknown) => dispatch({type: 'notice', notice: {key: 'ui.msg.reportFailed', params: {file: effect.file, error: errorText(error)}, tone: 'bad'}}),
				);
			return;
		case 'preview': {
			if (!fixes) return;
			const {finding, fix} = effect;
			fixes.preview(finding, fix).then(
				(value) => dispatch({type: 'preview', id: finding.id, fix, loaded: {status: 'ready', value}}),
				(error: unknown) => dispatch({type: 'preview', id: finding.id, fix, loaded: {status: 'error', error: errorText(error)}}),
			);
			return;
		}
		case 'loadJournal':
			fixes?.journal().then(
				(value) => dispatch({type: 'journal', loaded: {status: 'ready', value}}),
				(error: unknown) => dispatch({type: 'journal', loaded: {status: 'error', error: errorText(error)}}),
			);
			return;
		case 'previewUndo':
			fixes?.previewUndo(effect.entry).then(
				// The API answers null when the entry is not in the journal (any more).
				(value: UndoPreview | null) =>
					dispatch({type: 'undoPreview', entry: effect.entry, loaded: value ? {status: 'ready', value} : {status: 'error', error: t('ui.journal.gone', {id: effect.entry})}}),
				(error: unknown) => dispatch({type: 'undoPreview', entry: effect.entry, loaded: {status: 'error', error: errorText(error)}}),
			);
			return;
		case 'apply':
			if (fixes) track(fixes.apply(effect.preview, {confirmIrreversible: effect.confirmIrreversible, onProgress: (event) => dispatch({type: 'progress', event})}), dispatch);
			return;
		case 'undo':
			if (fixes) track(fixes.undo(effect.entry, {force: effect.force, onProgress: (event) => dispatch({type: 'progress', event})}), dispatch);
			return;
		case 'recover':
			if (fixes) track(fixes.recover(effect.entry, effect.action, {onProgress: (event) => dispatch({type: 'progress', event})}), dispatch);
			return;
		case 'commandOpen':
			services.commands?.historyOnce().then(
				(lines) => lines && dispatch({type: 'commandHistory', lines}),
				() => undefined,
			);
			return;
		case 'commandRun': {
			const commands = services.commands;
			if (!commands) return;
			commands
				.host()
				.then(async (host) => {
					void host.remember(effect.line);
					return host.run(effect.line);
				})
				.then(
					(outcome) => dispatch({type: 'commandDone', ok: outcome.ok, ...(outcome.quit ? {quit: true} : {})}),
					(error: unknown) => {
						dispatch({type: 'commandOutput', text: `${errorText(error)}\n`});
						dispatch({type: 'commandDone', ok: false});
					},
				);
			return;
		}
		case 'commandAnswer':
			void services.commands?.host().then((host) => host.answer(effect.text));
			return;
		case 'commandInterrupt':
			void services.commands?.host().then((host) => host.interrupt());
			return;
		case 'commandComplete':
			services.commands
				?.host()
				.then((host) => host.complete(effect.line))
				.then(
					([hits, substring]) => dispatch({type: 'commandCompleted', line: effect.line, hits, substring}),
					() => undefined,
				);
			return;
	}
}

/** A fix, undo or recovery: its outcome, or the error the API threw (a programming error, said plainly). */
function track(work: Promise<NonNullable<Extract<Msg, {type: 'runSettled'}>['outcome']> | RecoveryOutcome>, dispatch: (msg: Msg) => void): void {
	work.then(
		(outcome) => dispatch({type: 'runSettled', outcome}),
		(error: unknown) => dispatch({type: 'runSettled', error: errorText(error)}),
	);
}

/** The shareable report of the effect's findings, and its file: `goenv-tui-report-2026-11-26-0715.md` in the reports folder (never the current folder, often a repository) unless named already. */
async function makeReport(effect: Extract<Effect, {type: 'makeReport'}>, sys: System, t: Translator): Promise<{file: string; markdown: string}> {
	const [{markdownReport}, {reportMeta}, {personOf}, {reportFileName, reportsFolder}] = await Promise.all([
		import('../report/markdown.js'),
		import('../report/meta.js'),
		import('../report/person.js'),
		import('../report/destination.js'),
	]);
	const markdown = markdownReport(effect.findings, reportMeta(sys, t.lang, effect.elapsedMs), t, {
		suppressions: effect.suppressions,
		now: new Date(effect.at),
		who: personOf(sys),
		shell: effect.shell,
		unfinished: effect.unfinished,
	});
	return {file: effect.file ?? sys.path.join(reportsFolder(sys), reportFileName(new Date(effect.at))), markdown};
}
