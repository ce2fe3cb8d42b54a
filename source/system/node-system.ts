import fs from 'node:fs/promises';
import {constants as fsConstants} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {MAX_READ_BYTES, valueOr, type ExecRequest, type ExecResult, type FileInfo, type FileResult, type ReadOptions, type System} from './types.js';
import {mergeEnv} from './env-merge.js';
import {createWindowsRegistry} from './windows-registry.js';
import {decodeText} from './decode-text.js';
import {digestBytes} from './digest.js';
import {forgetTempFolder, makeTempFolder} from './temp-folders.js';
import {runProcess, runStreaming} from './spawn.js';

/**
 * The real System, on this machine. Every process it starts:
 * - is given by absolute path and never goes through a shell;
 * - has stdin ignored (unless the request gives text for it), a timeout, and is killed
 *   when the run is cancelled or we exit (source/system/spawn.ts);
 * - gets GOTOOLCHAIN=local, so no check ever downloads a Go toolchain.
 */
export function createNodeSystem(processEnv: NodeJS.ProcessEnv = process.env): System {
	const platform = process.platform;
	const p = platform === 'win32' ? path.win32 : path.posix;
	let env = Object.fromEntries(
		Object.entries(processEnv).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
	);

	const system: System = {
		platform,
		arch: process.arch,
		osRelease: os.release(),
		hostname: os.hostname(),
		path: p,
		env: () => env,
		getenv(name) {
			if (platform !== 'win32') return env[name];
			const upper = name.toUpperCase();
			for (const [key, value] of Object.entries(env)) if (key.toUpperCase() === upper) return value;
			return undefined;
		},
		cwd: () => process.cwd(),
		homedir: () => os.homedir(),
		tmpdir: () => os.tmpdir(),
		terminal: () => ({
			stdinIsTTY: Boolean(process.stdin.isTTY),
			stdoutIsTTY: Boolean(process.stdout.isTTY),
			columns: process.stdout.columns,
			rows: process.stdout.rows,
		}),

		async exec(request: ExecRequest): Promise<ExecResult> {
			if (!p.isAbsolute(request.file)) {
				throw new Error(`refusing to spawn a bare program name: ${request.file}`);
			}
			const childEnv = mergeEnv(env, {...request.env, GOTOOLCHAIN: 'local'}, platform === 'win32');
			return runProcess(request.file, request.args, {
				cwd: request.cwd,
				env: childEnv,
				timeoutMs: request.timeoutMs,
				signal: request.signal,
				...(request.stdin === undefined ? {} : {stdin: request.stdin}),
			});
		},

		startUserCommand(request) {
			if (!p.isAbsolute(request.file)) throw new Error(`refusing to spawn a bare program name: ${request.file}`);
			// cmd.exe runs a .bat or .cmd (a version manager's go.cmd) as the person's shell would.
			const viaCmd = platform === 'win32' && /\.(bat|cmd)$/i.test(request.file) ? (env.ComSpec ?? env.COMSPEC ?? 'C:\\Windows\\System32\\cmd.exe') : undefined;
			return runStreaming(request.file, request.args, {cwd: request.cwd, env, onOutput: request.onOutput, ...(viaCmd ? {viaCmd} : {}), ...(request.terminalInput ? {inheritStdin: true} : {})});
		},

		setSessionEnv(name, value) {
			// On Windows the name keeps the spelling it has (Path stays Path).
			const windows = platform === 'win32';
			const spelled = windows ? (Object.keys(env).find((key) => key.toUpperCase() === name.toUpperCase()) ?? name) : name;
			env = mergeEnv(env, {[spelled]: value}, windows);
		},

		async inspect(target) {
			try {
				const link = await fs.lstat(target);
				const info = link.isSymbolicLink() ? await fs.stat(target) : link;
				return {ok: true, value: toFileInfo(info, link.isSymbolicLink())};
			} catch (error) {
				return failed(error);
			}
		},
		stat: async (target) => valueOr(await system.inspect(target)),
		async realpath(target) {
			try {
				return await fs.realpath(target);
			} catch {
				return null;
			}
		},
		readText: (target, options = {}) => readBounded(target, options),
		readFile: async (target, encoding = 'utf8') => valueOr(await readBounded(target, {encoding})),
		async list(target) {
			try {
				return {ok: true, value: await fs.readdir(target)};
			} catch (error) {
				return failed(error);
			}
		},
		readdir: async (target) => valueOr(await system.list(target)),
		async isWritable(target) {
			try {
				await fs.access(target, fsConstants.W_OK);
				return true;
			} catch {
				return false;
			}
		},
		// Only asked when a network check fails on TLS: node:tls loads then, not at start-up.
		tlsChain: async (request) => (await import('./tls-chain.js')).fetchTlsChain(request),
		mkdtemp: (prefix) => makeTempFolder(os.tmpdir(), prefix),
		mkdir: async (target) => {
			await fs.mkdir(target, {recursive: true});
		},
		writeFile: (target, content, options = {}) => fs.writeFile(target, content, {encoding: 'utf8', flag: options.exclusive ? 'wx' : 'w', ...(options.mode === undefined ? {} : {mode: options.mode})}),
		async remove(target) {
			await fs.rm(target, {recursive: true, force: true});
			forgetTempFolder(target);
		},
		async copyFile(from, to) {
			await fs.mkdir(p.dirname(to), {recursive: true});
			// libuv gives the copy the source's permission bits.
			await fs.copyFile(from, to);
		},
		rename: (from, to) => fs.rename(from, to),
		async fileDigest(target) {
			try {
				return digestBytes(await fs.readFile(target));
			} catch {
				return null;
			}
		},
	};
	if (platform === 'win32') return {...system, registry: createWindowsRegistry((request) => system.exec(request), env)};
	return system;
}

