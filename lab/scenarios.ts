/**
 * The lab's scenarios: each is a Windows machine (registry environment and folders, seeded
 * into a fresh copy of the template prefix) and the steps run against it. Adding a scenario
 * is adding one entry to SCENARIOS.
 *
 * A step that needs a check id or a command the program does not have yet is not run: the
 * lab prints it as not yet runnable, and never counts it as passed.
 */
import type {SeedValue} from './formats.js';
import type {TerminalKey} from './terminal.js';

export type Status = 'ok' | 'info' | 'warn' | 'error' | 'unknown' | 'skipped' | 'failed';

export interface Expect {
	status: Status | Status[];
	/** Text the finding's summary contains. */
	summary?: string;
	/** Text found in any string of the finding's evidence (e.g. Go's own error message). */
	evidence?: string;
	/** The id of a fix the finding offers. */
	fix?: string;
}

/** A registry value in a world; `null` deletes it. */
export type WorldValue = Omit<SeedValue, 'name'> | null;

export interface World {
	/** HKCU\Environment. */
	user?: Record<string, WorldValue>;
	/** HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\Environment. */
	system?: Record<string, WorldValue>;
	/** Folders to create; `%USERPROFILE%` is the prefix's profile folder. */
	dirs?: string[];
	/** Files to create, with their text. */
	files?: Record<string, string>;
	/** More Go installations, laid out like the one in Program Files (same go.exe). */
	goTrees?: string[];
	/** Other registry keys (`HKCU\\Control Panel\\Desktop`) and their values. */
	keys?: Record<string, Record<string, WorldValue>>;
	/** No Go in C:\Program Files\Go (the template has one there, as the MSI lays it out). */
	noDefaultGo?: boolean;
	/**
	 * The terminal the program runs in was opened before the registry changed: its Path lacks
	 * these folders, which a new terminal gets. Steps marked `newTerminal` run without this.
	 */
	staleTerminal?: {pathWithout: string[]};
	/**
	 * A TCP listener on 127.0.0.1 the lab starts for the scenario (it counts connections and
	 * closes each one at its first bytes). `{port}` in any string of the scenario is its port.
	 * `module-proxy`: an HTTP module proxy instead (GOPROXY protocol: any module, one version).
	 */
	listener?: boolean | 'module-proxy';
	/** Go installations whose go.exe says it is OLDER_GO_VERSION (the same Go, built to say so). */
	olderGoTrees?: string[];
	/** Leave out the folders an MSI machine has once go install ran (`%USERPROFILE%\go\bin`). */
	freshInstall?: boolean;
}

export interface DriverWrite {
	name: string;
	type: 'REG_SZ' | 'REG_EXPAND_SZ' | 'REG_DWORD';
	data: string;
}

export type Step =
	/**
	 * `goenv-tui check --json --offline` (without --offline when `online`); findings judged by
	 * id and status. `lacks`: texts found nowhere in its output (planted secrets).
	 */
	| {kind: 'check'; exitCode: number | number[]; expect: Record<string, Expect>; noErrors?: boolean; online?: boolean; lacks?: string[]; newTerminal?: boolean}
	/**
	 * Any other command of the program, e.g. `fix path-hygiene --yes`; optionally, what its
	 * output holds (every pattern), texts found nowhere in its stdout or stderr, and lines
	 * given as its standard input, from a file (`repl` reads them as a script).
	 */
	| {kind: 'program'; argv: string[]; exitCode: number; stdout?: RegExp | RegExp[]; stdoutLacks?: RegExp; lacks?: string[]; stdin?: string[]; newTerminal?: boolean}
	/**
	 * The program in a real terminal (a tmux pane, NO_COLOR=1, a UTF-8 LANG), driven by keys and
	 * judged by what the screen shows after each; then the exit code its shell saw.
	 */
	| {kind: 'terminal'; argv: string[]; keys: TerminalKey[]; exitCode: number}
	/** Whether the world's listener has had any connection so far (counted from the previous such step). */
	| {kind: 'listener'; connected: boolean}
	/** Remember a user value as `reg query` prints it (bytes) and as Wine stores it. */
	| {kind: 'snapshot'; name: string; value: string}
	/** The value is byte-identical to the snapshot, in `reg query` and in Wine's store. */
	| {kind: 'unchanged'; since: string}
	/**
	 * The user value is exactly this (or absent), in Wine's store and in `reg query`. `{profile}`
	 * in the data is the profile folder written out (`%USERPROFILE%` stays as written).
	 */
	| {kind: 'user-value'; name: string; expect: Omit<SeedValue, 'name'> | null}
	/** The program's own registry port (bundled from source) writes and re-reads HKCU\Environment. */
	| {kind: 'registry-port'; writes: DriverWrite[]; deletes: string[]}
	/** A file on the Windows side holds exactly this text (UTF-8 bytes); `%USERPROFILE%` expands. */
	| {kind: 'file'; path: string; expect: string}
	/**
	 * The checklist's engine and fixes API (bundled from source, lab/recheck-driver.ts): every
	 * check runs, the fix is applied with the re-run of the checks it can reach, then a fresh
	 * run of every check must show the same rows; the same after its undo. `rechecks`: checks
	 * that must be among those run again.
	 */
	| {kind: 'recheck'; finding: string; fix: string; rechecks: string[]; after: Record<string, Status>};

export interface Scenario {
	id: string;
	title: string;
	world: World;
	steps: Step[];
}

const sz = (data: string) => ({type: 'REG_SZ', data}) as const;
const expand = (data: string) => ({type: 'REG_EXPAND_SZ', data}) as const;

