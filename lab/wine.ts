/**
 * Wine processes for the lab, on the Linux side. Every Wine process gets a clean
 * environment (only what Wine itself needs: nothing of the host's Go settings leaks into the
 * Windows side), stdin from /dev/null and stdout/stderr into files: Windows node.exe
 * crashes with EBADF on a Unix pipe.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface WineRun {
	code: number | null;
	stdout: Buffer;
	stderr: Buffer;
	timedOut: boolean;
	/** Where stdout and stderr were written. */
	files: {stdout: string; stderr: string};
}

export class Prefix {
	constructor(
		/** The WINEPREFIX folder. */
		readonly dir: string,
		/** The Unix HOME Wine sees: a throwaway folder, never the user's. */
		readonly home: string,
		/** Where output files of this prefix's processes go. */
		readonly logs: string,
	) {}

	private counter = 0;
	private serving = false;

	/**
	 * One wineserver for as long as the lab uses the prefix (`wineserver -p`), started before
	 * the first program. By default a server exits 3 s after its last program, and a program
	 * started just then may find it going. Before this, under load, the lab saw a silent
	 * node.exe exit, a failed process start in go build and `recvmsg: Connection reset by
	 * peer`, each once; since, none in eight full runs, two of them with both cores kept busy.
	 */
	private serve(): void {
		if (this.serving || !fs.existsSync(this.dir)) return;
		this.stop(); // a server wine started by itself (wineboot's) would refuse a second one
		const result = spawnSync('wineserver', ['-p'], {env: this.env(), stdio: 'ignore', timeout: 30_000});
		if (result.status !== 0) throw new Error(`wineserver -p exited ${result.status ?? result.error?.message}`);
		this.serving = true;
	}

	env(): Record<string, string> {
		return {
			PATH: '/usr/bin:/bin',
			HOME: this.home,
			WINEPREFIX: this.dir,
			WINEDEBUG: '-all',
			// Wine maps Unix file names through the locale's charset: UTF-8 keeps 张三 intact.
			// LC_CTYPE, not LANG: Unix variables reach the Windows side, and Windows has no LANG
			// (the program would take it as the user's language choice).
			LC_CTYPE: 'C.UTF-8',
		};
	}

	/** Runs `wine <args>` to completion. `stdin`: a host file for its standard input (a file, never a pipe). */
	run(args: string[], options: {label?: string; timeoutMs?: number; cwd?: string; stdin?: string} = {}): WineRun {
		fs.mkdirSync(this.logs, {recursive: true});
		this.serve();
		const label = `${String(++this.counter).padStart(2, '0')}-${(options.label ?? path.basename(args[0] ?? 'wine')).replace(/[^\w.-]+/g, '_')}`;
		const files = {stdout: path.join(this.logs, `${label}.out`), stderr: path.join(this.logs, `${label}.err`)};
		const out = fs.openSync(files.stdout, 'w');
		const err = fs.openSync(files.stderr, 'w');
		const input = options.stdin === undefined ? 'ignore' : fs.openSync(options.stdin, 'r');
		let result;
		try {
			result = spawnSync('wine', args, {
				// A cwd inside drive_c: with the Z: drive gone, a host cwd has no Windows name.
				// (Before wineboot there is no drive_c yet.)
				cwd: options.cwd ?? (fs.existsSync(path.join(this.dir, 'drive_c')) ? path.join(this.dir, 'drive_c') : path.dirname(this.dir)),
				env: this.env(),
				stdio: [input, out, err],
				timeout: options.timeoutMs ?? 120_000,
				killSignal: 'SIGKILL',
			});
		} finally {
			fs.closeSync(out);
			fs.closeSync(err);
			if (typeof input === 'number') fs.closeSync(input);
		}
		const timedOut = (result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
		if (result.error && !timedOut) throw result.error;
		return {code: result.status, stdout: fs.readFileSync(files.stdout), stderr: fs.readFileSync(files.stderr), timedOut, files};
	}

	/** Stops this prefix's wineserver, which also writes the registry to user.reg/system.reg. */
	stop(): void {
		spawnSync('wineserver', ['-k'], {env: this.env(), stdio: 'ignore', timeout: 30_000});
		// -k returns before the server has gone; -w waits for it.
		spawnSync('wineserver', ['-w'], {env: this.env(), stdio: 'ignore', timeout: 30_000});
		this.serving = false;
	}

	/**
	 * The host path of a `C:\...` path in this prefix, matching existing folders without
	 * regard to case as Windows (and Wine) do, so `C:\Users` finds `drive_c/users`.
	 */
	hostPath(windowsPath: string): string {
		const match = /^[cC]:\\?(.*)$/.exec(windowsPath);
		if (!match) throw new Error(`not a path on C: ${windowsPath}`);
		let current = path.join(this.dir, 'drive_c');
		for (const part of match[1]!.split('\\').filter(Boolean)) {
			let names: string[] = [];
			try {
				names = fs.readdirSync(current);
			} catch {
				names = [];
			}
			current = path.join(current, names.find((name) => name.toLowerCase() === part.toLowerCase()) ?? part);
		}
		return current;
	}
}
