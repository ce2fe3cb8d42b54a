#!/usr/bin/env node
// The executable that `npx goenv-tui` runs: the bundle does the work.
import {run} from '../dist/cli.js';

await run();
// Exit once the output has been flushed (pipes are asynchronous on Windows), so a handle
// left open by a child process or the terminal can never keep us alive.
const code = process.exitCode ?? 0;
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
