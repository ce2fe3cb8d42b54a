import type {CommandFact, Facts} from './facts.js';
import {commandHits, guessShell, type LookupShell} from './path-model.js';

/** Files Node cannot start directly: their version is not asked. */
const SCRIPT = /\.(bat|cmd|ps1)$/i;

export interface GoVersionsOnPath {
	/** Per distinct file (a symlink to the same go is the same go): its `go1.x.y`, null when not known. */
	versions: Map<string, string | null>;
	/** The gos that could not say their version, with the command that tried. */
	cannotStart: Map<string, CommandFact>;
}

/**
 * The version of every `go` on PATH, keyed by the resolved file. The go that runs is not
 * asked again: its version is GOVERSION from `go env -json`. Each other go is asked once per
 * run (`go version`, memoised), however many checks show it.
 */
export function goVersionsOnPath(facts: Facts, shell: LookupShell = guessShell(facts.sys)): Promise<GoVersionsOnPath> {
	return facts.once(`go-versions-on-path:${shell}`, async () => {
		const {sys} = facts;
		const [candidates, hits, goEnv] = await Promise.all([facts.goCandidates(), commandHits(facts, 'go', shell), facts.goEnv()]);
		const versions = new Map<string, string | null>();
		const cannotStart = new Map<string, CommandFact>();
		const runs = candidates[0] ?? hits[0]?.file;
		if (!runs) return {versions, cannotStart};
		const winnerVersion = goEnv?.ok ? (goEnv.values.GOVERSION ?? null) : null;
		// Asked only when another file is on PATH (a replayed snapshot holds just what was asked).
		let runsResolved: Promise<string | null> | undefined;
		await Promise.all(
			hits.map(async (hit) => {
				if (versions.has(hit.resolved)) return;
				versions.set(hit.resolved, null);
				if (hit.file === runs || hit.resolved === (await (runsResolved ??= sys.realpath(runs)))) {
					versions.set(hit.resolved, winnerVersion);
				} else if (!SCRIPT.test(hit.file)) {
					const {version, command} = await facts.goVersion(hit.file);
					versions.set(hit.resolved, version);
					if (!version) cannotStart.set(hit.resolved, command);
				}
			}),
		);
		return {versions, cannotStart};
	});
}
