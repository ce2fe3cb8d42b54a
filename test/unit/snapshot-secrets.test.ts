import {describe, expect, it} from 'vitest';
import {ourJson} from '../helpers/json-contract.js';
import {Engine} from '../../source/engine/engine.js';
import {createTranslator} from '../../source/i18n/index.js';
import type {Finding} from '../../source/model/finding.js';
import {PROBES} from '../../source/probes/index.js';
import {createRecorder} from '../../source/snapshot/record.js';
import {createReplaySystem} from '../../source/snapshot/replay.js';
import type {SnapshotFile} from '../../source/snapshot/format.js';
import type {System} from '../../source/system/types.js';
import {defaultGoEnv, goWorld} from '../helpers/worlds.js';
import {withoutTimings} from '../helpers/comparable.js';

/** Secrets planted where real machines keep them. None may reach a snapshot. */
const PLANTED = {
	githubToken: 'ghp_plantedTOKEN0123456789abcdefABCDEF',
	gitlabToken: 'glpat-planted_gitlab_0123456789',
	ciToken: 'plainCiTokenWithNoPrefix42',
	servicePassword: 'hunter2-planted-password',
	proxyPassword: 'proxy-pass-planted',
	goproxyPassword: 'goproxy-pass-planted',
	bearer: 'bearerPlantedValue0123456789',
	netrc: 'netrc-planted-secret',
	credentialFile: 'credfile-planted-secret',
	askedByName: 'asked-by-name-planted',
	profileToken: 'profileTokenWithNoPrefix42',
	profileApiKey: 'profile-api-key-planted',
};

async function run(sys: System): Promise<Finding[]> {
	const engine = new Engine({probes: PROBES, sys, t: createTranslator('en'), scheduleFlush: () => {}});
	await engine.run();
	return withoutTimings(engine.findings());
}

