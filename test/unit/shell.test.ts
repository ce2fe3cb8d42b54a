import {describe, expect, it} from 'vitest';
import {Facts} from '../../source/facts/facts.js';
import {detectTerminal, findShell, formatCommandForUser, msysConversions, parseProcStat, userShellSyntax, type ChainEntry} from '../../source/shell/detect.js';
import {commandLine, quoteArg, removeFileCommand} from '../../source/shell/syntax.js';
import {createFakeSystem} from '../../source/system/fake-system.js';
import {check, windowsWorld} from '../helpers/windows-batch-worlds.js';

const entry = (pid: number, name: string, runsCommand = false): ChainEntry => ({pid, ppid: pid - 1, name, runsCommand});

describe('command syntax per shell', () => {
	it('quotes a Windows path for Git Bash, where a bare backslash is an escape', () => {
		expect(quoteArg('posix', 'C:\\Users\\dev\\go\\bin\\dlv.exe')).toBe("'C:\\Users\\dev\\go\\bin\\dlv.exe'");
		expect(quoteArg('posix', '/home/dev/go/bin/dlv')).toBe('/home/dev/go/bin/dlv');
		expect(quoteArg('cmd', 'C:\\Users\\dev\\go')).toBe('C:\\Users\\dev\\go');
	});

	it('quotes for PowerShell what it would otherwise turn into an array, a splat or a split flag', () => {
		expect(commandLine('powershell', ['go', 'env', '-w', 'GOPROXY=https://goproxy.cn,direct'])).toBe("go env -w 'GOPROXY=https://goproxy.cn,direct'");
		expect(commandLine('powershell', ['go', 'test', '-coverprofile=coverage.out'])).toBe("go test '-coverprofile=coverage.out'");
		expect(commandLine('powershell', ['C:\\Program Files\\Go\\bin\\go.exe', 'version'])).toBe("& 'C:\\Program Files\\Go\\bin\\go.exe' version");
		expect(commandLine('cmd', ['go', 'env', '-w', 'GOPROXY=https://goproxy.cn,direct'])).toBe('go env -w GOPROXY=https://goproxy.cn,direct');
	});

	it('removes a file in each syntax', () => {
		expect(removeFileCommand('powershell', 'C:\\Program Files\\Go\\bin\\dlv.exe')).toBe("Remove-Item -LiteralPath 'C:\\Program Files\\Go\\bin\\dlv.exe'");
		expect(removeFileCommand('cmd', 'C:\\Program Files\\Go\\bin\\dlv.exe')).toBe('del "C:\\Program Files\\Go\\bin\\dlv.exe"');
		expect(removeFileCommand('posix', '/usr/local/go/bin/dlv')).toBe('rm /usr/local/go/bin/dlv');
	});
});

