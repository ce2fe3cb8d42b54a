import {mkdirSync, writeFileSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {createSandbox, runCli, type Sandbox} from '../helpers/sandbox.js';

let sandbox: Sandbox | undefined;
afterEach(() => sandbox?.cleanup());

/** Where goenv-tui keeps its files in a sandboxed HOME on Linux and macOS. */
const configDir = (home: string) => (process.platform === 'darwin' ? path.join(home, 'Library', 'Preferences', 'goenv-tui') : path.join(home, '.config', 'goenv-tui'));

function suppress(home: string, suppressions: Record<string, unknown>) {
	mkdirSync(configDir(home), {recursive: true});
	writeFileSync(path.join(configDir(home), 'suppressions.json'), JSON.stringify({schemaVersion: 1, suppressions}));
}

describe('suppressions with the real go, in a sandboxed HOME', () => {
	it('take a finding out of the exit code, keep its status, and say so in check --json', () => {
		// A GOROOT that does not exist: goroot and go-on-path are errors.
		sandbox = createSandbox({GOROOT: '/nonexistent'});
		expect(runCli(['check', '--json'], sandbox.env).code).toBe(1);
		const since = '2026-11-26T07:00:00.000Z';
		suppress(sandbox.home, {goroot: {reason: 'kept for the legacy build', since, status: 'error'}});
		// One error still counts.
		expect(runCli(['check', '--json'], sandbox.env).code).toBe(1);
		suppress(sandbox.home, {goroot: {reason: 'kept for the legacy build', since, status: 'error'}, 'go-on-path': {reason: 'same', since, status: 'error'}});
		const run = runCli(['check', '--json'], sandbox.env);
		expect(run.code).toBe(0);
		const findings = (JSON.parse(run.stdout) as {findings: Array<Record<string, unknown>>}).findings;
		expect(findings.find((f) => f.id === 'goroot')).toMatchObject({status: 'error', suppressed: true, suppression: {state: 'active', reason: 'kept for the legacy build'}});
		expect(findings.find((f) => f.id === 'go111module')).toMatchObject({suppressed: false});
		expect(findings.find((f) => f.id === 'go111module')).not.toHaveProperty('suppression');
		// The text report shows the reason.
		const text = runCli(['check'], sandbox.env);
		expect(text.code).toBe(0);
		expect(text.stdout).toContain('(Suppressed on this machine: kept for the legacy build)');
	});

	it('stop holding once expired, and a damaged file is reported and left as it is', () => {
		sandbox = createSandbox({GOROOT: '/nonexistent'});
		const lapsed = {reason: 'r', since: '2000-01-01T00:00:00.000Z', until: '2000-01-31', status: 'error'};
		suppress(sandbox.home, {goroot: lapsed, 'go-on-path': lapsed});
		expect(runCli(['check', '--json'], sandbox.env).code).toBe(1);
		const file = path.join(configDir(sandbox.home), 'suppressions.json');
		writeFileSync(file, '{"suppressions": [');
		const run = runCli(['check', '--json'], sandbox.env);
		expect(run.code).toBe(1);
		expect(run.stderr).toContain('cannot be read');
		expect(JSON.parse(run.stdout)).toHaveProperty('findings');
		expect(readFileSync(file, 'utf8')).toBe('{"suppressions": [');
	});
});

describe('goenv-tui report', () => {
	it('prints every finding with its evidence as Markdown, with the home folder masked', () => {
		sandbox = createSandbox();
		sandbox.go('env', '-w', 'GO111MODULE=off');
		const run = runCli(['report', '--markdown', '-o', '-'], sandbox.env);
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/^# goenv-tui report\n/);
		for (const id of ['go-on-path', 'goroot', 'go111module']) expect(run.stdout).toContain(`\`${id}\``);
		expect(run.stdout).toContain('GO111MODULE=off is set in the go env file');
		expect(run.stdout).toContain('~/.config/go/env');
		expect(run.stdout).not.toContain(sandbox.home);
	});

	it('writes it to a file with -o, as UTF-8, and says where', () => {
		sandbox = createSandbox({LANG: 'zh_CN.UTF-8'});
		const run = runCli(['report', '-o', 'report.md'], sandbox.env, {cwd: sandbox.home});
		expect(run.code).toBe(0);
		expect(run.stdout).toBe('');
		expect(run.stderr).toContain(`报告已写入 ${path.join(sandbox.home, 'report.md')}`);
		const text = readFileSync(path.join(sandbox.home, 'report.md'), 'utf8');
		expect(text).toMatch(/^# goenv-tui 诊断报告\n/);
	});
});
