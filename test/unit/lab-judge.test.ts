import {describe, expect, it} from 'vitest';
import {checkIds} from '../../source/commands/run-checks.js';
import {COMMANDS} from '../../source/commands/index.js';
import net from 'node:net';
import {containsText, diffValues, judgeCheck, judgeFinding, leaks, missingForScenario, pendingChecks, WINE_SPAWN_FAILURE, wineFailedAtExit, withPort, type Inventory} from '../../lab/judge.js';
import {Listener} from '../../lab/listener.js';
import {SCENARIOS, type Scenario, type Step} from '../../lab/scenarios.js';

const inventory: Inventory = {checks: ['go-on-path', 'goroot', 'path-hygiene'], commands: ['check']};
const report = (findings: Array<{id: string; status: string; summary?: string; evidence?: unknown}>, os = 'win32') =>
	JSON.stringify({platform: {os}, findings: findings.map((f) => ({summary: '', evidence: [], ...f}))});
const checkStep = (step: Partial<Extract<Step, {kind: 'check'}>>): Extract<Step, {kind: 'check'}> => ({kind: 'check', exitCode: 0, expect: {}, ...step});

describe('judging a check --json run', () => {
	it('passes a report that matches, and only then', () => {
		const step = checkStep({expect: {goroot: {status: 'error', summary: 'C:\\tools\\go', evidence: 'cannot find GOROOT'}}, exitCode: 1});
		const stdout = report([{id: 'goroot', status: 'error', summary: 'GOROOT=C:\\tools\\go', evidence: [{kind: 'command', stderr: 'go: cannot find GOROOT directory'}]}]);
		expect(judgeCheck(step, inventory, {code: 1, stdout, stderr: ''})).toEqual({problems: [], pending: []});
		const problems = judgeCheck(step, inventory, {code: 0, stdout: report([{id: 'goroot', status: 'ok'}], 'linux'), stderr: 'boom\n'}).problems;
		expect(problems).toEqual([
			'the report says platform linux, not win32',
			'stderr is not empty: boom',
			'exit code 0, expected 1',
			'goroot: status ok, expected error (summary: )',
			'goroot: summary lacks "C:\\\\tools\\\\go": ',
			'goroot: evidence lacks "cannot find GOROOT"',
		]);
	});

	it('sets aside expectations on checks the program does not have yet, and then the exit code too', () => {
		const step = checkStep({expect: {'go-on-path': {status: 'ok'}, gopath: {status: 'info'}}, exitCode: 1});
		expect(judgeCheck(step, inventory, {code: 0, stdout: report([{id: 'go-on-path', status: 'ok'}]), stderr: ''})).toEqual({problems: [], pending: ['gopath']});
		expect(judgeCheck(step, inventory, {code: 0, stdout: report([{id: 'go-on-path', status: 'warn'}]), stderr: ''}).problems).toHaveLength(1);

	});

	it('accepts any of several exit codes when a step allows them', () => {
		const step = checkStep({exitCode: [0, 1]});
		expect(judgeCheck(step, inventory, {code: 1, stdout: report([]), stderr: ''}).problems).toEqual([]);
		expect(judgeCheck(step, inventory, {code: 2, stdout: report([]), stderr: ''}).problems).toEqual(['exit code 2, expected 0 or 1']);
	});

	it('fails on a missing finding, on output that is not JSON, and on any error when none is allowed', () => {
		const step = checkStep({expect: {goroot: {status: 'ok'}}, noErrors: true});
		expect(judgeCheck(step, inventory, {code: 0, stdout: report([{id: 'go-on-path', status: 'failed', summary: 'timed out'}]), stderr: ''}).problems).toEqual([
			'goroot: no such finding in the report',
			'go-on-path: failed in a scenario that must have none (summary: timed out)',
		]);
		expect(judgeCheck(step, inventory, {code: 2, stdout: '', stderr: 'goenv-tui: internal error\nat x'}).problems).toEqual([
			'check --json printed no JSON (exit 2): goenv-tui: internal error | at x',
		]);
	});

	it('accepts any of several statuses and searches evidence at any depth', () => {
		expect(judgeFinding('gopath', {id: 'gopath', status: 'info', summary: ''}, {status: ['ok', 'info']})).toEqual([]);
		expect(containsText([{rows: [{value: 'C:\\Users\\张三\\go'}]}], '张三')).toBe(true);
		expect(containsText({n: 3, b: true, s: null}, '3')).toBe(false);
	});
});

