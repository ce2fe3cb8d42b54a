import type {FakeSystem} from '../../source/system/fake-system.js';
import type {ExecRequest, ExecResult} from '../../source/system/types.js';

/**
 * A go for the fake worlds that answers from the world as it is now, the way cmd/go reads
 * it: the OS environment (a non-empty variable wins), then the user's go env file (split at
 * `\n` only, first byte A–Z, the last line for a key wins), then `$GOROOT/go.env`, then its
 * defaults. `go env -w` and `go env -u` rewrite the file as cmd/go's updateEnvFile does, with
 * its checks. So a fix applied to the world changes what every later `go` says, as on a
 * machine, and a property test can ask the checks again.
 *
 * Modelled: `version`, `version -m`, `env` (-json, -changed, names, -w, -u), `mod init`,
 * `build -o` (writes the program, which then runs), `install pkg@version` (writes the tool
 * into GOBIN), and `list -m -json -x` against the proxies of `proxies` (for the network
 * checks). Not modelled: anything else a real go does; a test needing it uses the real go.
 */

export interface SimulatedGoSpec {
	/** The GOROOT this go lives in (its bin holds go / go.exe). */
	goroot: string;
	/** `go1.26.8`. */
	version: string;
	/** What `go list -m` finds through each proxy URL (for goproxy, gosumdb, private-modules). */
	proxies?: Record<string, {seconds: number} | {error: string}>;
	/** The modules `go install` can build, with the version it reports: `golang.org/x/tools/gopls` → `v0.20.0`. */
	installable?: Record<string, string>;
}

const KNOWN_ENV = [
	'AR', 'CC', 'CGO_CFLAGS', 'CGO_ENABLED', 'CXX', 'GCCGO', 'GO111MODULE', 'GOARCH', 'GOAMD64', 'GOAUTH', 'GOBIN', 'GOCACHE', 'GOCACHEPROG',
	'GODEBUG', 'GOENV', 'GOEXE', 'GOEXPERIMENT', 'GOFIPS140', 'GOFLAGS', 'GOHOSTARCH', 'GOHOSTOS', 'GOINSECURE', 'GOMODCACHE', 'GONOPROXY',
	'GONOSUMDB', 'GOOS', 'GOPATH', 'GOPRIVATE', 'GOPROXY', 'GOROOT', 'GOSUMDB', 'GOTELEMETRY', 'GOTMPDIR', 'GOTOOLCHAIN', 'GOTOOLDIR', 'GOVCS',
	'GOVERSION', 'GOWORK', 'GOMOD', 'PKG_CONFIG',
];

function parseEnvFile(content: string): Map<string, string> {
	const values = new Map<string, string>();
	for (const line of content.split('\n')) {
		const eq = line.indexOf('=');
		if (eq < 0 || line[0]! < 'A' || line[0]! > 'Z') continue;
		values.set(line.slice(0, eq), line.slice(eq + 1));
	}
	return values;
}

