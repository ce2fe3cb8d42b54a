/**
 * The table behind `matchErrors`: every cause class, the wordings that identify it (the go
 * command's own format strings, Windows and Unix system messages, git, Delve, gopls), the
 * checks that would confirm it on the user's machine, and its message keys.
 *
 * Order matters: a line is given to the first rule that matches it, so specific rules come
 * before general ones (a DNS lookup that timed out is `dns-failure`, not `timeout`; a clang
 * for the MSVC target rejecting -mthreads is `cgo-msvc-unsupported`, not `cgo-non-mingw-gcc`).
 *
 * Texts are from go-ground-truth.md and windows-mechanics.md; `%q` in Go's format strings
 * doubles backslashes, which the patterns allow for. Windows system messages are localised:
 * the Simplified Chinese wordings of the common ones are matched too (`windows-zh`).
 */

/** The class names are a public contract, like finding ids: never rename one. */
export const CAUSE_CLASSES = [
	'dns-failure',
	'connection-refused',
	'timeout',
	'tls-unknown-authority',
	'tls-name-mismatch',
	'tls-expired',
	'proxy-http-error',
	'sumdb-private-module',
	'private-repo-auth',
	'checksum-mismatch',
	'goroot-not-found',
	'toolchain-version-mismatch',
	'modules-disabled',
	'goproxy-empty-list',
	'goproxy-bad-scheme',
	'toolchain-not-available',
	'toolchain-too-new-local',
	'goflags-parse',
	'cgo-compiler-missing',
	'cgo-msvc-unsupported',
	'cgo-non-mingw-gcc',
	'cgo-cc-path-spaces',
	'cgo-object-format',
	'delve-too-old',
	'delve-go-too-old',
	'gopls-unsupported-go',
	'antivirus-quarantine',
	'go-not-found',
	// Added beyond the list, for errors users really paste.
	'connection-reset',
	'tls-protocol-mismatch',
	'module-not-found',
	'go-sum-missing',
	'goproxy-off',
	'gotoolchain-invalid',
	'package-not-in-std',
	'go-tool-missing',
	'cgo-disabled',
	'cgo-malformed-argument',
	'gopath-equals-goroot',
	'gopath-relative',
	'go-env-overridden',
	'unknown-go-variable',
	'cross-target-run',
	'posix-env-syntax',
	'git-not-found',
	'credential-helper-missing',
	'filename-too-long',
	'app-control-blocked',
	'file-locked',
	'access-denied',
	'connection-closed',
] as const;

export type CauseClass = (typeof CAUSE_CLASSES)[number];

/** Which family of wording a pattern recognises; tests demand Windows and Unix where both exist. */
export type Wording = 'any' | 'windows' | 'windows-zh' | 'unix' | 'git';

export interface Pattern {
	re: RegExp;
	wording: Wording;
	/** An extra condition on the named groups, for wordings that are only sometimes this cause. */
	when?: (groups: Readonly<Record<string, string>>) => boolean;
}

export interface Rule {
	class: CauseClass;
	/** Finding ids that would confirm the cause on the user's machine, most telling first. */
	checks: readonly string[];
	patterns: readonly Pattern[];
	/** Values for the placeholders of the class's messages, from the named groups. */
	params?: (groups: Readonly<Record<string, string>>) => Record<string, string>;
}

const any = (re: RegExp): Pattern => ({re, wording: 'any'});
const win = (re: RegExp): Pattern => ({re, wording: 'windows'});
const winZh = (re: RegExp): Pattern => ({re, wording: 'windows-zh'});
const unix = (re: RegExp): Pattern => ({re, wording: 'unix'});
const git = (re: RegExp): Pattern => ({re, wording: 'git'});

/** A program name that is a C compiler (so a missing one is "not installed", not a split path). */
const COMPILER_NAME = /(?:^|[-_])(?:gcc|g\+\+|clang|clang\+\+|cc|c\+\+|cl|tcc|zig)(?:-[\d.]+)?(?:\.exe)?$/i;

/** `%q` doubles backslashes; this undoes it for a path taken from a quoted Go string. */
const unquoteGo = (text: string) => text.replace(/\\\\/g, '\\');

function basename(file: string): string {
	return file.split(/[\\/]/).pop() ?? file;
}

/** Hosts where the first path element is an account, so `host/account` is the private prefix. */
const HOSTING = /^(?:github\.com|gitlab\.com|bitbucket\.org|gitee\.com|codeberg\.org|dev\.azure\.com)$/i;