describe('planted secrets and the network scenarios', () => {
	it('fails a report that holds a planted secret anywhere, stdout or stderr, and says where', () => {
		const step = checkStep({lacks: ['s3cret', 'czNjcmV0'], expect: {goroot: {status: 'ok'}}});
		const clean = report([{id: 'goroot', status: 'ok', summary: 'GOPROXY=https://user:***@127.0.0.1:9/'}]);
		expect(judgeCheck(step, inventory, {code: 0, stdout: clean, stderr: ''}).problems).toEqual([]);
		const leaked = report([{id: 'goroot', status: 'ok', evidence: [{kind: 'go-env', rows: [{value: 'https://user:s3cret@127.0.0.1:9/'}]}]}]);
		expect(judgeCheck(step, inventory, {code: 0, stdout: leaked, stderr: ''}).problems).toEqual([expect.stringMatching(/^stdout holds the planted secret "s3cret": .*user:s3cret@127/)]);
		expect(leaks({stdout: '', stderr: 'Authorization: Basic czNjcmV0'}, ['s3cret', 'czNjcmV0'])).toEqual([expect.stringMatching(/^stderr holds the planted secret "czNjcmV0"/)]);
		expect(leaks({stdout: 'anything'}, [''])).toEqual([]);
	});

	it('judges the fix a finding offers', () => {
		const finding = {id: 'proxy-env', status: 'warn', summary: '', fixes: [{id: 'use-system-proxy'}]};
		expect(judgeFinding('proxy-env', finding, {status: 'warn', fix: 'use-system-proxy'})).toEqual([]);
		expect(judgeFinding('proxy-env', {...finding, fixes: []}, {status: 'warn', fix: 'use-system-proxy'})).toEqual(['proxy-env: offers no fix use-system-proxy (offers: none)']);
	});

	it('puts the listener port into every string of a scenario, and leaves patterns alone', () => {
		const steps: Step[] = [
			{kind: 'check', exitCode: 0, expect: {'proxy-env': {status: 'ok', summary: 'HTTPS_PROXY=http://127.0.0.1:{port}'}}},
			{kind: 'program', argv: ['check'], exitCode: 0, stdout: /\{port\}/},
		];
		const ported = withPort(steps, 4242);
		expect(ported[0]).toEqual({kind: 'check', exitCode: 0, expect: {'proxy-env': {status: 'ok', summary: 'HTTPS_PROXY=http://127.0.0.1:4242'}}});
		expect((ported[1] as Extract<Step, {kind: 'program'}>).stdout).toBe((steps[1] as Extract<Step, {kind: 'program'}>).stdout);
		expect(withPort({user: {X: {type: 'REG_SZ', data: '127.0.0.1:{port};{port}'}}}, 7)).toEqual({user: {X: {type: 'REG_SZ', data: '127.0.0.1:7;7'}}});
	});

	it("counts connections to the lab's listener, while the caller does something else", async () => {
		const listener = new Listener();
		try {
			expect(listener.newConnections()).toBe(0);
			for (let i = 0; i < 2; i++) {
				await new Promise<void>((resolve, reject) => {
					const socket = net.connect(listener.port, '127.0.0.1', () => socket.write('CONNECT x:443 HTTP/1.1\r\n\r\n'));
					socket.on('close', () => resolve());
					socket.on('error', reject);
				});
			}
			expect(listener.newConnections()).toBe(2);
			expect(listener.newConnections()).toBe(0);
		} finally {
			listener.close();
		}
	});

	it('plants the GOPROXY password where the scenario judges it, and nowhere in plain sight of the judge', () => {
		const secret = SCENARIOS.find((s) => s.id === 'goproxy-secret')!;
		const goproxy = secret.world.user!.GOPROXY!.data;
		const forms = secret.steps.flatMap((step) => (step.kind === 'check' || step.kind === 'program' ? (step.lacks ?? []) : []));
		const token = /^https:\/\/[^:]+:([^@]+)@127\.0\.0\.1:\{port\}\/$/.exec(goproxy)?.[1];
		expect(token).toBeTruthy();
		expect(forms).toContain(token);
		expect(forms).toContain(Buffer.from(`labuser:${token}`).toString('base64'));
		// Judged in the JSON report, the text report and the snapshot.
		expect(secret.steps.filter((step) => 'lacks' in step && step.lacks).map((step) => (step.kind === 'program' ? step.argv[0] : 'check --json'))).toEqual(['check --json', 'check', 'snapshot']);
	});
});

