// A program that starts a long-running child through the real spawner, waits until it runs,
// then exits without waiting for it: the spawner must kill the child's tree on the way out.
import {existsSync} from 'node:fs';
import {runProcess} from '../../../source/system/spawn.js';

const [sh, pidFile] = process.argv.slice(2) as [string, string];
// The pid is written aside and renamed into place: the file must never be seen empty.
// The child is a wrapper whose own child hangs: the grandchild's pid is the one written, and
// it must end too (the whole process tree, not only the program started).
void runProcess(sh, ['-c', `sleep 60 & echo $! > '${pidFile}.part' && mv '${pidFile}.part' '${pidFile}'; wait`], {env: {PATH: process.env.PATH ?? ''}, timeoutMs: 120_000});
const wait = setInterval(() => {
	if (existsSync(pidFile)) {
		clearInterval(wait);
		process.exit(0);
	}
}, 10);
