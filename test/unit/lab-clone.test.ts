import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {clonePrefix, newFile, writtenShared} from '../../lab/clone.js';

const SHARED = ['drive_c/windows', 'drive_c/Program Files/Go', 'drive_c/lab/node.exe'];
let root: string | undefined;
afterEach(() => root && fs.rmSync(root, {recursive: true, force: true}));

function makeTemplate(): {template: string; target: string} {
	root = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-clone-'));
	const template = path.join(root, 'template');
	const files: Record<string, string> = {
		'user.reg': 'registry',
		'drive_c/windows/system32/reg.exe': 'reg',
		'drive_c/Program Files/Go/VERSION': 'go1.26.8',
		'drive_c/Program Files/Common Files/x': 'not shared',
		'drive_c/lab/node.exe': 'node',
		'drive_c/lab/app/bin/goenv-tui.js': 'app',
		'drive_c/users/root/AppData/Local/go-build/00/a': 'cache',
	};
	for (const [file, content] of Object.entries(files)) {
		fs.mkdirSync(path.dirname(path.join(template, file)), {recursive: true});
		fs.writeFileSync(path.join(template, file), content);
	}
	fs.mkdirSync(path.join(template, 'dosdevices'));
	fs.symlinkSync('../drive_c', path.join(template, 'dosdevices', 'c:'));
	return {template, target: path.join(root, 'copy', 'prefix')};
}

const inode = (file: string) => fs.statSync(file).ino;

describe("the lab's copies of the template prefix", () => {
	it('hard-links the shared parts and copies the rest, links included', () => {
		const {template, target} = makeTemplate();
		clonePrefix(template, target, SHARED);
		for (const file of ['drive_c/windows/system32/reg.exe', 'drive_c/Program Files/Go/VERSION', 'drive_c/lab/node.exe']) {
			expect(inode(path.join(target, file)), file).toBe(inode(path.join(template, file)));
		}
		for (const file of ['user.reg', 'drive_c/Program Files/Common Files/x', 'drive_c/lab/app/bin/goenv-tui.js', 'drive_c/users/root/AppData/Local/go-build/00/a']) {
			expect(inode(path.join(target, file)), file).not.toBe(inode(path.join(template, file)));
			expect(fs.readFileSync(path.join(target, file), 'utf8')).toBe(fs.readFileSync(path.join(template, file), 'utf8'));
		}
		expect(fs.readlinkSync(path.join(target, 'dosdevices', 'c:'))).toBe('../drive_c');
	});

	it('notices a write into a shared file, and newFile never writes through one', () => {
		const {template, target} = makeTemplate();
		clonePrefix(template, target, SHARED);
		const since = Date.now() + 1;
		const go = path.join(target, 'drive_c/Program Files/Go/VERSION');
		newFile(go, (file) => fs.writeFileSync(file, 'go1.20.14'));
		fs.utimesSync(go, new Date(since + 1000), new Date(since + 1000));
		expect(fs.readFileSync(path.join(template, 'drive_c/Program Files/Go/VERSION'), 'utf8')).toBe('go1.26.8');
		expect(writtenShared(target, SHARED, since)).toBeUndefined();

		const reg = path.join(target, 'drive_c/windows/system32/reg.exe');
		fs.appendFileSync(reg, 'changed in place');
		fs.utimesSync(reg, new Date(since + 1000), new Date(since + 1000));
		expect(writtenShared(target, SHARED, since)).toBe(path.join('drive_c', 'windows', 'system32', 'reg.exe'));
		expect(fs.readFileSync(path.join(template, 'drive_c/windows/system32/reg.exe'), 'utf8')).toBe('regchanged in place');
	});
});
