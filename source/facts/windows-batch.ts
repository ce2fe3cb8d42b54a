import {redactDeep, redactSecrets} from '../redact/secrets.js';
import {system32} from '../system/windows-registry.js';
import type {CommandFact, Facts} from './facts.js';

/**
 * Every Windows fact that needs PowerShell, in ONE round trip per run: Defender (status,
 * preferences, other antivirus, recent detections), elevation, the parent process chain,
 * the OS UI language, the execution policy, and two machine registry values.
 *
 * Why one PowerShell for all of them: starting PowerShell costs hundreds of milliseconds
 * on Windows, and most of these facts need it anyway. The two registry DWORDs
 * (LongPathsEnabled, Smart App Control's VerifiedAndReputablePolicyState) are read inside
 * the same script, which costs no extra process; only when PowerShell is missing or a stub
 * do the checks fall back to `sys.registry.readKey` (reg export), one spawn per key.
 *
 * The script runs as `powershell.exe -NoProfile -NonInteractive -EncodedCommand …` by
 * absolute path. It prints one line, `GOENVTUI:<base64 of UTF-8 JSON>`, so the pipe carries
 * ASCII only and no text is lost to the console code page. Each section has its own
 * try/catch: one failing (no Defender on Windows Server, access denied) leaves the others.
 * `-ExecutionPolicy` is deliberately not passed: the script reports the user's policy, and
 * a command (unlike a script file) is not subject to it.
 */

/** Sections of the batch, each with its own outcome. */
export interface WindowsBatchData {
	defenderStatus: DefenderStatus;
	defenderPreferences: DefenderPreferences;
	antivirus: AntivirusProduct[];
	threats: ThreatDetection[];
	events: DefenderEvent[];
	elevation: {whoami: string; adminRole: boolean | null};
	processes: ProcessEntry[];
	/** `uiLanguage` is the Windows display language (Get-UICulture), e.g. `zh-CN`. */
	culture: {uiLanguage: string; format: string};
	executionPolicy: {effective: string; scopes: Array<{scope: string; policy: string}>};
	registry: {longPathsEnabled: number | null; smartAppControl: number | null};
}
export type SectionName = keyof WindowsBatchData;

export interface DefenderStatus {
	amServiceEnabled: boolean | null;
	antivirusEnabled: boolean | null;
	realTimeProtectionEnabled: boolean | null;
	/** `Normal`, `Passive Mode`, `EDR Block Mode`, … */
	amRunningMode: string;
	isTamperProtected: boolean | null;
	productVersion: string;
}

export interface DefenderPreferences {
	exclusionPath: string[];
	exclusionProcess: string[];
	exclusionExtension: string[];
}

export interface AntivirusProduct {
	name: string;
	/** WSC productState: bit 12 set = real-time protection on. */
	state: number;
}

export interface ThreatDetection {
	threatId: string;
	threatName: string;
	/** ISO time of the first detection. */
	time: string;
	/** `file:_C:\...\x.test.exe`, `containerfile:_…` */
	resources: string[];
	process: string;
	actionSuccess: boolean | null;
}

export interface DefenderEvent {
	id: number;
	time: string;
	threatName: string;
	path: string;
	action: string;
	/** The rendered message, in the OS language; used when the XML fields are missing. */
	message: string;
}

export interface ProcessEntry {
	pid: number;
	ppid: number;
	name: string;
	path: string;
	/** cmd.exe /c, bash -c: a shell running one command, not the person's shell. */
	runsCommand: boolean;
	created: string;
}

/**
 * Why a section has no data, as a code the checks put into words (catalogue `windows.batch.*`);
 * `message` is the detail: PowerShell's own text for `section-failed` and `powershell-failed`,
 * the program, the deadline or the exit code for the others.
 */
export type SectionError = {
	reason: 'powershell-missing' | 'powershell-silent' | 'powershell-failed' | 'powershell-exit' | 'timeout' | 'section-failed' | 'section-missing';
	message: string;
	errorId?: string;
};
export type Section<T> = {ok: true; data: T; ms?: number} | ({ok: false} & SectionError);

