import {describe, expect, it} from 'vitest';
import {causeText, matchErrors, CAUSE_CLASSES, type CauseClass} from '../../source/explain/match.js';
import {privatePrefix, RULES} from '../../source/explain/rules.js';
import {createTranslator, LANGUAGES} from '../../source/i18n/index.js';

/**
 * Real message texts (go-ground-truth.md, windows-mechanics.md, the go, git, Delve and gopls
 * sources), with example hosts. Each class has its Windows and Unix wordings where they differ.
 */
const SAMPLES: ReadonlyArray<readonly [CauseClass, string, string]> = [
	['dns-failure', 'unix', 'go: example.com/lib@v1.2.0: Get "https://goproxy.default.example/example.com/lib/@v/v1.2.0.info": dial tcp: lookup goproxy.default.example on 127.0.0.53:53: no such host'],
	['dns-failure', 'unix, DNS server timing out', 'go: example.com/lib@v1.2.0: Get "https://goproxy.cn/example.com/lib/@v/v1.2.0.mod": dial tcp: lookup goproxy.cn on 8.8.8.8:53: read udp 192.168.1.5:53211->8.8.8.8:53: i/o timeout'],
	['dns-failure', 'unix, cgo resolver', 'dial tcp: lookup goproxy.default.example: Temporary failure in name resolution'],
	['dns-failure', 'windows', 'go: example.com/lib@v1.2.0: Get "https://goproxy.default.example/example.com/lib/@v/list": dial tcp: lookup goproxy.default.example: no such host'],
	['dns-failure', 'windows getaddrinfow', 'dial tcp: lookup goproxy.default.example: getaddrinfow: The requested name is valid, but no data of the requested type was found.'],
	['dns-failure', 'windows zh', 'dial tcp: lookup goproxy.default.example: getaddrinfow: 请求的名称有效，但是找不到请求的类型的数据。'],
	['dns-failure', 'git', "fatal: unable to access 'https://git.example.com/team/lib.git/': Could not resolve host: git.example.com"],
	['connection-closed', 'an HTTP proxy closing before it answers CONNECT', 'go: golang.org/x/mod@v0.20.0: Get "https://mirror.example.com/golang.org/x/mod/@v/v0.20.0.info": unexpected EOF'],
	['connection-closed', 'a tunnel closed right after 200', 'go: golang.org/x/mod@v0.20.0: Get "https://mirror.example.com/golang.org/x/mod/@v/v0.20.0.info": EOF'],
	['connection-closed', 'git', "fatal: unable to access 'https://git.example.com/team/lib.git/': OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to git.example.com:443 "],
	['connection-closed', 'git, curl', "fatal: unable to access 'https://git.example.com/team/lib.git/': Empty reply from server"],
	['connection-refused', 'unix', 'go: example.com/lib@v1.2.0: Get "https://goproxy.default.example/example.com/lib/@v/list": proxyconnect tcp: dial tcp 127.0.0.1:3128: connect: connection refused'],
	['connection-refused', 'windows', 'Get "https://goproxy.default.example/example.com/lib/@v/list": dial tcp 10.0.0.8:443: connectex: No connection could be made because the target machine actively refused it.'],
	['connection-refused', 'windows zh', 'Get "https://goproxy.default.example/x/@v/list": proxyconnect tcp: dial tcp 127.0.0.1:7890: connectex: 由于目标计算机积极拒绝，无法连接。'],
	['connection-refused', 'git', "fatal: unable to access 'https://git.example.com/x.git/': Failed to connect to git.example.com port 443 after 2 ms: Connection refused"],
	['timeout', 'unix', 'go: example.com/lib@v1.2.0: Get "https://goproxy.default.example/example.com/lib/@v/v1.2.0.info": dial tcp 172.217.160.81:443: i/o timeout'],
	['timeout', 'windows', 'Get "https://goproxy.default.example/x/@v/list": dial tcp 172.217.160.81:443: connectex: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.'],
	['timeout', 'windows zh', 'dial tcp 172.217.160.81:443: connectex: 由于连接方在一段时间后没有正确答复或连接的主机没有反应，连接尝试失败。'],
	['timeout', 'TLS handshake', 'go: example.com/lib@v1.2.0: Get "https://goproxy.default.example/example.com/lib/@v/list": net/http: TLS handshake timeout'],
	['connection-reset', 'unix', 'Get "https://goproxy.default.example/x/@v/list": read tcp 192.168.1.5:50432->142.250.0.1:443: read: connection reset by peer'],
	['connection-reset', 'windows', 'Get "https://goproxy.default.example/x/@v/list": read tcp 192.168.1.5:50432->142.250.0.1:443: wsarecv: An existing connection was forcibly closed by the remote host.'],
	['connection-reset', 'windows zh', 'read tcp 192.168.1.5:50432->142.250.0.1:443: wsarecv: 远程主机强迫关闭了一个现有的连接。'],
	['tls-unknown-authority', 'Go 1.20+', 'go: example.com/lib@v1.2.0: Get "https://goproxy.default.example/example.com/lib/@v/list": tls: failed to verify certificate: x509: certificate signed by unknown authority'],
	['tls-unknown-authority', 'older Go', 'Get "https://goproxy.default.example/x/@v/list": x509: certificate signed by unknown authority'],
	['tls-unknown-authority', 'macOS', 'Get "https://goproxy.default.example/x/@v/list": tls: failed to verify certificate: x509: “goproxy.default.example” certificate is not trusted'],
	['tls-unknown-authority', 'git (OpenSSL)', "fatal: unable to access 'https://git.example.com/x.git/': SSL certificate problem: unable to get local issuer certificate"],
	['tls-unknown-authority', 'git (schannel)', "fatal: unable to access 'https://git.example.com/x.git/': schannel: SEC_E_UNTRUSTED_ROOT (0x80090325) - The certificate chain was issued by an authority that is not trusted."],
	['tls-name-mismatch', 'go', 'Get "https://goproxy.default.example/x/@v/list": tls: failed to verify certificate: x509: certificate is valid for portal.example.net, not goproxy.default.example'],
	['tls-expired', 'go', 'Get "https://goproxy.default.example/x/@v/list": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2026-01-01T00:00:00Z is after 2025-12-01T00:00:00Z'],
	['tls-protocol-mismatch', 'go', 'Get "https://goproxy.default.example/x/@v/list": proxyconnect tcp: tls: first record does not look like a TLS handshake'],
	['proxy-http-error', '5xx', 'go: example.com/lib@v1.2.0: reading https://goproxy.default.example/example.com/lib/@v/v1.2.0.info: 502 Bad Gateway'],
	['proxy-http-error', '407', 'go: example.com/lib@v1.2.0: reading https://goproxy.default.example/example.com/lib/@v/v1.2.0.info: 407 Proxy Authentication Required'],
	['proxy-http-error', 'proxyconnect', 'Get "https://goproxy.default.example/x/@v/list": Proxy Authentication Required'],
	['sumdb-private-module', '404, a company host', 'verifying git.corp.example/acme/secret@v0.3.1: git.corp.example/acme/secret@v0.3.1: reading https://sumdb.default.example/lookup/git.corp.example/acme/secret@v0.3.1: 404 Not Found'],
	['sumdb-lookup-not-found', '410 for a public module', 'verifying github.com/mszostok/codeowners-validator@v0.5.1/go.mod: github.com/mszostok/codeowners-validator@v0.5.1/go.mod: reading https://sumdb.default.example/lookup/github.com/mszostok/codeowners-validator@v0.5.1: 410 Gone'],
	['sumdb-unavailable', '502 through a proxy', 'verifying example.com/lib@v1.0.0: example.com/lib@v1.0.0: reading http://localhost:8080/sumdb/sumdb.default.example/lookup/example.com/lib@v1.0.0: 502 Bad Gateway'],
	['sumdb-private-module', '410 through a proxy', 'go: git.corp.example/team/lib@v1.0.0: verifying module: git.corp.example/team/lib@v1.0.0: reading https://goproxy.cn/sumdb/sumdb.default.example/lookup/git.corp.example/team/lib@v1.0.0: 410 Gone'],
	['module-not-found', '404 for the version list', 'go: example.com/nothere@latest: reading https://goproxy.default.example/example.com/nothere/@v/list: 404 Not Found'],
	['proxy-version-unavailable', '404 for one version', 'go: example.com/lib@v1.0.0: reading https://goproxy.default.example/example.com/lib/@v/v1.0.0.info: 404 Not Found'],
	['proxy-version-unavailable', 'Go 1.12', 'go get k8s.io/client-go@v12.0.0: unexpected status (https://goproxy.cn/k8s.io/client-go/@v/v12.0.0.info): 404 Not Found'],
	['proxy-version-unavailable', 'major version', 'go: k8s.io/client-go@v12.0.0: invalid version: module contains a go.mod file, so major version must be compatible: should be v0 or v1, not v12'],
	['module-not-found', 'unknown revision', 'go: example.com/lib@v9.9.9: invalid version: unknown revision v9.9.9'],
	['module-not-found', 'no versions', 'go: module example.com/lib: no matching versions for query "latest"'],
	['private-repo-auth', 'git', "fatal: could not read Username for 'https://git.corp.example': terminal prompts disabled"],
	['private-repo-auth', 'go hint', 'If this is a private repository, see https://golang.org/doc/faq#git_https for additional information.'],
	['private-repo-auth', 'ssh', 'git@git.corp.example: Permission denied (publickey).'],
	['private-repo-auth', 'GitLab', 'remote: HTTP Basic: Access denied'],
	['credential-helper-missing', 'git', "git: 'credential-manager-core' is not a git command. See 'git --help'."],
	['checksum-mismatch', 'go.sum', 'verifying example.com/lib@v1.2.0: checksum mismatch'],
	['checksum-mismatch', 'SECURITY ERROR line', 'SECURITY ERROR'],
	['go-sum-missing', 'go', 'main.go:4:2: missing go.sum entry for module providing package example.com/lib (imported by example.com/app); to add:'],
	['goroot-not-found', 'windows', 'go: cannot find GOROOT directory: C:\\Go'],
	['goroot-not-found', 'unix', 'go: cannot find GOROOT directory: /usr/local/go1.19'],
	['goroot-not-found', 'trimmed', "go: cannot find GOROOT directory: 'go' binary is trimmed and GOROOT is not set"],
	['toolchain-version-mismatch', 'compile', 'compile: version "go1.26.0" does not match go tool version "go1.25.6"'],
	['toolchain-version-mismatch', 'object', 'main.go:3:8: could not import fmt (object is [go object windows amd64 go1.22.1 X:unified] expected [go object windows amd64 go1.23.0 X:unified])'],
	['package-not-in-std', 'windows', 'main.go:3:8: package fmt is not in std (C:\\Go\\src\\fmt)'],
	['package-not-in-std', 'unix', 'main.go:3:8: package net/http is not in std (/opt/go/src/net/http)'],
	['package-not-in-std', 'older Go', 'main.go:3:8: package fmt is not in GOROOT (/usr/local/go/src/fmt)'],
	['go-tool-missing', 'go', 'go: no such tool "covdata"'],
	['modules-disabled', 'go', "go: modules disabled by GO111MODULE=off; see 'go help modules'"],
	['modules-disabled', 'GOPATH mode', 'main.go:4:2: cannot find package "github.com/example/lib" in any of:'],
	['modules-disabled', 'go get @version', 'go: cannot use path@version syntax in GOPATH mode'],
	['goproxy-empty-list', 'go', 'go: example.com/lib@v1.2.0: GOPROXY list is not the empty string, but contains no entries'],
	['goproxy-bad-scheme', 'scheme', 'go: example.com/lib@latest: invalid proxy URL scheme (must be https, http, file): ftp://mirror.example.com'],
	['goproxy-bad-scheme', 'missing scheme', 'go: example.com/lib@latest: invalid proxy URL missing scheme: //mirror.example.com'],
	['goproxy-off', 'go', 'go: example.com/lib@v1.2.0: module lookup disabled by GOPROXY=off'],
	['gotoolchain-invalid', 'go', 'go: invalid GOTOOLCHAIN "1.22"'],
	['toolchain-not-available', 'unix', 'go: download go1.22 for linux/amd64: toolchain not available'],
	['toolchain-not-available', 'windows', 'go: download go1.22 for windows/amd64: toolchain not available'],
	['toolchain-not-available', 'path mode', 'go: cannot find "go1.25.3" in PATH'],
	['toolchain-too-new-local', 'go.mod', 'go: go.mod requires go >= 1.25.0 (running go 1.24.13; GOTOOLCHAIN=local)'],
	['toolchain-too-new-local', 'dependency', 'go: example.com/lib@v1.3.0 requires go >= 1.24 (running go 1.23.4; GOTOOLCHAIN=local)'],
	['toolchain-too-new-local', 'Go 1.20', 'note: module requires Go 1.21'],
	['goflags-parse', 'non-flag', 'go: parsing $GOFLAGS: non-flag "mod"'],
	['goflags-parse', 'unknown flag', 'go: parsing $GOFLAGS: unknown flag -X'],
	['goflags-parse', 'bad value', 'go: invalid boolean value "yes" for flag -trimpath (from $GOFLAGS): parse error'],
	['cgo-compiler-missing', 'windows', 'cgo: C compiler "gcc" not found: exec: "gcc": executable file not found in %PATH%'],
	['cgo-compiler-missing', 'unix', 'cgo: C compiler "gcc" not found: exec: "gcc": executable file not found in $PATH'],
	['cgo-compiler-missing', 'windows, older Go', 'cgo: exec gcc: exec: "gcc": executable file not found in %PATH%'],
	['cgo-compiler-missing', 'unix, bare', 'exec: "gcc": executable file not found in $PATH'],
	['cgo-compiler-missing', 'absolute cross compiler', 'cgo: C compiler "/opt/cross/bin/x86_64-w64-mingw32-gcc" not found: exec: "/opt/cross/bin/x86_64-w64-mingw32-gcc": stat /opt/cross/bin/x86_64-w64-mingw32-gcc: no such file or directory'],
	['cgo-disabled', 'race', 'go: -race requires cgo; enable cgo by setting CGO_ENABLED=1'],
	['cgo-disabled', 'go-sqlite3', "Binary was compiled with 'CGO_ENABLED=0', go-sqlite3 requires cgo to work. This is a stub"],
	['cgo-msvc-unsupported', 'cl.exe', "cl : Command line error D8021 : invalid numeric argument '/Werror'"],
	['cgo-msvc-unsupported', 'clang for MSVC', "clang: error: unsupported option '-mthreads' for target 'x86_64-pc-windows-msvc'"],
	['cgo-non-mingw-gcc', 'gcc', "gcc: error: unrecognized command-line option '-mthreads'; did you mean '-pthread'?"],
	['cgo-non-mingw-gcc', 'gcc, UTF-8 quotes', 'gcc: error: unrecognized command-line option ‘-mthreads’; did you mean ‘-pthread’?'],
	['cgo-non-mingw-gcc', 'older gcc', "gcc: error: unrecognized command line option '-mthreads'"],
	['cgo-cc-path-spaces', 'Go 1.15', 'cgo: exec C:\\Program: exec: "C:\\\\Program": file does not exist'],
	['cgo-cc-path-spaces', 'windows', 'cgo: C compiler "C:\\\\Program" not found: exec: "C:\\\\Program": file does not exist'],
	['cgo-cc-path-spaces', 'unix', 'cgo: C compiler "/opt/My" not found: exec: "/opt/My": stat /opt/My: no such file or directory'],
	['cgo-object-format', 'w64devkit', 'cgo: cannot parse gcc output $WORK\\b001\\\\_cgo_.o as ELF, Mach-O, PE, XCOFF object'],
	['cgo-malformed-argument', 'go', 'go build example.com/app: malformed #cgo argument: -IC:/Program Files (x86)/lib/include'],
	['delve-too-old', 'error', 'Version of Delve is too old for Go version 1.26.1 (maximum supported version 1.24, suppress this error with --check-go-version=false)'],
	['delve-too-old', 'warning', 'WARNING: undefined behavior - version of Delve is too old for Go version 1.26.1 (maximum supported version 1.24)'],
	['delve-too-old', 'old Delve', 'Version of Delve is too old for this version of Go (maximum supported version 1.12, suppress this error with --check-go-version=false)'],
	['delve-go-too-old', 'dlv', 'Go version 1.19.5 is too old for this version of Delve (minimum supported version 1.21, suppress this error with --check-go-version=false)'],
	['gopls-unsupported-go', 'found', "Found Go version 1.16, which is not supported by this version of gopls. Please upgrade to Go 1.21 or later and reinstall gopls. If you can't upgrade and want this message to go away, please install gopls v0.11.0."],
	['gopls-unsupported-go', 'built with', 'Gopls was built with Go version 1.18, which is not supported by this version of gopls. Please upgrade to Go 1.21 or later and reinstall gopls.'],
	['antivirus-quarantine', 'windows', 'github.com/runfinch/finch/e2e/vm.test: open C:\\Users\\ADMINI~1\\AppData\\Local\\Temp\\go-build3463726325\\b001\\vm.test.exe: Operation did not complete successfully because the file contains a virus or potentially unwanted software.'],
	['antivirus-quarantine', 'windows zh', 'open C:\\Users\\dev\\AppData\\Local\\Temp\\go-build123\\b001\\exe\\main.exe: 操作未成功完成，因为文件包含病毒或潜在的垃圾软件。'],
	['app-control-blocked', 'group policy', 'fork/exec C:\\Users\\dev\\AppData\\Local\\Temp\\go-build1\\b001\\exe\\main.exe: This program is blocked by group policy. For more information, contact your system administrator.'],
	['app-control-blocked', 'Smart App Control', 'fork/exec C:\\Users\\dev\\go\\bin\\gopls.exe: An Application Control policy has blocked this file.'],
	['file-locked', 'windows', 'go: open C:\\src\\app\\app.exe: The process cannot access the file because it is being used by another process.'],
	['file-locked', 'unix', 'go: copying /tmp/go-build1/b001/exe/a.out: open /home/dev/go/bin/app: text file busy'],
	['access-denied', 'windows', 'mkdir C:\\Users\\dev\\AppData\\Local\\Temp\\go-build105336363: Access is denied.'],
	['access-denied', 'windows zh', 'open C:\\Program Files\\Go\\pkg\\mod\\cache\\lock: 拒绝访问。'],
	['go-tempdir-unusable', 'GOTMPDIR missing', 'go: creating work dir: stat /path/to/gotmp: no such file or directory'],
	['go-tempdir-unusable', 'TMPDIR missing', 'mkdir /foo/go-build017854532: no such file or directory'],
	['go-tempdir-unusable', 'TEMP unset on Windows', 'mkdir C:\\Windows\\go-build396406123: Access is denied.'],
	['go-tempdir-unusable', 'noexec /tmp', 'fork/exec /tmp/go-build134549651/command-line-arguments/_obj/exe/make: permission denied'],
	['gopath-not-directory', 'windows', 'go: could not create module cache: mkdir C:\\Users\\dev\\go: The system cannot find the path specified.'],
	['gopath-not-directory', 'unix', 'go: could not create module cache: mkdir /home/dev/go: not a directory'],
	['access-denied', 'unix', 'go: could not create module cache: mkdir /usr/local/go/pkg/mod: permission denied'],
	['gopath-equals-goroot', 'Go ≤1.23', 'warning: GOPATH set to GOROOT (/usr/local/go) has no effect'],
	['gopath-equals-goroot', 'newer Go', 'warning: both GOPATH and GOROOT are the same directory (C:\\Program Files\\Go); see https://go.dev/wiki/InstallTroubleshooting'],
	['gopath-relative', 'relative', 'go: GOPATH entry is relative; must be absolute path: "go".'],
	['gopath-relative', 'tilde', 'go: GOPATH entry cannot start with shell metacharacter \'~\': "~/go"'],
	['go-env-overridden', 'go env -w', 'warning: go env -w GOPROXY=... does not override conflicting OS environment variable'],
	['unknown-go-variable', 'go env -w', 'go: unknown go command variable GOCERTFILE'],
	['cross-target-run', 'unix', 'fork/exec /tmp/go-build123/b001/exe/main: exec format error'],
	['cross-target-run', 'windows', 'fork/exec C:\\Users\\dev\\AppData\\Local\\Temp\\go-build1\\b001\\exe\\main: %1 is not a valid Win32 application.'],
	['cross-target-run', 'windows zh', 'fork/exec C:\\Users\\dev\\AppData\\Local\\Temp\\go-build1\\b001\\exe\\main: %1 不是有效的 Win32 应用程序。'],
	['cross-target-run', 'bad pair', 'cmd/go: unsupported GOOS/GOARCH pair linux/amd65'],
	['posix-env-syntax', 'cmd', "'GOOS' is not recognized as an internal or external command,"],
	['posix-env-syntax', 'PowerShell', "GOOS=linux : The term 'GOOS=linux' is not recognized as the name of a cmdlet, function, script file, or operable program."],
	['posix-env-syntax', 'cmd zh', "'GOOS' 不是内部或外部命令，也不是可运行的程序"],
	['go-not-found', 'cmd', "'go' is not recognized as an internal or external command,"],
	['go-not-found', 'PowerShell 5', "go : The term 'go' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again."],
	['go-not-found', 'PowerShell 7', "go: The term 'go' is not recognized as a name of a cmdlet, function, script file, or executable program."],
	['go-not-found', 'PowerShell zh', 'go : 无法将“go”项识别为 cmdlet、函数、脚本文件或可运行程序的名称。请检查名称的拼写，如果包括路径，请确保路径正确，然后再试一次。'],
	['go-not-found', 'cmd zh', "'go' 不是内部或外部命令，也不是可运行的程序"],
	['go-not-found', 'bash', 'bash: go: command not found'],
	['go-not-found', 'zsh', 'zsh: command not found: go'],
	['go-not-found', 'dash', 'sh: 1: go: not found'],
	['go-not-found', 'fish', 'fish: Unknown command: go'],
	['git-not-found', 'go', 'go: missing Git command. See https://golang.org/s/gogetcmd'],
	['git-not-found', 'unix VCS stamp', 'error obtaining VCS status: exec: "git": executable file not found in $PATH'],
	['git-not-found', 'windows', 'package github.com/example/lib: exec: "git": executable file not found in %PATH%'],
	['filename-too-long', 'git', 'error: unable to create file vendor/github.com/example/a/very/long/path/file.go: Filename too long'],
	['filename-too-long', 'windows, a path', 'open C:\\Users\\dev\\src\\a\\very\\deep\\tree\\file.go: The filename or extension is too long.'],
	['go-setting-invalid', 'GO111MODULE', 'go: unknown environment setting GO111MODULE=ON'],
	['go-setting-invalid', 'go env -w', 'go: invalid GO111MODULE value "false"'],
	['go-setting-invalid', 'GOAMD64', 'go: invalid GOAMD64: must be v1, v2, v3, v4'],
	['go-setting-invalid', 'GOSUMDB', 'go: verifying module: invalid GOSUMDB: malformed verifier id'],
	['goenv-file-unusable', 'a folder', 'go: reading go env config: read /home/dev/.config/go/env: is a directory'],
	['goenv-file-unusable', 'go env -w', 'go: writing go env config: open C:\\Users\\dev\\AppData\\Roaming\\go\\env: Access is denied.'],
	['powershell-flag-split', 'coverprofile', 'no required module provides package .out; to add it:'],
	['powershell-flag-split', 'older Go', 'can\'t load package: package .out: cannot find package ".out" in any of:'],
	['cgo-gcc-32bit', 'windows', 'cc1.exe: sorry, unimplemented: 64-bit mode not compiled in'],
	['cgo-gcc-32bit', 'link', 'C:/mingw/bin/../lib/gcc/mingw32/6.3.0/../../../../mingw32/bin/ld.exe: skipping incompatible C:/lib/libfoo.a when searching for -lfoo'],
	['windows-command-line-too-long', 'fork/exec', 'go build github.com/gotd/td/tg: C:\\Go\\pkg\\tool\\windows_amd64\\compile.exe: fork/exec C:\\Go\\pkg\\tool\\windows_amd64\\compile.exe: The filename or extension is too long.'],
	['windows-command-line-too-long', 'cmd.exe', 'The command line is too long.'],
	['windows-command-line-too-long', 'pt-PT, as pasted', 'fork/exec C:\\arduino-1.8.4\\hardware\\tools\\avr/bin/avr-gcc.exe: O nome de ficheiro ou a extensÃ£o Ã© demasiado longo.'],
	['windows-command-line-too-long', 'ja', 'fork/exec C:\\Go\\pkg\\tool\\windows_amd64\\link.exe: ファイル名または拡張子が長すぎます。'],
	['gopath-get-ignores-goproxy', 'GOPATH mode', 'package golang.org/x/time/rate: unrecognized import path "golang.org/x/time/rate" (https fetch: Get https://golang.org/x/time/rate?go-get=1: dial tcp 216.239.37.1:443: i/o timeout)'],
	['gopls-old-go', 'built with an old Go', '/home/dev/go/pkg/mod/golang.org/x/tools@v0.0.0-20200513154647-78b527d18275/internal/jsonrpc2/messages.go:168:5: undefined: errors.As'],
	['gopls-old-go', 'vscode-go', 'Failed to find a go command (go1.21.0 or newer) needed to install tools. The go command (C:\\Program Files\\Go\\bin\\go.exe) is too old (go1.19.2).'],
	['gobin-not-on-path', 'cmd', "'swag' is not recognized as an internal or external command,"],
	['gobin-not-on-path', 'bash', 'bash: goawk: command not found'],
	['gobin-not-on-path', 'cmd zh', "'wails' 不是内部或外部命令，也不是可运行的程序"],
	['gobin-not-on-path', 'PowerShell zh', '无法将“nunu”项识别为 cmdlet、函数、脚本文件或可运行程序的名称。'],
	['gobin-not-on-path', 'protoc', 'protoc-gen-go: program not found or is not executable'],
	['goroot-damaged', 'make.bat', 'go: open D:\\Go\\src\\runtime\\internal\\sys\\zversion.go: The system cannot find the file specified.'],
	['goroot-damaged', 'tools missing', 'fork/exec /usr/local/go/pkg/tool/linux_amd64/compile: no such file or directory'],
	['powershell-set-not-env', 'PowerShell', 'PS C:\\Users\\dev> set CGO_ENABLED=0'],
	['go-get-does-not-install', 'Go 1.17', "go get: installing executables with 'go get' in module mode is deprecated."],
	['go-get-does-not-install', 'Go 1.18', "go: 'go get' is no longer supported outside a module."],
	['gobin-not-on-path', 'bash, ru', 'bash: goctl: команда не найдена'],
	['go-not-found', 'bash, zh', '-bash: go: 未找到命令'],
	['go-not-found', 'a Node tool', 'Error: spawn go ENOENT'],
	['toolchain-too-new-local', 'three-part go line, Go 1.15-1.20', "go: errors parsing go.mod: /src/app/go.mod:3: invalid go version '1.21.0': must match format 1.23"],
	['toolchain-too-new-local', 'toolchain line, Go ≤1.20', 'go: errors parsing go.mod: /src/app/go.mod:5: unknown directive: toolchain'],
	['toolchain-too-new-local', 'a newer std package', 'main.go:3:8: package slices is not in GOROOT (/usr/local/go/src/slices)'],
	['file-locked', 'lock violation', 'go: RLock C:\\src\\app\\go.mod: The process cannot access the file because another process has locked a portion of the file.'],
	['private-repo-auth', 'GitHub, no credentials', 'remote: Repository not found.'],
	['modules-disabled', 'Go 1.12 in GOPATH/src', 'go: warning: modules disabled by GO111MODULE=auto in GOPATH/src;'],
	['go-too-old-for-install-version', 'Go 1.15', "can't load package: package github.com/tbvdm/sigtop@master: cannot use path@version syntax in GOPATH mode (go install github.com/tbvdm/sigtop@master)"],
	['go-wrong-arch-install', 'Delve under Rosetta', 'could not launch process: can not run under Rosetta, check that the installed build of Go is right for your CPU architecture'],
	['go-wrong-arch-install', 'a 64-bit go on a 32-bit system', 'bash: /usr/local/go/bin/go: cannot execute binary file: Exec format error'],
	['gopath-is-module', 'GOPATH set to a checkout', '$GOPATH/go.mod exists but should not'],
	['windows-version-unsupported', 'Go 1.22+ on Windows 7', 'The procedure entry point ProcessPrng could not be located in the dynamic link library bcryptprimitives.dll.'],
	['cgo-disabled', 'a cgo-only package, cgo off', 'imports github.com/go-gl/gl/v2.1/gl: build constraints exclude all Go files in C:\\Users\\dev\\go\\pkg\\mod\\github.com\\go-gl\\gl@v0.0.0\\v2.1\\gl'],
	['delve-too-old', 'Delve 1.1', 'could not launch process: executables built by Go 1.11 or later need Delve built by Go 1.11 or later'],
	['gopls-old-go', 'GOPATH-mode go get of gopls with Go 1.10', 'go/src/golang.org/x/tools/internal/lsp/source/symbols.go:226:18: ti.EmbeddedType undefined (type *types.Interface has no field or method EmbeddedType)'],
	['cgo-non-mingw-gcc', 'an MSYS gcc on Windows', '/usr/lib/gcc/x86_64-pc-msys/9.3.0/../../../../x86_64-pc-msys/bin/ld: cannot find -lmingwex'],
	['cgo-gcc-32bit', 'retyped without "in"', 'cc1.exe: sorry, unimplemented: 64-bit mode not compiled.'],
	['gopath-not-directory', 'stat of the module cache', 'go: could not create module cache: stat /home/dev/go/bin/go/pkg/mod: not a directory'],
	['connection-closed', 'Go 1.13, unquoted URL', 'go get example.com/lib: module example.com/lib: Get https://goproxy.cn/example.com/lib/@v/list: proxyconnect tcp: EOF'],
	['module-not-found', 'Go 1.11 version list', 'go get golang.org/x/tools/gopls: unexpected status (https://goproxy.io/golang.org/x/tools/@v/list): 404 Not Found'],
	['proxy-version-unavailable', 'Go 1.11 .info', 'go: example.com/lib@v1.9.9: unexpected status (https://goproxy.io/example.com/lib/@v/v1.9.9.info): 404 Not Found'],
	['proxy-http-error', 'Go 1.12 5xx', 'go: example.com/lib@v1.2.0: unexpected status (https://goproxy.io/example.com/lib/@v/v1.2.0.mod): 502 Bad Gateway'],
	// Delve's Go-version checks in each wording it shipped (pkg/goversion/compat.go, 2019–today).
	['delve-go-too-old', 'Delve 1.3 warning', 'Warning: version of Go is too old for this version of Delve (minimum supported version 1.15)'],
	['delve-go-too-old', 'Delve 1.20 warning', 'WARNING: undefined behavior - Go version 1.18.3 is too old for this version of Delve (minimum supported version 1.19)'],
	['delve-too-old', 'Delve 1.3 error', 'Version of Delve is too old for this version of Go (maximum supported version 1.17, suppress this error with --check-go-version=false)'],
	['delve-too-old', 'Delve 1.3 warning', 'Warning: version of Delve is too old for this version of Go (maximum supported version 1.17)'],
	['delve-too-old', 'Delve 1.20 error', 'Version of Delve is too old for Go version 1.22.0 (maximum supported version 1.21, suppress this error with --check-go-version=false)'],
	['delve-too-old', 'Delve 1.20 warning', 'WARNING: undefined behavior - version of Delve is too old for Go version 1.22.0 (maximum supported version 1.21)'],
	['gopath-project-module-mode', 'Go 1.13-1.15', "go: cannot find main module; see 'go help modules'"],
	['gopath-project-module-mode', 'Go 1.16+', "go: go.mod file not found in current directory or any parent directory; see 'go help modules'"],
	['setting-has-carriage-return', 'bash, CRLF script', "./build.sh: line 2: $'\\r': command not found"],
	['setting-has-carriage-return', 'a path with \\r, written over itself', ': no such file or directoryep/cmd/dep: mkdir /mnt/c/Users/dev/tools'],
	['checksum-mismatch', 'via a proxy', 'This download does NOT match the one reported by the checksum server.'],
	['cgo-compiler-missing', 'go/packages', '/project/cbrotli/cgo.go:13:8: could not import C (no metadata for C)'],
	['cgo-non-mingw-gcc', 'Cygwin gcc', "gcc_libinit_windows.c:56:12: error: implicit declaration of function '_beginthread'; did you mean 'OpenThread'? [-Werror=implicit-function-declaration]"],
	['app-control-blocked', 'Delve denied', 'could not launch process: Access is denied'],
	['gobin-not-on-path', 'make', 'make: goop: Command not found'],
	['timeout', 'windows, wrapped by an 80-column console', ' connection attempt failed because the connected party did not properly respond'],
	['toolchain-too-new-local', 'gc without any (before Go 1.18)', 'Error: internal/goast/pos.go:35:21: undefined: any'],
	['toolchain-too-new-local', 'gccgo without any', '/home/dev/go/pkg/mod/example.com/lib@v0.4.0/client.go:31:62: error: use of undefined type ‘any’'],
	['go-tempdir-unusable', 'cmd/dist with TEMP unset', 'gomobile: cannot get cmd/dist version: exit status 2 (go tool dist: mkdir C:\\Windows\\go-tool-dist-506627087: Access is denied.'],
	['gopath-not-set', 'Go before 1.8', 'package github.com/example/tool: cannot download, $GOPATH not set. For more details see: go help gopath'],
	['gopath-not-set', 'default GOPATH is GOROOT', 'missing $GOPATH'],
	['posix-env-syntax', "Unix's env in cmd", "'env' is not recognized as an internal or external command,"],
	['powershell-syntax-in-cmd', 'en', 'C:\\src\\tool>$Env:GOOS="windows"; The filename, directory name, or volume label syntax is incorrect.'],
	['exe-without-extension', 'cmd', "C:\\src\\tool>go build -o tool ./cmd/tool && tool 'tool' is not recognized as an internal or external command,"],
	['gobin-cross-install', 'go install for another GOOS', 'go install: cannot install cross-compiled binaries when GOBIN is set'],
	['cgo-flag-not-allowed', 'Go 1.9.4 allow-list', 'go build github.com/example/wx: invalid flag in #cgo LDFLAGS: -s'],
	['gccgo-not-found', 'no gccgo', 'go build github.com/example/app: exec: "gccgo": executable file not found in $PATH'],
	['cgo-compiler-missing', 'a gcc that cannot start its parts', 'gcc: error: CreateProcess: No such file or directory'],
	['cgo-non-mingw-gcc', "Haskell's gcc", 'realgcc.exe: fatal error: no input files'],
	['https-proxy-unset', 'http_proxy only', 'http_proxy=http://127.0.0.1:7890 go install: verifying module: Get "https://sumdb.default.example/lookup/golang.org/x/tools@v0.1.0": dial tcp 142.251.43.17:443: i/o timeout'],
];

