import fs from 'node:fs';
import {KNOWN_GO_ENV} from '../facts/go-known-env.js';
import {pathModel} from '../facts/path-model.js';
import type {CompletionData} from './complete.js';
import {layersHere, PROXY_VARIABLES} from './layers.js';
import type {Session} from './session.js';

/** What Tab completes from: the session's findings and fixes, the journal, settings, layers, PATH. */
export async function completionData(session: Session): Promise<CompletionData> {
	const {sys} = session;
	const [entries, model] = await Promise.all([
		session
			.openJournal()
			.then((journal) => journal.read())
			.then(({data}) => data.entries.map((e) => String(e.id)).reverse())
			.catch(() => [] as string[]),
		pathModel(session.freshFacts()).catch(() => undefined),
	]);
	const goEnv = await session.freshFacts().goEnv().catch(() => null);
	return {
		findings: session.checkIds(),
		fixesOf: (id) => session.finding(id)?.fixes.map((fix) => fix.id) ?? [],
		entries,
		settings: [...new Set([...KNOWN_GO_ENV, ...Object.keys(goEnv?.ok ? goEnv.values : {}), ...PROXY_VARIABLES.filter((n) => n === n.toUpperCase())])],
		layers: layersHere(sys.platform, Boolean(sys.getenv('MSYSTEM'))),
		pathEntries: model?.entries.map((e) => e.raw).filter((raw) => raw !== '') ?? [],
		files: (typed) => listFolder(sys.path, typed),
		caseInsensitive: sys.platform === 'win32',
	};
}

/** Names in the folder a typed path points into, as paths (folders end with a separator). */
function listFolder(p: typeof import('node:path').posix, typed: string): string[] {
	const cut = Math.max(typed.lastIndexOf('/'), typed.lastIndexOf(p.sep));
	const folder = cut < 0 ? '.' : typed.slice(0, cut + 1) || p.sep;
	try {
		return fs.readdirSync(folder, {withFileTypes: true}).map((d) => (cut < 0 ? '' : typed.slice(0, cut + 1)) + d.name + (d.isDirectory() ? p.sep : ''));
	} catch {
		return [];
	}
}

