import type {Catalog} from '../catalog.js';

/** Every Go on the machine: where it was found, who manages it, shims, and go-on-path's sentences about them. */
export const installs = {
	'install.origin.msi': {en: 'the official MSI or winget', 'zh-CN': '官方 MSI 安装包或 winget'},
	'install.origin.chocolatey': {en: 'Chocolatey, package golang', 'zh-CN': 'Chocolatey 的 golang 包'},
	'install.origin.zip': {en: 'the ZIP, unpacked by hand', 'zh-CN': '手动解压的 ZIP 包'},
	'install.origin.scoop': {en: 'Scoop', 'zh-CN': 'Scoop'},
	'install.origin.homebrew': {en: 'Homebrew', 'zh-CN': 'Homebrew'},
	'install.origin.macos-pkg': {en: 'the official .pkg installer', 'zh-CN': '官方 .pkg 安装包'},
	'install.origin.tarball': {en: 'the official tarball, unpacked by hand', 'zh-CN': '手动解压的官方 tar 包'},
	'install.origin.dpkg': {en: 'a Debian/Ubuntu package (dpkg)', 'zh-CN': 'Debian/Ubuntu 软件包（dpkg）'},
	'install.origin.distro': {en: "the distribution's package", 'zh-CN': '发行版自带的软件包'},
	'install.origin.snap': {en: 'snap', 'zh-CN': 'snap'},
	'install.origin.golang-dl': {en: 'golang.org/dl', 'zh-CN': 'golang.org/dl'},
	'install.origin.sdk-folder': {en: "an editor's SDK download", 'zh-CN': '编辑器下载的 SDK'},
	'install.origin.gvm': {en: 'gvm', 'zh-CN': 'gvm'},
	'install.origin.goenv': {en: 'goenv', 'zh-CN': 'goenv'},
	'install.origin.asdf': {en: 'asdf', 'zh-CN': 'asdf'},
	'install.origin.mise': {en: 'mise', 'zh-CN': 'mise'},
	'install.origin.windows-side': {en: 'Windows, reached from WSL', 'zh-CN': 'Windows 一侧（从 WSL 访问）'},
	'install.origin.unknown': {en: 'by hand, in a folder of its own', 'zh-CN': '手动安装在自选目录'},
	'install.text': {en: '{version} ({origin}) in {root}', 'zh-CN': '{version}（{origin}），位于 {root}'},
	'install.evidence.title': {en: 'Go installations found where installers and version managers put them', 'zh-CN': '在各安装程序和版本管理器的默认位置找到的 Go'},
	'install.unreadable': {
		en: 'places that could not be read: {list}; whether a Go is there is unknown',
		'zh-CN': '无法读取的位置：{list}；不知道那里是否有 Go',
	},
	'install.evidence.looked': {en: 'Places looked in for a Go installation', 'zh-CN': '查找过 Go 安装的位置'},
	'install.column.origin': {en: 'installed by', 'zh-CN': '安装方式'},
	'install.column.onPath': {en: 'on PATH', 'zh-CN': '是否在 PATH 中'},
	'install.column.marker': {en: 'how we know', 'zh-CN': '判断依据'},
	'install.versionFrom.VERSION': {en: 'VERSION file', 'zh-CN': 'VERSION 文件'},
	'install.versionFrom.folder': {en: 'folder name', 'zh-CN': '目录名'},
	'install.onPath.runs': {en: 'yes: this is the go that runs', 'zh-CN': '是：就是实际运行的 go'},
	'install.onPath.entry': {en: 'yes, PATH entry #{index}', 'zh-CN': '是，PATH 第 {index} 项'},
	'install.onPath.newTerminals': {en: 'only in new terminals ({scope} Path)', 'zh-CN': '仅新终端（{scope} Path）'},

	'shim.resolves': {
		en: '{manager} shim: runs {target} (version {version}, chosen by {source})',
		'zh-CN': '{manager} 的 shim：运行 {target}（版本 {version}，由 {source} 选定）',
	},
	'shim.defaultSource': {en: 'the global default', 'zh-CN': '全局默认设置'},
	'shim.notInstalled': {
		en: '{manager} shim: {source} selects version {version}, which is not installed',
		'zh-CN': '{manager} 的 shim：{source} 选定了版本 {version}，但该版本没有安装',
	},
	'shim.unreadable': {
		en: '{manager} shim: which Go it runs here is unknown, as {list} could not be read',
		'zh-CN': '{manager} 的 shim：不知道它在这里运行哪个 Go，因为无法读取 {list}',
	},
	'probe.go-on-path.shimUnknown': {en: 'go on PATH ({shim}) is a version manager shim: {what}', 'zh-CN': 'PATH 中的 go（{shim}）是版本管理器的 shim：{what}'},
	'shim.noVersion': {en: '{manager} shim: no version of Go is selected for this folder', 'zh-CN': '{manager} 的 shim：当前目录没有选定任何 Go 版本'},

	'probe.go-on-path.installedNotOnPath': {
		en: 'Go {install} is installed but not on PATH, so no terminal finds go; put it on PATH (do not install Go again)',
		'zh-CN': 'Go {install} 已经安装，但不在 PATH 中，所以终端找不到 go；请把它加入 PATH（不要再装一次 Go）',
	},
	'probe.go-on-path.installedNotOnPath.several': {
		en: 'Go {install} (and {count} more installation(s), listed below) is installed but not on PATH, so no terminal finds go; put it on PATH (do not install Go again)',
		'zh-CN': 'Go {install}（以及下面列出的另外 {count} 个安装）已经安装，但不在 PATH 中，所以终端找不到 go；请把它加入 PATH（不要再装一次 Go）',
	},
	'probe.go-on-path.staleTerminal': {
		en: 'Go {install} is installed and on the {scope} Path, but this terminal started before it got there: open a new terminal',
		'zh-CN': 'Go {install} 已经安装，也已加入{scope} Path，但当前终端是在那之前打开的：请打开一个新的终端',
	},
	'probe.go-on-path.newShell': {
		en: 'Go {install} is added to PATH in {file} (line {line}), which this shell has not read: open a new login shell',
		'zh-CN': 'Go {install} 已在 {file}（第 {line} 行）中加入 PATH，但当前 shell 没有读取它：请打开一个新的登录 shell',
	},
	'probe.go-on-path.installed.why': {
		en: 'A terminal finds go only through PATH. Go is already on this machine: installing it again makes a second copy that the next upgrade will leave behind, and the two drift apart.',
		'zh-CN': '终端只会通过 PATH 查找 go。这台机器上已经有 Go：再装一次会多出一份副本，下次升级时会被落下，两份 Go 会越来越不一致。',
	},
	'probe.go-on-path.okWithOthers': {
		en: '{version} at {path}; also installed, not on PATH: {others}',
		'zh-CN': '{version}，位于 {path}；另外还安装了（不在 PATH 中）：{others}',
	},
	'probe.go-on-path.shimBroken': {
		en: 'go on PATH ({shim}) is a version manager shim that cannot run Go here: {what}; installed: {installed}',
		'zh-CN': 'PATH 中的 go（{shim}）是版本管理器的 shim，在这里无法运行 Go：{what}；已安装的版本：{installed}',
	},
	'probe.go-on-path.shim.why': {
		en: 'A shim runs whichever version the files in this folder (and the folders above it) select. When that version is not installed, every go command here fails, while the same shim works in other folders.',
		'zh-CN': 'shim 会运行当前目录（及其上级目录）中的文件所选定的版本。选定的版本没有安装时，这里的每条 go 命令都会失败，而同一个 shim 在别的目录却能正常工作。',
	},
	'probe.go-on-path.label.shim': {en: 'shim', 'zh-CN': 'shim'},
	'probe.go-on-path.label.manager': {en: 'installed by', 'zh-CN': '安装方式'},
	'probe.go-on-path.wsl.version': {en: 'WSL {version}', 'zh-CN': 'WSL {version}'},
	'probe.go-on-path.wsl.interop': {en: 'Windows programs can run from here', 'zh-CN': '可以从这里运行 Windows 程序'},
	'probe.go-on-path.wsl.noInterop': {en: 'Windows interop is off', 'zh-CN': 'Windows 互操作已关闭'},
	'probe.go-on-path.wslWindowsGo': {
		en: 'the go that runs ({path}) is the Windows go.exe, reached through WSL interop: it builds Windows programs and reads Windows paths; install Go inside WSL',
		'zh-CN': '运行的 go（{path}）是 Windows 的 go.exe，通过 WSL 互操作调用：它编译的是 Windows 程序，读的也是 Windows 路径；请在 WSL 内安装 Go',
	},
	'probe.go-on-path.wsl.why': {
		en: 'WSL appends the Windows Path to the Linux PATH. A Windows go.exe found there runs as a Windows program: GOOS is windows, paths are Windows paths, and every file goes through the slow 9P bridge.',
		'zh-CN': 'WSL 会把 Windows 的 Path 追加到 Linux 的 PATH 后面。在那里找到的 Windows go.exe 会作为 Windows 程序运行：GOOS 是 windows，路径是 Windows 路径，每个文件都要经过缓慢的 9P 通道。',
	},
	'probe.stale-session.goInstalled': {en: 'Go {install}, whose bin folder new terminals get', 'zh-CN': 'Go {install}（新终端会得到它的 bin 目录）'},
	'probe.go-version.evidence.upgrade': {en: 'Who manages this Go, and how to upgrade it', 'zh-CN': '这个 Go 由谁管理，以及如何升级'},
	'probe.go-version.label.upgrade': {en: 'upgrade with', 'zh-CN': '升级命令'},
	'probe.go-version.label.undo': {en: 'can be undone', 'zh-CN': '能否撤销'},
	'probe.go-version.irreversible': {en: 'no: the old version is removed', 'zh-CN': '否：旧版本会被删除'},
	'probe.go-version.fromGoroot': {en: 'told by GOROOT={goroot} in the pasted go env', 'zh-CN': '根据粘贴的 go env 中的 GOROOT={goroot} 判断'},
	'fix.upgradeGo.title': {en: 'Upgrade to {version} with {manager}', 'zh-CN': '用 {manager} 升级到 {version}'},
	'fix.upgradeGo.titleIrreversible': {en: 'Upgrade to {version} with {manager} (cannot be undone)', 'zh-CN': '用 {manager} 升级到 {version}（无法撤销）'},
	'fix.upgradeGo.titleReplace': {en: 'Replace the Go in {root} with {version} (cannot be undone)', 'zh-CN': '把 {root} 中的 Go 换成 {version}（无法撤销）'},
	'fix.upgradeGo.step': {en: '{manager}: upgrade Go to {version}', 'zh-CN': '{manager}：把 Go 升级到 {version}'},
	'upgrade.note.msi': {
		en: 'winget runs the new MSI, which removes the version it replaces: this cannot be undone (installing the old MSI again is a new install). Without winget, download the MSI from {url} and run it.',
		'zh-CN': 'winget 会运行新的 MSI，它会删除被替换的版本：此操作无法撤销（重新安装旧的 MSI 是一次新的安装）。没有 winget 时，请从 {url} 下载 MSI 并运行。',
	},
	'upgrade.note.chocolatey': {
		en: 'Run it in an elevated terminal. Chocolatey runs the MSI, which removes the version it replaces: this cannot be undone.',
		'zh-CN': '请在管理员终端中运行。Chocolatey 会运行 MSI，它会删除被替换的版本：此操作无法撤销。',
	},
	'upgrade.note.homebrew': {
		en: 'Homebrew removes the old version once the new one is installed (brew cleanup): this cannot be undone.',
		'zh-CN': 'Homebrew 装好新版本后会删除旧版本（brew cleanup）：此操作无法撤销。',
	},
	'upgrade.note.scoop': {en: 'Scoop keeps the old version: {back} goes back to it.', 'zh-CN': 'Scoop 会保留旧版本：运行 {back} 即可回到旧版本。'},
	'upgrade.note.snap': {en: 'snap keeps the previous revision: {back} goes back to it.', 'zh-CN': 'snap 会保留上一个修订版本：运行 {back} 即可回到旧版本。'},
	'upgrade.note.dpkg': {
		en: 'apt replaces the package and keeps no copy of the old one: this cannot be undone. Distributions ship Go releases late; the official tarball from {url} is newer.',
		'zh-CN': 'apt 会替换软件包且不保留旧版本：此操作无法撤销。发行版提供的 Go 版本通常较晚；{url} 上的官方 tar 包更新。',
	},
	'upgrade.note.dpkgLine': {
		en: 'A newer Go line is a package of its own (golang-1.N-go), installed beside the old one in /usr/lib/go-1.N and not put on PATH: add its bin folder to PATH yourself. If your release has no such package, use the official tarball from {url}.',
		'zh-CN': '更新的 Go 系列是单独的软件包（golang-1.N-go），会安装在旧版本旁边的 /usr/lib/go-1.N 中，且不会加入 PATH：请自行把它的 bin 目录加入 PATH。如果你的发行版没有这个软件包，请使用 {url} 上的官方 tar 包。',
	},
	'upgrade.note.distro': {
		en: "Upgrade with your distribution's package manager, which replaces the old version: this cannot be undone. Or install the official tarball from {url}.",
		'zh-CN': '请用发行版的软件包管理器升级，它会替换旧版本：此操作无法撤销。也可以安装 {url} 上的官方 tar 包。',
	},
	'upgrade.note.replace': {
		en: 'The old Go tree is deleted before the new one is unpacked (never unpack over an old tree): this cannot be undone.',
		'zh-CN': '解压新版本前会先删除旧的 Go 目录（切勿解压到旧目录上）：此操作无法撤销。',
	},
	'upgrade.note.byHand': {
		en: 'This Go is in a folder no installer uses: replace it with {version} from {url} the way it was put there. The old tree goes: this cannot be undone.',
		'zh-CN': '这个 Go 位于安装程序不使用的目录：请用当初放置它的方式，换成 {url} 上的 {version}。旧目录会被删除：此操作无法撤销。',
	},
	'upgrade.note.golangDl': {
		en: '{version} is installed beside this Go and runs as its own command ({version}); nothing is removed.',
		'zh-CN': '{version} 会安装在这个 Go 旁边，并作为单独的命令（{version}）运行；不会删除任何东西。',
	},
	'upgrade.note.manager': {en: 'The old version stays installed: {back} goes back to it.', 'zh-CN': '旧版本会保留：运行 {back} 即可回到旧版本。'},
	'upgrade.note.variable': {
		en: 'The version here comes from the variable {name} of your shell: change it there (while it is set, the files the manager reads do not count).',
		'zh-CN': '这里的版本来自 shell 中的变量 {name}：请在那里修改（设置了它时，版本管理器读取的文件不起作用）。',
	},
	'probe.terminal.label.wsl': {en: 'inside', 'zh-CN': '运行环境'},
	'probe.terminal.label.wslMount': {en: 'Windows drives mounted under', 'zh-CN': 'Windows 驱动器的挂载位置'},
	'probe.terminal.label.wslFrom': {en: 'how we know', 'zh-CN': '判断依据'},
	'probe.terminal.wsl': {en: 'inside WSL {version} ({distro})', 'zh-CN': '运行在 WSL {version}（{distro}）中'},
	'probe.terminal.wsl9p': {
		en: 'this folder ({folder}) is on the Windows drive: go reads every file of it through 9P, several times slower; keep projects in the Linux file system (~)',
		'zh-CN': '当前目录（{folder}）位于 Windows 驱动器上：go 要通过 9P 读取其中每个文件，会慢好几倍；请把项目放在 Linux 文件系统中（~）',
	},
	'probe.gopath.wsl9p': {
		en: 'on the Windows drive, reached through 9P from WSL (slow for every build): {list}; keep them in the Linux file system',
		'zh-CN': '位于 Windows 驱动器上，WSL 要通过 9P 访问（每次构建都很慢）：{list}；请把它们放在 Linux 文件系统中',
	},
	'probe.wsl9p.why': {
		en: 'Inside WSL 2, the Windows drives under /mnt are reached through the 9P protocol: each file access is a round trip to Windows. Go reads thousands of files per build, so a module, GOPATH or build cache there makes builds several times slower.',
		'zh-CN': '在 WSL 2 中，/mnt 下的 Windows 驱动器通过 9P 协议访问：每次文件访问都要与 Windows 往返一次。go 每次构建要读取成千上万个文件，所以模块、GOPATH 或构建缓存放在那里，构建会慢好几倍。',
	},
	'fix.installSelectedGo.title': {en: 'Install Go {version} with {manager}', 'zh-CN': '用 {manager} 安装 Go {version}'},
} satisfies Catalog;