/**
 * Windows messages in the other languages Windows ships them in: real pastes where one was
 * found (LOCALIZED.md of the real-case corpus, public issues and READMEs), else the text of
 * Microsoft's localized system error code pages. Each with the class it must give.
 */
const LOCALIZED: ReadonlyArray<readonly [CauseClass, string, string]> = [
	['go-not-found', 'fr cmd', "'go' n’est pas reconnu en tant que commande interne"],
	['go-not-found', 'fr PowerShell', "go : Le terme «go» n'est pas reconnu comme nom d'applet de commande, fonction, fichier de script ou programme"],
	['go-not-found', 'ja cmd', "'go' は、内部コマンドまたは外部コマンド、"],
	['go-not-found', 'ko cmd', "'go'은(는) 내부 또는 외부 명령, 실행할 수 있는 프로그램, 또는"],
	['go-not-found', 'zh-TW cmd', "'go' 不是內部或外部命令、可執行的程式或批次檔。"],
	['go-not-found', 'de cmd', 'Der Befehl "go" ist entweder falsch geschrieben oder'],
	['go-not-found', 'es cmd', '"go" no se reconoce como un comando interno o externo,'],
	['go-not-found', 'pt-BR cmd', "'go' não é reconhecido como um comando interno"],
	['go-not-found', 'ru cmd', '"go" не является внутренней или внешней'],
	['go-not-found', 'zh-TW PowerShell', "go : 無法辨識 'go' 詞彙是否為 Cmdlet、函數、指令檔或可執行程式的名稱。"],
	['go-not-found', 'it cmd', "'go' non è riconosciuto come comando interno o esterno,"],
	['go-not-found', 'pt-BR PowerShell', "go : O termo 'go' não é reconhecido como nome de cmdlet, função, arquivo de script ou programa"],
	['go-not-found', 'es PowerShell', "go : El término 'go' no se reconoce como nombre de un cmdlet, función, archivo de script o programa"],
	['go-not-found', 'ru PowerShell', 'go : Имя "go" не распознано как имя командлета, функции, файла сценария или выполняемой программы.'],
	['go-not-found', 'ja PowerShell', "go : 用語 'go' は、コマンドレット、関数、スクリプト ファイル、または操作可能なプログラムの名前として認識されません。"],
	['go-not-found', 'ko PowerShell', "go : 'go' 용어가 cmdlet, 함수, 스크립트 파일 또는 실행할 수 있는 프로그램 이름으로 인식되지 않습니다."],
	['gobin-not-on-path', 'ru cmd', '"swag" не является внутренней или внешней'],
	['posix-env-syntax', 'es cmd', '"GOOS" no se reconoce como un comando interno o externo,'],
	['antivirus-quarantine', 'zh-TW', 'open C:\\Users\\dev\\AppData\\Local\\Temp\\go-build1\\b001\\exe\\a.out.exe: 作業無法順利完成，因為檔案包含病毒或潛在的垃圾軟體。'],
	['antivirus-quarantine', 'ja', 'ファイルにウイルスまたは望ましくない可能性のあるソフトウェアが含まれているため、'],
	['antivirus-quarantine', 'ko', '[WinError 225] 파일에 바이러스 또는 기타 사용자 동의 없이 설치된 소프트웨어가 있기 때문에 작업이 완료되지 않았습니다'],
	['antivirus-quarantine', 'de', 'open C:\\Temp\\go-build1\\b001\\exe\\a.out.exe: Der Vorgang wurde nicht erfolgreich abgeschlossen, weil die Datei einen Virus oder potenziell unerwünschte Software enthält.'],
	['antivirus-quarantine', 'fr', "L’opération n’a pas abouti car le fichier contient un virus ou un logiciel potentiellement indésirable."],
	['antivirus-quarantine', 'es', 'No se pudo completar la operación porque el archivo contiene un virus o software potencialmente no deseado'],
	['antivirus-quarantine', 'pt-BR', 'A operação não foi concluída com êxito porque o arquivo contém um vírus ou software potencialmente indesejado.'],
	['antivirus-quarantine', 'ru', 'операция не была успешно завершена так как файл содержит вирус или потенциально нежелательную программу'],
	['antivirus-quarantine', 'zh-CN, older', '[WinError 225] 无法成功完成操作，因为文件包含病毒或潜在的垃圾软件。'],
	['cross-target-run', 'zh-CN, 216', 'go-cqhttp.exe 与你运行的 Windows 版本不兼容。请查看计算机的系统信息，然后联系软件发布者。'],
	['access-denied', 'de', 'open C:\\Program Files\\Go\\pkg\\mod\\cache\\lock: Zugriff verweigert'],
	['access-denied', 'fr', 'open C:\\Program Files\\Go\\pkg\\mod\\cache\\lock: L’accès est refusé.'],
	['access-denied', 'es', 'open C:\\Program Files\\Go\\pkg\\mod\\cache\\lock: Acceso denegado.'],
	['access-denied', 'pt-BR', 'open C:\\Program Files\\Go\\pkg\\mod\\cache\\lock: Acesso negado.'],
	['access-denied', 'ru', 'open C:\\Program Files\\Go\\pkg\\mod\\cache\\lock: Отказано в доступе.'],
	['access-denied', 'ja', 'open C:\\Program Files\\Go\\pkg\\mod\\cache\\lock: アクセスが拒否されました。'],
	['access-denied', 'ko', 'open C:\\Program Files\\Go\\pkg\\mod\\cache\\lock: 액세스가 거부되었습니다.'],
	['access-denied', 'zh-TW', 'open C:\\Program Files\\Go\\pkg\\mod\\cache\\lock: 存取被拒。'],
	['windows-command-line-too-long', 'de', 'fork/exec C:\\Go\\pkg\\tool\\windows_amd64\\cgo.exe: Der Dateiname oder die Erweiterung ist zu lang.'],
	['windows-command-line-too-long', 'fr', 'fork/exec C:\\Go\\pkg\\tool\\windows_amd64\\cgo.exe: Le nom de fichier ou l’extension est trop long.'],
	['windows-command-line-too-long', 'es', 'fork/exec C:\\Go\\pkg\\tool\\windows_amd64\\cgo.exe: El nombre del archivo o la extensión es demasiado largo.'],
	['windows-command-line-too-long', 'pt-BR', 'CreateProcess error=206, O nome do arquivo ou a extensão é muito grande'],
	['windows-command-line-too-long', 'ru', 'fork/exec C:\\Go\\pkg\\tool\\windows_amd64\\cgo.exe: Имя файла или его расширение имеет слишком большую длину.'],
	['windows-command-line-too-long', 'ko', 'fork/exec C:\\Go\\pkg\\tool\\windows_amd64\\cgo.exe: 파일 이름이나 확장명이 너무 깁니다.'],
	['windows-command-line-too-long', 'zh-TW', 'fork/exec C:\\Go\\pkg\\tool\\windows_amd64\\cgo.exe: 檔案名稱或副檔名太長。'],
];

