import {chmodSync, mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {createSandbox, runCli, type Sandbox} from '../helpers/sandbox.js';

/**
 * Issue 15's "Done when", through the built program as a supporter runs it: `check --from`
 * on a paste that holds only the problem reports the matching finding as a warning or error,
 * in the words a live run on a machine with that setting uses (the real go, in a sandboxed
 * HOME), and no finding of the paste names an internal call.
 */

let sandbox: Sandbox | undefined;
afterEach(() => sandbox?.cleanup());

interface Finding {
	id: string;
	status: string;
	summary: string;
}

/** Words a person must never read: the System port's method names. */
const INTERNAL = /\bgetenv\b|\bstat |not in the snapshot:|\breadFile\b|\breaddir\b|\bisWritable\b|registry\.readKey|\brealpath\b/;

/** The sentence without what differs between a paste and a machine: where a value was set, go's own words quoted after it, full paths. */
function withoutParentheticals(summary: string): string {
	let text = summary;
	for (let previous = ''; previous !== text; ) {
		previous = text;
		text = text.replace(/ ?\([^()]*\)/g, '');
	}
	return text;
}

function findings(stdout: string): Record<string, Finding> {
	const report = JSON.parse(stdout) as {findings: Finding[]};
	return Object.fromEntries(report.findings.map((f) => [f.id, f]));
}

interface Case {
	name: string;
	/** The paste: one or two lines, in the shapes people paste them. */
	paste: (goroot: string) => string;
	id: string;
	/** The same setting on a live machine (GOPROXY=off keeps the network checks from asking the network). */
	live: (box: Sandbox, goroot: string) => Record<string, string>;
}

const CASES: readonly Case[] = [
	{
		name: 'CC=cl with CGO_ENABLED=1',
		paste: () => 'set CC=cl\nset CGO_ENABLED=1\n',
		id: 'cgo',
		live: (box) => {
			// A program named cl on PATH, as a Developer Command Prompt has it: what the check judges is the name.
			const bin = path.join(box.home, 'msvc-bin');
			mkdirSync(bin, {recursive: true});
			writeFileSync(path.join(bin, 'cl'), '#!/bin/sh\necho "Microsoft (R) C/C++ Optimizing Compiler" >&2\nexit 2\n');
			chmodSync(path.join(bin, 'cl'), 0o755);
			return {CC: 'cl', CGO_ENABLED: '1', PATH: `${bin}${path.delimiter}${box.env.PATH ?? ''}`};
		},
	},
	{
		name: 'GOPATH equal to GOROOT',
		paste: (goroot) => `GOPATH='${goroot}'\nGOROOT='${goroot}'\n`,
		id: 'gopath',
		live: (_box, goroot) => ({GOPATH: goroot}),
	},
	{name: 'GOPROXY=off', paste: () => "GOPROXY='off'\n", id: 'goproxy', live: () => ({GOPROXY: 'off'})},
	{name: 'GONOPROXY=*', paste: () => 'GONOPROXY=*\n', id: 'private-modules', live: () => ({GONOPROXY: '*', GOPROXY: 'off'})},
	{
		name: 'GOPRIVATE=https://host/x',
		paste: () => 'export GOPRIVATE=https://git.corp.example/team\n',
		id: 'private-modules',
		live: () => ({GOPRIVATE: 'https://git.corp.example/team', GOPROXY: 'off'}),
	},
	{name: 'GOSUMDB=off', paste: () => '$env:GOSUMDB = "off"\n', id: 'gosumdb', live: () => ({GOSUMDB: 'off', GOPROXY: 'off'})},
];

describe('check --from on a one-line paste, through the real command line', () => {
	it.each(CASES)('$name: a warning or error, worded as a live run words it', ({paste, id, live}) => {
		sandbox = createSandbox();
		const goroot = sandbox.go('env', 'GOROOT').trim();
		const file = path.join(sandbox.home, 'paste.txt');
		writeFileSync(file, paste(goroot));

		const fromPaste = runCli(['check', '--from', file, '--json'], sandbox.env);
		expect([0, 1]).toContain(fromPaste.code);
		const pasted = findings(fromPaste.stdout);
		const finding = pasted[id];
		expect(finding, `${id} in ${fromPaste.stdout}`).toBeDefined();
		expect(['warn', 'error']).toContain(finding!.status);
		for (const other of Object.values(pasted)) {
			expect(other.summary, `${other.id}: ${other.summary}`).not.toMatch(INTERNAL);
			expect(other.status, other.id).not.toBe('failed');
		}

		// A module folder, so that the checks that judge a module have one (the live run's cwd).
		const project = path.join(sandbox.home, 'app');
		mkdirSync(project, {recursive: true});
		writeFileSync(path.join(project, 'go.mod'), 'module example.com/app\n\ngo 1.21\n');
		const liveEnv = {...sandbox.env, ...live(sandbox, goroot)};
		const fromMachine = runCli(['check', '--json', '--only', id], liveEnv, {cwd: project});
		expect([0, 1]).toContain(fromMachine.code);
		const machine = findings(fromMachine.stdout)[id];
		expect(machine, fromMachine.stdout).toBeDefined();
		expect(finding!.status).toBe(machine!.status);
		expect(withoutParentheticals(finding!.summary)).toBe(withoutParentheticals(machine!.summary));
	});

	it('a one-line paste that leaves GOPRIVATE out does not say GOPRIVATE is unset', () => {
		sandbox = createSandbox();
		const file = path.join(sandbox.home, 'paste.txt');
		writeFileSync(file, "GOPROXY='off'\n");
		const run = runCli(['check', '--from', file, '--json', '--only', 'private-modules'], sandbox.env);
		const finding = findings(run.stdout)['private-modules'];
		expect(finding?.status).toBe('unknown');
		expect(finding?.summary).toContain('the paste does not show GOPRIVATE');
		expect(finding?.summary).not.toMatch(/not set/);
	});
});
