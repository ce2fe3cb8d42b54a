import type {Catalog} from '../catalog.js';

/** Command line: help, usage errors, hints, and the plain reports. */
export const cli = {
	'cli.help.header': {
		en: '{name} {version}: a doctor for Go development environments',
		'zh-CN': '{name} {version}：Go 开发环境诊断工具',
	},
	'cli.help.interactive': {
		en: `  {name} [--offline] [--from <file>]
      The live checklist, in a terminal. Without a terminal (a pipe, CI) it prints the
      text report instead, like "check"; "{name} repl" is the prompt that works there.`,
		'zh-CN': `  {name} [--offline] [--from <文件>]
      在终端中显示实时检查清单。没有终端时（管道、CI）改为输出文本报告，与“check”相同；“{name} repl”是在这种情况下也能使用的命令提示符。`,
	},
	'cli.help.check': {
		en: `  {name} check [--json] [--offline] [--strict] [--only <id,id>] [--verbose] [--from <file>]
      Runs every check and prints a report, for logs and CI.
      --json        only JSON on stdout (schema_version 1, schemas/check.schema.json)
      --offline     skip the checks that use the network
      --strict      exit 1 on warnings and unknown results too
      --only        run only these checks: {ids}
      --verbose     evidence for every check, not only for problems
      --from        diagnose another machine: a file from "{name} snapshot", or a pasted
                    go env (any shape, chat text around it is fine); - reads standard input`,
		'zh-CN': `  {name} check [--json] [--offline] [--strict] [--only <id,id>] [--verbose] [--from <文件>]
      运行全部检查并输出报告，适用于日志和 CI。
      --json        标准输出只打印 JSON（schema_version 1，schemas/check.schema.json）
      --offline     跳过需要联网的检查
      --strict      有警告或未知结果时也以 1 退出
      --only        只运行这些检查：{ids}
      --verbose     为每项检查显示证据，而不只是有问题的
      --from        诊断另一台机器：“{name} snapshot”生成的文件，或粘贴的 go env 输出
                    （任一形式，夹杂聊天文字也可以）；- 表示从标准输入读取`,
	},
	'cli.help.footer': {
		en: `Options for every command
  --lang <en|zh-CN>   language (now: {language}; otherwise from LC_ALL, LC_MESSAGES, LANG or the OS)
  -h, --help          this help
  -v, --version       the version

Exit codes: 0 no errors, 1 errors found, 2 usage error or internal failure, 130/143/129 stopped by Ctrl+C/SIGTERM/SIGHUP. NO_COLOR is honoured.`,
		'zh-CN': `通用选项
  --lang <en|zh-CN>   界面语言（当前：{language}；未指定时取自 LC_ALL、LC_MESSAGES、LANG 或操作系统）
  -h, --help          显示本帮助
  -v, --version       显示版本号

退出码：0 无错误，1 发现错误，2 用法错误或内部故障，130/143/129 被 Ctrl+C/SIGTERM/SIGHUP 中止。支持 NO_COLOR。`,
	},
	'cli.usage.unknownCommand': {en: 'unknown command: {command}', 'zh-CN': '未知命令：{command}'},
	'cli.usage.unknownCheck': {en: 'unknown check id: {id} (known: {ids})', 'zh-CN': '未知的检查 id：{id}（可用：{ids}）'},
	'cli.usage.onlyEmpty': {en: '--only needs at least one check id (known: {ids})', 'zh-CN': '--only 至少需要一个检查 id（可用：{ids}）'},
	'cli.usage.badLang': {en: 'unsupported language: {lang} (use en or zh-CN)', 'zh-CN': '不支持的语言：{lang}（可用 en 或 zh-CN）'},
	'cli.usage.unknownOption': {en: 'unknown option: {option}', 'zh-CN': '未知选项：{option}'},
	'cli.usage.missingValue': {en: 'option {option} needs a value', 'zh-CN': '选项 {option} 需要一个值'},
	'cli.usage.noValue': {en: 'option {option} takes no value', 'zh-CN': '选项 {option} 不接受值'},
	'cli.usage.unexpectedArgument': {en: 'unexpected argument: {argument}', 'zh-CN': '多余的参数：{argument}'},
	'cli.usage.notForCommand': {en: 'option {option} does not apply to "{command}"', 'zh-CN': '选项 {option} 不适用于“{command}”'},
	'cli.usage.notForBare': {en: 'option {option} does not apply to this command', 'zh-CN': '选项 {option} 不适用于此命令'},
	'cli.usage.parse': {en: '{message}', 'zh-CN': '{message}'},
	'cli.usage.outputOrDir': {en: 'use -o <file> or --dir <folder>, not both', 'zh-CN': '请使用 -o <文件> 或 --dir <目录>，不能同时使用'},
	'cli.usage.seeHelp': {en: 'Run "{name} --help" for usage.', 'zh-CN': '运行“{name} --help”查看用法。'},
	'cli.internalError': {en: 'internal error: {message}', 'zh-CN': '内部错误：{message}'},
	'cli.interrupted': {en: 'interrupted: the checks were stopped before they finished, so there is no report', 'zh-CN': '已中断：检查在完成前被停止，因此没有报告'},
	'cli.hint.notTerminal': {
		en: 'Output goes to a pipe or a file, not a terminal, so this is the plain report. Run {name} in a terminal for the live checklist; "{name} repl" gives a prompt to look, fix and undo that works without one (a dumb terminal, ssh, a script on stdin); "{name} check --json" is for machines.',
		'zh-CN': '输出的去向是管道或文件而不是终端，因此输出的是文本报告。在终端中运行 {name} 可查看实时检查清单；“{name} repl”提供查看、修复和撤销的命令提示符，不需要完整终端也能用（哑终端、ssh、从标准输入读取的脚本）；供程序读取请用“{name} check --json”。',
	},
	'cli.hint.stdin': {
		en: 'Input is not a terminal (standard input is redirected), so keys cannot be read and this is the plain report. Run {name} without "<" or a pipe into it for the live checklist; "{name} repl" reads its commands from standard input.',
		'zh-CN': '输入不是终端（标准输入被重定向），无法读取按键，因此输出的是文本报告。不使用“<”或管道输入运行 {name}，即可查看实时检查清单；“{name} repl”可以从标准输入读取命令。',
	},
	'cli.hint.ci': {
		en: '{variable}={value} is set, so this is the plain report: CI logs keep every frame a live screen would draw. Unset {variable} for the live checklist, or use "{name} check --json" in CI.',
		'zh-CN': '已设置 {variable}={value}，因此输出的是文本报告：CI 日志会保留实时界面绘制的每一帧。取消设置 {variable} 即可查看实时检查清单；在 CI 中请用“{name} check --json”。',
	},
	'cli.hint.dumb': {
		en: 'TERM=dumb: this terminal cannot move the cursor or erase lines, so this is the plain report. "{name} repl" works in it; for the live checklist run {name} in a full terminal (TERM=xterm-256color or similar).',
		'zh-CN': 'TERM=dumb：该终端无法移动光标或清除行，因此输出的是文本报告。“{name} repl”可以在其中使用；要查看实时检查清单，请在完整的终端（TERM=xterm-256color 等）中运行 {name}。',
	},
	'cli.hint.noTerm': {
		en: 'TERM is not set, so what this terminal can draw is unknown and this is the plain report. "{name} repl" needs no TERM; set TERM (for example TERM=xterm-256color) for the live checklist.',
		'zh-CN': '未设置 TERM，无法得知该终端能绘制什么，因此输出的是文本报告。“{name} repl”不需要 TERM；设置 TERM（例如 TERM=xterm-256color）即可查看实时检查清单。',
	},
	'cli.hint.mintty': {
		en: 'Git Bash (mintty) gives programs a pipe, not a console. "{name} repl" works here as it is; for the live checklist use "winpty npx.cmd {name}", Windows Terminal, or set MSYS=enable_pcon.',
		'zh-CN': 'Git Bash（mintty）给程序的是管道而不是控制台。“{name} repl”在这里可以直接使用；要使用实时检查清单，请运行“winpty npx.cmd {name}”、改用 Windows Terminal，或设置 MSYS=enable_pcon。',
	},

	'report.header': {en: '{name} {version} · {os} {arch} · language: {language}', 'zh-CN': '{name} {version} · {os} {arch} · 语言：{language}'},
	'report.languageName': {en: 'English', 'zh-CN': '简体中文'},
	'report.countPart': {en: '{count} {status}', 'zh-CN': '{count} 项{status}'},
	'report.counts': {en: '{total} checks: {parts} · {seconds} s', 'zh-CN': '共 {total} 项检查：{parts} · 用时 {seconds} 秒'},
	'report.countsOne': {en: '1 check: {parts} · {seconds} s', 'zh-CN': '共 1 项检查：{parts} · 用时 {seconds} 秒'},
	'report.fix': {en: 'fix: {title}', 'zh-CN': '修复：{title}'},
	'report.listSeparator': {en: ', ', 'zh-CN': '，'},
} as const satisfies Catalog;
