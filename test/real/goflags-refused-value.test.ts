import {spawnSync} from 'node:child_process';
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {createSandbox, goBinary, runCli, type Sandbox} from '../helpers/sandbox.js';

/**
 * GOFLAGS=-mod=vendr: go env and go version accept it, every build refuses it. The check
 * says so on the machine and from a paste, and explain names the real go's refusal.
 */

let sandbox: Sandbox | undefined;
afterEach(() => sandbox?.cleanup());

type Report = {findings: Array<{id: string; status: string; summary: string}>};

describe('GOFLAGS with a -mod value go refuses', () => {
	it('is an error live and from a paste, and go build\'s own refusal is go-setting-invalid', () => {
		sandbox = createSandbox();
		const project = path.join(sandbox.home, 'app');
		mkdirSync(project, {recursive: true});
		writeFileSync(path.join(project, 'go.mod'), 'module example.com/app\n\ngo 1.21\n');
		writeFileSync(path.join(project, 'main.go'), 'package main\n\nfunc main() {}\n');
		const env = {...sandbox.env, GOFLAGS: '-mod=vendr'};

		const build = spawnSync(goBinary(), ['build', './...'], {cwd: project, env: {...env, GOTOOLCHAIN: 'local'}, encoding: 'utf8'});
		expect(build.status).not.toBe(0);
		const refusal = build.stderr.trim();
		expect(refusal).toContain('-mod=vendr not supported');

		const live = (JSON.parse(runCli(['check', '--json', '--offline', '--only', 'go-env-file'], env, {cwd: project}).stdout) as Report).findings[0]!;
		expect(live.status).toBe('error');
		// The check quotes go's refusal word for word, as the real go printed it.
		expect(live.summary).toContain(refusal.replace(/^go: /, ''));

		const file = path.join(sandbox.home, 'paste.txt');
		writeFileSync(file, "GOFLAGS='-mod=vendr'\n");
		const pasted = (JSON.parse(runCli(['check', '--json', '--from', file, '--only', 'go-env-file'], sandbox.env).stdout) as Report).findings[0]!;
		expect(pasted.status).toBe('error');

		const explained = runCli(['explain', '--json', '-'], sandbox.env, {input: build.stderr});
		expect((JSON.parse(explained.stdout) as {causes: Array<{class: string}>}).causes.map((c) => c.class)).toEqual(['go-setting-invalid']);
	});
});
