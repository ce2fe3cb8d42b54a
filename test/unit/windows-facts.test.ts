import {describe, expect, it} from 'vitest';
import {Facts} from '../../source/facts/facts.js';
import {
	WINDOWS_BATCH_SCRIPT,
	detectElevation,
	encodeCommand,
	osUiLanguage,
	parseBatchOutput,
	parseIntegrityLevel,
	windowsFacts,
} from '../../source/facts/windows-batch.js';
import {createTranslator} from '../../source/i18n/index.js';
import {POWERSHELL, batchStdout, check, fixture, spawnsOf, windowsWorld} from '../helpers/windows-batch-worlds.js';

describe('the PowerShell batch script', () => {
	it('fits on a Windows command line when encoded, and has every section, no backtick, and the one output line', () => {
		const encoded = encodeCommand(WINDOWS_BATCH_SCRIPT);
		// CreateProcess takes at most 32767 characters for the whole command line.
		expect(encoded.length + POWERSHELL.length + 60).toBeLessThan(32_767);
		expect(Buffer.from(encoded, 'base64').toString('utf16le')).toBe(WINDOWS_BATCH_SCRIPT);
		for (const section of ['defenderStatus', 'defenderPreferences', 'antivirus', 'threats', 'events', 'elevation', 'processes', 'culture', 'executionPolicy', 'registry']) {
			expect(WINDOWS_BATCH_SCRIPT).toContain(`Sec '${section}'`);
		}
		expect(WINDOWS_BATCH_SCRIPT).not.toContain('`');
		expect(WINDOWS_BATCH_SCRIPT).toContain("[Console]::Out.Write('GOENVTUI:'");
		// Elevation by SID through whoami, not by a group name.
		expect(WINDOWS_BATCH_SCRIPT).toContain('whoami.exe');
		expect(WINDOWS_BATCH_SCRIPT).toContain("Id = 1116, 1117");
	});
});

describe('parseBatchOutput', () => {
	it('decodes base64 UTF-8 JSON losslessly (张三, Jürgen) and keeps each section apart', () => {
		const out = parseBatchOutput(
			batchStdout({
				culture: {uiLanguage: 'zh-CN', format: 'zh-CN'},
				defenderPreferences: {exclusionPath: ['C:\\Users\\张三\\AppData\\Local\\go-build', 'D:\\Jürgen\\tmp'], exclusionProcess: [], exclusionExtension: []},
				threats: {fail: {message: 'Access is denied.', errorId: 'HRESULT 0x80070005,Get-MpThreatDetection'}},
			}),
		)!;
		expect(out.culture).toMatchObject({ok: true, data: {uiLanguage: 'zh-CN'}});
		expect(out.defenderPreferences).toMatchObject({ok: true, data: {exclusionPath: ['C:\\Users\\张三\\AppData\\Local\\go-build', 'D:\\Jürgen\\tmp']}});
		expect(out.threats).toMatchObject({ok: false, reason: 'section-failed', errorId: 'HRESULT 0x80070005,Get-MpThreatDetection'});
		expect(out.threats.ok ? '' : out.threats.message).toContain('Access is denied.');
	});

	it('unwraps the {"value": [...], "Count": n} arrays of Windows PowerShell 5.1, and a lone object', () => {
		const json = {
			v: 1,
			antivirus: {ok: true, data: {value: [{name: 'Windows Defender', state: 397568}], Count: 1}},
			processes: {ok: true, data: {pid: 1, ppid: 0, name: 'powershell.exe', path: '', runsCommand: false, created: ''}},
			defenderPreferences: {ok: true, data: {exclusionPath: {value: ['C:\\x'], Count: 1}, exclusionProcess: [], exclusionExtension: []}},
		};
		const out = parseBatchOutput(`noise\r\nGOENVTUI:${Buffer.from(JSON.stringify(json)).toString('base64')}`)!;
		expect(out.antivirus).toMatchObject({ok: true, data: [{name: 'Windows Defender'}]});
		expect(out.processes).toMatchObject({ok: true, data: [{name: 'powershell.exe'}]});
		expect(out.defenderPreferences).toMatchObject({ok: true, data: {exclusionPath: ['C:\\x']}});
		expect(out.culture).toMatchObject({ok: false, reason: 'section-missing', message: ''});
	});

	it('returns null without the marker line (a stub PowerShell prints nothing)', () => {
		expect(parseBatchOutput('')).toBeNull();
		expect(parseBatchOutput('GOENVTUI:!!!')).toBeNull();
	});
});

