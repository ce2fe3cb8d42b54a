// The esbuild options of the published bundle, shared by `npm run build` and by the tests
// that check what each mode loads (they build the same thing into a temp folder, with a
// metafile). The recipe and its workarounds: README, "Building".
import {readFileSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const stub = fileURLToPath(new URL('./devtools-stub.js', import.meta.url));

/**
 * Ink imports its devtools module (which pulls in the `ws` WebSocket library) when DEV=true.
 * The bundle never connects to React devtools, so that module is replaced by an empty one
 * rather than shipped: the package stays smaller and DEV=true does nothing.
 */
const inkDevtools = {
	name: 'ink-devtools',
	setup(build) {
		build.onResolve({filter: /^\.\/devtools\.js$/}, (args) => (/[\\/]node_modules[\\/]ink[\\/]build[\\/]/.test(args.importer) ? {path: stub} : undefined));
	},
};

/**
 * yoga-layout (Ink's layout engine) embeds its WebAssembly as base64 and, like any Emscripten
 * module, loads it with fetch('data:…') wherever a global fetch exists. In Node that loads
 * undici and decodes the data URL through it: measured at about 30 ms before Ink can draw.
 * Where fetch does not exist, the same loader decodes the base64 itself. The bundle takes
 * that path. The build stops if the loader no longer reads as expected (a yoga upgrade), so
 * the patch can never silently stop applying, or apply to something else.
 */
const yogaWithoutFetch = {
	name: 'yoga-without-fetch',
	setup(build) {
		build.onLoad({filter: /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/}, async (args) => {
			const source = await readFile(args.path, 'utf8');
			const test = '"function"!=typeof fetch';
			const count = source.split(test).length - 1;
			if (count !== 2) throw new Error(`yoga-layout's wasm loader changed (${count} fetch tests, expected 2): review the yoga-without-fetch patch in scripts/build-options.js`);
			return {contents: source.replaceAll(test, 'true'), loader: 'js'};
		});
	},
};

/**
 * Ink and its helpers (cli-truncate, widest-line, wrap-ansi) measure every piece of text with
 * string-width, whose set-up (an Intl.Segmenter and Unicode property regexes compiled at first
 * use) costs more than drawing a whole frame. In the bundle they get string-width's interface
 * over cellWidth (source/layout/width.ts): the same answers (a test compares the two on
 * every character cellWidth measures itself), string-width itself for anything else. Only
 * width.ts, which is that fallback, imports the real package.
 */
const widthForInk = {
	name: 'width-for-ink',
	setup(build) {
		const own = path.join(root, 'source', 'layout', 'width.ts');
		const compat = path.join(root, 'source', 'ink', 'string-width-compat.ts');
		build.onResolve({filter: /^string-width$/}, (args) => (args.importer === own ? undefined : {path: compat}));
	},
};

/**
 * Ink goes back to the start of a line with "cursor to column 1" (CSI G, from ansi-escapes:
 * `cursorLeft`, `cursorTo(0)`, the end of `eraseLines`) after it erases the previous frame.
 * Wine's console loses its row after that sequence: the header's right half and whole earlier
 * frames were left on screen (the lab's terminal scenario showed it; a carriage return in its
 * place did not). A carriage return does the same in every terminal, so the bundle's
 * ansi-escapes writes one there. The build stops if the file no longer reads as expected.
 */
const carriageReturnForInk = {
	name: 'carriage-return-for-ink',
	setup(build) {
		build.onLoad({filter: /[\\/]ansi-escapes[\\/]base\.js$/}, async (args) => {
			const source = await readFile(args.path, 'utf8');
			const left = "export const cursorLeft = ESC + 'G';";
			const to = "return ESC + (x + 1) + 'G';";
			if (!source.includes(left) || !source.includes(to)) throw new Error('ansi-escapes changed: review the carriage-return-for-ink patch in scripts/build-options.js');
			return {contents: source.replace(left, "export const cursorLeft = '\\r';").replace(to, "return x === 0 ? '\\r' : ESC + (x + 1) + 'G';"), loader: 'js'};
		});
	},
};

/** @returns {import('esbuild').BuildOptions} */
export function buildOptions({outdir = 'dist', metafile = false} = {}) {
	return {
		absWorkingDir: root,
		entryPoints: {cli: 'source/cli.ts'},
		outdir,
		bundle: true,
		// Modes load what they need: Ink and React only for the live checklist, the checks only
		// when a command runs them (see the lazy imports in source/commands/).
		splitting: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		minify: true,
		// The Chinese catalogue as UTF-8, not \u escapes: a third of the size.
		charset: 'utf8',
		legalComments: 'none',
		logLevel: 'warning',
		metafile,
		alias: {'react-devtools-core': './scripts/devtools-stub.js'},
		plugins: [inkDevtools, yogaWithoutFetch, widthForInk, carriageReturnForInk],
		define: {
			'process.env.NODE_ENV': '"production"',
			__GOENV_TUI_VERSION__: JSON.stringify(pkg.version),
		},
		// CommonJS dependencies call require() for Node built-ins; ESM has no require.
		banner: {js: "import {createRequire as __goenvCreateRequire} from 'node:module'; const require = __goenvCreateRequire(import.meta.url);"},
	};
}
