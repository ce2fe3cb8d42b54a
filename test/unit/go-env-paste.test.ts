import {describe, expect, it} from 'vitest';
import {archOf, findGoEnv, findGoEnvBlocks, platformOf, readPasteContext} from '../../source/snapshot/go-env-paste.js';
import {parseFrom} from '../../source/snapshot/from.js';
import {decodeText} from '../../source/system/decode-text.js';

/** `go env` on Windows (Go 1.22+ escapes % as %% and & | < > ^ with ^). */
const WINDOWS = [
	'set AR=ar',
	'set CC=gcc',
	'set CGO_ENABLED=0',
	'set GO111MODULE=off',
	'set GOARCH=amd64',
	'set GOENV=C:\\Users\\张三\\AppData\\Roaming\\go\\env',
	'set GOFLAGS=-ldflags=-X=main.v=100%%',
	'set GOHOSTARCH=amd64',
	'set GOHOSTOS=windows',
	'set GOOS=windows',
	'set GOPATH=C:\\Users\\张三\\go',
	'set GOPRIVATE=git.corp.example/R^&D',
	'set GOPROXY=https://goproxy.cn,direct',
	'set GOROOT=C:\\Program Files\\Go',
	'set GOVERSION=go1.26.8',
].join('\r\n');

/** `go env` elsewhere: single quotes, a quote inside written '\''. */
const UNIX = [
	"AR='ar'",
	"CC='gcc'",
	"GO111MODULE=''",
	"GOARCH='arm64'",
	"GOFLAGS='-tags=it'\\''s'",
	"GOGCCFLAGS='-fPIC -arch arm64 -pthread -fno-caret-diagnostics'",
	"GOHOSTARCH='arm64'",
	"GOHOSTOS='darwin'",
	"GOOS='darwin'",
	"GOPATH='/Users/jürgen/go'",
	"GOROOT='/opt/homebrew/Cellar/go/1.26.8/libexec'",
	"GOVERSION='go1.26.8'",
].join('\n');

const JSON_ENV = JSON.stringify({GOARCH: 'amd64', GOHOSTOS: 'linux', GOOS: 'linux', GOPATH: '/home/dev/go', GOROOT: '/usr/local/go', GOVERSION: 'go1.26.8', GO111MODULE: 'auto'}, null, '\t');

describe('go env, pasted: the three shapes', () => {
	it('reads Windows set lines: spaces, %, & and non-ASCII come through exactly', () => {
		const env = findGoEnv(WINDOWS)!;
		expect(env.shape).toBe('windows-set');
		expect(env.values).toMatchObject({
			GOROOT: 'C:\\Program Files\\Go',
			GOPATH: 'C:\\Users\\张三\\go',
			GOFLAGS: '-ldflags=-X=main.v=100%',
			GOPRIVATE: 'git.corp.example/R&D',
			GO111MODULE: 'off',
		});
		expect(Object.keys(env.values)).toHaveLength(15);
		expect([platformOf(env), archOf(env)]).toEqual(['win32', 'x64']);
	});

	it('reads set lines of older Go, which did not escape', () => {
		const env = findGoEnv('set GOARCH=amd64\nset GOOS=windows\nset GOROOT=C:\\Go\nset GOPATH=C:\\Users\\dev\\go & more')!;
		expect(env.values.GOPATH).toBe('C:\\Users\\dev\\go & more');
	});

	it("reads NAME='value' lines with an embedded quote, and older Go's double quotes", () => {
		const env = findGoEnv(UNIX)!;
		expect(env.shape).toBe('unix');
		expect(env.values).toMatchObject({GOFLAGS: "-tags=it's", GO111MODULE: '', GOPATH: '/Users/jürgen/go', GOGCCFLAGS: '-fPIC -arch arm64 -pthread -fno-caret-diagnostics'});
		expect([platformOf(env), archOf(env)]).toEqual(['darwin', 'arm64']);
		const old = findGoEnv('GOARCH="amd64"\nGOHOSTOS="linux"\nGOOS="linux"\nGOROOT="/usr/lib/go-1.15"\nGOPATH="/home/dev/go"')!;
		expect(old.values).toMatchObject({GOROOT: '/usr/lib/go-1.15', GOHOSTOS: 'linux'});
	});

	it('reads a quoted value that spans lines', () => {
		const env = findGoEnv("GOOS='linux'\nGOARCH='amd64'\nGOROOT='/usr/local/go'\nCGO_CFLAGS='-O2\n-g'\nGOVERSION='go1.26.8'")!;
		expect(env.values.CGO_CFLAGS).toBe('-O2\n-g');
		expect(env.values.GOVERSION).toBe('go1.26.8');
	});

	it('reads go env -json', () => {
		const env = findGoEnv(JSON_ENV)!;
		expect(env.shape).toBe('json');
		expect(env.values).toMatchObject({GOROOT: '/usr/local/go', GO111MODULE: 'auto'});
		expect(platformOf(env)).toBe('linux');
	});
});

