import {spawnSync} from 'node:child_process';
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {createSandbox, goBinary, runCli, type Sandbox} from '../helpers/sandbox.js';

/**
 * Settings that name the wrong kind of folder: GOPATH naming a module's own folder (a go.mod
 * in it), GOENV naming a folder instead of the go env file. The real go's own words for each
 * are explained as that cause, and the check that confirms it sees it on the machine.
 */

let sandbox: Sandbox | undefined;
afterEach(() => sandbox?.cleanup());

describe('GOPATH set to a module folder', () => {
	it('the gopath check warns, and explain names what go itself prints there', () => {
		sandbox = createSandbox();
		const project = path.join(sandbox.home, 'project');
		mkdirSync(project, {recursive: true});
		writeFileSync(path.join(project, 'go.mod'), 'module example.com/project\n\ngo 1.21\n');
		writeFileSync(path.join(project, 'main.go'), 'package main\n\nfunc main() {}\n');
		const env = {...sandbox.env, GOPATH: project};

		const check = runCli(['check', '--json', '--offline', '--only', 'gopath'], env, {cwd: project});
		const gopath = (JSON.parse(check.stdout) as {findings: Array<{id: string; status: string; summary: string}>}).findings.find((f) => f.id === 'gopath');
		expect(gopath?.status).toBe('warn');
		expect(gopath?.summary).toContain(`GOPATH entry ${project} holds a go.mod`);

		// What this machine's go says when run there (a warning in current releases; Go 1.13 refused outright).
		const go = spawnSync(goBinary(), ['list', '-m'], {cwd: project, env: {...env, GOTOOLCHAIN: 'local'}, encoding: 'utf8'});
		expect(go.stderr).toMatch(/go\.mod/);
		const explained = runCli(['explain', '--json', '-'], sandbox.env, {input: go.stderr});
		expect(explained.code).toBe(0);
		expect((JSON.parse(explained.stdout) as {causes: Array<{class: string}>}).causes.map((c) => c.class)).toEqual(['gopath-is-module']);
	});

	it('a GOPATH folder without go.mod is not taken for a module', () => {
		sandbox = createSandbox();
		const workspace = path.join(sandbox.home, 'gopath');
		mkdirSync(workspace, {recursive: true});
		const check = runCli(['check', '--json', '--offline', '--only', 'gopath'], {...sandbox.env, GOPATH: workspace});
		const gopath = (JSON.parse(check.stdout) as {findings: Array<{id: string; status: string}>}).findings.find((f) => f.id === 'gopath');
		expect(gopath?.status).toBe('ok');
	});
});

describe('GOENV set to a folder', () => {
	it('the go-env-file check is an error with a fix, and explain names what go env -w says there', () => {
		sandbox = createSandbox();
		const folder = path.join(sandbox.home, 'go-config');
		mkdirSync(folder, {recursive: true});
		const env = {...sandbox.env, GOENV: folder};

		const check = runCli(['check', '--json', '--offline', '--only', 'go-env-file'], env);
		const finding = (JSON.parse(check.stdout) as {findings: Array<{id: string; status: string; summary: string; fixes: Array<{id: string}>}>}).findings.find((f) => f.id === 'go-env-file');
		expect(finding?.status).toBe('error');
		expect(finding?.summary).toContain(`GOENV names a folder, ${folder}, not a file`);
		expect(finding?.fixes.map((f) => f.id)).toContain('unset-os-env');

		const go = spawnSync(goBinary(), ['env', '-w', 'GOPROXY=direct'], {env: {...env, GOTOOLCHAIN: 'local'}, encoding: 'utf8'});
		expect(go.status).not.toBe(0);
		const explained = runCli(['explain', '--json', '-'], sandbox.env, {input: go.stderr});
		expect((JSON.parse(explained.stdout) as {causes: Array<{class: string}>}).causes.map((c) => c.class)).toEqual(['goenv-file-unusable']);
	});
});