describe('a snapshot never contains credential secrets', () => {
	it('drops planted secrets from env values, URLs, go env output, the go env file, shell profiles, git config, .git-credentials and .netrc', async () => {
		const goproxy = `https://builder:${PLANTED.goproxyPassword}@goproxy.corp.example,direct`;
		const world = goWorld({
			platform: 'linux',
			env: {
				GITHUB_TOKEN: PLANTED.githubToken,
				CI_JOB_TOKEN: PLANTED.ciToken,
				MY_SERVICE_PASSWORD: PLANTED.servicePassword,
				HTTPS_PROXY: `http://jane:${PLANTED.proxyPassword}@proxy.example.com:3128`,
				GOPROXY: goproxy,
				SERVICE_API_KEY: PLANTED.askedByName,
			},
			goEnv: defaultGoEnv('linux', {GOPROXY: goproxy}),
			files: {
				'/home/dev/.config/go/env': `GOPROXY=${goproxy}\nGOPRIVATE=git.corp.example\n`,
				'/home/dev/.git-credentials': `https://jane:${PLANTED.credentialFile}@git.corp.example\nhttps://${PLANTED.githubToken}@github.com\n`,
				'/home/dev/.netrc': `machine git.corp.example\n  login jane\n  password ${PLANTED.netrc}\nmachine other.example login bob password ${PLANTED.netrc}2\n`,
				// The profile checks read whole files: what else people export there comes along.
				'/home/dev/.bashrc': `export GOPATH=$HOME/go\nexport GITHUB_TOKEN=${PLANTED.profileToken}\nexport OPENAI_API_KEY="${PLANTED.profileApiKey}"\n`,
			},
		});
		world.addCommand({
			file: '/usr/bin/git',
			args: ['config', '--list', '--show-origin'],
			answer: {
				stdout: [
					'file:/home/dev/.gitconfig\tuser.name=Jane Dev',
					`file:/home/dev/.gitconfig\thttp.https://git.corp.example/.extraheader=AUTHORIZATION: bearer ${PLANTED.bearer}`,
					`file:/home/dev/.gitconfig\turl.https://oauth2:${PLANTED.gitlabToken}@gitlab.example.com/.insteadof=https://gitlab.example.com/`,
					'file:/home/dev/.gitconfig\tcredential.helper=store',
				].join('\n'),
			},
		});
		const recorder = createRecorder(world);
		await run(recorder.sys);
		// What the git and credential checks read (issue 4), through the same port.
		await recorder.sys.exec({file: '/usr/bin/git', args: ['config', '--list', '--show-origin'], timeoutMs: 1000});
		await recorder.sys.readFile('/home/dev/.git-credentials');
		await recorder.sys.readFile('/home/dev/.netrc');
		expect(recorder.sys.getenv('SERVICE_API_KEY')).toBe(PLANTED.askedByName);

		const text = JSON.stringify(recorder.snapshot());
		for (const [name, secret] of Object.entries(PLANTED)) expect(text, name).not.toContain(secret);
		// What is needed to diagnose stays: hosts, users, that a credential was there.
		for (const kept of ['proxy.example.com:3128', 'builder:***@goproxy.corp.example', 'jane:***@git.corp.example', 'credential.helper=store', 'login jane', 'GOPRIVATE=git.corp.example', 'export GOPATH=$HOME/go']) {
			expect(text).toContain(kept);
		}
	});

	it('keeps of a parent process only its program and whether it runs one command (-c), whatever secret its arguments hold', async () => {
		const world = goWorld({
			platform: 'linux',
			files: {
				'/proc/101/cmdline': 'bash\0-c\0mysql -u root -pMysqlPlanted1 && sshpass -p SshpassPlanted2 ssh host\0',
				'/proc/102/cmdline': '/usr/bin/node\0server.js\0--connection-secret-file\0NoPatternPlanted3\0',
			},
		});
		const recorder = createRecorder(world);
		await recorder.sys.readFile('/proc/101/cmdline');
		await recorder.sys.readFile('/proc/102/cmdline');
		const snapshot = recorder.snapshot();
		const text = JSON.stringify(snapshot);
		for (const secret of ['MysqlPlanted1', 'SshpassPlanted2', 'NoPatternPlanted3']) expect(text).not.toContain(secret);
		const replay = createReplaySystem(ourJson('snapshot', text) as SnapshotFile);
		expect(await replay.readFile('/proc/101/cmdline')).toBe('bash\0-c\0');
		expect(await replay.readFile('/proc/102/cmdline')).toBe('/usr/bin/node\0');
	});

	it('replays the module proxy checks the same when GOPROXY holds a password (the snapshot has it redacted)', async () => {
		const goproxy = `https://builder:${PLANTED.goproxyPassword}@goproxy.corp.example,direct`;
		const world = goWorld({platform: 'linux', env: {GOPROXY: goproxy}, goEnv: defaultGoEnv('linux', {GOPROXY: goproxy})});
		const recorder = createRecorder(world);
		const live = await run(recorder.sys);
		const text = JSON.stringify(recorder.snapshot());
		expect(text).not.toContain(PLANTED.goproxyPassword);
		const replayed = await run(createReplaySystem(ourJson('snapshot', text) as SnapshotFile));
		const pick = (findings: Finding[]) => findings.filter((f) => f.id === 'goproxy' || f.id === 'gosumdb').map((f) => [f.id, f.status, f.summary]);
		expect(pick(replayed)).not.toEqual([]);
		expect(JSON.stringify(pick(replayed))).not.toContain('not in the snapshot');
		expect(pick(replayed)).toEqual(JSON.parse(JSON.stringify(pick(live)).replaceAll(PLANTED.goproxyPassword, '***')));
	});

	it('keeps the diagnosis the same when secrets were removed', async () => {
		const world = goWorld({platform: 'linux', env: {GITHUB_TOKEN: PLANTED.githubToken, GO111MODULE: 'off'}, goEnv: defaultGoEnv('linux', {GO111MODULE: 'off'})});
		const recorder = createRecorder(world);
		const live = await run(recorder.sys);
		const replayed = await run(createReplaySystem(ourJson('snapshot', JSON.stringify(recorder.snapshot())) as SnapshotFile));
		expect(replayed).toEqual(live);
	});
});

