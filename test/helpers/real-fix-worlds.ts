import {execFileSync, spawnSync} from 'node:child_process';
import {appendFileSync, mkdirSync, utimesSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {createNodeSystem} from '../../source/system/node-system.js';
import type {System} from '../../source/system/types.js';
import type {PropertyWorld} from './fix-properties.js';
import {createSandbox, type Sandbox} from './sandbox.js';

/**
 * Real worlds for the fix property test: a sandboxed HOME on this machine with the real go
 * and git, set up the way a person's would be. Fixes run for real in them (go env -w, git
 * config, files, profiles); the checks run the real go (offline: nothing here needs the
 * network, and the worlds make no request to it).
 */

const gitPath = spawnSync('sh', ['-c', 'command -v git'], {encoding: 'utf8'}).stdout.trim();

function git(box: Sandbox, cwd: string, ...args: string[]): void {
	execFileSync(gitPath, args, {env: box.env, cwd, encoding: 'utf8'});
}

/** The real System inside the sandbox: its environment, and its current folder. */
function systemIn(box: Sandbox, cwd: string): System {
	const sys = createNodeSystem(box.env);
	return {...sys, cwd: () => cwd};
}

const real = (name: string, setUp: (box: Sandbox) => string, extra: Record<string, string> = {}): PropertyWorld => ({
	name,
	platform: process.platform,
	kind: 'real',
	offline: true,
	// go install downloads and builds from the network for minutes: the fake worlds apply it.
	notApplied: [{fix: /^go-install-/, why: 'go install needs the network'}],
	async make() {
		const box = createSandbox(extra);
		try {
			const cwd = setUp(box);
			return {sys: systemIn(box, cwd), cleanup: () => box.cleanup()};
		} catch (error) {
			box.cleanup();
			throw error;
		}
	},
});

const envFile = (box: Sandbox) => path.join(box.home, '.config', 'go', 'env');

/** ~/go/bin made and on PATH, as after the first go install with a profile that adds it. */
function goBinOnPath(box: Sandbox): void {
	mkdirSync(path.join(box.home, 'go', 'bin'), {recursive: true});
	box.env.PATH = `${path.join(box.home, 'go', 'bin')}:${box.env.PATH ?? ''}`;
}

export const REAL_WORLDS: PropertyWorld[] = [
	// A go env file from several tutorials, written with go env -w and by hand.
	real('real go: a go env file with GO111MODULE=off, GOROOT, an empty GOPROXY, a made-up name', (box) => {
		box.go('env', '-w', 'GO111MODULE=off');
		const goroot = box.go('env', 'GOROOT').trim();
		appendFileSync(envFile(box), `GOROOT=${goroot}\nGOCERTFILE=/etc/ssl/corp.pem\nGOPROXY=\n`);
		goBinOnPath(box);
		return box.home;
	}),
	// Saved by a Windows editor.
	real('real go: a go env file with CRLF line ends', (box) => {
		mkdirSync(path.dirname(envFile(box)), {recursive: true});
		writeFileSync(envFile(box), 'GOPRIVATE=*.corp.example\r\nGOFLAGS=-mod=mod\r\n');
		goBinOnPath(box);
		return box.home;
	}),
	// GO111MODULE exported by ~/.profile (this shell read it); ~/go/bin not on PATH.
	real(
		'real shell profile: GO111MODULE=off exported by ~/.profile, ~/go/bin not on PATH',
		(box) => {
			writeFileSync(path.join(box.home, '.profile'), '# ~/.profile\nexport GO111MODULE=off\n');
			return box.home;
		},
		{GO111MODULE: 'off', SHELL: '/bin/bash'},
	),
	// A repository checked out with core.autocrlf=true (Go files with CRLF on disk), one file
	// committed with CRLF, no .gitattributes; credential.helper=manager-core (gone since GCM
	// 2.3) and the store helper holding a credential for a GOPRIVATE host.
	real(
		'real git: CRLF checkouts and commits, manager-core, a stored credential for a GOPRIVATE host',
		(box) => {
			const repo = path.join(box.home, 'src', 'app');
			mkdirSync(repo, {recursive: true});
			git(box, repo, 'init', '-q');
			git(box, repo, 'config', 'user.email', 'dev@example.com');
			git(box, repo, 'config', 'user.name', 'dev');
			writeFileSync(path.join(repo, 'go.mod'), 'module example.com/app\n\ngo 1.21\n');
			writeFileSync(path.join(repo, 'main.go'), 'package main\n\nfunc main() {}\n');
			writeFileSync(path.join(repo, 'util.go'), 'package main\r\n\r\nfunc util() {}\r\n');
			git(box, repo, 'add', '.');
			git(box, repo, 'commit', '-q', '-m', 'init');
			git(box, repo, 'config', '--global', 'core.autocrlf', 'true');
			for (const file of ['go.mod', 'main.go']) execFileSync('rm', [path.join(repo, file)]);
			git(box, repo, 'checkout', '--', '.');
			// Checked out a while ago, and git has refreshed its index since (as on a real machine).
			const past = new Date(Date.now() - 60_000);
			for (const file of ['go.mod', 'main.go', 'util.go']) utimesSync(path.join(repo, file), past, past);
			git(box, repo, 'update-index', '--refresh');
			git(box, repo, 'config', '--global', 'credential.helper', 'manager-core');
			git(box, repo, 'config', '--global', '--add', 'credential.helper', 'store');
			writeFileSync(path.join(box.home, '.git-credentials'), 'https://alice:planted-secret-0042@git.corp.example\n', {mode: 0o600});
			goBinOnPath(box);
			return repo;
		},
		{GIT_CONFIG_NOSYSTEM: '1', GOPRIVATE: 'git.corp.example'},
	),
];
