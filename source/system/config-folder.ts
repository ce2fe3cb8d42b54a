import type {System} from './types.js';

/**
 * The folder of goenv-tui's own files (the undo journal, its backups, suppressions): the
 * rule env-paths follows, read through the System's environment, so a sandboxed HOME or
 * APPDATA isolates it and a test's fake world has its own.
 * - Windows: `%APPDATA%\goenv-tui\Config` (else `%USERPROFILE%\AppData\Roaming\…`);
 * - macOS: `~/Library/Preferences/goenv-tui`;
 * - elsewhere: `$XDG_CONFIG_HOME/goenv-tui`, else `~/.config/goenv-tui`.
 * The home folder is the environment's (`USERPROFILE`, `HOME`), else the account's.
 */
export function configFolder(sys: System): string {
	const home = (sys.platform === 'win32' ? sys.getenv('USERPROFILE') : sys.getenv('HOME')) || sys.homedir();
	if (sys.platform === 'win32') return sys.path.join(sys.getenv('APPDATA') || sys.path.join(home, 'AppData', 'Roaming'), 'goenv-tui', 'Config');
	if (sys.platform === 'darwin') return sys.path.join(home, 'Library', 'Preferences', 'goenv-tui');
	return sys.path.join(sys.getenv('XDG_CONFIG_HOME') || sys.path.join(home, '.config'), 'goenv-tui');
}
