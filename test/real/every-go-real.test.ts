import {spawnSync} from 'node:child_process';
import {chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {createSandbox, runCli, type Sandbox} from '../helpers/sandbox.js';
import {NEWER_TOOLCHAIN, newerToolchainRoot} from '../helpers/toolchain.js';

/**
 * Go installed but not on PATH, on this machine, for real: the machine's own tarball Go in
 * /usr/local/go with PATH not naming it, a golang.org/dl-style ~/sdk/go1.27.3, and asdf's
 * layout (shims, installs, .tool-versions) with a stand-in for asdf itself. Each goes through
 * `fix go-on-path`, a real login shell that then finds go, and `undo` back to the same bytes.
 */

interface JsonFinding {
	id: string;
	status: string;
	summary: string;
	evidence: unknown[];
	fixes: Array<{id: string; changes: Array<Record<string, unknown>>}>;
}

let sandbox: Sandbox | undefined;
afterEach(() => {
	sandbox?.cleanup();
	sandbox = undefined;
});

/** PATH without any Go: the system's folders only (this machine's go is in /usr/local/go/bin). */
const NO_GO_PATH = '/usr/bin:/bin';

function goOnPath(env: Record<string, string>, cwd?: string): JsonFinding {
	const run = runCli(['check', '--json', '--only', 'go-on-path'], env, cwd ? {cwd} : {});
	return (JSON.parse(run.stdout) as {findings: JsonFinding[]}).findings[0]!;
}

/** What a new login shell of this user runs for `go version` (it reads ~/.profile). */
function loginShell(env: Record<string, string>, command: string, cwd?: string): {code: number | null; stdout: string; stderr: string} {
	const run = spawnSync('bash', ['-lc', command], {env: {HOME: env.HOME!, PATH: NO_GO_PATH, GOTOOLCHAIN: 'local', GOCACHE: env.GOCACHE!}, cwd: cwd ?? env.HOME, encoding: 'utf8', timeout: 60_000});
	return {code: run.status, stdout: run.stdout, stderr: run.stderr};
}

/** A folder standing for a Go tree: a link to each entry of `root` (go finds its GOROOT through them). */
function treeOfLinks(target: string, root: string): void {
	mkdirSync(target, {recursive: true});
	for (const name of readdirSync(root)) symlinkSync(path.join(root, name), path.join(target, name));
}

const machineVersion = () => readFileSync('/usr/local/go/VERSION', 'utf8').split('\n')[0]!;

describe('the tarball Go in /usr/local/go, not on PATH', () => {
	it('is an error naming it; the fix adds it to ~/.profile, a new login shell runs it, undo gives back the same bytes', () => {
		sandbox = createSandbox();
		const env = {...sandbox.env, PATH: NO_GO_PATH, SHELL: '/bin/bash'};
		const profile = path.join(sandbox.home, '.profile');
		const original = '# ~/.profile of a user who unpacked Go by hand\nexport EDITOR=vi\numask 022'; // no newline at the end
		writeFileSync(profile, original);

		const before = goOnPath(env);
		expect(before.status).toBe('error');
		expect(before.summary).toContain(`Go ${machineVersion()} (the official tarball, unpacked by hand) in /usr/local/go is installed but not on PATH`);
		expect(before.fixes[0]).toMatchObject({id: 'add-to-profile-path', changes: [{kind: 'profile-line', file: profile, after: {line: 'export PATH="$PATH:/usr/local/go/bin"'}}]});
		expect(loginShell(env, 'command -v go').code).not.toBe(0);

		const fix = runCli(['fix', 'go-on-path', '--yes'], env);
		expect(fix.code).toBe(0);
		expect(readFileSync(profile, 'utf8')).toBe(`${original}\n\n# >>> goenv-tui >>>\nexport PATH="$PATH:/usr/local/go/bin"\n# <<< goenv-tui <<<\n`);
		const shell = loginShell(env, 'command -v go && go version');
		expect(shell.stdout).toContain('/usr/local/go/bin/go');
		expect(shell.stdout).toContain(`go version ${machineVersion()}`);
		// Checked from that new shell's PATH, go is on PATH.
		const newPath = loginShell(env, 'printf %s "$PATH"').stdout;
		expect(goOnPath({...env, PATH: newPath}).status).toBe('ok');
		// The journal lists the profile line in its published shape (runCli checks the schema).
		const journal = JSON.parse(runCli(['journal', '--json'], env).stdout) as {entries: Array<{views: Array<{kind: string; label: string}>}>};
		expect(journal.entries[0]!.views[0]).toMatchObject({kind: 'profile-line'});
		expect(journal.entries[0]!.views[0]!.label).toContain(profile);

		expect(runCli(['undo', '--last', '--yes'], env).code).toBe(0);
		expect(readFileSync(profile).equals(Buffer.from(original))).toBe(true);
	});
});

describe('with Go newer than the machine’s', () => {
	let toolchain = '';
	beforeAll(() => {
		toolchain = newerToolchainRoot();
	}, 180_000);

	it('~/sdk/go1.27.3 (golang.org/dl’s layout) not on PATH: listed with its version, fixed to ~/.profile (made by the fix, removed by undo)', () => {
		sandbox = createSandbox();
		const home = sandbox.home;
		const env = {...sandbox.env, PATH: NO_GO_PATH, SHELL: '/bin/bash'};
		const sdk = path.join(home, 'sdk', NEWER_TOOLCHAIN);
		treeOfLinks(sdk, toolchain);
		writeFileSync(path.join(sdk, '.unpacked-success'), '');
		const profile = path.join(home, '.profile');

		const before = goOnPath(env);
		expect(before.status).toBe('error');
		// The newest install is the one put on PATH; the machine's tarball is listed beside it.
		expect(before.summary).toContain(`Go ${NEWER_TOOLCHAIN} (golang.org/dl) in ${sdk}`);
		expect(JSON.stringify(before.evidence)).toContain('/usr/local/go');
		expect(before.fixes[0]!.changes[0]).toMatchObject({file: profile, after: {line: `export PATH="$PATH:$HOME/sdk/${NEWER_TOOLCHAIN}/bin"`}});

		expect(runCli(['fix', 'go-on-path', '--yes'], env).code).toBe(0);
		expect(loginShell(env, 'go version').stdout).toContain(`go version ${NEWER_TOOLCHAIN}`);
		expect(runCli(['undo', '--last', '--yes'], env).code).toBe(0);
		expect(existsSync(profile)).toBe(false);
	});

	it('asdf’s layout, its shims not on PATH: the fix puts the shims folder on PATH; the shim then runs what .tool-versions selects, and a version not installed is an error', () => {
		sandbox = createSandbox();
		const home = sandbox.home;
		const env = {...sandbox.env, PATH: NO_GO_PATH, SHELL: '/bin/bash'};
		const asdf = path.join(home, '.asdf');
		const version = NEWER_TOOLCHAIN.slice(2);
		treeOfLinks(path.join(asdf, 'installs', 'golang', version, 'go'), toolchain);
		mkdirSync(path.join(asdf, 'shims'), {recursive: true});
		mkdirSync(path.join(asdf, 'bin'), {recursive: true});
		// asdf's own shim, as `asdf reshim` writes it (asdf-vm/asdf internal/shims).
		writeFileSync(path.join(asdf, 'shims', 'go'), `#!/usr/bin/env bash\n# asdf-plugin: golang ${version}\nexec ${asdf}/bin/asdf exec "go" "$@" # asdf_allow: ' asdf '\n`);
		chmodSync(path.join(asdf, 'shims', 'go'), 0o755);
		// A stand-in for asdf: the nearest .tool-versions walking up (then ~/.tool-versions) picks the version.
		writeFileSync(
			path.join(asdf, 'bin', 'asdf'),
			[
				'#!/usr/bin/env bash',
				'[ "$1" = exec ] || { echo "stand-in asdf: only exec" >&2; exit 2; }',
				'tool="$2"; shift 2',
				'dir="$PWD"; version=""',
				'while :; do',
				'  if [ -f "$dir/.tool-versions" ]; then version=$(awk \'$1=="golang"{print $2; exit}\' "$dir/.tool-versions"); [ -n "$version" ] && break; fi',
				'  [ "$dir" = / ] && break; dir=$(dirname "$dir")',
				'done',
				'[ -n "$version" ] || version=$(awk \'$1=="golang"{print $2; exit}\' "$HOME/.tool-versions" 2>/dev/null)',
				`bin="${asdf}/installs/golang/$version/go/bin/$tool"`,
				'[ -x "$bin" ] || { printf "No preset version installed for command %s\\nPlease install a version by running one of the following:\\n\\nasdf install golang %s\\n" "$tool" "$version" >&2; exit 126; }',
				'exec "$bin" "$@"',
				'',
			].join('\n'),
		);
		chmodSync(path.join(asdf, 'bin', 'asdf'), 0o755);
		writeFileSync(path.join(home, '.tool-versions'), `golang ${version}\n`);
		const profile = path.join(home, '.profile');
		const original = 'export LANG=C.UTF-8\n';
		writeFileSync(profile, original);

		const before = goOnPath(env);
		expect(before.status).toBe('error');
		expect(before.summary).toContain(`Go ${NEWER_TOOLCHAIN} (asdf) in ${asdf}/installs/golang/${version}/go`);
		expect(before.summary).toContain('is installed but not on PATH');
		expect(before.fixes[0]!.changes[0]).toMatchObject({file: profile, after: {line: 'export PATH="$PATH:$HOME/.asdf/shims"'}});

		expect(runCli(['fix', 'go-on-path', '--yes'], env).code).toBe(0);
		expect(loginShell(env, 'command -v go && go version').stdout).toContain(`${asdf}/shims/go\ngo version ${NEWER_TOOLCHAIN}`);
		const shimPath = loginShell(env, 'printf %s "$PATH"').stdout;
		const after = goOnPath({...env, PATH: shimPath});
		expect(after.status).toBe('ok');
		expect(JSON.stringify(after.evidence)).toContain(`asdf shim: runs ${asdf}/installs/golang/${version}/go/bin/go (version ${version}, chosen by ${home}/.tool-versions:1)`);

		// A project that selects a version asdf does not have: the shim fails there, and the check says why.
		const project = path.join(home, 'legacy');
		mkdirSync(project);
		writeFileSync(path.join(project, '.tool-versions'), 'golang 1.21.0\n');
		expect(loginShell(env, 'go version', project).code).toBe(126);
		const broken = goOnPath({...env, PATH: shimPath}, project);
		expect(broken.status).toBe('error');
		expect(broken.summary).toContain(`asdf shim: ${project}/.tool-versions:1 selects version 1.21.0, which is not installed; installed: ${version}`);

		expect(runCli(['undo', '--last', '--yes'], env).code).toBe(0);
		expect(readFileSync(profile).equals(Buffer.from(original))).toBe(true);
	});
});
