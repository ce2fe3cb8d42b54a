/**
 * Commands shown to a person, in the syntax of the shell they use. Only shown, never run:
 * the program itself never goes through a shell. `detect.ts` finds the person's shell.
 */
export type ShellKind = 'powershell' | 'cmd' | 'posix';

export function defaultShell(platform: string): ShellKind {
	return platform === 'win32' ? 'powershell' : 'posix';
}

/**
 * Characters that need no quoting. A backslash is an escape in POSIX shells (Git Bash
 * would turn `C:\Users\x` into `C:Usersx`); in PowerShell a comma makes an array and a
 * leading `@` splats, and `-flag=value.ext` is split at the dot when passed to native
 * programs (so flags with `=` or `.` are quoted too).
 */
const SAFE: Record<ShellKind, RegExp> = {
	powershell: /^[A-Za-z0-9_%+=:./\\-]+$/,
	cmd: /^[A-Za-z0-9_@+=:,./\\-]+$/,
	posix: /^[A-Za-z0-9_@%+=:,./-]+$/,
};

/** Quotes one argument for display in the given shell. */
export function quoteArg(shell: ShellKind, arg: string): string {
	const flagWithValue = shell === 'powershell' && arg.startsWith('-') && /[=.]/.test(arg);
	if (arg !== '' && SAFE[shell].test(arg) && !flagWithValue) return arg;
	if (shell === 'powershell') return `'${arg.replace(/'/g, "''")}'`;
	if (shell === 'cmd') return `"${arg.replace(/"/g, '""')}"`;
	return `'${arg.replace(/'/g, `'\\''`)}'`;
}

export function commandLine(shell: ShellKind, argv: readonly string[]): string {
	const [program, ...args] = argv;
	const quoted = quoteArg(shell, program ?? '');
	// PowerShell needs the call operator to run a quoted program path.
	const head = shell === 'powershell' && quoted !== program ? `& ${quoted}` : quoted;
	return [head, ...args.map((arg) => quoteArg(shell, arg))].join(' ');
}

/** Removes a variable from the current shell session only. */
export function unsetSessionVariable(shell: ShellKind, name: string): string {
	if (shell === 'powershell') return `Remove-Item Env:${name}`;
	if (shell === 'cmd') return `set ${name}=`;
	return `unset ${name}`;
}

/** Deletes one file. */
export function removeFileCommand(shell: ShellKind, file: string): string {
	if (shell === 'powershell') return `Remove-Item -LiteralPath ${quoteArg(shell, file)}`;
	if (shell === 'cmd') return `del ${quoteArg(shell, file)}`;
	return `rm ${quoteArg(shell, file)}`;
}

/**
 * Adds a folder to PATH in this shell session only (a new terminal gets it from where it was
 * set). PowerShell rebuilds Path from the registry as a new terminal would; Git Bash gets the
 * folder in its own form (`/c/Program Files/Go/bin`).
 */
export function sessionPathCommand(shell: ShellKind, folder: string): string {
	if (shell === 'powershell') return "$env:Path = [Environment]::GetEnvironmentVariable('Path','Machine') + ';' + [Environment]::GetEnvironmentVariable('Path','User')";
	if (shell === 'cmd') return `set "PATH=%PATH%;${folder}"`;
	const posix = /^[A-Za-z]:\\/.test(folder) ? `/${folder[0]!.toLowerCase()}${folder.slice(2).replace(/\\/g, '/')}` : folder;
	return `export PATH="$PATH:${posix.replace(/(["\\$`])/g, '\\$1')}"`;
}
