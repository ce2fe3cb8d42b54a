import type {Probe, ProbeContext} from '../engine/probe.js';
import {DELVE_COMPAT_AS_OF, DELVE_COMPAT_SOURCE, DELVE_DWARF5, DELVE_TOO_OLD, GO_TOO_OLD_FOR_DELVE, delveVersionFor, delveWindow, goplsVersionFor} from '../data/delve-compat.js';
import {EDITOR_TOOLS, editorTools, goMinor, type EditorTool, type ToolCopy, type ToolsFact} from '../facts/tools.js';
import {format, joinClauses, joinList} from '../i18n/index.js';
import type {Evidence, ProbeResult} from '../model/finding.js';
import type {Fix} from '../model/fix.js';
import type {Status} from '../model/status.js';
import {userShellSyntax} from '../shell/detect.js';
import {removeFileCommand} from '../shell/syntax.js';
import {commandEvidence} from './evidence.js';
import {worstStatus} from './parts.js';

/**
 * gopls and dlv: every copy (PATH, GOBIN, GOPATH/bin, GOROOT/bin), the one that runs, the
 * Go that built each (`go version -m`), and for dlv, Delve's supported-Go window.
 */

interface Problem {
	status: Status;
	text: string;
	/** A newer build (go install) cures it. */
	update?: boolean;
}

function placeLabel(t: ProbeContext['t'], copy: ToolCopy): string {
	return joinList(
		t,
		copy.places.map((place) => (place === 'path' ? t('probe.tool.place.path', {index: (copy.pathIndex ?? 0) + 1}) : t(`probe.tool.place.${place}`))),
	);
}

function copiesTable(t: ProbeContext['t'], copies: readonly ToolCopy[]): Evidence {
	return {
		kind: 'table',
		title: t('probe.tool.evidence.copies'),
		columns: [
			{key: 'path', label: t('column.path')},
			{key: 'where', label: t('column.source')},
			{key: 'go', label: t('probe.tool.column.builtWith')},
			{key: 'version', label: t('column.version')},
			{key: 'note', label: t('column.note')},
		],
		rows: copies.map((copy) => ({
			path: copy.file,
			where: placeLabel(t, copy),
			go: copy.build?.goVersion ?? '?',
			version: copy.build?.module?.version ?? '?',
			note: joinClauses(
				t,
				[
					copy.wins ? t('probe.tool.mark.runs') : copy.pathIndex !== undefined ? t('probe.tool.mark.shadowed') : t('probe.tool.mark.notOnPath'),
					copy.installTarget ? t('probe.tool.mark.installTarget') : '',
					copy.sameAs ? t('probe.tool.mark.sameAs', {path: copy.sameAs}) : '',
					copy.build ? '' : t('probe.tool.mark.noBuildInfo'),
				].filter(Boolean),
			),
			...(copy.wins ? {_tone: 'good' as const} : copy.sameAs ? {_tone: 'muted' as const} : {}),
		})),
	};
}

/** The Delve-specific verdicts: its window of Go versions, and DWARF 5. */
function delveProblems(t: ProbeContext['t'], copy: ToolCopy, goVersion: string, goos: string, goexperiment: string): Problem[] {
	const problems: Problem[] = [];
	const inUse = goMinor(goVersion);
	const version = copy.build?.module?.version;
	if (inUse === null || !version) return problems;
	const window = delveWindow(version);
	if (window?.known === true) {
		if (inUse > window.maxGoMinor) {
			problems.push({status: 'error', update: true, text: t('probe.dlv.tooOld', {version, message: format(DELVE_TOO_OLD, {go: goVersion, max: window.maxGoMinor})})});
		} else if (inUse < window.minGoMinor) {
			problems.push({status: 'error', update: true, text: t('probe.dlv.goTooOld', {version, message: format(GO_TOO_OLD_FOR_DELVE, {go: goVersion, min: window.minGoMinor})})});
		}
	} else if (window?.known === 'older' && inUse > window.maxGoMinor) {
		problems.push({status: 'error', update: true, text: t('probe.dlv.tooOld', {version, message: format(DELVE_TOO_OLD, {go: goVersion, max: window.maxGoMinor})})});
	} else if (window?.known === false) {
		problems.push({status: 'info', text: t('probe.dlv.newerThanData', {version, newest: window.newestKnown, date: DELVE_COMPAT_AS_OF})});
	}
	// Go 1.25 writes DWARF 5 (not on darwin, ios, aix); a Delve built by older Go cannot read it.
	const builtWith = goMinor(copy.build?.goVersion);
	const dwarf5 = inUse >= 25 && !['darwin', 'ios', 'aix'].includes(goos) && !/\bnodwarf5\b/.test(goexperiment);
	if (dwarf5 && builtWith !== null && builtWith < 25 && !problems.some((p) => p.status === 'error')) {
		problems.push({status: 'error', update: true, text: t('probe.dlv.dwarf5', {go: copy.build!.goVersion, message: DELVE_DWARF5})});
	}
	return problems;
}

