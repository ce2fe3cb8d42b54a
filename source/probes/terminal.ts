import type {Probe} from '../engine/probe.js';
import {windowsFacts} from '../facts/windows-batch.js';
import type {Evidence} from '../model/finding.js';
import {worstStatus, type Part} from './parts.js';
import {detectTerminal, findShell, msysConversions, type ShellName, type TerminalName} from '../shell/detect.js';
import type {ShellKind} from '../shell/syntax.js';
import {joinClauses, withNote} from '../i18n/index.js';
import {onWindowsDrive, wslFacts} from '../facts/wsl.js';

/** Product names are not translated. */
export const SHELL_NAMES: Record<ShellName, string> = {
	powershell: 'Windows PowerShell',
	pwsh: 'PowerShell 7',
	cmd: 'cmd.exe',
	bash: 'bash',
	zsh: 'zsh',
	fish: 'fish',
	sh: 'sh',
	dash: 'dash',
	ksh: 'ksh',
	tcsh: 'tcsh',
	csh: 'csh',
	nu: 'nushell',
	unknown: '?',
};

export const TERMINAL_NAMES: Record<TerminalName, string> = {
	'windows-terminal': 'Windows Terminal',
	conhost: 'conhost',
	mintty: 'mintty',
	vscode: 'VS Code',
	conemu: 'ConEmu',
	jetbrains: 'JetBrains IDE',
	'apple-terminal': 'Terminal.app',
	iterm2: 'iTerm2',
	tmux: 'tmux',
	screen: 'screen',
	ssh: 'ssh',
	'gnome-terminal': 'GNOME Terminal',
	konsole: 'Konsole',
	xterm: 'xterm',
	alacritty: 'Alacritty',
	kitty: 'kitty',
	wezterm: 'WezTerm',
	ghostty: 'Ghostty',
	unknown: '?',
};

/** How each syntax is named to a person. */
export const SYNTAX_NAMES: Record<ShellKind, string> = {powershell: 'PowerShell', cmd: 'cmd', posix: 'POSIX sh'};

/** Execution policies under which PowerShell refuses npm's unsigned `npx.ps1`. */
const BLOCKS_NPX_PS1 = /^(Restricted|AllSigned)$/i;

/**
 * The shell and terminal in use (by the parent process chain), whether stdin and stdout
 * are terminals, ConPTY under Git Bash, MSYS conversion of Go's path variables, and the
 * PowerShell execution policy as far as it concerns `npx.ps1` (not go.exe: the policy only
 * covers scripts).
 */