export type WindowsFacts = {[K in SectionName]: Section<WindowsBatchData[K]>} & {
	/** The one PowerShell run, for evidence; absent when PowerShell is not there. */
	command?: CommandFact;
	powershell: string;
};

export const BATCH_TIMEOUT_MS = 15_000;
const MARKER = 'GOENVTUI:';

/** The PowerShell script. It has no backticks (PowerShell's escape character) on purpose. */
export const WINDOWS_BATCH_SCRIPT = String.raw`
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$r = [ordered]@{ v = 1 }
function Sec([string]$name, [scriptblock]$body) {
  $sw = [Diagnostics.Stopwatch]::StartNew()
  try { $d = & $body; $r[$name] = [ordered]@{ ok = $true; data = $d } }
  catch { $r[$name] = [ordered]@{ ok = $false; message = [string]$_.Exception.Message; errorId = [string]$_.FullyQualifiedErrorId; hresult = ('0x{0:x8}' -f $_.Exception.HResult) } }
  $r[$name].ms = $sw.ElapsedMilliseconds
}
function Iso($d) { if ($d) { ([datetime]$d).ToUniversalTime().ToString('o') } else { '' } }
function Strs($a) { ,@($a | Where-Object { $null -ne $_ } | ForEach-Object { [string]$_ }) }
$since = (Get-Date).AddDays(-30)

Sec 'defenderStatus' {
  $s = Get-MpComputerStatus
  [ordered]@{ amServiceEnabled = $s.AMServiceEnabled; antivirusEnabled = $s.AntivirusEnabled; realTimeProtectionEnabled = $s.RealTimeProtectionEnabled; amRunningMode = [string]$s.AMRunningMode; isTamperProtected = $s.IsTamperProtected; productVersion = [string]$s.AMProductVersion }
}
Sec 'defenderPreferences' {
  $p = Get-MpPreference
  [ordered]@{ exclusionPath = (Strs $p.ExclusionPath); exclusionProcess = (Strs $p.ExclusionProcess); exclusionExtension = (Strs $p.ExclusionExtension) }
}
Sec 'antivirus' {
  ,@(Get-CimInstance -Namespace root/SecurityCenter2 -ClassName AntiVirusProduct | ForEach-Object { [ordered]@{ name = [string]$_.displayName; state = [long]$_.productState } })
}
Sec 'threats' {
  $names = @{}
  foreach ($t in @(Get-MpThreat)) { $names[[string]$t.ThreatID] = [string]$t.ThreatName }
  ,@(Get-MpThreatDetection | Where-Object { $_.InitialDetectionTime -ge $since } | Select-Object -First 50 | ForEach-Object {
    [ordered]@{ threatId = [string]$_.ThreatID; threatName = [string]$names[[string]$_.ThreatID]; time = (Iso $_.InitialDetectionTime); resources = (Strs $_.Resources); process = [string]$_.ProcessName; actionSuccess = $_.ActionSuccess }
  })
}
Sec 'events' {
  $ev = @()
  try { $ev = @(Get-WinEvent -FilterHashtable @{ LogName = 'Microsoft-Windows-Windows Defender/Operational'; Id = 1116, 1117; StartTime = $since } -MaxEvents 50) }
  catch { if ([string]$_.FullyQualifiedErrorId -notlike 'NoMatchingEventsFound*') { throw } }
  ,@($ev | ForEach-Object {
    $x = [xml]$_.ToXml(); $d = @{}
    foreach ($n in @($x.Event.EventData.Data)) { $d[$n.GetAttribute('Name')] = [string]$n.InnerText }
    $m = [string]$_.Message; if ($m.Length -gt 600) { $m = $m.Substring(0, 600) }
    [ordered]@{ id = [int]$_.Id; time = (Iso $_.TimeCreated); threatName = [string]$d['Threat Name']; path = [string]$d['Path']; action = [string]$d['Action Name']; message = $m }
  })
}
Sec 'elevation' {
  $w = (& (Join-Path $env:SystemRoot 'System32\whoami.exe') /groups /fo csv /nh | Out-String)
  $admin = $null
  try { $admin = ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator) } catch { }
  [ordered]@{ whoami = $w; adminRole = $admin }
}
Sec 'processes' {
  $items = @(); $id = $PID; $seen = @{}
  for ($i = 0; $i -lt 16 -and $id -and -not $seen.ContainsKey($id); $i++) {
    $seen[$id] = $true
    $p = Get-CimInstance -ClassName Win32_Process -Filter "ProcessId=$id"
    if (-not $p) { break }
    $cl = [string]$p.CommandLine
    $items += [ordered]@{ pid = [int]$p.ProcessId; ppid = [int]$p.ParentProcessId; name = [string]$p.Name; path = [string]$p.ExecutablePath; runsCommand = [bool]($cl -match '(?i)\s/c(\s|"|$)' -or $cl -match '\s-c\s'); created = (Iso $p.CreationDate) }
    $id = [int]$p.ParentProcessId
  }
  ,$items
}
Sec 'culture' { [ordered]@{ uiLanguage = [string](Get-UICulture).Name; format = [string](Get-Culture).Name } }
Sec 'executionPolicy' {
  [ordered]@{ effective = [string](Get-ExecutionPolicy); scopes = @(Get-ExecutionPolicy -List | ForEach-Object { [ordered]@{ scope = [string]$_.Scope; policy = [string]$_.ExecutionPolicy } }) }
}
Sec 'registry' {
  function Dw([string]$k, [string]$n) { $v = (Get-ItemProperty -LiteralPath $k -Name $n -ErrorAction SilentlyContinue).$n; if ($null -ne $v) { [long]$v } else { $null } }
  [ordered]@{ longPathsEnabled = (Dw 'HKLM:\SYSTEM\CurrentControlSet\Control\FileSystem' 'LongPathsEnabled'); smartAppControl = (Dw 'HKLM:\SYSTEM\CurrentControlSet\Control\CI\Policy' 'VerifiedAndReputablePolicyState') }
}
$json = ConvertTo-Json -InputObject $r -Depth 8 -Compress
[Console]::Out.Write('${MARKER}' + [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($json)))
`;