describe('matchErrors on localized Windows messages', () => {
	it.each(LOCALIZED)('%s (%s)', (cls, _label, line) => {
		expect(matchErrors(line).map((c) => c.class)).toEqual([cls]);
	});

	it('covers the languages the issue names, for the messages users paste most', () => {
		const languages = new Set(LOCALIZED.map(([, label]) => label.split(/[ ,]/)[0]));
		for (const lang of ['zh-TW', 'ja', 'ko', 'de', 'fr', 'es', 'pt-BR', 'ru']) expect(languages.has(lang), lang).toBe(true);
	});
});

/** Output around an error that must not be mistaken for one. */
const WINDOWS_NOISE_BEFORE = ['PS C:\\src\\app> go build ./...', 'go: downloading example.com/lib v1.2.0', '# example.com/app', '.\\main.go:10:2: undefined: foo'];
const UNIX_NOISE_BEFORE = ['$ go test ./...', 'ok  \texample.com/app/internal/util\t0.012s', '?   \texample.com/app/cmd\t[no test files]', '--- FAIL: TestParse (0.00s)', '    parse_test.go:12: got 1, want 2'];
const NOISE_AFTER = ['FAIL', 'exit status 1', 'make: *** [build] Error 1', '```'];

describe('matchErrors on each cause class', () => {
	it.each(SAMPLES)('%s (%s) alone', (cls, _label, line) => {
		const causes = matchErrors(line);
		expect(causes.map((c) => c.class)).toEqual([cls]);
		expect(causes[0]).toMatchObject({lineNumber: 1, occurrences: 1, line: line.trim()});
	});

	it.each(SAMPLES)('%s (%s) inside build output', (cls, _label, line) => {
		const before = /[A-Z]:\\|%PATH%|connectex|wsarecv|getaddrinfow|cmdlet|不是|拒绝|操作/.test(line) ? WINDOWS_NOISE_BEFORE : UNIX_NOISE_BEFORE;
		const text = ['Here is what I get:', '```', ...before, line, ...NOISE_AFTER].join('\r\n');
		const causes = matchErrors(text);
		expect(causes.map((c) => c.class)).toEqual([cls]);
		expect(causes[0]!.lineNumber).toBe(before.length + 3);
		expect(causes[0]!.line).toBe(line.trim());
		expect(causes[0]!.column).toBeGreaterThan(0);
	});

	it('has samples for every class, and the table covers exactly the contract', () => {
		const sampled = new Set(SAMPLES.map(([cls]) => cls));
		expect(CAUSE_CLASSES.filter((cls) => !sampled.has(cls))).toEqual([]);
		expect(new Set(CAUSE_CLASSES).size).toBe(CAUSE_CLASSES.length);
		expect(RULES.map((r) => r.class).sort()).toEqual([...CAUSE_CLASSES].sort());
	});

	it('has Windows and Unix wordings for the errors whose wording depends on the OS', () => {
		const bothWordings: CauseClass[] = ['dns-failure', 'connection-refused', 'timeout', 'connection-reset', 'cgo-compiler-missing', 'go-not-found', 'git-not-found', 'file-locked', 'access-denied', 'cross-target-run'];
		for (const cls of bothWordings) {
			const wordings = SAMPLES.filter(([c]) => c === cls).map(([, , line]) => matchErrors(line)[0]!.wording);
			expect(wordings, cls).toContain('windows');
			expect(wordings.some((w) => w === 'unix' || w === 'any'), cls).toBe(true);
		}
	});

	it('keeps the contract names exactly as the issue lists them', () => {
		const contract = 'dns-failure connection-refused timeout tls-unknown-authority tls-name-mismatch tls-expired proxy-http-error sumdb-private-module private-repo-auth checksum-mismatch goroot-not-found toolchain-version-mismatch modules-disabled goproxy-empty-list goproxy-bad-scheme toolchain-not-available toolchain-too-new-local goflags-parse cgo-compiler-missing cgo-msvc-unsupported cgo-non-mingw-gcc cgo-cc-path-spaces cgo-object-format delve-too-old delve-go-too-old gopls-unsupported-go antivirus-quarantine go-not-found';
		for (const name of contract.split(' ')) expect(CAUSE_CLASSES).toContain(name);
	});
});

