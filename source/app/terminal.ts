/**
 * Whether the terminal turns OSC 8 sequences into clickable links. Where it does not (old
 * conhost, many CI logs) the sequence would print as garbage, so the plain URL is drawn
 * instead. FORCE_HYPERLINK=1/0 overrides, as in the supports-hyperlinks convention.
 */
export function supportsHyperlinks(env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
	const forced = env.FORCE_HYPERLINK;
	if (forced !== undefined) return forced !== '0' && forced !== 'false';
	if (!isTTY || env.TERM === 'dumb') return false;
	// Windows Terminal, VS Code's terminal, mintty (Git Bash), WezTerm, iTerm2, kitty, Ghostty, Konsole.
	if (env.WT_SESSION) return true;
	if (['vscode', 'mintty', 'WezTerm', 'iTerm.app', 'ghostty'].includes(env.TERM_PROGRAM ?? '')) return true;
	if (env.KITTY_WINDOW_ID || env.KONSOLE_VERSION) return true;
	// GNOME Terminal and other VTE terminals since 0.50.
	const vte = Number(env.VTE_VERSION);
	return Number.isFinite(vte) && vte >= 5000;
}
