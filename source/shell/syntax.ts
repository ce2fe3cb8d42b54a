/**
 * Commands shown to a person, in the syntax of the shell they use. Only shown, never run:
 * the program itself never goes through a shell.
 */
export type ShellKind = 'powershell' | 'cmd' | 'posix';

export function defaultShell(platform: string): ShellKind {
	return platform === 'win32' ? 'powershell' : 'posix';
}

/** Quotes one argument for display in the given shell. */
export function quoteArg(shell: ShellKind, arg: string): string {
	if (/^[A-Za-z0-9_@%+=:,./\\-]+$/.test(arg)) return arg;
	if (shell === 'powershell') return `'${arg.replace(/'/g, "''")}'`;
	if (shell === 'cmd') return `"${arg.replace(/"/g, '""')}"`;
	return `'${arg.replace(/'/g, `'\\''`)}'`;
}

export function commandLine(shell: ShellKind, argv: readonly string[]): string {
	const [program, ...args] = argv;
	// PowerShell needs the call operator to run a quoted program path.
	const head = shell === 'powershell' && program && /\s/.test(program) ? `& ${quoteArg(shell, program)}` : quoteArg(shell, program ?? '');
	return [head, ...args.map((arg) => quoteArg(shell, arg))].join(' ');
}

/** Removes a variable from the current shell session only. */
export function unsetSessionVariable(shell: ShellKind, name: string): string {
	if (shell === 'powershell') return `Remove-Item Env:${name}`;
	if (shell === 'cmd') return `set ${name}=`;
	return `unset ${name}`;
}
