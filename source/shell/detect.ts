import type {Facts} from '../facts/facts.js';
import {windowsFacts, type ProcessEntry} from '../facts/windows-batch.js';
import type {System} from '../system/types.js';
import {commandLine, defaultShell, type ShellKind} from './syntax.js';

/**
 * Which shell and which terminal the person is using, found by walking the parent process
 * chain (Windows: from the one PowerShell batch; Linux: /proc, no process started; macOS:
 * the environment only). Environment variables alone are not trusted for the shell:
 * PSModulePath is a system variable present in every process, and WT_SESSION is inherited
 * by anything started from Windows Terminal.
 */

export type ShellName = 'powershell' | 'pwsh' | 'cmd' | 'bash' | 'zsh' | 'fish' | 'sh' | 'dash' | 'ksh' | 'tcsh' | 'csh' | 'nu' | 'unknown';
export type TerminalName =
	| 'windows-terminal'
	| 'conhost'
	| 'mintty'
	| 'vscode'
	| 'conemu'
	| 'jetbrains'
	| 'apple-terminal'
	| 'iterm2'
	| 'tmux'
	| 'screen'
	| 'ssh'
	| 'gnome-terminal'
	| 'konsole'
	| 'xterm'
	| 'alacritty'
	| 'kitty'
	| 'wezterm'
	| 'ghostty'
	| 'unknown';

export interface ChainEntry {
	pid: number;
	ppid: number;
	name: string;
	path?: string;
	runsCommand?: boolean;
	created?: string;
}

export interface TerminalFacts {
	shell: {name: ShellName; source: 'process-chain' | 'login-shell' | 'environment' | 'unknown'; pid?: number; path?: string};
	terminal: {name: TerminalName; source: 'process-chain' | 'environment' | 'inferred' | 'unknown'};
	/** The syntax commands are shown in. */
	syntax: ShellKind;
	stdinIsTTY: boolean;
	stdoutIsTTY: boolean;
	columns?: number;
	rows?: number;
	/** Git Bash / MSYS2 on Windows. */
	msys: {active: boolean; msystem?: string; root?: string; conpty: boolean | null};
	/** Our ancestors, nearest first (this program itself excluded). */
	chain: ChainEntry[];
	/** Why the chain is empty, when it is. */
	chainNote?: string;
}

const SHELLS: Record<string, ShellName> = {
	'powershell.exe': 'powershell',
	powershell: 'powershell',
	'pwsh.exe': 'pwsh',
	pwsh: 'pwsh',
	'cmd.exe': 'cmd',
	'bash.exe': 'bash',
	bash: 'bash',
	'zsh.exe': 'zsh',
	zsh: 'zsh',
	'fish.exe': 'fish',
	fish: 'fish',
	'sh.exe': 'sh',
	sh: 'sh',
	dash: 'dash',
	ksh: 'ksh',
	mksh: 'ksh',
	tcsh: 'tcsh',
	csh: 'csh',
	'nu.exe': 'nu',
	nu: 'nu',
};

const TERMINALS: Record<string, TerminalName> = {
	'windowsterminal.exe': 'windows-terminal',
	'openconsole.exe': 'windows-terminal',
	'mintty.exe': 'mintty',
	'code.exe': 'vscode',
	'code - insiders.exe': 'vscode',
	'cursor.exe': 'vscode',
	'vscodium.exe': 'vscode',
	code: 'vscode',
	'conemu.exe': 'conemu',
	'conemu64.exe': 'conemu',
	'conemuc.exe': 'conemu',
	'conemuc64.exe': 'conemu',
	'idea64.exe': 'jetbrains',
	'goland64.exe': 'jetbrains',
	goland: 'jetbrains',
	'sshd.exe': 'ssh',
	sshd: 'ssh',
	'tmux: server': 'tmux',
	tmux: 'tmux',
	screen: 'screen',
	'gnome-terminal-': 'gnome-terminal',
	'gnome-terminal-server': 'gnome-terminal',
	konsole: 'konsole',
	xterm: 'xterm',
	alacritty: 'alacritty',
	'alacritty.exe': 'alacritty',
	kitty: 'kitty',
	'wezterm-gui': 'wezterm',
	'wezterm-gui.exe': 'wezterm',
	ghostty: 'ghostty',
};

const isNode = (name: string) => /^(node|node\.exe|nodejs|npm|npx|npm-cli)$/i.test(name);

export function shellSyntax(shell: ShellName, platform: string): ShellKind {
	if (shell === 'powershell' || shell === 'pwsh') return 'powershell';
	if (shell === 'cmd') return 'cmd';
	if (shell === 'unknown') return defaultShell(platform);
	return 'posix';
}

/**
 * The shell: the nearest ancestor that is a shell, skipping the shells npm and npx start
 * to run one command (`cmd.exe /d /s /c …`, `sh -c …`) and any shell whose own parent is
 * node (npm's script shell).
 */
