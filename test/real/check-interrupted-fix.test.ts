import {spawnSync} from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {Journal} from '../../source/journal/journal.js';
import {leaveEntry} from '../helpers/journal.js';
import {createSandbox, runCli, type Sandbox} from '../helpers/sandbox.js';

let sandbox: Sandbox | undefined;
afterEach(() => sandbox?.cleanup());

/** The pid of a process that has ended: what a fix killed half-way leaves in the journal. */
function deadPid(): number {
	const child = spawnSync(process.execPath, ['-e', '0']);
	return child.pid!;
}

/** A fix of GO111MODULE that a process began and never settled, in the sandbox's journal. */
async function leaveInterruptedFix(box: Sandbox, status: 'pending' | 'applied' = 'pending') {
	const journal = new Journal({dir: path.join(box.home, '.config', 'goenv-tui'), pid: deadPid(), host: os.hostname()});
	return leaveEntry(journal, {
		action: 'fix',
		findingId: 'go111module',
		fixId: 'unset-go-env-file',
		title: {key: 'fix.unsetGoEnv.title', params: {name: 'GO111MODULE'}},
		reversible: true,
		needsAdmin: false,
		changes: [
			{
				change: {kind: 'go-env', key: 'GO111MODULE', file: path.join(box.home, '.config', 'go', 'env'), before: {set: true, value: 'off'}, after: {set: false}},
				state: 'planned',
				admin: false,
			},
		],
	}, status === 'applied' ? 'applied' : undefined);
}

const NOTICE = /Journal entry 1 \(Remove GO111MODULE from the go env file \(go env -u GO111MODULE\), [\d-]+ [\d:]+\) was interrupted before it finished\. Run "goenv-tui journal" .*"goenv-tui journal --rollback 1"/;

describe('check tells of a fix a process left half done, as the checklist does', () => {
	it('text and JSON, with the same exit code as without it', async () => {
		sandbox = createSandbox();
		sandbox.go('env', '-w', 'GO111MODULE=off');
		const args = ['check', '--offline', '--only', 'go111module'];
		const before = {text: runCli(args, sandbox.env), json: runCli([...args, '--json'], sandbox.env)};
		expect(before.text.stdout).not.toMatch(/interrupted/);
		expect(JSON.parse(before.json.stdout).interrupted_fixes).toEqual([]);

		const entry = await leaveInterruptedFix(sandbox);
		const text = runCli(args, sandbox.env);
		expect(text.code).toBe(before.text.code);
		// The last thing printed, where a CI log is read.
		expect(text.stdout.trimEnd().split('\n').at(-1)).toMatch(NOTICE);

		const json = runCli([...args, '--json'], sandbox.env);
		expect(json.code).toBe(before.json.code);
		const report = JSON.parse(json.stdout);
		expect(report.schema_version).toBe(1);
		expect(report.interrupted_fixes).toEqual([
			{entry: 1, action: 'fix', finding_id: 'go111module', fix_id: 'unset-go-env-file', title: 'Remove GO111MODULE from the go env file (go env -u GO111MODULE)', started_at: entry.createdAt},
		]);
		// The journal keeps the title as a message key: a report in Chinese shows it in Chinese.
		const zh = JSON.parse(runCli([...args, '--json', '--lang', 'zh-CN'], sandbox.env).stdout);
		expect(zh.interrupted_fixes[0].title).toBe('从 go env 配置文件中删除 GO111MODULE（go env -u GO111MODULE）');

		// The bare command without a terminal prints the same report.
		const bare = runCli(['--offline'], sandbox.env);
		expect(bare.stdout).toMatch(NOTICE);

		// A report of another machine's snapshot is not about this machine's journal.
		const snapshot = runCli(['snapshot', '--offline', '-o', path.join(sandbox.home, 'snap.json')], sandbox.env);
		expect(snapshot.code).toBe(0);
		const replay = runCli(['check', '--json', '--from', path.join(sandbox.home, 'snap.json')], sandbox.env);
		expect(JSON.parse(replay.stdout)).not.toHaveProperty('interrupted_fixes');
	});

	it('a settled entry is not told', async () => {
		sandbox = createSandbox();
		await leaveInterruptedFix(sandbox, 'applied');
		const run = runCli(['check', '--offline', '--only', 'go111module', '--json'], sandbox.env);
		expect(JSON.parse(run.stdout).interrupted_fixes).toEqual([]);
		expect(runCli(['check', '--offline', '--only', 'go111module'], sandbox.env).stdout).not.toMatch(/interrupted/);
	});
});
