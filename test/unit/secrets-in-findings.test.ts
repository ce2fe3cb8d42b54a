import {describe, expect, it} from 'vitest';
import {Engine} from '../../source/engine/engine.js';
import type {Probe} from '../../source/engine/probe.js';
import {createTranslator} from '../../source/i18n/index.js';
import {jsonReport} from '../../source/report/json.js';
import {createFakeSystem} from '../../source/system/fake-system.js';

/**
 * A GOPROXY with a token in it is shown by checks that are not network checks (the toolchain
 * and go env file checks list GOPROXY too). The engine redacts every finding's words and
 * evidence, so no check can leak one by forgetting; a fix keeps the real value it writes
 * back, and the JSON report redacts it.
 */

const t = createTranslator('en');
const TOKEN = 'ghp_PLANTEDengineTOKENaaaaBBBBcccc4321';
const VALUE = `https://alice:${TOKEN}@mirror.example,direct`;

const leaky: Probe = {
	id: 'leaky',
	family: 'network',
	title: 'probe.goproxy.title',
	async run() {
		return {
			status: 'error',
			summary: `GOPROXY=${VALUE} fails`,
			why: `because ${VALUE}`,
			evidence: [
				{kind: 'go-env', title: 'settings', rows: [{name: 'GOPROXY', value: VALUE, source: 'go-env-file'}]},
				{kind: 'table', title: 'sessions', columns: [{key: 'session', label: 'session'}], rows: [{session: 'bash (pid 42)'}]},
			],
			fixes: [
				{
					id: 'set-goproxy',
					title: `Replace ${VALUE}`,
					description: `Replaces GOPROXY (${VALUE})`,
					changes: [{kind: 'go-env', key: 'GOPROXY', file: '/home/dev/.config/go/env', before: {set: true, value: VALUE}, after: {set: true, value: 'https://goproxy.cn,direct'}}],
					needsAdmin: false,
					reversible: true,
				},
			],
		};
	},
};

describe('secrets in findings', () => {
	it('are redacted from every word and evidence block by the engine; a fix keeps the value it must write back', async () => {
		const [finding] = await new Engine({probes: [leaky], sys: createFakeSystem(), t, scheduleFlush: (f) => f()}).run();
		const {fixes, ...shown} = finding!;
		expect(JSON.stringify(shown)).not.toContain(TOKEN);
		expect(finding!.summary).toBe('GOPROXY=https://alice:***@mirror.example,direct fails');
		expect(finding!.evidence[0]).toMatchObject({rows: [{value: 'https://alice:***@mirror.example,direct'}]});
		// Evidence is not redacted by the name of its columns: a session is not a secret.
		expect(finding!.evidence[1]).toMatchObject({rows: [{session: 'bash (pid 42)'}]});
		expect(fixes[0]!.title).not.toContain(TOKEN);
		expect(fixes[0]!.description).not.toContain(TOKEN);
		expect(fixes[0]!.changes[0]).toMatchObject({before: {set: true, value: VALUE}});

		const meta = {tool: {name: 'goenv-tui', version: '0'}, platform: {os: 'linux', arch: 'x64', release: '', node: ''}, lang: 'en' as const, elapsedMs: 1};
		const json = JSON.stringify(jsonReport([finding!], meta));
		expect(json).not.toContain(TOKEN);
		expect(json).toContain('https://alice:***@mirror.example,direct');
	});
});
