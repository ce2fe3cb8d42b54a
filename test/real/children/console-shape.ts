// Prints (on stderr: stdout may be the file under test) whether this process's standard
// streams have the shape of mintty without ConPTY, on the platform named in argv.
import {minttyPipes} from '../../../source/system/console-shape.js';

process.stderr.write(String(minttyPipes({stdin: process.stdin, stdout: process.stdout, env: process.env}, process.argv[2] ?? process.platform)));
