/**
 * Runs under Windows node.exe in the lab, bundled from the program's own source: it drives
 * the real registry port (source/system: `reg export` to read, `reg add`/`reg delete` to
 * write) against Wine's reg.exe and prints what it saw as JSON. The lab compares that with
 * what it seeded and with Wine's own registry store.
 *
 * Usage: node registry-driver.js <input.json>   (output on stdout)
 */
import {existsSync, readFileSync} from 'node:fs';
import {createNodeSystem} from '../source/system/node-system.js';
import type {RegistryValue} from '../source/system/registry.js';

export interface DriverInput {
	key: string;
	writes: Array<{name: string; type: 'REG_SZ' | 'REG_EXPAND_SZ' | 'REG_DWORD'; data: string}>;
	deletes: string[];
	/** A key that does not exist: readKey must say null. */
	absentKey: string;
	/** Only read (HKLM's environment). */
	readOnlyKey: string;
}

export interface DriverOutput {
	platform: string;
	before: RegistryValue[] | null;
	after: RegistryValue[] | null;
	absentKey: RegistryValue[] | null;
	readOnly: RegistryValue[] | null;
	/** deleteValue of a value that is not there must not throw. */
	deleteAbsent: 'ok' | string;
	broadcast: boolean;
	/** Whether the host's root is reachable as Z: (the lab removes that drive). */
	hostDrive: boolean;
	/** Writes or deletes that threw. */
	errors: string[];
}

async function main(): Promise<void> {
	const input = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as DriverInput;
	const sys = createNodeSystem();
	const registry = sys.registry;
	if (!registry) throw new Error(`no registry port on ${sys.platform}`);
	const errors: string[] = [];
	const before = await registry.readKey(input.key);
	for (const write of input.writes) {
		await registry.setValue(input.key, write.name, write.type, write.data).catch((error: Error) => errors.push(`set ${write.name}: ${error.message}`));
	}
	for (const name of input.deletes) {
		await registry.deleteValue(input.key, name).catch((error: Error) => errors.push(`delete ${name}: ${error.message}`));
	}
	const deleteAbsent = await registry.deleteValue(input.key, 'GOENV_TUI_LAB_NEVER_SET').then(
		() => 'ok',
		(error: Error) => error.message,
	);
	const output: DriverOutput = {
		platform: sys.platform,
		before,
		after: await registry.readKey(input.key),
		absentKey: await registry.readKey(input.absentKey),
		readOnly: await registry.readKey(input.readOnlyKey),
		deleteAbsent,
		broadcast: await registry.broadcastEnvironmentChange(),
		hostDrive: existsSync('Z:\\'),
		errors,
	};
	process.stdout.write(JSON.stringify(output));
}

await main();
