import {readdirSync} from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {createSandbox, runCli, type Sandbox} from '../helpers/sandbox.js';

interface JsonFinding {
	id: string;
	status: string;
	summary: string;
	fixes: Array<{id: string}>;
}

let sandbox: Sandbox | undefined;
afterEach(() => sandbox?.cleanup());

function checkJson(env: Record<string, string>, extra: string[] = []) {
	const run = runCli(['check', '--json', ...extra], env);
	const report = JSON.parse(run.stdout) as {schema_version: number; findings: JsonFinding[]};
	const byId = Object.fromEntries(report.findings.map((f) => [f.id, f]));
	return {run, report, byId};
}

describe('check --json with the machine\'s real go, in a sandboxed HOME', () => {
	it('is clean on this machine as it is', () => {
		sandbox = createSandbox();
		const {run, report, byId} = checkJson(sandbox.env);
		expect(run.code).toBe(0);
		expect(run.stderr).toBe('');
		expect(report.schema_version).toBe(1);
		expect(byId['go-on-path']).toMatchObject({status: 'ok'});
		expect(byId['go-on-path']!.summary).toMatch(/^go1\.\d+/);
		expect(byId.goroot).toMatchObject({status: 'ok'});
		expect(byId.go111module).toMatchObject({status: 'ok'});
	});

	it('leaves HOME as it found it: the test build does not create the GOPATH folder or a module cache there', () => {
		sandbox = createSandbox();
		const before = readdirSync(sandbox.home, {recursive: true}).map(String).sort();
		const {byId} = checkJson(sandbox.env);
		expect(byId['smoke-build']).toMatchObject({status: 'ok'});
		// GOPATH is inferred as HOME/go, which does not exist; go mod init would take its lock
		// file in GOPATH/pkg/mod/cache and so create it.
		expect(readdirSync(sandbox.home)).not.toContain('go');
		expect(readdirSync(sandbox.home, {recursive: true}).map(String).sort()).toEqual(before);
		expect(byId.gopath!.summary).toContain(`GOPATH=${path.join(sandbox.home, 'go')}`);
		expect(byId.gopath!.summary).toContain('the folder does not exist yet');
		// A second run still sees it missing.
		expect(checkJson(sandbox.env, ['--only', 'gopath']).byId.gopath!.summary).toContain('the folder does not exist yet');
	});

	it('reports GOROOT=/nonexistent as an error with go\'s own words, and exits 1', () => {
		sandbox = createSandbox({GOROOT: '/nonexistent'});
		const {run, byId} = checkJson(sandbox.env);
		expect(run.code).toBe(1);
		expect(byId.goroot).toMatchObject({status: 'error'});
		expect(byId.goroot!.summary).toContain('GOROOT=/nonexistent (from the process environment) does not exist');
		expect(JSON.stringify(byId.goroot)).toContain('go: cannot find GOROOT directory: /nonexistent');
	});

	it('warns about go env -w GO111MODULE=off, names the file, and the test build proves modules are off (exit 1)', () => {
		sandbox = createSandbox();
		sandbox.go('env', '-w', 'GO111MODULE=off');
		const {run, byId} = checkJson(sandbox.env);
		expect(byId.go111module).toMatchObject({status: 'warn', fixes: [{id: 'unset-go-env-file'}]});
		expect(byId.go111module!.summary).toContain('GO111MODULE=off is set in the go env file');
		expect(JSON.stringify(byId.go111module)).toContain(`${sandbox.home}/.config/go/env`);
		// go mod init refuses under GO111MODULE=off: a real error, found by the real build.
		expect(byId['smoke-build']).toMatchObject({status: 'error'});
		expect(JSON.stringify(byId['smoke-build'])).toContain('modules-disabled');
		expect(run.code).toBe(1);
	});

	it('prints only the checks asked for with --only, and rejects an unknown id with exit 2', () => {
		sandbox = createSandbox();
		const {report} = checkJson(sandbox.env, ['--only', 'goroot']);
		expect(report.findings.map((f) => f.id)).toEqual(['goroot']);
		const bad = runCli(['check', '--only', 'nope'], sandbox.env);
		expect(bad.code).toBe(2);
		expect(bad.stdout).toBe('');
		expect(bad.stderr).toContain('unknown check id: nope');
	});
});

describe('the command line', () => {
	it('prints the version and the help, in the language asked for', () => {
		sandbox = createSandbox();
		const version = runCli(['--version'], sandbox.env);
		expect(version).toMatchObject({code: 0});
		expect(version.stdout).toMatch(/^goenv-tui \d+\.\d+\.\d+\n$/);
		const help = runCli(['--help'], sandbox.env);
		expect(help.stdout).toContain('check [--json]');
		expect(help.stdout).toContain('now: English');
		const zh = runCli(['--help'], {...sandbox.env, LANG: 'zh_CN.UTF-8'});
		expect(zh.stdout).toContain('当前：简体中文');
	});

	it('exits 2 on a usage error', () => {
		sandbox = createSandbox();
		expect(runCli(['frobnicate'], sandbox.env)).toMatchObject({code: 2});
		expect(runCli(['check', '--bogus'], sandbox.env)).toMatchObject({code: 2});
		expect(runCli(['--lang', 'fr'], sandbox.env)).toMatchObject({code: 2});
	});

	it('without a terminal, the bare command prints the text report and a one-line hint, with no escape codes', () => {
		sandbox = createSandbox();
		const run = runCli([], {...sandbox.env, NO_COLOR: ''});
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('go-on-path');
		expect(run.stdout).not.toMatch(/\u001B/);
		expect(run.stderr.trim().split('\n')).toHaveLength(1);
		expect(run.stderr).toContain('Output goes to a pipe or a file, not a terminal');
	});

	it('keeps JSON in English unless --lang is given', () => {
		sandbox = createSandbox({LANG: 'zh_CN.UTF-8'});
		const en = checkJson(sandbox.env);
		expect(en.byId.go111module!.summary).toContain('module mode');
		const zh = checkJson(sandbox.env, ['--lang', 'zh-CN']);
		expect(zh.byId.go111module!.summary).toContain('模块模式');
	});
});