export function installSimulatedGo(sys: FakeSystem, spec: SimulatedGoSpec): string {
	const win = sys.platform === 'win32';
	const p = sys.path;
	const exe = win ? '.exe' : '';
	const go = p.join(spec.goroot, 'bin', `go${exe}`);
	// What `go install` can build here: the editor tools, unless the world says otherwise.
	const installable = spec.installable ?? {'golang.org/x/tools/gopls': 'v0.21.0', 'github.com/go-delve/delve/cmd/dlv': 'v1.26.0'};
	const hostOs = win ? 'windows' : sys.platform;
	const hostArch = sys.arch === 'arm64' ? 'arm64' : 'amd64';
	const result = (partial: Partial<ExecResult>): ExecResult => ({exitCode: 0, stdout: '', stderr: '', timedOut: false, canceled: false, ...partial});
	const fail = (stderr: string, exitCode = 1) => result({exitCode, stderr: stderr.endsWith('\n') ? stderr : stderr + '\n'});

	/** The OS environment of one request: this process's, with the request's overrides. */
	const osEnv = (request: ExecRequest) => (name: string): string | undefined => {
		const overrides = request.env ?? {};
		const key = Object.keys(overrides).find((k) => (win ? k.toUpperCase() === name.toUpperCase() : k === name));
		if (key !== undefined) return overrides[key];
		return sys.getenv(name);
	};

	const envFilePath = (os: (n: string) => string | undefined): string | null => {
		const goenv = os('GOENV');
		if (goenv === 'off') return null;
		if (goenv) return goenv;
		if (win) return os('AppData') ? p.join(os('AppData')!, 'go', 'env') : null;
		if (sys.platform === 'darwin') return os('HOME') ? p.join(os('HOME')!, 'Library', 'Application Support', 'go', 'env') : null;
		const xdg = os('XDG_CONFIG_HOME');
		if (xdg) return p.isAbsolute(xdg) ? p.join(xdg, 'go', 'env') : null;
		return os('HOME') ? p.join(os('HOME')!, '.config', 'go', 'env') : null;
	};

	/** exec.LookPath: a program of that name in a PATH folder. */
	const onPath = async (os: (n: string) => string | undefined, name: string): Promise<boolean> => {
		for (const dir of (os('PATH') ?? '').split(win ? ';' : ':').filter(Boolean)) {
			if ((await sys.stat(p.join(dir, name + exe)))?.kind === 'file') return true;
		}
		return false;
	};

	/** The go.mod of a folder or of the nearest folder above it. */
	const findGoMod = async (dir: string): Promise<string | null> => {
		for (let at = p.resolve(dir); ; at = p.dirname(at)) {
			const file = p.join(at, 'go.mod');
			if ((await sys.stat(file))?.kind === 'file') return file;
			if (p.dirname(at) === at) return null;
		}
	};

	/** Everything go env prints, computed as cmd/go does. */
	const compute = async (request: ExecRequest) => {
		const os = osEnv(request);
		const file = envFilePath(os);
		const fileValues = parseEnvFile((file ? await sys.readFile(file) : null) ?? '');
		const gorootEnv = parseEnvFile((await sys.readFile(p.join(spec.goroot, 'go.env'))) ?? '');
		const getenv = (name: string): string => {
			const fromOs = os(name);
			if (fromOs) return fromOs;
			return fileValues.get(name) ?? gorootEnv.get(name) ?? '';
		};
		const goroot = getenv('GOROOT') || spec.goroot;
		const home = win ? os('USERPROFILE') : os('HOME');
		const gopath = getenv('GOPATH') || (home ? p.join(home, 'go') : '');
		const goos = getenv('GOOS') || hostOs;
		const goarch = getenv('GOARCH') || hostArch;
		const cgo = getenv('CGO_ENABLED');
		// Go 1.20+: cgo is off when CC is not set in the OS environment and the default compiler is not on PATH.
		const defaultCc = sys.platform === 'darwin' ? 'clang' : 'gcc';
		const ccOnPath = await onPath(os, defaultCc);
		const gomod = await findGoMod(request.cwd ?? sys.cwd());
		const values: Record<string, string> = {
			AR: 'ar',
			CC: getenv('CC') || (sys.platform === 'darwin' ? 'clang' : 'gcc'),
			CGO_ENABLED: cgo === '0' || cgo === '1' ? cgo : goos === hostOs && goarch === hostArch && (Boolean(os('CC')) || ccOnPath) ? '1' : '0',
			CXX: getenv('CXX') || 'g++',
			GO111MODULE: getenv('GO111MODULE'),
			GOARCH: goarch,
			GOBIN: getenv('GOBIN'),
			GOCACHE: getenv('GOCACHE') || p.join(home ?? '', win ? 'AppData\\Local\\go-build' : '.cache/go-build'),
			GOENV: file ?? '',
			GOEXE: goos === 'windows' ? '.exe' : '',
			GOFLAGS: getenv('GOFLAGS'),
			GOHOSTARCH: hostArch,
			GOHOSTOS: hostOs,
			GOINSECURE: getenv('GOINSECURE'),
			GOMODCACHE: getenv('GOMODCACHE') || (gopath ? p.join(gopath.split(win ? ';' : ':')[0]!, 'pkg', 'mod') : ''),
			GONOPROXY: getenv('GONOPROXY') || getenv('GOPRIVATE'),
			GONOSUMDB: getenv('GONOSUMDB') || getenv('GOPRIVATE'),
			GOOS: goos,
			GOPATH: gopath,
			GOPRIVATE: getenv('GOPRIVATE'),
			GOPROXY: getenv('GOPROXY'),
			GOROOT: goroot,
			GOSUMDB: getenv('GOSUMDB'),
			GOTMPDIR: getenv('GOTMPDIR'),
			GOTOOLCHAIN: getenv('GOTOOLCHAIN'),
			GOTOOLDIR: p.join(goroot, 'pkg', 'tool', `${hostOs}_${hostArch}`),
			GOVERSION: spec.version,
			GOWORK: '',
			GOMOD: gomod ?? (win ? 'NUL' : '/dev/null'),
		};
		for (const [key, value] of fileValues) if (!(key in values)) values[key] = getenv(key);
		const defaults: Record<string, string> = {GOPROXY: gorootEnv.get('GOPROXY') ?? '', GOSUMDB: gorootEnv.get('GOSUMDB') ?? '', GOTOOLCHAIN: gorootEnv.get('GOTOOLCHAIN') ?? ''};
		return {os, file, fileValues, values, defaults, getenv};
	};

	/** What stops a go command before it does anything: a GOROOT that is not there, a bad GOTOOLCHAIN. */
	const refuse = async (state: Awaited<ReturnType<typeof compute>>): Promise<ExecResult | null> => {
		const toolchain = state.getenv('GOTOOLCHAIN');
		if (toolchain !== '' && !/^(auto|local|path|go1\.\d+(\.\d+)?(\+auto|\+path)?)$/.test(toolchain)) return fail(`go: invalid GOTOOLCHAIN ${JSON.stringify(toolchain)}`);
		const root = await sys.stat(state.values.GOROOT!);
		if (root?.kind !== 'dir') return fail(`go: cannot find GOROOT directory: ${state.values.GOROOT}`, 2);
		return null;
	};

	const moduleProblem = (state: Awaited<ReturnType<typeof compute>>): ExecResult | null => {
		const mode = state.values.GO111MODULE!;
		if (!['', 'on', 'off', 'auto'].includes(mode)) return fail(`go: unknown environment setting GO111MODULE=${mode}`);
		return null;
	};

	/** cmd/go's updateEnvFile: the last copy of a key kept, changed in place, new keys appended, runs of settings sorted. */
	const updateEnvFile = async (file: string, add: Map<string, string>, del: Set<string>) => {
		const text = (await sys.readFile(file)) ?? '';
		const lines = text === '' ? [] : text.split(/(?<=\n)/);
		if (lines.length > 0 && !lines.at(-1)!.endsWith('\n')) lines[lines.length - 1] += '\n';
		const keyOf = (line: string) => {
			const i = line.indexOf('=');
			return i < 0 || line.slice(0, i).includes('#') ? '' : line.slice(0, i);
		};
		const prev = new Map<string, number>();
		lines.forEach((line, i) => {
			const key = keyOf(line);
			if (!key) return;
			if (prev.has(key)) lines[prev.get(key)!] = '';
			prev.set(key, i);
		});
		for (const [key, value] of add) {
			if (prev.has(key)) lines[prev.get(key)!] = `${key}=${value}\n`;
			else lines.push(`${key}=${value}\n`);
		}
		for (const key of del) if (prev.has(key)) lines[prev.get(key)!] = '';
		let start = 0;
		for (let i = 0; i <= lines.length; i++) {
			if (i === lines.length || keyOf(lines[i]!) === '') {
				const run = lines.slice(start, i).sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
				lines.splice(start, run.length, ...run);
				start = i + 1;
			}
		}
		await sys.mkdir(p.dirname(file));
		await sys.writeFile(file, lines.join(''));
	};

	const writeProblem = (key: string, value: string, known: boolean): string | null => {
		if (['GOEXE', 'GOGCCFLAGS', 'GOHOSTARCH', 'GOHOSTOS', 'GOMOD', 'GOWORK', 'GOTOOLDIR', 'GOVERSION'].includes(key)) return `${key} cannot be modified`;
		if (key === 'GOENV' || key === 'GODEBUG') return `${key} can only be set using the OS environment`;
		if (!known) return `unknown go command variable ${key}`;
		if (key === 'GO111MODULE' && !['', 'auto', 'on', 'off'].includes(value)) return `invalid GO111MODULE value ${JSON.stringify(value)}`;
		if (key === 'GOPATH' && value.startsWith('~')) return `GOPATH entry cannot start with shell metacharacter '~': ${JSON.stringify(value)}`;
		if ((key === 'GOPATH' || key === 'GOMODCACHE') && value !== '' && !p.isAbsolute(value)) return `${key} entry is relative; must be absolute path: ${JSON.stringify(value)}`;
		if (/[\v\r\n]/.test(value)) return `invalid newline in ${key}=... value`;
		return null;
	};

	const envCommand = async (request: ExecRequest, args: string[]): Promise<ExecResult> => {
		const state = await compute(request);
		const refused = await refuse(state);
		if (refused) return refused;
		if (args[0] === '-w' || args[0] === '-u') {
			if (!state.file) return fail('go: GOENV=off');
			const add = new Map<string, string>();
			const del = new Set<string>();
			const warnings: string[] = [];
			for (const arg of args.slice(1)) {
				if (args[0] === '-u') {
					del.add(arg);
					continue;
				}
				const eq = arg.indexOf('=');
				if (eq < 0) return fail(`go: arguments must be KEY=VALUE: invalid argument: ${arg}`);
				const key = arg.slice(0, eq);
				const value = arg.slice(eq + 1);
				const problem = writeProblem(key, value, KNOWN_ENV.includes(key) || state.fileValues.has(key));
				if (problem) return fail(`go: ${problem}`);
				add.set(key, value);
				const os = state.os(key);
				if (os && os !== value) warnings.push(`warning: go env -w ${key}=... does not override conflicting OS environment variable`);
			}
			await updateEnvFile(state.file, add, del);
			return result({stderr: warnings.map((w) => w + '\n').join('')});
		}
		const json = args.includes('-json');
		const changed = args.includes('-changed');
		const names = args.filter((a) => !a.startsWith('-'));
		if (changed) {
			const moduleError = moduleProblem(state);
			if (moduleError) return moduleError;
		}
		let shown = Object.fromEntries(Object.entries(state.values).filter(([name]) => names.length === 0 || names.includes(name)));
		if (changed) {
			const empty = await compute({file: go, args: [], timeoutMs: 1, env: Object.fromEntries(Object.keys(state.values).map((k) => [k, undefined]))});
			shown = Object.fromEntries(Object.entries(shown).filter(([name, value]) => (state.defaults[name] ?? empty.values[name]) !== value && !['GOENV', 'GOCACHE', 'GOMODCACHE', 'GOPATH', 'GOROOT', 'GOTOOLDIR', 'GOMOD', 'GOEXE', 'GOHOSTOS', 'GOHOSTARCH', 'GOVERSION', 'GOWORK', 'AR', 'CC', 'CXX', 'CGO_ENABLED', 'GOOS', 'GOARCH'].includes(name) || (name === 'GOPATH' && state.getenv('GOPATH') !== '')));
		}
		if (json) return result({stdout: JSON.stringify(shown, null, '\t') + '\n'});
		return result({stdout: names.map((name) => `${state.values[name] ?? ''}\n`).join('')});
	};

	sys.addCommand({
		file: go,
		answer: async (request) => {
			const [command, ...rest] = request.args;
			const state = await compute(request);
			switch (command) {
				case 'version': {
					if (rest[0] === '-m') {
						const lines: string[] = [];
						for (const file of rest.slice(1)) {
							const text = await sys.readFile(file);
							const built = text && /^built by (go\S+) for (\S+)$/m.exec(text);
							if (built) lines.push(`${file}: ${built[1]}`, `\tpath\t${/^path (\S+)$/m.exec(text!)?.[1] ?? 'unknown'}`, `\tmod\t${/^mod (\S+ \S+)$/m.exec(text!)?.[1]?.replace(' ', '\t') ?? ''}`);
						}
						return result({stdout: lines.map((l) => l + '\n').join('')});
					}
					const refused = await refuse(state);
					if (refused) return refused;
					return result({stdout: `go version ${spec.version} ${hostOs}/${hostArch}\n`});
				}
				case 'env':
					return envCommand(request, rest);
				case 'mod': {
					const refused = (await refuse(state)) ?? moduleProblem(state);
					if (refused) return refused;
					if (state.values.GO111MODULE === 'off') return fail("go: modules disabled by GO111MODULE=off; see 'go help modules'");
					const dir = request.cwd ?? sys.cwd();
					await sys.writeFile(p.join(dir, 'go.mod'), `module ${rest[1]}\n\ngo ${spec.version.replace(/^go(\d+\.\d+).*/, '$1')}\n`);
					return result({stderr: `go: creating new go.mod: module ${rest[1]}\n`});
				}
				case 'build': {
					const refused = (await refuse(state)) ?? moduleProblem(state);
					if (refused) return refused;
					const {GOOS: goos, GOARCH: goarch} = state.values;
					if (!['linux', 'windows', 'darwin', 'freebsd'].includes(goos!) || !['amd64', 'arm64', '386', 'arm'].includes(goarch!)) return fail(`go: unsupported GOOS/GOARCH pair ${goos}/${goarch}`);
					const output = rest[rest.indexOf('-o') + 1]!;
					await sys.writeFile(output, `built by ${spec.version} for ${goos}/${goarch}\n`);
					const runs = goos === hostOs && (goarch === hostArch || (hostArch === 'amd64' && goarch === '386'));
					sys.addCommand({file: output, answer: runs ? {stdout: 'goenv-tui smoke build: ok\n'} : {exitCode: null, errorCode: 'ENOEXEC'}});
					return result({});
				}
				case 'install': {
					const refused = (await refuse(state)) ?? moduleProblem(state);
					if (refused) return refused;
					const [pkg, version] = (rest.at(-1) ?? '').split('@');
					const built = installable[pkg!];
					if (!built) return fail(`go: ${rest.at(-1)}: module ${pkg}: no such module here`);
					const cross = state.values.GOOS !== hostOs || state.values.GOARCH !== hostArch;
					if (cross && state.values.GOBIN) return fail('go: cannot install cross-compiled binaries when GOBIN is set');
					// A cross-compiled tool goes into a folder of its own (cmd/go's load.InstallTargetDir).
					const bin = state.values.GOBIN || p.join(state.values.GOPATH!.split(win ? ';' : ':')[0]!, 'bin', ...(cross ? [`${state.values.GOOS}_${state.values.GOARCH}`] : []));
					const name = pkg!.split('/').at(-1)! + state.values.GOEXE;
					await sys.mkdir(bin);
					await sys.writeFile(p.join(bin, name), `built by ${spec.version} for ${state.values.GOOS}/${state.values.GOARCH}\npath ${pkg}\nmod ${pkg} ${version === 'latest' ? built : version}\n`);
					return result({});
				}
				case 'list':
					return listModule(request);
				default:
					return fail(`go ${command}: not simulated`);
			}
		},
	});

	/** `go list -m -json -x MODULE@latest` through the GOPROXY of the request, answered from `proxies`. */
	function listModule(request: ExecRequest): ExecResult {
		const proxy = (request.env?.GOPROXY ?? '').split(/[,|]/)[0] ?? '';
		const target = request.args.find((arg) => arg.includes('@')) ?? 'golang.org/x/mod@latest';
		const module = target.split('@')[0]!;
		const url = `${proxy.replace(/\/$/, '')}/${module}/@v/list`;
		const answer = spec.proxies?.[proxy] ?? {error: `dial tcp: lookup ${proxy.replace(/^https?:\/\//, '').replace(/\/.*$/, '')}: no such host`};
		if ('seconds' in answer) {
			return result({stdout: `{"Path":"${module}","Version":"v0.43.0"}\n`, stderr: `# get ${url}\n# get ${url}: 200 OK (${answer.seconds.toFixed(3)}s)\n`});
		}
		const failure = `Get "${url}": ${answer.error}`;
		// -e: go reports the module's error in the JSON and exits 0.
		return result({
			stdout: `{"Path":"${module}","Error":{"Err":${JSON.stringify(`${target}: ${failure}`)}}}\n`,
			stderr: `# get ${url}\n# get ${url}: ${failure}\n`,
		});
	}

	return go;
}
