import type {ProbeResult} from '../model/finding.js';
import type {Change, Fix} from '../model/fix.js';
import {SYSTEM_ENVIRONMENT_KEY, USER_ENVIRONMENT_KEY} from '../system/registry.js';
import {commandLine, quoteArg, type ShellKind} from '../shell/syntax.js';

/**
 * A diagnosis of another machine cannot change that machine: every fix becomes the
 * commands a person runs there, in the syntax of its shell. Its changes are dropped, so no
 * executor can apply it here: a fix with no changes and `manualCommands` is how the model
 * says "run these yourself" (as for a variable set only in the OS environment).
 */
export function fixesAsInstructions(result: ProbeResult, shell: ShellKind): ProbeResult {
	if (!result.fixes?.length) return result;
	return {...result, fixes: result.fixes.map((fix) => asInstructions(fix, shell))};
}

function asInstructions(fix: Fix, shell: ShellKind): Fix {
	const commands = fix.manualCommands?.length ? fix.manualCommands : fix.changes.flatMap((change) => commandsFor(change, shell));
	return {...fix, changes: [], manualCommands: commands};
}

/** The commands that make one change, typed in `shell` on the machine it is for. */
export function commandsFor(change: Change, shell: ShellKind): string[] {
	const q = (arg: string) => quoteArg(shell, arg);
	const line = (...argv: string[]) => commandLine(shell, argv);
	// Git Bash would turn `/v` into a path; Windows programs (reg.exe, cmdkey.exe) need their switches as they are.
	const windows = (...argv: string[]) => (shell === 'posix' ? `MSYS_NO_PATHCONV=1 ${line(...argv)}` : line(...argv));
	const reg = (...args: string[]) => windows('reg', ...args);
	switch (change.kind) {
		case 'go-env':
			return [change.after.set ? line('go', 'env', '-w', `${change.key}=${change.after.value ?? ''}`) : line('go', 'env', '-u', change.key)];
		case 'registry-env':
		case 'path-entries': {
			const key = change.scope === 'user' ? USER_ENVIRONMENT_KEY : SYSTEM_ENVIRONMENT_KEY;
			const after = change.after;
			return [after === null ? reg('delete', key, '/v', change.name, '/f') : reg('add', key, '/v', change.name, '/t', after.type, '/d', after.raw, '/f')];
		}
		case 'registry-value': {
			const after = change.after;
			return [after === null ? reg('delete', change.key, '/v', change.name, '/f') : reg('add', change.key, '/v', change.name, '/t', after.type, '/d', after.data, '/f')];
		}
		case 'git-config': {
			const base = change.scope === 'local' && change.repo ? ['git', '-C', change.repo, 'config', '--local'] : ['git', 'config', `--${change.scope}`];
			return [change.after === null ? line(...base, '--unset-all', change.key) : line(...base, change.key, change.after)];
		}
		case 'file':
			if (!change.after.exists) return [shell === 'powershell' ? `Remove-Item -LiteralPath ${q(change.path)}` : `rm -- ${q(change.path)}`];
			return [
				shell === 'powershell'
					? `Set-Content -LiteralPath ${q(change.path)} -NoNewline -Value ${q(change.after.content ?? '')}`
					: `printf '%s' ${q(change.after.content ?? '')} > ${q(change.path)}`,
			];
		case 'profile-line':
			if (change.after.line === null) {
				return change.before.lineNumber ? [`sed -i.bak ${q(`${change.before.lineNumber}d`)} ${q(change.file)}`] : [`# ${change.file}: remove ${change.before.line ?? ''}`];
			}
			return [`printf '%s\\n' ${q(change.after.line)} >> ${q(change.file)}`];
		case 'json-setting': {
			// An editor's settings file is edited by hand there: say which key, and to what.
			const key = change.path.map((k) => JSON.stringify(k)).join(' → ');
			const comment = shell === 'cmd' ? 'rem' : '#';
			return [change.after.raw === null ? `${comment} ${change.file}: remove ${key}` : `${comment} ${change.file}: set ${key} to ${change.after.raw}`];
		}
		case 'defender-exclusion':
			return [`${change.action === 'add' ? 'Add' : 'Remove'}-MpPreference -ExclusionPath ${quoteArg('powershell', change.path)}`];
		case 'command':
			return [...(change.cwd ? [shell === 'powershell' ? `Set-Location -LiteralPath ${q(change.cwd)}` : `cd ${q(change.cwd)}`] : []), line(...change.argv)];
		case 'directory':
			if (change.after.exists) return [shell === 'powershell' ? `New-Item -ItemType Directory -Force -Path ${q(change.path)}` : `mkdir -p -- ${q(change.path)}`];
			return [shell === 'powershell' ? `Remove-Item -LiteralPath ${q(change.path)}` : `rmdir -- ${q(change.path)}`];
		case 'credential-erase': {
			if (change.stdin === undefined) return [windows(...change.argv)];
			// `git credential reject` reads the credential's description, ended by an empty line.
			const description = [...change.stdin.replace(/\n+$/, '').split('\n'), ''];
			const program = line(...change.argv);
			if (shell === 'powershell') return [`${description.map(q).join(', ')} | ${program}`];
			// cmd has no printf: echo each line (`echo.` for the empty one), its metacharacters escaped with ^.
			if (shell === 'cmd') return [`(${description.map((text) => (text ? `echo ${text.replace(/[\^&|<>()]/g, '^$&')}` : 'echo.')).join('& ')}) | ${program}`];
			return [`printf '%s\\n' ${description.map(q).join(' ')} | ${program}`];
		}
		default: {
			// A change kind with no commands here would silently drop a step of the fix.
			const unknown: never = change;
			return unknown;
		}
	}
}
