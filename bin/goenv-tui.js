#!/usr/bin/env node
// The executable that `npx goenv-tui` runs: the bundle does the work, and ends the process
// once the output is flushed (source/cli.ts `start`).
import {start} from '../dist/cli.js';

await start();