describe('a check run never shows a secret', () => {
	it('redacts what checks quote in summaries and evidence (a GOPROXY with a password in the go env file)', async () => {
		const goproxy = `https://builder:${PLANTED.goproxyPassword}@goproxy.corp.example,direct`;
		const world = goWorld({
			platform: 'linux',
			goEnv: defaultGoEnv('linux', {GOPROXY: goproxy, GO111MODULE: 'off'}),
			files: {'/home/dev/.config/go/env': `GOPROXY=${goproxy}\nGO111MODULE=off\n`},
		});
		const findings = await run(world);
		const text = JSON.stringify(findings.map(({fixes, ...rest}) => ({...rest, fixTitles: fixes.map((f) => f.title)})));
		expect(text).toContain('builder:***@goproxy.corp.example');
		expect(text).not.toContain(PLANTED.goproxyPassword);
	});

	it('redacts by content only: a table column named like a secret (stale-session\'s "session") keeps its values', async () => {
		const probe = {
			id: 'stale-session',
			family: 'environment',
			title: 'probe.stale-session.title',
			run: async () => ({
				status: 'warn',
				summary: 'differs',
				evidence: [{kind: 'table', title: 't', columns: [{key: 'name', label: 'n'}, {key: 'session', label: 's'}], rows: [{name: 'GOROOT', session: 'C:\\Go'}, {name: 'GOPROXY', session: `https://u:${PLANTED.goproxyPassword}@p.example`}]}],
			}),
		} as unknown as (typeof PROBES)[number];
		const engine = new Engine({probes: [probe], sys: goWorld({platform: 'win32'}), t: createTranslator('en'), scheduleFlush: () => {}});
		await engine.run();
		const rows = (engine.findings()[0]!.evidence[0] as {rows: Array<Record<string, string>>}).rows;
		expect(rows).toEqual([{name: 'GOROOT', session: 'C:\\Go'}, {name: 'GOPROXY', session: 'https://u:***@p.example'}]);
	});
});

describe('a Windows snapshot never contains a secret kept in the registry', () => {
	it('drops the data of a user or system environment value named like a secret, whatever it looks like, and keeps the others', async () => {
		const {createFakeSystem} = await import('../../source/system/fake-system.js');
		const {USER_ENVIRONMENT_KEY} = await import('../../source/system/registry.js');
		const sys = createFakeSystem({
			platform: 'win32',
			env: {SystemRoot: 'C:\\Windows'},
			registry: {[USER_ENVIRONMENT_KEY]: [{name: 'CI_JOB_TOKEN', type: 'REG_SZ', data: PLANTED.ciToken}, {name: 'GOPATH', type: 'REG_SZ', data: 'D:\\go'}]},
		});
		const recorder = createRecorder(sys);
		await recorder.sys.registry!.readKey(USER_ENVIRONMENT_KEY);
		const text = JSON.stringify(recorder.snapshot());
		expect(text).not.toContain(PLANTED.ciToken);
		expect(text).toContain('{"name":"CI_JOB_TOKEN","type":"REG_SZ","data":"***"}');
		expect(text).toContain('D:\\\\go');
	});

	it('and what a check shows of such a value (a row named CI_JOB_TOKEN) is dropped too', async () => {
		const {redactStrings} = await import('../../source/redact/secrets.js');
		expect(redactStrings([{name: 'CI_JOB_TOKEN', session: PLANTED.ciToken, fresh: 'x2'}, {name: 'GOROOT', session: 'C:\\Go', fresh: 'C:\\Go'}])).toEqual([
			{name: 'CI_JOB_TOKEN', session: '***', fresh: '***'},
			{name: 'GOROOT', session: 'C:\\Go', fresh: 'C:\\Go'},
		]);
	});
});