/** A GOPRIVATE prefix for a module path: `github.com/acme` for hosted code, the host otherwise. */
export function privatePrefix(module: string): string {
	const parts = module.split('/');
	const host = parts[0] ?? module;
	return HOSTING.test(host) && parts[1] ? `${host}/${parts[1]}` : host;
}

export const RULES: readonly Rule[] = [
	{
		class: 'antivirus-quarantine',
		checks: ['defender', 'smoke-build'],
		patterns: [
			win(/Operation did not complete successfully because the file contains a virus or potentially unwanted software/i),
			winZh(/操作未成功完成，因为文件包含病毒或潜在的垃圾软件/),
		],
	},
	{
		class: 'app-control-blocked',
		checks: ['defender', 'smoke-build'],
		patterns: [win(/This program is blocked by group policy/i), win(/An Application Control policy has blocked this file/i)],
	},
	{
		class: 'file-locked',
		checks: ['smoke-build'],
		patterns: [
			win(/The process cannot access the file because it is being used by another process/i),
			winZh(/另一个程序正在使用此文件，进程无法访问/),
			unix(/: text file busy\b/i),
		],
	},
	{
		class: 'cgo-msvc-unsupported',
		checks: ['cgo'],
		patterns: [
			win(/\bcl : Command line error D\d{4}\b/i),
			win(/\bD8021\b.*invalid numeric argument/i),
			any(/unsupported option '-mthreads' for target '[^']*-msvc[^']*'/),
		],
	},
	{
		class: 'cgo-non-mingw-gcc',
		checks: ['cgo'],
		patterns: [
			// gcc quotes with ‘…’ in UTF-8 locales and '…' otherwise; older gcc says "command line".
			any(/unrecognized command[- ]line option\s*['"‘`]?-mthreads/i),
			any(/unsupported option '-mthreads' for target/),
		],
	},
	{
		class: 'cgo-object-format',
		checks: ['cgo'],
		patterns: [any(/cannot parse gcc output \S+ as ELF, Mach-O, PE(?:, XCOFF)? object/)],
	},
	{
		class: 'cgo-cc-path-spaces',
		checks: ['cgo'],
		patterns: [
			// CC is split like a shell line: `C:\Program Files\...\gcc.exe` unquoted runs `C:\Program`.
			{
				re: /cgo: (?:C compiler "(?<prog>[^"]+)" not found|exec (?<prog2>.+?)): exec: "[^"]*": (?:file does not exist|stat .*no such file or directory|executable file not found)/,
				wording: 'any',
				when: (g) => {
					const prog = unquoteGo(g.prog ?? g.prog2 ?? '');
					return /^(?:[A-Za-z]:)?[\\/]/.test(prog) && !COMPILER_NAME.test(basename(prog));
				},
			},
		],
	},
	{
		class: 'cgo-compiler-missing',
		checks: ['cgo'],
		patterns: [
			win(/cgo: C compiler "[^"]+" not found: .*%PATH%/),
			unix(/cgo: C compiler "[^"]+" not found: .*\$PATH/),
			any(/cgo: C compiler "[^"]+" not found/),
			win(/cgo: exec \S+: exec: "[^"]+": executable file not found in %PATH%/),
			unix(/cgo: exec \S+: exec: "[^"]+": executable file not found in \$PATH/),
			any(/exec: "(?:[^"]*[\\/])?(?:gcc|clang|cc|[\w.]+-gcc)(?:\.exe)?": executable file not found/),
		],
	},
	{
		class: 'cgo-malformed-argument',
		checks: ['cgo'],
		patterns: [any(/malformed #cgo argument: /)],
	},
	{
		class: 'cgo-disabled',
		checks: ['cgo'],
		patterns: [
			any(/-race requires cgo/),
			any(/requires cgo; enable cgo by setting CGO_ENABLED=1/),
			any(/compiled with 'CGO_ENABLED=0'.*requires cgo/),
		],
	},
	{
		class: 'delve-too-old',
		checks: ['dlv'],
		patterns: [any(/version of Delve is too old for (?:Go version \S+|this version of Go)/i)],
	},
	{
		class: 'delve-go-too-old',
		checks: ['dlv', 'go-version'],
		patterns: [any(/Go version \S+ is too old for this version of Delve/)],
	},
	{
		class: 'gopls-unsupported-go',
		checks: ['gopls', 'go-version'],
		patterns: [any(/(?:Found Go version|Gopls was built with Go version) 1\.\d+, which (?:is not supported by this version of gopls|will be unsupported by gopls)/i)],
	},
	{
		class: 'goroot-not-found',
		checks: ['goroot', 'go-on-path'],
		patterns: [any(/cannot find GOROOT directory: /)],
	},
	{
		class: 'toolchain-version-mismatch',
		checks: ['goroot', 'go-on-path'],
		patterns: [
			any(/compile: version "go[^"]*" does not match go tool version "go[^"]*"/),
			any(/object is \[go object [^\]]*\] expected \[go object [^\]]*\]/),
		],
	},
	{
		class: 'package-not-in-std',
		checks: ['goroot'],
		patterns: [any(/package \S+ is not in std \(/), any(/package \S+ is not in GOROOT \(/)],
	},
	{
		class: 'go-tool-missing',
		checks: ['goroot', 'gotoolchain'],
		patterns: [any(/go: no such tool "\w+"/)],
	},
	{
		class: 'modules-disabled',
		checks: ['go111module', 'go-env-file'],
		patterns: [
			any(/modules disabled by GO111MODULE=off/),
			any(/cannot find package "[^"]+" in any of:/),
			any(/cannot use path@version syntax in GOPATH mode/),
			any(/go: warning: ignoring go\.mod in \$GOPATH/),
		],
	},
	{
		class: 'goproxy-empty-list',
		checks: ['goproxy', 'go-env-file'],
		patterns: [any(/GOPROXY list is not the empty string, but contains no entries/)],
	},
	{
		class: 'goproxy-bad-scheme',
		checks: ['goproxy', 'go-env-file'],
		patterns: [any(/invalid proxy URL scheme \(must be https, http, file\)/), any(/invalid proxy URL missing scheme/)],
	},
	{
		class: 'goproxy-off',
		checks: ['goproxy', 'go-env-file'],
		patterns: [any(/disabled by GOPROXY=off/)],
	},
	{
		class: 'gotoolchain-invalid',
		checks: ['gotoolchain'],
		patterns: [any(/invalid GOTOOLCHAIN "[^"]*"/)],
	},
	{
		class: 'toolchain-not-available',
		checks: ['gotoolchain', 'go-version', 'goproxy'],
		patterns: [any(/go: download go\S* for \S+: toolchain not available/), any(/toolchain not available/), any(/cannot find "go1[^"]*" in PATH/)],
	},
	{
		class: 'toolchain-too-new-local',
		checks: ['gotoolchain', 'go-version'],
		patterns: [
			// gover.TooNewError: "%v requires go >= %v (running go %v; GOTOOLCHAIN=%v)"; the
			// "switching to" line of a successful switch has no "(running go".
			any(/requires go >= \S+ \(running go [^)]*\)/),
			// Go 1.20 and older, after a failed build.
			any(/note: module requires Go \d/),
		],
	},
	{
		class: 'goflags-parse',
		checks: ['go-env-file'],
		patterns: [any(/go: parsing \$GOFLAGS: (?:non-flag|unknown flag)/), any(/go: invalid (?:boolean )?value "[^"]*" for flag \S+ \(from \$GOFLAGS\)/)],
	},
	{
		class: 'gopath-equals-goroot',
		checks: ['gopath', 'goroot'],
		patterns: [
			any(/warning: GOPATH set to GOROOT \(.*\) has no effect/),
			any(/warning: both GOPATH and GOROOT are the same directory/),
			any(/\$GOPATH must not be set to \$GOROOT/),
		],
	},
	{
		class: 'gopath-relative',
		checks: ['gopath'],
		patterns: [any(/GOPATH entry is relative; must be absolute path/), any(/GOPATH entry cannot start with shell metacharacter '~'/)],
	},
	{
		class: 'go-env-overridden',
		checks: ['go-env-file'],
		patterns: [any(/warning: go env -w \w+=\.\.\. does not override conflicting OS environment variable/)],
	},
	{
		class: 'unknown-go-variable',
		checks: ['go-env-file'],
		patterns: [any(/go: unknown go command variable \S+/)],
	},
	{
		class: 'cross-target-run',
		checks: ['goos-goarch'],
		patterns: [
			unix(/exec format error/i),
			unix(/cannot execute binary file/i),
			win(/is not a valid Win32 application/i),
			winZh(/不是有效的 Win32 应用程序/),
			any(/unsupported GOOS\/GOARCH pair \S+/),
		],
	},
	{
		class: 'posix-env-syntax',
		checks: ['terminal', 'goos-goarch'],
		patterns: [
			// Case-sensitive on purpose: 'go' itself not being found is go-not-found.
			win(/'(?:C?GO[A-Z0-9_]+|CC)(?:=[^']*)?' is not recognized as an internal or external command/),
			win(/The term '(?:C?GO[A-Z0-9_]+|CC)=[^']*' is not recognized as (?:the|a) name of a cmdlet/),
			winZh(/'(?:C?GO[A-Z0-9_]+|CC)(?:=[^']*)?' 不是内部或外部命令/),
		],
	},
	{
		class: 'go-not-found',
		checks: ['go-on-path', 'stale-session', 'path-hygiene'],
		patterns: [
			win(/'go(?:\.exe)?' is not recognized as an internal or external command/i),
			win(/The term 'go(?:\.exe)?' is not recognized as (?:the|a) name of a cmdlet/i),
			winZh(/'go(?:\.exe)?' 不是内部或外部命令/),
			winZh(/无法将[“"]go(?:\.exe)?[”"]项识别为 cmdlet/),
			unix(/(?:^|\s|:)go: command not found/),
			unix(/command not found: go\s*$/),
			unix(/\bsh: \d+: go: not found/),
			unix(/Unknown command:? '?go'?\s*$/),
			win(/exec: "go(?:\.exe)?": executable file not found in %PATH%/),
			unix(/exec: "go": executable file not found in \$PATH/),
			any(/Failed to find the "go" binary/),
		],
	},
	{
		class: 'git-not-found',
		checks: ['git', 'path-hygiene'],
		patterns: [any(/go: missing Git command/), win(/exec: "git(?:\.exe)?": executable file not found in %PATH%/), unix(/exec: "git": executable file not found in \$PATH/)],
	},
	{
		class: 'credential-helper-missing',
		checks: ['git-credentials'],
		patterns: [git(/git: 'credential-[\w-]+' is not a git command/), git(/git-credential-manager-core was renamed to git-credential-manager/)],
	},
	{
		class: 'private-repo-auth',
		checks: ['git-credentials', 'private-modules', 'git'],
		patterns: [
			git(/terminal prompts disabled/),
			git(/could not read (?:Username|Password) for '[^']+'/),
			git(/Authentication failed for '[^']+'/),
			git(/remote: HTTP Basic: Access denied/),
			git(/Permission denied \(publickey[^)]*\)/),
			git(/Host key verification failed/),
			any(/If this is a private repository, see https:\/\/golang\.org\/doc\/faq#git_https/),
		],
	},
	{
		class: 'filename-too-long',
		checks: ['long-paths'],
		patterns: [git(/Filename too long/), win(/The filename or extension is too long/i), winZh(/文件名或扩展名太长/)],
	},
	{
		class: 'go-sum-missing',
		checks: [],
		patterns: [any(/missing go\.sum entry/)],
	},
	{
		class: 'checksum-mismatch',
		// Never git-autocrlf: go hashes module zips made with autocrlf forced off.
		checks: ['gosumdb', 'goproxy'],
		patterns: [any(/checksum mismatch/), any(/^\s*SECURITY ERROR\s*$/)],
	},
	{
		class: 'sumdb-private-module',
		checks: ['private-modules', 'gosumdb'],
		patterns: [{re: /reading \S*\/lookup\/(?<module>[^@\s]+)@\S*: (?:404 Not Found|410 Gone)/, wording: 'any'}],
		params: (g) => ({prefix: privatePrefix(g.module ?? '')}),
	},
	{
		class: 'proxy-http-error',
		checks: ['goproxy', 'proxy-env'],
		patterns: [
			any(/reading https?:\/\/\S+: (?!404\b|410\b)[45]\d\d\b/),
			any(/Proxy Authentication Required/i),
			git(/The requested URL returned error: (?:407|5\d\d)\b/),
		],
	},
	{
		class: 'module-not-found',
		checks: ['private-modules', 'goproxy'],
		patterns: [
			any(/reading https?:\/\/\S+: (?:404 Not Found|410 Gone)/),
			any(/no matching versions for query "[^"]+"/),
			any(/invalid version: unknown revision \S+/),
			any(/cannot find module providing package \S+/),
		],
	},
	{
		class: 'tls-unknown-authority',
		checks: ['goproxy', 'proxy-env', 'gosumdb'],
		patterns: [
			any(/x509: certificate signed by unknown authority/),
			// macOS (Security.framework, Go 1.18+).
			unix(/x509: [“"][^”"]*[”"] certificate is not trusted/),
			git(/SSL certificate problem: (?:unable to get local issuer certificate|self[- ]signed certificate)/i),
			git(/server certificate verification failed\. CAfile/),
			win(/SEC_E_UNTRUSTED_ROOT|CERT_TRUST_IS_UNTRUSTED_ROOT/),
			win(/certificate chain was issued by an authority that is not trusted/i),
		],
	},
	{
		class: 'tls-name-mismatch',
		checks: ['goproxy', 'proxy-env'],
		patterns: [
			any(/x509: certificate is valid for .+, not \S+/),
			any(/x509: certificate is not valid for any names, but wanted to match \S+/),
			// Connecting by IP address to a server whose certificate names no IP.
			any(/x509: cannot validate certificate for \S+ because it doesn't contain any IP SANs/),
			git(/no alternative certificate subject name matches target host name/),
			git(/certificate subject name \(.*\) does not match target host name/),
			win(/SEC_E_WRONG_PRINCIPAL/),
		],
	},
	{
		class: 'tls-expired',
		checks: ['goproxy', 'proxy-env'],
		patterns: [any(/x509: certificate has expired or is not yet valid/), git(/SSL certificate problem: certificate has expired/i), win(/SEC_E_CERT_EXPIRED/)],
	},
	{
		class: 'tls-protocol-mismatch',
		checks: ['proxy-env', 'goproxy'],
		patterns: [any(/tls: first record does not look like a TLS handshake/), any(/server gave HTTP response to HTTPS client/)],
	},
	{
		class: 'dns-failure',
		checks: ['goproxy', 'gosumdb', 'proxy-env'],
		patterns: [
			// Any failed lookup: "no such host", "server misbehaving", a DNS server timing out.
			// Go maps WSAHOST_NOT_FOUND to "no such host" on Windows too.
			any(/\blookup \S+?(?: on \S+?)?: no such host/),
			unix(/\blookup \S+?(?: on \S+?)?: (?:server misbehaving|Temporary failure in name resolution|read udp .*i\/o timeout|i\/o timeout)/),
			win(/\blookup \S+?: getaddrinfow: /),
			win(/getaddrinfow: (?:No such host is known|The requested name is valid, but no data of the requested type was found|This is usually a temporary error)/i),
			winZh(/getaddrinfow: (?:不知道这样的主机|请求的名称有效，但是找不到请求的类型的数据)/),
			git(/Could not resolve (?:host|proxy): \S+/),
			any(/\blookup \S+?(?: on \S+?)?: .*(?:no such host|dial udp)/),
		],
	},
	{
		class: 'connection-reset',
		checks: ['goproxy', 'proxy-env'],
		patterns: [
			unix(/connection reset by peer/),
			win(/An existing connection was forcibly closed by the remote host/i),
			winZh(/远程主机强迫关闭了一个现有的连接/),
			git(/(?:Recv|Send) failure: Connection (?:was )?reset/i),
		],
	},
	{
		// A clean close (EOF) before any answer: an HTTP proxy dropping the CONNECT tunnel
		// ("unexpected EOF" while go waits for its answer, "EOF" when it closes right after
		// "200"), or a firewall or middlebox closing the connection.
		class: 'connection-closed',
		checks: ['proxy-env', 'goproxy'],
		patterns: [
			any(/\b(?:Get|Head|Post|Put) "[^"]+": (?:proxyconnect tcp: )?(?:unexpected )?EOF\s*$/),
			git(/Empty reply from server|SSL_ERROR_SYSCALL in connection to|The TLS connection was non-properly terminated/),
		],
	},
	{
		class: 'connection-refused',
		checks: ['goproxy', 'proxy-env'],
		patterns: [
			unix(/connect: connection refused/),
			win(/No connection could be made because the target machine actively refused it/i),
			winZh(/由于目标计算机积极拒绝，无法连接/),
			git(/Failed to connect to .* Connection refused/i),
		],
	},
	{
		class: 'timeout',
		checks: ['goproxy', 'gosumdb', 'proxy-env'],
		patterns: [
			unix(/dial tcp \S+: i\/o timeout/),
			unix(/connect: (?:connection|operation) timed out/i),
			win(/A connection attempt failed because the connected party did not properly respond after a period of time/i),
			winZh(/由于连接方在一段时间后没有正确答复或连接的主机没有反应，连接尝试失败/),
			any(/TLS handshake timeout/),
			any(/Client\.Timeout exceeded|timeout awaiting response headers|context deadline exceeded/),
			git(/Failed to connect to .*(?:Timed out|Connection timed out)/i),
			any(/\bi\/o timeout\b/),
		],
	},
	{
		class: 'access-denied',
		checks: ['gopath', 'defender', 'smoke-build'],
		patterns: [
			win(/: Access is denied\.?/i),
			winZh(/拒绝访问。/),
			unix(/\b(?:open|mkdir|remove|rename|unlinkat|fork\/exec|write|chmod|symlink) \S.*: permission denied/),
		],
	},
];