export const terminal: Probe = {
	id: 'terminal',
	family: 'environment',
	title: 'probe.terminal.title',
	timeoutMs: 25_000,
	async run({facts, sys, t}) {
		const d = await detectTerminal(facts);
		const shellName = d.shell.name === 'unknown' ? t('probe.terminal.unknownShell') : SHELL_NAMES[d.shell.name];
		const terminalName = d.terminal.name === 'unknown' ? t('probe.terminal.unknownTerminal') : TERMINAL_NAMES[d.terminal.name];
		const yes = (value: boolean) => (value ? t('ui.yes') : t('ui.no'));
		const evidence: Evidence[] = [
			{
				kind: 'kv',
				title: t('probe.terminal.evidence.session'),
				rows: [
					{label: t('probe.terminal.label.shell'), value: withNote(t, d.shell.path ? `${shellName} ${d.shell.path}` : shellName, t(`probe.terminal.source.${d.shell.source}`))},
					{label: t('probe.terminal.label.terminal'), value: withNote(t, terminalName, t(`probe.terminal.source.${d.terminal.source}`))},
					{label: t('probe.terminal.label.syntax'), value: SYNTAX_NAMES[d.syntax]},
					{label: 'stdin TTY', value: yes(d.stdinIsTTY), tone: d.stdinIsTTY ? 'good' : 'muted'},
					{label: 'stdout TTY', value: yes(d.stdoutIsTTY), tone: d.stdoutIsTTY ? 'good' : 'muted'},
					...(d.columns ? [{label: t('probe.terminal.label.size'), value: `${d.columns}×${d.rows ?? '?'}`}] : []),
					...(d.msys.active
						? [
								{label: 'MSYSTEM', value: d.msys.msystem ?? t('evidence.notSet')},
								{label: 'ConPTY', value: d.msys.conpty === null ? '?' : yes(d.msys.conpty), tone: d.msys.conpty === false ? ('warn' as const) : ('normal' as const)},
								...(d.msys.root ? [{label: t('probe.terminal.label.msysRoot'), value: d.msys.root}] : []),
							]
						: []),
				],
			},
		];
		if (d.chain.length > 0) {
			const shellIndex = findShell(d.chain)?.index;
			evidence.push({
				kind: 'table',
				title: t('probe.terminal.evidence.chain'),
				columns: [
					{key: 'pid', label: 'PID'},
					{key: 'name', label: t('column.name')},
					{key: 'note', label: t('column.note')},
				],
				rows: d.chain.map((entry, i) => ({
					pid: String(entry.pid),
					name: entry.name,
					note: i === shellIndex ? t('probe.terminal.mark.shell') : entry.runsCommand ? t('probe.terminal.mark.runsCommand') : '',
					...(i === shellIndex ? {_tone: 'good' as const} : {}),
				})),
			});
		} else if (d.chainNote) {
			evidence.push({kind: 'text', title: t('probe.terminal.evidence.chain'), text: t('probe.terminal.noChain', {reason: d.chainNote})});
		}

		const parts: Part[] = [];
		// Inside WSL: say so, and whether this folder is on the Windows drive (every file through 9P).
		const wsl = await wslFacts(facts).catch(() => null);
		const slowFolder = Boolean(wsl?.inside && onWindowsDrive(sys, wsl, sys.cwd()));
		if (wsl?.inside) {
			evidence.push({
				kind: 'kv',
				title: 'WSL',
				rows: [
					{label: t('probe.terminal.label.wsl'), value: joinClauses(t, [`WSL ${wsl.version ?? '?'}`, ...(wsl.distro ? [wsl.distro] : [])])},
					{label: t('probe.terminal.label.wslMount'), value: wsl.mountRoot},
					{label: t('probe.terminal.label.wslFrom'), value: wsl.from.join('\n')},
				],
			});
			parts.push({status: 'ok', text: t('probe.terminal.wsl', {version: wsl.version ?? '?', distro: wsl.distro ?? '?'})});
			if (slowFolder) parts.push({status: 'warn', text: t('probe.terminal.wsl9p', {folder: sys.cwd()})});
		}
		if (d.msys.active && d.msys.conpty === false) parts.push({status: 'warn', text: t('probe.terminal.noConpty')});
		if (d.msys.active) {
			const conversions = msysConversions((name) => sys.getenv(name), d.msys.root);
			if (conversions.length > 0) {
				evidence.push({
					kind: 'table',
					title: t('probe.terminal.evidence.msys'),
					columns: [
						{key: 'name', label: t('column.name')},
						{key: 'value', label: t('column.value')},
						{key: 'note', label: t('column.note')},
					],
					rows: conversions.map((c) => ({name: c.name, value: c.value, note: t(`probe.terminal.msys.${c.kind}`), ...(c.kind === 'converted' ? {} : {_tone: 'warn' as const})})),
				});
			}
			for (const c of conversions) {
				if (c.kind === 'unconverted') parts.push({status: 'warn', text: t('probe.terminal.msysUnconverted', {name: c.name, value: c.value})});
				if (c.kind === 'into-msys-root') parts.push({status: 'warn', text: t('probe.terminal.msysIntoRoot', {name: c.name, value: c.value, root: d.msys.root ?? '?'})});
			}
		}

		if (sys.platform === 'win32') {
			const policy = (await windowsFacts(facts)).executionPolicy;
			if (policy.ok) {
				evidence.push({
					kind: 'kv',
					title: t('probe.terminal.evidence.policy'),
					rows: [
						{label: t('probe.terminal.label.effective'), value: policy.data.effective},
						...policy.data.scopes.map((s) => ({label: s.scope, value: s.policy})),
					],
				});
				const inPowershell = d.shell.name === 'powershell' || d.shell.name === 'pwsh';
				if (inPowershell && BLOCKS_NPX_PS1.test(policy.data.effective)) {
					parts.push({status: 'info', text: t('probe.terminal.npxPs1', {policy: policy.data.effective})});
				}
			}
		}

		const head = t('probe.terminal.summary', {shell: shellName, terminal: terminalName, syntax: SYNTAX_NAMES[d.syntax]});
		if (parts.length === 0) return {status: 'ok', summary: head, evidence};
		if (parts.every((p) => p.status === 'ok')) return {status: 'ok', summary: joinClauses(t, [head, ...parts.map((p) => p.text)]), evidence};
		const wslOnly = slowFolder && parts.filter((p) => p.status !== 'ok').length === 1;
		return {
			status: worstStatus(parts),
			summary: joinClauses(t, [head, ...parts.map((p) => p.text)]),
			why: wslOnly ? t('probe.wsl9p.why') : t('probe.terminal.why'),
			docUrl: wslOnly ? 'https://learn.microsoft.com/windows/wsl/filesystems' : 'https://www.msys2.org/docs/filesystem-paths/',
			evidence,
		};
	},
};