describe('finding the shell in the parent chain', () => {
	it('skips npm\'s one-command shells and shells whose parent is node', () => {
		expect(findShell([entry(9, 'sh', true), entry(8, 'node'), entry(7, 'zsh'), entry(6, 'tmux: server')])?.name).toBe('zsh');
		// Command lines unknown: a shell directly under node is still npm's.
		expect(findShell([entry(9, 'cmd.exe'), entry(8, 'node.exe'), entry(7, 'cmd.exe'), entry(6, 'explorer.exe')])).toMatchObject({name: 'cmd', index: 2});
		expect(findShell([entry(9, 'node'), entry(8, 'systemd')])).toBeNull();
	});

	it('reads /proc/<pid>/stat with spaces and parentheses in the name', () => {
		expect(parseProcStat('4242 (tmux: server) S 1 4242 4242 0 -1')).toEqual({pid: 4242, name: 'tmux: server', ppid: 1});
		expect(parseProcStat('77 (a (b) c) R 76 77')).toEqual({pid: 77, name: 'a (b) c', ppid: 76});
	});

	it('walks /proc on Linux without starting a process, and never keeps command lines', async () => {
		const sys = createFakeSystem({
			platform: 'linux',
			env: {SHELL: '/bin/bash', TMUX: '/tmp/tmux-0/default,1,0'},
			files: {
				'/proc/self/stat': '1000 (node) S 999 1000',
				'/proc/999/stat': '999 (sh) S 998 999',
				'/proc/999/cmdline': 'sh\0-c\0goenv-tui --token=s3cret\0',
				'/proc/998/stat': '998 (node) S 997 998',
				'/proc/998/cmdline': 'node\0/usr/bin/npx\0goenv-tui\0',
				'/proc/997/stat': '997 (fish) S 996 997',
				'/proc/997/cmdline': 'fish\0',
				'/proc/996/stat': '996 (tmux: server) S 1 996',
				'/proc/996/cmdline': 'tmux\0',
			},
			terminal: {stdinIsTTY: true, stdoutIsTTY: true},
		});
		const d = await detectTerminal(new Facts(sys));
		expect(d.shell).toMatchObject({name: 'fish', source: 'process-chain', pid: 997});
		expect(d.terminal).toEqual({name: 'tmux', source: 'process-chain'});
		expect(d.syntax).toBe('posix');
		expect(JSON.stringify(d)).not.toContain('s3cret');
		expect(sys.calls).toHaveLength(0);
		expect(await formatCommandForUser(new Facts(sys), ['go', 'env', '-w', "GOFLAGS=-mod=mod"])).toBe('go env -w GOFLAGS=-mod=mod');
	});

	it('falls back to the login shell on macOS and names Terminal.app from TERM_PROGRAM', async () => {
		const sys = createFakeSystem({platform: 'darwin', env: {SHELL: '/bin/zsh', TERM_PROGRAM: 'Apple_Terminal'}});
		const d = await detectTerminal(new Facts(sys));
		expect(d.shell).toMatchObject({name: 'zsh', source: 'login-shell'});
		expect(d.terminal.name).toBe('apple-terminal');
	});

	it('gives the UI the syntax of the user\'s shell: PowerShell behind npx on Windows, cmd when cmd is the shell', async () => {
		expect(await userShellSyntax(new Facts(windowsWorld()))).toBe('powershell');
		const cmdChain = [
			{pid: 9, ppid: 8, name: 'powershell.exe', path: '', runsCommand: false, created: ''},
			{pid: 8, ppid: 7, name: 'node.exe', path: '', runsCommand: false, created: ''},
			{pid: 7, ppid: 6, name: 'cmd.exe', path: '', runsCommand: false, created: ''},
			{pid: 6, ppid: 5, name: 'explorer.exe', path: '', runsCommand: false, created: ''},
		];
		const sys = windowsWorld({batch: {processes: cmdChain}});
		expect(await userShellSyntax(new Facts(sys))).toBe('cmd');
		expect((await check(sys, ['terminal'])).terminal!.summary).toBe('cmd.exe in conhost; commands are shown in cmd syntax');
	});

	it('stops at a reused process id: a "parent" created after its child is not our parent', async () => {
		const chain = [
			{pid: 9, ppid: 8, name: 'powershell.exe', path: '', runsCommand: false, created: '2026-11-26T10:00:05Z'},
			{pid: 8, ppid: 7, name: 'node.exe', path: '', runsCommand: false, created: '2026-11-26T10:00:04Z'},
			{pid: 7, ppid: 6, name: 'bash.exe', path: '', runsCommand: false, created: '2026-11-26T11:00:00Z'},
		];
		const d = await detectTerminal(new Facts(windowsWorld({batch: {processes: chain}})));
		expect(d.chain).toEqual([]);
	});
});

describe('MSYS conversion of Go path variables', () => {
	it('tells converted, unconverted and converted-into-the-MSYS-root values apart, lists too', () => {
		const env: Record<string, string> = {GOPATH: 'C:/msys64/home/dev/go;C:/src/go', GOROOT: 'C:/Program Files/Go', GOBIN: '/usr/local/bin', GOCACHE: 'C:\\Users\\dev\\cache'};
		expect(msysConversions((n) => env[n], 'C:\\msys64')).toEqual([
			{name: 'GOPATH', value: 'C:/msys64/home/dev/go;C:/src/go', kind: 'into-msys-root'},
			{name: 'GOROOT', value: 'C:/Program Files/Go', kind: 'converted'},
			{name: 'GOBIN', value: '/usr/local/bin', kind: 'unconverted'},
		]);
	});
});
