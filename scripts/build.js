// Builds the bundle the package ships: dist/cli.js and the chunks each mode loads lazily.
// Recipe and its workarounds: see the README's "Building" section.
import {build} from 'esbuild';
import {existsSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {buildOptions} from './build-options.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
rmSync(path.join(root, 'dist'), {recursive: true, force: true});
const result = await build({...buildOptions(), metafile: true});
writeFileSync(path.join(root, 'dist', 'THIRD-PARTY-NOTICES.txt'), notices(result.metafile));

/**
 * The bundle contains other people's code (Ink, React, yoga-layout, conf, ...); their
 * licences ask that the notices travel with it. One file lists every package whose code
 * ended up in dist/, with its licence text.
 */
function notices(metafile) {
	const packages = new Map();
	for (const output of Object.values(metafile.outputs)) {
		for (const input of Object.keys(output.inputs)) {
			const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
			if (!match) continue;
			const dir = path.join(root, input.slice(0, match.index + match[0].length));
			if (!packages.has(dir)) packages.set(dir, match[1]);
		}
	}
	// Packages whose licence text is the same to the letter (one author's MIT notice) share one
	// copy of it, each still named with its version and licence: the package stays small.
	const byText = new Map();
	for (const [dir] of [...packages.entries()].sort((a, b) => a[1].localeCompare(b[1]))) {
		const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
		const licenceFile = existsSync(dir) ? readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name)) : undefined;
		const text = licenceFile ? readFileSync(path.join(dir, licenceFile), 'utf8').trim() : `License: ${pkg.license ?? 'see the package'}`;
		byText.set(text, [...(byText.get(text) ?? []), `${pkg.name} ${pkg.version} (${pkg.license ?? 'unknown'})`]);
	}
	const sections = [...byText.entries()].map(([text, names]) => `${names.join('\n')}\n\n${text}\n`);
	return `goenv-tui bundles the following packages.\n\n${sections.join('\n' + '-'.repeat(72) + '\n\n')}`;
}
