import {configFolder} from '../system/config-folder.js';
import type {System} from '../system/types.js';

/**
 * Where a shareable report is written. Never the current folder by default: that is often a
 * repository, where the report would sit as an untracked file (and could be committed). The
 * default is `reports/` in goenv-tui's config folder, beside the journal; the user chooses
 * another with `report --dir`, `e` then `d` in the checklist, or this variable for good.
 */
export const REPORT_DIR_VARIABLE = 'GOENV_TUI_REPORT_DIR';

/** The folder reports go to unless the user names one for this run. */
export function reportsFolder(sys: System): string {
	const chosen = sys.getenv(REPORT_DIR_VARIABLE);
	return chosen ? sys.path.resolve(sys.cwd(), expandHome(sys, chosen)) : sys.path.join(configFolder(sys), 'reports');
}

/** A folder the user typed: `~` is their home, a relative one is from the current folder. */
export function chosenFolder(sys: System, typed: string): string {
	return sys.path.resolve(sys.cwd(), expandHome(sys, typed.trim()));
}

function expandHome(sys: System, folder: string): string {
	return folder === '~' || folder.startsWith('~/') || folder.startsWith('~\\') ? sys.homedir() + folder.slice(1) : folder;
}

/** `goenv-tui-report-2026-11-26-0715.md`, in local time: the person looks for it by when they made it. */
export function reportFileName(at: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `goenv-tui-report-${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}.md`;
}
