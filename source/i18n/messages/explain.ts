import type {Catalog} from '../catalog.js';

/**
 * What each cause class of the error matcher means and what to do about it (source/explain),
 * and the `explain` command. Class names, commands and variable names stay untranslated.
 */
export const explain = {
	'explain.class.dns-failure.summary': {
		en: 'A host name could not be resolved (DNS): the name servers of this network do not know the proxy, checksum database or repository host.',
		'zh-CN': '无法解析主机名（DNS）：当前网络的 DNS 服务器查不到模块代理、校验和数据库或代码仓库的主机。',
	},
	'explain.class.dns-failure.fix': {
		en: 'Check the host names in GOPROXY and GOSUMDB for typos. Behind a corporate proxy, set HTTPS_PROXY so go reaches hosts through it. If the name is blocked or polluted on this network, use a reachable mirror, e.g. go env -w GOPROXY=https://goproxy.cn,direct.',
		'zh-CN': '检查 GOPROXY 和 GOSUMDB 中的主机名是否拼错。在公司代理之后，请设置 HTTPS_PROXY，让 go 通过代理访问。如果该域名在当前网络被屏蔽或遭到 DNS 污染，请改用可访问的镜像，例如 go env -w GOPROXY=https://goproxy.cn,direct。',
	},
	'explain.class.connection-refused.summary': {
		en: 'The connection was refused: nothing listens at that address and port (often the proxy named in HTTPS_PROXY is not running, or the port is wrong).',
		'zh-CN': '连接被拒绝：该地址和端口上没有服务在监听（常见原因是 HTTPS_PROXY 指向的代理没有运行，或端口写错）。',
	},
	'explain.class.connection-refused.fix': {
		en: 'Check HTTPS_PROXY, HTTP_PROXY and GOPROXY: is the address and port right, and is the proxy running? Remove a proxy variable left over from another network.',
		'zh-CN': '检查 HTTPS_PROXY、HTTP_PROXY 和 GOPROXY：地址和端口是否正确，代理是否在运行？如果代理变量是其他网络环境遗留的，请删除它。',
	},
	'explain.class.timeout.summary': {
		en: 'The connection timed out: packets to the host are dropped, usually by a firewall, or this network only lets traffic out through a proxy.',
		'zh-CN': '连接超时：发往该主机的数据包被丢弃，通常是防火墙所致，或者当前网络只允许通过代理访问外网。',
	},
	'explain.class.timeout.fix': {
		en: 'If this network needs a proxy, set HTTPS_PROXY (and NO_PROXY for internal hosts). Otherwise use a reachable module proxy, e.g. go env -w GOPROXY=https://goproxy.cn,direct, and check that the firewall lets go out.',
		'zh-CN': '如果当前网络需要代理，请设置 HTTPS_PROXY（内部主机写进 NO_PROXY）。否则请改用可访问的模块代理，例如 go env -w GOPROXY=https://goproxy.cn,direct，并确认防火墙允许 go 访问外网。',
	},
	'explain.class.connection-reset.summary': {
		en: 'The connection was reset by the other end or by something in between (a firewall or filtering proxy cutting it).',
		'zh-CN': '连接被对方或中间设备重置（防火墙或过滤代理切断了连接）。',
	},
	'explain.class.connection-reset.fix': {
		en: 'Retry once. If it keeps happening for the same host, that host is filtered on this network: use a reachable module proxy (go env -w GOPROXY=https://goproxy.cn,direct) or your company proxy through HTTPS_PROXY.',
		'zh-CN': '先重试一次。如果同一主机反复出现，说明它在当前网络被过滤：请改用可访问的模块代理（go env -w GOPROXY=https://goproxy.cn,direct），或通过 HTTPS_PROXY 使用公司代理。',
	},
	'explain.class.connection-closed.summary': {
		en: 'The connection was closed before any answer came back (EOF). With HTTPS_PROXY or HTTP_PROXY set, the proxy dropped the tunnel: it refuses that host or port, wants a login, or is not an HTTP proxy at that address. Without one, a firewall or filtering middlebox closed it.',
		'zh-CN': '连接在收到任何响应之前就被关闭了（EOF）。如果设置了 HTTPS_PROXY 或 HTTP_PROXY，说明代理断开了隧道：它拒绝该主机或端口、需要登录，或者该地址上并不是 HTTP 代理。如果没有设置代理，则是防火墙或过滤设备关闭了连接。',
	},
	'explain.class.connection-closed.fix': {
		en: 'If a proxy is set, check its address (an http:// URL to an HTTP proxy, the right port, not a SOCKS or HTTPS port) and ask its admins whether it allows CONNECT to that host on port 443; add the host to NO_PROXY if it should be reached directly. Without a proxy, use a reachable module proxy (go env -w GOPROXY=https://goproxy.cn,direct) or your company proxy through HTTPS_PROXY.',
		'zh-CN': '如果设置了代理，请检查它的地址（指向 HTTP 代理的 http:// URL、端口正确，不是 SOCKS 或 HTTPS 端口），并询问管理员它是否允许对该主机 443 端口的 CONNECT；如果该主机应当直连，请把它加入 NO_PROXY。如果没有代理，请改用可访问的模块代理（go env -w GOPROXY=https://goproxy.cn,direct），或通过 HTTPS_PROXY 使用公司代理。',
	},
	'explain.class.tls-unknown-authority.summary': {
		en: "The server's certificate was issued by an authority this machine does not trust, typically a corporate proxy that inspects HTTPS traffic.",
		'zh-CN': '服务器证书的签发机构不受本机信任，通常是公司用来检查 HTTPS 流量的代理（中间人）造成的。',
	},
	'explain.class.tls-unknown-authority.fix': {
		en: "Get your company's root certificate. On Windows and macOS go trusts the system certificate store: import it there (Windows: Trusted Root Certification Authorities). On Linux, WSL and Docker add it to the system bundle (update-ca-certificates) or point SSL_CERT_FILE at it. GOCERTFILE does not exist, and switching verification off (GOINSECURE, GOSUMDB=off) is not a fix. For git on Windows: git config --global http.sslBackend schannel.",
		'zh-CN': '向 IT 部门索取公司的根证书。在 Windows 和 macOS 上，go 信任系统证书存储：把根证书导入那里（Windows：“受信任的根证书颁发机构”）。在 Linux、WSL 和 Docker 中，把它加入系统证书包（update-ca-certificates），或让 SSL_CERT_FILE 指向它。GOCERTFILE 这个变量并不存在；关闭校验（GOINSECURE、GOSUMDB=off）也不是解决办法。Windows 上的 git：git config --global http.sslBackend schannel。',
	},
	'explain.class.tls-name-mismatch.summary': {
		en: 'The certificate belongs to another host name than the one go connected to: a wrong mirror address, or a proxy or login page answering in its place.',
		'zh-CN': '证书上的主机名与 go 连接的主机名不符：镜像地址写错了，或者有代理、登录页面冒名应答。',
	},
	'explain.class.tls-name-mismatch.fix': {
		en: 'Check the hosts in GOPROXY, GOSUMDB and HTTPS_PROXY for typos. If a guest network or a proxy intercepts connections, sign in first or ask IT which proxy to use.',
		'zh-CN': '检查 GOPROXY、GOSUMDB 和 HTTPS_PROXY 中的主机名是否拼错。如果访客网络或代理拦截了连接，请先登录，或向 IT 部门确认应使用的代理。',
	},
	'explain.class.tls-expired.summary': {
		en: "The certificate has expired or is not valid yet, or this machine's clock is wrong.",
		'zh-CN': '证书已过期或尚未生效，或者本机时钟不准。',
	},
	'explain.class.tls-expired.fix': {
		en: 'Check the date, time and time zone of this machine first. If they are right, the server (or an inspecting proxy) presents an expired certificate: tell its operator, and use another mirror meanwhile.',
		'zh-CN': '先检查本机的日期、时间和时区。如果都正确，就是服务器（或检查流量的代理）提供了过期证书：请告知其管理员，同时暂用其他镜像。',
	},
	'explain.class.tls-protocol-mismatch.summary': {
		en: 'An https connection was made to something that speaks plain HTTP, usually a proxy written as https:// that should be http://.',
		'zh-CN': '用 https 连接了一个只支持普通 HTTP 的服务，通常是代理地址把 http:// 误写成了 https://。',
	},
	'explain.class.tls-protocol-mismatch.fix': {
		en: "Write the proxy as http://host:port in HTTPS_PROXY and HTTP_PROXY (the variable's name says which traffic uses the proxy, not how to talk to it), and check that each GOPROXY entry uses the scheme its server speaks.",
		'zh-CN': '在 HTTPS_PROXY 和 HTTP_PROXY 中把代理写成 http://host:port（变量名表示哪类流量走代理，而不是与代理通信的协议），并确认 GOPROXY 中每一项使用的协议与其服务器一致。',
	},
	'explain.class.proxy-http-error.summary': {
		en: 'The module proxy or an HTTP proxy answered with an error status (for example 403, 407 Proxy Authentication Required, or 5xx).',
		'zh-CN': '模块代理或 HTTP 代理返回了错误状态码（例如 403、407 需要代理认证，或 5xx）。',
	},
	'explain.class.proxy-http-error.fix': {
		en: '407: the HTTP proxy wants credentials; put them in HTTPS_PROXY (http://user:password@host:port) or ask IT for an allowed route. 403: the proxy blocks this path. 5xx: the mirror is failing; use another, or add a fallback with | (e.g. GOPROXY=https://goproxy.cn|https://goproxy.io,direct).',
		'zh-CN': '407：HTTP 代理需要凭据，请写进 HTTPS_PROXY（http://user:password@host:port），或向 IT 部门申请放行。403：代理禁止访问该路径。5xx：镜像出了故障，请换一个，或用 | 添加备用（例如 GOPROXY=https://goproxy.cn|https://goproxy.io,direct）。',
	},
	'explain.class.sumdb-private-module.summary': {
		en: 'The checksum database does not know this module (404/410): it is private, and go asked the public database about it.',
		'zh-CN': '校验和数据库里没有这个模块（404/410）：它是私有模块，而 go 却去公共校验和数据库查询它。',
	},
	'explain.class.sumdb-private-module.fix': {
		en: 'Tell go the module is private, so it skips the public proxy and checksum database: go env -w GOPRIVATE={prefix} (keep existing entries, comma-separated).',
		'zh-CN': '告诉 go 这是私有模块，让它绕过公共模块代理和校验和数据库：go env -w GOPRIVATE={prefix}（保留已有条目，用逗号分隔）。',
	},
	'explain.class.module-not-found.summary': {
		en: 'The module proxy has no such module or version (404/410), or the version does not exist in the repository.',
		'zh-CN': '模块代理上没有这个模块或版本（404/410），或者代码仓库中不存在该版本。',
	},
	'explain.class.module-not-found.fix': {
		en: 'Check the module path and version for typos. If the module is private, add it to GOPRIVATE so go fetches it directly with git. A tag pushed minutes ago may need a retry, or use the commit hash.',
		'zh-CN': '检查模块路径和版本是否拼错。如果是私有模块，请把它加入 GOPRIVATE，让 go 直接用 git 获取。刚推送的标签可能需要稍后重试，也可以改用提交哈希。',
	},
	'explain.class.private-repo-auth.summary': {
		en: 'git could not log in to a repository: go runs git without a terminal, so git cannot ask for a user name or password (terminal prompts disabled).',
		'zh-CN': 'git 无法登录代码仓库：go 在没有终端的情况下运行 git，所以 git 不能询问用户名和密码（terminal prompts disabled）。',
	},
	'explain.class.private-repo-auth.fix': {
		en: 'Give git credentials it can use without asking: a credential helper (Git Credential Manager: credential.helper=manager) with a personal access token, or SSH with git config --global url."git@HOST:".insteadOf https://HOST/. Also add the module to GOPRIVATE.',
		'zh-CN': '为 git 配置无需交互的凭据：凭据助手（Git Credential Manager：credential.helper=manager）加个人访问令牌，或者改用 SSH：git config --global url."git@HOST:".insteadOf https://HOST/。同时把该模块加入 GOPRIVATE。',
	},
	'explain.class.credential-helper-missing.summary': {
		en: 'git is set up with a credential helper that no longer exists (manager-core was renamed manager; Git Credential Manager 2.3 removed the old name).',
		'zh-CN': 'git 配置的凭据助手已不存在（manager-core 已改名为 manager；Git Credential Manager 2.3 删除了旧名称）。',
	},
	'explain.class.credential-helper-missing.fix': {
		en: 'Point git at the current helper: git config --global credential.helper manager, and remove the old manager-core line from the system or global gitconfig.',
		'zh-CN': '让 git 使用现在的凭据助手：git config --global credential.helper manager，并删除系统或全局 gitconfig 中旧的 manager-core 配置。',
	},
	'explain.class.checksum-mismatch.summary': {
		en: 'A downloaded module does not match its recorded checksum (go.sum or the checksum database). CRLF and core.autocrlf are not the cause: go hashes module archives, not your checkout.',
		'zh-CN': '下载的模块与记录的校验和（go.sum 或校验和数据库）不一致。原因不是 CRLF 或 core.autocrlf：go 计算的是模块归档的哈希，而不是你检出的文件。',
	},
	'explain.class.checksum-mismatch.fix': {
		en: "Clear the module cache (go clean -modcache) and retry. If it persists, the version was re-tagged upstream, or something between you and the proxy alters downloads: don't delete go.sum lines to silence it; ask the module's owner and check which proxy you use.",
		'zh-CN': '清空模块缓存（go clean -modcache）后重试。如果仍然出现，说明上游重新打了同名标签，或者你与代理之间有东西篡改了下载内容：不要靠删除 go.sum 条目来消除报错；请联系模块作者，并检查所用的代理。',
	},
	'explain.class.go-sum-missing.summary': {
		en: 'go.sum has no entry for a module the build needs.',
		'zh-CN': 'go.sum 中缺少构建所需模块的条目。',
	},
	'explain.class.go-sum-missing.fix': {
		en: 'Run go mod tidy in the module (or go get for the module named), then commit go.mod and go.sum.',
		'zh-CN': '在模块目录中运行 go mod tidy（或对报错中的模块运行 go get），然后提交 go.mod 和 go.sum。',
	},
	'explain.class.goroot-not-found.summary': {
		en: 'go cannot find its GOROOT: GOROOT names a folder that does not exist (often C:\\Go left over from an old installer), or a trimmed go binary has none.',
		'zh-CN': 'go 找不到自己的 GOROOT：GOROOT 指向一个不存在的目录（常见的是旧安装程序遗留的 C:\\Go），或者精简版 go 程序没有内置 GOROOT。',
	},
	'explain.class.goroot-not-found.fix': {
		en: 'Remove GOROOT where it is set (user or system environment variable, or go env -u GOROOT): go finds its own tree from where it is installed. Then open a new terminal.',
		'zh-CN': '在设置 GOROOT 的地方删除它（用户或系统环境变量，或 go env -u GOROOT）：go 会根据自身的安装位置找到 GOROOT。然后打开一个新的终端。',
	},
	'explain.class.toolchain-version-mismatch.summary': {
		en: 'The compiler and the go command come from different Go versions: GOROOT points at another Go tree than the go binary that runs.',
		'zh-CN': '编译器与 go 命令来自不同版本的 Go：GOROOT 指向的 Go 目录与实际运行的 go 程序不是同一个。',
	},
	'explain.class.toolchain-version-mismatch.fix': {
		en: 'Remove GOROOT where it is set, or put the go of that same GOROOT first on PATH; then run go clean -cache.',
		'zh-CN': '在设置 GOROOT 的地方删除它，或者让同一 GOROOT 下的 go 排在 PATH 最前面；然后运行 go clean -cache。',
	},
	'explain.class.package-not-in-std.summary': {
		en: 'go looked for a standard-library package and did not find it: the import path has a typo (a path without a dot is reserved for the standard library), or GOROOT points at an incomplete or wrong Go tree.',
		'zh-CN': 'go 在标准库中找不到这个包：要么导入路径拼错了（第一段不含点号的路径保留给标准库），要么 GOROOT 指向了不完整或错误的 Go 目录。',
	},
	'explain.class.package-not-in-std.fix': {
		en: 'Check the import path first. If it is a real standard package (fmt, net/http…), remove GOROOT where it is set, or reinstall Go.',
		'zh-CN': '先检查导入路径。如果确实是标准库的包（fmt、net/http 等），请在设置 GOROOT 的地方删除它，或重新安装 Go。',
	},
	'explain.class.go-tool-missing.summary': {
		en: 'A tool of the Go distribution is missing from GOROOT/pkg/tool.',
		'zh-CN': 'GOROOT/pkg/tool 中缺少 Go 发行版自带的某个工具。',
	},
	'explain.class.go-tool-missing.fix': {
		en: 'If GOROOT is set by hand, remove it. For covdata under a toolchain that go downloaded by itself (GOTOOLCHAIN), install that Go version normally instead. Otherwise reinstall Go.',
		'zh-CN': '如果 GOROOT 是手动设置的，请删除它。如果缺的是 covdata，且用的是 go 自动下载的工具链（GOTOOLCHAIN），请改为正常安装该版本的 Go。否则请重新安装 Go。',
	},
	'explain.class.modules-disabled.summary': {
		en: 'Module mode is off (GO111MODULE=off, or auto outside a module): go works in the old GOPATH mode and ignores go.mod and GOPROXY.',
		'zh-CN': '模块模式被关闭了（GO111MODULE=off，或在模块之外设为 auto）：go 工作在旧的 GOPATH 模式下，会忽略 go.mod 和 GOPROXY。',
	},
	'explain.class.modules-disabled.fix': {
		en: 'Remove GO111MODULE where it is set (go env -u GO111MODULE, and the user or system environment variable): unset means on since Go 1.16.',
		'zh-CN': '在设置 GO111MODULE 的地方删除它（go env -u GO111MODULE，以及用户或系统环境变量）：自 Go 1.16 起，不设置就等于 on。',
	},
	'explain.class.goproxy-empty-list.summary': {
		en: "GOPROXY is an empty list, typically an empty GOPROXY= line in the go env file, which hides Go's default.",
		'zh-CN': 'GOPROXY 是一个空列表，通常是 go env 配置文件中有一行空的 GOPROXY=，它遮蔽了 Go 的默认值。',
	},
	'explain.class.goproxy-empty-list.fix': {
		en: 'go env -u GOPROXY restores the default; or set a list, e.g. go env -w GOPROXY=https://goproxy.cn,direct.',
		'zh-CN': 'go env -u GOPROXY 可恢复默认值；也可以设置一个列表，例如 go env -w GOPROXY=https://goproxy.cn,direct。',
	},
	'explain.class.goproxy-bad-scheme.summary': {
		en: 'An entry of GOPROXY has a scheme go does not accept (only https, http and file), or none where one is needed.',
		'zh-CN': 'GOPROXY 中有一项使用了 go 不接受的协议（只支持 https、http 和 file），或缺少必需的协议。',
	},
	'explain.class.goproxy-bad-scheme.fix': {
		en: 'Write each entry as https://host[/path] or the words direct and off, separated by , or |: e.g. go env -w GOPROXY=https://goproxy.cn,direct.',
		'zh-CN': '每一项写成 https://host[/path]，或者写 direct、off，用 , 或 | 分隔：例如 go env -w GOPROXY=https://goproxy.cn,direct。',
	},
	'explain.class.goproxy-off.summary': {
		en: 'GOPROXY=off: every module download is disabled.',
		'zh-CN': 'GOPROXY=off：所有模块下载都被禁用。',
	},
	'explain.class.goproxy-off.fix': {
		en: 'If that is not on purpose: go env -u GOPROXY (or remove the variable). For offline builds keep it, and vendor the dependencies or fill the module cache first.',
		'zh-CN': '如果不是有意为之：go env -u GOPROXY（或删除该环境变量）。如果是离线构建，可以保留它，并事先 vendor 依赖或填充模块缓存。',
	},
	'explain.class.gotoolchain-invalid.summary': {
		en: 'GOTOOLCHAIN has a value go does not accept.',
		'zh-CN': 'GOTOOLCHAIN 的值不被 go 接受。',
	},
	'explain.class.gotoolchain-invalid.fix': {
		en: 'Use auto, local, path, or a version such as go1.25.3 (optionally with +auto or +path): go env -w GOTOOLCHAIN=auto, or go env -u GOTOOLCHAIN.',
		'zh-CN': '可用的值为 auto、local、path，或 go1.25.3 这样的版本号（可加 +auto 或 +path）：go env -w GOTOOLCHAIN=auto，或 go env -u GOTOOLCHAIN。',
	},
	'explain.class.toolchain-not-available.summary': {
		en: 'go tried to switch to the Go version the module asks for and could not get it: no such release exists (go 1.22 without a patch level names none), or it cannot be downloaded through GOPROXY.',
		'zh-CN': 'go 试图切换到模块要求的 Go 版本，但获取不到：该版本不存在（go 1.22 这种不带补丁号的写法不对应任何发行版），或无法通过 GOPROXY 下载。',
	},
	'explain.class.toolchain-not-available.fix': {
		en: 'Write a full version in go.mod (go 1.22.0, not go 1.22), or install a newer Go locally. With GOTOOLCHAIN=path, put that goX.Y.Z on PATH. Toolchain downloads go through GOPROXY, so it must be reachable.',
		'zh-CN': '在 go.mod 中写完整版本号（go 1.22.0，而不是 go 1.22），或在本机安装更新的 Go。使用 GOTOOLCHAIN=path 时，请把对应的 goX.Y.Z 放进 PATH。工具链通过 GOPROXY 下载，所以它必须可以访问。',
	},
	'explain.class.toolchain-too-new-local.summary': {
		en: 'The module needs a newer Go than the one running, and switching is disabled (GOTOOLCHAIN=local, as in the official Docker images), or this Go predates toolchain switching (1.21).',
		'zh-CN': '模块需要比当前更新的 Go，但工具链切换被禁用了（GOTOOLCHAIN=local，官方 Docker 镜像就是这样设置的），或者当前 Go 早于支持工具链切换的 1.21。',
	},
	'explain.class.toolchain-too-new-local.fix': {
		en: 'Install the Go version go.mod asks for, or allow switching: go env -u GOTOOLCHAIN (the default, auto, downloads the right toolchain through GOPROXY).',
		'zh-CN': '安装 go.mod 要求的 Go 版本，或允许切换：go env -u GOTOOLCHAIN（默认值 auto 会通过 GOPROXY 下载所需的工具链）。',
	},
	'explain.class.goflags-parse.summary': {
		en: 'GOFLAGS cannot be parsed: it is a space-separated list of -flag=value items with no quoting, and each must be a flag the go command knows.',
		'zh-CN': 'GOFLAGS 无法解析：它是以空格分隔的 -flag=value 列表，不支持引号，而且每一项都必须是 go 命令认识的标志。',
	},
	'explain.class.goflags-parse.fix': {
		en: 'Fix or remove GOFLAGS (go env -u GOFLAGS, and the OS variable). Values cannot contain spaces; flags like -ldflags with spaces belong on the command line, not in GOFLAGS.',
		'zh-CN': '修正或删除 GOFLAGS（go env -u GOFLAGS，以及操作系统环境变量）。值中不能含空格；像带空格的 -ldflags 这类标志应写在命令行上，而不是 GOFLAGS 里。',
	},
	'explain.class.cgo-compiler-missing.summary': {
		en: 'cgo needs a C compiler, and the one in CC (gcc by default) is not on PATH.',
		'zh-CN': 'cgo 需要 C 编译器，但 CC 指定的编译器（默认为 gcc）不在 PATH 中。',
	},
	'explain.class.cgo-compiler-missing.fix': {
		en: 'On Windows install a MinGW-w64 gcc (MSYS2 UCRT64 or MINGW64, w64devkit, TDM-GCC) and add its bin folder to PATH; on Linux install gcc; on macOS run xcode-select --install. Without cgo needs, build with CGO_ENABLED=0.',
		'zh-CN': 'Windows 上请安装 MinGW-w64 gcc（MSYS2 的 UCRT64 或 MINGW64、w64devkit、TDM-GCC），并把它的 bin 目录加入 PATH；Linux 上安装 gcc；macOS 上运行 xcode-select --install。如果不需要 cgo，可用 CGO_ENABLED=0 构建。',
	},
	'explain.class.cgo-disabled.summary': {
		en: 'This build needs cgo, but cgo is off (CGO_ENABLED=0, or off by default because no C compiler was found).',
		'zh-CN': '这次构建需要 cgo，但 cgo 处于关闭状态（CGO_ENABLED=0，或因为找不到 C 编译器而默认关闭）。',
	},
	'explain.class.cgo-disabled.fix': {
		en: 'Install a C compiler (on Windows a MinGW-w64 gcc) and set CGO_ENABLED=1 for this build, or use a pure-Go alternative of the package.',
		'zh-CN': '安装 C 编译器（Windows 上为 MinGW-w64 gcc），并为这次构建设置 CGO_ENABLED=1；或者改用该包的纯 Go 替代品。',
	},
	'explain.class.cgo-msvc-unsupported.summary': {
		en: "CC is Microsoft's cl.exe (or clang for the MSVC target). cgo passes gcc-style flags and does not support MSVC.",
		'zh-CN': 'CC 是微软的 cl.exe（或面向 MSVC 目标的 clang）。cgo 传递的是 gcc 风格的参数，不支持 MSVC。',
	},
	'explain.class.cgo-msvc-unsupported.fix': {
		en: 'Use a MinGW-w64 gcc, or clang targeting *-w64-mingw32 (MSYS2 UCRT64 or MINGW64, w64devkit), and point CC at it: go env -w CC=gcc with its bin folder on PATH. A Developer Command Prompt or vcvarsall.bat does not help.',
		'zh-CN': '改用 MinGW-w64 gcc，或面向 *-w64-mingw32 的 clang（MSYS2 的 UCRT64 或 MINGW64、w64devkit），并让 CC 指向它：go env -w CC=gcc，同时把它的 bin 目录加入 PATH。使用 Developer Command Prompt 或 vcvarsall.bat 都无济于事。',
	},
	'explain.class.cgo-non-mingw-gcc.summary': {
		en: 'CC is a gcc that does not target MinGW-w64 (an MSYS, Cygwin or Linux gcc): it rejects -mthreads, which cgo passes on Windows.',
		'zh-CN': 'CC 是一个不面向 MinGW-w64 的 gcc（MSYS、Cygwin 或 Linux 的 gcc）：它不认识 cgo 在 Windows 上传递的 -mthreads 参数。',
	},
	'explain.class.cgo-non-mingw-gcc.fix': {
		en: "Use a gcc whose target (gcc -dumpmachine) is x86_64-w64-mingw32, e.g. MSYS2's mingw-w64-ucrt-x86_64-gcc in ucrt64\\bin, not the msys gcc in usr\\bin. Put its folder first on PATH or set CC to it.",
		'zh-CN': '改用目标平台（gcc -dumpmachine）为 x86_64-w64-mingw32 的 gcc，例如 MSYS2 的 mingw-w64-ucrt-x86_64-gcc（位于 ucrt64\\bin），而不是 usr\\bin 下的 msys gcc。把它的目录放在 PATH 最前面，或让 CC 指向它。',
	},
	'explain.class.cgo-cc-path-spaces.summary': {
		en: 'CC holds a path with spaces that is not quoted: go splits CC like a command line, so it ran only the part before the first space.',
		'zh-CN': 'CC 中的路径含有空格却没有加引号：go 会像命令行一样拆分 CC，结果只运行了第一个空格之前的部分。',
	},
	'explain.class.cgo-cc-path-spaces.fix': {
		en: "Set CC to just the program name (go env -w CC=gcc) with its folder on PATH, or quote the path inside the value; a compiler installed in a folder without spaces also works.",
		'zh-CN': '把 CC 设为程序名（go env -w CC=gcc），并把其目录加入 PATH；或者在值中给路径加上引号；也可以把编译器装到不含空格的目录。',
	},
	'explain.class.cgo-object-format.summary': {
		en: 'The C compiler wrote object files cgo cannot read (big-obj COFF, as the gcc of w64devkit 2.x does).',
		'zh-CN': 'C 编译器生成了 cgo 无法读取的目标文件（big-obj COFF 格式，w64devkit 2.x 的 gcc 就会这样）。',
	},
	'explain.class.cgo-object-format.fix': {
		en: 'Use a MinGW-w64 gcc that writes regular PE/COFF objects (the gcc of MSYS2 UCRT64 or MINGW64), or an older w64devkit release.',
		'zh-CN': '改用生成普通 PE/COFF 目标文件的 MinGW-w64 gcc（MSYS2 UCRT64 或 MINGW64 的 gcc），或较早版本的 w64devkit。',
	},
	'explain.class.cgo-malformed-argument.summary': {
		en: 'A #cgo directive holds a character cgo does not allow in flags, typically from a path with spaces or parentheses such as Program Files (x86).',
		'zh-CN': '#cgo 指令中含有 cgo 不允许出现在参数中的字符，通常来自含空格或括号的路径，例如 Program Files (x86)。',
	},
	'explain.class.cgo-malformed-argument.fix': {
		en: 'Move the library to a path without spaces or parentheses, or pass those flags through the CGO_CFLAGS and CGO_LDFLAGS environment variables, which are not restricted the same way.',
		'zh-CN': '把库移到不含空格和括号的路径下，或者改用 CGO_CFLAGS 和 CGO_LDFLAGS 环境变量传递这些参数，它们不受同样的限制。',
	},
	'explain.class.delve-too-old.summary': {
		en: 'This Delve (dlv) is older than the Go it debugs: each Delve release supports a window of Go versions.',
		'zh-CN': '这个 Delve（dlv）比要调试的 Go 旧：每个 Delve 版本只支持一段范围内的 Go 版本。',
	},
	'explain.class.delve-too-old.fix': {
		en: 'Reinstall Delve with the Go you use: go install github.com/go-delve/delve/cmd/dlv@latest (in VS Code: Go: Install/Update Tools).',
		'zh-CN': '用当前的 Go 重新安装 Delve：go install github.com/go-delve/delve/cmd/dlv@latest（VS Code 中：Go: Install/Update Tools）。',
	},
	'explain.class.delve-go-too-old.summary': {
		en: 'The Go version is older than this Delve supports.',
		'zh-CN': '当前 Go 版本低于这个 Delve 支持的最低版本。',
	},
	'explain.class.delve-go-too-old.fix': {
		en: 'Upgrade Go, or install an older Delve that supports it (go install github.com/go-delve/delve/cmd/dlv@v1.x.y).',
		'zh-CN': '升级 Go，或安装支持该 Go 版本的较旧 Delve（go install github.com/go-delve/delve/cmd/dlv@v1.x.y）。',
	},
	'explain.class.gopls-unsupported-go.summary': {
		en: 'This gopls does not support the Go version in use (or the Go that built it).',
		'zh-CN': '这个 gopls 不支持当前使用的 Go 版本（或构建它的 Go 版本）。',
	},
	'explain.class.gopls-unsupported-go.fix': {
		en: 'Upgrade Go and reinstall gopls: go install golang.org/x/tools/gopls@latest. If Go cannot be upgraded, install the gopls version the message names.',
		'zh-CN': '升级 Go 并重新安装 gopls：go install golang.org/x/tools/gopls@latest。如果无法升级 Go，请安装报错信息中指明的 gopls 版本。',
	},
	'explain.class.antivirus-quarantine.summary': {
		en: 'Antivirus (usually Microsoft Defender) quarantined a program go had just built: a false positive on a fresh build or test binary.',
		'zh-CN': '杀毒软件（通常是 Microsoft Defender）隔离了 go 刚生成的程序：这是对新构建或测试程序的误报。',
	},
	'explain.class.antivirus-quarantine.fix': {
		en: 'Look for the detection in Windows Security → Protection history. Exclude only the Go build cache (go env GOCACHE) and a dedicated GOTMPDIR, or use a Dev Drive; never exclude go.exe or a file extension.',
		'zh-CN': '在“Windows 安全中心 → 保护历史记录”中找到这次检测。只排除 Go 构建缓存（go env GOCACHE）和专用的 GOTMPDIR，或使用开发驱动器（Dev Drive）；切勿排除 go.exe 或某个文件扩展名。',
	},
	'explain.class.app-control-blocked.summary': {
		en: 'A Windows policy (AppLocker, Software Restriction Policies, Smart App Control or Application Control) blocks programs built in this folder.',
		'zh-CN': 'Windows 策略（AppLocker、软件限制策略、智能应用控制或应用程序控制）阻止运行在此目录中生成的程序。',
	},
	'explain.class.app-control-blocked.fix': {
		en: 'Ask IT which folders may run programs, and point GOTMPDIR (and GOCACHE) there: go env -w GOTMPDIR=<allowed folder>. Smart App Control has no exceptions.',
		'zh-CN': '向 IT 部门确认哪些目录允许运行程序，并把 GOTMPDIR（和 GOCACHE）设到那里：go env -w GOTMPDIR=<允许的目录>。智能应用控制不支持例外。',
	},
	'explain.class.file-locked.summary': {
		en: 'The file is in use by another process: the program being rebuilt is still running, or an antivirus scan or indexer holds it.',
		'zh-CN': '文件正被其他进程占用：要重新构建的程序仍在运行，或者杀毒扫描、索引服务正占用它。',
	},
	'explain.class.file-locked.fix': {
		en: 'Stop the running program (and any debugging session) and build again; if nothing runs it, wait for the scan to finish and retry.',
		'zh-CN': '停止正在运行的程序（以及调试会话）后重新构建；如果没有程序在运行，请等扫描结束后重试。',
	},
	'explain.class.access-denied.summary': {
		en: 'Access was denied while go wrote or ran a file: a folder it needs is not writable for you, or security software blocked the program.',
		'zh-CN': 'go 写入或运行文件时被拒绝访问：它需要的目录对你不可写，或者安全软件阻止了该程序。',
	},
	'explain.class.access-denied.fix': {
		en: 'Check that GOPATH, GOCACHE and GOMODCACHE are in folders you own (not under Program Files or /usr/local). On Windows also look at Windows Security → Protection history.',
		'zh-CN': '确认 GOPATH、GOCACHE 和 GOMODCACHE 位于你有权限的目录（不要放在 Program Files 或 /usr/local 下）。在 Windows 上还请查看“Windows 安全中心 → 保护历史记录”。',
	},
	'explain.class.gopath-equals-goroot.summary': {
		en: 'GOPATH and GOROOT are the same folder; go ignores such a GOPATH.',
		'zh-CN': 'GOPATH 与 GOROOT 是同一个目录；go 会忽略这样的 GOPATH。',
	},
	'explain.class.gopath-equals-goroot.fix': {
		en: 'Keep GOPATH apart from GOROOT: remove GOPATH where it is set to use the default (~/go, %USERPROFILE%\\go), and if Go itself was unpacked into ~/go, move it elsewhere.',
		'zh-CN': '让 GOPATH 与 GOROOT 分开：在设置 GOPATH 的地方删除它以使用默认值（~/go、%USERPROFILE%\\go）；如果 Go 本身被解压到了 ~/go，请把它移到别处。',
	},
	'explain.class.gopath-relative.summary': {
		en: 'GOPATH has a relative entry, or one starting with ~: go needs absolute paths and does not expand ~.',
		'zh-CN': 'GOPATH 中有相对路径，或以 ~ 开头的路径：go 只接受绝对路径，也不会展开 ~。',
	},
	'explain.class.gopath-relative.fix': {
		en: 'Write GOPATH as an absolute path (C:\\Users\\you\\go, /home/you/go), or remove it to use the default.',
		'zh-CN': '把 GOPATH 写成绝对路径（C:\\Users\\you\\go、/home/you/go），或者删除它以使用默认值。',
	},
	'explain.class.go-env-overridden.summary': {
		en: 'go env -w wrote the go env file, but an OS environment variable of the same name wins, so the change has no effect.',
		'zh-CN': 'go env -w 已写入 go env 配置文件，但同名的操作系统环境变量优先，所以这次修改不会生效。',
	},
	'explain.class.go-env-overridden.fix': {
		en: 'Remove the OS variable (user or system environment, shell profile) or change it there instead; then open a new terminal.',
		'zh-CN': '删除该操作系统环境变量（用户或系统环境变量、shell 配置文件），或直接在那里修改；然后打开一个新的终端。',
	},
	'explain.class.unknown-go-variable.summary': {
		en: 'go env -w does not know this variable (GOCERTFILE, for example, does not exist).',
		'zh-CN': 'go env -w 不认识这个变量（例如 GOCERTFILE 根本不存在）。',
	},
	'explain.class.unknown-go-variable.fix': {
		en: 'Check the name in go help environment. Certificates have no Go variable: Go uses the system store on Windows and macOS, and SSL_CERT_FILE or SSL_CERT_DIR on Linux.',
		'zh-CN': '在 go help environment 中核对变量名。证书没有对应的 Go 变量：在 Windows 和 macOS 上 Go 使用系统证书存储，在 Linux 上使用 SSL_CERT_FILE 或 SSL_CERT_DIR。',
	},
	'explain.class.cross-target-run.summary': {
		en: 'A program built for another OS or architecture was run here: GOOS or GOARCH is set to a cross-compilation target.',
		'zh-CN': '在本机运行了为其他操作系统或架构构建的程序：GOOS 或 GOARCH 被设成了交叉编译的目标。',
	},
	'explain.class.cross-target-run.fix': {
		en: 'Remove GOOS and GOARCH where they are set (go env -u GOOS GOARCH, and the OS variables); set them only for the one build that cross-compiles.',
		'zh-CN': '在设置 GOOS 和 GOARCH 的地方删除它们（go env -u GOOS GOARCH，以及操作系统环境变量）；只在需要交叉编译的那次构建中设置。',
	},
	'explain.class.posix-env-syntax.summary': {
		en: 'A Unix shell one-liner (GOOS=linux go build) was typed into cmd or PowerShell, which do not understand NAME=value before a command.',
		'zh-CN': '在 cmd 或 PowerShell 中输入了 Unix shell 的写法（GOOS=linux go build），它们不支持在命令前写 NAME=value。',
	},
	'explain.class.posix-env-syntax.fix': {
		en: "cmd: set GOOS=linux, then go build. PowerShell: $env:GOOS='linux'; go build (and Remove-Item Env:GOOS afterwards).",
		'zh-CN': "cmd：先 set GOOS=linux，再 go build。PowerShell：$env:GOOS='linux'; go build（完成后 Remove-Item Env:GOOS）。",
	},
	'explain.class.go-not-found.summary': {
		en: 'The shell cannot find go: Go is not installed, its bin folder is not on PATH, or this terminal was opened before Go was installed.',
		'zh-CN': 'shell 找不到 go：没有安装 Go，它的 bin 目录不在 PATH 中，或者这个终端是在安装 Go 之前打开的。',
	},
	'explain.class.go-not-found.fix': {
		en: 'Open a new terminal first (an open terminal keeps the PATH it started with). If go is still missing, install Go from https://go.dev/dl/ or add its bin folder (C:\\Program Files\\Go\\bin, /usr/local/go/bin) to PATH.',
		'zh-CN': '先打开一个新的终端（已打开的终端会一直使用启动时的 PATH）。如果仍然找不到 go，请从 https://go.dev/dl/ 安装 Go，或把它的 bin 目录（C:\\Program Files\\Go\\bin、/usr/local/go/bin）加入 PATH。',
	},
	'explain.class.git-not-found.summary': {
		en: 'go needs git to fetch modules directly (direct, GOPRIVATE) and to stamp version control information into builds, and git is not on PATH.',
		'zh-CN': 'go 需要用 git 直接获取模块（direct、GOPRIVATE），并在构建时写入版本控制信息，但 PATH 中没有 git。',
	},
	'explain.class.git-not-found.fix': {
		en: 'Install git (Git for Windows on Windows) and open a new terminal. To build without version stamping, use go build -buildvcs=false.',
		'zh-CN': '安装 git（Windows 上为 Git for Windows），然后打开一个新的终端。如果只是想在构建时不写入版本信息，可以用 go build -buildvcs=false。',
	},
	'explain.class.filename-too-long.summary': {
		en: 'A path is longer than Windows allows by default (260 characters); git and C toolchains need long-path support turned on.',
		'zh-CN': '路径超过了 Windows 默认允许的长度（260 个字符）；git 和 C 工具链需要开启长路径支持。',
	},
	'explain.class.filename-too-long.fix': {
		en: 'git config --global core.longpaths true, and turn on LongPathsEnabled (needs admin); or work in a shorter folder such as C:\\src.',
		'zh-CN': 'git config --global core.longpaths true，并开启 LongPathsEnabled（需要管理员权限）；或者换到较短的目录，例如 C:\\src。',
	},

	'explain.class.go-setting-invalid.summary': {
		en: 'A Go setting has a value go does not accept (GO111MODULE=ON, a GOAMD64 or GOEXPERIMENT it does not know, a malformed GOSUMDB or GOVCS, a relative GOCACHE): go stops before doing anything.',
		'zh-CN': '某项 Go 设置的值 go 不接受（GO111MODULE=ON、它不认识的 GOAMD64 或 GOEXPERIMENT、格式错误的 GOSUMDB 或 GOVCS、相对路径的 GOCACHE）：go 在执行任何操作之前就停止了。',
	},
	'explain.class.go-setting-invalid.fix': {
		en: 'Find where the value is set (go env -w writes it to the go env file; an environment variable wins over that file) and remove it or write a valid one, e.g. go env -u GO111MODULE, or edit the file GOENV names by hand if go refuses every command. Valid GO111MODULE values are on, off, auto or empty, in lower case.',
		'zh-CN': '找到设置该值的位置（go env -w 写在 go env 配置文件中，而环境变量会覆盖该文件），删除它或改成有效的值，例如 go env -u GO111MODULE；如果 go 拒绝执行任何命令，请手动编辑 GOENV 指向的文件。GO111MODULE 的有效值是小写的 on、off、auto 或空。',
	},
	'explain.class.goenv-file-unusable.summary': {
		en: 'go cannot use its go env file: GOENV names a folder, or a file that cannot be read or written (permissions, a locked file), or there is no config folder at all.',
		'zh-CN': 'go 无法使用它的 go env 配置文件：GOENV 指向一个目录，或一个无法读写的文件（权限问题、文件被锁定），或者根本没有配置目录。',
	},
	'explain.class.goenv-file-unusable.fix': {
		en: 'Run go env GOENV to see the path. Unset GOENV to use the default file, or point it at a file (not a folder) you can write; GOENV=off turns the file off.',
		'zh-CN': '运行 go env GOENV 查看路径。取消设置 GOENV 以使用默认文件，或让它指向一个你可写的文件（不是目录）；GOENV=off 会停用该文件。',
	},
	'explain.class.powershell-flag-split.summary': {
		en: 'PowerShell split a -flag=value.ext argument at the dot, so go got ".ext" as a separate argument (a package named .out, or too many arguments).',
		'zh-CN': 'PowerShell 在点号处拆开了 -flag=value.ext 形式的参数，go 因此收到了单独的“.ext”参数（名为 .out 的包，或参数过多）。',
	},
	'explain.class.powershell-flag-split.fix': {
		en: "Write the flag with a space instead of \"=\" (-coverprofile coverage.out, -o app.exe), or quote the whole argument: '-coverprofile=coverage.out'. The same goes for -ldflags values: -ldflags '-X main.version=1.0'.",
		'zh-CN': "用空格代替“=”（-coverprofile coverage.out、-o app.exe），或者给整个参数加引号：'-coverprofile=coverage.out'。-ldflags 的值同理：-ldflags '-X main.version=1.0'。",
	},
	'explain.class.cgo-gcc-32bit.summary': {
		en: 'The C compiler is a 32-bit MinGW gcc (mingw.org or a mingw32 build) while Go builds for 64-bit: it cannot produce 64-bit code.',
		'zh-CN': 'C 编译器是 32 位的 MinGW gcc（mingw.org 或 mingw32 版本），而 Go 构建的是 64 位程序：它无法生成 64 位代码。',
	},
	'explain.class.cgo-gcc-32bit.fix': {
		en: 'Install a 64-bit MinGW-w64 (MSYS2 UCRT64 or MINGW64, w64devkit, TDM-GCC 64-bit), put its bin folder first on PATH or set CC to its gcc, and remove the old 32-bit MinGW from PATH.',
		'zh-CN': '安装 64 位的 MinGW-w64（MSYS2 UCRT64 或 MINGW64、w64devkit、TDM-GCC 64 位），把它的 bin 目录放在 PATH 最前面或让 CC 指向它的 gcc，并从 PATH 中移除旧的 32 位 MinGW。',
	},
	'explain.class.windows-command-line-too-long.summary': {
		en: 'A program could not be started because its command line is longer than Windows allows (32767 characters; 8191 in cmd.exe). Windows reports it as "the filename or extension is too long", but it is the command line, not a path.',
		'zh-CN': '程序无法启动，因为它的命令行超过了 Windows 允许的长度（32767 个字符；cmd.exe 中为 8191）。Windows 报告的是“文件名或扩展名太长”，但问题在于命令行，而不是路径。',
	},
	'explain.class.windows-command-line-too-long.fix': {
		en: 'Shorten what goes on the command line: build from a folder with a short path, use fewer or shorter -I/-L flags and file lists (response files where the tool takes them), and update the tool (newer go, garble and cgo pass long lists in files). LongPathsEnabled does not change this limit.',
		'zh-CN': '缩短命令行中的内容：在路径较短的目录中构建，减少或缩短 -I/-L 参数和文件列表（工具支持时改用响应文件），并更新工具（较新的 go、garble 和 cgo 会把长列表写进文件传递）。LongPathsEnabled 不会改变这个限制。',
	},
	'explain.class.gopath-get-ignores-goproxy.summary': {
		en: 'go get ran in GOPATH mode (GO111MODULE=off, or auto outside a module before Go 1.16): it fetched the ?go-get=1 page and the repository directly, and GOPROXY was never used.',
		'zh-CN': 'go get 在 GOPATH 模式下运行（GO111MODULE=off，或 Go 1.16 之前在模块外使用 auto）：它直接获取 ?go-get=1 页面和代码仓库，根本没有使用 GOPROXY。',
	},
	'explain.class.gopath-get-ignores-goproxy.fix': {
		en: 'Use module mode: go env -w GO111MODULE=on (or remove the off setting), run go get inside a module (go mod init), and on Go 1.16+ install tools with go install path@latest. GOPROXY is then used.',
		'zh-CN': '使用模块模式：go env -w GO111MODULE=on（或删除设为 off 的设置），在模块内运行 go get（go mod init），Go 1.16 及以上用 go install path@latest 安装工具。这样才会使用 GOPROXY。',
	},
	'explain.class.gopls-old-go.summary': {
		en: 'gopls (golang.org/x/tools) needs a newer Go than the one that builds or runs it: it fails to compile (undefined: errors.As and the like) or the installer refuses the old go.',
		'zh-CN': 'gopls（golang.org/x/tools）需要比构建或运行它的 Go 更新的版本：编译失败（undefined: errors.As 之类），或者安装程序拒绝使用旧版 go。',
	},
	'explain.class.gopls-old-go.fix': {
		en: 'Upgrade Go and run go install golang.org/x/tools/gopls@latest. If the project must stay on an old Go, install the last gopls that supports it (see the gopls release notes), or point go.toolsManagement.go in VS Code at a newer go used only for tools.',
		'zh-CN': '升级 Go 后运行 go install golang.org/x/tools/gopls@latest。如果项目必须停留在旧版 Go，请安装仍支持它的最后一个 gopls 版本（见 gopls 发布说明），或者在 VS Code 中让 go.toolsManagement.go 指向一个只用于安装工具的较新 go。',
	},
	'explain.class.sumdb-lookup-not-found.summary': {
		en: 'The checksum database has no record of this public module version (404/410): it could not fetch or build it (a malformed zip, a tag that was deleted or moved).',
		'zh-CN': '校验和数据库中没有这个公共模块版本的记录（404/410）：它无法获取或构建该版本（zip 格式错误，标签被删除或移动）。',
	},
	'explain.class.sumdb-lookup-not-found.fix': {
		en: 'It is not your setup. Use another version of the module (go get module@latest, or a commit), and tell its maintainers; the server response under the error says why. Only as a last resort skip verification for that one module with GONOSUMDB.',
		'zh-CN': '这不是你的环境问题。请改用该模块的其他版本（go get module@latest，或某个提交），并告知模块维护者；错误下方的 server response 说明了原因。只有在万不得已时，才用 GONOSUMDB 为这一个模块跳过校验。',
	},
	'explain.class.sumdb-unavailable.summary': {
		en: 'The checksum database could not be used: it (or the proxy in front of it) failed or timed out, or a third-party database in GOSUMDB is down and answers "not found" for everything.',
		'zh-CN': '无法使用校验和数据库：它（或它前面的代理）出错或超时，或者 GOSUMDB 中的第三方校验和数据库已停止服务，对所有请求都回答“not found”。',
	},
	'explain.class.sumdb-unavailable.fix': {
		en: 'Retry later, or switch GOSUMDB back to Go\'s default (go env -u GOSUMDB); behind a proxy that cannot reach the database, let go reach it through GOPROXY or directly. Turning verification off (GOSUMDB=off) hides real tampering and is not a fix.',
		'zh-CN': '稍后重试，或把 GOSUMDB 改回 Go 的默认值（go env -u GOSUMDB）；如果代理无法访问校验和数据库，请让 go 通过 GOPROXY 或直接访问它。关闭校验（GOSUMDB=off）会掩盖真正的篡改，不是解决办法。',
	},
	'explain.class.proxy-version-unavailable.summary': {
		en: 'The module proxy cannot serve this version (404/410): the version is invalid or mistyped, a pseudo-version does not match the commit, or a v2+ module is asked for without its /vN path.',
		'zh-CN': '模块代理无法提供这个版本（404/410）：版本无效或拼错，伪版本与提交不符，或者请求 v2 及以上的模块时没有带 /vN 路径。',
	},
	'explain.class.proxy-version-unavailable.fix': {
		en: 'Check the version: use a tag that exists, let go compute the pseudo-version (go get module@commit), and for v2 and later use the module path ending in /vN (or the +incompatible version). The proxy itself is working.',
		'zh-CN': '检查版本：使用存在的标签，让 go 计算伪版本（go get module@commit），v2 及以上请使用以 /vN 结尾的模块路径（或 +incompatible 版本）。模块代理本身工作正常。',
	},
	'explain.class.gobin-not-on-path.summary': {
		en: 'A program installed with go install (or go get) is not found: it is in GOBIN, or GOPATH/bin, and that folder is not on PATH.',
		'zh-CN': '用 go install（或 go get）安装的程序找不到：它位于 GOBIN 或 GOPATH/bin，而该目录不在 PATH 中。',
	},
	'explain.class.gobin-not-on-path.fix': {
		en: 'Add the folder go env GOBIN names (or the bin folder of go env GOPATH, e.g. %USERPROFILE%\\go\\bin or $HOME/go/bin) to PATH, then open a new terminal. Write the folder itself, not $GOPATH\\bin: variables are not expanded there on Windows.',
		'zh-CN': '把 go env GOBIN 指向的目录（或 go env GOPATH 下的 bin 目录，例如 %USERPROFILE%\\go\\bin 或 $HOME/go/bin）加入 PATH，然后打开一个新的终端。请写实际的目录，不要写 $GOPATH\\bin：在 Windows 上那里的变量不会被展开。',
	},
	'explain.class.goroot-damaged.summary': {
		en: 'The Go installation is incomplete: files of GOROOT are missing (generated sources removed by running make.bat in a binary install, a partial upgrade, or tools deleted by cleanup or antivirus).',
		'zh-CN': 'Go 安装不完整：GOROOT 中缺少文件（在二进制安装目录中运行 make.bat 删除了生成的源文件、升级不完整，或者工具被清理程序或杀毒软件删除）。',
	},
	'explain.class.goroot-damaged.fix': {
		en: 'Remove the Go folder and install Go again from https://go.dev/dl/ (do not run make.bat or all.bat inside a downloaded Go). Then open a new terminal and run go version.',
		'zh-CN': '删除 Go 目录，然后从 https://go.dev/dl/ 重新安装 Go（不要在下载的 Go 中运行 make.bat 或 all.bat）。之后打开一个新的终端并运行 go version。',
	},
	'explain.class.powershell-set-not-env.summary': {
		en: 'In PowerShell, set NAME=value does not set an environment variable (set is Set-Variable there), so go never saw the setting.',
		'zh-CN': '在 PowerShell 中，set NAME=value 并不会设置环境变量（set 在那里是 Set-Variable），所以 go 从未看到这个设置。',
	},
	'explain.class.powershell-set-not-env.fix': {
		en: "In PowerShell write $env:NAME = 'value' (e.g. $env:CGO_ENABLED = '0'), or go env -w NAME=value to keep it for every terminal. set NAME=value works in cmd only.",
		'zh-CN': "在 PowerShell 中请写 $env:NAME = 'value'（例如 $env:CGO_ENABLED = '0'），或者用 go env -w NAME=value 让所有终端都生效。set NAME=value 只在 cmd 中有效。",
	},

	'explain.class.go-too-old-for-install-version.summary': {
		en: 'go install path@version needs Go 1.16 or later; this older go does not know that form and says "cannot use path@version syntax in GOPATH mode". GO111MODULE is not the problem.',
		'zh-CN': 'go install path@version 需要 Go 1.16 或更高版本；这个旧版 go 不认识这种写法，于是报“cannot use path@version syntax in GOPATH mode”。问题不在 GO111MODULE。',
	},
	'explain.class.go-too-old-for-install-version.fix': {
		en: 'Install a current Go from https://go.dev/dl/ (distribution packages are often old; use backports or the official archive), check with go version, then run the go install again.',
		'zh-CN': '从 https://go.dev/dl/ 安装当前版本的 Go（发行版自带的软件包往往较旧，请使用 backports 或官方压缩包），用 go version 确认后，再次运行 go install。',
	},
	'explain.class.go-get-does-not-install.summary': {
		en: 'Since Go 1.17 go get no longer installs programs in module mode (Go 1.18 removed it): it only records the module in go.mod, so no executable appears in GOBIN or GOPATH/bin.',
		'zh-CN': '从 Go 1.17 起，go get 在模块模式下不再安装程序（Go 1.18 彻底移除）：它只在 go.mod 中记录模块，所以 GOBIN 或 GOPATH/bin 中不会出现可执行文件。',
	},
	'explain.class.go-get-does-not-install.fix': {
		en: 'Install the program with go install path@latest (or @version), e.g. go install github.com/beego/bee/v2@latest; it lands in go env GOBIN, or the bin folder of go env GOPATH.',
		'zh-CN': '用 go install path@latest（或 @version）安装程序，例如 go install github.com/beego/bee/v2@latest；它会被放在 go env GOBIN，或 go env GOPATH 下的 bin 目录中。',
	},
	'explain.class.https-proxy-unset.summary': {
		en: 'A proxy is set in HTTP_PROXY only. go fetches modules and checksums over https, which uses HTTPS_PROXY, so these requests went out directly and failed.',
		'zh-CN': '代理只设置在 HTTP_PROXY 中。go 通过 https 获取模块和校验和，而 https 请求使用的是 HTTPS_PROXY，所以这些请求直接发出并失败了。',
	},
	'explain.class.https-proxy-unset.fix': {
		en: 'Set HTTPS_PROXY to the same proxy (e.g. HTTPS_PROXY=http://127.0.0.1:7890, and NO_PROXY for internal hosts), or use a module proxy that is reachable directly: go env -w GOPROXY=https://goproxy.cn,direct.',
		'zh-CN': '把 HTTPS_PROXY 设为同一个代理（例如 HTTPS_PROXY=http://127.0.0.1:7890，内部主机写进 NO_PROXY），或改用可直接访问的模块代理：go env -w GOPROXY=https://goproxy.cn,direct。',
	},

	'explain.class.gopath-not-directory.summary': {
		en: 'The GOPATH folder (by default %USERPROFILE%\\go or ~/go) is not a usable folder: a file, or a link to nowhere, has its name, so go cannot create the module cache or bin folder inside it.',
		'zh-CN': 'GOPATH 目录（默认为 %USERPROFILE%\\go 或 ~/go）不是可用的目录：有一个同名的文件，或指向不存在位置的链接占用了它的名字，所以 go 无法在其中创建模块缓存或 bin 目录。',
	},
	'explain.class.gopath-not-directory.fix': {
		en: 'Look at that path: remove or rename the file (or broken link) that holds the name, or point GOPATH at another folder with go env -w GOPATH=… . go creates the folders it needs by itself.',
		'zh-CN': '检查该路径：删除或重命名占用这个名字的文件（或失效的链接），或者用 go env -w GOPATH=… 让 GOPATH 指向另一个目录。go 会自己创建所需的目录。',
	},
	'explain.class.go-tempdir-unusable.summary': {
		en: 'go cannot make or use its work folder: the temporary folder it takes (GOTMPDIR, else TMPDIR, or TMP/TEMP on Windows) does not exist, cannot be written, or does not let programs run from it (e.g. TEMP missing so Windows falls back to C:\\Windows, or /tmp mounted noexec).',
		'zh-CN': 'go 无法创建或使用它的工作目录：它使用的临时目录（GOTMPDIR，否则是 TMPDIR，Windows 上是 TMP/TEMP）不存在、不可写，或不允许从中运行程序（例如缺少 TEMP，Windows 于是改用 C:\\Windows；或者 /tmp 以 noexec 方式挂载）。',
	},
	'explain.class.go-tempdir-unusable.fix': {
		en: 'Point the temporary folder at one that exists, that you can write, and that may run programs: create it, or set GOTMPDIR (or TMPDIR; on Windows TEMP and TMP) to such a folder, e.g. export TMPDIR=$HOME/tmp. A tool that starts go must pass TEMP on.',
		'zh-CN': '让临时目录指向一个存在、你可写、并允许运行程序的目录：创建它，或把 GOTMPDIR（或 TMPDIR；Windows 上是 TEMP 和 TMP）设为这样的目录，例如 export TMPDIR=$HOME/tmp。启动 go 的工具必须把 TEMP 传下去。',
	},

	'explain.class.go-wrong-arch-install.summary': {
		en: 'The Go installed is built for another CPU than this machine: a 64-bit or amd64 go will not start on a 32-bit or ARM system, and an amd64 Go on an Apple Silicon Mac runs under Rosetta, as does everything it builds (Delve cannot debug there).',
		'zh-CN': '安装的 Go 是为另一种 CPU 构建的：64 位或 amd64 的 go 无法在 32 位或 ARM 系统上启动；Apple Silicon Mac 上的 amd64 Go 通过 Rosetta 运行，它构建的程序也一样（Delve 无法在那里调试）。',
	},
	'explain.class.go-wrong-arch-install.fix': {
		en: 'Install the Go download for this machine\'s CPU (uname -m, or the system information on Windows: amd64, arm64 or 386) in place of this one, and check that go version then ends with that architecture.',
		'zh-CN': '卸下这个 Go，安装与本机 CPU 相符的 Go（用 uname -m 查看，Windows 上看系统信息：amd64、arm64 或 386），然后确认 go version 的末尾是这个架构。',
	},
	'explain.class.gopath-is-module.summary': {
		en: 'GOPATH names a module\'s own folder (it holds go.mod), so go refuses to run ("$GOPATH/go.mod exists but should not"). GOPATH is a workspace for downloaded modules and installed programs, not the project.',
		'zh-CN': 'GOPATH 指向了一个模块自己的目录（其中有 go.mod），所以 go 拒绝运行（“$GOPATH/go.mod exists but should not”）。GOPATH 是存放下载的模块和安装的程序的工作区，不是项目本身。',
	},
	'explain.class.gopath-is-module.fix': {
		en: 'Unset GOPATH (go then uses ~/go, %USERPROFILE%\\go on Windows) or point it at a folder of its own, e.g. export GOPATH=$HOME/go or go env -w GOPATH=…; keep the project outside it.',
		'zh-CN': '取消 GOPATH（go 于是使用 ~/go，Windows 上是 %USERPROFILE%\\go），或让它指向单独的目录，例如 export GOPATH=$HOME/go 或 go env -w GOPATH=…；把项目放在它之外。',
	},
	'explain.class.windows-version-unsupported.summary': {
		en: 'The program was built by a Go that does not support this Windows release: Go 1.11 and later need Windows 7 or Server 2008 R2, Go 1.21 and later Windows 10 or Server 2016. Windows then calls the program invalid or stops at a missing function.',
		'zh-CN': '这个程序由不再支持此 Windows 版本的 Go 构建：Go 1.11 起需要 Windows 7 或 Server 2008 R2，Go 1.21 起需要 Windows 10 或 Server 2016。于是 Windows 说程序无效，或因缺少函数而停止。',
	},
	'explain.class.windows-version-unsupported.fix': {
		en: 'Run it on a Windows release that Go supports, or build it with the last Go that supported this one (Go 1.10 for XP and Server 2003, Go 1.20 for Windows 7 and 8), with GOARCH=386 for a 32-bit system.',
		'zh-CN': '在 Go 支持的 Windows 版本上运行，或用最后一个支持此版本的 Go 构建（XP 和 Server 2003 用 Go 1.10，Windows 7 和 8 用 Go 1.20），32 位系统再加上 GOARCH=386。',
	},

	'explain.class.gopath-project-module-mode.summary': {
		en: 'A project laid out for GOPATH (it has no go.mod) is built in module mode, the default since Go 1.16 (or GO111MODULE=on): go looks for a go.mod and finds none.',
		'zh-CN': '一个按 GOPATH 方式组织的项目（没有 go.mod）在模块模式下构建；从 Go 1.16 起这是默认模式（或设置了 GO111MODULE=on）：go 寻找 go.mod，却找不到。',
	},
	'explain.class.gopath-project-module-mode.fix': {
		en: 'Give the project a go.mod (go mod init <module path>, then go mod tidy), or build the old layout in GOPATH mode for now: GO111MODULE=off go build (with GO111MODULE=auto, a folder without go.mod is built in GOPATH mode too).',
		'zh-CN': '为项目添加 go.mod（go mod init <模块路径>，然后 go mod tidy），或者暂时用 GOPATH 模式构建旧的项目结构：GO111MODULE=off go build（GO111MODULE=auto 时，没有 go.mod 的目录也会按 GOPATH 模式构建）。',
	},
	'explain.class.setting-has-carriage-return.summary': {
		en: 'A value ends in a carriage return (\\r): the script or profile that sets it was saved with Windows (CRLF) line ends, so the folder or command name carries an invisible \\r and does not exist.',
		'zh-CN': '某个值的末尾带有回车符（\\r）：设置它的脚本或配置文件是用 Windows（CRLF）换行保存的，所以目录名或命令名带着看不见的 \\r，于是不存在。',
	},
	'explain.class.setting-has-carriage-return.fix': {
		en: 'Save that script or profile with LF line ends (dos2unix file, or the editor\'s line-ending setting), open a new terminal, and check the value again (go env GOPATH).',
		'zh-CN': '把那个脚本或配置文件改为 LF 换行保存（dos2unix 文件，或编辑器的换行设置），打开新的终端，再检查这个值（go env GOPATH）。',
	},

	'explain.class.gopath-not-set.summary': {
		en: 'No GOPATH to work in: this Go is older than 1.8, which has no default GOPATH, or the default ($HOME/go) is the Go installation itself, so go has nowhere to put what it downloads.',
		'zh-CN': '没有可用的 GOPATH：这个 Go 早于 1.8，没有默认的 GOPATH；或者默认位置（$HOME/go）正是 Go 的安装目录，所以 go 没有地方存放下载的内容。',
	},
	'explain.class.gopath-not-set.fix': {
		en: 'Set GOPATH to a folder of its own, outside the Go installation (export GOPATH=$HOME/gopath, or set GOPATH=%USERPROFILE%\\gopath on Windows), and add its bin folder to PATH; better still, install a current Go. Scripts should ask go env GOPATH rather than read $GOPATH.',
		'zh-CN': '把 GOPATH 设为一个独立的、不在 Go 安装目录里的目录（export GOPATH=$HOME/gopath，Windows 上 set GOPATH=%USERPROFILE%\\gopath），并把它的 bin 目录加入 PATH；更好的做法是安装新版 Go。脚本应使用 go env GOPATH，而不是读取 $GOPATH。',
	},
	'explain.class.powershell-syntax-in-cmd.summary': {
		en: "A PowerShell line ($env:NAME = value) was typed into cmd, which does not know that syntax and reads it as a file name.",
		'zh-CN': '在 cmd 中输入了 PowerShell 的写法（$env:NAME = value），cmd 不认识这种语法，把它当成了文件名。',
	},
	'explain.class.powershell-syntax-in-cmd.fix': {
		en: 'In cmd write set NAME=value (e.g. set GOOS=windows), then run the command; or run the original lines in PowerShell.',
		'zh-CN': '在 cmd 中请写 set NAME=value（例如 set GOOS=windows），再运行命令；或者在 PowerShell 中运行原来的命令。',
	},
	'explain.class.exe-without-extension.summary': {
		en: 'The program was built with go build -o and a name without .exe: on Windows, cmd and PowerShell do not run a file without an executable extension, and report it as not found.',
		'zh-CN': '程序是用 go build -o 加不带 .exe 的名字构建的：在 Windows 上，cmd 和 PowerShell 不会运行没有可执行扩展名的文件，并报告找不到该命令。',
	},
	'explain.class.exe-without-extension.fix': {
		en: 'Build with the extension: go build -o name.exe (or -o name$(go env GOEXE) in scripts for every OS), or rename the file to name.exe.',
		'zh-CN': '构建时带上扩展名：go build -o name.exe（跨平台脚本里可写 -o name$(go env GOEXE)），或者把文件改名为 name.exe。',
	},
	'explain.class.gobin-cross-install.summary': {
		en: 'go install builds for another system here (GOOS or GOARCH differs from this machine) while GOBIN is set, and go does not put programs for another system into GOBIN.',
		'zh-CN': '这里的 go install 在为另一个系统构建（GOOS 或 GOARCH 与本机不同），同时设置了 GOBIN；go 不会把为其他系统构建的程序放进 GOBIN。',
	},
	'explain.class.gobin-cross-install.fix': {
		en: 'For a cross build use go build -o (the script\'s build step instead of install), or unset GOBIN for that command (GOBIN= go install …); cross-compiled programs then go to $GOPATH/bin/GOOS_GOARCH.',
		'zh-CN': '交叉编译请用 go build -o（脚本中用 build 步骤代替 install），或者只对这条命令取消 GOBIN（GOBIN= go install …）；这样交叉编译的程序会放到 $GOPATH/bin/GOOS_GOARCH。',
	},
	'explain.class.cgo-flag-not-allowed.summary': {
		en: 'Since Go 1.9.4 cgo passes only flags on its list of safe ones from #cgo lines and pkg-config to the C compiler and linker; this package uses one that is not on it.',
		'zh-CN': '从 Go 1.9.4 起，cgo 只把安全列表中的标志（来自 #cgo 行和 pkg-config）传给 C 编译器和链接器；这个包用了一个不在列表中的标志。',
	},
	'explain.class.cgo-flag-not-allowed.fix': {
		en: 'Allow that flag for the build with a regular expression: CGO_LDFLAGS_ALLOW (or CGO_CFLAGS_ALLOW, CGO_CXXFLAGS_ALLOW…) set to match it, e.g. CGO_LDFLAGS_ALLOW="-s"; or update the package, whose newer versions may no longer need the flag.',
		'zh-CN': '用正则表达式为这次构建放行该标志：设置 CGO_LDFLAGS_ALLOW（或 CGO_CFLAGS_ALLOW、CGO_CXXFLAGS_ALLOW 等）使其匹配，例如 CGO_LDFLAGS_ALLOW="-s"；或者升级这个包，新版本可能已不再需要该标志。',
	},
	'explain.class.gccgo-not-found.summary': {
		en: 'The build asked for the gccgo compiler (-compiler=gccgo) and there is no gccgo on PATH, so go tried to start a program with no name.',
		'zh-CN': '构建要求使用 gccgo 编译器（-compiler=gccgo），但 PATH 中没有 gccgo，所以 go 试图启动一个没有名字的程序。',
	},
	'explain.class.gccgo-not-found.fix': {
		en: 'Install gccgo (the gccgo package of your system, or GCC built with Go) and make sure gccgo --version works in the same terminal; or set GCCGO to its full path. Without -compiler=gccgo, go uses its own compiler.',
		'zh-CN': '安装 gccgo（系统的 gccgo 软件包，或启用 Go 的 GCC），并确认在同一终端中 gccgo --version 可以运行；或者把 GCCGO 设为它的完整路径。不加 -compiler=gccgo 时，go 使用自己的编译器。',
	},

	'explain.help': {
		en: `  {name} explain [file|-] [--json]
      Reads the output of a failed go (or dlv, gopls, git) command, from a file or
      standard input, and names the likely causes: the line each was found on, the
      checks that would confirm it on the machine, and the fix.
      --json        on stdout: {"schema_version","causes":[{"class","line",
                    "line_number","checks","summary","fix"}]}
                    (schemas/explain.schema.json)`,
		'zh-CN': `  {name} explain [文件|-] [--json]
      从文件或标准输入读取失败的 go（或 dlv、gopls、git）命令的输出，指出可能的原因：
      在哪一行发现、可在本机确认它的检查项，以及解决办法。
      --json        在标准输出打印 {"schema_version","causes":[{"class","line",
                    "line_number","checks","summary","fix"}]}
                    （schemas/explain.schema.json）`,
	},
	'explain.none': {
		en: 'No known error was found in this text. Paste the whole output of the failing command, including the lines that start with "go:".',
		'zh-CN': '在这段文本中没有发现已知的错误。请粘贴失败命令的完整输出，包括以“go:”开头的行。',
	},
	'explain.heading': {en: '{count} likely cause(s), in the order they appear:', 'zh-CN': '发现 {count} 个可能的原因，按出现顺序排列：'},
	'explain.line': {en: 'line {line}', 'zh-CN': '第 {line} 行'},
	'explain.repeated': {en: '(seen on {count} lines)', 'zh-CN': '（共出现在 {count} 行）'},
	'explain.checks': {en: 'Confirm on the machine: {command}', 'zh-CN': '在出错的机器上确认：{command}'},
	'explain.fix': {en: 'Fix: {fix}', 'zh-CN': '解决办法：{fix}'},
} as const satisfies Catalog;
