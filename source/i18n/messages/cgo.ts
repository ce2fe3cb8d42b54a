import type {Catalog} from '../catalog.js';

/** The C toolchain check: cgo, CC and the compiler's target. */
export const cgo = {
	'probe.cgo.title': {en: 'cgo and the C compiler', 'zh-CN': 'cgo 与 C 编译器'},
	'probe.cgo.noGoEnv': {en: 'cannot tell: go env did not run', 'zh-CN': '无法判断：go env 没有成功运行'},
	'probe.cgo.ok': {
		en: 'cgo is on ({source}); C compiler {path} targets {target}',
		'zh-CN': 'cgo 已启用（{source}）；C 编译器 {path} 的目标平台为 {target}',
	},
	'probe.cgo.noTarget': {
		en: 'cgo is on, but {path} did not say its target with -dumpmachine: {error}',
		'zh-CN': 'cgo 已启用，但 {path} 没有通过 -dumpmachine 给出目标平台：{error}',
	},
	'probe.cgo.off.explicit': {en: 'cgo is off: CGO_ENABLED=0 is set in the {source}', 'zh-CN': 'cgo 已关闭：{source}中设置了 CGO_ENABLED=0'},
	'probe.cgo.off.cross': {
		en: 'cgo is off because this is a cross-compile ({goos}/{goarch} on {hostos}/{hostarch})',
		'zh-CN': 'cgo 已关闭，因为这是交叉编译（在 {hostos}/{hostarch} 上构建 {goos}/{goarch}）',
	},
	'probe.cgo.off.default': {en: 'cgo is off by default for this platform', 'zh-CN': '该平台默认关闭 cgo'},
	'probe.cgo.off.noCompiler': {
		en: 'cgo is off because no C compiler ({cc}) is on PATH (Go does this by itself since Go 1.20)',
		'zh-CN': 'cgo 已关闭，因为 PATH 中找不到 C 编译器 {cc}（Go 1.20 起会自动这样处理）',
	},
	'probe.cgo.off.ccInFile': {
		en: 'cgo is off because {cc} is not on PATH: CC set in the go env file does not turn it back on (only the CC environment variable or CGO_ENABLED=1 does)',
		'zh-CN': 'cgo 已关闭，因为 PATH 中没有 {cc}：在 go env 配置文件中设置 CC 并不会重新启用 cgo（只有环境变量 CC 或 CGO_ENABLED=1 才行）',
	},
	'probe.cgo.off.compilerOk': {en: 'a usable C compiler is at {path}', 'zh-CN': '{path} 处有可用的 C 编译器'},
	'probe.cgo.off.compilerBad': {en: 'the C compiler found would not work: {problem}', 'zh-CN': '找到的 C 编译器无法使用：{problem}'},
	'probe.cgo.off.why': {
		en: 'Pure Go builds do not need cgo. Packages that call C (go-sqlite3, many GUI and crypto libraries) and go test -race do: with cgo off they fail with "requires cgo" or "build constraints exclude all Go files".',
		'zh-CN': '纯 Go 构建不需要 cgo。但调用 C 的包（go-sqlite3、许多 GUI 和加密库）以及 go test -race 需要它：cgo 关闭时会报“requires cgo”或“build constraints exclude all Go files”。',
	},
	'probe.cgo.missing': {
		en: 'cgo is on but the C compiler {cc} is not found; builds that use cgo fail with: {goMessage}',
		'zh-CN': 'cgo 已启用，但找不到 C 编译器 {cc}；使用 cgo 的构建会报错：{goMessage}',
	},
	'probe.cgo.missing.why': {
		en: 'With CGO_ENABLED=1 every package that imports "C", and runtime/cgo itself, needs the compiler named by CC. On Windows that is a MinGW-w64 gcc (MSYS2 ucrt64 or mingw64, TDM-GCC, w64devkit).',
		'zh-CN': 'CGO_ENABLED=1 时，每个 import "C" 的包以及 runtime/cgo 本身都需要 CC 指定的编译器。在 Windows 上应使用 MinGW-w64 gcc（MSYS2 的 ucrt64 或 mingw64、TDM-GCC、w64devkit）。',
	},
	'probe.cgo.unquotedSpace': {
		en: 'CC={cc} has an unquoted space: go splits it like a shell line and looks for a program named after the part before the space; quote it: {quoted}',
		'zh-CN': 'CC={cc} 中的空格没有加引号：go 会像 shell 一样按空格拆分，去找空格前那一段作为程序名；请加上引号：{quoted}',
	},
	'probe.cgo.badQuotes': {en: 'CC={cc} cannot be parsed: {error}', 'zh-CN': 'CC={cc} 无法解析：{error}'},
	'probe.cgo.quote.why': {
		en: 'go reads CC as a program followed by arguments, split at spaces, with single or double quotes around a part that contains spaces. An unquoted C:\\Program Files\\… path is the classic break.',
		'zh-CN': 'go 把 CC 当作“程序名 + 参数”，按空格拆分；含空格的部分要用单引号或双引号括起来。未加引号的 C:\\Program Files\\… 路径是最常见的错误。',
	},
	'probe.cgo.msvc': {
		en: 'CC is Microsoft\'s compiler ({path}); cgo does not support MSVC or clang-cl: builds fail with "D8021 : invalid numeric argument \'/Werror\'"',
		'zh-CN': "CC 是微软的编译器（{path}）；cgo 不支持 MSVC 或 clang-cl：构建会报“D8021 : invalid numeric argument '/Werror'”",
	},
	'probe.cgo.msvc.why': {
		en: 'cgo passes gcc-style flags (-mthreads, -Wall -Werror) and reads gcc-style output. MSVC support is still an open proposal (golang/go#20982); clang for the MSVC ABI is not supported either. Use a MinGW-w64 gcc or clang.',
		'zh-CN': 'cgo 传递的是 gcc 风格的参数（-mthreads、-Wall -Werror），也按 gcc 的格式读取输出。MSVC 支持至今仍是未通过的提案（golang/go#20982），面向 MSVC ABI 的 clang 同样不受支持。请使用 MinGW-w64 的 gcc 或 clang。',
	},
	'probe.cgo.msvcTarget': {
		en: '{path} targets {target}, the MSVC ABI, which cgo does not support',
		'zh-CN': '{path} 的目标平台是 {target}（MSVC ABI），cgo 不支持',
	},
	'probe.cgo.msysTarget': {
		en: '{path} targets {target}, not MinGW-w64: it builds programs for the MSYS/Cygwin runtime, and cgo fails (gcc: error: unrecognized command-line option \'-mthreads\')',
		'zh-CN': '{path} 的目标平台是 {target}，不是 MinGW-w64：它为 MSYS/Cygwin 运行时编译程序，cgo 会失败（gcc: error: unrecognized command-line option \'-mthreads\'）',
	},
	'probe.cgo.msysTarget.why': {
		en: 'MSYS2 ships several gcc packages. The one in usr/bin (msys/gcc) targets the MSYS runtime; cgo needs the one in ucrt64/bin or mingw64/bin, whose target ends in -w64-mingw32.',
		'zh-CN': 'MSYS2 里有好几个 gcc。usr/bin 下的那个（msys/gcc）面向 MSYS 运行时；cgo 需要的是 ucrt64/bin 或 mingw64/bin 下的 gcc，其目标平台以 -w64-mingw32 结尾。',
	},
	'probe.cgo.wrongOs': {
		en: '{path} targets {target}, which cannot build for {goos}/{goarch}',
		'zh-CN': '{path} 的目标平台是 {target}，无法为 {goos}/{goarch} 编译',
	},
	'probe.cgo.wrongArch': {
		en: '{path} targets {target}, another architecture than GOARCH={goarch}',
		'zh-CN': '{path} 的目标平台是 {target}，与 GOARCH={goarch} 的架构不符',
	},
	'probe.cgo.multilib': {
		en: '{path} targets {target} while GOARCH=386: cgo passes -m32, which works only if this gcc was built with 32-bit (multilib) support',
		'zh-CN': '{path} 的目标平台是 {target}，而 GOARCH=386：cgo 会传递 -m32，只有这个 gcc 带 32 位（multilib）支持时才能用',
	},
	'probe.cgo.wrongTarget.why': {
		en: 'cgo compiles C code for the Go target (GOOS/GOARCH), so CC must be a compiler for that target. A cross-compile needs a cross compiler in CC.',
		'zh-CN': 'cgo 按 Go 的目标平台（GOOS/GOARCH）编译 C 代码，所以 CC 必须是面向该平台的编译器。交叉编译时 CC 需要是交叉编译器。',
	},
	'probe.cgo.notFound': {en: 'not found', 'zh-CN': '未找到'},
	'probe.cgo.evidence.settings': {en: 'Settings that decide cgo', 'zh-CN': '决定 cgo 的设置'},
	'probe.cgo.evidence.compiler': {en: 'The C compiler', 'zh-CN': 'C 编译器'},
	'probe.cgo.evidence.dumpmachine': {en: 'Its target (-dumpmachine)', 'zh-CN': '它的目标平台（-dumpmachine）'},
	'probe.cgo.label.program': {en: 'program in CC', 'zh-CN': 'CC 中的程序'},
	'probe.cgo.label.resolved': {en: 'found at', 'zh-CN': '实际位置'},
	'probe.cgo.label.target': {en: 'target', 'zh-CN': '目标平台'},

	'fix.cgo.quoteCc.title': {en: 'Quote the compiler path in CC', 'zh-CN': '给 CC 中的编译器路径加上引号'},
	'fix.cgo.quoteCc.description': {en: 'Sets CC={value} in the go env file.', 'zh-CN': '在 go env 配置文件中设置 CC={value}。'},
	'fix.cgo.useMingw.title': {en: 'Use the MinGW-w64 gcc found on this machine', 'zh-CN': '使用本机上找到的 MinGW-w64 gcc'},
	'fix.cgo.useMingw.description': {
		en: 'Sets CC to {path} (target {target}) in the go env file, and CGO_ENABLED=1 where cgo was only off for lack of a compiler on PATH (CC in the go env file alone does not turn it back on).',
		'zh-CN': '在 go env 配置文件中把 CC 设为 {path}（目标平台 {target}）；如果 cgo 只是因为 PATH 中没有编译器才关闭，同时设置 CGO_ENABLED=1（仅在 go env 配置文件里设置 CC 并不会重新启用 cgo）。',
	},
	'fix.cgo.enable.title': {en: 'Turn cgo on (go env -w CGO_ENABLED=1)', 'zh-CN': '启用 cgo（go env -w CGO_ENABLED=1）'},
	'fix.cgo.enable.description': {
		en: 'Sets CGO_ENABLED=1 in the go env file, so go uses the C compiler at {path}.',
		'zh-CN': '在 go env 配置文件中设置 CGO_ENABLED=1，让 go 使用 {path} 处的 C 编译器。',
	},
	'fix.cgo.osCc': {
		en: 'CC is also set in the environment, which wins over the go env file: remove it there as well (the command below does it for this terminal only).',
		'zh-CN': '环境变量中也设置了 CC，它的优先级高于 go env 配置文件：也要把它删掉（下面的命令只对当前终端有效）。',
	},
} as const satisfies Catalog;
