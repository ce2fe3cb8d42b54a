import type {Catalog} from '../catalog.js';

/**
 * PATH and where every setting comes from: path-hygiene, gobin-on-path, stale-session,
 * gopath, go-env-file; the words of the PATH model and of setting provenance; their fixes.
 */
export const environment = {
	'origin.system': {en: 'system', 'zh-CN': '系统'},
	'origin.user': {en: 'user', 'zh-CN': '用户'},
	'origin.process': {en: 'this process only', 'zh-CN': '仅当前进程'},
	'origin.shell': {en: 'current folder', 'zh-CN': '当前目录'},
	'shell.posix': {en: 'your shell', 'zh-CN': '你的 shell'},
	'column.shell': {en: 'shell', 'zh-CN': 'shell'},
	'evidence.unknown': {en: 'unknown', 'zh-CN': '未知'},
	'evidence.path.title': {en: 'PATH as {shell} sees it', 'zh-CN': '{shell} 看到的 PATH'},

	'setting.note.registryDiffers': {en: 'a new terminal gets {value}', 'zh-CN': '新开的终端得到的是 {value}'},
	'setting.note.notInRegistry': {en: 'not in the registry: set only in this terminal or its parent', 'zh-CN': '注册表中没有：只设置在当前终端或其父进程中'},
	'setting.note.fileShadowed': {en: 'the go env file says {value}, but the OS variable wins', 'zh-CN': 'go env 配置文件中是 {value}，但操作系统环境变量优先'},
	'setting.note.gorootUnreadable': {
		en: '{file} could not be read ({reason}): whether it sets this is unknown',
		'zh-CN': '无法读取 {file}（{reason}）：不知道它是否设置了此项',
	},
	'setting.note.bothScopes': {en: 'set for the user and the system; the user value wins', 'zh-CN': '用户变量和系统变量都有设置；用户变量优先'},
	'setting.evidence.registry': {en: '{name} in the registry', 'zh-CN': '注册表中的 {name}'},

	'probe.path-hygiene.title': {en: 'PATH hygiene', 'zh-CN': 'PATH 整洁度'},
	'probe.path-hygiene.ok': {en: '{count} entries, no duplicates, all present', 'zh-CN': '共 {count} 个条目，无重复，全部存在'},
	'probe.path-hygiene.okRegistry': {
		en: '{count} entries in the registry Path (system and user), no duplicates, all present',
		'zh-CN': '注册表 Path（系统和用户）共 {count} 个条目，无重复，全部存在',
	},
	'probe.path-hygiene.tidy': {en: 'worth tidying: {list} (harmless, but they hide real problems)', 'zh-CN': '值得清理：{list}（本身无害，但会掩盖真正的问题）'},
	'probe.path-hygiene.duplicates': {en: 'duplicate entries: {count}', 'zh-CN': '{count} 个重复条目'},
	'probe.path-hygiene.missing': {en: 'entries that are not folders: {count}', 'zh-CN': '{count} 个条目不是已存在的目录'},
	'probe.path-hygiene.empty': {en: 'empty entries (;;): {count}', 'zh-CN': '{count} 个空条目（;;）'},
	'probe.path-hygiene.emptyUnix': {
		en: 'empty entries, which mean the current folder: {count} (programs in whatever folder you are in run first)',
		'zh-CN': '{count} 个空条目，它表示当前目录：所在目录里的同名程序会被优先运行',
	},
	'probe.path-hygiene.relative': {
		en: 'relative entries, whose meaning depends on the current folder: {count}',
		'zh-CN': '{count} 个相对路径条目：能找到什么取决于当前所在的目录',
	},
	'probe.path-hygiene.quoted': {
		en: 'entries in quotes: {count} (cmd strips them, but many programs then look for a folder whose name contains the quotes)',
		'zh-CN': '{count} 个带引号的条目：cmd 会去掉引号，但许多程序会去找名字里带引号的目录',
	},
	'probe.path-hygiene.quotedUnix': {
		en: 'entries in quotes: {count} (no shell strips quotes from PATH: they are part of the folder name, so these folders are never searched)',
		'zh-CN': '{count} 个带引号的条目：shell 不会去掉 PATH 中的引号，引号成了目录名的一部分，因此这些目录从未被搜索',
	},
	'probe.path-hygiene.unexpandedUnix': {
		en: 'entries that were never expanded: {entries}. PATH holds this text itself: whatever set it (single quotes in a shell profile, /etc/environment, a service file) did not expand it, and go, editors and most programs do not either, so they never search these folders',
		'zh-CN': '没有被展开的条目：{entries}。PATH 里保存的就是这段原文：设置它的地方（shell 配置文件中的单引号、/etc/environment、服务配置文件）没有展开它，go、编辑器和大多数程序也不会展开，因此它们从不搜索这些目录',
	},
	'probe.path-hygiene.unexpandedSz': {
		en: 'entries that are never expanded: {entries}. The {scopes} Path is REG_SZ, a type Windows never expands, so each %…% stays as written and these folders are never searched',
		'zh-CN': '永远不会被展开的条目：{entries}。{scopes} Path 的类型是 REG_SZ，Windows 从不展开这种类型，所以 %…% 保持原样，这些目录从未被搜索',
	},
	'probe.path-hygiene.unexpandedOrder': {
		en: 'entries that never expanded: {entries}. Path (REG_EXPAND_SZ) is expanded once, in registry order, and the variable they name was not known yet, so these folders are never searched',
		'zh-CN': '没有被展开的条目：{entries}。Path（REG_EXPAND_SZ）只按注册表顺序展开一次，展开时它们引用的变量尚未定义，因此这些目录从未被搜索',
	},
	'probe.path-hygiene.unexpanded': {
		en: 'entries that never expanded: {entries}. Path is expanded once, possibly before the variable exists, so these folders are never searched',
		'zh-CN': '没有被展开的条目：{entries}。Path 只展开一次，可能早于该变量被定义，因此这些目录从未被搜索',
	},
	'probe.path-hygiene.neverWins': {en: 'can never run: {list}', 'zh-CN': '永远不会被运行：{list}'},
	'probe.path-hygiene.neverWins.item': {
		en: '{tool} in the user PATH ({user}) is shadowed by the system PATH ({system}), which always comes first',
		'zh-CN': '用户 PATH 中的 {tool}（{user}）被系统 PATH 中的同名程序（{system}）遮蔽，系统 PATH 总是排在前面',
	},
	'probe.path-hygiene.tooLong': {
		en: 'PATH is {length} characters, more than the {max} cmd.exe accepts: cmd scripts and .cmd launchers (npx.cmd) break',
		'zh-CN': 'PATH 长达 {length} 个字符，超过了 cmd.exe 能接受的 {max} 个字符：cmd 脚本和 .cmd 启动器（npx.cmd）会出错',
	},
	'probe.path-hygiene.why': {
		en: 'Programs are found by walking PATH in order. Duplicates and dead entries make it longer and harder to read; a wrong entry decides which go, gopls or dlv runs. Windows builds PATH from the system value, then the user value.',
		'zh-CN': '程序是按顺序遍历 PATH 找到的。重复和失效的条目让 PATH 更长、更难读懂；一个错误的条目就能决定运行哪个 go、gopls 或 dlv。Windows 先取系统 PATH，再拼接用户 PATH。',
	},
	'probe.path-hygiene.evidence.summary': {en: 'PATH in numbers', 'zh-CN': 'PATH 概况'},
	'probe.path-hygiene.evidence.registry': {en: 'Path in the registry (raw, with its type)', 'zh-CN': '注册表中的 Path（原始值及类型）'},
	'probe.path-hygiene.label.registryEntries': {en: 'entries in the registry Path (system and user)', 'zh-CN': '注册表 Path 中的条目数（系统和用户）'},
	'probe.path-hygiene.label.entries': {en: 'entries in this PATH', 'zh-CN': '当前 PATH 的条目数'},
	'probe.path-hygiene.label.length': {en: 'length of this PATH', 'zh-CN': '当前 PATH 长度'},
	'probe.path-hygiene.label.composedLength': {en: 'length of a new terminal\'s PATH', 'zh-CN': '新终端的 PATH 长度'},
	'probe.path-hygiene.label.processOnly': {en: 'entries only in this terminal (see stale-session)', 'zh-CN': '只在当前终端中的条目（见 stale-session）'},
	'probe.path-hygiene.label.duplicates': {en: 'duplicates', 'zh-CN': '重复条目'},
	'probe.path-hygiene.label.missing': {en: 'missing folders', 'zh-CN': '不存在的目录'},

	'probe.gobin-on-path.title': {en: 'go install folder on PATH', 'zh-CN': 'PATH 中的 go install 目录'},
	'probe.gobin-on-path.ok': {en: '{folder} is on PATH (entry #{index})', 'zh-CN': '{folder} 已在 PATH 中（第 {index} 个条目）'},
	'probe.gobin-on-path.missing': {
		en: '{folder} ({from}) is not on PATH: tools you go install (gopls, dlv, …) are not found by name',
		'zh-CN': '{folder}（{from}）不在 PATH 中：用 go install 安装的工具（gopls、dlv 等）无法直接按名字运行',
	},
	'probe.gobin-on-path.brokenReference': {
		en: '{folder} is not on PATH: the entry {entry} meant to add it never expands (see path-hygiene for the fix)',
		'zh-CN': '{folder} 不在 PATH 中：本应添加它的条目 {entry} 从未被展开（修复方法见 path-hygiene）',
	},
	'probe.gobin-on-path.staleSession': {
		en: '{folder} is in the {scope} PATH in the registry, but not in this terminal: open a new terminal',
		'zh-CN': '{folder} 已在注册表的{scope} PATH 中，但当前终端里没有：请打开新的终端',
	},
	'probe.gobin-on-path.newShell': {
		en: '{file}:{line} adds {folder} to PATH for new login shells; this shell started before it: open a new one (or log in again)',
		'zh-CN': '{file} 第 {line} 行会为新的登录 shell 把 {folder} 加入 PATH；当前 shell 在此之前就已启动：请打开新的 shell（或重新登录）',
	},
	'probe.gobin-on-path.unknown': {en: 'go env did not run', 'zh-CN': 'go env 没有成功运行'},
	'probe.gobin-on-path.noGopath': {en: 'neither GOBIN nor GOPATH is set', 'zh-CN': 'GOBIN 和 GOPATH 都没有设置'},
	'probe.gobin-on-path.relative': {
		en: 'GOBIN={value} (from {source}) is not an absolute path: go install fails with "cannot install, GOBIN must be an absolute path"',
		'zh-CN': 'GOBIN={value}（来自{source}）不是绝对路径：go install 会报“cannot install, GOBIN must be an absolute path”',
	},
	'probe.gobin-on-path.evidence.setting': {en: 'Where GOBIN is set', 'zh-CN': 'GOBIN 的设置位置'},
	'probe.gobin-on-path.why': {
		en: 'go install puts programs in GOBIN, or else in the bin folder of the first GOPATH entry. Editors and your shell find gopls, dlv and other tools only if that folder is on PATH.',
		'zh-CN': 'go install 会把程序放到 GOBIN；未设置时放到 GOPATH 第一个条目下的 bin 目录。只有这个目录在 PATH 中，编辑器和 shell 才能找到 gopls、dlv 等工具。',
	},
	'probe.gobin-on-path.evidence': {en: 'Where go install writes', 'zh-CN': 'go install 的输出位置'},
	'probe.gobin-on-path.label.folder': {en: 'folder', 'zh-CN': '目录'},
	'probe.gobin-on-path.label.from': {en: 'from', 'zh-CN': '来自'},
	'probe.gobin-on-path.label.exists': {en: 'exists', 'zh-CN': '是否存在'},
	'probe.gobin-on-path.label.installed': {en: 'files in it', 'zh-CN': '其中的文件数'},
	'probe.gobin-on-path.label.onPath': {en: 'on PATH', 'zh-CN': '是否在 PATH 中'},

	'probe.stale-session.title': {en: 'Terminal up to date', 'zh-CN': '终端环境是否最新'},
	'probe.stale-session.ok': {en: 'this terminal has the environment a new one would get', 'zh-CN': '当前终端的环境与新开的终端一致'},
	'probe.stale-session.stale': {
		en: 'this terminal opened before changes it does not see: {names}. Open a new terminal',
		'zh-CN': '当前终端打开后发生了一些它看不到的更改：{names}。请打开新的终端',
	},
	'probe.stale-session.minor': {en: 'differs from a new terminal in: {names}', 'zh-CN': '与新开的终端不同之处：{names}'},
	'probe.stale-session.onlyHere': {en: '{name} (only in this terminal)', 'zh-CN': '{name}（仅当前终端有）'},
	'probe.stale-session.pathEntries': {en: 'new PATH entries: {count}', 'zh-CN': '{count} 个新的 PATH 条目'},
	'probe.stale-session.noRegistry': {en: 'the registry environment could not be read', 'zh-CN': '无法读取注册表中的环境变量'},
	'probe.stale-session.why': {
		en: 'Every program keeps the environment it started with. After installing Go or changing PATH, already-open terminals, and editors such as VS Code started from them, keep the old values until they are restarted.',
		'zh-CN': '每个程序都保留它启动时的环境变量。安装 Go 或修改 PATH 之后，已经打开的终端，以及从这些终端启动的编辑器（如 VS Code），在重启之前都还是旧值。',
	},
	'probe.stale-session.why.wt': {
		en: 'Every program keeps the environment it started with. New Windows Terminal tabs (1.18 and later) rebuild it from the registry and see the change; this tab, other open shells, and editors such as VS Code started from them keep the old values until restarted.',
		'zh-CN': '每个程序都保留它启动时的环境变量。Windows Terminal（1.18 及以上）新开的标签页会从注册表重新生成环境，能看到更改；当前标签页、其他已打开的 shell，以及从它们启动的编辑器（如 VS Code）在重启之前都还是旧值。',
	},
	'probe.stale-session.evidence.variables': {en: 'Variables: this terminal and a new one', 'zh-CN': '环境变量：当前终端与新终端对比'},
	'probe.stale-session.evidence.path': {en: 'PATH entries a new terminal gets that this one lacks', 'zh-CN': '新终端有而当前终端没有的 PATH 条目'},
	'probe.stale-session.evidence.sessionOnly': {
		en: 'Go variables set only in this terminal (by its shell or parent, or removed from the registry since)',
		'zh-CN': '只存在于当前终端的 Go 相关变量（由 shell 或父进程设置，或此后已从注册表删除）',
	},
	'probe.stale-session.evidence.summary': {en: 'This terminal', 'zh-CN': '当前终端'},
	'probe.stale-session.column.session': {en: 'this terminal', 'zh-CN': '当前终端'},
	'probe.stale-session.column.fresh': {en: 'a new terminal', 'zh-CN': '新终端'},
	'probe.stale-session.column.raw': {en: 'in the registry', 'zh-CN': '注册表中的原始值'},
	'probe.stale-session.label.windowsTerminal': {en: 'running in Windows Terminal', 'zh-CN': '是否在 Windows Terminal 中运行'},
	'probe.stale-session.label.processOnlyPath': {en: 'PATH entries added by the shell or parent', 'zh-CN': '由 shell 或父进程添加的 PATH 条目'},

	'probe.gopath.title': {en: 'GOPATH', 'zh-CN': 'GOPATH'},
	'probe.gopath.ok': {en: 'GOPATH={path} ({source}){created}', 'zh-CN': 'GOPATH={path}（{source}）{created}'},
	'probe.gopath.notYetCreated': {en: '; the folder does not exist yet, go creates it on first use', 'zh-CN': '；该目录尚不存在，go 会在首次使用时创建'},
	'probe.gopath.tilde': {
		en: 'GOPATH entry {entry} (from {source}) starts with ~, which only a shell expands: go refuses to start',
		'zh-CN': 'GOPATH 条目 {entry}（来自{source}）以 ~ 开头，而 ~ 只有 shell 才会展开：go 因此拒绝启动',
	},
	'probe.gopath.relative': {
		en: 'GOPATH entry {entry} (from {source}) is a relative path: go refuses to start',
		'zh-CN': 'GOPATH 条目 {entry}（来自{source}）是相对路径：go 因此拒绝启动',
	},
	'probe.gopath.sameAsGoroot': {
		en: 'GOPATH={path} (from {source}) is the same folder as GOROOT, which go treats as no GOPATH at all{message}',
		'zh-CN': 'GOPATH={path}（来自{source}）与 GOROOT 是同一个目录，go 会当作没有设置 GOPATH{message}',
	},
	'probe.gopath.insideGoroot': {
		en: 'GOPATH entry {path} is inside GOROOT ({goroot}): the next Go install or upgrade replaces that folder with your modules and tools in it',
		'zh-CN': 'GOPATH 条目 {path} 位于 GOROOT（{goroot}）之内：下次安装或升级 Go 时，这个目录连同其中的模块和工具会被替换掉',
	},
	'probe.gopath.holdsModule': {
		en: 'GOPATH entry {path} holds a go.mod: GOPATH names a module\'s own folder instead of a workspace, so go ignores that module there (older releases, such as Go 1.13, refuse to run: "$GOPATH/go.mod exists but should not")',
		'zh-CN': 'GOPATH 条目 {path} 中有 go.mod：GOPATH 指向了一个模块自己的目录，而不是工作区，所以 go 在那里会忽略这个模块（较早的版本，例如 Go 1.13，直接拒绝运行：“$GOPATH/go.mod exists but should not”）',
	},
	'probe.gopath.several': {
		en: '{count} GOPATH entries: go install and the module cache use the first, {first}',
		'zh-CN': 'GOPATH 有 {count} 个条目：go install 和模块缓存只使用第一个，{first}',
	},
	'probe.gopath.notWritable': {
		en: '{path} is not writable: module downloads and go install fail',
		'zh-CN': '{path} 不可写：模块下载和 go install 会失败',
	},
	'probe.gopath.cannotCreate': {
		en: '{path} does not exist and its parent folder is missing or not writable: go cannot create it',
		'zh-CN': '{path} 不存在，且其上级目录不存在或不可写：go 无法创建它',
	},
	'probe.gopath.unusualCharacters': {
		en: 'GOPATH {path} has spaces or non-ASCII letters: fine for Go, but cgo flags and some C tools mishandle them',
		'zh-CN': 'GOPATH {path} 中含有空格或非 ASCII 字符：对 Go 本身没有问题，但 cgo 参数和部分 C 工具处理不好',
	},
	'probe.gopath.empty': {en: 'GOPATH is empty: go found no home folder to put it in', 'zh-CN': 'GOPATH 为空：go 找不到可以存放它的主目录'},
	'probe.gopath.unknown': {en: 'go env did not run', 'zh-CN': 'go env 没有成功运行'},
	'probe.gopath.why': {
		en: 'GOPATH holds the module cache (pkg/mod) and the programs go install builds (bin). It must be an absolute path apart from GOROOT; by default it is the go folder in your home.',
		'zh-CN': 'GOPATH 存放模块缓存（pkg/mod）和 go install 生成的程序（bin）。它必须是绝对路径，且不能与 GOROOT 重合；默认是主目录下的 go 目录。',
	},
	'probe.gopath.evidence.setting': {en: 'Where GOPATH is set', 'zh-CN': 'GOPATH 的设置位置'},
	'probe.gopath.evidence.entries': {en: 'GOPATH entries', 'zh-CN': 'GOPATH 条目'},
	'probe.gopath.column.exists': {en: 'exists', 'zh-CN': '是否存在'},
	'probe.gopath.column.writable': {en: 'writable', 'zh-CN': '是否可写'},

	'probe.go-env-file.title': {en: 'go env file', 'zh-CN': 'go env 配置文件'},
	'probe.go-env-file.ok': {en: '{path}: {count} settings, none of them a trap', 'zh-CN': '{path}：共 {count} 项设置，均无问题'},
	'probe.go-env-file.okOne': {en: '{path}: {count} setting, not a trap', 'zh-CN': '{path}：共 {count} 项设置，没有问题'},
	'probe.go-env-file.absent': {en: 'no go env file ({path}): nothing was set with go env -w', 'zh-CN': '没有 go env 配置文件（{path}）：从未用 go env -w 设置过任何值'},
	'probe.go-env-file.disabled': {en: 'GOENV=off: go reads no go env file, and go env -w cannot save anything', 'zh-CN': 'GOENV=off：go 不读取 go env 配置文件，go env -w 也无法保存任何设置'},
	'probe.go-env-file.emptyGoproxy': {
		en: 'line {line} says GOPROXY= with nothing after it: that hides the default proxy, and module downloads fail with "GOPROXY list is not the empty string, but contains no entries"',
		'zh-CN': '第 {line} 行是后面没有任何内容的 GOPROXY=：它屏蔽了默认的模块代理，模块下载会报“GOPROXY list is not the empty string, but contains no entries”',
	},
	'probe.go-env-file.emptyGoproxyShadowed': {
		en: 'line {line} says GOPROXY= with nothing after it; an OS variable overrides it now, but without that variable module downloads fail',
		'zh-CN': '第 {line} 行是后面没有任何内容的 GOPROXY=；目前被操作系统环境变量覆盖，但一旦去掉该变量，模块下载就会失败',
	},
	'probe.go-env-file.overridden': {
		en: '{key}={file} in the file has no effect: the OS variable {key}={os} from the {source} wins (go env -w only warns once)',
		'zh-CN': '文件中的 {key}={file} 不起作用：来自{source}的环境变量 {key}={os} 优先（go env -w 只会提示一次）',
	},
	'probe.go-env-file.goroot': {
		en: 'GOROOT={value} is written in the file: go finds its own root, and this line goes stale at the next upgrade',
		'zh-CN': '文件中写了 GOROOT={value}：go 能自己找到安装目录，这一行会在下次升级后失效',
	},
	'probe.go-env-file.gocertfile': {
		en: '{key} is not a Go setting and does nothing: Go uses the system certificate store on Windows and macOS, and SSL_CERT_FILE / SSL_CERT_DIR on Linux',
		'zh-CN': '{key} 并不是 Go 的设置项，不起任何作用：Go 在 Windows 和 macOS 上使用系统证书存储，在 Linux 上使用 SSL_CERT_FILE / SSL_CERT_DIR',
	},
	'probe.go-env-file.go111module': {
		en: 'GO111MODULE=off on line {line} turns modules off for every go command: go works in GOPATH mode, ignores go.mod and GOPROXY, and the test build fails (see go111module)',
		'zh-CN': '第 {line} 行的 GO111MODULE=off 会对每条 go 命令关闭模块：go 以 GOPATH 模式工作，忽略 go.mod 和 GOPROXY，测试构建也会失败（见 go111module）',
	},
	'probe.go-env-file.go111moduleAuto': {
		en: 'GO111MODULE=auto on line {line}: outside a folder with go.mod, go works in GOPATH mode and ignores GOPROXY (see go111module)',
		'zh-CN': '第 {line} 行的 GO111MODULE=auto：在没有 go.mod 的目录中，go 以 GOPATH 模式工作并忽略 GOPROXY（见 go111module）',
	},
	'probe.go-env-file.note.go111module': {en: 'turns modules off', 'zh-CN': '关闭了模块'},
	'probe.go-env-file.unknownName': {en: '{key} is not a name go knows: the line does nothing', 'zh-CN': '{key} 不是 go 认识的名称：这一行不起作用'},
	'probe.go-env-file.goflagsValue': {
		en: 'GOFLAGS={value} (from {source}) holds a value go refuses: go env accepts it, but every go build, test, list and run fails with "{error}"',
		'zh-CN': 'GOFLAGS={value}（来自{source}）含有 go 不接受的值：go env 不会报错，但所有 go build、test、list 和 run 都会报“{error}”',
	},
	'probe.go-env-file.goflags': {
		en: 'GOFLAGS={value} (from {source}) cannot be parsed: every go build, test and run fails with "{error}"',
		'zh-CN': 'GOFLAGS={value}（来自{source}）无法解析：所有 go build、test 和 run 都会报“{error}”',
	},
	'probe.go-env-file.why': {
		en: 'go env -w writes this file. An OS variable with a value wins over it; otherwise it wins over $GOROOT/go.env, which holds the defaults (GOPROXY, GOSUMDB, GOTOOLCHAIN). A line here silently stays in force until you go env -u it.',
		'zh-CN': 'go env -w 会写入这个文件。有值的操作系统环境变量优先于它；否则它优先于存放默认值（GOPROXY、GOSUMDB、GOTOOLCHAIN）的 $GOROOT/go.env。这里的一行会一直悄悄生效，直到用 go env -u 删除。',
	},
	'probe.go-env-file.evidence.file': {en: 'The go env file', 'zh-CN': 'go env 配置文件'},
	'probe.go-env-file.evidence.lines': {en: 'Its lines', 'zh-CN': '文件内容'},
	'probe.go-env-file.evidence.provenance': {en: 'Every Go setting and where it comes from', 'zh-CN': '所有 Go 设置及其来源'},
	'probe.go-env-file.label.state': {en: 'state', 'zh-CN': '状态'},
	'probe.go-env-file.unusable.folder': {
		en: 'GOENV names a folder, {path}, not a file: go reads no settings from it, and go env -w fails ("reading go env config: … is a directory"); GOENV must name the file itself (or be left unset)',
		'zh-CN': 'GOENV 指向的是目录 {path}，而不是文件：go 不会从中读取任何设置，go env -w 也会失败（“reading go env config: … is a directory”）；GOENV 必须指向文件本身（或者不设置）',
	},
	'probe.go-env-file.unusable.unreadable': {
		en: 'the go env file {path} cannot be read: go takes no settings from it, and go env -w fails; give your account read and write access to it, or point GOENV at a file of your own',
		'zh-CN': '无法读取 go env 文件 {path}：go 不会从中读取任何设置，go env -w 也会失败；请给你的账户读写它的权限，或让 GOENV 指向你自己的文件',
	},
	'probe.go-env-file.state.exists': {en: 'exists', 'zh-CN': '存在'},
	'probe.go-env-file.state.absent': {en: 'does not exist', 'zh-CN': '不存在'},
	'probe.go-env-file.state.disabled': {en: 'disabled (GOENV=off)', 'zh-CN': '已禁用（GOENV=off）'},
	'probe.go-env-file.note.emptyGoproxy': {en: 'hides the default proxy', 'zh-CN': '屏蔽了默认模块代理'},
	'probe.go-env-file.note.overridden': {en: 'overridden by the {source}', 'zh-CN': '被{source}覆盖'},
	'probe.go-env-file.note.goroot': {en: 'goes stale at the next upgrade', 'zh-CN': '升级后会失效'},
	'probe.go-env-file.note.unknown': {en: 'not a Go setting', 'zh-CN': '不是 Go 的设置项'},
	'probe.go-env-file.note.repeated': {en: 'a later line for the same name wins', 'zh-CN': '同名的后一行优先'},
	'probe.go-env-file.note.stray': {en: 'go reads the invisible characters too', 'zh-CN': 'go 也会读入这些看不见的字符'},
	'probe.go-env-file.note.straySame': {en: 'invisible characters, which go trims here', 'zh-CN': '有看不见的字符，但 go 在这里会去掉它们'},
	'probe.go-env-file.label.lineEnds': {en: 'line ends', 'zh-CN': '换行符'},
	'probe.go-env-file.stray.stops': {
		en: '{key}={value} is not {trimmed} to go but an invalid setting: every go command stops (go reads each line of the file as it is, CR or space included)',
		'zh-CN': '{key}={value} 在 go 看来不是 {trimmed}，而是无效设置：所有 go 命令都会失败（go 按原样读取文件的每一行，包括回车符和空格）',
	},
	'probe.go-env-file.stray.patterns': {
		en: '{key}={value}: the pattern {patterns} never matches a module path, because go matches it with the invisible characters in it',
		'zh-CN': '{key}={value}：模式 {patterns} 永远匹配不到任何模块路径，因为 go 连同其中看不见的字符一起匹配',
	},
	'probe.go-env-file.stray.same': {
		en: '{key}={value} has invisible characters at its end, which go trims for this setting (no effect today, but the file has them)',
		'zh-CN': '{key}={value} 末尾有看不见的字符，对这一项 go 会去掉它们（目前没有影响，但文件中确实有）',
	},
	'probe.go-env-file.stray.not-off': {
		en: '{key}={value} is not off to go: it keeps the checksum database on and looks for one named {trimmed}',
		'zh-CN': '{key}={value} 在 go 看来不是 off：校验和数据库仍然开启，并会去找一个名为 {trimmed} 的数据库',
	},
	'probe.go-env-file.stray.target': {
		en: '{key}={value} is not {trimmed} to go: every build stops with "go: unsupported GOOS/GOARCH pair"',
		'zh-CN': '{key}={value} 在 go 看来不是 {trimmed}：每次构建都会以“go: unsupported GOOS/GOARCH pair”失败',
	},
	'probe.go-env-file.stray.ignored': {
		en: '{key}={value} is neither 0 nor 1 to go, so go ignores it and uses its default',
		'zh-CN': '{key}={value} 在 go 看来既不是 0 也不是 1，因此 go 忽略它并使用默认值',
	},
	'probe.go-env-file.stray.folder': {
		en: '{key}={value} names another folder than {trimmed}: the invisible characters are part of its name',
		'zh-CN': '{key}={value} 指向的不是 {trimmed}，而是另一个目录：看不见的字符也是目录名的一部分',
	},
	'probe.go-env-file.stray.kept': {
		en: '{key}={value}: go uses the value with its invisible characters, not {trimmed}',
		'zh-CN': '{key}={value}：go 使用的是带有看不见字符的值，而不是 {trimmed}',
	},
	'probe.go-env-file.stray.name': {
		en: 'line {line} sets {key}, not {name}: go reads the name with its invisible characters, and nothing uses that name',
		'zh-CN': '第 {line} 行设置的是 {key}，而不是 {name}：go 连同看不见的字符一起读入名称，而没有任何东西使用这个名称',
	},
	'probe.go-env-file.ignoredLine': {
		en: 'go ignores line {line} ({text}): a setting line must start with its name, in capitals',
		'zh-CN': 'go 会忽略第 {line} 行（{text}）：设置行必须以大写的名称开头',
	},

	'fix.unsetUserVariable.title': {en: 'Remove {name} from the user environment (HKCU)', 'zh-CN': '从用户环境变量（HKCU）中删除 {name}'},
	'fix.unsetSystemVariable.title': {en: 'Remove {name} from the system environment (HKLM, needs admin)', 'zh-CN': '从系统环境变量（HKLM）中删除 {name}（需要管理员权限）'},
	'fix.unsetEveryLayer.title': {en: 'Remove {name} from every place that sets it ({count})', 'zh-CN': '从所有设置了 {name} 的地方移除它（{count} 处）'},
	'fix.unsetEveryLayer.description': {
		en: 'Removing only the place that wins would let the next one take over, so they are all removed in one fix, and undone as one.',
		'zh-CN': '只移除生效的那一处，下一处就会接着生效；因此一次修复把它们全部移除，撤销时也一并恢复。',
	},
	'fix.unsetProfileLine.title': {en: 'Remove the line(s) that export {name} from your shell profile ({count})', 'zh-CN': '从 shell 配置文件中删除导出 {name} 的行（{count} 行）'},
	'fix.cleanUserPath.title': {en: 'Remove duplicate, missing or empty entries from the user PATH ({count})', 'zh-CN': '从用户 PATH 中删除 {count} 个重复、不存在或空的条目'},
	'fix.cleanSystemPath.title': {en: 'Remove duplicate, missing or empty entries from the system PATH ({count}, needs admin)', 'zh-CN': '从系统 PATH 中删除 {count} 个重复、不存在或空的条目（需要管理员权限）'},
	'fix.cleanPath.description': {
		en: 'Only those entries are removed; every other entry stays exactly as written, %VARIABLES% unexpanded, and the value keeps its type. Network folders that are offline are kept.',
		'zh-CN': '只删除这些条目；其余条目保持原样，%变量% 不展开，值的类型也保持不变。暂时离线的网络目录会保留。',
	},
	'fix.pathReferences.title': {en: 'Rewrite {entries} as {replacements}', 'zh-CN': '把 {entries} 改写为 {replacements}'},
	'fix.pathReferences.description': {
		en: 'A reference to another variable in Path expands only if that variable was defined before Path was read. %USERPROFILE% always is; the absolute path needs nothing. The {scope} Path stays REG_EXPAND_SZ.',
		'zh-CN': 'Path 中引用的其他变量，只有在读取 Path 之前已定义才会展开。%USERPROFILE% 总是预先定义的；绝对路径则不依赖任何变量。{scope} Path 仍为 REG_EXPAND_SZ。',
	},
	'fix.pathReferences.descriptionSz': {
		en: 'The {scope} Path is REG_SZ: Windows never expands a reference in it, whatever the order. The fix writes each folder out in full and keeps the type REG_SZ, so every other entry reads as it did.',
		'zh-CN': '{scope} Path 的类型是 REG_SZ：无论顺序如何，Windows 都不会展开其中的引用。此修复把每个目录写成完整路径，并保持 REG_SZ 类型，其他条目的含义不变。',
	},
	'fix.addToUserPath.title': {en: 'Add {folder} to the user PATH', 'zh-CN': '把 {folder} 加入用户 PATH'},
	'fix.addToProfilePath.title': {en: 'Add {folder} to PATH in {file}', 'zh-CN': '在 {file} 中把 {folder} 加入 PATH'},
	'fix.preferGo.title': {en: 'Move {folder} ({version}) ahead on PATH', 'zh-CN': '把 {folder}（{version}）移到 PATH 中更靠前的位置'},
	'fix.preferGo.manual': {
		en: 'Put {folder} first on PATH: add this line at the end of your shell profile (~/.profile, ~/.zprofile or ~/.bashrc), after any line that adds the other go, then open a new terminal. Or uninstall the older Go.',
		'zh-CN': '把 {folder} 放到 PATH 的最前面：在 shell 配置文件（~/.profile、~/.zprofile 或 ~/.bashrc）末尾、所有添加另一个 go 的行之后加上这一行，然后打开新的终端。也可以直接卸载较旧的 Go。',
	},
	'fix.removeShadowingGo.title': {
		en: 'Remove {folder} from the system PATH, so that {version} from the user PATH runs (needs admin)',
		'zh-CN': '从系统 PATH 中删除 {folder}，让用户 PATH 中的 {version} 生效（需要管理员权限）',
	},
	'fix.goEnvFileLf.title': {en: 'Rewrite the go env file with LF line ends', 'zh-CN': '用 LF 换行符重写 go env 配置文件'},
	'fix.goEnvFileLf.description': {
		en: 'Each line as it was meant: the CR of CRLF line ends and spaces at the end of a setting go away, every other byte stays. A copy of the file is kept; undo puts it back byte for byte.',
		'zh-CN': '每一行恢复本意：去掉 CRLF 换行中的回车符和设置行末尾的空格，其他字节不变。会保留文件副本；撤销时按字节原样恢复。',
	},
	'fix.cleanGoEnvFile.title': {en: 'Remove {keys} from the go env file (go env -u)', 'zh-CN': '从 go env 配置文件中删除 {keys}（go env -u）'},
	'fix.refreshSession.title': {en: 'Open a new terminal (or reload PATH in this one)', 'zh-CN': '打开新的终端（或在当前终端中重新加载 PATH）'},
	'fix.refreshSession.description': {
		en: 'Nothing needs to change on the machine. In PowerShell this reloads PATH for this terminal only; restart VS Code completely for its terminals and tools.',
		'zh-CN': '机器上无需做任何更改。在 PowerShell 中执行下面的命令只会为当前终端重新加载 PATH；VS Code 需要完全重启，其终端和工具才会生效。',
	},
	'fix.restart.newShell': {en: 'Open a new shell (or log in again) to pick this up.', 'zh-CN': '打开新的 shell（或重新登录）后生效。'},
	'fix.restart.login': {en: 'Log out and in again (or open a new login shell) to pick this up.', 'zh-CN': '注销后重新登录（或打开新的登录 shell）后生效。'},
} as const satisfies Catalog;
