import type {Text} from '../i18n/text.js';

/**
 * A fix is data: typed changes, each with the state before and after, computed before
 * anything is touched. The preview shows exactly these; one executor applies them; undo
 * applies their inverses.
 */

export type RegistryType = 'REG_SZ' | 'REG_EXPAND_SZ';

/** A registry value as it is stored: raw (unexpanded) text and its type. */
export interface RegistryValueState {
	raw: string;
	type: RegistryType;
}

export type EnvScope = 'user' | 'system';

/** A registry value that may also be a number: REG_DWORD data in decimal, as the port reads it. */
export interface RegistryDataState {
	type: RegistryType | 'REG_DWORD';
	data: string;
}

export type Change =
	/** A variable in the user's go env file, changed with `go env -w` / `go env -u`. */
	| {
			kind: 'go-env';
			key: string;
			/** The go env file, for display. */
			file: string;
			before: {set: boolean; value?: string};
			after: {set: boolean; value?: string};
	  }
	/** A Windows environment variable in HKCU or HKLM. `null` means the value is absent. */
	| {
			kind: 'registry-env';
			scope: EnvScope;
			name: string;
			before: RegistryValueState | null;
			after: RegistryValueState | null;
	  }
	/** PATH entries at one scope; the other entries stay byte-identical. */
	| {
			kind: 'path-entries';
			scope: EnvScope;
			/** The registry value name as stored (`Path` or `PATH`). */
			name: string;
			before: RegistryValueState;
			after: RegistryValueState;
			removed: string[];
			added: string[];
	  }
	/**
	 * Any other registry value (e.g. `HKLM\SYSTEM\CurrentControlSet\Control\FileSystem`
	 * `LongPathsEnabled`). HKLM needs admin. `null` means the value is absent.
	 */
	| {
			kind: 'registry-value';
			/** The key, e.g. `HKLM\SYSTEM\CurrentControlSet\Control\FileSystem`. */
			key: string;
			name: string;
			before: RegistryDataState | null;
			after: RegistryDataState | null;
	  }
	/**
	 * A line in a Unix shell profile. `null` line = absent. Removing or replacing a line finds
	 * it at `before.lineNumber` (1-based), or as the only line with that text. A new line with
	 * no `before.lineNumber` goes into a managed block marked `# >>> goenv-tui >>>`.
	 */
	| {
			kind: 'profile-line';
			file: string;
			before: {line: string | null; lineNumber?: number};
			after: {line: string | null};
	  }
	/**
	 * One key of a JSON-with-comments settings file (an editor's settings.json), changed in
	 * place: every other byte of the file, comments and formatting included, stays as it was.
	 * `raw` is the value as JSON text (`"C:\\Go"`); `null` means the key is absent.
	 */
	| {
			kind: 'json-setting';
			file: string;
			/** The key path: `['go.goroot']`, `['go.toolsEnvVars', 'GOROOT']`. */
			path: string[];
			before: {raw: string | null};
			after: {raw: string | null};
	  }
	/** A git config key at one scope. `null` = unset. */
	| {
			kind: 'git-config';
			scope: 'system' | 'global' | 'local';
			key: string;
			before: string | null;
			after: string | null;
			/** For `local`, the repository. */
			repo?: string;
	  }
	/** A whole file, with a backup copy taken before it is written. */
	| {
			kind: 'file';
			path: string;
			before: {exists: boolean; content?: string};
			after: {exists: boolean; content?: string};
	  }
	/** A Windows Defender path exclusion (needs admin). */
	| {kind: 'defender-exclusion'; path: string; action: 'add' | 'remove'}
	/**
	 * Erase one cached credential (Windows Credential Manager through `cmdkey /delete`, or
	 * every git helper through `git credential reject`). It cannot be undone: the person signs
	 * in again on the next fetch. Only the target and the user name are recorded, never a secret.
	 */
	| {
			kind: 'credential-erase';
			store: 'windows-credential-manager' | 'git-credential-store' | 'macos-keychain';
			target: string;
			host: string;
			user: string;
			/** The program (absolute path) and arguments that erase it. */
			argv: string[];
			/** Text for the program's standard input (`git credential reject` reads the description); never a secret. */
			stdin?: string;
	  }
	/** A folder a setting needs (e.g. a dedicated GOTMPDIR). Undo removes it only if it is empty. */
	| {kind: 'directory'; path: string; before: {exists: boolean}; after: {exists: boolean}}
	/** Run a command. Files it will replace are backed up first; some commands cannot be undone. */
	| {
			kind: 'command';
			argv: string[];
			cwd?: string;
			/** Files the command will overwrite; they are backed up so undo can restore them. */
			replaces: string[];
			irreversible: boolean;
			/** What the command does, in words. */
			description: string;
			/**
			 * What it changes, named for a person, for "what it touches" when that is more than the
			 * files it replaces (`the git index of /src/app`). Without it: the files it replaces,
			 * else the program. (Not the fact keys the handler's `touches` gives the re-check.)
			 */
			affects?: string[];
			/** The state before and after in words (`a.go, b.go: CRLF line endings`), when the check knows it. */
			state?: {before: string; after: string};
	  };

export interface Fix {
	/** Stable within its finding, e.g. `unset-go-env-file`. */
	id: string;
	title: string;
	/**
	 * The title as a message key and its parameters (`keyed('fix.unsetGoEnv.title', {name})`):
	 * what the undo journal keeps, so an entry reads in the language of whoever looks at it
	 * later. Without it the journal keeps `title` as written.
	 */
	titleText?: Text;
	/** A sentence on what the fix does, shown in the preview. */
	description?: string;
	changes: Change[];
	needsAdmin: boolean;
	/** False when any change cannot be taken back (erasing a credential). */
	reversible: boolean;
	/** Who must restart to see the change: new terminals, VS Code, ... */
	restartHint?: string;
	/** `restartHint` as a message key and parameters, for the journal (see `titleText`). */
	restartHintText?: Text;
	/**
	 * Set when the fix cannot be applied automatically here; the user is given these
	 * commands instead, in the syntax of their shell.
	 */
	manualCommands?: string[];
}