describe('go env, pasted: found inside chat text', () => {
	it('finds set lines after a PowerShell prompt, inside a Markdown fence, with padded lines', () => {
		const chat = ['Hi! go build fails, here is my env:', '```', 'PS C:\\Users\\张三> go env', ...WINDOWS.split('\r\n').map((l) => `${l}      `), 'PS C:\\Users\\张三> go build', '```', 'thanks'].join('\n');
		const env = findGoEnv(chat)!;
		expect(env.values.GOROOT).toBe('C:\\Program Files\\Go');
		expect([env.startLine, env.endLine]).toEqual([4, 18]);
	});

	it('finds lines quoted with > (mail, Markdown), after a $ prompt', () => {
		const chat = ['> $ go env', ...UNIX.split('\n').map((l) => `> ${l}`), '> ', 'does that help?'].join('\n');
		expect(findGoEnv(chat)?.values.GOOS).toBe('darwin');
	});

	it('finds go env -json in a fence among other output', () => {
		const chat = ['$ go version', 'go version go1.26.8 linux/amd64', '$ go env -json', '```json', JSON_ENV, '```', 'go: cannot find main module'].join('\n');
		expect(findGoEnv(chat)?.shape).toBe('json');
	});

	it('with several blocks, takes the most complete one, the later on a tie', () => {
		const partial = 'set GOOS=windows\nset GOARCH=amd64\nset GOROOT=C:\\Go';
		const text = [partial, 'and after I reinstalled:', WINDOWS, 'and on my laptop:', JSON_ENV].join('\n');
		expect(findGoEnvBlocks(text).map((b) => b.shape)).toEqual(['windows-set', 'windows-set', 'json']);
		expect(findGoEnv(text)?.values.GOROOT).toBe('C:\\Program Files\\Go');
		expect(findGoEnv(`${partial}\n\n---\nset GOOS=windows\nset GOARCH=amd64\nset GOROOT=D:\\Go`)?.values.GOROOT).toBe('D:\\Go');
	});

	it('does not take shell one-liners, env dumps of one or two names, or other JSON for go env', () => {
		expect(findGoEnv('GOOS=linux GOARCH=arm64 go build ./...')).toBeNull();
		expect(findGoEnv('set GOOS=linux\nset GOARCH=arm64\ngo build')).toBeNull();
		expect(findGoEnv('{"name": "x", "version": "1.0.0", "private": true}')).toBeNull();
		expect(findGoEnv('PATH=/usr/bin\nHOME=/home/dev\nSHELL=/bin/bash')).toBeNull();
		expect(findGoEnv('')).toBeNull();
	});
});