/** `-EncodedCommand` takes UTF-16LE, base64. */
export function encodeCommand(script: string): string {
	return Buffer.from(script, 'utf16le').toString('base64');
}

export function powershellPath(env: Readonly<Record<string, string>>): string {
	return system32(env, 'WindowsPowerShell\\v1.0\\powershell.exe');
}

const SECTIONS: readonly SectionName[] = [
	'defenderStatus',
	'defenderPreferences',
	'antivirus',
	'threats',
	'events',
	'elevation',
	'processes',
	'culture',
	'executionPolicy',
	'registry',
];

function allFailed(error: SectionError): {[K in SectionName]: Section<WindowsBatchData[K]>} {
	return Object.fromEntries(SECTIONS.map((name) => [name, {ok: false, ...error}])) as {[K in SectionName]: Section<WindowsBatchData[K]>};
}

/** PowerShell 5.1 sometimes writes an array as `{"value":[…],"Count":n}`. */
function unwrapArray(value: unknown): unknown {
	if (value && typeof value === 'object' && !Array.isArray(value) && Array.isArray((value as {value?: unknown}).value)) {
		return (value as {value: unknown[]}).value;
	}
	return value;
}

function asArray<T>(value: unknown): T[] {
	const unwrapped = unwrapArray(value);
	if (Array.isArray(unwrapped)) return unwrapped as T[];
	if (unwrapped === null || unwrapped === undefined || unwrapped === '') return [];
	return [unwrapped as T];
}

const ARRAY_SECTIONS = new Set<SectionName>(['antivirus', 'threats', 'events', 'processes']);