describe('windowsFacts in a fake Windows', () => {
	it('starts PowerShell once by absolute path with -NoProfile -NonInteractive -EncodedCommand, however many checks ask', async () => {
		const sys = windowsWorld();
		const f = await check(sys);
		expect(f.defender!.status).not.toBe('failed');
		expect(spawnsOf(sys, POWERSHELL)).toBe(1);
		const call = sys.calls.find((c) => c.file === POWERSHELL)!;
		expect(call.args.slice(0, 3)).toEqual(['-NoProfile', '-NonInteractive', '-EncodedCommand']);
		expect(call.args).not.toContain('-ExecutionPolicy');
	});

	it('shows the decoded answer as evidence, never the base64, with secrets redacted', async () => {
		const token = 'glpat-' + 'Zx9Yw8Vu7Ts6Rq5Po4Nm';
		const sys = windowsWorld({batch: {defenderPreferences: {exclusionPath: [`C:\\ci\\${token}\\work`], exclusionProcess: [], exclusionExtension: []}}});
		const w = await windowsFacts(new Facts(sys));
		expect(w.command!.result.stdout).not.toContain('GOENVTUI:');
		expect(w.command!.result.stdout).toContain('"defenderStatus"');
		expect(w.command!.argv.at(-1)).toBe('<goenv-tui Windows facts>');
		const f = await check(sys, ['defender']);
		expect(JSON.stringify(f.defender)).not.toContain(token);
		// The batch never sends command lines back: only whether a shell runs one command.
		expect(WINDOWS_BATCH_SCRIPT).not.toMatch(/commandLine\s*=/i);
	});

	it('makes every dependent fact unknown, with the reason, when PowerShell is missing', async () => {
		const sys = windowsWorld({batch: null});
		const w = await windowsFacts(new Facts(sys));
		expect(w.defenderStatus).toMatchObject({ok: false, reason: 'powershell-missing'});
		expect(w.culture).toMatchObject({ok: false, reason: 'powershell-missing'});
		expect(spawnsOf(sys, POWERSHELL)).toBe(0);
		const f = await check(sys);
		expect(f.defender).toMatchObject({status: 'unknown'});
		expect(f.defender!.summary).toContain('Windows PowerShell is not installed');
	});

	it('says "a stub" when PowerShell exits 0 and prints nothing, as under Wine', async () => {
		const sys = windowsWorld({batch: {raw: {exitCode: 0, stdout: ''}}});
		const w = await windowsFacts(new Facts(sys));
		expect(w.events).toMatchObject({ok: false, reason: 'powershell-silent'});
		const f = await check(sys);
		expect(f.defender!.summary).toContain('printed nothing');
		expect(f.elevation).toMatchObject({status: 'unknown'});
	});

	it('gives the OS UI language for language detection', async () => {
		expect(await osUiLanguage(new Facts(windowsWorld()))).toBe('zh-CN');
		expect(await osUiLanguage(new Facts(windowsWorld({batch: {culture: {fail: {message: 'x'}}}})))).toBeUndefined();
	});
});

describe('elevation by the mandatory label SID', () => {
	it('reads High (S-1-16-12288) from the recorded elevated whoami /groups, Medium from a filtered admin token', () => {
		expect(parseIntegrityLevel(fixture('whoami-groups-elevated.txt'))).toEqual({level: 'high', sid: 'S-1-16-12288'});
		expect(parseIntegrityLevel(fixture('whoami-groups-medium.txt'))).toEqual({level: 'medium', sid: 'S-1-16-8192'});
	});

	it('does not depend on the group names, which Windows translates (constructed German label)', () => {
		const german = '"Verbindliche Beschriftung\\Hohe Verbindlichkeitsstufe","Bezeichnung","S-1-16-12288",""\r\n';
		expect(parseIntegrityLevel(german)?.level).toBe('high');
		expect(parseIntegrityLevel('"Jeder","Bekannte Gruppe","S-1-1-0","Verbindliche Gruppe"')).toBeNull();
	});

	it('is exported for fixes: elevated true/false, and unknown when whoami cannot be read', async () => {
		const elevated = await detectElevation(new Facts(windowsWorld({batch: {elevation: {whoami: fixture('whoami-groups-elevated.txt'), adminRole: true}}})));
		expect(elevated).toMatchObject({elevated: true, level: 'high', adminRole: true});
		expect(await detectElevation(new Facts(windowsWorld()))).toMatchObject({elevated: false, level: 'medium'});
		// No PowerShell: whoami.exe is asked directly; here it is missing too.
		const sys = windowsWorld({batch: null});
		expect(await detectElevation(new Facts(sys))).toMatchObject({elevated: null});
		expect(spawnsOf(sys, 'C:\\Windows\\System32\\whoami.exe')).toBe(1);
	});

	it('says why it cannot tell in words of the catalogue, never English prose from the facts (zh-CN)', async () => {
		const zh = async (sys: Parameters<typeof check>[0]) => (await check(sys, ['elevation'], createTranslator('zh-CN'))).elevation!;
		// PowerShell answers, whoami lists no mandatory label.
		const noLabel = await zh(windowsWorld({batch: {elevation: {whoami: '"Everyone","Well-known group","S-1-1-0",""', adminRole: null}}}));
		expect(noLabel).toMatchObject({status: 'unknown', summary: '无法判断当前进程是否以管理员身份运行（whoami /groups 的输出中没有强制完整性标签（S-1-16-…））'});
		// PowerShell exits 1 and prints nothing; whoami.exe is not there either.
		const silent = await zh(windowsWorld({batch: {raw: {exitCode: 1, stdout: ''}}}));
		expect(silent.summary).toBe('无法判断当前进程是否以管理员身份运行（PowerShell 和 whoami.exe 都没有给出结果（PowerShell 以退出码 1 结束，没有输出可用的结果））');
		// A section left out of the batch's answer.
		const json = Buffer.from(JSON.stringify({v: 1}), 'utf8').toString('base64');
		const missing = await zh(windowsWorld({batch: {raw: {exitCode: 0, stdout: `GOENVTUI:${json}`}}}));
		expect(missing.summary).toContain('PowerShell 的输出中缺少这一部分');
		for (const f of [noLabel, silent, missing]) expect(f.summary).not.toMatch(/missing from the output|no mandatory label|exit \d/);
	});

	it('is info only in the checklist', async () => {
		const f = await check(windowsWorld());
		expect(f.elevation).toMatchObject({status: 'info', summary: expect.stringContaining('not elevated (mandatory label S-1-16-8192)')});
	});
});
