import type {Catalog} from '../catalog.js';

/**
 * Judging partial evidence (a pasted go env, a snapshot with missing sections): what is
 * missing, said in the words of the person who pasted it, and what each check therefore
 * cannot tell. Never the name of an internal call.
 */
export const evidence = {
	'missing.summary': {en: '{missing}, so {consequence}', 'zh-CN': '{missing}，所以{consequence}'},
	'missing.paste.variable': {en: 'the paste does not show {name}', 'zh-CN': '粘贴内容没有显示 {name}'},
	'missing.snapshot.variable': {en: 'the snapshot does not hold the variable {name}', 'zh-CN': '快照中没有环境变量 {name}'},
	'missing.paste.environment': {en: 'the paste does not show the environment variables', 'zh-CN': '粘贴内容没有显示环境变量'},
	'missing.snapshot.environment': {en: 'the snapshot does not hold the environment variables', 'zh-CN': '快照中没有环境变量'},
	'missing.paste.cwd': {en: 'the paste does not show the folder go ran in', 'zh-CN': '粘贴内容没有显示 go 运行时所在的目录'},
	'missing.snapshot.cwd': {en: 'the snapshot does not hold the folder it was taken in', 'zh-CN': '快照中没有生成快照时所在的目录'},
	'missing.paste.homedir': {en: 'the paste does not show the home folder', 'zh-CN': '粘贴内容没有显示主目录'},
	'missing.snapshot.homedir': {en: 'the snapshot does not hold the home folder', 'zh-CN': '快照中没有主目录'},
	'missing.paste.tmpdir': {en: 'the paste does not show the temporary folder', 'zh-CN': '粘贴内容没有显示临时目录'},
	'missing.snapshot.tmpdir': {en: 'the snapshot does not hold the temporary folder', 'zh-CN': '快照中没有临时目录'},
	'missing.paste.terminal': {en: 'the paste does not show the terminal', 'zh-CN': '粘贴内容没有显示终端信息'},
	'missing.snapshot.terminal': {en: 'the snapshot does not hold the terminal', 'zh-CN': '快照中没有终端信息'},
	'missing.paste.command': {en: 'the paste does not show the output of {command}', 'zh-CN': '粘贴内容没有显示 {command} 的输出'},
	'missing.snapshot.command': {en: 'the snapshot does not hold the output of {command}', 'zh-CN': '快照中没有 {command} 的输出'},
	'missing.paste.exists': {en: 'the paste does not show whether {path} exists', 'zh-CN': '粘贴内容没有显示 {path} 是否存在'},
	'missing.snapshot.exists': {en: 'the snapshot does not hold whether {path} exists', 'zh-CN': '快照中没有 {path} 是否存在的信息'},
	'missing.paste.file': {en: 'the paste does not show the file {path}', 'zh-CN': '粘贴内容没有显示文件 {path}'},
	'missing.snapshot.file': {en: 'the snapshot does not hold the file {path}', 'zh-CN': '快照中没有文件 {path}'},
	'missing.paste.folder': {en: 'the paste does not show what the folder {path} holds', 'zh-CN': '粘贴内容没有显示目录 {path} 中有什么'},
	'missing.snapshot.folder': {en: 'the snapshot does not hold what the folder {path} holds', 'zh-CN': '快照中没有目录 {path} 的内容'},
	'missing.paste.writable': {en: 'the paste does not show whether {path} can be written', 'zh-CN': '粘贴内容没有显示 {path} 是否可写'},
	'missing.snapshot.writable': {en: 'the snapshot does not hold whether {path} can be written', 'zh-CN': '快照中没有 {path} 是否可写的信息'},
	'missing.paste.registry': {en: 'the paste does not show the registry key {key}', 'zh-CN': '粘贴内容没有显示注册表项 {key}'},
	'missing.snapshot.registry': {en: 'the snapshot does not hold the registry key {key}', 'zh-CN': '快照中没有注册表项 {key}'},
	'missing.paste.certificates': {en: 'the paste does not show the certificates {host} presents', 'zh-CN': '粘贴内容没有显示 {host} 提供的证书'},
	'missing.snapshot.certificates': {en: 'the snapshot does not hold the certificates {host} presents', 'zh-CN': '快照中没有 {host} 提供的证书'},
	'missing.paste.other': {en: 'the paste does not show what this check reads', 'zh-CN': '粘贴内容没有显示这项检查需要读取的信息'},
	'missing.snapshot.other': {en: 'the snapshot does not hold what this check reads', 'zh-CN': '快照中没有这项检查需要读取的信息'},
	'missing.paste.needs': {en: 'the paste does not show {needs}', 'zh-CN': '粘贴内容没有显示{needs}'},
	'missing.paste.network': {en: 'a paste cannot show what the network does on that machine', 'zh-CN': '粘贴内容无法显示那台机器上的网络情况'},
	'missing.cannotTell.generic': {en: 'this check cannot be made', 'zh-CN': '无法进行这项检查'},

	'probe.gopath.folderUnknown': {en: 'whether the folder exists and can be written cannot be told', 'zh-CN': '无法判断该目录是否存在、是否可写'},

	'probe.goroot.label.treeGo': {en: 'the Go in GOROOT (go bug)', 'zh-CN': 'GOROOT 中的 Go（go bug）'},
	'probe.goroot.namedOther': {
		en: 'GOROOT={path} is named for Go {named}, but the go that runs is {goVersion}: GOROOT points at another Go tree, and builds fail with "compile: version does not match"',
		'zh-CN': 'GOROOT={path} 的目录名表明它是 Go {named}，而运行的 go 是 {goVersion}：GOROOT 指向另一个 Go 安装目录，构建会报“compile: version does not match”',
	},
	'probe.goroot.cannotTellTree': {en: 'whether {path} is a usable Go tree cannot be told', 'zh-CN': '无法判断 {path} 是否为可用的 Go 安装目录'},

	'probe.goproxy.cannotTellEntries': {en: 'whether GOPROXY={value} answers there cannot be told', 'zh-CN': '无法判断 GOPROXY={value} 在那台机器上能否访问'},
	'probe.goproxy.oldDirect': {
		en: 'no module proxy: {version} has no default proxy, so modules are fetched directly from their repositories',
		'zh-CN': '没有模块代理：{version} 没有默认代理，模块直接从代码仓库获取',
	},
	'probe.goproxy.oldComma': {
		en: 'GOPROXY={value} is refused by {version}: before Go 1.13 GOPROXY is one URL ("invalid $GOPROXY setting: cannot have comma")',
		'zh-CN': '{version} 不接受 GOPROXY={value}：Go 1.13 之前 GOPROXY 只能是一个 URL（“invalid $GOPROXY setting: cannot have comma”）',
	},
	'probe.goproxy.oldPipe': {
		en: 'GOPROXY={value}: {version} does not know | as a separator (Go 1.15 added it), so it reads the whole text as one URL',
		'zh-CN': 'GOPROXY={value}：{version} 不认识分隔符 |（Go 1.15 才加入），会把整段文字当作一个 URL',
	},
	'probe.goproxy.badSeparator': {
		en: 'GOPROXY entry "{entry}" holds a semicolon or a space: go separates entries with , or | only, so it takes this as one proxy whose host does not exist and every download fails',
		'zh-CN': 'GOPROXY 的条目“{entry}”中含有分号或空格：go 只用 , 或 | 分隔条目，会把它当作一个主机名不存在的代理，所有下载都会失败',
	},

	'probe.gosumdb.cannotTellName': {en: 'whether {name} answers there cannot be told', 'zh-CN': '无法判断 {name} 在那台机器上能否访问'},
	'probe.gosumdb.invalid': {en: 'go refuses GOSUMDB={value}: {message}', 'zh-CN': 'go 不接受 GOSUMDB={value}：{message}'},
	'probe.gosumdb.invalid.why': {
		en: 'GOSUMDB is the name of a checksum database (optionally with its key and URL), or off. Any other value stops every module download. Remove it to use Go\'s default, or name the database your company runs.',
		'zh-CN': 'GOSUMDB 应当是校验和数据库的名称（可附带其公钥和 URL），或者 off。其他任何值都会让每次模块下载失败。请删除它以使用 Go 的默认值，或者填写公司自建的校验和数据库。',
	},

	'probe.private-modules.neverMatches': {
		en: '{name} pattern "{pattern}" never matches a module path ({reason}), so those modules still go to the public proxy and checksum database',
		'zh-CN': '{name} 中的模式“{pattern}”永远匹配不到模块路径（{reason}），所以这些模块仍会发往公共模块代理和校验和数据库',
	},
	'probe.private-modules.neverMatches.scheme': {en: 'patterns are module paths, without https://', 'zh-CN': '模式是模块路径，不带 https://'},
	'probe.private-modules.neverMatches.version': {en: 'a version or branch after @ is not part of a module path', 'zh-CN': '@ 后面的版本或分支不属于模块路径'},
	'probe.private-modules.neverMatches.space': {en: 'a space around the pattern is part of it; separate patterns with a comma only', 'zh-CN': '模式两侧的空格会被当作模式的一部分；模式之间只能用逗号分隔'},
	'probe.private-modules.neverMatches.capitals': {en: 'module paths start with a lower-case host name', 'zh-CN': '模块路径以小写的主机名开头'},
	'probe.private-modules.neverMatches.backslash': {en: 'module paths use /, not \\', 'zh-CN': '模块路径使用 /，而不是 \\'},
	'probe.private-modules.noProxyWide': {
		en: '{name}={pattern} also matches public modules such as {module}: go fetches them directly with git instead of through the module proxy',
		'zh-CN': '{name}={pattern} 也匹配了 {module} 这样的公共模块：go 会直接用 git 拉取它们，而不经过模块代理',
	},

	'probe.cgo.off.notSaid': {
		en: 'cgo is off (CGO_ENABLED=0); the paste does not show whether it was set so or {cc} is not on PATH (Go turns cgo off by itself then, since Go 1.20)',
		'zh-CN': 'cgo 已关闭（CGO_ENABLED=0）；粘贴内容没有显示这是手动设置的，还是因为 PATH 中没有 {cc}（Go 1.20 起会因此自动关闭 cgo）',
	},
	'probe.cgo.likely32bit': {
		en: '{path} is in a folder of a 32-bit MinGW, while GOARCH={goarch}: a 32-bit gcc cannot build cgo code for 64-bit Go (install MinGW-w64 x86_64, e.g. MSYS2 UCRT64, and point CC at it)',
		'zh-CN': '{path} 位于 32 位 MinGW 的目录中，而 GOARCH={goarch}：32 位 gcc 无法为 64 位 Go 构建 cgo 代码（请安装 x86_64 的 MinGW-w64，例如 MSYS2 UCRT64，并让 CC 指向它）',
	},

	'release.notKnown': {
		en: 'go{version} does not know {name} (Go {since} added it), so it has no effect there',
		'zh-CN': 'go{version} 不认识 {name}（Go {since} 才加入），所以它在那台机器上不起作用',
	},
	'release.noModules': {en: 'go{version} has no modules (Go 1.11 added them)', 'zh-CN': 'go{version} 不支持模块（Go 1.11 才加入）'},
	'probe.go111module.unsetAuto': {
		en: 'not set: auto, the default of go{version}: module mode inside a module (a go.mod in the folder or above), GOPATH mode elsewhere, where go get ignores GOPROXY',
		'zh-CN': '未设置：即 go{version} 的默认值 auto，在模块内（当前或上级目录有 go.mod）使用模块模式，其他地方使用 GOPATH 模式，此时 go get 不使用 GOPROXY',
	},
	'probe.go111module.unsetAutoOld': {
		en: 'not set: auto, the default of go{version}: module mode only outside GOPATH/src, in a folder with a go.mod (or below one); elsewhere GOPATH mode, where go get ignores GOPROXY',
		'zh-CN': '未设置：即 go{version} 的默认值 auto，只有在 GOPATH/src 之外、且当前或上级目录有 go.mod 时才使用模块模式；其他地方使用 GOPATH 模式，此时 go get 不使用 GOPROXY',
	},
	'probe.go111module.autoDefault': {
		en: 'GO111MODULE=auto ({source}), which is also the default of go{version}: module mode only inside a module',
		'zh-CN': 'GO111MODULE=auto（{source}），这也是 go{version} 的默认值：只在模块内使用模块模式',
	},

	'probe.gotoolchain.cannotTellModule': {
		en: 'whether the module there needs a newer Go than GOTOOLCHAIN={value} allows cannot be told',
		'zh-CN': '无法判断那里的模块是否需要比 GOTOOLCHAIN={value} 所允许的更新的 Go',
	},

	'release.noEnvFile': {
		en: 'go{version} has no go env file (Go {since} added it, with go env -w)',
		'zh-CN': 'go{version} 没有 go env 配置文件（Go {since} 才加入，同时加入了 go env -w）',
	},

	'probe.goos-goarch.variantInvalid': {
		en: '{name}={value} is not a value go accepts: every go command stops with "go: invalid {name}"',
		'zh-CN': '{name}={value} 不是 go 接受的值：每个 go 命令都会报“go: invalid {name}”并停止',
	},
	'probe.goos-goarch.variantIgnored': {
		en: '{name}={value} is not a valid value: this go accepts it silently and builds for the default instead',
		'zh-CN': '{name}={value} 不是有效值：这个版本的 go 会默默接受它，但实际按默认值构建',
	},

	'probe.goproxy.valueOk': {en: 'GOPROXY={value} is a list go accepts', 'zh-CN': 'GOPROXY={value} 是 go 接受的列表'},
	'probe.goproxy.cannotTellAnswer': {en: 'whether it answers there cannot be told', 'zh-CN': '无法判断那台机器能否访问它'},
	'probe.gosumdb.valueOk': {en: 'GOSUMDB={value} is a setting go accepts', 'zh-CN': 'GOSUMDB={value} 是 go 接受的设置'},
	'probe.private-modules.patternsOk': {en: 'GOPRIVATE={value}: each pattern can match module paths', 'zh-CN': 'GOPRIVATE={value}：每个模式都能匹配模块路径'},
	'probe.private-modules.noPatterns': {en: 'GOPRIVATE is not set: go treats every module as public', 'zh-CN': '没有设置 GOPRIVATE：go 把所有模块都当作公共模块'},

	'probe.cgo.onCcNotShown': {
		en: "cgo is on; the paste does not show CC, so the C compiler is go's default ({cc}) unless CC was set there",
		'zh-CN': 'cgo 已启用；粘贴内容没有显示 CC，所以除非那里设置了 CC，C 编译器就是 go 的默认编译器（{cc}）',
	},
	'probe.cgo.onWith': {en: 'cgo is on with CC={cc}', 'zh-CN': 'cgo 已启用，CC={cc}'},
	'probe.cgo.cannotTellCompiler': {en: 'whether {cc} is installed and builds for this target cannot be told', 'zh-CN': '无法判断 {cc} 是否已安装、能否为该目标构建'},

	// What a check reads the environment for, when a paste shows none of it.
	'probe.go-on-path.needs': {en: 'PATH', 'zh-CN': 'PATH'},
	'probe.path-hygiene.needs': {en: 'PATH', 'zh-CN': 'PATH'},
	'probe.gobin-on-path.needs': {en: 'PATH', 'zh-CN': 'PATH'},
	'probe.stale-session.needs': {en: "that terminal's environment", 'zh-CN': '那个终端的环境变量'},
	'probe.terminal.needs': {en: 'which shell and terminal it ran in', 'zh-CN': '运行时所用的 shell 和终端'},
	'probe.defender.needs': {en: 'the state of Windows on that machine', 'zh-CN': '那台机器上 Windows 的状态'},
	'probe.long-paths.needs': {en: 'the state of Windows on that machine', 'zh-CN': '那台机器上 Windows 的状态'},
	'probe.elevation.needs': {en: 'how that terminal was started', 'zh-CN': '那个终端是如何启动的'},
	'probe.proxy-env.needs': {en: 'the proxy variables (HTTPS_PROXY, HTTP_PROXY, NO_PROXY)', 'zh-CN': '代理变量（HTTPS_PROXY、HTTP_PROXY、NO_PROXY）'},

	// What each check cannot tell without the fact (the second half of 'missing.summary').
	'probe.go-on-path.cannotTell': {en: 'which go runs cannot be told', 'zh-CN': '无法判断运行的是哪个 go'},
	'probe.goroot.cannotTell': {en: 'whether GOROOT is a usable Go tree cannot be told', 'zh-CN': '无法判断 GOROOT 是否为可用的 Go 目录'},
	'probe.go-version.cannotTell': {en: 'the version of the go that runs cannot be told', 'zh-CN': '无法判断运行的 go 是什么版本'},
	'probe.gotoolchain.cannotTell': {en: 'what GOTOOLCHAIN makes go do there cannot be told', 'zh-CN': '无法判断 GOTOOLCHAIN 会让 go 做什么'},
	'probe.goos-goarch.cannotTell': {en: 'the build target cannot be compared with the machine', 'zh-CN': '无法把构建目标与这台机器对比'},
	'probe.go111module.cannotTell': {en: 'whether modules are on cannot be told', 'zh-CN': '无法判断是否启用了模块模式'},
	'probe.path-hygiene.cannotTell': {en: 'PATH cannot be checked', 'zh-CN': '无法检查 PATH'},
	'probe.gobin-on-path.cannotTell': {en: 'whether the folder go install writes to is on PATH cannot be told', 'zh-CN': '无法判断 go install 的安装目录是否在 PATH 中'},
	'probe.stale-session.cannotTell': {en: 'whether that terminal missed a change cannot be told', 'zh-CN': '无法判断那个终端是否错过了环境变量的修改'},
	'probe.gopath.cannotTell': {en: 'whether GOPATH can be used cannot be told', 'zh-CN': '无法判断 GOPATH 是否可用'},
	'probe.go-env-file.cannotTell': {en: 'what the go env file holds cannot be told', 'zh-CN': '无法判断 go env 配置文件中有什么'},
	'probe.terminal.cannotTell': {en: 'the shell and terminal cannot be told', 'zh-CN': '无法判断所用的 shell 和终端'},
	'probe.goproxy.cannotTell': {en: 'whether the module proxies answer there cannot be told', 'zh-CN': '无法判断那台机器能否访问模块代理'},
	'probe.gosumdb.cannotTell': {en: 'whether the checksum database answers there cannot be told', 'zh-CN': '无法判断那台机器能否访问校验和数据库'},
	'probe.private-modules.cannotTell': {en: 'which required modules are private cannot be told', 'zh-CN': '无法判断依赖中哪些是私有模块'},
	'probe.proxy-env.cannotTell': {en: 'the HTTP proxy go uses cannot be told', 'zh-CN': '无法判断 go 使用的 HTTP 代理'},
	'probe.git.cannotTell': {en: 'whether git is installed cannot be told', 'zh-CN': '无法判断是否安装了 git'},
	'probe.git-autocrlf.cannotTell': {en: "git's line-ending settings cannot be told", 'zh-CN': '无法判断 git 的换行符设置'},
	'probe.git-credentials.cannotTell': {en: "git's credential helpers cannot be told", 'zh-CN': '无法判断 git 的凭据助手'},
	'probe.cgo.cannotTell': {en: 'whether the C compiler works cannot be told', 'zh-CN': '无法判断 C 编译器是否可用'},
	'probe.gopls.cannotTell': {en: 'which gopls runs cannot be told', 'zh-CN': '无法判断运行的是哪个 gopls'},
	'probe.dlv.cannotTell': {en: 'which dlv runs cannot be told', 'zh-CN': '无法判断运行的是哪个 dlv'},
	'probe.defender.cannotTell': {en: 'what Microsoft Defender does there cannot be told', 'zh-CN': '无法判断 Microsoft Defender 在那台机器上的行为'},
	'probe.long-paths.cannotTell': {en: 'whether long paths are enabled cannot be told', 'zh-CN': '无法判断是否启用了长路径'},
	'probe.elevation.cannotTell': {en: 'whether it ran as administrator cannot be told', 'zh-CN': '无法判断是否以管理员身份运行'},
	'probe.smoke-build.cannotTell': {en: 'no build can be tried', 'zh-CN': '无法试着构建'},
} as const satisfies Catalog;