/** The batch's JSON, pretty-printed, with the text around the marker line kept. */
function decodeMarker(stdout: string): string {
	return stdout.replace(new RegExp(`${MARKER}([A-Za-z0-9+/=]+)`), (_whole, b64: string) => {
		try {
			return JSON.stringify(JSON.parse(Buffer.from(b64, 'base64').toString('utf8')), null, 2);
		} catch {
			return _whole;
		}
	});
}

/**
 * Reads the batch's stdout. Returns null when the marker line is missing (a stub
 * PowerShell that prints nothing, or a crash before the end).
 */
export function parseBatchOutput(stdout: string): {[K in SectionName]: Section<WindowsBatchData[K]>} | null {
	const match = new RegExp(`${MARKER}([A-Za-z0-9+/=]+)`).exec(stdout);
	if (!match) return null;
	let raw: Record<string, unknown>;
	try {
		raw = JSON.parse(Buffer.from(match[1]!, 'base64').toString('utf8')) as Record<string, unknown>;
	} catch {
		return null;
	}
	const out = {} as Record<SectionName, Section<unknown>>;
	for (const name of SECTIONS) {
		const section = raw[name] as {ok?: boolean; data?: unknown; message?: string; errorId?: string; hresult?: string; ms?: number} | undefined;
		if (!section) {
			out[name] = {ok: false, reason: 'section-missing', message: ''};
		} else if (section.ok) {
			const data = ARRAY_SECTIONS.has(name) ? asArray(section.data) : normalizeObject(section.data);
			out[name] = {ok: true, data, ...(typeof section.ms === 'number' ? {ms: section.ms} : {})};
		} else {
			const message = [section.message, section.hresult && section.hresult !== '0x00000000' ? `(${section.hresult})` : ''].filter(Boolean).join(' ');
			out[name] = {ok: false, reason: 'section-failed', message, ...(section.errorId ? {errorId: section.errorId} : {})};
		}
	}
	return out as {[K in SectionName]: Section<WindowsBatchData[K]>};
}

/** Arrays inside objects may come wrapped too (exclusion lists, resources). */
function normalizeObject(value: unknown): unknown {
	if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
	return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unwrapArray(v)]));
}

/** The batch, run at most once per run (memoised in Facts). Windows only. */
export function windowsFacts(facts: Facts): Promise<WindowsFacts> {
	return facts.once('windows-batch', async () => {
		const powershell = powershellPath(facts.sys.env());
		const info = await facts.sys.stat(powershell);
		if (info?.kind !== 'file') {
			return {...allFailed({reason: 'powershell-missing', message: powershell}), powershell};
		}
		const command = await facts.exec(powershell, ['-NoProfile', '-NonInteractive', '-EncodedCommand', encodeCommand(WINDOWS_BATCH_SCRIPT)], {
			timeoutMs: BATCH_TIMEOUT_MS,
		});
		const {result} = command;
		// Facts leave here with secrets redacted (a token can sit in any path or name).
		const raw = parseBatchOutput(result.stdout);
		const parsed = raw ? redactDeep(raw) : null;
		// For evidence: a short argv (the encoded script says nothing to a person), the
		// decoded JSON instead of base64, and secrets redacted.
		const shown: CommandFact = {
			argv: [powershell, '-NoProfile', '-NonInteractive', '-EncodedCommand', '<goenv-tui Windows facts>'],
			result: {...result, stdout: redactSecrets(parsed ? decodeMarker(result.stdout) : result.stdout), stderr: redactSecrets(result.stderr)},
		};
		if (result.timedOut) return {...allFailed({reason: 'timeout', message: `${BATCH_TIMEOUT_MS / 1000} s`}), command: shown, powershell};
		if (parsed) return {...parsed, command: shown, powershell};
		if (result.exitCode === 0 && result.stdout.trim() === '' && result.stderr.trim() === '') {
			return {...allFailed({reason: 'powershell-silent', message: powershell}), command: shown, powershell};
		}
		const message = (result.stderr || result.stdout).trim().split(/\r?\n/)[0] ?? '';
		const failure: SectionError = message ? {reason: 'powershell-failed', message} : {reason: 'powershell-exit', message: String(result.exitCode ?? result.errorCode ?? '?')};
		return {...allFailed(failure), command: shown, powershell};
	});
}

