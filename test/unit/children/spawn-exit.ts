// A program that starts a long-running child through the real spawner, waits until it runs,
// then exits without waiting for it: the spawner must kill the child on the way out.
import {existsSync} from 'node:fs';
import {runProcess} from '../../../source/system/spawn.js';

const [sh, pidFile] = process.argv.slice(2) as [string, string];
// The pid is written aside and renamed into place: the file must never be seen empty.
void runProcess(sh, ['-c', `echo $$ > '${pidFile}.part' && mv '${pidFile}.part' '${pidFile}'; exec sleep 60`], {env: {PATH: process.env.PATH ?? ''}, timeoutMs: 120_000});
const wait = setInterval(() => {
	if (existsSync(pidFile)) {
		clearInterval(wait);
		process.exit(0);
	}
}, 10);
