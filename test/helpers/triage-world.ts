import type {Probe} from '../../source/engine/probe.js';
import type {PathEntryView} from '../../source/model/finding.js';
import type {FakeSystem} from '../../source/system/fake-system.js';
import {defaultGoEnv, goWorld, WINDOWS_GOROOT} from './worlds.js';

export const ZH_HOME = 'C:\\Users\\张三';
export const ENV_FILE = `${ZH_HOME}\\AppData\\Roaming\\go\\env`;

/**
 * A Windows machine of a user named 张三, with `go env -w GO111MODULE=off` done long ago:
 * the go env file says off, and go reports it.
 */
export function offWorld(): FakeSystem {
	return goWorld({
		platform: 'win32',
		env: {USERPROFILE: ZH_HOME, AppData: `${ZH_HOME}\\AppData\\Roaming`, USERNAME: '张三'},
		goEnv: defaultGoEnv('win32', {GO111MODULE: 'off', GOPATH: `${ZH_HOME}\\go`, GOENV: ENV_FILE}),
		files: {[ENV_FILE]: 'GO111MODULE=off\n'},
	});
}

/** PATH entries enough to need scrolling, with every mark and a winning go. */
export function longPath(count = 40): PathEntryView[] {
	return Array.from({length: count}, (_, i): PathEntryView => {
		const index = i + 1;
		if (index === 3) return {index, raw: '%USERPROFILE%\\go\\bin', expanded: `${ZH_HOME}\\go\\bin`, origin: 'user', exists: true, marks: ['wins'], tools: [{name: 'go', file: `${ZH_HOME}\\go\\bin\\go.exe`, wins: true, version: 'go1.26.8'}]};
		if (index === 7) return {index, raw: 'C:\\Go\\bin', expanded: 'C:\\Go\\bin', origin: 'system', exists: true, marks: ['shadowed'], tools: [{name: 'go', file: 'C:\\Go\\bin\\go.exe', wins: false, version: 'go1.16.3'}]};
		if (index === 9) return {index, raw: 'C:\\Gone', expanded: 'C:\\Gone', origin: 'user', exists: false, marks: ['missing'], tools: []};
		return {index, raw: `C:\\Tools\\t${index}\\bin`, expanded: `C:\\Tools\\t${index}\\bin`, origin: index < 20 ? 'system' : 'user', exists: true, marks: index === 30 ? ['duplicate'] : [], tools: []};
	});
}

const WORDS = {
	en: {summary: 'an older Go at C:\\Go\\bin is shadowed; C:\\Gone does not exist', why: 'Only the first go on PATH runs.', path: 'PATH, in search order', user: 'User environment', credentials: 'Cached git credentials', last: 'END OF EVIDENCE'},
	'zh-CN': {summary: 'C:\\Go\\bin 中较旧的 Go 被遮蔽；C:\\Gone 不存在', why: '只有 PATH 中第一个 go 会运行。', path: 'PATH（按查找顺序）', user: '用户环境变量', credentials: '缓存的 git 凭据', last: '证据到此结束'},
};

/** A check whose finding carries one evidence block of every kind, in either language. */
export function everyEvidenceProbe(lang: 'en' | 'zh-CN' = 'en'): Probe {
	const w = WORDS[lang];
	return {
		id: 'path-hygiene',
		family: 'environment',
		title: 'probe.go-on-path.title',
		async run() {
			return {
				status: 'warn',
				summary: w.summary,
				why: w.why,
				docUrl: 'https://go.dev/doc/manage-install',
				evidence: [
					{kind: 'path', title: w.path, shell: 'powershell', entries: longPath()},
					{kind: 'registry', title: w.user, values: [{hive: 'HKCU', key: 'Environment', name: 'Path', type: 'REG_EXPAND_SZ', raw: '%USERPROFILE%\\go\\bin', expanded: `${ZH_HOME}\\go\\bin`}]},
					{kind: 'credentials', title: w.credentials, rows: [{target: 'git:https://git.example.com', user: 'zhangsan', helper: 'manager'}]},
					{kind: 'go-env', title: 'GOPATH', rows: [{name: 'GOPATH', value: `${ZH_HOME}\\go`, source: 'inferred'}]},
					{kind: 'command', title: 'go version', argv: ['C:\\Program Files\\Go\\bin\\go.exe', 'version'], exitCode: 0, stdout: 'go version go1.26.8 windows/amd64\n', stderr: ''},
					{kind: 'text', title: w.last, text: w.last},
				],
			};
		},
	};
}

export const everyEvidence = everyEvidenceProbe('en');

/** What `go env -w` / `go env -u` would do to offWorld: the go env file and go's own answer. */
export function goEnvControl(sys: FakeSystem) {
	const values: Record<string, string> = defaultGoEnv('win32', {GO111MODULE: 'off', GOPATH: `${ZH_HOME}\\go`, GOENV: ENV_FILE});
	const file = new Map<string, string>([['GO111MODULE', 'off']]);
	return {
		read: (key: string) => file.get(key),
		write(key: string, value: string | undefined) {
			if (value === undefined) file.delete(key);
			else file.set(key, value);
			values[key] = value ?? '';
			sys.setFile(ENV_FILE, [...file].map(([k, v]) => `${k}=${v}\n`).join(''));
			// go reads its env file anew each time (an undo may put the file back without go).
			sys.addCommand({
				file: GO_EXE,
				args: ['env', '-json'],
				answer: async () => {
					const lines = ((await sys.readFile(ENV_FILE)) ?? '').split('\n').filter((line) => line.includes('='));
					const now = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
					return {stdout: JSON.stringify({...values, ...Object.fromEntries([...file.keys()].map((k) => [k, ''])), ...now})};
				},
			});
		},
		/** Makes this world's go answer `go env -w KEY=VALUE` and `go env -u KEY` as go does. */
		answerGoEnvWrites() {
			sys.addCommand({
				file: GO_EXE,
				answer: (request) => {
					const [env, flag, arg] = request.args;
					if (env !== 'env' || (flag !== '-w' && flag !== '-u') || !arg) return {exitCode: 2, stderr: `unexpected: go ${request.args.join(' ')}`};
					const [key, ...value] = arg.split('=');
					this.write(key!, flag === '-w' ? value.join('=') : undefined);
					return {exitCode: 0};
				},
			});
			// `go env -json` must still be answered by its own, newest command.
			this.write('GO111MODULE', this.read('GO111MODULE'));
		},
	};
}

const GO_EXE = `${WINDOWS_GOROOT}\\bin\\go.exe`;