/**
 * The Windows display language (e.g. `zh-CN`), for choosing the program's language where
 * there is no LANG. Undefined when it could not be read. Shares the one batch run.
 */
export async function osUiLanguage(facts: Facts): Promise<string | undefined> {
	if (facts.sys.platform !== 'win32') return undefined;
	const culture = (await windowsFacts(facts)).culture;
	return culture.ok && culture.data.uiLanguage ? culture.data.uiLanguage : undefined;
}

// --- Elevation ---------------------------------------------------------------------------

export type IntegrityLevel = 'untrusted' | 'low' | 'medium' | 'medium-plus' | 'high' | 'system' | 'protected';

const INTEGRITY: Record<string, IntegrityLevel> = {
	'0': 'untrusted',
	'4096': 'low',
	'8192': 'medium',
	'8448': 'medium-plus',
	'12288': 'high',
	'16384': 'system',
	'20480': 'protected',
};

/**
 * The integrity level in `whoami /groups` output (any format, any language): the mandatory
 * label SID `S-1-16-<rid>`. Group names are localised; SIDs are not.
 */
export function parseIntegrityLevel(whoamiGroups: string): {level: IntegrityLevel; sid: string} | null {
	const match = /\bS-1-16-(\d+)\b/.exec(whoamiGroups);
	if (!match) return null;
	const level = INTEGRITY[match[1]!];
	return level ? {level, sid: `S-1-16-${match[1]}`} : null;
}

export interface Elevation {
	/** null when it could not be told. */
	elevated: boolean | null;
	level?: IntegrityLevel;
	sid?: string;
	/** Member of Administrators (true only in an elevated token; a filtered token says false). */
	adminRole?: boolean | null;
	/** Why it is unknown: not Windows, no mandatory label in the groups, or the batch (and whoami.exe) failed. */
	reason?: 'not-windows' | 'no-mandatory-label' | 'batch-failed';
	/** With `batch-failed`: why the batch's elevation section has no data. */
	batch?: SectionError;
	whoami?: string;
}

/**
 * Is this process elevated? High (S-1-16-12288) or System (S-1-16-16384) integrity means
 * yes. Used by the elevation check and by fixes that need admin.
 */
export async function detectElevation(facts: Facts): Promise<Elevation> {
	return facts.once('elevation', async () => {
		if (facts.sys.platform !== 'win32') return {elevated: null, reason: 'not-windows'};
		const section = (await windowsFacts(facts)).elevation;
		let text: string | undefined;
		let adminRole: boolean | null | undefined;
		let batch: SectionError | undefined;
		if (section.ok) {
			text = section.data.whoami;
			adminRole = section.data.adminRole;
		} else {
			// Without PowerShell, ask whoami.exe directly (one more process, only here).
			const whoami = system32(facts.sys.env(), 'whoami.exe');
			const run = await facts.exec(whoami, ['/groups', '/fo', 'csv', '/nh']);
			if (run.result.exitCode === 0) text = run.result.stdout;
			else batch = {reason: section.reason, message: section.message};
		}
		const parsed = text ? parseIntegrityLevel(text) : null;
		if (!parsed) {
			// whoami answered without a label, or nothing answered at all.
			if (text !== undefined) return {elevated: null, adminRole, reason: 'no-mandatory-label', ...(text ? {whoami: text} : {})};
			return {elevated: null, adminRole, reason: 'batch-failed', ...(batch ? {batch} : {})};
		}
		return {elevated: parsed.level === 'high' || parsed.level === 'system' || parsed.level === 'protected', level: parsed.level, sid: parsed.sid, adminRole, ...(text ? {whoami: text} : {})};
	});
}
