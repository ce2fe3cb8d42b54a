import {mkdtempSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {build} from 'esbuild';
import {ROOT} from './sandbox.js';

/**
 * Bundles a test child program (TypeScript importing the sources) into one file that plain
 * `node` runs, so a test can start it as a separate process: to kill it, or to run two at
 * once. The same recipe as the product bundle.
 */
export async function buildChild(entry: string): Promise<string> {
	const outdir = mkdtempSync(path.join(os.tmpdir(), 'goenv-tui-child-'));
	const outfile = path.join(outdir, `${path.basename(entry, '.ts')}.mjs`);
	await build({
		entryPoints: [path.join(ROOT, entry)],
		outfile,
		bundle: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		logLevel: 'warning',
		alias: {'react-devtools-core': path.join(ROOT, 'scripts/devtools-stub.js')},
		banner: {js: "import {createRequire as __childRequire} from 'node:module'; const require = __childRequire(import.meta.url);"},
	});
	return outfile;
}
