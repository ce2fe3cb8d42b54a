import {system32} from '../system/windows-registry.js';
import type {System} from '../system/types.js';
import type {ElevatedOperation} from './kinds/types.js';

/**
 * Admin-only changes (HKLM values, Defender exclusions) are gathered into one PowerShell
 * script. The person sees it in full before it runs; it runs once, elevated, through one
 * UAC prompt (`Start-Process -Verb RunAs`); its results come back through a file, because
 * an elevated process cannot share our stdout. A declined prompt is "cancelled", not a
 * failure. The script never writes HKEY_CURRENT_USER: an elevated process may run as
 * another account, whose HKCU is not this user's.
 *
 * Each operation checks that the machine still holds the value the preview showed, writes,
 * reads back and compares; if one fails, the script puts back what it already changed
 * before it stops, so a failure leaves nothing half done.
 */

/** Exit code of the launcher when the UAC prompt is declined (ERROR_CANCELLED). */
export const CANCELLED_EXIT = 1223;
/** A person may take a while to answer a UAC prompt. */
const ELEVATED_TIMEOUT_MS = 10 * 60_000;

/** A PowerShell single-quoted literal. PowerShell also treats the typographic quotes ‘ ’ ‚ ‛ as quotes. */
export function psQuote(value: string): string {
	return `'${value.replace(/['\u2018\u2019\u201A\u201B]/g, (quote) => quote + quote)}'`;
}

const psValue = (value: string | null) => (value === null ? '$null' : psQuote(value));

function operationLiteral(op: ElevatedOperation): string {
	const fields: Array<[string, string]> =
		op.kind === 'registry'
			? [
					['Index', String(op.index)],
					['Kind', psQuote('registry')],
					['Key', psQuote(op.key)],
					['Name', psQuote(op.name)],
					['BeforeType', psValue(op.before?.type ?? null)],
					['BeforeData', psValue(op.before?.data ?? null)],
					['AfterType', psValue(op.after?.type ?? null)],
					['AfterData', psValue(op.after?.data ?? null)],
					['Force', op.force ? '$true' : '$false'],
				]
			: [
					['Index', String(op.index)],
					['Kind', psQuote('defender')],
					['Path', psQuote(op.path)],
					['Action', psQuote(op.action)],
					['Force', op.force ? '$true' : '$false'],
				];
	return `  @{ ${fields.map(([k, v]) => `${k} = ${v}`).join('; ')} }`;
}