function installFix(ctx: ProbeContext, tool: EditorTool, fact: ToolsFact, go: string, reason: 'install' | 'update', cross: boolean, moduleMode: string): Fix | null {
	const {t, sys} = ctx;
	// With GOOS/GOARCH set for another system, go install builds a tool that cannot run here,
	// into another folder (GOPATH/bin/GOOS_GOARCH): not what the editor needs. With modules
	// off, `go install pkg@version` refuses to run at all (go111module's fix comes first).
	if (cross || moduleMode === 'off') return null;
	const minor = goMinor(fact.goVersion);
	const version = tool === 'dlv' ? delveVersionFor(minor ?? 99) : goplsVersionFor(minor ?? 99);
	if (!version || !fact.installDir) return null;
	const target = sys.path.join(fact.installDir, EDITOR_TOOLS[tool].name + fact.exe);
	const spec = `${EDITOR_TOOLS[tool].pkg}@${version}`;
	return {
		id: `go-install-${tool}`,
		title: t(reason === 'install' ? 'fix.tool.install.title' : 'fix.tool.update.title', {tool, spec}),
		description: t('fix.tool.description', {tool, spec, target, go: fact.goVersion ?? '?'}),
		changes: [
			{
				kind: 'command',
				argv: [go, 'install', spec],
				cwd: sys.homedir(),
				replaces: [target],
				irreversible: false,
				description: t('fix.tool.command', {spec, target}),
			},
		],
		needsAdmin: false,
		reversible: true,
		restartHint: t('fix.tool.restart'),
	};
}

export function editorToolProbe(tool: EditorTool): Probe {
	return {
		id: tool,
		family: 'editor',
		title: tool === 'dlv' ? 'probe.dlv.title' : 'probe.gopls.title',
		dependsOn: ['go-on-path'],
		async run(ctx): Promise<ProbeResult> {
			const {facts, t, sys} = ctx;
			const [fact, go, goEnv] = await Promise.all([editorTools(facts), facts.goBinary(), facts.goEnv()]);
			const targetValues = goEnv?.ok ? goEnv.values : {};
			const cross = Boolean(targetValues.GOHOSTOS) && (targetValues.GOOS !== targetValues.GOHOSTOS || targetValues.GOARCH !== targetValues.GOHOSTARCH);
			const copies = fact.tools[tool];
			const goVersion = fact.goVersion ?? '?';
			const why = t(tool === 'dlv' ? 'probe.dlv.why' : 'probe.gopls.why');
			const docUrl = tool === 'dlv' ? 'https://github.com/go-delve/delve/tree/master/Documentation/installation' : 'https://go.dev/gopls';
			const evidence: Evidence[] = copies.length > 0 ? [copiesTable(t, copies)] : [];
			if (fact.command) evidence.push(commandEvidence(t, fact.command));
			evidence.push({
				kind: 'kv',
				title: t('probe.tool.evidence.context'),
				rows: [
					{label: t('probe.tool.label.goInUse'), value: goVersion},
					{label: t('probe.tool.label.installDir'), value: fact.installDir ?? '?'},
					...(tool === 'dlv' ? [{label: t('probe.dlv.label.data'), value: t('probe.dlv.dataAsOf', {source: DELVE_COMPAT_SOURCE, date: DELVE_COMPAT_AS_OF})}] : []),
				],
			});

			if (copies.length === 0) {
				const fix = go ? installFix(ctx, tool, fact, go, 'install', cross, targetValues.GO111MODULE ?? '') : null;
				return {status: 'info', summary: t('probe.tool.notInstalled', {tool}), why, docUrl, evidence, fixes: fix ? [fix] : []};
			}

			const winner = copies.find((c) => c.wins);
			const subject = winner ?? copies.find((c) => c.installTarget) ?? copies[0]!;
			const problems: Problem[] = [];
			if (!subject.build) {
				problems.push({status: 'info', text: t('probe.tool.noBuildInfo', {tool, path: subject.file})});
			} else {
				const built = goMinor(subject.build.goVersion);
				const inUse = goMinor(fact.goVersion);
				if (tool === 'dlv') {
					const values = goEnv?.ok ? goEnv.values : {};
					problems.push(...delveProblems(t, subject, goVersion, values.GOOS ?? sys.platform, values.GOEXPERIMENT ?? ''));
				}
				if (built !== null && inUse !== null && built < inUse && !problems.some((p) => p.status === 'error')) {
					problems.push({status: 'warn', update: true, text: t('probe.tool.recompile', {tool, built: subject.build.goVersion, go: goVersion, path: subject.file})});
				}
			}
			const installCopy = copies.find((c) => c.installTarget);
			const stale = winner && installCopy && winner !== installCopy && winner.sameAs !== installCopy.file ? winner : undefined;
			if (stale) {
				const where = stale.places.includes('goroot-bin') ? t('probe.tool.place.goroot-bin') : placeLabel(t, stale);
				problems.push({status: 'warn', text: t('probe.tool.shadows', {tool, stale: stale.file, where, installed: installCopy!.file})});
			}
			if (!winner) problems.push({status: 'info', text: t('probe.tool.notOnPath', {tool, path: subject.file})});

			const status = worstStatus(problems);
			const fixes: Fix[] = [];
			// Rebuilding helps only when the copy that runs is the one go install writes.
			if (go && !stale && problems.some((p) => p.update)) {
				const fix = installFix(ctx, tool, fact, go, 'update', cross, targetValues.GO111MODULE ?? '');
				if (fix) fixes.push(fix);
			}
			if (stale) {
				// A binary cannot be journaled as text: removing the stale copy is left to the person.
				fixes.push({
					id: `remove-stale-${tool}`,
					title: t('fix.tool.removeStale.title', {path: stale.file}),
					description: t('fix.tool.removeStale.description', {tool, path: stale.file, installed: installCopy!.file}),
					changes: [],
					needsAdmin: false,
					reversible: false,
					restartHint: t('fix.tool.restart'),
					manualCommands: [removeFileCommand(await userShellSyntax(facts), stale.file)],
				});
			}
			const version = subject.build?.module?.version;
			const head = t('probe.tool.summary', {tool, version: version ?? '?', go: subject.build?.goVersion ?? '?', path: subject.file});
			if (problems.length === 0) return {status: 'ok', summary: head, evidence};
			return {status, summary: joinClauses(t, problems.map((p) => p.text)), why, docUrl, evidence, fixes};
		},
	};
}
