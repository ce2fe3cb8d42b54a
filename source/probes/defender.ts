import type {Probe, ProbeContext} from '../engine/probe.js';
import type {GoEnvFileFact} from '../facts/facts.js';
import {windowsFacts, type DefenderEvent, type ThreatDetection, type WindowsFacts} from '../facts/windows-batch.js';
import type {Evidence} from '../model/finding.js';
import type {Change, Fix} from '../model/fix.js';
import {commandEvidence, failedText} from './evidence.js';
import {partsSummary, worstStatus, type Part} from './parts.js';
import {joinList, withNote} from '../i18n/index.js';

/**
 * Microsoft Defender and Go. Real-time protection scans every file a build writes, and its
 * machine-learning detections quarantine Go build output now and then (`go-build…\*.test.exe`,
 * events 1116/1117). A person without admin rights cannot see the exclusions: Defender
 * answers `N/A: Must be and administrator to view exclusions`, which means "unknown", never
 * "none". When another antivirus owns protection, Defender's cmdlets fail with 0x800106ba:
 * that is "unknown" too, not an error. Smart App Control is reported, never changed.
 */

export interface GoPaths {
	gocache?: string;
	gotmpdir?: string;
	gopath: string[];
	gomodcache?: string;
	goroot?: string;
	temp?: string;
}

/** `file:_C:\x\y.exe` → `C:\x\y.exe` (Defender's resource prefixes). */
export function resourcePath(resource: string): string {
	return resource.replace(/^[a-z]+:_/i, '').replace(/->.*$/, '');
}

