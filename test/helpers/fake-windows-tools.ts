import type {FakeSystem} from '../../source/system/fake-system.js';
import type {ExecRequest} from '../../source/system/types.js';

/**
 * Windows programs for the fake worlds that answer from the world as it is now: PowerShell
 * (the run's one batch of facts, and the elevated fix script, which it carries out on the
 * fake registry and Defender list), and a git that keeps `git config --global` in the
 * world's ~/.gitconfig. So a fix applied to a fake world changes what the next check reads.
 */

export const POWERSHELL = 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe';

export interface FakeWindowsState {
	/** Defender's path exclusions (readable: the batch runs elevated in these worlds). */
	exclusions: string[];
	/** Whether the batch reports this process elevated. */
	elevated: boolean;
}

/** The operations of an elevated script: `@{ Index = 0; Kind = 'registry'; ... }` lines. */
function parseOperations(script: string): Array<Record<string, string | number | boolean | null>> {
	const ops: Array<Record<string, string | number | boolean | null>> = [];
	for (const match of script.matchAll(/^\s*@\{ (Index = .*) \}$/gm)) {
		const op: Record<string, string | number | boolean | null> = {};
		for (const field of match[1]!.matchAll(/(\w+) = ('(?:[^']|'')*'|\$null|\$true|\$false|\d+)/g)) {
			const raw = field[2]!;
			op[field[1]!] = raw === '$null' ? null : raw === '$true' ? true : raw === '$false' ? false : raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : Number(raw);
		}
		ops.push(op);
	}
	return ops;
}

const KIND: Record<string, 'REG_SZ' | 'REG_EXPAND_SZ' | 'REG_DWORD'> = {String: 'REG_SZ', ExpandString: 'REG_EXPAND_SZ', DWord: 'REG_DWORD'};

