import {forgetTempFolder, makeTempFolder} from './temp-folders.js';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type {ExecRequest, ExecResult} from './types.js';
import {parseRegExport, parseRegExportSubkeys, type RegistryPort} from './registry.js';

type Exec = (request: ExecRequest) => Promise<ExecResult>;

const TIMEOUT_MS = 10_000;

/** %SystemRoot%\System32\<program>, by absolute path (never a bare name on Windows). */
export function system32(env: Readonly<Record<string, string>>, program: string): string {
	const root = Object.entries(env).find(([k]) => k.toUpperCase() === 'SYSTEMROOT')?.[1] || 'C:\\Windows';
	return path.win32.join(root, 'System32', program);
}

/** The registry through reg.exe, as the real Windows System uses it. */
export function createWindowsRegistry(exec: Exec, env: Readonly<Record<string, string>>): RegistryPort {
	const reg = system32(env, 'reg.exe');
	const run = async (args: string[]) => {
		const result = await exec({file: reg, args, timeoutMs: TIMEOUT_MS});
		return result;
	};
	/** The text of `reg export key`; null when the key does not exist. */
	const exportKey = async (key: string): Promise<string | null> => {
		const dir = await makeTempFolder(os.tmpdir(), 'goenv-tui-reg-');
		const file = path.join(dir, 'export.reg');
		try {
			const result = await run(['export', key, file, '/y']);
			if (result.exitCode !== 0) return null;
			// reg export writes UTF-16LE with a byte-order mark.
			const bytes = await fs.readFile(file);
			return bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.subarray(2).toString('utf16le') : bytes.toString('utf8');
		} finally {
			await fs.rm(dir, {recursive: true, force: true});
			forgetTempFolder(dir);
		}
	};
	return {
		async readKey(key) {
			const text = await exportKey(key);
			return text === null ? null : parseRegExport(text, key);
		},
		async readSubkeys(key) {
			const text = await exportKey(key);
			return text === null ? null : parseRegExportSubkeys(text, key);
		},
		async setValue(key, name, type, data) {
			const result = await run(['add', key, '/v', name, '/t', type, '/d', data, '/f']);
			if (result.exitCode !== 0) throw new Error(`reg add ${key} /v ${name} failed (${result.exitCode}): ${(result.stderr || result.stdout).trim()}`);
		},
		async deleteValue(key, name) {
			const result = await run(['delete', key, '/v', name, '/f']);
			if (result.exitCode === 0) return;
			// Already absent is fine; anything else (access denied) is not.
			const values = await this.readKey(key);
			if (values && values.some((v) => v.name.toLowerCase() === name.toLowerCase())) {
				throw new Error(`reg delete ${key} /v ${name} failed (${result.exitCode}): ${(result.stderr || result.stdout).trim()}`);
			}
		},
		async broadcastEnvironmentChange() {
			// Deleting a variable that never existed changes nothing in the registry, but .NET
			// still broadcasts WM_SETTINGCHANGE "Environment" (with a timeout) afterwards.
			const script = "[Environment]::SetEnvironmentVariable('GOENV_TUI_BROADCAST_NOOP', $null, 'User'); 'sent'";
			const result = await exec({
				file: path.win32.join(path.win32.dirname(system32(env, 'x')), 'WindowsPowerShell', 'v1.0', 'powershell.exe'),
				args: ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand', Buffer.from(script, 'utf16le').toString('base64')],
				timeoutMs: TIMEOUT_MS,
			});
			return result.exitCode === 0 && result.stdout.includes('sent');
		},
	};
}
