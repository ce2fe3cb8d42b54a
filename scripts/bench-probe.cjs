// Loaded with `node --require` into the program under benchmark (never into the product):
// counts every process it spawns and records its peak memory, written as JSON at exit to
// the file named by GOENV_TUI_BENCH_OUT.
'use strict';
const childProcess = require('node:child_process');
const {syncBuiltinESMExports} = require('node:module');
const fs = require('node:fs');
const path = require('node:path');

const spawned = [];
const original = childProcess.spawn;
childProcess.spawn = function (file, args, options) {
	spawned.push(path.basename(String(file)));
	return original.call(this, file, args, options);
};
syncBuiltinESMExports();

process.on('exit', () => {
	const out = process.env.GOENV_TUI_BENCH_OUT;
	if (out) fs.writeFileSync(out, JSON.stringify({spawned, maxRssKb: process.resourceUsage().maxRSS}));
});