describe('matchErrors: causes that the text around decides', () => {
	it('build constraints excluding every file of an OS-only package is not cgo', () => {
		expect(matchErrors('build constraints exclude all Go files in /home/dev/go/pkg/mod/golang.org/x/sys@v0.1.0/windows').map((c) => c.class)).toEqual([]);
	});

	it('a GOPATH-mode fetch through a failing HTTP proxy is that proxy, unless a GOPROXY was set for go to use', () => {
		const line = 'package golang.org/x/net/context: unrecognized import path "golang.org/x/net/context" (https fetch: Get https://golang.org/x/net/context?go-get=1: proxyconnect tcp: EOF)';
		expect(matchErrors(line).map((c) => c.class)).toEqual(['connection-closed']);
		expect(matchErrors(`$ export GOPROXY=https://goproxy.cn\n${line}`)[0]?.class).toBe('gopath-get-ignores-goproxy');
		const pull = "go env -w GOPROXY=https://goproxy.cn,direct\ngo get -u -v golang.org/x/tools/cmd/guru\ngit pull --ff-only\nfatal: unable to access 'https://go.googlesource.com/tools/': Failed to connect to go.googlesource.com port 443: Connection timed out";
		expect(matchErrors(pull)[0]?.class).toBe('gopath-get-ignores-goproxy');
		expect(matchErrors(pull.replace('go env -w GOPROXY=https://goproxy.cn,direct\n', ''))[0]?.class).toBe('timeout');
		const direct = 'package golang.org/x/time/rate: unrecognized import path "golang.org/x/time/rate" (https fetch: Get https://golang.org/x/time/rate?go-get=1: dial tcp 216.239.37.1:443: i/o timeout)';
		expect(matchErrors(direct)[0]?.class).toBe('gopath-get-ignores-goproxy');
	});

	it('Delve\'s DWARF "too short" is an old Delve only where no Delve 1.1 or later is named', () => {
		const line = 'could not launch process: decoding dwarf section info at offset 0x0: too short';
		expect(matchErrors(line)[0]?.class).toBe('delve-too-old');
		expect(matchErrors(`delveversion: 1.4.0\n${line}`).map((c) => c.class)).toEqual([]);
	});

	it('Delve not building is a 32-bit go only where go version says 386', () => {
		const line = 'src\\github.com\\derekparker\\delve\\proc\\disasm.go:9: undefined: ArchInst';
		expect(matchErrors(`go version go1.7.1 windows/386\n${line}`)[0]?.class).toBe('go-wrong-arch-install');
		expect(matchErrors(`go version go1.7.1 windows/amd64\n${line}`).map((c) => c.class)).toEqual([]);
	});

	it('"cannot find main module" is a GOPATH project in module mode, but not for go get', () => {
		expect(matchErrors('$ go build\ngo: cannot find main module')[0]?.class).toBe('gopath-project-module-mode');
		expect(matchErrors('$ go get golang.org/x/lint/golint\ngo: cannot find main module; see \'go help modules\'').map((c) => c.class)).toEqual([]);
	});

	it('go.mod not found with go get is a GOPATH-era command in module mode (Go 1.16+ wording only)', () => {
		expect(matchErrors("go get github.com/example/tool\ngo: go.mod file not found in current directory or any parent directory; see 'go help modules'")[0]?.class).toBe('gopath-project-module-mode');
	});

	it('the file-name syntax message is PowerShell syntax in cmd only where a $env: assignment was typed', () => {
		const line = 'The filename, directory name, or volume label syntax is incorrect.';
		expect(matchErrors(line).map((c) => c.class)).toEqual([]);
		expect(matchErrors(`C:\\src>$Env:GOOS="windows";\n${line}`)[0]?.class).toBe('powershell-syntax-in-cmd');
		expect(matchErrors('C:\\src>$env:GOARCH = "amd64"\n文件名、目录名或卷标语法不正确。')[0]?.class).toBe('powershell-syntax-in-cmd');
	});

	it('"not recognized" is a file built without .exe only where go build -o wrote that name without it', () => {
		const zh = 'fuck-u-code 不是内部或外部命令，也不是可运行的程序或批处理文件。';
		expect(matchErrors(zh)[0]?.class).toBe('gobin-not-on-path');
		expect(matchErrors(`go build -o fuck-u-code ./cmd/fuck-u-code\n${zh}`)[0]?.class).toBe('exe-without-extension');
		expect(matchErrors(`go build -o bin\\fuck-u-code.exe ./cmd/fuck-u-code\n${zh}`)[0]?.class).toBe('gobin-not-on-path');
		expect(matchErrors("go build -o=./bin/dockerlings ./cmd/dockerlings\ndockerlings : The term 'dockerlings' is not recognized as the name of a cmdlet")[0]?.class).toBe('exe-without-extension');
	});

	it('dlv failing to start its program is another target only where GOOS was set for dlv', () => {
		const line = 'could not launch process: stub exited while waiting for connection: exit status 0';
		expect(matchErrors(line).map((c) => c.class)).toEqual([]);
		expect(matchErrors(`$ env GOOS=linux dlv debug main.go\n${line}`)[0]?.class).toBe('cross-target-run');
	});

	it('an unqualified undefined name is cgo left out only in a go build for another GOOS without CGO_ENABLED=1', () => {
		const lines = 'src/github.com/fyne-io/fyne/desktop/app.go:12:31: undefined: NewEFLDriver\nsrc/github.com/fyne-io/fyne/desktop/efl_windows.go:9:22: undefined: window';
		expect(matchErrors(lines).map((c) => c.class)).toEqual([]);
		expect(matchErrors(`$ env GOOS=windows GOARCH=amd64 go build main.go\n${lines}`)[0]?.class).toBe('cgo-disabled');
		expect(matchErrors(`C:\\src>set GOOS=linux\n${lines}`)[0]?.class).toBe('cgo-disabled');
		expect(matchErrors(`CGO_ENABLED=1 GOOS=windows go build\n${lines}`).map((c) => c.class)).toEqual([]);
		expect(matchErrors('GOOS=windows go build\nmain.go:9:2: undefined: syscall.SIGUSR1').map((c) => c.class)).toEqual([]);
	});

	it('an empty program name from go build is gccgo missing only with -compiler=gccgo', () => {
		const line = 'go build command-line-arguments: : fork/exec : no such file or directory';
		expect(matchErrors(line).map((c) => c.class)).toEqual([]);
		expect(matchErrors(`$ go build -x -compiler=gccgo hello.go\n${line}`)[0]?.class).toBe('gccgo-not-found');
		expect(matchErrors(`% go build -compiler gccgo helloworld.go\n${line}`)[0]?.class).toBe('gccgo-not-found');
	});

	it('a module path that is a home folder without its slash is GOPATH unset in a path-building tool', () => {
		expect(matchErrors('build ovpn-admin: cannot load home/ubuntu/ovpn-admin/packrd: malformed module path "home/ubuntu/ovpn-admin/packrd": missing dot in first path element')[0]?.class).toBe('gopath-not-set');
		expect(matchErrors('malformed module path "myproject/util": missing dot in first path element').map((c) => c.class)).toEqual([]);
	});

	it('a 32-bit object in a 64-bit link is not a 32-bit gcc (a ready-made .syso or library)', () => {
		const ld = "ld.exe: i386 architecture of input file `C:\\Users\\dev\\AppData\\Local\\Temp\\go-link-332898159\\000000.o' is incompatible with i386:x86-64 output";
		expect(matchErrors(ld).map((c) => c.class)).toEqual([]);
	});

	it("'go' not recognized is the antivirus only where the text says one removed files", () => {
		const line = "'go' is not recognized as an internal or external command,";
		expect(matchErrors(line)[0]?.class).toBe('go-not-found');
		expect(matchErrors(`some of the exe files got deleted by McAfee\n${line}`)[0]?.class).toBe('antivirus-quarantine');
	});

	it('"not a valid Win32 application" is an unsupported Windows only where the text names one', () => {
		const line = 'fork/exec C:\\app\\tool.exe: %1 is not a valid Win32 application.';
		expect(matchErrors(line)[0]?.class).toBe('cross-target-run');
		expect(matchErrors(`On Windows Server 2003 32-bit:\n${line}`)[0]?.class).toBe('windows-version-unsupported');
		expect(matchErrors('在 server2003 上运行提示 “不是有效的 win32 应用程序”')[0]?.class).toBe('windows-version-unsupported');
	});
});