describe('snapshot --anonymize', () => {
	it('replaces the user name, the home folder and the machine name everywhere, keeping paths absolute, and replays the same diagnosis', async () => {
		const home = 'C:\\Users\\张三';
		const world = goWorld({
			platform: 'win32',
			env: {USERPROFILE: home, USERNAME: '张三', AppData: `${home}\\AppData\\Roaming`, COMPUTERNAME: 'ZHANG-PC', GO111MODULE: 'off'},
			goEnv: defaultGoEnv('win32', {GOPATH: `${home}\\go`, GOENV: `${home}\\AppData\\Roaming\\go\\env`, GO111MODULE: 'off', GOMODCACHE: 'C:/Users/张三/go/pkg/mod'}),
			files: {[`${home}\\AppData\\Roaming\\go\\env`]: 'GO111MODULE=off\n'},
		});
		Object.assign(world, {hostname: 'ZHANG-PC', homedir: () => home});
		const recorder = createRecorder(world);
		const live = await run(recorder.sys);
		const snapshot = recorder.snapshot({anonymize: true});
		const text = JSON.stringify(snapshot);
		expect(text).not.toContain('张三');
		expect(text).not.toMatch(/zhang-pc/i);
		expect(snapshot.machine.hostname).toBe('<host>');
		expect(snapshot.anonymized).toBe(true);
		// Inside go env -json output (JSON-escaped), with forward slashes, and in plain values;
		// the placeholder is non-ASCII like the name, so checks of the path still see that.
		expect(text).toContain('C:\\\\\\\\Users\\\\\\\\<用户>\\\\\\\\go');
		expect(text).toContain('C:/Users/<用户>/go/pkg/mod');
		expect(text).toContain('"USERNAME":"<用户>"');

		const replayed = await run(createReplaySystem(ourJson('snapshot', text) as SnapshotFile));
		expect(replayed).toEqual(JSON.parse(JSON.stringify(live).replaceAll('张三', '<用户>')));
		expect(replayed.find((f) => f.id === 'go111module')?.status).toBe('warn');
	});

	it('keeps spaces and non-ASCII letters of the user name in its placeholder', async () => {
		const {anonymousName} = await import('../../source/snapshot/anonymize.js');
		expect([anonymousName('jane'), anonymousName('Jane Doe'), anonymousName('Jürgen'), anonymousName('张 三'), anonymousName('さくら')]).toEqual(['<user>', '<user name>', '<üser>', '<用户 name>', '<用户>']);
	});

	it('leaves other folders that share a name with the user alone', async () => {
		const world = goWorld({platform: 'linux', env: {HOME: '/home/dev', USER: 'dev'}});
		const recorder = createRecorder(world);
		recorder.sys.getenv('PATH');
		await recorder.sys.stat('/dev/null');
		const text = JSON.stringify(recorder.snapshot({anonymize: true}));
		expect(text).toContain('"/dev/null"');
		expect(text).not.toContain('/home/dev');
		expect(text).toContain('/home/<user>');
	});
});

describe('the redaction rules the snapshot relies on', () => {
	it('drops values stored under secret names, and .netrc passwords, and nothing else', async () => {
		const {redactDeep, redactSecrets, isSecretName} = await import('../../source/redact/secrets.js');
		expect(redactDeep({CI_JOB_TOKEN: 'abc', AWS_SECRET_ACCESS_KEY: 'def', password: 'x', PWD: '/home/dev', GOAUTH: 'netrc', SESSIONNAME: 'Console'})).toEqual({
			CI_JOB_TOKEN: '***',
			AWS_SECRET_ACCESS_KEY: '***',
			password: '***',
			PWD: '/home/dev',
			GOAUTH: 'netrc',
			SESSIONNAME: 'Console',
		});
		expect(isSecretName('GITHUB_TOKEN')).toBe(true);
		expect(isSecretName('GOPATH')).toBe(false);
		expect(redactSecrets('machine h.example login u password p4ss\n')).toBe('machine h.example login u password ***\n');
		// Not a .netrc: a git prompt that mentions a password keeps its words.
		const prompt = "fatal: could not read Password for 'https://git.example.com': terminal prompts disabled";
		expect(redactSecrets(prompt)).toBe(prompt);
		expect(redactSecrets(redactSecrets('machine h login u password p\n'))).toBe('machine h login u password ***\n');
	});
});