/** Where today's Go MSI installs (windowsmsi.go): the template prefix has go.exe there. */
export const GO_ROOT = 'C:\\Program Files\\Go';
const GO_BIN = `${GO_ROOT}\\bin`;
/** Windows' own system PATH entries (KB 104011 layout), before any installer adds to it. */
const WINDOWS_PATH = ['%SystemRoot%\\system32', '%SystemRoot%', '%SystemRoot%\\System32\\Wbem', '%SystemRoot%\\System32\\WindowsPowerShell\\v1.0\\'];
/** A fresh profile's user Path (MicrosoftDocs/WSL#359). */
const WINDOWS_APPS = '%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps';
const USER_GO_BIN = '%USERPROFILE%\\go\\bin';

const join = (...entries: string[]) => entries.join(';');
/** Chinese characters: the program speaks Simplified Chinese. */
const CHINESE = /[\u4e00-\u9fff]/;

/**
 * A machine after the official MSI: Go in Program Files on the system Path, GOPATH and
 * `%USERPROFILE%\go\bin` for the user, no GOROOT. Scenarios change it from there.
 */
function msiMachine(changes: World = {}): World {
	return {
		system: {Path: expand(join(...WINDOWS_PATH, GO_BIN)), ...changes.system},
		user: {Path: expand(join(WINDOWS_APPS, USER_GO_BIN)), GOPATH: expand('%USERPROFILE%\\go'), ...changes.user},
		// Before the first go install there is no go\bin: the installer only put it on the Path.
		dirs: [WINDOWS_APPS, ...(changes.freshInstall ? [] : [USER_GO_BIN]), ...(changes.dirs ?? [])],
		files: changes.files,
		goTrees: changes.goTrees,
		olderGoTrees: changes.olderGoTrees,
		keys: {...MSI_PRODUCT, ...changes.keys},
		listener: changes.listener,
		staleTerminal: changes.staleTerminal,
	};
}

/**
 * The MSI's product entry (golang/build windowsmsi.go: DisplayName, InstallLocation =
 * INSTALLDIR with its trailing backslash), under a ProductCode as each build makes one.
 */
const MSI_PRODUCT: NonNullable<World['keys']> = {
	'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\{6A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D}': {
		DisplayName: sz('Go Programming Language amd64 go1.26.8'),
		DisplayVersion: sz('1.26.8'),
		InstallLocation: sz(`${GO_ROOT}\\`),
		Publisher: sz('https://go.dev'),
	},
};

/** A machine where Go came as the ZIP, unpacked to C:\Go: no installer, nothing on any Path. */
function zipMachine(): World {
	return {
		system: {Path: expand(join(...WINDOWS_PATH))},
		user: {Path: expand(join(WINDOWS_APPS))},
		dirs: [WINDOWS_APPS],
		goTrees: ['C:\\Go'],
		noDefaultGo: true,
	};
}

/** What the older go.exe of `olderGoTrees` says it is: this machine's Go, built to say another version. */
export const OLDER_GO_VERSION = 'go1.25.7';
/** The go env file of the prefix's user (Roaming AppData). */
const GO_ENV_FILE = '%USERPROFILE%\\AppData\\Roaming\\go\\env';

/** Where Windows keeps the proxy browsers use (WinINet); go never reads it. */
const INTERNET_SETTINGS = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings';
/** A password planted in GOPROXY: it must appear nowhere the program prints or writes. */
const PLANTED_TOKEN = 'Lab5ecretQx7Vw29Kd';
const PLANTED_USERINFO = `labuser:${PLANTED_TOKEN}`;
/** Every form the planted password could leak in: as is, and as HTTP Basic credentials. */
const PLANTED_FORMS = [PLANTED_TOKEN, Buffer.from(PLANTED_USERINFO).toString('base64')];

/** A user Path longer than 2048 characters: tool folders that all exist. */
const LONG_ENTRIES = Array.from({length: 90}, (_, i) => `%USERPROFILE%\\tools\\tool-${String(i).padStart(2, '0')}\\bin`);

/** Values the program's registry port writes through the real `reg add`. */
const PORT_WRITES: DriverWrite[] = [
	{name: 'LAB_EXPAND', type: 'REG_EXPAND_SZ', data: `${USER_GO_BIN};${GO_BIN}\\`},
	{name: 'LAB_LONG', type: 'REG_EXPAND_SZ', data: join(...LONG_ENTRIES, ...LONG_ENTRIES.slice(0, 40))},
	{name: 'LAB_CJK', type: 'REG_SZ', data: 'C:\\Users\\张三\\go'},
	{name: 'LAB_LATIN', type: 'REG_SZ', data: 'C:\\Users\\Jürgen\\go'},
	{name: 'LAB_QUOTES', type: 'REG_SZ', data: 'say "hi" to C:\\dir with space\\"x"\\'},
	{name: 'LAB_EMPTY', type: 'REG_SZ', data: ''},
	{name: 'LAB_DWORD', type: 'REG_DWORD', data: '42'},
	// Overwrites a seeded REG_SZ with another type.
	{name: 'SEED_LATIN', type: 'REG_EXPAND_SZ', data: '%USERPROFILE%\\Jürgen'},
];