describe('matchErrors: several errors, none, repeats', () => {
	it('gives several causes in the order they appear', () => {
		const text = [
			'go: downloading example.com/lib v1.2.0',
			"fatal: could not read Username for 'https://git.corp.example': terminal prompts disabled",
			'go: example.com/other@v1.0.0: Get "https://goproxy.default.example/x": dial tcp: lookup goproxy.default.example: no such host',
			'cgo: C compiler "gcc" not found: exec: "gcc": executable file not found in %PATH%',
		].join('\n');
		expect(matchErrors(text).map((c) => [c.class, c.lineNumber])).toEqual([
			['private-repo-auth', 2],
			['dns-failure', 3],
			['cgo-compiler-missing', 4],
		]);
	});

	it('reports one cause for an error repeated per module, counting the lines', () => {
		const line = (m: string) => `go: example.com/${m}@v1.0.0: Get "https://goproxy.default.example/example.com/${m}/@v/v1.0.0.info": dial tcp 10.1.1.1:443: i/o timeout`;
		const causes = matchErrors([line('a'), line('b'), line('c')].join('\n'));
		expect(causes).toHaveLength(1);
		expect(causes[0]).toMatchObject({class: 'timeout', lineNumber: 1, occurrences: 3});
		expect(causes[0]!.line).toContain('example.com/a');
	});

	it('returns nothing for output without a known error', () => {
		expect(matchErrors([...UNIX_NOISE_BEFORE, ...WINDOWS_NOISE_BEFORE, ...NOISE_AFTER].join('\n'))).toEqual([]);
		expect(matchErrors('')).toEqual([]);
		expect(matchErrors('go version go1.26.8 linux/amd64\n')).toEqual([]);
	});

	it('quotes the checksum mismatch once for its whole block', () => {
		const text = [
			'verifying example.com/lib@v1.2.0: checksum mismatch',
			'\tdownloaded: h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
			'\tgo.sum:     h1:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB=',
			'',
			'SECURITY ERROR',
			'This download does NOT match an earlier download recorded in go.sum.',
		].join('\n');
		expect(matchErrors(text)).toMatchObject([{class: 'checksum-mismatch', lineNumber: 1, occurrences: 2}]);
	});
});

