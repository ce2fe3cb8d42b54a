// Builds the one-file bundle that the package ships (plus a lazily loaded chunk for the
// interactive UI). Recipe and its workarounds: see the README's "Building" section.
import {build} from 'esbuild';
import {readFileSync, rmSync} from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
rmSync(new URL('../dist', import.meta.url), {recursive: true, force: true});

await build({
	entryPoints: {cli: 'source/cli.ts'},
	outdir: 'dist',
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	minify: true,
	legalComments: 'none',
	logLevel: 'warning',
	alias: {'react-devtools-core': './scripts/devtools-stub.js'},
	define: {
		'process.env.NODE_ENV': '"production"',
		__GOENV_TUI_VERSION__: JSON.stringify(pkg.version),
	},
	// CommonJS dependencies call require() for Node built-ins; ESM has no require.
	banner: {js: "import {createRequire as __goenvCreateRequire} from 'node:module'; const require = __goenvCreateRequire(import.meta.url);"},
});