export const SCENARIOS: Scenario[] = [
	{
		id: 'registry-port',
		title: "the program's registry port (reg export / reg add / reg delete) against Wine's reg.exe",
		world: {
			user: {
				// Seeded through `reg import` of a .reg file the lab writes; read back by the program.
				SEED_PATH: expand(`${USER_GO_BIN};C:\\Users\\张三\\go\\bin;C:\\Users\\Jürgen\\bin`),
				SEED_LONG: expand(join(...LONG_ENTRIES)),
				SEED_LATIN: sz('C:\\Users\\Jürgen\\go'),
				SEED_QUOTES: sz('say "hi" \\ C:\\trailing\\'),
				SEED_EMPTY: sz(''),
				SEED_DWORD: {type: 'REG_DWORD', data: '1'},
				SEED_MULTI: {type: 'REG_MULTI_SZ', data: 'one\nC:\\Users\\张三'},
			},
			// HKLM is only read by the program; Wine names its machine Path `PATH`.
			system: {SEED_SYSTEM: expand('%SystemRoot%\\Jürgen;C:\\Users\\张三\\bin')},
		},
		steps: [{kind: 'registry-port', writes: PORT_WRITES, deletes: ['SEED_EMPTY', 'SEED_DWORD']}],
	},
	{
		id: 'healthy',
		title: 'a machine after the official MSI: no errors',
		world: msiMachine(),
		steps: [
			{
				kind: 'check',
				exitCode: 0,
				noErrors: true,
				expect: {
					// Who installed it: the MSI's Uninstall entry, read through reg export of its subkeys.
					'go-on-path': {status: 'ok', summary: `${GO_BIN}\\go.exe`, evidence: 'the official MSI or winget'},
					goroot: {status: 'ok', summary: GO_ROOT},
					go111module: {status: 'ok'},
					'path-hygiene': {status: 'ok'},
					'stale-session': {status: 'ok'},
					// Read from HKCU\Environment through reg export, and attributed to it.
					gopath: {status: 'ok', evidence: 'registry-user'},
					// go.exe builds and the result runs, under Windows.
					'smoke-build': {status: 'ok'},
					// The program asks PowerShell for these, and PowerShell is a stub in Wine.
					defender: {status: 'unknown'},
					elevation: {status: 'unknown'},
					'long-paths': {status: 'unknown'},
				},
			},
			// No LANG on Windows, no display language in Wine's registry: English.
			{kind: 'program', argv: ['--help'], exitCode: 0, stdoutLacks: CHINESE},
		],
	},
	{
		id: 'display-language-zh',
		title: 'Chinese chosen as the Windows display language (PreferredUILanguages, REG_MULTI_SZ)',
		world: msiMachine({keys: {'HKCU\\Control Panel\\Desktop': {PreferredUILanguages: {type: 'REG_MULTI_SZ', data: 'zh-CN\nen-US'}}}}),
		steps: [
			{kind: 'program', argv: ['--help'], exitCode: 0, stdout: CHINESE},
			{kind: 'program', argv: ['check', '--offline'], exitCode: 0, stdout: CHINESE},
			// The JSON report is a machine contract: English unless --lang says otherwise.
			{kind: 'check', exitCode: 0, expect: {'go-on-path': {status: 'ok', summary: `${GO_BIN}\\go.exe`}}},
		],
	},
	{
		id: 'goroot-missing',
		title: 'GOROOT in HKCU points at a folder that does not exist',
		world: msiMachine({user: {GOROOT: sz('C:\\tools\\go')}}),
		steps: [
			{
				kind: 'check',
				exitCode: 1,
				expect: {
					'go-on-path': {status: 'error', summary: 'go: cannot find GOROOT directory: C:\\tools\\go'},
					goroot: {status: 'error', summary: 'C:\\tools\\go', evidence: 'go: cannot find GOROOT directory: C:\\tools\\go'},
					// Where it was set: HKCU\Environment, as read through reg export.
					gopath: {status: 'unknown', evidence: 'registry-user'},
					'smoke-build': {status: 'skipped'},
				},
			},
		],
	},
	{
		id: 'goroot-stale',
		title: 'a stale system GOROOT=C:\\Go (an old Go left there) while Go runs from Program Files',
		world: msiMachine({
			system: {GOROOT: sz('C:\\Go')},
			dirs: ['C:\\Go\\pkg\\tool\\windows_amd64', 'C:\\Go\\src\\runtime'],
			files: {'C:\\Go\\VERSION': 'go1.20.14\ntime 2024-02-06T17:50:56Z\n'},
		}),
		steps: [
			{
				kind: 'check',
				exitCode: 1,
				expect: {
					'go-on-path': {status: 'ok', summary: `${GO_BIN}\\go.exe`},
					goroot: {status: 'error', summary: 'go1.20.14', evidence: 'registry-system'},
					// The real go build, against the old tree's missing standard library.
					'smoke-build': {status: 'error', evidence: 'is not in std'},
				},
			},
		],
	},
	{
		id: 'path-dupes-missing',
		title: 'user Path with duplicates (also of a system entry), missing folders, and a second go.exe',
		world: msiMachine({
			user: {Path: expand(join('%USERPROFILE%\\sdk\\go\\bin', WINDOWS_APPS, USER_GO_BIN, GO_BIN, USER_GO_BIN, 'C:\\does\\not\\exist', '%USERPROFILE%\\missing\\bin'))},
			goTrees: ['%USERPROFILE%\\sdk\\go'],
		}),
		steps: [
			{
				kind: 'check',
				exitCode: 0,
				expect: {
					// A new process's PATH is the system Path, then the user Path (expanded): the go.exe in
					// Program Files wins over the user's first entry, which is found second; the same go.exe
					// reached twice is one Go.
					'go-on-path': {status: 'ok', summary: `${GO_BIN}\\go.exe`, evidence: '\\sdk\\go\\bin\\go.exe'},
					'path-hygiene': {status: 'warn', evidence: 'C:\\does\\not\\exist'},
				},
			},
		],
	},
	{
		id: 'go111module-off',
		title: 'GO111MODULE=off in HKCU\\Environment',
		world: msiMachine({user: {GO111MODULE: sz('off')}}),
		steps: [
			{
				kind: 'check',
				// As on Windows: with modules off, the smoke build cannot even start (go mod init).
				exitCode: 1,
				expect: {
					go111module: {status: 'warn', evidence: 'registry-user'},
					'go-on-path': {status: 'ok'},
					'smoke-build': {status: 'error', evidence: 'go: modules disabled by GO111MODULE=off'},
				},
			},
		],
	},
	{
		id: 'gopath-non-ascii',
		title: 'GOPATH in a user folder named 张三',
		world: msiMachine({
			user: {GOPATH: sz('C:\\Users\\张三\\go'), Path: expand(join(WINDOWS_APPS, 'C:\\Users\\张三\\go\\bin'))},
			dirs: ['C:\\Users\\张三\\go\\bin'],
		}),
		steps: [
			{
				kind: 'check',
				exitCode: 0,
				noErrors: true,
				expect: {
					// registry → Wine's environment → node.exe → go.exe → go env -json → the report, intact.
					'go-on-path': {status: 'ok'},
					gopath: {status: 'info', summary: 'C:\\Users\\张三\\go', evidence: 'registry-user'},
					'gobin-on-path': {status: 'ok', summary: 'C:\\Users\\张三\\go\\bin'},
				},
			},
		],
	},
	{
		id: 'no-go',
		title: 'Go installed but not on any Path',
		world: msiMachine({system: {Path: expand(join(...WINDOWS_PATH))}}),
		steps: [
			{
				kind: 'check',
				exitCode: 1,
				expect: {
					// Found where the MSI puts it: not "install Go", but put it on PATH.
					'go-on-path': {status: 'error', summary: `(the official MSI or winget) in ${GO_ROOT} is installed but not on PATH`, fix: 'add-to-user-path'},
					goroot: {status: 'skipped'},
					go111module: {status: 'skipped'},
				},
			},
		],
	},
	{
		id: 'zip-go-not-on-path',
		title: 'the ZIP unpacked to C:\\Go, on no Path: fix go-on-path adds C:\\Go\\bin to the user Path, a new process builds with it, undo puts the Path back exactly',
		world: zipMachine(),
		steps: [
			{kind: 'snapshot', name: 'before', value: 'Path'},
			{
				kind: 'check',
				exitCode: 1,
				expect: {
					'go-on-path': {status: 'error', summary: '(the ZIP, unpacked by hand) in C:\\Go is installed but not on PATH', fix: 'add-to-user-path'},
					goroot: {status: 'skipped'},
				},
			},
			{kind: 'program', argv: ['fix', 'go-on-path', '--yes'], exitCode: 0},
			{kind: 'user-value', name: 'Path', expect: expand(join(WINDOWS_APPS, 'C:\\Go\\bin'))},
			// A new process gets the user Path from the registry: go.exe in C:\Go runs, and builds.
			{kind: 'check', exitCode: 0, expect: {'go-on-path': {status: 'ok', summary: 'C:\\Go\\bin\\go.exe'}, goroot: {status: 'ok', summary: 'C:\\Go'}, 'smoke-build': {status: 'ok'}}},
			{kind: 'program', argv: ['undo', '--last', '--yes'], exitCode: 0},
			{kind: 'unchanged', since: 'before'},
			{kind: 'check', exitCode: 1, expect: {'go-on-path': {status: 'error', fix: 'add-to-user-path'}}},
		],
	},
	{
		id: 'msi-stale-terminal',
		title: 'the MSI installed after this terminal opened: go-on-path says open a new terminal (nothing to write; the Path stays exact), and a new terminal runs Go',
		world: msiMachine({staleTerminal: {pathWithout: [GO_BIN]}}),
		steps: [
			{kind: 'snapshot', name: 'before', value: 'Path'},
			{
				kind: 'check',
				exitCode: 1,
				expect: {
					'go-on-path': {status: 'error', summary: `in ${GO_ROOT} is installed and on the system Path, but this terminal started before it got there: open a new terminal`, fix: 'refresh-session'},
					'stale-session': {status: 'warn', summary: `in ${GO_ROOT}, whose bin folder new terminals get`},
					goroot: {status: 'skipped'},
				},
			},
			// Its fix is for this terminal only, shown to run by hand: nothing is written.
			{kind: 'program', argv: ['fix', 'go-on-path', '--yes'], exitCode: 1, stdout: /GetEnvironmentVariable\('Path','Machine'\)/},
			{kind: 'unchanged', since: 'before'},
			{kind: 'check', newTerminal: true, exitCode: 0, expect: {'go-on-path': {status: 'ok', summary: `${GO_BIN}\\go.exe`}, 'stale-session': {status: 'ok'}}},
		],
	},
	{
		id: 'fix-go111module',
		title: 'fix go111module then undo: GO111MODULE=off removed from HKCU, then back as it was',
		world: msiMachine({user: {GO111MODULE: sz('off')}}),
		steps: [
			{kind: 'snapshot', name: 'before', value: 'GO111MODULE'},
			{kind: 'program', argv: ['fix', 'go111module', '--yes'], exitCode: 0},
			{kind: 'user-value', name: 'GO111MODULE', expect: null},
			{kind: 'check', exitCode: 0, expect: {go111module: {status: 'ok'}, 'smoke-build': {status: 'ok'}}},
			{kind: 'program', argv: ['undo', '--last', '--yes'], exitCode: 0},
			{kind: 'unchanged', since: 'before'},
		],
	},
	{
		id: 'repl-script',
		title: 'a scripted repl session: set and path add through reg.exe, the user\'s go run, then undo byte for byte',
		world: msiMachine({dirs: ['%USERPROFILE%\\tools']}),
		steps: [
			{kind: 'snapshot', name: 'path', value: 'Path'},
			{kind: 'user-value', name: 'GOPROXY', expect: null},
			{
				kind: 'program',
				argv: ['repl', '--offline'],
				stdin: ['set GOPROXY=https://proxy.example.com,direct in user --yes', 'path add %USERPROFILE%\\tools first --yes', 'env GOPROXY', 'which go', 'go version', 'journal'],
				exitCode: 0,
				stdout: [
					/HKCU\\Environment {2}GOPROXY[\s\S]*Applied \(journal entry 1\)/,
					/\+ %USERPROFILE%\\tools[\s\S]*Applied \(journal entry 2\)/,
					/user \(registry\) \(HKCU\\Environment\) +https:\/\/proxy\.example\.com,direct/,
					/C:\\Program Files\\Go\\bin\\go\.exe +go1\.\d+/,
					// The person's own go, started by node.exe with their environment.
					/goenv> go version\r?\ngo version go1\.\d+\S* windows\/amd64/,
				],
			},
			{kind: 'user-value', name: 'GOPROXY', expect: sz('https://proxy.example.com,direct')},
			{kind: 'user-value', name: 'Path', expect: expand(join('%USERPROFILE%\\tools', WINDOWS_APPS, USER_GO_BIN))},
			{kind: 'program', argv: ['repl', '--offline'], stdin: ['undo --yes', 'undo --yes'], exitCode: 0, stdout: [/Entry 2 undone/, /Entry 1 undone/]},
			{kind: 'unchanged', since: 'path'},
			{kind: 'user-value', name: 'GOPROXY', expect: null},
		],
	},
	{
		id: 'terminal-keys',
		title: 'the checklist and the repl driven by keys in a terminal under node.exe (the Windows console input path)',
		world: msiMachine({
			// A program that asks a question: the go the repl runs reads the person's console.
			files: {
				'%USERPROFILE%\\asker\\go.mod': 'module example.com/asker\n\ngo 1.21\n',
				'%USERPROFILE%\\asker\\main.go':
					'package main\n\nimport (\n\t"bufio"\n\t"fmt"\n\t"os"\n\t"strings"\n)\n\nfunc main() {\n\tfmt.Println("your name?")\n\tline, err := bufio.NewReader(os.Stdin).ReadString(\'\\n\')\n\tfmt.Printf("hello %q (%v)\\n", strings.TrimSpace(line), err)\n}\n',
			},
		}),
		steps: [
			{
				kind: 'terminal',
				argv: ['--offline'],
				keys: [
					{expect: /GOROOT/, timeoutMs: 60_000},
					{keys: ['Down'], expect: /^[>❯] +.*GOROOT/m},
					// The finding opens: its evidence, under a whole title row (Wine's console lost it to
					// "cursor to column 1" until the bundle wrote a carriage return instead).
					{keys: ['Enter'], expect: /effective GOROOT +C:\\Program Files\\Go/},
					{expect: /^← GOROOT +goroot +✔ ok\s*$/m},
					// Wine 8's console holds a lone ESC byte, waiting for the rest of an escape sequence
					// (Windows' own flushes it): a second ESC in the same write releases the first.
					{keys: ['Escape', 'Escape'], expect: /^[>❯] +.*GOROOT/m},
					{keys: ['Up'], expect: /^[>❯] +.*go on PATH/m},
					// The `:` line: the repl's commands under the checklist, Tab completing them.
					{keys: [':'], expect: /^:( |$)/m},
					{text: 'whi', expect: /^: whi( |$)/m},
					{keys: ['Tab'], expect: /^: which( |$)/m},
					{text: ' go', expect: /^: which go( |$)/m},
					{keys: ['Enter'], expect: /C:\\Program Files\\Go\\bin\\go\.exe +go1\.\d+/},
					{keys: ['Escape', 'Escape'], expect: /^Enter open/m},
					{keys: ['q'], expect: /^EXIT=\d+$/m},
				],
				exitCode: 0,
			},
			{
				kind: 'terminal',
				argv: ['--offline'],
				// Ctrl+C leaves the checklist with exit 130 (q with 0), as on Linux: once every check has finished, so
				// it is a key read in raw mode (as the very first key it comes as a signal instead).
				keys: [
					// Every check done: the header whole on its row, its counts and the time it took. (Rows
					// of an earlier frame may stay above it: Ink 6 cannot erase a frame taller than the window.)
					{expect: /^goenv-tui (?:(?!done)[^\n])* \d+\.\d s\n[\s\S]*\nEnter open/m, timeoutMs: 120_000},
					{keys: ['C-c'], expect: /^EXIT=\d+$/m},
				],
				exitCode: 130,
			},
			{
				kind: 'terminal',
				argv: ['repl', '--offline'],
				// A prompt pattern ends at the end of the screen: the line being typed, not an earlier one.
				keys: [
					{expect: /goenv [^\n]*> *\s*$/, timeoutMs: 60_000},
					{text: 'sh', expect: /> sh\s*$/},
					// Once the checks settle, the counts were redrawn in place: one whole prompt line, the typed text kept.
					{expect: /^goenv [^…\n]*> sh\s*$/m, lacks: /^goenv\s*$/m, timeoutMs: 60_000},
					{keys: ['Tab'], expect: /> show\s*$/},
					{text: ' go-on', expect: /> show go-on\s*$/},
					{keys: ['Tab'], expect: /> show go-on-path\s*$/},
					{keys: ['Enter'], expect: /go-on-path · [\s\S]*goenv [^\n]*> *\s*$/},
					{keys: ['Up'], expect: /> show go-on-path\s*$/},
					{keys: ['C-c'], expect: /\^C\s*\ngoenv [^\n]*> *\s*$/},
					// The go typed here reads the console, in its own line mode, and the prompt comes back after.
					{text: 'go -C asker run .', expect: /> go -C asker run \.\s*$/},
					{keys: ['Enter'], expect: /^your name\?\s*$/m, timeoutMs: 180_000},
					// (Wine's console echoes the answer from where the line started when go began to read,
					// before its question came through the repl: over the question's first letters.)
					{text: 'Gopher', expect: /Gopher/},
					{keys: ['Enter'], expect: /hello "Gopher" \(<nil>\)\s*\ngoenv [^\n]*> *\s*$/, timeoutMs: 60_000},
					{text: 'quit', expect: /> quit\s*$/},
					{keys: ['Enter'], expect: /^EXIT=\d+$/m},
				],
				exitCode: 0,
			},
		],
	},
	{
		id: 'system-proxy',
		title: 'a proxy set only in Internet Settings (WinINet), no HTTPS_PROXY: go ignores it; fix, then undo',
		world: msiMachine({
			keys: {[INTERNET_SETTINGS]: {ProxyEnable: {type: 'REG_DWORD', data: '1'}, ProxyServer: sz('127.0.0.1:{port}')}},
			// The proxy: a listener that counts who comes through it.
			listener: true,
		}),
		steps: [
			{
				kind: 'check',
				exitCode: 0,
				expect: {
					'proxy-env': {
						status: 'warn',
						summary: 'Windows uses the proxy 127.0.0.1:{port} (Internet Settings), but go does not read it',
						evidence: 'ProxyServer',
						fix: 'use-system-proxy',
					},
				},
			},
			// With the network checks on, go.exe (and the program) send nothing through it. Whether
			// go reaches its module proxy directly depends on this machine's network: not judged.
			{kind: 'check', online: true, exitCode: [0, 1], expect: {'proxy-env': {status: 'warn'}}},
			{kind: 'listener', connected: false},
			{kind: 'program', argv: ['fix', 'proxy-env', '--yes'], exitCode: 0},
			{kind: 'user-value', name: 'HTTPS_PROXY', expect: sz('http://127.0.0.1:{port}')},
			{kind: 'user-value', name: 'HTTP_PROXY', expect: sz('http://127.0.0.1:{port}')},
			{kind: 'check', exitCode: 0, expect: {'proxy-env': {status: 'ok', summary: 'HTTPS_PROXY=http://127.0.0.1:{port}'}}},
			// A new process gets HTTPS_PROXY from the registry, and go.exe now goes through the proxy
			// (which closes every connection: go's module fetch fails there).
			{kind: 'check', online: true, exitCode: 1, expect: {'proxy-env': {status: 'ok'}, goproxy: {status: 'error'}}},
			{kind: 'listener', connected: true},
			{kind: 'program', argv: ['undo', '--last', '--yes'], exitCode: 0},
			{kind: 'user-value', name: 'HTTPS_PROXY', expect: null},
			{kind: 'user-value', name: 'HTTP_PROXY', expect: null},
		],
	},
	{
		id: 'goproxy-secret',
		title: 'a password in GOPROXY (HKCU\\Environment), tried for real: in no report, text or JSON, nor in a snapshot',
		world: msiMachine({user: {GOPROXY: sz(`https://${PLANTED_USERINFO}@127.0.0.1:{port}/`)}, listener: true}),
		steps: [
			{
				kind: 'check',
				online: true,
				exitCode: 1,
				lacks: PLANTED_FORMS,
				expect: {
					// The proxy is named (its password masked) and go.exe's real failure reported.
					goproxy: {status: 'error', evidence: '127.0.0.1:{port}'},
					'proxy-env': {status: 'ok'},
				},
			},
			// go.exe did connect with the URL that holds the password.
			{kind: 'listener', connected: true},
			{kind: 'program', argv: ['check'], exitCode: 1, stdout: /127\.0\.0\.1:\d+/, lacks: PLANTED_FORMS},
			// Everything the checks read (the registry, the environment, go env -json), recorded.
			{kind: 'program', argv: ['snapshot', '--output', '-'], exitCode: 0, stdout: /127\.0\.0\.1:\d+/, lacks: PLANTED_FORMS},
		],
	},
	fixRoundTrip('fix-path-dupes', 'fix path-hygiene then undo: a duplicate user Path entry, %USERPROFILE% kept, 张三 kept', [
		WINDOWS_APPS,
		USER_GO_BIN,
		'C:\\Users\\张三\\tools',
		USER_GO_BIN,
	]),
	// Wine cuts the environment a process gets from the registry at 1023 characters per
	// variable (Windows does not). The duplicate sits at the very end, which no process under
	// Wine sees: path-hygiene judges the registry (what new terminals get and fixes edit), and
	// the fix and the undo work on the whole value.
	fixRoundTrip('fix-long-path', 'fix path-hygiene then undo on a user Path longer than 2048 characters, duplicate at the end', [
		...LONG_ENTRIES.slice(0, 45),
		USER_GO_BIN,
		...LONG_ENTRIES.slice(45),
		USER_GO_BIN,
	]),
	// Issue: path-hygiene removed %USERPROFILE%\go\bin before the first go install created it,
	// and gobin-on-path then said the go install folder was not on PATH.
	{
		id: 'fix-path-keeps-gobin',
		title: 'fix path-hygiene on a fresh MSI machine: a missing folder goes, %USERPROFILE%\\go\\bin (not made yet) stays',
		world: msiMachine({freshInstall: true, user: {Path: expand(join(WINDOWS_APPS, USER_GO_BIN, 'C:\\does\\not\\exist'))}}),
		steps: [
			{kind: 'snapshot', name: 'before', value: 'Path'},
			// One folder that is not there, not two: the go install folder is not a PATH problem.
			{kind: 'check', exitCode: 0, expect: {'path-hygiene': {status: 'info', summary: 'entries that are not folders: 1', fix: 'clean-user-path'}, 'gobin-on-path': {status: 'ok'}}},
			{kind: 'program', argv: ['fix', 'path-hygiene', '--yes'], exitCode: 0},
			{kind: 'user-value', name: 'Path', expect: expand(join(WINDOWS_APPS, USER_GO_BIN))},
			{kind: 'check', exitCode: 0, expect: {'path-hygiene': {status: 'ok'}, 'gobin-on-path': {status: 'ok'}}},
			{kind: 'program', argv: ['undo', '--last', '--yes'], exitCode: 0},
			{kind: 'unchanged', since: 'before'},
		],
	},
	// Issue: an old Go listed before a newer one in the user Path (the ordinary case) was offered
	// prefer-newer-go, which its own check refused ("not a clean edit"), and --dry-run said 0.
	{
		id: 'prefer-newer-go',
		title: `an old Go (${OLDER_GO_VERSION}) before a newer one in the user Path: prefer-newer-go is offered, dry-runs clean, applies and undoes`,
		world: msiMachine({
			system: {Path: expand(join(...WINDOWS_PATH))},
			user: {Path: expand(join(WINDOWS_APPS, 'C:\\Go125\\bin', '%USERPROFILE%\\sdk\\go\\bin', USER_GO_BIN))},
			olderGoTrees: ['C:\\Go125'],
			goTrees: ['%USERPROFILE%\\sdk\\go'],
		}),
		steps: [
			{kind: 'snapshot', name: 'before', value: 'Path'},
			{kind: 'check', exitCode: [0, 1], expect: {'go-on-path': {status: 'warn', summary: OLDER_GO_VERSION, fix: 'prefer-newer-go'}}},
			{kind: 'program', argv: ['fix', 'go-on-path', '--fix', 'prefer-newer-go', '--dry-run'], exitCode: 0, stdoutLacks: /cannot apply|cannot be applied/i},
			{kind: 'program', argv: ['fix', 'go-on-path', '--fix', 'prefer-newer-go', '--yes'], exitCode: 0},
			{kind: 'user-value', name: 'Path', expect: expand(join(WINDOWS_APPS, '%USERPROFILE%\\sdk\\go\\bin', 'C:\\Go125\\bin', USER_GO_BIN))},
			// A new process: the newer Go runs, and the older one is only listed.
			// (go-version may say a newer patch release exists: info, as on any machine.)
			{kind: 'check', exitCode: [0, 1], expect: {'go-on-path': {status: 'warn', summary: 'sdk\\go\\bin\\go.exe wins'}, 'go-version': {status: ['ok', 'info']}}},
			{kind: 'program', argv: ['undo', '--last', '--yes'], exitCode: 0},
			{kind: 'unchanged', since: 'before'},
		],
	},
	// Issue: set-goproxy wrote GOPROXY to the go env file while HKCU's GOPROXY overrides it, so a
	// new terminal brought the old value back.
	{
		id: 'set-goproxy-registry',
		title: 'GOPROXY in HKCU naming a proxy that refuses: set-goproxy writes the measured list to HKCU, where it takes effect',
		world: msiMachine({user: {GOPROXY: sz('http://127.0.0.1:1,http://127.0.0.1:{port}')}, listener: 'module-proxy'}),
		steps: [
			{kind: 'snapshot', name: 'before', value: 'GOPROXY'},
			{kind: 'check', online: true, exitCode: 1, expect: {goproxy: {status: 'error', fix: 'set-goproxy'}}},
			{kind: 'program', argv: ['fix', 'goproxy', '--yes'], exitCode: 0, stdout: /HKCU\\Environment\s+GOPROXY/},
			// A new process gets it from the registry, and go reaches the module through it.
			{kind: 'check', online: true, exitCode: [0, 1], expect: {goproxy: {status: ['ok', 'info']}}},
			{kind: 'program', argv: ['undo', '--last', '--yes'], exitCode: 0},
			{kind: 'unchanged', since: 'before'},
		],
	},
	// Issue: a go env file with CRLF line ends was called "none of them a trap" while go read
	// GOPRIVATE=*.corp.example\r as a pattern that never matches; undo there failed.
	{
		id: 'go-env-crlf',
		title: 'a go env file saved with CRLF: go-env-file says what go makes of each value, rewrites it with LF, and undo puts the CRLF bytes back',
		world: msiMachine({files: {[GO_ENV_FILE]: 'GOPRIVATE=*.corp.example\r\nGOSUMDB=off\r\nGOFLAGS=-mod=mod\r\n'}}),
		steps: [
			{
				kind: 'check',
				exitCode: 1,
				expect: {
					'go-env-file': {status: 'error', summary: 'GOPRIVATE="*.corp.example\\r": the pattern "*.corp.example\\r" never matches a module path', evidence: '"off\\r"', fix: 'go-env-file-lf'},
				},
			},
			{kind: 'program', argv: ['fix', 'go-env-file', '--fix', 'go-env-file-lf', '--yes'], exitCode: 0},
			{kind: 'file', path: GO_ENV_FILE, expect: 'GOPRIVATE=*.corp.example\nGOSUMDB=off\nGOFLAGS=-mod=mod\n'},
			{kind: 'check', exitCode: [0, 1], expect: {'go-env-file': {status: ['ok', 'info', 'warn']}}},
			{kind: 'program', argv: ['undo', '--last', '--yes'], exitCode: 0},
			{kind: 'file', path: GO_ENV_FILE, expect: 'GOPRIVATE=*.corp.example\r\nGOSUMDB=off\r\nGOFLAGS=-mod=mod\r\n'},
		],
	},
	// Issue: after a fix only some checks ran again: with a go.mod needing a newer Go, turning
	// modules back on left GOTOOLCHAIN ok on screen while a fresh check said error.
	{
		id: 'recheck-after-fix',
		title: 'GO111MODULE=off in the go env file and a go.mod needing a newer Go: after the fix (and its undo) the checklist equals a fresh run',
		world: msiMachine({files: {[GO_ENV_FILE]: 'GO111MODULE=off\n', '%USERPROFILE%\\go.mod': 'module example.com/app\n\ngo 1.99.0\n'}}),
		steps: [
			{kind: 'recheck', finding: 'go111module', fix: 'unset-go-env-file', rechecks: ['go111module', 'gotoolchain', 'smoke-build'], after: {go111module: 'ok', gotoolchain: 'error'}},
		],
	},
	// Item 4 of the issue: a setting at two layers. Removing only the one that wins (HKCU) would
	// let the go env file's value take over; removing only the file's changes nothing go sees.
	{
		id: 'unset-every-layer',
		title: 'GO111MODULE=off in HKCU and in the go env file: fix go111module removes both as one fix, and undo puts both back',
		world: msiMachine({user: {GO111MODULE: sz('off')}, files: {[GO_ENV_FILE]: 'GO111MODULE=off\n'}}),
		steps: [
			{kind: 'snapshot', name: 'before', value: 'GO111MODULE'},
			{kind: 'check', exitCode: 1, expect: {go111module: {status: 'warn', evidence: 'registry-user', fix: 'unset-every-layer'}}},
			{kind: 'program', argv: ['fix', 'go111module', '--yes'], exitCode: 0, stdout: /Remove GO111MODULE from every place that sets it \(2\)/},
			{kind: 'user-value', name: 'GO111MODULE', expect: null},
			{kind: 'file', path: GO_ENV_FILE, expect: ''},
			{kind: 'check', exitCode: 0, expect: {go111module: {status: 'ok'}, 'smoke-build': {status: 'ok'}}},
			{kind: 'program', argv: ['undo', '--last', '--yes'], exitCode: 0},
			{kind: 'unchanged', since: 'before'},
			{kind: 'file', path: GO_ENV_FILE, expect: 'GO111MODULE=off\n'},
		],
	},
	// Item 7 of the issue: a %VAR% in a REG_SZ Path is never expanded because of the value's
	// type (not the order of expansion); the fix keeps the type knowingly (folders in full), the
	// evidence shows what each value becomes, and the undo says this terminal keeps the fixed value.
	{
		id: 'path-reg-sz-references',
		title: 'a user Path saved as REG_SZ with %USERPROFILE% entries: never expanded because of its type, written out in full (REG_SZ kept) and undone',
		world: msiMachine({user: {Path: sz(join(WINDOWS_APPS, USER_GO_BIN))}}),
		steps: [
			{kind: 'snapshot', name: 'before', value: 'Path'},
			{
				kind: 'check',
				exitCode: [0, 1],
				expect: {
					'path-hygiene': {status: 'warn', summary: 'The user Path is REG_SZ, a type Windows never expands', evidence: 'unexpanded', fix: 'fix-user-path-references'},
					'gobin-on-path': {status: 'warn', summary: 'never expands'},
				},
			},
			// The registry evidence in words: what the value becomes, not "(same)".
			{kind: 'program', argv: ['check', '--only', 'path-hygiene', '--verbose'], exitCode: 0, stdout: /Path\s+REG_SZ[\s\S]*never expanded/},
			{kind: 'program', argv: ['fix', 'path-hygiene', '--fix', 'fix-user-path-references', '--dry-run'], exitCode: 0, stdout: /keeps the type REG_SZ/},
			{kind: 'program', argv: ['fix', 'path-hygiene', '--fix', 'fix-user-path-references', '--yes'], exitCode: 0},
			{kind: 'user-value', name: 'Path', expect: sz(join('{profile}\\AppData\\Local\\Microsoft\\WindowsApps', '{profile}\\go\\bin'))},
			// A new process: every folder is searched, the go install folder among them.
			{kind: 'check', exitCode: [0, 1], expect: {'path-hygiene': {status: 'ok'}, 'gobin-on-path': {status: 'ok'}}},
			{kind: 'program', argv: ['undo', '--last', '--yes'], exitCode: 0, stdout: /[Tt]his terminal keeps/},
			{kind: 'unchanged', since: 'before'},
		],
	},
];

/**
 * Removes the duplicate (the later of two equal entries) from the user Path with the real
 * CLI, then undoes it: the value must come back byte-identical, type and all.
 */
function fixRoundTrip(id: string, title: string, entries: string[]): Scenario {
	const path = join(...entries);
	const last = entries.lastIndexOf(USER_GO_BIN);
	const fixed = join(...entries.filter((_, i) => i !== last));
	const dirs = entries.filter((entry) => entry !== USER_GO_BIN && entry !== WINDOWS_APPS);
	return {
		id,
		title,
		world: msiMachine({user: {Path: expand(path)}, dirs}),
		steps: [
			{kind: 'snapshot', name: 'before', value: 'Path'},
			// Duplicates alone are "worth tidying".
			{kind: 'check', exitCode: 0, expect: {'path-hygiene': {status: 'info'}}},
			{kind: 'program', argv: ['fix', 'path-hygiene', '--yes'], exitCode: 0},
			{kind: 'user-value', name: 'Path', expect: expand(fixed)},
			{kind: 'check', exitCode: 0, expect: {'path-hygiene': {status: 'ok'}}},
			{kind: 'program', argv: ['undo', '--last', '--yes'], exitCode: 0},
			{kind: 'unchanged', since: 'before'},
		],
	};
}
