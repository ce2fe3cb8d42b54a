import {describe, expect, it} from 'vitest';
import {journalFolder} from '../../source/journal/journal.js';
import {historyPath} from '../../source/repl/history.js';
import {reportsFolder} from '../../source/report/destination.js';
import {loadSuppressionStore} from '../../source/suppressions/conf-store.js';
import {configFolder} from '../../source/system/config-folder.js';
import {createFakeSystem} from '../../source/system/fake-system.js';

/** One rule for goenv-tui's own folder, read through the System: the journal, the suppressions, the reports and the REPL's history sit side by side. */
describe('the config folder', () => {
	it.each([
		['linux', {HOME: '/home/jane'}, '/home/jane/.config/goenv-tui'],
		['linux', {HOME: '/home/jane', XDG_CONFIG_HOME: '/cfg'}, '/cfg/goenv-tui'],
		['darwin', {HOME: '/Users/jane'}, '/Users/jane/Library/Preferences/goenv-tui'],
		['win32', {USERPROFILE: 'C:\\Users\\张三', APPDATA: 'C:\\Users\\张三\\AppData\\Roaming'}, 'C:\\Users\\张三\\AppData\\Roaming\\goenv-tui\\Config'],
		['win32', {USERPROFILE: 'C:\\Users\\jane'}, 'C:\\Users\\jane\\AppData\\Roaming\\goenv-tui\\Config'],
	] as const)('on %s with %o is %s, for the journal, the suppressions, the reports and the REPL history alike', async (platform, env, folder) => {
		const sys = createFakeSystem({platform, env: {...env}});
		expect(configFolder(sys)).toBe(folder);
		expect(journalFolder(sys)).toBe(folder);
		const store = await loadSuppressionStore(sys);
		expect(sys.path.dirname(store!.location)).toBe(folder);
		expect(reportsFolder(sys)).toBe(sys.path.join(folder, 'reports'));
		expect(sys.path.dirname(historyPath(sys))).toBe(folder);
	});
});