export function installFakePowershell(sys: FakeSystem, state: FakeWindowsState): void {
	sys.setFile(POWERSHELL, {file: 'MZ'});
	sys.addCommand({
		file: POWERSHELL,
		answer: async (request: ExecRequest) => {
			const encoded = request.args[request.args.indexOf('-EncodedCommand') + 1] ?? '';
			const text = Buffer.from(encoded, 'base64').toString('utf16le');
			const script = /([A-Za-z]:\\[^"']*changes\.ps1)/.exec(text)?.[1];
			if (script) return elevated(script);
			return {stdout: await batch()};
		},
	});

	/** The elevated script, carried out: each operation checked against its before, written, recorded. */
	async function elevated(scriptPath: string) {
		const resultPath = scriptPath.replace(/changes\.ps1$/, 'result.json');
		const ops = parseOperations((await sys.readFile(scriptPath)) ?? '');
		const results: Array<{index: number; status: string}> = [];
		for (const op of ops) {
			if (op.Kind === 'registry') {
				const key = `HKLM\\${op.Key}`;
				const now = (await sys.registry!.readKey(key))?.find((v) => v.name.toLowerCase() === String(op.Name).toLowerCase());
				const same = (type: unknown, data: unknown) => (type === null ? !now : Boolean(now) && now!.type === KIND[String(type)] && now!.data === String(data));
				if (same(op.AfterType, op.AfterData)) {
					results.push({index: Number(op.Index), status: 'noop'});
					continue;
				}
				if (!op.Force && !same(op.BeforeType, op.BeforeData)) {
					results.push({index: Number(op.Index), status: 'conflict'});
					await sys.writeFile(resultPath, JSON.stringify({status: 'failed', message: 'changed since the check', operations: results}));
					return {exitCode: 1};
				}
				if (op.AfterType === null) await sys.registry!.deleteValue(key, String(op.Name));
				else await sys.registry!.setValue(key, String(op.Name), KIND[String(op.AfterType)]!, String(op.AfterData));
			} else {
				const want = op.Action === 'add';
				const path = String(op.Path).replace(/\\$/, '');
				const has = state.exclusions.some((e) => e.replace(/\\$/, '').toLowerCase() === path.toLowerCase());
				if (has === want) {
					results.push({index: Number(op.Index), status: 'noop'});
					continue;
				}
				state.exclusions = want ? [...state.exclusions, String(op.Path)] : state.exclusions.filter((e) => e.replace(/\\$/, '').toLowerCase() !== path.toLowerCase());
			}
			results.push({index: Number(op.Index), status: 'applied'});
		}
		await sys.writeFile(resultPath, '\uFEFF' + JSON.stringify({status: 'applied', message: '', operations: results}));
		return {exitCode: 0};
	}

	/** The batch of facts, as the script prints it: one marker line with base64 of UTF-8 JSON. */
	async function batch(): Promise<string> {
		const fileSystem = await sys.registry!.readKey('HKLM\\SYSTEM\\CurrentControlSet\\Control\\FileSystem');
		const longPaths = fileSystem?.find((v) => v.name === 'LongPathsEnabled');
		const section = (data: unknown) => ({ok: true, data, ms: 5});
		const json = {
			v: 1,
			defenderStatus: section({amServiceEnabled: true, antivirusEnabled: true, realTimeProtectionEnabled: true, amRunningMode: 'Normal', isTamperProtected: true, productVersion: '4.18.25100.9008'}),
			defenderPreferences: section({exclusionPath: [...state.exclusions], exclusionProcess: [], exclusionExtension: []}),
			antivirus: section([{name: 'Windows Defender', state: 397568}]),
			threats: section([]),
			events: section([]),
			elevation: section({
				whoami: state.elevated ? '"Mandatory Label\\High Mandatory Level","Label","S-1-16-12288",""' : '"Mandatory Label\\Medium Mandatory Level","Label","S-1-16-8192",""',
				adminRole: state.elevated,
			}),
			processes: section([]),
			culture: section({uiLanguage: 'en-US', format: 'en-US'}),
			executionPolicy: section({effective: 'RemoteSigned', scopes: [{scope: 'LocalMachine', policy: 'RemoteSigned'}]}),
			registry: section({longPathsEnabled: longPaths ? Number(longPaths.data) : null, smartAppControl: 0}),
		};
		return `GOENVTUI:${Buffer.from(JSON.stringify(json), 'utf8').toString('base64')}\n`;
	}
}

/**
 * git, for what the Windows checks ask of it: its version, exec path, and the global
 * configuration (~/.gitconfig, one `key = value` per line under `[section]`), read with
 * `--get-regexp` and changed with `git config --global`. Not a repository.
 */
export function installFakeGit(sys: FakeSystem, file: string): void {
	const p = sys.path;
	sys.setFile(file, {file: 'MZ'});
	const configFile = () => p.join(sys.getenv('HOME') || sys.homedir(), '.gitconfig');
	const read = async (): Promise<Array<{key: string; value: string}>> => {
		const entries: Array<{key: string; value: string}> = [];
		let section = '';
		for (const line of ((await sys.readFile(configFile())) ?? '').split(/\r?\n/)) {
			const header = /^\s*\[([^\]\s"]+)(?:\s+"([^"]*)")?\]\s*$/.exec(line);
			if (header) {
				section = header[2] === undefined ? header[1]!.toLowerCase() : `${header[1]!.toLowerCase()}.${header[2]}`;
				continue;
			}
			const kv = /^\s*([A-Za-z][\w-]*)\s*=\s*(.*?)\s*$/.exec(line);
			if (kv && section) entries.push({key: `${section}.${kv[1]!.toLowerCase()}`, value: kv[2]!});
		}
		return entries;
	};
	const write = async (entries: Array<{key: string; value: string}>) => {
		const sections = new Map<string, string[]>();
		for (const {key, value} of entries) {
			const dot = key.lastIndexOf('.');
			const section = key.slice(0, dot);
			const first = section.indexOf('.');
			const header = first < 0 ? `[${section}]` : `[${section.slice(0, first)} "${section.slice(first + 1)}"]`;
			sections.set(header, [...(sections.get(header) ?? []), `\t${key.slice(dot + 1)} = ${value}`]);
		}
		await sys.writeFile(configFile(), [...sections].map(([header, lines]) => [header, ...lines].join('\n')).join('\n') + (entries.length > 0 ? '\n' : ''));
	};
	sys.addCommand({
		file,
		answer: async (request) => {
			const args = request.args.filter((arg, i) => !(arg === '-C' || request.args[i - 1] === '-C'));
			if (args[0] === '--version') return {stdout: 'git version 2.47.1.windows.1\n'};
			if (args[0] === '--exec-path') return {stdout: 'C:/Program Files/Git/mingw64/libexec/git-core\n'};
			if (args[0] === 'rev-parse') return {exitCode: 128, stderr: 'fatal: not a git repository (or any of the parent directories): .git\n'};
			if (args[0] !== 'config') return {exitCode: 1, stderr: `git: '${args[0]}' is not simulated\n`};
			const entries = await read();
			if (args.includes('--get-regexp')) {
				const pattern = new RegExp(args.at(-1)!, 'i');
				const hits = entries.filter((e) => pattern.test(e.key));
				if (hits.length === 0) return {exitCode: 1};
				return {stdout: hits.map((e) => `global\0file:${configFile().replace(/\\/g, '/')}\0${e.key}\n${e.value}\0`).join('')};
			}
			const rest = args.filter((a) => a !== 'config' && a !== '--global');
			if (rest[0] === '--get-all') {
				const values = entries.filter((e) => e.key === rest[1]!.toLowerCase()).map((e) => e.value);
				return values.length === 0 ? {exitCode: 1} : {stdout: values.map((v) => v + '\n').join('')};
			}
			if (rest[0] === '--unset') {
				const key = rest[1]!.toLowerCase();
				if (!entries.some((e) => e.key === key)) return {exitCode: 5};
				await write(entries.filter((e) => e.key !== key));
				return {};
			}
			const [key, value] = rest;
			const lower = key!.toLowerCase();
			await write([...entries.filter((e) => e.key !== lower), {key: lower, value: value!}]);
			return {};
		},
	});
}
