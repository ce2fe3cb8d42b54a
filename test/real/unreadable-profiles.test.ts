import {mkdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {previewFix} from '../../source/fixes/index.js';
import {createNodeSystem} from '../../source/system/node-system.js';
import {findingWith, fixWorld} from '../helpers/fixes.js';
import {createSandbox, runCli, type Sandbox} from '../helpers/sandbox.js';

/**
 * On the real file system: a profile that is there but cannot be read, made the ways root
 * cannot read past either (the tests run as root, so mode 000 would not stop a read): a
 * folder where the file should be (EISDIR) and a symbolic link that points at itself
 * (ELOOP). The checks say so in words and offer no profile line; a PATH entry that is such a
 * loop is "cannot be looked at", not "missing".
 */

type Finding = {id: string; status: string; summary: string; fixes: Array<{id: string}>};

let sandbox: Sandbox | undefined;
afterEach(() => sandbox?.cleanup());

function check(env: Record<string, string>, ids: string): Record<string, Finding> {
	const run = runCli(['check', '--json', '--offline', '--only', ids], env);
	return Object.fromEntries((JSON.parse(run.stdout) as {findings: Finding[]}).findings.map((f) => [f.id, f]));
}

describe.skipIf(process.platform === 'win32')('profiles and PATH folders that cannot be read, on the real file system', () => {
	it('~/.bashrc a folder (EISDIR) and ~/.profile a link loop (ELOOP): gobin-on-path says a new shell is unknown and why, with no line to add', () => {
		sandbox = createSandbox();
		const {home} = sandbox;
		const env = {...sandbox.env, SHELL: '/bin/bash', GOPATH: path.join(home, 'go'), GOBIN: ''};
		// The control: absent profiles, and the profile line is offered.
		const before = check(env, 'gobin-on-path')['gobin-on-path']!;
		expect(before.status).toBe('warn');
		expect(before.fixes.map((f) => f.id)).toEqual(['add-to-profile-path']);

		mkdirSync(path.join(home, '.bashrc'));
		symlinkSync(path.join(home, '.profile'), path.join(home, '.profile'));
		const after = check(env, 'gobin-on-path')['gobin-on-path']!;
		expect(after.status).toBe('warn');
		expect(after.fixes).toEqual([]);
		expect(after.summary).toContain('whether a new shell adds it is unknown');
		expect(after.summary).toContain(`${path.join(home, '.profile')}: its symbolic links go round in a loop (ELOOP)`);
		expect(after.summary).toContain(`${path.join(home, '.bashrc')}: it is a folder, not a file (EISDIR)`);
	});

	it('a PATH entry that is a loop of links is "cannot be looked at" with its reason, never counted missing', () => {
		sandbox = createSandbox();
		const loop = path.join(sandbox.home, 'loop');
		symlinkSync(loop, loop);
		const gone = path.join(sandbox.home, 'gone');
		const env = {...sandbox.env, PATH: `${sandbox.env.PATH}${path.delimiter}${loop}${path.delimiter}${gone}`};
		const hygiene = check(env, 'path-hygiene')['path-hygiene']!;
		expect(hygiene.summary).toContain(`entries that could not be looked at: 1 (${loop}: its symbolic links go round in a loop (ELOOP))`);
		expect(hygiene.summary).toMatch(/entries that are not folders: [1-9]/);
	});

	it('a profile-line fix aimed at a profile that cannot be read is blocked, and the profile is left as it was', async () => {
		sandbox = createSandbox();
		const file = path.join(sandbox.home, '.zprofile');
		mkdirSync(file);
		writeFileSync(path.join(file, 'inside'), 'kept\n');
		const world = fixWorld(createNodeSystem(sandbox.env));
		try {
			const preview = await previewFix(world.services, findingWith([{kind: 'profile-line', file, before: {line: null}, after: {line: 'export PATH="$PATH:$HOME/go/bin"'}}]));
			expect(preview.blockers).toEqual([`${file} cannot be read (it is a folder, not a file (EISDIR)): a profile that cannot be read is never edited`]);
			expect(readFileSync(path.join(file, 'inside'), 'utf8')).toBe('kept\n');
		} finally {
			world.cleanup();
		}
	});
});