describe("Wine's failure to start a process", () => {
	it('is recognised in what go printed, and nothing else is', () => {
		const seen = 'internal/abi: C:\\Program Files\\Go\\pkg\\tool\\windows_amd64\\asm.exe: fork/exec C:\\Program Files\\Go\\pkg\\tool\\windows_amd64\\asm.exe: Internal error.\n';
		expect(WINE_SPAWN_FAILURE.exec(seen)?.[0]).toBe('fork/exec C:\\Program Files\\Go\\pkg\\tool\\windows_amd64\\asm.exe: Internal error.');
		expect(WINE_SPAWN_FAILURE.test('go: cannot find GOROOT directory: C:\\tools\\go')).toBe(false);
		expect(WINE_SPAWN_FAILURE.test('fork/exec C:\\x.exe: Access is denied.')).toBe(false);
	});

	it("tells Wine's loader failing at exit from the program's own errors", () => {
		// The line a CI lab run printed as all of a check step's stderr.
		const seen = "Inconsistency detected by ld.so: dl-fini.c: 87: _dl_fini: Assertion `ns != LM_ID_BASE || i == nloaded' failed!\n";
		expect(wineFailedAtExit(seen)).toBe(true);
		expect(wineFailedAtExit(`${seen}\r\n${seen}`)).toBe(true);
		// Anything of the program's beside it, or another loader failure, is judged as it is.
		expect(wineFailedAtExit(`goenv-tui: cannot read the registry\n${seen}`)).toBe(false);
		expect(wineFailedAtExit("Inconsistency detected by ld.so: dl-version.c: 204: _dl_check_map_versions: Assertion `needed != NULL' failed!")).toBe(false);
		expect(wineFailedAtExit('')).toBe(false);
	});
});

describe('registry value comparison', () => {
	it('matches names without regard to case and reports type and data differences', () => {
		const actual = [{name: 'PATH', type: 'REG_SZ' as const, data: 'a'}];
		expect(diffValues('x', actual, [{name: 'Path', type: 'REG_SZ', data: 'a'}])).toEqual([]);
		expect(diffValues('x', actual, [{name: 'Path', type: 'REG_EXPAND_SZ', data: 'a'}])).toEqual(['x: Path is REG_SZ "a", expected REG_EXPAND_SZ "a"']);
		expect(diffValues('x', actual, [{name: 'GOPATH', type: 'REG_SZ', data: 'a'}])).toEqual(['x: GOPATH is missing']);
		expect(diffValues('x', [{name: 'P', type: 'REG_SZ', data: 'C:\\Users\\张三\\go'}], [{name: 'P', type: 'REG_SZ', data: 'C:\\Users\\张四\\go'}])).toEqual([
			'x: P (REG_SZ) differs at character 10 of 14 (expected 14): "C:\\\\Users\\\\张三\\\\go", expected "C:\\\\Users\\\\张四\\\\go"',
		]);
		expect(diffValues('x', null, [])).toEqual(['x: key not found']);
	});
});

describe('the scenario list', () => {
	it('has unique ids, and says which scenarios need what the program lacks', () => {
		const ids = SCENARIOS.map((scenario) => scenario.id);
		expect(new Set(ids).size).toBe(ids.length);
		const fix = SCENARIOS.find((scenario) => scenario.id === 'fix-path-dupes')!;
		expect(missingForScenario(fix, inventory)).toEqual(['command fix', 'command undo']);
		expect(missingForScenario(fix, {checks: ['go-on-path'], commands: ['fix', 'undo']})).toEqual(['check path-hygiene']);
		expect(missingForScenario(fix, {checks: ['path-hygiene'], commands: ['fix', 'undo']})).toEqual([]);
		const help: Scenario = {id: 'h', title: '', world: {}, steps: [{kind: 'program', argv: ['--help'], exitCode: 0}]};
		expect(missingForScenario(help, {checks: [], commands: []})).toEqual([]);
	});

	it('names only checks and commands the program has: a renamed id fails here, not as a silent TODO in the lab', () => {
		const program: Inventory = {checks: checkIds(), commands: COMMANDS.map((command) => command.name).filter(Boolean)};
		const needs = SCENARIOS.flatMap((scenario) => [
			...missingForScenario(scenario, program),
			...scenario.steps.flatMap((step) => (step.kind === 'check' ? pendingChecks(step, program).map((id) => `check ${id}`) : [])),
		]);
		expect(needs).toEqual([]);
		expect(SCENARIOS.some((scenario) => scenario.steps.some((step) => step.kind === 'check' && 'go111module' in step.expect))).toBe(true);
	});

	it('expects each fix round trip to drop exactly the later duplicate, leaving references unexpanded', () => {
		for (const id of ['fix-path-dupes', 'fix-long-path']) {
			const scenario: Scenario = SCENARIOS.find((s) => s.id === id)!;
			const before = scenario.world.user!.Path!.data.split(';');
			const step = scenario.steps.find((s): s is Extract<Step, {kind: 'user-value'}> => s.kind === 'user-value')!;
			const after = step.expect!.data.split(';');
			expect(step.expect!.type).toBe('REG_EXPAND_SZ');
			expect(after).toHaveLength(before.length - 1);
			expect(new Set(after).size).toBe(after.length);
			expect(after.filter((entry) => entry.includes('%USERPROFILE%')).length).toBeGreaterThan(0);
		}
		const long = SCENARIOS.find((s) => s.id === 'fix-long-path')!;
		expect(long.world.user!.Path!.data.length).toBeGreaterThan(2048);
	});
});
