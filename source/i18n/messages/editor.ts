import type {Catalog} from '../catalog.js';

/** Editor tools: gopls and dlv. */
export const editor = {
	'probe.gopls.title': {en: 'gopls (language server)', 'zh-CN': 'gopls（语言服务器）'},
	'probe.dlv.title': {en: 'dlv (Delve debugger)', 'zh-CN': 'dlv（Delve 调试器）'},
	'probe.gopls.why': {
		en: 'Editors run the first gopls they find. One built by an older Go misreads newer language features and standard library; a stale copy earlier on PATH keeps running after every update.',
		'zh-CN': '编辑器会运行它找到的第一个 gopls。用旧版 Go 编译的 gopls 无法正确理解新的语言特性和标准库；PATH 前面的旧副本会让每次更新都不起作用。',
	},
	'probe.dlv.why': {
		en: 'Delve refuses to debug programs built by a Go newer than it supports, and a Delve built by Go older than 1.25 cannot read the DWARF 5 debug information Go 1.25+ writes. VS Code starts the first dlv it finds.',
		'zh-CN': 'Delve 拒绝调试由超出其支持范围的新版 Go 编译的程序；用 Go 1.25 之前版本编译的 Delve 也读不了 Go 1.25+ 生成的 DWARF 5 调试信息。VS Code 会启动它找到的第一个 dlv。',
	},
	'probe.tool.summary': {en: '{tool} {version} (built with {go}) at {path}', 'zh-CN': '{tool} {version}（由 {go} 编译），位于 {path}'},
	'probe.tool.notInstalled': {
		en: '{tool} is not installed (not on PATH, nor in GOBIN or GOPATH/bin); editors offer to install it on first use',
		'zh-CN': '未安装 {tool}（PATH、GOBIN 和 GOPATH/bin 中都没有）；编辑器首次使用时会提示安装',
	},
	'probe.tool.notOnPath': {
		en: '{tool} is at {path} but not on PATH: editors that look in GOPATH/bin find it, terminals do not',
		'zh-CN': '{tool} 位于 {path}，但不在 PATH 中：会查找 GOPATH/bin 的编辑器能找到它，终端里找不到',
	},
	'probe.tool.noBuildInfo': {
		en: 'go version -m could not read build information from {path} (a shim or wrapper, not the {tool} binary itself?)',
		'zh-CN': 'go version -m 无法从 {path} 读取构建信息（可能是 shim 或包装脚本，而不是 {tool} 本身？）',
	},
	'probe.tool.recompile': {
		en: '{tool} at {path} was built with {built} and needs recompiling to work with {go}',
		'zh-CN': '{path} 处的 {tool} 由 {built} 编译，需要用 {go} 重新编译',
	},
	'probe.tool.shadows': {
		en: 'a stale {tool} at {stale} ({where}) runs instead of {installed}, the one go install updates',
		'zh-CN': '{stale}（{where}）处的旧 {tool} 抢先运行，而不是 go install 更新的 {installed}',
	},
	'probe.tool.evidence.copies': {en: 'Every copy, in the order a terminal finds them', 'zh-CN': '所有副本（按终端查找的顺序）'},
	'probe.tool.evidence.context': {en: 'Context', 'zh-CN': '相关信息'},
	'probe.tool.column.builtWith': {en: 'built with', 'zh-CN': '编译所用 Go'},
	'probe.tool.label.goInUse': {en: 'Go in use', 'zh-CN': '当前使用的 Go'},
	'probe.tool.label.installDir': {en: 'go install writes to', 'zh-CN': 'go install 的安装目录'},
	'probe.tool.place.path': {en: 'PATH #{index}', 'zh-CN': 'PATH 第 {index} 个'},
	'probe.tool.place.gobin': {en: 'GOBIN', 'zh-CN': 'GOBIN'},
	'probe.tool.place.gopath-bin': {en: 'GOPATH/bin', 'zh-CN': 'GOPATH/bin'},
	'probe.tool.place.goroot-bin': {en: 'GOROOT/bin', 'zh-CN': 'GOROOT/bin'},
	'probe.tool.mark.runs': {en: 'runs', 'zh-CN': '生效'},
	'probe.tool.mark.shadowed': {en: 'shadowed', 'zh-CN': '被遮蔽'},
	'probe.tool.mark.notOnPath': {en: 'not on PATH', 'zh-CN': '不在 PATH 中'},
	'probe.tool.mark.installTarget': {en: 'go install writes here', 'zh-CN': 'go install 安装到这里'},
	'probe.tool.mark.sameAs': {en: 'same file as {path}', 'zh-CN': '与 {path} 是同一文件'},
	'probe.tool.mark.noBuildInfo': {en: 'no Go build information', 'zh-CN': '没有 Go 构建信息'},

	'probe.dlv.tooOld': {en: 'dlv {version} cannot debug this Go; Delve says: {message}', 'zh-CN': 'dlv {version} 无法调试当前版本的 Go；Delve 会报：{message}'},
	'probe.dlv.goTooOld': {en: 'dlv {version} is too new for this Go; Delve says: {message}', 'zh-CN': 'dlv {version} 对当前的 Go 来说太新；Delve 会报：{message}'},
	'probe.dlv.dwarf5': {
		en: 'dlv was built with {go}, but this Go writes DWARF 5; Delve says: {message}',
		'zh-CN': 'dlv 由 {go} 编译，而当前的 Go 生成 DWARF 5 调试信息；Delve 会报：{message}',
	},
	'probe.dlv.newerThanData': {
		en: 'dlv {version} is newer than the Delve data here (newest known: {newest}, as of {date}); its supported Go versions are not checked',
		'zh-CN': 'dlv {version} 比这里内置的 Delve 数据更新（已知最新：{newest}，数据截至 {date}）；未核对它支持的 Go 版本',
	},
	'probe.dlv.label.data': {en: "Delve's supported Go versions", 'zh-CN': 'Delve 支持的 Go 版本'},
	'probe.dlv.dataAsOf': {en: 'from {source}, as of {date}', 'zh-CN': '取自 {source}，截至 {date}'},

	'fix.tool.install.title': {en: 'Install {tool} (go install {spec})', 'zh-CN': '安装 {tool}（go install {spec}）'},
	'fix.tool.update.title': {en: 'Rebuild {tool} with the Go in use (go install {spec})', 'zh-CN': '用当前的 Go 重新编译 {tool}（go install {spec}）'},
	'fix.tool.description': {
		en: 'Runs go install {spec} with {go}; it writes {target}. The old binary is backed up first, so this can be undone. It may download modules through GOPROXY.',
		'zh-CN': '用 {go} 运行 go install {spec}，写入 {target}。旧的程序文件会先备份，因此可以撤销。该命令可能会通过 GOPROXY 下载模块。',
	},
	'fix.tool.command': {en: 'go install {spec} (writes {target})', 'zh-CN': 'go install {spec}（写入 {target}）'},
	'fix.tool.restart': {
		en: 'Restart the language server or debug session (in VS Code: "Go: Restart Language Server").',
		'zh-CN': '重启语言服务器或调试会话（VS Code 中执行“Go: Restart Language Server”）。',
	},
	'fix.tool.removeStale.title': {en: 'Remove the stale copy at {path}', 'zh-CN': '删除位于 {path} 的旧副本'},
	'fix.tool.removeStale.description': {
		en: 'Delete {path} so that {installed} runs instead. A program file is not kept in the journal, so do this by hand (it cannot be undone here).',
		'zh-CN': '删除 {path}，让 {installed} 生效。程序文件无法记入操作日志，因此请手动执行（这里无法撤销）。',
	},
} as const satisfies Catalog;
