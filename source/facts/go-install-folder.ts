import type {Facts} from './facts.js';
import {folderKey} from './path-model.js';
import {registryEnvironment} from './windows-env.js';

/**
 * The folder `go install` writes to: GOBIN, else the first GOPATH entry's `bin` (GOPATH's
 * default is the home folder's `go`). The Go installer puts `%USERPROFILE%\go\bin` on the
 * user Path before that folder exists: the first `go install` creates it. So it belongs on
 * PATH whether or not it exists yet, and no PATH clean-up may take it away.
 *
 * Asked of the go that runs (`go env`), and on Windows also of the registry as a new terminal
 * composes it (GOBIN, GOPATH there), since that is the PATH a fix edits. Without go, Go's own
 * default. Returns comparison keys (folderKey) with the folders as written.
 */
export function goInstallFolders(facts: Facts): Promise<Array<{folder: string; key: string}>> {
	return facts.once('go-install-folders', async () => {
		const {sys} = facts;
		const delimiter = sys.platform === 'win32' ? ';' : ':';
		const folderOf = (gobin: string | undefined, gopath: string | undefined): string | null => {
			if (gobin) return gobin;
			const first = (gopath ?? '').split(delimiter).find((entry) => entry !== '');
			return first ? sys.path.join(first, 'bin') : null;
		};
		const candidates: Array<string | null> = [];
		const goEnv = await facts.goEnv().catch(() => null);
		if (goEnv?.ok) candidates.push(folderOf(goEnv.values.GOBIN, goEnv.values.GOPATH));
		else {
			const home = sys.platform === 'win32' ? sys.getenv('USERPROFILE') : sys.getenv('HOME');
			candidates.push(folderOf(sys.getenv('GOBIN'), sys.getenv('GOPATH') || (home ? sys.path.join(home, 'go') : undefined)));
		}
		const registry = await registryEnvironment(facts).catch(() => null);
		if (registry?.available) {
			const composed = (name: string) => registry.variables.get(name)?.value;
			const home = composed('USERPROFILE');
			candidates.push(folderOf(composed('GOBIN'), composed('GOPATH') ?? (home ? sys.path.join(home, 'go') : undefined)));
		}
		const seen = new Set<string>();
		return candidates.flatMap((folder) => {
			if (!folder || !sys.path.isAbsolute(folder)) return [];
			const key = folderKey(sys, folder);
			if (seen.has(key)) return [];
			seen.add(key);
			return [{folder, key}];
		});
	});
}