describe('matchErrors: which rule wins a line', () => {
	it('calls a DNS lookup that timed out dns-failure, not timeout', () => {
		expect(matchErrors('dial tcp: lookup goproxy.cn on 8.8.8.8:53: read udp 10.0.0.2:5353->8.8.8.8:53: i/o timeout')[0]!.class).toBe('dns-failure');
	});

	it('tells the causes of a 404/410 from a checksum database apart, and a version the proxy cannot serve', () => {
		// A private host, or a server answer saying git could not fetch it: a private module sent to the public database.
		expect(matchErrors('reading https://sumdb.default.example/lookup/git.corp.example/x@v1.0.0: 410 Gone')[0]!.class).toBe('sumdb-private-module');
		const authAnswer = [
			'verifying github.com/acme/secret@v0.3.1: reading https://sumdb.default.example/lookup/github.com/acme/secret@v0.3.1: 410 Gone',
			'\tserver response:',
			"\tnot found: github.com/acme/secret@v0.3.1: invalid version: git ls-remote -q origin in /tmp/gopath/pkg/mod/cache/vcs/1: exit status 128:",
			"\t\tfatal: could not read Username for 'https://github.com': terminal prompts disabled",
		].join('\n');
		expect(matchErrors(authAnswer)[0]!.class).toBe('sumdb-private-module');
		// The text shows GOPRIVATE: the user is dealing with a private module.
		expect(matchErrors('GOPRIVATE="gitlab.com/example@develop"\nreading https://sumdb.default.example/lookup/gitlab.com/luna@v0.0.0-20200115220444-a0e0202016cf: 410 Gone').map((c) => c.class)).toEqual(['sumdb-private-module']);
		// A public module the database cannot serve.
		expect(matchErrors('reading https://sumdb.default.example/lookup/github.com/mszostok/codeowners-validator@v0.5.1: 410 Gone')[0]!.class).toBe('sumdb-lookup-not-found');
		// A third-party database named with its key in GOSUMDB, answering 404: that database is the problem.
		const thirdParty = 'env GOSUMDB=gosum.example+ce6e7565+AY5qEHUk/qmHc5btzW45JVoENfazw8LielDsaI+lEbq6 go get example.com/lib@v1.0.0\ngo get example.com/lib@v1.0.0: verifying module: example.com/lib@v1.0.0: reading https://gosum.example/lookup/example.com/lib@v1.0.0: 404 Not Found';
		expect(matchErrors(thirdParty)[0]!.class).toBe('sumdb-unavailable');
		expect(matchErrors('reading https://goproxy.default.example/example.com/x/@v/v1.0.0.info: 410 Gone')[0]!.class).toBe('proxy-version-unavailable');
		expect(matchErrors('reading https://goproxy.default.example/example.com/x/@v/list: 410 Gone')[0]!.class).toBe('module-not-found');
		expect(matchErrors('reading https://goproxy.default.example/example.com/x/@v/v1.0.0.info: 500 Internal Server Error')[0]!.class).toBe('proxy-http-error');
	});

	it('does not take the checksum server\'s own explanation for a local network error', () => {
		const text = [
			'go: git.corp.example/team/lib@v1.0.0: verifying module: git.corp.example/team/lib@v1.0.0: reading https://sumdb.default.example/lookup/git.corp.example/team/lib@v1.0.0: 410 Gone',
			'\tserver response: not found: git.corp.example/team/lib@v1.0.0: unrecognized import path "git.corp.example/team/lib": https fetch: Get "https://git.corp.example/team/lib?go-get=1": dial tcp: lookup git.corp.example on 8.8.8.8:53: no such host',
		].join('\n');
		expect(matchErrors(text).map((c) => c.class)).toEqual(['sumdb-private-module']);
	});

	it('tells a clang for the MSVC target from a non-MinGW gcc', () => {
		expect(matchErrors("clang: error: unsupported option '-mthreads' for target 'x86_64-pc-windows-msvc'")[0]!.class).toBe('cgo-msvc-unsupported');
		expect(matchErrors("clang: error: unsupported option '-mthreads' for target 'x86_64-pc-linux-gnu'")[0]!.class).toBe('cgo-non-mingw-gcc');
	});

	it('tells a CC cut at a space from a compiler that is not installed', () => {
		expect(matchErrors('cgo: C compiler "C:\\\\Program" not found: exec: "C:\\\\Program": file does not exist')[0]!.class).toBe('cgo-cc-path-spaces');
		expect(matchErrors('cgo: C compiler "C:\\\\msys64\\\\ucrt64\\\\bin\\\\gcc.exe" not found: exec: "C:\\\\msys64\\\\ucrt64\\\\bin\\\\gcc.exe": file does not exist')[0]!.class).toBe('cgo-compiler-missing');
	});

	it('does not mistake a successful toolchain switch for an error', () => {
		expect(matchErrors('go: example.com/lib@v1.3.0 requires go >= 1.24; switching to go1.24.5\ngo: downloading go1.24.5 (linux/amd64)')).toEqual([]);
	});

	it('never points a checksum mismatch at core.autocrlf', () => {
		const [cause] = matchErrors('verifying module: checksum mismatch');
		expect(cause!.checks).not.toContain('git-autocrlf');
		for (const lang of LANGUAGES) expect(causeText(createTranslator(lang), cause!).fix).not.toMatch(/autocrlf/i);
	});

	it('does not take a tool other than go for go-not-found, and a tool go installed for a missing GOBIN on PATH', () => {
		expect(matchErrors("'gofmt' is not recognized as an internal or external command,")).toEqual([]);
		expect(matchErrors('bash: gopls: command not found').map((c) => c.class)).toEqual(['gobin-not-on-path']);
		// Programs that never come from go install, paths, files and flags are not GOBIN's.
		for (const line of ["'npm' is not recognized as an internal or external command,", "'.' is not recognized as an internal or external command,", 'bash: make: command not found', "main.go : The term 'main.go' is not recognized as the name of a cmdlet"]) {
			expect(matchErrors(line).map((c) => c.class), line).toEqual([]);
		}
		// A C compiler missing is cgo's problem.
		expect(matchErrors("'gcc' is not recognized as an internal or external command,").map((c) => c.class)).toEqual(['cgo-compiler-missing']);
	});

	it('takes path@version in GOPATH mode for a Go too old for go install, unless it was go get', () => {
		expect(matchErrors('$ go install github.com/mattn/algia@latest\npackage github.com/mattn/algia@latest: cannot use path@version syntax in GOPATH mode')[0]!.class).toBe('go-too-old-for-install-version');
		expect(matchErrors('go version go1.15.15 linux/arm64\npackage x@latest: cannot use path@version syntax in GOPATH mode')[0]!.class).toBe('go-too-old-for-install-version');
		expect(matchErrors('$ GO111MODULE=off go get example.com/tool@v1.2.0\ngo: cannot use path@version syntax in GOPATH mode')[0]!.class).toBe('modules-disabled');
	});

	it('takes a failure on https for a proxy set only in HTTP_PROXY, judged by what was set before the error', () => {
		const failed = 'Get "https://goproxy.default.example/x/@v/list": dial tcp 142.251.43.17:443: i/o timeout';
		expect(matchErrors(`$ export HTTP_PROXY=http://127.0.0.1:7890\n${failed}`)[0]!.class).toBe('https-proxy-unset');
		expect(matchErrors(`$ export HTTP_PROXY=http://127.0.0.1:7890\n${failed}\nfixed with: HTTPS_PROXY=http://127.0.0.1:7890 go get`)[0]!.class).toBe('https-proxy-unset');
		expect(matchErrors(`$ export HTTP_PROXY=http://127.0.0.1:7890 HTTPS_PROXY=http://127.0.0.1:7890\n${failed}`)[0]!.class).toBe('timeout');
		expect(matchErrors(failed)[0]!.class).toBe('timeout');
	});

	it("tells go get not installing from a person's words only when no error names a cause", () => {
		const words = ['环境： Go1.18', '1、go get -u github.com/beego/bee/v2', '去GOPATH目录中bin目录未发现bee可执行文件'].join('\n');
		expect(matchErrors(words).map((c) => c.class)).toEqual(['go-get-does-not-install']);
		expect(matchErrors(`${words}\ngo: example.com/x@v1.0.0: reading https://goproxy.default.example/example.com/x/@v/list: 404 Not Found`).map((c) => c.class)).toEqual(['module-not-found']);
		expect(matchErrors('go1.18 here\ngo get -u example.com/lib\nit worked')).toEqual([]);
	});

	it('takes a program go has just built that Windows calls incompatible for an antivirus, a downloaded one for the wrong platform', () => {
		expect(matchErrors("fork/exec C:\\Users\\dev\\AppData\\Local\\Temp\\go-build1\\b001\\exe\\test1.exe: This version of %1 is not compatible with the version of Windows you're running.")[0]!.class).toBe('antivirus-quarantine');
		expect(matchErrors("C:\\Downloads\\tool.exe: This version of C:\\Downloads\\tool.exe is not compatible with the version of Windows you're running.")[0]!.class).toBe('cross-target-run');
	});

	it('names an antivirus from its detection, in words, only when no error names a cause', () => {
		expect(matchErrors('360杀毒软件报有病毒 ，直接给我删除了\n病毒信息  QVM202.0.BE25.Malware.Gen').map((c) => c.class)).toEqual(['antivirus-quarantine']);
		expect(matchErrors('Defender says Trojan:Win32/Wacatac.B!ml about the binary').map((c) => c.class)).toEqual(['antivirus-quarantine']);
		expect(matchErrors('the virus scanner found nothing\nbash: go: command not found').map((c) => c.class)).toEqual(['go-not-found']);
	});

	it('tells the command line that is too long from a path that is too long', () => {
		expect(matchErrors('fork/exec C:\\Go\\pkg\\tool\\windows_amd64\\cgo.exe: The filename or extension is too long.')[0]!.class).toBe('windows-command-line-too-long');
		expect(matchErrors('open C:\\src\\deep\\file.go: The filename or extension is too long.')[0]!.class).toBe('filename-too-long');
	});

	it('takes "too many arguments" for a split flag only when the text shows a -flag=file.ext', () => {
		expect(matchErrors('go tool cover -func=c.out\ntoo many arguments')[0]!.class).toBe('powershell-flag-split');
		expect(matchErrors('too many arguments')).toEqual([]);
	});

	it('does not take a flag an editor appended after the package for GOPATH mode, nor a std package missing for a module problem', () => {
		expect(matchErrors('can\'t load package: package -ldflags: cannot find package "-ldflags" in any of:')).toEqual([]);
		expect(matchErrors('main.go:4:2: cannot find package "bufio" in any of:')[0]!.class).toBe('goroot-not-found');
	});
});

