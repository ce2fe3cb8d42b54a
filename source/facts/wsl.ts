import type {Facts} from './facts.js';
import type {System} from '../system/types.js';

/**
 * Whether this Linux is a WSL distribution, read from files and the environment (nothing is
 * run): `WSL_DISTRO_NAME` (set by WSL's init), the kernel release (`…-Microsoft` on WSL 1,
 * `…-microsoft-standard-WSL2` on WSL 2), `WSL_INTEROP` (WSL 2's interop socket), and the
 * drive mount root from `/etc/wsl.conf` (`[automount] root`, `/mnt/` by default).
 * Sources: go-installs-and-editors.md §4 (MicrosoftDocs/WSL wsl-config.md, microsoft/WSL#423).
 */

export interface WslFact {
	inside: boolean;
	/** 1 or 2, when the kernel release says. */
	version: 1 | 2 | null;
	distro: string | null;
	/** Windows programs can be started from here (WSL_INTEROP, or WSL 1 which always can). */
	interop: boolean;
	/** Where the Windows drives are mounted, with no trailing slash: `/mnt`. */
	mountRoot: string;
	/** What told us, for evidence. */
	from: string[];
}

const NOT_WSL: WslFact = {inside: false, version: null, distro: null, interop: false, mountRoot: '/mnt', from: []};

/** `[automount]` → `root = /windir/` in wsl.conf (INI); `/mnt` when unset. */
export function mountRootOf(conf: string | null): string {
	let section = '';
	for (const raw of (conf ?? '').split(/\r?\n/)) {
		const line = raw.replace(/[#;].*$/, '').trim();
		const header = /^\[(.+)\]$/.exec(line);
		if (header) {
			section = header[1]!.trim().toLowerCase();
			continue;
		}
		const m = /^root\s*=\s*"?([^"]+?)"?\s*$/.exec(line);
		if (section === 'automount' && m && m[1]!.startsWith('/')) return m[1]!.replace(/\/+$/, '') || '/';
	}
	return '/mnt';
}

export function wslFacts(facts: Facts): Promise<WslFact> {
	return facts.once('wsl', async () => {
		const {sys} = facts;
		if (sys.platform !== 'linux') return NOT_WSL;
		const distro = sys.getenv('WSL_DISTRO_NAME') || null;
		const release = (await sys.readFile('/proc/sys/kernel/osrelease').catch(() => null))?.trim() ?? '';
		const kernel = /microsoft/i.test(release);
		if (!distro && !kernel) return NOT_WSL;
		const version = /WSL2|microsoft-standard/i.test(release) ? 2 : /Microsoft/.test(release) ? 1 : sys.getenv('WSL_INTEROP') ? 2 : null;
		const conf = await sys.readFile('/etc/wsl.conf').catch(() => null);
		return {
			inside: true,
			version,
			distro,
			interop: Boolean(sys.getenv('WSL_INTEROP')) || version === 1,
			mountRoot: mountRootOf(conf),
			from: [...(distro ? [`WSL_DISTRO_NAME=${distro}`] : []), ...(release ? [`/proc/sys/kernel/osrelease: ${release}`] : [])],
		};
	});
}

/** True when `folder` is on a Windows drive mounted into WSL (`/mnt/c/...`): file access goes through 9P. */
export function onWindowsDrive(sys: Pick<System, 'path'>, wsl: WslFact, folder: string): boolean {
	if (!wsl.inside || folder === '') return false;
	const relative = sys.path.posix.relative(wsl.mountRoot, folder);
	return !relative.startsWith('..') && /^[a-z](?:\/|$)/i.test(relative);
}