const ENGINE = String.raw`
function Read-Value($op) {
  $key = [Microsoft.Win32.Registry]::LocalMachine.OpenSubKey($op.Key, $false)
  if ($null -eq $key) { return $null }
  try {
    if ($key.GetValueNames() -notcontains $op.Name) { return $null }
    $data = $key.GetValue($op.Name, $null, [Microsoft.Win32.RegistryValueOptions]::DoNotExpandEnvironmentNames)
    if ($data -is [int]) { $data = [BitConverter]::ToUInt32([BitConverter]::GetBytes($data), 0) }
    return @{ Type = $key.GetValueKind($op.Name).ToString(); Data = [string]$data }
  } finally { $key.Close() }
}

function Test-Same($now, $type, $data) {
  if ($null -eq $type) { return $null -eq $now }
  return ($null -ne $now) -and ($now.Type -ceq $type) -and ($now.Data -ceq $data)
}

function Write-Value($op, $type, $data) {
  $key = [Microsoft.Win32.Registry]::LocalMachine.CreateSubKey($op.Key)
  try {
    if ($null -eq $type) { $key.DeleteValue($op.Name, $false) }
    elseif ($type -eq 'DWord') { $key.SetValue($op.Name, [BitConverter]::ToInt32([BitConverter]::GetBytes([uint32]$data), 0), [Microsoft.Win32.RegistryValueKind]::DWord) }
    else { $key.SetValue($op.Name, [string]$data, [Microsoft.Win32.RegistryValueKind]$type) }
  } finally { $key.Close() }
}

function Test-Exclusion($path) {
  $list = @((Get-MpPreference).ExclusionPath | Where-Object { $_ })
  if ($list.Count -eq 1 -and $list[0] -like 'N/A:*') { throw "cannot read the Defender exclusions: $($list[0])" }
  $want = $path.TrimEnd('\')
  foreach ($item in $list) { if ($item.TrimEnd('\') -eq $want) { return $true } }
  return $false
}

function Set-Exclusion($path, $present) {
  if ($present) { Add-MpPreference -ExclusionPath $path } else { Remove-MpPreference -ExclusionPath $path }
}

$results = New-Object System.Collections.ArrayList
$done = New-Object System.Collections.ArrayList

function Save-Results($status, $message) {
  $json = ConvertTo-Json -InputObject @{ status = $status; message = $message; operations = @($results) } -Depth 5 -Compress
  [IO.File]::WriteAllText($ResultPath, $json, (New-Object Text.UTF8Encoding $false))
}

try {
  foreach ($op in $operations) {
    if ($op.Kind -eq 'registry') {
      $now = Read-Value $op
      if (Test-Same $now $op.AfterType $op.AfterData) { [void]$results.Add(@{ index = $op.Index; status = 'noop' }); continue }
      if (-not $op.Force -and -not (Test-Same $now $op.BeforeType $op.BeforeData)) {
        [void]$results.Add(@{ index = $op.Index; status = 'conflict' })
        throw "HKLM\$($op.Key)\$($op.Name) changed since the check"
      }
      Write-Value $op $op.AfterType $op.AfterData
      [void]$done.Add($op)
      if (-not (Test-Same (Read-Value $op) $op.AfterType $op.AfterData)) { throw "HKLM\$($op.Key)\$($op.Name) reads back differently from what was written" }
    } else {
      $want = $op.Action -eq 'add'
      if ((Test-Exclusion $op.Path) -eq $want) { [void]$results.Add(@{ index = $op.Index; status = 'noop' }); continue }
      Set-Exclusion $op.Path $want
      [void]$done.Add($op)
      if ((Test-Exclusion $op.Path) -ne $want) { throw "the Defender exclusion $($op.Path) did not change" }
    }
    [void]$results.Add(@{ index = $op.Index; status = 'applied' })
  }
  Save-Results 'applied' ''
  exit 0
} catch {
  $message = $_.Exception.Message
  # Put back what this script changed, newest first, so nothing is left half done.
  for ($i = $done.Count - 1; $i -ge 0; $i--) {
    $op = $done[$i]
    try {
      if ($op.Kind -eq 'registry') { Write-Value $op $op.BeforeType $op.BeforeData } else { Set-Exclusion $op.Path ($op.Action -ne 'add') }
      [void]$results.Add(@{ index = $op.Index; status = 'rolled-back' })
    } catch {
      [void]$results.Add(@{ index = $op.Index; status = 'rollback-failed'; message = $_.Exception.Message })
    }
  }
  Save-Results 'failed' $message
  exit 1
}
`;

/**
 * The whole script, exactly as it runs. `title` names the fix in the header comment.
 * `redacted` marks the copy a preview shows when secrets in its values were replaced.
 */
export function elevatedScript(operations: readonly ElevatedOperation[], title: string, options: {redacted?: boolean} = {}): string {
	const lines = [
		// The fix's title, in the user's language; the script's own comments are code, in English.
		`# goenv-tui: ${title.replace(/[\r\n]+/g, ' ')}`,
		...(options.redacted ? ['# Secret parts of values are shown here as ***; the script that runs holds the exact values.'] : []),
		'# The changes of this fix that need administrator rights.',
		'# This script runs once, elevated (one UAC prompt). It changes only the values listed in',
		'# $operations, checks each still holds what the preview showed, reads each back after',
		'# writing, and puts everything back if one step fails. It never writes HKEY_CURRENT_USER.',
		'# Its results go to the file given as -ResultPath.',
		'param([Parameter(Mandatory = $true)][string]$ResultPath)',
		"$ErrorActionPreference = 'Stop'",
		'',
		'$operations = @(',
		...operations.map(operationLiteral),
		')',
		ENGINE.trimEnd(),
	];
	return lines.join('\r\n') + '\r\n';
}