const failed = (error: unknown): {ok: false; code: string} => ({ok: false, code: (error as NodeJS.ErrnoException).code ?? 'EIO'});

/**
 * Reads at most `maxBytes` (+1, to know there was more) through one file handle, whatever the
 * file is: a device such as /dev/zero or a FIFO never ends, and is answered EFBIG at the cap
 * instead of filling the memory.
 */
async function readBounded(target: string, options: ReadOptions): Promise<FileResult<string>> {
	const max = options.maxBytes ?? MAX_READ_BYTES;
	let handle: import('node:fs/promises').FileHandle;
	try {
		handle = await fs.open(target, 'r');
	} catch (error) {
		return failed(error);
	}
	try {
		if ((await handle.stat()).isDirectory()) return {ok: false, code: 'EISDIR'};
		const chunks: Buffer[] = [];
		let size = 0;
		for (;;) {
			const chunk = Buffer.alloc(Math.min(64 * 1024, max + 1 - size));
			const {bytesRead} = await handle.read(chunk, 0, chunk.length, null);
			if (bytesRead === 0) break;
			chunks.push(chunk.subarray(0, bytesRead));
			size += bytesRead;
			if (options.textOnly && chunks.length === 1 && !isText(chunks[0]!)) return {ok: false, code: 'EBINARY'};
			if (size > max) return {ok: false, code: 'EFBIG'};
		}
		const bytes = Buffer.concat(chunks);
		return {ok: true, value: options.encoding === 'auto' ? decodeText(bytes) : bytes.toString('utf8')};
	} catch (error) {
		return failed(error);
	} finally {
		await handle.close().catch(() => undefined);
	}
}

/** No NUL byte in the first chunk, or UTF-16 with its byte-order mark. */
function isText(bytes: Buffer): boolean {
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
	return !bytes.includes(0);
}

function toFileInfo(info: import('node:fs').Stats, isLink: boolean): FileInfo {
	return {
		kind: info.isDirectory() ? 'dir' : info.isFile() ? 'file' : 'other',
		size: info.size,
		mode: info.mode & 0o7777,
		isLink,
	};
}