describe('--from input', () => {
	it('is a snapshot, a paste, or a clear error naming what was expected', () => {
		expect(parseFrom(WINDOWS, 'env.txt')).toMatchObject({ok: true, from: {kind: 'go-env', shell: 'powershell', snapshot: {machine: {platform: 'win32'}}}});
		expect(parseFrom(UNIX, 'env.txt')).toMatchObject({ok: true, from: {kind: 'go-env', shell: 'posix'}});
		expect(parseFrom('{"format":"goenv-tui-snapshot","version":1,"machine":{"platform":"linux"}}', 's.json')).toMatchObject({ok: true, from: {kind: 'snapshot'}});
		expect(parseFrom('random words\nnothing here', 'notes.txt')).toEqual({ok: false, message: 'from.notRecognised', params: {file: 'notes.txt'}});
		expect(parseFrom('{"format":"goenv-tui-snapshot","version":7,"machine":{"platform":"linux"}}', 's.json')).toMatchObject({ok: false, message: 'from.tooNew', params: {version: 7, supported: 1}});
		expect(parseFrom('{"format":"goenv-tui-snapshot","version":1}', 's.json')).toMatchObject({ok: false, message: 'from.invalid', params: {field: 'machine.platform'}});
		expect(parseFrom('{"format":"goenv-tui-snapshot","version":1,"machine":{"platform":"win32"},"go_env":"hello"}', 's.json')).toMatchObject({ok: false, message: 'from.badGoEnvSection'});
	});

	it('decodes files as PowerShell writes them (UTF-16 with a byte-order mark) and UTF-8 with one', () => {
		const text = 'set GOROOT=C:\\Users\\张三\\go\r\n';
		expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe(text);
		const be = Buffer.from(text, 'utf16le').swap16();
		expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toBe(text);
		expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toBe(text);
		expect(decodeText(Buffer.from(text))).toBe(text);
	});
});

