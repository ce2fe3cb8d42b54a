// Builds the bundle the package ships: dist/cli.js and the chunks each mode loads lazily.
// Recipe and its workarounds: see the README's "Building" section.
import {build} from 'esbuild';
import {rmSync} from 'node:fs';
import {buildOptions} from './build-options.js';

rmSync(new URL('../dist', import.meta.url), {recursive: true, force: true});
await build(buildOptions());