describe('matchErrors: what it quotes', () => {
	it('redacts secrets in the quoted line', () => {
		const token = 'ghp_plantedTOKEN0123456789abcdefABCDEF';
		const [cause] = matchErrors(`fatal: could not read Password for 'https://jane:${token}@git.corp.example': terminal prompts disabled`);
		expect(cause!.class).toBe('private-repo-auth');
		expect(cause!.line).not.toContain(token);
		expect(cause!.line).toContain('https://jane:***@git.corp.example');
	});

	it('strips colour codes and PowerShell decoration does not hide the error', () => {
		const text = '\u001B[31mgo : go: cannot find GOROOT directory: C:\\Go\u001B[0m\r\nAt line:1 char:1\r\n+ go version\r\n+ ~~~~~~~~~~\r\n    + CategoryInfo          : NotSpecified: (go: cannot find GOROOT directory: C:\\Go:String) [], RemoteException';
		const causes = matchErrors(text);
		expect(causes).toMatchObject([{class: 'goroot-not-found', lineNumber: 1, occurrences: 2, line: 'go : go: cannot find GOROOT directory: C:\\Go'}]);
	});

	it('cuts a very long line to a window around the match', () => {
		const line = `${'x'.repeat(2000)} dial tcp 10.0.0.1:443: i/o timeout ${'y'.repeat(2000)}`;
		const [cause] = matchErrors(line);
		expect(cause!.line.length).toBeLessThanOrEqual(302);
		expect(cause!.line).toContain('i/o timeout');
		expect(cause!.line.startsWith('…')).toBe(true);
		expect(cause!.column).toBe(2002);
	});
});

