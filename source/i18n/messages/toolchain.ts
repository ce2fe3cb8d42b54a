import type {Catalog} from '../catalog.js';

/** The Go toolchain checks: go-on-path, go-version, goroot, gotoolchain, goos-goarch, go111module, smoke-build. */
export const toolchain = {
	'probe.go-on-path.title': {en: 'go on PATH', 'zh-CN': 'PATH 中的 go'},
	'probe.go-on-path.notFound': {
		en: 'go was not found on PATH; install Go from https://go.dev/dl/ and open a new terminal',
		'zh-CN': 'PATH 中找不到 go；请从 https://go.dev/dl/ 安装 Go，然后打开一个新的终端',
	},
	'probe.go-on-path.notFound.why': {
		en: 'Every go command starts by finding go on PATH. Without it nothing else can be checked, and editors cannot build or debug.',
		'zh-CN': '所有 go 命令都要先在 PATH 中找到 go。找不到它，其余检查都无从谈起，编辑器也无法构建和调试。',
	},
	'probe.go-on-path.ok': {en: '{version} at {path}', 'zh-CN': '{version}，位于 {path}'},
	'probe.go-on-path.brokenGo': {
		en: 'go at {path} does not start: {error}',
		'zh-CN': '{path} 处的 go 无法启动：{error}',
	},
	'probe.go-on-path.brokenGo.why': {
		en: 'The go binary was found but exits with an error before doing anything. The related check (usually goroot) names the cause.',
		'zh-CN': '找到了 go 程序，但它一启动就报错退出。相关的检查（通常是 goroot）会指出原因。',
	},
	'probe.go-on-path.several': {
		en: '{version} at {path} wins; {count} other Go version(s) later on PATH: {others}',
		'zh-CN': '生效的是 {path} 处的 {version}；PATH 后面还有 {count} 个其他版本的 Go：{others}',
	},
	'probe.go-on-path.othersBroken': {
		en: 'another go later on PATH does not start: {list}',
		'zh-CN': 'PATH 后面还有无法启动的 go：{list}',
	},
	'probe.go-on-path.several.why': {
		en: 'Only the first go on PATH runs. Another Go later on PATH is shadowed: a terminal or editor with a different PATH order may run a different Go than you think.',
		'zh-CN': '只有 PATH 中的第一个 go 会运行，后面的 Go 都被遮蔽了。PATH 顺序不同的终端或编辑器，运行的可能是另一个 Go。',
	},
	'probe.go-on-path.evidence.hits': {en: 'Every go on PATH, in search order ({shell})', 'zh-CN': 'PATH 中所有的 go（按查找顺序，{shell}）'},
	'probe.go-on-path.evidence.shells': {en: 'The go each shell runs', 'zh-CN': '各个 shell 实际运行的 go'},
	'probe.go-on-path.evidence.wrappers': {
		en: 'Side-by-side Go versions (golang.org/dl wrappers on PATH)',
		'zh-CN': '并行安装的 Go 版本（PATH 中的 golang.org/dl 包装程序）',
	},
	'probe.go-on-path.wrapperNotDownloaded': {en: 'not downloaded: run {version} download', 'zh-CN': '尚未下载：请运行 {version} download'},
	'probe.go-on-path.evidence.binary': {en: 'The go that runs', 'zh-CN': '实际运行的 go'},
	'probe.go-on-path.label.runs': {en: 'file', 'zh-CN': '文件'},
	'probe.go-on-path.label.builtFor': {en: 'built for (GOHOSTOS/GOHOSTARCH)', 'zh-CN': '适用平台（GOHOSTOS/GOHOSTARCH）'},
	'probe.go-on-path.label.osArch': {en: 'architecture of this machine', 'zh-CN': '本机架构'},
	'probe.go-on-path.shim.scoop': {en: 'Scoop shim for {target}', 'zh-CN': 'Scoop 的 shim 程序，指向 {target}'},
	'probe.go-on-path.shim.version-manager': {en: 'version manager shim', 'zh-CN': '版本管理器的 shim 脚本'},
	'probe.go-on-path.shellsDiffer': {
		en: 'the shells disagree on which go runs: {list}',
		'zh-CN': '不同 shell 运行的 go 不一样：{list}',
	},
	'probe.go-on-path.shellsDiffer.why': {
		en: 'cmd looks in the current folder first and tries PATHEXT extensions (.bat before .exe only if earlier on PATH); PowerShell never looks in the current folder and prefers a .ps1 script; Git Bash runs only go or go.exe. The same PATH can then start different programs.',
		'zh-CN': 'cmd 会先查找当前目录，并按 PATHEXT 中的扩展名逐个尝试（只有 .bat 在 PATH 中更靠前时，才会先于 .exe 运行）；PowerShell 从不查找当前目录，且优先使用 .ps1 脚本；Git Bash 只运行 go 或 go.exe。因此同一个 PATH 可能启动不同的程序。',
	},
	'probe.go-on-path.arch32': {
		en: 'the go that runs is a 32-bit build ({target}) on a 64-bit ({arch}) machine: install the 64-bit Go',
		'zh-CN': '运行的 go 是 32 位版本（{target}），而本机是 64 位（{arch}）：请安装 64 位的 Go',
	},
	'probe.go-on-path.emulated': {
		en: 'the go that runs ({target}) is an x86-64 build running under emulation on an arm64 machine: install the arm64 Go',
		'zh-CN': '运行的 go（{target}）是 x86-64 版本，在 arm64 机器上以模拟方式运行：请安装 arm64 版本的 Go',
	},
	'probe.go-on-path.arch.why': {
		en: 'A go built for another architecture builds for that architecture by default (GOARCH follows it): programs run emulated or limited to 32 bits, builds are slower, and cgo needs a matching C compiler.',
		'zh-CN': '为其他架构构建的 go 默认也为该架构编译（GOARCH 随之而定）：生成的程序要么以模拟方式运行，要么受 32 位限制，构建更慢，cgo 还需要匹配架构的 C 编译器。',
	},
	'probe.go-on-path.mark.wins': {en: 'runs', 'zh-CN': '生效'},
	'probe.go-on-path.mark.shadowed': {en: 'shadowed', 'zh-CN': '被遮蔽'},
	'probe.go-on-path.mark.same': {en: 'same file as #{index}', 'zh-CN': '与第 {index} 个是同一个文件'},
	'probe.go-on-path.evidence.path': {en: 'PATH entries searched', 'zh-CN': '查找过的 PATH 条目'},

	'probe.goroot.title': {en: 'GOROOT', 'zh-CN': 'GOROOT'},
	'probe.goroot.ok': {en: '{path} (found by go from its own location)', 'zh-CN': '{path}（由 go 根据自身位置找到）'},
	'probe.goroot.explicit': {
		en: 'GOROOT={path} is set in the {source}; it works, but go finds its own root and the setting can go stale after an upgrade',
		'zh-CN': 'GOROOT={path} 设置在{source}中；目前可用，但 go 能自己找到安装目录，手动设置的值在升级后容易过时',
	},
	'probe.goroot.missing': {
		en: 'GOROOT={path} ({origin}) does not exist; go refuses to start',
		'zh-CN': 'GOROOT={path}（{origin}）不存在；go 因此无法启动',
	},
	'probe.goroot.notGoTree': {
		en: 'GOROOT={path} ({origin}) is not a Go installation: it has no {missing}',
		'zh-CN': 'GOROOT={path}（{origin}）不是 Go 安装目录：缺少 {missing}',
	},
	'probe.goroot.unreadable': {
		en: 'GOROOT={path} ({origin}) cannot be looked into ({code}): whether it is a usable Go tree is unknown',
		'zh-CN': 'GOROOT={path}（{origin}）无法查看（{code}）：无法判断它是否为可用的 Go 安装目录',
	},
	'probe.goroot.mismatch': {
		en: 'GOROOT={path} ({origin}) holds {treeVersion}, but the go on PATH is {goVersion}; builds fail with "compile: version does not match"',
		'zh-CN': 'GOROOT={path}（{origin}）中是 {treeVersion}，而 PATH 中的 go 是 {goVersion}；构建会报“compile: version does not match”',
	},
	'probe.goroot.origin.set': {en: 'from the {source}', 'zh-CN': '来自{source}'},
	'probe.goroot.origin.found': {en: 'found by go from its own location', 'zh-CN': '由 go 根据自身位置找到'},
	'probe.goroot.unknown': {en: 'go did not report a GOROOT', 'zh-CN': 'go 没有报告 GOROOT'},
	'probe.goroot.why': {
		en: 'GOROOT is where the standard library and compiler live. go finds it by itself from where the go binary is; setting it by hand is the classic way to break an install after an upgrade.',
		'zh-CN': 'GOROOT 是标准库和编译器所在的目录。go 会根据自身所在位置自动找到它；手动设置 GOROOT 是升级后环境损坏的常见原因。',
	},
	'probe.goroot.evidence.tree': {en: 'GOROOT', 'zh-CN': 'GOROOT'},
	'probe.goroot.label.effective': {en: 'effective GOROOT', 'zh-CN': '实际生效的 GOROOT'},
	'probe.goroot.label.source': {en: 'set by', 'zh-CN': '设置来源'},
	'probe.goroot.label.exists': {en: 'folder exists', 'zh-CN': '目录存在'},
	'probe.goroot.label.pkgTool': {en: 'pkg/tool present', 'zh-CN': '包含 pkg/tool'},
	'probe.goroot.label.srcRuntime': {en: 'src/runtime present', 'zh-CN': '包含 src/runtime'},
	'probe.goroot.label.treeVersion': {en: 'VERSION file', 'zh-CN': 'VERSION 文件'},
	'probe.goroot.label.goVersion': {en: 'version of the go on PATH', 'zh-CN': 'PATH 中 go 的版本'},
	'probe.goroot.label.ownRoot': {en: 'tree of the go that runs', 'zh-CN': '当前运行的 go 所在的安装目录'},
	'probe.goroot.evidence.setting': {en: 'Where GOROOT is set', 'zh-CN': 'GOROOT 的设置位置'},
	'probe.goroot.elsewhere': {
		en: 'GOROOT={path} ({origin}) points at another Go tree than the go that runs, which lives in {own}',
		'zh-CN': 'GOROOT={path}（{origin}）指向的不是当前运行的 go 所在的安装目录（{own}）',
	},
	'probe.goroot.staleInstaller': {
		en: '{path} is where Go installers before 2019 put Go and set GOROOT; today\'s installer never sets it, so this is a leftover.',
		'zh-CN': '{path} 是 2019 年以前的 Go 安装程序使用的目录，这些安装程序还会设置 GOROOT；如今的安装程序从不设置它，所以这是遗留下来的旧设置。',
	},

	'probe.go111module.title': {en: 'GO111MODULE', 'zh-CN': 'GO111MODULE'},
	'probe.go111module.unset': {en: 'not set: module mode, the default since Go 1.16', 'zh-CN': '未设置：使用模块模式（Go 1.16 起的默认行为）'},
	'probe.go111module.on': {en: 'GO111MODULE=on (set in the {source}); this is already the default', 'zh-CN': 'GO111MODULE=on（设置在{source}中）；这本来就是默认值'},
	'probe.go111module.off': {
		en: 'GO111MODULE=off is set in the {source}: modules are disabled, GOPROXY is ignored and go get fails',
		'zh-CN': '{source}中设置了 GO111MODULE=off：模块被禁用，GOPROXY 不起作用，go get 会失败',
	},
	'probe.go111module.auto': {
		en: 'GO111MODULE=auto is set in the {source}: outside a folder with go.mod, go falls back to the old GOPATH mode',
		'zh-CN': '{source}中设置了 GO111MODULE=auto：在没有 go.mod 的目录下，go 会退回旧的 GOPATH 模式',
	},
	'probe.go111module.invalid': {
		en: 'GO111MODULE={value} (in the {source}) is not a value go accepts (on, off, auto or empty)',
		'zh-CN': 'GO111MODULE={value}（在 {source} 中）不是 go 接受的值（只能是 on、off、auto 或空）',
	},
	'probe.go111module.stray': {
		en: 'GO111MODULE={value} (in the {source}) is not {trimmed} to go: {what} is part of the value, so go rejects it as an unknown setting and every module command stops with "go: unknown environment setting GO111MODULE=…"',
		'zh-CN': 'GO111MODULE={value}（在 {source} 中）在 go 看来并不是 {trimmed}：{what}也算作值的一部分，go 会把它当作未知设置拒绝，所有模块命令都会以“go: unknown environment setting GO111MODULE=…”失败',
	},
	'probe.go111module.stray.cr': {
		en: 'the carriage return at the end (a file saved with Windows line endings, CRLF)',
		'zh-CN': '末尾的回车符（文件以 Windows 换行符 CRLF 保存）',
	},
	'probe.go111module.stray.other': {en: 'the space or control character around it', 'zh-CN': '前后多余的空白或控制字符'},
	'probe.go111module.inEffect': {en: 'in effect: go uses this value', 'zh-CN': '生效值：go 使用的就是这一项'},
	'probe.go111module.why': {
		en: 'Since Go 1.16 module mode is always on unless GO111MODULE says otherwise. Old tutorials set it to off or auto; that setting now silently turns off modules and the module proxy.',
		'zh-CN': '从 Go 1.16 起，除非 GO111MODULE 另有设置，模块模式总是开启的。旧教程会把它设成 off 或 auto，如今这会悄悄关闭模块功能和模块代理。',
	},
	'probe.go111module.evidence': {en: 'GO111MODULE, layer by layer', 'zh-CN': 'GO111MODULE 的各层设置'},

	'probe.go-version.title': {en: 'Go version', 'zh-CN': 'Go 版本'},
	'probe.go-version.ok': {en: '{version}, the newest release as of {date}', 'zh-CN': '{version}，截至 {date} 的最新版本'},
	'probe.go-version.behind': {
		en: '{version} is supported, but {latest} ({date}) has the security fixes since; release data as of {asOf}',
		'zh-CN': '{version} 仍在支持期内，但之后的安全修复在 {latest}（{date}）中；版本数据截至 {asOf}',
	},
	'probe.go-version.unsupported.summary': {
		en: '{version} no longer gets security fixes{since}; supported: {supported} (newest {newest}, as of {date})',
		'zh-CN': '{version} 已不再获得安全修复{since}；仍受支持的是 {supported}（最新为 {newest}，截至 {date}）',
	},
	'probe.go-version.since': {en: ' since {release} ({date})', 'zh-CN': '（自 {release} 发布起，{date}）'},
	'probe.go-version.prerelease': {
		en: '{version} is a pre-release; the stable release of that line is {latest}',
		'zh-CN': '{version} 是预发布版本；该系列的正式版本是 {latest}',
	},
	'probe.go-version.newerThanData': {
		en: '{version} is newer than the release data this tool carries (as of {date})',
		'zh-CN': '{version} 比本工具内置的版本数据更新（数据截至 {date}）',
	},
	'probe.go-version.devel': {en: '{version}: a development build, not a release', 'zh-CN': '{version}：开发版构建，不是正式发布版本'},
	'probe.go-version.unknown': {en: 'go did not report its version', 'zh-CN': 'go 没有报告它的版本'},
	'probe.go-version.why': {
		en: 'Go fixes security problems in the two newest major releases only. An older Go still builds, but its standard library (net/http, crypto/tls) keeps the holes fixed since, and new modules may require a newer go line.',
		'zh-CN': 'Go 只为最新的两个主版本修复安全问题。旧版本的 Go 仍能构建，但其标准库（net/http、crypto/tls）中此后修复的漏洞依然存在，新的模块也可能要求更新的 go 版本。',
	},
	'probe.go-version.evidence.releases': {en: 'Go releases (as of {date})', 'zh-CN': 'Go 发布版本（截至 {date}）'},
	'probe.go-version.evidence.running': {en: 'The go that runs', 'zh-CN': '实际运行的 go'},
	'probe.go-version.label.asOf': {en: 'release data as of', 'zh-CN': '版本数据截至'},
	'probe.go-version.column.major': {en: 'major release', 'zh-CN': '主版本'},
	'probe.go-version.column.released': {en: 'released', 'zh-CN': '发布日期'},
	'probe.go-version.column.latest': {en: 'latest patch', 'zh-CN': '最新补丁版本'},
	'probe.go-version.column.support': {en: 'security fixes', 'zh-CN': '安全修复'},
	'probe.go-version.supported': {en: 'supported', 'zh-CN': '支持中'},
	'probe.go-version.unsupported': {en: 'ended', 'zh-CN': '已结束'},

	'probe.gotoolchain.title': {en: 'GOTOOLCHAIN', 'zh-CN': 'GOTOOLCHAIN'},
	'probe.gotoolchain.ok': {en: 'GOTOOLCHAIN={value} ({source}); {where}', 'zh-CN': 'GOTOOLCHAIN={value}（{source}）；{where}'},
	'probe.gotoolchain.noModule': {en: 'not in a module here', 'zh-CN': '当前目录不在模块中'},
	'probe.gotoolchain.inModule': {en: '{file} needs nothing newer', 'zh-CN': '{file} 不需要更新的版本'},
	'probe.gotoolchain.unknown': {en: 'go did not report its version', 'zh-CN': 'go 没有报告它的版本'},
	'probe.gotoolchain.moduleUnreadable': {
		en: '{file} is there but cannot be read ({code}): whether it needs a newer Go than GOTOOLCHAIN={value} allows is unknown',
		'zh-CN': '{file} 存在但无法读取（{code}）：无法判断它是否需要比 GOTOOLCHAIN={value} 所允许的更新的 Go',
	},
	'probe.gotoolchain.label.read': {en: 'cannot be read', 'zh-CN': '无法读取'},
	'probe.gotoolchain.invalid': {
		en: 'GOTOOLCHAIN={value} (from {source}) is not a value go accepts: every go command fails with "invalid GOTOOLCHAIN"',
		'zh-CN': 'GOTOOLCHAIN={value}（来自{source}）不是 go 接受的值：每条 go 命令都会报“invalid GOTOOLCHAIN”',
	},
	'probe.gotoolchain.pinnedOlder': {
		en: 'GOTOOLCHAIN={value} (from {source}) makes every go command run that older toolchain instead of the installed {local}',
		'zh-CN': 'GOTOOLCHAIN={value}（来自{source}）让每条 go 命令都运行这个较旧的工具链，而不是已安装的 {local}',
	},
	'probe.gotoolchain.pinnedNewer': {
		en: 'GOTOOLCHAIN={value} (from {source}): every go command runs that toolchain (downloaded through GOPROXY on first use), not the installed {local}',
		'zh-CN': 'GOTOOLCHAIN={value}（来自{source}）：每条 go 命令都运行该工具链（首次使用时通过 GOPROXY 下载），而不是已安装的 {local}',
	},
	'probe.gotoolchain.tooNewLocal': {
		en: '{file} requires go >= {needed}, but the go here is {local} and GOTOOLCHAIN={value} (from {source}) forbids switching: every go command in this module fails',
		'zh-CN': '{file} 要求 go >= {needed}，而这里的 go 是 {local}，且 GOTOOLCHAIN={value}（来自{source}）禁止切换工具链：该模块中的每条 go 命令都会失败',
	},
	'probe.gotoolchain.toolchainIgnored': {
		en: '{file} suggests {toolchain}; with GOTOOLCHAIN={value} the installed go is used (the toolchain line is only a suggestion)',
		'zh-CN': '{file} 建议使用 {toolchain}；由于 GOTOOLCHAIN={value}，仍使用已安装的 go（toolchain 行只是建议）',
	},
	'probe.gotoolchain.languageTrap': {
		en: '{file} says "go {line}" without a patch level; {local} then asks for a toolchain named {target}, which does not exist: "toolchain not available". Write go {line}.0 (or add a toolchain line), or install a newer Go',
		'zh-CN': '{file} 写的是不带补丁号的“go {line}”；{local} 因此会请求名为 {target} 的工具链，而它并不存在：“toolchain not available”。请写成 go {line}.0（或加上 toolchain 行），或者安装更新的 Go',
	},
	'probe.gotoolchain.fromPath': {
		en: '{file} needs {target}; go will run {path} from PATH instead of the installed one',
		'zh-CN': '{file} 需要 {target}；go 将运行 PATH 中的 {path}，而不是已安装的版本',
	},
	'probe.gotoolchain.notInPath': {
		en: '{file} needs {target}, and with GOTOOLCHAIN=path go only looks on PATH, where there is none: go fails with "cannot find in PATH"',
		'zh-CN': '{file} 需要 {target}，而 GOTOOLCHAIN=path 时 go 只在 PATH 中查找，那里没有它：go 会报“cannot find in PATH”',
	},
	'probe.gotoolchain.noProxy': {
		en: '{file} needs {target}, newer than the go here, but GOPROXY={proxy} cannot download it: go commands in this module fail',
		'zh-CN': '{file} 需要比这里的 go 更新的 {target}，但 GOPROXY={proxy} 无法下载它：该模块中的 go 命令会失败',
	},
	'probe.gotoolchain.download': {
		en: '{file} needs {target}, newer than the installed {local}: the first go command here downloads it through GOPROXY ({proxy})',
		'zh-CN': '{file} 需要比已安装的 {local} 更新的 {target}：在这里执行的第一条 go 命令会通过 GOPROXY（{proxy}）下载它',
	},
	'probe.gotoolchain.empty': {
		en: 'GOTOOLCHAIN is empty (from {source}), which hides the default GOTOOLCHAIN={default}: go never switches toolchains',
		'zh-CN': 'GOTOOLCHAIN 为空（来自{source}），默认值 GOTOOLCHAIN={default} 因此失效：go 永远不会切换工具链',
	},
	'probe.gotoolchain.local': {
		en: 'GOTOOLCHAIN=local (from {source}): go never switches toolchains, so a module that needs a newer Go fails instead of downloading it',
		'zh-CN': 'GOTOOLCHAIN=local（来自{source}）：go 永远不会切换工具链，需要更新 Go 的模块会直接失败，而不是下载新版本',
	},
	'probe.gotoolchain.why': {
		en: 'Since Go 1.21 the go line of go.mod is a minimum: an older go downloads the toolchain it asks for (module golang.org/toolchain, through GOPROXY) unless GOTOOLCHAIN forbids it. This check reads go.mod as a file and never triggers a download.',
		'zh-CN': '从 Go 1.21 起，go.mod 中的 go 行是最低版本要求：较旧的 go 会（通过 GOPROXY，以 golang.org/toolchain 模块的形式）下载所需的工具链，除非 GOTOOLCHAIN 禁止。本检查直接读取 go.mod 文件，绝不会触发下载。',
	},
	'probe.gotoolchain.evidence.settings': {en: 'GOTOOLCHAIN and GOPROXY', 'zh-CN': 'GOTOOLCHAIN 与 GOPROXY'},
	'probe.gotoolchain.evidence.module': {en: 'The {kind} here', 'zh-CN': '当前目录的 {kind}'},
	'probe.gotoolchain.line': {en: 'line {line}', 'zh-CN': '第 {line} 行'},
	'probe.gotoolchain.label.local': {en: 'installed go', 'zh-CN': '已安装的 go'},

	'probe.goos-goarch.title': {en: 'GOOS / GOARCH', 'zh-CN': 'GOOS / GOARCH'},
	'probe.goos-goarch.ok': {en: 'builds for this machine ({target})', 'zh-CN': '为本机构建（{target}）'},
	'probe.goos-goarch.cross': {
		en: 'go builds for {target}, but this machine is {host}: {settings}. go run and go test build programs that cannot start here',
		'zh-CN': 'go 为 {target} 构建，而本机是 {host}：{settings}。go run 和 go test 生成的程序在本机无法运行',
	},
	'probe.goos-goarch.crossRuns': {
		en: 'go builds for {target}, but this machine is {host}: {settings}. Such programs usually still start here (32-bit support or emulation), but they are not native builds, and cgo is off for them unless CGO_ENABLED=1 with a C compiler for {target}',
		'zh-CN': 'go 为 {target} 构建，而本机是 {host}：{settings}。这类程序通常仍能在本机运行（借助 32 位支持或模拟），但不是本机原生的构建；除非设置 CGO_ENABLED=1 并使用面向 {target} 的 C 编译器，否则 cgo 处于关闭状态',
	},
	'probe.goos-goarch.crossRuns.why': {
		en: 'GOOS and GOARCH are for cross-compiling one build. Left in the environment or the go env file, every build is for the other architecture: go run and go test still work here, but programs are slower or limited (a 32-bit address space), cgo is off unless CGO_ENABLED=1 is set with a C compiler for that target, and what you ship is not what you meant.',
		'zh-CN': 'GOOS 和 GOARCH 用于某一次交叉编译。如果留在环境变量或 go env 配置文件里，每次构建都会面向另一种架构：go run 和 go test 在本机仍能运行，但程序更慢或受限（32 位地址空间），除非设置 CGO_ENABLED=1 并配好面向该目标的 C 编译器，否则 cgo 处于关闭状态，而且发布出去的也不是你想要的程序。',
	},
	'probe.goos-goarch.variants': {
		en: 'builds for {target} with {settings}',
		'zh-CN': '为 {target} 构建，设置了 {settings}',
	},
	'probe.goos-goarch.variants.why': {
		en: 'GOAMD64, GOARM, GOARM64 and GO386 choose the oldest CPU the binaries run on. A level higher than a target machine supports makes the programs refuse to start there.',
		'zh-CN': 'GOAMD64、GOARM、GOARM64 和 GO386 决定生成的程序能在多旧的 CPU 上运行。设得比目标机器支持的级别更高，程序在那里就无法启动。',
	},
	'probe.goos-goarch.why': {
		en: 'GOOS and GOARCH are for cross-compiling one build. Left in the environment or the go env file, every go run and go test builds for the other system and fails with "exec format error" or "is not a valid Win32 application".',
		'zh-CN': 'GOOS 和 GOARCH 用于某一次交叉编译。如果留在环境变量或 go env 配置文件里，每次 go run 和 go test 都会为另一个系统构建，并报“exec format error”或“不是有效的 Win32 应用程序”。',
	},
	'probe.goos-goarch.hostUnknown': {
		en: 'go builds for {target}; the go env given does not show GOHOSTOS/GOHOSTARCH, so whether that is the machine\'s own platform cannot be told',
		'zh-CN': 'go 为 {target} 构建；所给的 go env 中没有 GOHOSTOS/GOHOSTARCH，无法判断这是否就是该机器自己的平台',
	},
	'probe.goos-goarch.hostNotShown': {en: 'unknown: not in the go env given', 'zh-CN': '未知：所给的 go env 中没有'},
	'probe.goos-goarch.unknown': {en: 'go env did not run', 'zh-CN': 'go env 没有成功运行'},
	'probe.goos-goarch.evidence.target': {en: 'Target and host', 'zh-CN': '目标平台与本机'},
	'probe.goos-goarch.evidence.settings': {en: 'Where they are set', 'zh-CN': '设置位置'},
	'probe.goos-goarch.label.target': {en: 'target (GOOS/GOARCH)', 'zh-CN': '目标平台（GOOS/GOARCH）'},
	'probe.goos-goarch.label.host': {en: 'this machine (GOHOSTOS/GOHOSTARCH)', 'zh-CN': '本机（GOHOSTOS/GOHOSTARCH）'},

	'probe.smoke-build.title': {en: 'Test build', 'zh-CN': '试构建'},
	'probe.smoke-build.ok': {
		en: 'a new module built and ran ({target}): go mod init, go build and the program all work',
		'zh-CN': '新建的模块已成功构建并运行（{target}）：go mod init、go build 和生成的程序都正常',
	},
	'probe.smoke-build.classified': {
		en: '{stage} failed: {cause} ("{line}")',
		'zh-CN': '{stage}失败：{cause}（“{line}”）',
	},
	'probe.smoke-build.failed': {en: '{stage} failed: {error}', 'zh-CN': '{stage}失败：{error}'},
	'probe.smoke-build.noOutput': {en: 'exit code {code}, no output', 'zh-CN': '退出码 {code}，没有输出'},
	'probe.smoke-build.timedOut': {en: '{stage} did not finish in time', 'zh-CN': '{stage}未能在限定时间内完成'},
	'probe.smoke-build.cross': {
		en: 'go builds for {target} here, and a {target} program cannot start on this {host} machine: go run and go test fail',
		'zh-CN': '这里的 go 为 {target} 构建，而 {target} 程序无法在本机（{host}）上启动：go run 和 go test 会失败',
	},
	'probe.smoke-build.noGo': {en: 'no working go to build with', 'zh-CN': '没有可用于构建的 go'},
	'probe.smoke-build.why': {
		en: 'The real proof of a working setup: a fresh module in a temporary folder, built and run with your settings. Your own projects are not touched; the folder is deleted afterwards.',
		'zh-CN': '环境可用的真正证明：在临时目录中新建一个模块，用你的设置构建并运行。不会改动你自己的任何项目，临时目录用完即删除。',
	},
	'probe.smoke-build.stage.init': {en: 'go mod init', 'zh-CN': 'go mod init'},
	'probe.smoke-build.stage.build': {en: 'go build', 'zh-CN': 'go build'},
	'probe.smoke-build.stage.run': {en: 'Running the built program', 'zh-CN': '运行生成的程序'},
	'probe.smoke-build.step.init': {en: 'go mod init in a temporary folder', 'zh-CN': '在临时目录中执行 go mod init'},
	'probe.smoke-build.step.build': {en: 'go build', 'zh-CN': '执行 go build'},
	'probe.smoke-build.step.run': {en: 'the built program', 'zh-CN': '运行生成的程序'},
	'probe.smoke-build.progress.init': {en: 'go mod init', 'zh-CN': '正在执行 go mod init'},
	'probe.smoke-build.progress.build': {en: 'go build (a cold build cache takes a while)', 'zh-CN': '正在执行 go build（构建缓存为空时会慢一些）'},
	'probe.smoke-build.progress.run': {en: 'running the program', 'zh-CN': '正在运行生成的程序'},
	'probe.smoke-build.evidence.setup': {en: 'Throwaway module', 'zh-CN': '临时模块'},
	'probe.smoke-build.evidence.causes': {en: 'Recognised errors', 'zh-CN': '识别出的错误'},
	'probe.smoke-build.label.folder': {en: 'folder (deleted afterwards)', 'zh-CN': '目录（用完即删除）'},
	'probe.smoke-build.label.modcache': {
		en: 'module cache (its own, deleted afterwards: yours is not touched)',
		'zh-CN': '模块缓存（独立的一份，用完即删除，不会改动你的模块缓存）',
	},
	'probe.smoke-build.label.target': {en: 'builds for', 'zh-CN': '目标平台'},
	'probe.smoke-build.column.class': {en: 'class', 'zh-CN': '类别'},
	'probe.smoke-build.column.line': {en: 'line', 'zh-CN': '原文'},
	'probe.smoke-build.column.checks': {en: 'checks', 'zh-CN': '相关检查'},
	'probe.smoke-build.column.fix': {en: 'what to do', 'zh-CN': '处理方法'},

	'fix.unsetGoEnv.title': {en: 'Remove {name} from the go env file (go env -u {name})', 'zh-CN': '从 go env 配置文件中删除 {name}（go env -u {name}）'},
	'fix.unsetOsEnv.title': {en: 'Remove the {name} environment variable', 'zh-CN': '删除环境变量 {name}'},
	'fix.unsetOsEnv.manual': {
		en: 'It is set in the environment of this shell; remove it where it is set (shell profile or system settings), then open a new terminal.',
		'zh-CN': '它设置在当前 shell 的环境中；请在设置它的地方（shell 配置文件或系统设置）删除，然后打开新的终端。',
	},
	'fix.restart.newTerminal': {en: 'Open a new terminal (and restart your editor) to pick this up.', 'zh-CN': '打开新的终端（并重启编辑器）后生效。'},
	'fix.restart.none': {en: 'Takes effect for the next go command.', 'zh-CN': '下一条 go 命令即可生效。'},
} as const satisfies Catalog;
