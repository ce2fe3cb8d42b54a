import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {Engine} from '../../source/engine/engine.js';
import type {GoInstall, RunningGo} from '../../source/facts/go-installs.js';
import type {SettingOrigin} from '../../source/facts/go-settings.js';
import {applyFix, listJournal, previewFix} from '../../source/fixes/index.js';
import {fixesToRemoveSetting} from '../../source/fixes/setting-fixes.js';
import {upgradeGoFix} from '../../source/fixes/upgrade-go.js';
import {createTranslator} from '../../source/i18n/index.js';
import {renderText} from '../../source/i18n/text.js';
import type {Fix} from '../../source/model/fix.js';
import {PROBES} from '../../source/probes/index.js';
import {createFakeSystem} from '../../source/system/fake-system.js';
import {fixWorld} from '../helpers/fixes.js';

/**
 * A fix's restart hint (and title) is kept by message key, so the journal and the report show
 * it in the language of whoever looks, not the one it was made in: applied in English, the
 * journal read in Chinese says the hint in Chinese, and back.
 */

const en = createTranslator('en');
const zh = createTranslator('zh-CN');
const HOME = '/home/dev';
const CODE = `${HOME}/.config/Code/User/settings.json`;

/** Both languages from the kept keys; each differs from the other, and matches the catalogue. */
function bothLanguages(fix: Fix): {en: string; zh: string} {
	expect(fix.restartHintText, `${fix.id} keeps its restart hint by key`).toBeDefined();
	expect(fix.titleText, `${fix.id} keeps its title by key`).toBeDefined();
	const text = {en: renderText(en, fix.restartHintText!), zh: renderText(zh, fix.restartHintText!)};
	expect(text.en).toBe(fix.restartHint);
	expect(text.zh).not.toBe(text.en);
	return text;
}

describe('restart hints kept by key', () => {
	it('editor-go: applied in English, the journal entry read in zh-CN gives the hint in Chinese, and in English again', async () => {
		const sys = createFakeSystem({
			platform: 'linux',
			home: HOME,
			cwd: `${HOME}/proj`,
			env: {PATH: '/usr/local/go/bin:/usr/bin', HOME},
			files: {'/usr/local/go/bin/go': {file: 'ELF', mode: 0o755}, '/usr/local/go/VERSION': 'go1.26.8\n', [`${HOME}/proj`]: {dir: true}, [CODE]: '{\n  "go.goroot": "/usr/lib/go-1.19"\n}\n'},
		});
		sys.addCommand({file: '/usr/local/go/bin/go', args: ['env', '-json'], answer: {stdout: JSON.stringify({GOROOT: '/usr/local/go', GOVERSION: 'go1.26.8', GOPATH: `${HOME}/go`, GOTOOLCHAIN: 'auto'})}});
		const finding = (await new Engine({probes: PROBES, sys, t: en, scheduleFlush: (f) => f()}).run(['editor-go']))[0]!;
		expect(finding.fixes.length).toBeGreaterThan(0);
		for (const fix of finding.fixes) expect(bothLanguages(fix)).toEqual({en: 'Reload the editor window to pick this up.', zh: '重新加载编辑器窗口后生效。'});

		const world = fixWorld(sys);
		try {
			expect((await applyFix(world.services, await previewFix(world.services, finding, 'point-code-go.goroot'))).status).toBe('applied');
			const read = async (t: typeof en) => (await listJournal({...world.services, t})).entries[0]!;
			const inChinese = await read(zh);
			expect(inChinese.restartHint).toBe('重新加载编辑器窗口后生效。');
			expect(inChinese.title).not.toBe(finding.fixes[0]!.title);
			expect((await read(en)).restartHint).toBe('Reload the editor window to pick this up.');
		} finally {
			world.cleanup();
		}
	});

	it('upgrade-go (run by us, and by hand) and unset-every-layer keep theirs by key too', () => {
		const root = '/opt/homebrew/Cellar/go/1.26.8/libexec';
		const install: GoInstall = {root, go: `${root}/bin/go`, version: 'go1.26.8', versionFrom: 'VERSION', origin: 'homebrew', markers: [], place: root, resolved: root};
		const running = (origin: GoInstall['origin'], at: string): RunningGo => ({go: `${at}/bin/go`, binary: `${at}/bin/go`, origin, install: {...install, root: at, origin}, shim: null, markers: []});
		const sys = createFakeSystem({platform: 'darwin', home: '/Users/dev'});
		const upgrade = (r: RunningGo | null) => upgradeGoFix({sys, t: en, shell: 'posix', running: r, target: '1.26.11', current: '1.26.8', goos: 'darwin', goarch: 'arm64'})!;
		for (const fix of [upgrade(running('homebrew', root)), upgrade(running('tarball', '/usr/local/go')), upgrade(null)]) {
			expect(bothLanguages(fix)).toEqual({en: en('fix.restart.newTerminal'), zh: zh('fix.restart.newTerminal')});
		}

		const origin: SettingOrigin = {
			name: 'GO111MODULE',
			value: 'off',
			source: 'shell-profile',
			osValue: 'off',
			fileValue: 'off',
			file: {path: `${HOME}/.config/go/env`, line: 1, content: 'GO111MODULE=off\n'},
			profileLines: [{file: `${HOME}/.bashrc`, lineNumber: 3, line: 'export GO111MODULE=off', name: 'GO111MODULE', value: 'off'}],
		};
		const every = fixesToRemoveSetting(origin, {t: en, platform: 'linux'}).find((f) => f.id === 'unset-every-layer')!;
		expect(bothLanguages(every)).toEqual({en: en('fix.restart.newShell'), zh: zh('fix.restart.newShell')});
	});

	it('no fix in the source stores a translated restart hint as plain text', () => {
		const root = path.join(import.meta.dirname, '../../source');
		const files = readdirSync(root, {recursive: true, encoding: 'utf8'}).filter((f) => f.endsWith('.ts'));
		// restartHintOf itself makes the text beside its key.
		const plain = files.filter((file) => file !== path.join('i18n', 'text.ts') && /restartHint:\s*t\(/.test(readFileSync(path.join(root, file), 'utf8')));
		expect(plain).toEqual([]);
	});
});