export interface ElevatedResult {
	status: 'applied' | 'failed' | 'cancelled';
	message: string;
	operations: Array<{index: number; status: 'applied' | 'noop' | 'conflict' | 'rolled-back' | 'rollback-failed'; message?: string}>;
}

function powershell(sys: System): string {
	return system32(sys.env(), 'WindowsPowerShell\\v1.0\\powershell.exe');
}

/** The non-elevated launcher: one UAC prompt; a declined prompt exits CANCELLED_EXIT. */
function launcherCommand(powershellPath: string, scriptPath: string, resultPath: string): string {
	const args = ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-File', `"${scriptPath}"`, '-ResultPath', `"${resultPath}"`];
	return [
		"$ErrorActionPreference = 'Stop'",
		'try {',
		// -Wait is reported to misbehave with -Verb RunAs on some machines: wait on the process itself.
		`  $p = Start-Process -FilePath ${psQuote(powershellPath)} -ArgumentList @(${args.map(psQuote).join(', ')}) -Verb RunAs -WindowStyle Hidden -PassThru`,
		'  $p.WaitForExit()',
		'  exit $p.ExitCode',
		'} catch {',
		'  $e = $_.Exception',
		`  while ($null -ne $e) { if ($e -is [System.ComponentModel.Win32Exception] -and $e.NativeErrorCode -eq ${CANCELLED_EXIT}) { exit ${CANCELLED_EXIT} }; $e = $e.InnerException }`,
		`  if ($_.Exception.Message -match 'canceled by the user') { exit ${CANCELLED_EXIT} }`,
		'  [Console]::Error.WriteLine($_.Exception.Message)',
		'  exit 1',
		'}',
	].join('\n');
}

/**
 * Runs the script: elevated through one UAC prompt, or directly when this process is already
 * elevated. Returns what the script reported in its result file.
 */
export async function runElevated(sys: System, script: string, options: {elevated: boolean; signal?: AbortSignal}): Promise<ElevatedResult> {
	const dir = await sys.mkdtemp('goenv-tui-elevated-');
	const scriptPath = sys.path.join(dir, 'changes.ps1');
	const resultPath = sys.path.join(dir, 'result.json');
	try {
		// A byte-order mark, or Windows PowerShell 5.1 reads the file in the ANSI code page.
		await sys.writeFile(scriptPath, '\uFEFF' + script);
		const ps = powershell(sys);
		const args = options.elevated
			? ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-File', scriptPath, '-ResultPath', resultPath]
			: ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand', Buffer.from(launcherCommand(ps, scriptPath, resultPath), 'utf16le').toString('base64')];
		const run = await sys.exec({file: ps, args, timeoutMs: ELEVATED_TIMEOUT_MS, signal: options.signal});
		if (run.exitCode === CANCELLED_EXIT) return {status: 'cancelled', message: '', operations: []};
		const text = await sys.readFile(resultPath);
		if (text === null) {
			const detail = (run.stderr || run.stdout).trim() || run.errorCode || `exit code ${run.exitCode ?? '-'}`;
			return {status: 'failed', message: `the elevated script left no result (${detail})`, operations: []};
		}
		const parsed = JSON.parse(text.replace(/^\uFEFF/, '')) as Partial<ElevatedResult>;
		return {
			status: parsed.status === 'applied' ? 'applied' : 'failed',
			message: typeof parsed.message === 'string' ? parsed.message : '',
			operations: Array.isArray(parsed.operations) ? parsed.operations : [],
		};
	} finally {
		await sys.remove(dir);
	}
}