export function findShell(chain: readonly ChainEntry[]): {entry: ChainEntry; name: ShellName; index: number} | null {
	for (let i = 0; i < chain.length; i++) {
		const entry = chain[i]!;
		const name = SHELLS[entry.name.toLowerCase()];
		if (!name) continue;
		if (entry.runsCommand) continue;
		const parent = chain[i + 1];
		if (parent && isNode(parent.name)) continue;
		return {entry, name, index: i};
	}
	return null;
}

/** The terminal: the nearest ancestor that hosts terminals, looking past the shell. */
export function findTerminal(chain: readonly ChainEntry[], getenv: (name: string) => string | undefined, platform: string): TerminalFacts['terminal'] {
	for (const entry of chain) {
		const name = TERMINALS[entry.name.toLowerCase()];
		if (name) return {name, source: 'process-chain'};
	}
	// Editors' terminals and multiplexers say so in the environment.
	const program = getenv('TERM_PROGRAM') ?? '';
	if (program === 'vscode') return {name: 'vscode', source: 'environment'};
	if (getenv('TERMINAL_EMULATOR') === 'JetBrains-JediTerm') return {name: 'jetbrains', source: 'environment'};
	if (program === 'mintty') return {name: 'mintty', source: 'environment'};
	if (program === 'Apple_Terminal') return {name: 'apple-terminal', source: 'environment'};
	if (program === 'iTerm.app') return {name: 'iterm2', source: 'environment'};
	if (program === 'WezTerm') return {name: 'wezterm', source: 'environment'};
	if (program === 'ghostty') return {name: 'ghostty', source: 'environment'};
	if (program === 'tmux' || getenv('TMUX')) return {name: 'tmux', source: 'environment'};
	if (getenv('ConEmuPID')) return {name: 'conemu', source: 'environment'};
	if (getenv('SSH_CONNECTION') || getenv('SSH_TTY')) return {name: 'ssh', source: 'environment'};
	if (platform === 'win32') {
		// WT_SESSION is inherited, so it only counts when the chain showed no other host.
		if (getenv('WT_SESSION')) return {name: 'windows-terminal', source: 'environment'};
		if (chain.length > 0) return {name: 'conhost', source: 'inferred'};
	}
	return {name: 'unknown', source: 'unknown'};
}

/** `/proc/<pid>/stat`: `pid (comm) state ppid …`; comm may hold spaces and parentheses. */
export function parseProcStat(text: string): {pid: number; name: string; ppid: number} | null {
	const open = text.indexOf('(');
	const close = text.lastIndexOf(')');
	if (open < 0 || close < open) return null;
	const rest = text.slice(close + 2).split(' ');
	const pid = Number(text.slice(0, open).trim());
	const ppid = Number(rest[1]);
	return Number.isFinite(pid) && Number.isFinite(ppid) ? {pid, name: text.slice(open + 1, close), ppid} : null;
}

/** Linux: walk /proc from this process up; nothing is spawned. */
async function procChain(sys: System): Promise<ChainEntry[]> {
	const self = parseProcStat((await sys.readFile('/proc/self/stat')) ?? '');
	if (!self) return [];
	const chain: ChainEntry[] = [];
	let pid = self.ppid;
	for (let i = 0; i < 16 && pid > 0; i++) {
		const stat = parseProcStat((await sys.readFile(`/proc/${pid}/stat`)) ?? '');
		if (!stat) break;
		// Only whether it runs a single command (`sh -c`) is kept, never the command line.
		const args = ((await sys.readFile(`/proc/${pid}/cmdline`)) ?? '').split('\0');
		chain.push({pid: stat.pid, ppid: stat.ppid, name: stat.name, runsCommand: args.slice(1).includes('-c')});
		pid = stat.ppid;
	}
	return chain;
}

/** Windows: the batch's chain starts at the batch's own PowerShell, then this program. */
export function ancestorsFromBatch(processes: readonly ProcessEntry[]): ChainEntry[] {
	const ancestors = processes.slice(2);
	const chain: ChainEntry[] = [];
	let child = processes[1];
	for (const entry of ancestors) {
		// A parent created after its child is a reused process id, not our parent.
		if (child?.created && entry.created && entry.created > child.created) break;
		chain.push({pid: entry.pid, ppid: entry.ppid, name: entry.name, ...(entry.path ? {path: entry.path} : {}), runsCommand: entry.runsCommand, ...(entry.created ? {created: entry.created} : {})});
		child = entry;
	}
	return chain;
}

/** The MSYS2 / Git for Windows root, from the shell's path or MINGW_PREFIX. */
function msysRoot(shellPath: string | undefined, getenv: (name: string) => string | undefined): string | undefined {
	if (shellPath) {
		const match = /^(.*?)[\\/]usr[\\/]bin[\\/][^\\/]+$/i.exec(shellPath);
		if (match) return match[1];
	}
	const prefix = getenv('MINGW_PREFIX');
	if (prefix && /^[A-Za-z]:[\\/]/.test(prefix)) return prefix.replace(/[\\/][^\\/]+[\\/]?$/, '');
	const exePath = getenv('EXEPATH');
	if (exePath && /^[A-Za-z]:[\\/]/.test(exePath)) return exePath;
	return undefined;
}