describe('go env, pasted: the shapes people use (issue 15)', () => {
	const GO_BUG = [
		'### What version of Go are you using (`go version`)?',
		'',
		'<pre>',
		'$ go version',
		'go version go1.13.3 linux/amd64',
		'</pre>',
		'',
		'### What operating system and processor architecture are you using (`go env`)?',
		'',
		'<details><summary><code>go env</code> Output</summary><br><pre>',
		'$ go env',
		'GO111MODULE=""',
		'GOARCH="amd64"',
		'GOHOSTOS="linux"',
		'GOOS="linux"',
		'GOPATH="/home/dev/go"',
		'GOPROXY="https://goproxy.example.com,direct"',
		'GOROOT="/usr/local/go"',
		'GOGCCFLAGS="-fPIC -m64 -pthread -fmessage-length=0"',
		'GOROOT/bin/go version: go version go1.13.3 linux/amd64',
		'GOROOT/bin/go tool compile -V: compile version go1.13.3',
		'uname -sr: Linux 5.3.0',
		'</pre></details>',
	];

	it("reads the go bug / issue template block, and takes the go version line for the Go of the paste", () => {
		const env = findGoEnv(GO_BUG.join('\n'))!;
		expect(env).toMatchObject({shape: 'unix', complete: true, startLine: 12, endLine: 19});
		expect(env.values).toMatchObject({GO111MODULE: '', GOPROXY: 'https://goproxy.example.com,direct', GOGCCFLAGS: '-fPIC -m64 -pthread -fmessage-length=0'});
		expect(readPasteContext(GO_BUG.join('\n'))).toMatchObject({goVersion: {version: '1.13.3', os: 'linux', arch: 'amd64', line: 5}, gorootGoVersion: '1.13.3'});
		const parsed = parseFrom(GO_BUG.join('\n'), 'issue.md');
		expect(parsed).toMatchObject({ok: true, from: {versionFrom: 'go-version-line', goEnv: {values: {GOVERSION: 'go1.13.3'}}}});
	});

	it('reads the same block HTML-escaped, as the issue page source holds it', () => {
		const escaped = GO_BUG.join('\n').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
		expect(findGoEnv(escaped)?.values).toMatchObject({GOPATH: '/home/dev/go', GO111MODULE: ''});
		const unix = "<pre>GOFLAGS=&#39;-mod=mod&#39;\nGOOS=&#39;linux&#39;\nGOARCH=&#39;amd64&#39;\nGOROOT=&#39;/usr/local/go&#39;</pre>";
		expect(findGoEnv(unix)?.values).toMatchObject({GOFLAGS: '-mod=mod', GOROOT: '/usr/local/go'});
	});

	it('reads Markdown-quoted set lines, export, setenv and $env: lines, and typed unquoted values', () => {
		expect(findGoEnv('> set GOPATH=C:\\Go\n> set GOROOT=C:\\Go\n> set GOOS=windows', {partial: true})?.values).toEqual({GOPATH: 'C:\\Go', GOROOT: 'C:\\Go', GOOS: 'windows'});
		expect(findGoEnv('export GOPROXY=https://goproxy.cn\nexport GO111MODULE="on"', {partial: true})?.values).toEqual({GOPROXY: 'https://goproxy.cn', GO111MODULE: 'on'});
		expect(findGoEnv('setenv GOPATH /home/dev/go\nsetenv GO111MODULE on', {partial: true})?.values).toEqual({GOPATH: '/home/dev/go', GO111MODULE: 'on'});
		expect(findGoEnv("$env:GOPROXY = 'https://goproxy.cn,direct'\n$env:GOSUMDB=\"off\"", {partial: true})?.values).toEqual({GOPROXY: 'https://goproxy.cn,direct', GOSUMDB: 'off'});
		expect(findGoEnv('GOPROXY=off\nGOROOT=C:\\Program Files\\Go', {partial: true})?.values).toEqual({GOPROXY: 'off', GOROOT: 'C:\\Program Files\\Go'});
		// The other variables such lines set are kept apart: PATH answers for itself in a replay.
		expect(findGoEnv('set GOPATH=C:\\Users\\dev\\go\nset PATH=C:\\Go\\bin;C:\\Windows', {partial: true})).toMatchObject({values: {GOPATH: 'C:\\Users\\dev\\go'}, otherEnv: {PATH: 'C:\\Go\\bin;C:\\Windows'}});
	});

	it("does not take a typed line's shell references for the value (the shell expands them); go env output keeps what go printed", () => {
		expect(findGoEnv('export GOPATH=$HOME/go\nexport GOPROXY=https://goproxy.cn', {partial: true})?.values).toEqual({GOPROXY: 'https://goproxy.cn'});
		expect(findGoEnv('set GOPATH=%USERPROFILE%\\go\nset GO111MODULE=on', {partial: true})?.values).toEqual({GO111MODULE: 'on'});
		expect(findGoEnv('$env:GOPATH = "$env:USERPROFILE\\go"\n$env:GOSUMDB = "off"', {partial: true})?.values).toEqual({GOSUMDB: 'off'});
		expect(findGoEnv("GOARCH='amd64'\nGOOS='linux'\nGOPATH='~/go'\nGOROOT='/usr/local/go'")?.values.GOPATH).toBe('~/go');
	});

	it('takes a partial list for --from only when nothing looks like a whole go env, and says it is partial', () => {
		expect(findGoEnv('set CC=cl\nset CGO_ENABLED=1')).toBeNull();
		const parsed = parseFrom('set CC=cl\nset CGO_ENABLED=1\n', 'cc.txt');
		expect(parsed).toMatchObject({ok: true, from: {kind: 'go-env', goEnv: {complete: false, values: {CC: 'cl', CGO_ENABLED: '1'}}, snapshot: {machine: {platform: 'win32'}}}});
		// Still not a command line, prose or another program's variables.
		expect(findGoEnv('GOOS=linux GOARCH=arm64 go build ./...', {partial: true})).toBeNull();
		expect(findGoEnv('PATH=/usr/bin\nHOME=/home/dev', {partial: true})).toBeNull();
		expect(parseFrom('I set GOPROXY=https://goproxy.cn and it still fails', 'chat.txt')).toMatchObject({ok: false});
	});

	it("keeps go's own warnings and errors around the values, as the stderr go env would have had", () => {
		const context = readPasteContext("go: warning: ignoring go.mod in $GOPATH /home/dev/go\nwarning: GOPATH set to GOROOT (/usr/local/go) has no effect\nGOOS='linux'\nGOARCH='amd64'\nGOROOT='/usr/local/go'");
		expect(context.goMessages).toEqual(['go: warning: ignoring go.mod in $GOPATH /home/dev/go', 'warning: GOPATH set to GOROOT (/usr/local/go) has no effect']);
	});

	it('does not take two different go version lines for the Go of the paste', () => {
		expect(readPasteContext('go version go1.20.1 linux/amd64\nafter the upgrade:\ngo version go1.22.0 linux/amd64').goVersion).toBeUndefined();
	});
});
