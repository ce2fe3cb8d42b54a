// Loaded with `node --require` into the program under measurement (never into the product):
// records every process it starts (program, arguments, folder) and its peak memory, written
// as JSON at exit to the file named by GOENV_TUI_BENCH_OUT. Used by `npm run bench` and by
// the spawn-budget test.
'use strict';
const childProcess = require('node:child_process');
const {syncBuiltinESMExports} = require('node:module');
const fs = require('node:fs');

const spawned = [];
const record = (file, args, options) => spawned.push({file: String(file), args: Array.isArray(args) ? args.map(String) : [], cwd: options && options.cwd ? String(options.cwd) : process.cwd()});
for (const name of ['spawn', 'spawnSync', 'execFile', 'execFileSync', 'fork']) {
	const original = childProcess[name];
	childProcess[name] = function (file, args, options) {
		record(file, args, Array.isArray(args) ? options : args);
		return original.apply(this, arguments);
	};
}
for (const name of ['exec', 'execSync']) {
	const original = childProcess[name];
	childProcess[name] = function (command, options) {
		record('(shell)', [String(command)], options);
		return original.apply(this, arguments);
	};
}
syncBuiltinESMExports();

process.on('exit', () => {
	const out = process.env.GOENV_TUI_BENCH_OUT;
	if (out) fs.writeFileSync(out, JSON.stringify({spawned, maxRssKb: process.resourceUsage().maxRSS}));
});