describe('cause texts and checks', () => {
	// Every id a cause may point to, as the issues define them.
	const FINDING_IDS = [
		'go-on-path', 'path-hygiene', 'gobin-on-path', 'stale-session', 'goroot', 'gopath', 'go111module', 'go-env-file', 'goos-goarch', 'go-version', 'gotoolchain', 'smoke-build',
		'goproxy', 'gosumdb', 'private-modules', 'proxy-env', 'git', 'git-autocrlf', 'git-credentials',
		'cgo', 'gopls', 'dlv', 'defender', 'long-paths', 'terminal', 'elevation',
	];

	it('points only at finding ids that exist in the issues', () => {
		for (const rule of RULES) for (const id of rule.checks) expect(FINDING_IDS, `${rule.class} → ${id}`).toContain(id);
	});

	it.each(LANGUAGES)('gives every sample a summary and fix in %s with no placeholder left unfilled', (lang) => {
		const t = createTranslator(lang);
		for (const [, , line] of SAMPLES) {
			const [cause] = matchErrors(line);
			const {summary, fix} = causeText(t, cause!);
			expect(summary.length, cause!.class).toBeGreaterThan(10);
			expect(`${summary} ${fix}`, cause!.class).not.toMatch(/\{[A-Za-z0-9_]+\}/);
		}
	});

	it('suggests the GOPRIVATE prefix of the private module', () => {
		const [hosted] = matchErrors('reading https://sumdb.default.example/lookup/github.com/acme/secret@v0.3.1: 404 Not Found\n\tserver response: not found: github.com/acme/secret@v0.3.1: invalid version: git ls-remote -q origin: exit status 128');
		expect(hosted!.params).toEqual({prefix: 'github.com/acme'});
		expect(causeText(createTranslator('en'), hosted!).fix).toContain('go env -w GOPRIVATE=github.com/acme');
		expect(privatePrefix('git.corp.example/team/lib')).toBe('git.corp.example');
	});
});
