import {spawnSync} from 'node:child_process';
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {createSandbox, goBinary, runCli, type Sandbox} from '../helpers/sandbox.js';

/**
 * GOPATH naming a module's own folder (a go.mod in it): the real go's own words for it are
 * explained as that cause, and the gopath check sees it on the machine.
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
