import type {Catalog} from '../catalog.js';

/** The Go toolchain checks: go-on-path, goroot, go111module. */
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
	'probe.go-on-path.several.why': {
		en: 'Only the first go on PATH runs. Another Go later on PATH is shadowed: a terminal or editor with a different PATH order may run a different Go than you think.',
		'zh-CN': '只有 PATH 中第一个 go 会运行，后面的 Go 都被遮蔽了。PATH 顺序不同的终端或编辑器，运行的可能是另一个 Go。',
	},
	'probe.go-on-path.evidence.hits': {en: 'Every go on PATH, in search order', 'zh-CN': 'PATH 中所有的 go（按查找顺序）'},
	'probe.go-on-path.mark.wins': {en: 'runs', 'zh-CN': '生效'},
	'probe.go-on-path.mark.shadowed': {en: 'shadowed', 'zh-CN': '被遮蔽'},
	'probe.go-on-path.mark.same': {en: 'same file as #{index}', 'zh-CN': '与第 {index} 个是同一文件'},
	'probe.go-on-path.evidence.path': {en: 'PATH entries searched', 'zh-CN': '查找过的 PATH 条目'},

	'probe.goroot.title': {en: 'GOROOT', 'zh-CN': 'GOROOT'},
	'probe.goroot.ok': {en: '{path} (found by go from its own location)', 'zh-CN': '{path}（由 go 根据自身位置找到）'},
	'probe.goroot.explicit': {
		en: 'GOROOT={path} is set in the {source}; it works, but go finds its own root and the setting can go stale after an upgrade',
		'zh-CN': 'GOROOT={path} 设置在{source}中；目前可用，但 go 能自己找到安装目录，手动设置的值在升级后容易过时',
	},
	'probe.goroot.missing': {
		en: 'GOROOT={path} (from the {source}) does not exist; go refuses to start',
		'zh-CN': 'GOROOT={path}（来自{source}）不存在；go 因此无法启动',
	},
	'probe.goroot.notGoTree': {
		en: 'GOROOT={path} (from the {source}) is not a Go installation: it has no {missing}',
		'zh-CN': 'GOROOT={path}（来自{source}）不是 Go 安装目录：缺少 {missing}',
	},
	'probe.goroot.mismatch': {
		en: 'GOROOT={path} (from the {source}) holds {treeVersion}, but the go on PATH is {goVersion}; builds fail with "compile: version does not match"',
		'zh-CN': 'GOROOT={path}（来自{source}）中是 {treeVersion}，而 PATH 中的 go 是 {goVersion}；构建会报 “compile: version does not match”',
	},
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
		'zh-CN': 'GO111MODULE={value}（在{source}中）不是 go 接受的值（只能是 on、off、auto 或空）',
	},
	'probe.go111module.shadowed': {
		en: 'The go env file also sets GO111MODULE={value}, but the OS variable wins',
		'zh-CN': 'go env 配置文件中也设置了 GO111MODULE={value}，但操作系统环境变量优先',
	},
	'probe.go111module.why': {
		en: 'Since Go 1.16 module mode is always on unless GO111MODULE says otherwise. Old tutorials set it to off or auto; that setting now silently turns off modules and the module proxy.',
		'zh-CN': '从 Go 1.16 起，除非 GO111MODULE 另有设置，模块模式总是开启的。旧教程会把它设成 off 或 auto，如今这会悄悄关闭模块功能和模块代理。',
	},
	'probe.go111module.evidence': {en: 'GO111MODULE, layer by layer', 'zh-CN': 'GO111MODULE 的各层设置'},

	'fix.unsetGoEnv.title': {en: 'Remove {name} from the go env file (go env -u {name})', 'zh-CN': '从 go env 配置文件中删除 {name}（go env -u {name}）'},
	'fix.unsetOsEnv.title': {en: 'Remove the {name} environment variable', 'zh-CN': '删除环境变量 {name}'},
	'fix.unsetOsEnv.manual': {
		en: 'It is set in the environment of this shell; remove it where it is set (shell profile or system settings), then open a new terminal.',
		'zh-CN': '它设置在当前 shell 的环境中；请在设置它的地方（shell 配置文件或系统设置）删除，然后打开新的终端。',
	},
	'fix.restart.newTerminal': {en: 'Open a new terminal (and restart your editor) to pick this up.', 'zh-CN': '打开新的终端（并重启编辑器）后生效。'},
	'fix.restart.none': {en: 'Takes effect for the next go command.', 'zh-CN': '下一条 go 命令即可生效。'},
} as const satisfies Catalog;
