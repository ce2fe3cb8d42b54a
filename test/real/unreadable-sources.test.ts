import {mkdirSync, readdirSync, symlinkSync} from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
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
