import {describe, expect, it} from 'vitest';
import {createRecorder} from '../../source/snapshot/record.js';
import {createReplaySystem} from '../../source/snapshot/replay.js';
import {createFakeSystem} from '../../source/system/fake-system.js';
import {deferred, settle} from '../helpers/deferred.js';

/**
 * Checks run at once, so the same question can be asked twice before either is answered
 * (two network checks each make a temp folder with the same prefix). A snapshot keeps the
 * answers in the order the questions were asked, so a replay hands each caller its own.
 */
describe('the snapshot recorder', () => {
	it('records concurrent identical calls in call order, whatever order they are answered in', async () => {
		const world = createFakeSystem({platform: 'linux'});
		const answers = [deferred<string>(), deferred<string>()];
		let n = 0;
		const sys = {...world, mkdtemp: () => answers[n++]!.promise};
		const recorder = createRecorder(sys);
		const first = recorder.sys.mkdtemp('goenv-tui-probe-');
		const second = recorder.sys.mkdtemp('goenv-tui-probe-');
		// Answered the other way round, as a thread pool may.
		answers[1]!.resolve('/tmp/goenv-tui-probe-B');
		await settle();
		answers[0]!.resolve('/tmp/goenv-tui-probe-A');
		expect([await first, await second]).toEqual(['/tmp/goenv-tui-probe-A', '/tmp/goenv-tui-probe-B']);

		const snapshot = recorder.snapshot();
		expect(snapshot.calls!.filter((call) => call.method === 'mkdtemp').map((call) => call.result)).toEqual(['/tmp/goenv-tui-probe-A', '/tmp/goenv-tui-probe-B']);
		const replay = createReplaySystem(snapshot);
		expect([await replay.mkdtemp('goenv-tui-probe-'), await replay.mkdtemp('goenv-tui-probe-')]).toEqual(['/tmp/goenv-tui-probe-A', '/tmp/goenv-tui-probe-B']);
	});

	it('keeps one copy of a question asked again with the same answer, and leaves out unanswered ones', async () => {
		const world = createFakeSystem({platform: 'linux', files: {'/etc/x': 'one'}});
		const pending = deferred<string | null>();
		const recorder = createRecorder({...world, readFile: (path: string) => (path === '/slow' ? pending.promise : world.readFile(path))});
		await recorder.sys.readFile('/etc/x');
		await recorder.sys.readFile('/etc/x');
		void recorder.sys.readFile('/slow');
		const calls = recorder.snapshot().calls!.filter((call) => call.method === 'readFile');
		expect(calls.map((call) => [call.args[0], call.result])).toEqual([['/etc/x', 'one']]);
	});
});