const norm = (p: string) => p.replace(/\//g, '\\').replace(/\\+$/, '').toLowerCase();

/** Whether `child` is `parent` or inside it (Windows, case-insensitive, trailing `\` ignored). */
export function isUnder(child: string, parent: string): boolean {
	const c = norm(child);
	const p = norm(parent);
	return p !== '' && (c === p || c.startsWith(p + '\\'));
}

/** A detected file that belongs to Go's builds: go-build folders, *.test.exe, Go's own folders. */
export function isGoPath(file: string, paths: GoPaths): boolean {
	const lower = norm(file);
	if (/\\go-build\d*(\\|$)/.test(lower) || lower.endsWith('.test.exe')) return true;
	return [paths.gocache, paths.gotmpdir, paths.gomodcache, paths.goroot, ...paths.gopath].some((dir) => dir && isUnder(file, dir));
}

export interface Detection {
	time: string;
	threat: string;
	path: string;
	source: string;
}

/** `Name: …` / `Path: …` lines of a 1116/1117 message (English), for events without XML fields. */
export function parseDefenderMessage(message: string): {name?: string; path?: string; action?: string} {
	const field = (label: string) => new RegExp(`^\\s*${label}:\\s*(.+?)\\s*$`, 'mi').exec(message)?.[1];
	return {name: field('Name'), path: field('Path'), action: field('Action')};
}

/** Go-related detections from Get-MpThreatDetection and the event log, one row per file and threat. */
export function goDetections(threats: readonly ThreatDetection[], events: readonly DefenderEvent[], paths: GoPaths): Detection[] {
	const rows: Detection[] = [];
	const seen = new Set<string>();
	const add = (row: Detection) => {
		const key = `${row.threat}|${norm(row.path)}`;
		if (seen.has(key) || !isGoPath(row.path, paths)) return;
		seen.add(key);
		rows.push(row);
	};
	for (const event of events) {
		const fromMessage = parseDefenderMessage(event.message ?? '');
		const threat = event.threatName || fromMessage.name || '?';
		const action = event.action || fromMessage.action || '';
		// The event's Path may list several resources separated by `;`.
		for (const part of (event.path || fromMessage.path || '').split(';').filter(Boolean)) {
			add({time: event.time, threat, path: resourcePath(part.trim()), source: `event ${event.id}${action ? ` (${action})` : ''}`});
		}
	}
	for (const threat of threats) {
		for (const resource of threat.resources) add({time: threat.time, threat: threat.threatName || threat.threatId, path: resourcePath(resource), source: 'Get-MpThreatDetection'});
	}
	return rows.sort((a, b) => b.time.localeCompare(a.time));
}

/** `N/A: Must be and administrator to view exclusions` (sic), or the HideExclusionsFromLocalAdmins policy's text. */
export function exclusionsHidden(list: readonly string[]): string | null {
	return list.find((entry) => /^N\/A:/.test(entry)) ?? null;
}

const THIRD_PARTY_HRESULT = /0x800106ba/i;

function thirdParty(w: WindowsFacts): {names: string[]; why: string} | null {
	const others = w.antivirus.ok ? w.antivirus.data.filter((p) => !/defender/i.test(p.name) && ((p.state >> 12) & 0xf) === 1).map((p) => p.name) : [];
	const status = w.defenderStatus;
	if (!status.ok && THIRD_PARTY_HRESULT.test(`${status.message} ${status.errorId ?? ''}`)) return {names: others, why: '0x800106ba'};
	if (status.ok && /passive|edr/i.test(status.data.amRunningMode)) return {names: others, why: status.data.amRunningMode};
	if (status.ok && status.data.antivirusEnabled === false && others.length > 0) return {names: others, why: 'AntivirusEnabled=False'};
	return null;
}

export const defender: Probe = {
	id: 'defender',
	family: 'windows',
	title: 'probe.defender.title',
	platforms: ['win32'],
	timeoutMs: 25_000,
	async run(ctx) {
		const {facts, sys, t} = ctx;
		const [w, goEnv] = await Promise.all([windowsFacts(facts), facts.goEnv()]);
		const go = goEnv?.ok ? goEnv.values : {};
		const paths: GoPaths = {
			gocache: go.GOCACHE || (sys.getenv('LOCALAPPDATA') ? sys.path.join(sys.getenv('LOCALAPPDATA')!, 'go-build') : undefined),
			gotmpdir: go.GOTMPDIR || undefined,
			gopath: (go.GOPATH || (sys.getenv('USERPROFILE') ? sys.path.join(sys.getenv('USERPROFILE')!, 'go') : '')).split(';').filter(Boolean),
			gomodcache: go.GOMODCACHE || undefined,
			goroot: go.GOROOT || undefined,
			temp: sys.getenv('TEMP') || sys.getenv('TMP') || undefined,
		};
		const evidence: Evidence[] = [];
		const parts: Part[] = [];
		const why = t('probe.defender.why');
		const docUrl = 'https://go.dev/doc/faq#virus';

		if (!w.defenderStatus.ok && w.defenderStatus.reason !== 'section-failed' && w.defenderStatus.reason !== 'section-missing') {
			return {status: 'unknown', summary: t('probe.defender.noPowershell', {reason: failedText(t, w.defenderStatus)}), why, docUrl, evidence: w.command ? [commandEvidence(t, w.command)] : []};
		}

		const other = thirdParty(w);
		const status = w.defenderStatus.ok ? w.defenderStatus.data : null;
		evidence.push({
			kind: 'kv',
			title: t('probe.defender.evidence.status'),
			rows: [
				{label: t('probe.defender.label.realtime'), value: status ? onOff(t, status.realTimeProtectionEnabled) : failedText(t, w.defenderStatus), tone: status?.realTimeProtectionEnabled ? 'good' : 'warn'},
				{label: t('probe.defender.label.mode'), value: status?.amRunningMode || '?'},
				{label: t('probe.defender.label.tamper'), value: status ? onOff(t, status.isTamperProtected) : '?'},
				{label: t('probe.defender.label.version'), value: status?.productVersion || '?'},
				{
					label: t('probe.defender.label.otherAv'),
					value: w.antivirus.ok ? joinList(t, w.antivirus.data.map((p) => withNote(t, p.name, ((p.state >> 12) & 0xf) === 1 ? t('windows.on') : t('windows.off')))) || t('evidence.none') : failedText(t, w.antivirus),
				},
			],
		});

		if (other) {
			parts.push({status: 'unknown', text: t('probe.defender.thirdParty', {names: joinList(t, other.names) || t('probe.defender.anotherAv'), why: other.why})});
		} else if (status && status.realTimeProtectionEnabled === false) {
			parts.push({status: 'info', text: t('probe.defender.realtimeOff')});
		}

		// Detections that hit Go's build output.
		const threats = w.threats.ok ? w.threats.data : [];
		const events = w.events.ok ? w.events.data : [];
		const detections = goDetections(threats, events, paths);
		if (detections.length > 0) {
			const latest = detections[0]!;
			parts.push({status: 'error', text: t('probe.defender.detections', {count: detections.length, threat: latest.threat, path: latest.path, time: latest.time})});
			evidence.push({
				kind: 'table',
				title: t('probe.defender.evidence.detections'),
				columns: [
					{key: 'time', label: t('probe.defender.column.time')},
					{key: 'threat', label: t('probe.defender.column.threat')},
					{key: 'path', label: t('column.path')},
					{key: 'source', label: t('column.source')},
				],
				rows: detections.map((d) => ({...d, _tone: 'bad' as const})),
			});
		} else if (!w.threats.ok && !w.events.ok) {
			parts.push({status: 'unknown', text: t('probe.defender.detectionsUnknown', {reason: failedText(t, w.events)})});
		}

		// Exclusions.
		let excluded: {gocache: boolean; gotmpdir: boolean} | null = null;
		const prefs = w.defenderPreferences;
		if (!other) {
			if (!prefs.ok) {
				parts.push({status: 'unknown', text: t('probe.defender.exclusionsUnreadable', {reason: failedText(t, prefs)})});
			} else {
				const hidden = exclusionsHidden([...prefs.data.exclusionPath, ...prefs.data.exclusionProcess, ...prefs.data.exclusionExtension]);
				if (hidden) {
					// An administrator sees this text when HideExclusionsFromLocalAdmins is set.
					const byPolicy = /administrators are not allowed/i.test(hidden);
					parts.push({status: 'unknown', text: t(byPolicy ? 'probe.defender.exclusionsHiddenByPolicy' : 'probe.defender.exclusionsNeedAdmin')});
					evidence.push({kind: 'text', title: t('probe.defender.evidence.exclusions'), text: hidden});
				} else {
					excluded = {
						gocache: Boolean(paths.gocache && prefs.data.exclusionPath.some((e) => isUnder(paths.gocache!, e))),
						gotmpdir: Boolean(paths.gotmpdir && prefs.data.exclusionPath.some((e) => isUnder(paths.gotmpdir!, e))),
					};
					const broad = [
						...prefs.data.exclusionProcess.filter((p) => /(^|\\)go\.exe$/i.test(p)),
						...prefs.data.exclusionExtension.filter((e) => /^\.?(exe|dll)$/i.test(e)).map((e) => `*.${e.replace(/^\./, '')}`),
						...prefs.data.exclusionPath.filter((e) => /^[A-Za-z]:\\?$/.test(e) || (paths.temp && isUnder(paths.temp, e))),
					];
					if (broad.length > 0) parts.push({status: 'warn', text: t('probe.defender.broad', {entries: joinList(t, broad)})});
					if (!excluded.gocache) parts.push({status: 'info', text: t('probe.defender.noExclusion', {gocache: paths.gocache ?? 'GOCACHE'})});
					evidence.push({
						kind: 'table',
						title: t('probe.defender.evidence.exclusions'),
						columns: [
							{key: 'kind', label: t('probe.defender.column.kind')},
							{key: 'value', label: t('column.value')},
						],
						rows: [
							...prefs.data.exclusionPath.map((value) => ({kind: 'path', value})),
							...prefs.data.exclusionProcess.map((value) => ({kind: 'process', value})),
							...prefs.data.exclusionExtension.map((value) => ({kind: 'extension', value})),
						],
					});
				}
			}
		}

		// Smart App Control: reported, never changed.
		const registry = w.registry;
		const sac = registry.ok ? registry.data.smartAppControl : undefined;
		if (sac === 1) parts.push({status: 'warn', text: t('probe.defender.sacOn')});
		else if (sac === 2) parts.push({status: 'info', text: t('probe.defender.sacEvaluation')});
		evidence.push({
			kind: 'kv',
			title: t('probe.defender.evidence.sac'),
			rows: [{label: 'VerifiedAndReputablePolicyState', value: sac === undefined ? failedText(t, registry) : sac === null ? t('evidence.notSet') : withNote(t, String(sac), t(`probe.defender.sac.${sac === 1 ? 'on' : sac === 2 ? 'evaluation' : 'off'}`))}],
		});
		if (w.command) evidence.push(commandEvidence(t, w.command));

		const fixes: Fix[] = other || status?.realTimeProtectionEnabled === false ? [] : exclusionFix(ctx, paths, excluded, await facts.goEnvFile());
		if (parts.length === 0) {
			return {status: 'ok', summary: t('probe.defender.ok', {gocache: paths.gocache ?? 'GOCACHE'}), evidence};
		}
		return {status: worstStatus(parts), summary: partsSummary(t, parts), why, docUrl, evidence, fixes};
	},
};

function onOff(t: ProbeContext['t'], value: boolean | null): string {
	return value === null ? '?' : value ? t('windows.on') : t('windows.off');
}

/**
 * Exclude GOCACHE and a dedicated GOTMPDIR, and nothing broader: never go.exe, an
 * extension or the whole temp folder. Without a dedicated GOTMPDIR, the fix makes one
 * (a user-scope change, done outside the elevated script) and points GOTMPDIR at it.
 */
function exclusionFix(ctx: ProbeContext, paths: GoPaths, excluded: {gocache: boolean; gotmpdir: boolean} | null, envFile: GoEnvFileFact): Fix[] {
	const {t, sys} = ctx;
	if (!paths.gocache || (excluded?.gocache && excluded.gotmpdir)) return [];
	const dedicated =
		paths.gotmpdir && !/^[A-Za-z]:\\?$/.test(paths.gotmpdir) && !(paths.temp && (isUnder(paths.temp, paths.gotmpdir) || norm(paths.gotmpdir) === norm(paths.temp))) ? paths.gotmpdir : undefined;
	const tmpdir = dedicated ?? sys.path.join(sys.path.dirname(paths.gocache), 'go-tmp');
	const changes: Change[] = [];
	if (!dedicated) {
		if (!envFile.path) return [];
		const line = envFile.values.get('GOTMPDIR');
		changes.push({kind: 'directory', path: tmpdir, before: {exists: false}, after: {exists: true}});
		changes.push({kind: 'go-env', key: 'GOTMPDIR', file: envFile.path, before: line ? {set: true, value: line.value} : {set: false}, after: {set: true, value: tmpdir}});
	}
	if (!excluded?.gocache) changes.push({kind: 'defender-exclusion', path: paths.gocache, action: 'add'});
	if (!excluded?.gotmpdir) changes.push({kind: 'defender-exclusion', path: tmpdir, action: 'add'});
	return [
		{
			id: 'exclude-go-build-folders',
			title: t('fix.defender.title'),
			description: t('fix.defender.description', {gocache: paths.gocache, gotmpdir: tmpdir}),
			changes,
			needsAdmin: true,
			reversible: true,
			restartHint: t('fix.defender.restart'),
		},
	];
}
