import {mkdirSync, readdirSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {execFileSync} from 'node:child_process';
import {Facts} from '../../source/facts/facts.js';
import {goInstalls} from '../../source/facts/go-installs.js';
import {resolveShim} from '../../source/facts/shims.js';
import {createNodeSystem} from '../../source/system/node-system.js';
import {createSandbox, runCli, type Sandbox} from '../helpers/sandbox.js';

/**
 * On the real file system, with the real go: files the checks read for defaults that are
 * there but cannot be read, made the ways root cannot read past either (the tests run as
 * root, so mode 000 would not stop a read): a folder where the file should be (EISDIR).
 */

type Row = {name: string; source: string; note?: string};
type Finding = {id: string; status: string; summary: string; fixes: Array<{id: string}>; evidence: Array<{kind: string; rows?: Row[]}>};

let sandbox: Sandbox | undefined;
afterEach(() => sandbox?.cleanup());

function check(env: Record<string, string>, ids: string): Record<string, Finding> {
	const run = runCli(['check', '--json', '--offline', '--only', ids], env);
	return Object.fromEntries((JSON.parse(run.stdout) as {findings: Finding[]}).findings.map((f) => [f.id, f]));
}

/** A Go tree that is the real one entry by entry (links), with `go.env` made by `goEnv`. */
function linkedGoroot(sandbox: Sandbox, goEnv: (file: string) => void): string {
	const real = sandbox.go('env', 'GOROOT').trim();
	const goroot = path.join(sandbox.home, 'goroot');
	mkdirSync(goroot);
	for (const name of readdirSync(real)) if (name !== 'go.env') symlinkSync(path.join(real, name), path.join(goroot, name));
	goEnv(path.join(goroot, 'go.env'));
	return goroot;
}

describe.skipIf(process.platform === 'win32')('$GOROOT/go.env that cannot be read, on the real file system', () => {
	it('a go.env that is a folder (EISDIR): GOPROXY is "unknown: $GOROOT/go.env or go\'s default" with the reason, not "default"', () => {
		sandbox = createSandbox();
		const goroot = linkedGoroot(sandbox, (file) => mkdirSync(file));
		const env = {...sandbox.env, GOROOT: goroot, PATH: `${path.join(goroot, 'bin')}${path.delimiter}${sandbox.env.PATH}`};
		const rows = check(env, 'gotoolchain')['gotoolchain']!.evidence.flatMap((e) => e.rows ?? []);
		const row = rows.find((r) => r.name === 'GOPROXY');
		expect(row?.source).toBe('goroot-go-env-unreadable');
		expect(row?.note).toBe(`${path.join(goroot, 'go.env')} could not be read (it is a folder, not a file (EISDIR)): whether it sets this is unknown`);
	});

	it('the control: the same tree with go.env absent is go\'s default', () => {
		sandbox = createSandbox();
		const goroot = linkedGoroot(sandbox, () => undefined);
		const env = {...sandbox.env, GOROOT: goroot, PATH: `${path.join(goroot, 'bin')}${path.delimiter}${sandbox.env.PATH}`};
		const row = check(env, 'gotoolchain')['gotoolchain']!.evidence.flatMap((e) => e.rows ?? []).find((r) => r.name === 'GOPROXY');
		expect(row?.source).toBe('default');
		expect(row?.note).toBeUndefined();
	});
});

describe.skipIf(process.platform === 'win32')('a git credential store that cannot be read, on the real file system', () => {
	it('~/.git-credentials a folder (EISDIR) with the store helper: a warning that names it and why; absent, no word of it', () => {
		sandbox = createSandbox();
		const env = {...sandbox.env, GOPRIVATE: 'git.corp.example'};
		execFileSync('git', ['config', '--global', 'credential.helper', 'store'], {env});
		const before = check(env, 'git-credentials')['git-credentials']!;
		expect(before.status).toBe('ok');
		expect(before.summary).not.toContain('could not be read');
		const store = path.join(sandbox.home, '.git-credentials');
		mkdirSync(store);
		const after = check(env, 'git-credentials')['git-credentials']!;
		expect(after.status).toBe('warn');
		expect(after.summary).toContain(`credential store files that could not be read: ${store}: it is a folder, not a file (EISDIR); the credentials they hold are unknown`);
	});
});

describe.skipIf(process.platform === 'win32')('Go install places that cannot be read, on the real file system', () => {
	it('~/go/sdk a link loop (ELOOP) and a VERSION that is a folder (EISDIR) are listed with their codes; the tree is still found', async () => {
		sandbox = createSandbox();
		const sdk = path.join(sandbox.home, 'sdk');
		const tree = path.join(sdk, 'go1.25.3');
		mkdirSync(path.join(tree, 'bin'), {recursive: true});
		writeFileSync(path.join(tree, 'bin', 'go'), '#!/bin/sh\n', {mode: 0o755});
		mkdirSync(path.join(tree, 'VERSION'));
		const loop = path.join(sandbox.home, 'go', 'sdk');
		mkdirSync(path.dirname(loop));
		symlinkSync(loop, loop);
		// This process's home is not the sandbox's: the System is told which home is.
		const home = sandbox.home;
		const found = await goInstalls(new Facts({...createNodeSystem(sandbox.env), homedir: () => home}));
		expect(found.installs.find((i) => i.root === tree)).toMatchObject({version: 'go1.25.3', versionFrom: 'folder'});
		expect(found.unreadable).toEqual(expect.arrayContaining([{file: path.join(tree, 'VERSION'), code: 'EISDIR'}, {file: loop, code: 'ELOOP'}]));
		expect(found.unreadable.filter((u) => u.file.startsWith(sandbox!.home))).toHaveLength(2);
	});
});

describe.skipIf(process.platform === 'win32')('a version manager shim whose selection cannot be read, on the real file system', () => {
	it('asdf: a .tool-versions that is a folder (EISDIR) in this folder makes "not installed" unknown; without it, not installed', async () => {
		sandbox = createSandbox();
		const home = sandbox.home;
		const project = path.join(home, 'proj');
		mkdirSync(path.join(home, '.asdf', 'shims'), {recursive: true});
		mkdirSync(path.join(home, '.asdf', 'installs', 'golang'), {recursive: true});
		mkdirSync(project);
		const shim = path.join(home, '.asdf', 'shims', 'go');
		writeFileSync(shim, '#!/bin/sh\n', {mode: 0o755});
		writeFileSync(path.join(home, '.tool-versions'), 'golang 1.21.0\n');
		const sys = () => ({...createNodeSystem(sandbox!.env), homedir: () => home, cwd: () => project});
		expect(await resolveShim(new Facts(sys()), shim, 'asdf', null)).toMatchObject({problem: 'not-installed', version: '1.21.0'});
		mkdirSync(path.join(project, '.tool-versions'));
		expect(await resolveShim(new Facts(sys()), shim, 'asdf', null)).toMatchObject({problem: 'unreadable', unreadable: [{file: path.join(project, '.tool-versions'), code: 'EISDIR'}]});
	});
});