export function detectTerminal(facts: Facts): Promise<TerminalFacts> {
	return facts.once('terminal', async () => {
		const {sys} = facts;
		const getenv = (name: string) => sys.getenv(name);
		const tty = sys.terminal();
		let chain: ChainEntry[] = [];
		let chainNote: string | undefined;
		if (sys.platform === 'win32') {
			const processes = (await windowsFacts(facts)).processes;
			if (processes.ok) chain = ancestorsFromBatch(processes.data);
			else chainNote = processes.message;
		} else if (sys.platform === 'linux') {
			chain = await procChain(sys);
			if (chain.length === 0) chainNote = '/proc';
		} else {
			chainNote = sys.platform;
		}

		const found = findShell(chain);
		let shell: TerminalFacts['shell'];
		if (found) {
			shell = {name: found.name, source: 'process-chain', pid: found.entry.pid, ...(found.entry.path ? {path: found.entry.path} : {})};
		} else if (sys.platform === 'win32' && sys.getenv('MSYSTEM')) {
			shell = {name: 'bash', source: 'environment'};
		} else if (sys.platform !== 'win32' && sys.getenv('SHELL')) {
			const login = sys.path.basename(sys.getenv('SHELL')!);
			shell = {name: SHELLS[login] ?? 'unknown', source: SHELLS[login] ? 'login-shell' : 'unknown', path: sys.getenv('SHELL')!};
		} else {
			shell = {name: 'unknown', source: 'unknown'};
		}
		const terminal = findTerminal(found ? chain.slice(found.index + 1) : chain, getenv, sys.platform);

		const msystem = sys.platform === 'win32' ? sys.getenv('MSYSTEM') : undefined;
		const msysActive = sys.platform === 'win32' && (Boolean(msystem) || terminal.name === 'mintty');
		const conpty = !msysActive ? null : terminal.name === 'mintty' ? tty.stdinIsTTY && tty.stdoutIsTTY : true;
		return {
			shell,
			terminal,
			syntax: shellSyntax(shell.name, sys.platform),
			stdinIsTTY: tty.stdinIsTTY,
			stdoutIsTTY: tty.stdoutIsTTY,
			...(tty.columns ? {columns: tty.columns} : {}),
			...(tty.rows ? {rows: tty.rows} : {}),
			msys: {active: msysActive, ...(msystem ? {msystem} : {}), ...(msysActive ? {root: msysRoot(shell.path, getenv)} : {}), conpty},
			chain,
			...(chainNote ? {chainNote} : {}),
		};
	});
}

/**
 * The syntax to show commands in for this person (PowerShell, cmd or POSIX shells), for the
 * UI and for fixes' manual steps. Shares the run's one detection.
 */
export async function userShellSyntax(facts: Facts): Promise<ShellKind> {
	return (await detectTerminal(facts)).syntax;
}

/** A command line in the user's shell, ready to copy. */
export async function formatCommandForUser(facts: Facts, argv: readonly string[]): Promise<string> {
	return commandLine(await userShellSyntax(facts), argv);
}

// --- MSYS path conversion ----------------------------------------------------------------

/** Go variables that hold paths, which MSYS converts when it starts a native program. */
export const GO_PATH_VARIABLES = ['GOPATH', 'GOROOT', 'GOBIN', 'GOCACHE', 'GOMODCACHE', 'GOTMPDIR', 'GOENV', 'GOTELEMETRYDIR', 'GOCOVERDIR'] as const;

export type ConversionKind = 'unconverted' | 'into-msys-root' | 'converted';

export interface ConversionFinding {
	name: string;
	value: string;
	kind: ConversionKind;
}

/**
 * What MSYS did to Go's path variables before they reached this (native) program:
 * - `unconverted`: still `/c/Users/x/go` (MSYS_NO_PATHCONV, MSYS2_ENV_CONV_EXCL): Go reads it
 *   as `\c\Users\x\go` on the current drive;
 * - `into-msys-root`: a POSIX path such as `/go` became `C:/Program Files/Git/go`;
 * - `converted`: `/c/Users/x/go` became `C:/Users/x/go`, which Go accepts.
 */
export function msysConversions(getenv: (name: string) => string | undefined, root: string | undefined): ConversionFinding[] {
	const findings: ConversionFinding[] = [];
	const normalRoot = root?.replace(/\\/g, '/').replace(/\/+$/, '').toLowerCase();
	for (const name of GO_PATH_VARIABLES) {
		const value = getenv(name);
		if (!value) continue;
		if (value.startsWith('/') && !value.startsWith('//')) {
			findings.push({name, value, kind: 'unconverted'});
		} else if (/^[A-Za-z]:\//.test(value)) {
			const lower = value.toLowerCase();
			const inRoot = normalRoot && value.split(';').some((part) => (part.replace(/\\/g, '/').toLowerCase() + '/').startsWith(normalRoot + '/'));
			findings.push({name, value, kind: inRoot && lower !== normalRoot ? 'into-msys-root' : 'converted'});
		}
	}
	return findings;
}
