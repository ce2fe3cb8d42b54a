import type {Catalog} from '../catalog.js';

/** The repair REPL: `goenv-tui repl` and the checklist's `:` line. */
export const repl = {
	'repl.cli.help': {
		en: `  {name} repl [--offline] [--keep-going]
      A prompt to look, change, run and undo: the checks run in the background, and
      commands (help, ls, show, fix, undo, env, set, unset, path, which, go, explain…) act
      on what they found. Works in any terminal, in Git Bash (mintty) without ConPTY, and
      in dumb terminals. With a file on standard input ("{name} repl < steps.txt") it runs
      one command a line and stops at the first that fails; --keep-going runs them all.
      Changes then need --yes on their line.`,
		'zh-CN': `  {name} repl [--offline] [--keep-going]
      查看、修改、运行和撤销的命令提示符：检查在后台运行，命令（help、ls、show、fix、undo、env、set、unset、path、which、go、explain…）针对检查结果操作。适用于任何终端、未启用 ConPTY 的 Git Bash（mintty）和哑终端。标准输入是文件时（“{name} repl < steps.txt”）逐行执行命令，遇到第一个失败的命令即停止；--keep-going 则全部执行。此时修改需要在该行加上 --yes。`,
	},

	'repl.unknownCommand': {en: 'unknown command: {command} (type help for the list)', 'zh-CN': '未知命令：{command}（输入 help 查看列表）'},
	'repl.unknownFlag': {en: 'unknown option: {flag}', 'zh-CN': '未知选项：{flag}'},
	'repl.flagNeedsValue': {en: 'option {flag} needs a value', 'zh-CN': '选项 {flag} 需要一个值'},
	'repl.usage': {en: 'usage: {usage}', 'zh-CN': '用法：{usage}'},
	'repl.badWord': {en: 'expected {expected}, got "{word}"', 'zh-CN': '应为 {expected}，实际为“{word}”'},
	'repl.badName': {en: 'not a variable name: {name}', 'zh-CN': '不是变量名：{name}'},
	'repl.needCheck': {en: 'name a check: {ids}', 'zh-CN': '请指定检查项：{ids}'},
	'repl.waiting': {en: 'waiting for {count} check(s) to finish (Ctrl+C stops waiting)…', 'zh-CN': '正在等待 {count} 项检查完成（按 Ctrl+C 停止等待）…'},
	'repl.cancelled': {en: 'stopped', 'zh-CN': '已停止'},
	'repl.finishingChange': {
		en: 'A change is being made: it finishes (or is rolled back) first, so the machine is never left half changed.',
		'zh-CN': '正在进行修改：会先完成（或回滚），机器不会停在修改到一半的状态。',
	},
	'repl.ctrlC': {en: '(To leave, press Ctrl+C again, Ctrl+D, or type quit)', 'zh-CN': '（要退出，请再按一次 Ctrl+C、按 Ctrl+D 或输入 quit）'},
	'repl.more': {en: '-- {shown}/{total} lines: Enter for more, q to stop -- ', 'zh-CN': '-- 第 {shown}/{total} 行：按 Enter 继续，输入 q 停止 -- '},
	'repl.script.stopped': {
		en: 'Stopped at line {line}: the command failed (--keep-going runs the rest anyway).',
		'zh-CN': '已在第 {line} 行停止：该命令失败（使用 --keep-going 可继续执行其余命令）。',
	},
	'repl.script.interrupted': {en: 'Interrupted: the rest of the script was not run.', 'zh-CN': '已中断：脚本的其余部分没有执行。'},
	'repl.needYes': {
		en: 'Nothing changed: a script confirms on the line itself, e.g. "{line}".',
		'zh-CN': '未做任何修改：脚本需要在该行中确认，例如“{line}”。',
	},
	'repl.needIrreversible': {
		en: 'Nothing changed: this cannot be undone; confirm with "{line}".',
		'zh-CN': '未做任何修改：此操作无法撤销；请用“{line}”确认。',
	},
	'repl.forceHint': {
		en: 'Values changed since the fix: nothing was undone. "{line}" undoes it anyway.',
		'zh-CN': '修复之后这些值已被改动：未撤销任何内容。“{line}”会强制撤销。',
	},
	'repl.sessionStale': {
		en: 'New terminals get this change. This REPL, and the go it runs, keep the environment they started with.',
		'zh-CN': '新打开的终端会获得此修改。本 REPL 及其运行的 go 仍使用启动时的环境。',
	},
	'repl.noFixes': {en: 'No fix to apply here.', 'zh-CN': '这里没有可应用的修复。'},
	'repl.fixesHeading': {en: 'Fixes:', 'zh-CN': '修复：'},
	'repl.noWhy': {en: 'This check says nothing more about why.', 'zh-CN': '此检查项没有更多说明。'},
	'repl.noProblems': {en: 'No problems found.', 'zh-CN': '没有发现问题。'},
	'repl.noOffers': {
		en: 'No fix was offered by number yet: they are offered when a go command fails or explain names a cause.',
		'zh-CN': '还没有按编号提供的修复：go 命令失败或 explain 找出原因后才会提供。',
	},
	'repl.noSuchOffer': {en: 'There is no fix {n}: {count} were offered.', 'zh-CN': '没有修复 {n}：共提供了 {count} 个。'},
	'repl.offer': {en: '{n}. {title}  ({command})', 'zh-CN': '{n}. {title}（{command}）'},

	'repl.layer.process': {en: 'this process', 'zh-CN': '当前进程'},
	'repl.layer.registry-user': {en: 'user (registry)', 'zh-CN': '用户（注册表）'},
	'repl.layer.registry-system': {en: 'system (registry)', 'zh-CN': '系统（注册表）'},
	'repl.layer.shell-profile': {en: 'shell profile', 'zh-CN': 'shell 配置文件'},
	'repl.layer.go-env-file': {en: 'go env file', 'zh-CN': 'go env 配置文件'},
	'repl.layer.goroot-go-env': {en: '$GOROOT/go.env', 'zh-CN': '$GOROOT/go.env'},
	'repl.layer.default': {en: 'default', 'zh-CN': '默认值'},
	'repl.env.title': {en: 'Go settings and where each comes from', 'zh-CN': 'Go 设置及其来源'},
	'repl.env.hint': {en: '"env NAME" shows every layer that sets NAME, in the order go reads them.', 'zh-CN': '“env NAME”按 go 读取的顺序列出设置 NAME 的每一层。'},
	'repl.env.feedsProcess': {en: 'this process got it from here', 'zh-CN': '当前进程的值来自这里'},
	'repl.env.hidden': {en: 'hidden by the layer above', 'zh-CN': '被上层覆盖'},
	'repl.env.more': {en: '{count} more line(s) set it too', 'zh-CN': '另有 {count} 行也设置了它'},
	'repl.env.newTerminals': {en: 'New terminals get: {value}', 'zh-CN': '新打开的终端会得到：{value}'},

	'repl.notASetting': {
		en: '{name} is not a Go setting or a proxy variable (env lists the settings; PATH has its own command: path)',
		'zh-CN': '{name} 不是 Go 设置或代理变量（env 列出所有设置；PATH 有专门的命令：path）',
	},
	'repl.badLayer': {en: 'expected "in <layer>", one of: {layers} (got "{words}")', 'zh-CN': '应为“in <layer>”，可选：{layers}（实际为“{words}”）'},
	'repl.noRegistry': {en: 'The registry could not be read, so nothing there can be changed.', 'zh-CN': '无法读取注册表，因此不能修改其中的内容。'},
	'repl.set.needAssignment': {en: 'expected NAME=VALUE, e.g. set GOPROXY=https://proxy.example.com,direct', 'zh-CN': '应为 NAME=VALUE，例如 set GOPROXY=https://proxy.example.com,direct'},
	'repl.set.notGoEnv': {
		en: 'go env -w does not take {name}: set it in the user environment (Windows) or the shell profile.',
		'zh-CN': 'go env -w 不接受 {name}：请在用户环境变量（Windows）或 shell 配置文件中设置。',
	},
	'repl.set.title': {en: 'Set {name} in the {layer}', 'zh-CN': '在{layer}中设置 {name}'},
	'repl.set.hiddenByProcess': {
		en: 'This process has {name} set in its environment, which go reads before the go env file: unset it in the terminal, or set it where it comes from.',
		'zh-CN': '当前进程的环境变量中已有 {name}，go 会先读取它而不是 go env 配置文件：请在终端中取消它，或在它的来源处设置。',
	},
	'repl.set.oddType': {en: '{name} is stored as {type}, not as text: it is left as it is.', 'zh-CN': '{name} 的存储类型是 {type}，不是文本：保持原样。'},
	'repl.unset.needName': {en: 'expected a setting name, e.g. unset GOFLAGS', 'zh-CN': '应为设置名，例如 unset GOFLAGS'},
	'repl.unset.notThere': {en: '{name} is not set in the {layer}.', 'zh-CN': '{layer}中没有设置 {name}。'},
	'repl.unset.processOnly': {
		en: '{name} is set only in the environment of this process (the terminal that started it), which nothing stores: unset it there.',
		'zh-CN': '{name} 只在当前进程（启动它的终端）的环境中设置，没有任何地方保存它：请在那里取消。',
	},
	'repl.unset.gorootGoEnv': {
		en: '{name} comes from $GOROOT/go.env, the defaults of your Go installation: set another value instead (set {name}=…).',
		'zh-CN': '{name} 来自 $GOROOT/go.env，即 Go 安装自带的默认值：请改为设置另一个值（set {name}=…）。',
	},
	'repl.unset.notSet': {en: '{name} is not set anywhere: go uses its default.', 'zh-CN': '{name} 没有在任何地方设置：go 使用默认值。'},

	'repl.path.usage': {
		en: 'usage: path | path add <dir> [first|last] | path rm <entry> | path mv <entry> first|last',
		'zh-CN': '用法：path | path add <dir> [first|last] | path rm <entry> | path mv <entry> first|last',
	},
	'repl.path.profileLines': {en: 'Lines of your shell profiles that set PATH:', 'zh-CN': 'shell 配置文件中设置 PATH 的行：'},
	'repl.path.notInSession': {en: 'In the registry but not in this process (open a new terminal):', 'zh-CN': '在注册表中但不在当前进程中（请打开新终端）：'},
	'repl.path.noEntry': {en: 'No PATH entry "{entry}": give its number (1-{count}) or its text, as path shows them.', 'zh-CN': '没有 PATH 条目“{entry}”：请给出 path 显示的编号（1-{count}）或文本。'},
	'repl.path.already': {en: '{folder} is already on PATH (entry {n}): path mv moves it.', 'zh-CN': '{folder} 已在 PATH 中（条目 {n}）：用 path mv 移动它。'},
	'repl.path.alreadyThere': {en: '{entry} is already there.', 'zh-CN': '{entry} 已经在该位置。'},
	'repl.path.addFirst.title': {en: 'Put {folder} first on PATH', 'zh-CN': '把 {folder} 放在 PATH 最前面'},
	'repl.path.addLast.title': {en: 'Add {folder} at the end of PATH', 'zh-CN': '把 {folder} 加到 PATH 末尾'},
	'repl.path.rm.title': {en: 'Remove {entry} from PATH', 'zh-CN': '从 PATH 中删除 {entry}'},
	'repl.path.mvFirst.title': {en: 'Move {entry} to the front of PATH', 'zh-CN': '把 {entry} 移到 PATH 最前面'},
	'repl.path.mvLast.title': {en: 'Move {entry} to the end of PATH', 'zh-CN': '把 {entry} 移到 PATH 末尾'},
	'repl.path.missingFolder': {en: 'The folder {folder} does not exist yet.', 'zh-CN': '目录 {folder} 还不存在。'},
	'repl.path.systemFirst': {
		en: 'First among the user entries: new terminals still search the system entries before them.',
		'zh-CN': '只在用户条目中排第一：新终端仍会先搜索系统条目。',
	},
	'repl.path.notStored': {
		en: '{entry} is only in this process\'s PATH (given by the terminal or a program that started it): nothing stores it, so there is nothing to change.',
		'zh-CN': '{entry} 只在当前进程的 PATH 中（来自终端或启动它的程序）：没有任何地方保存它，因此没有可修改的内容。',
	},
	'repl.path.noProfileLine': {
		en: 'No line of your shell profiles adds {entry} on its own: it comes from the system (/etc/profile, the login manager) or from a line this cannot edit safely.',
		'zh-CN': 'shell 配置文件中没有单独添加 {entry} 的行：它来自系统（/etc/profile、登录管理器），或来自无法安全修改的行。',
	},

	'repl.which.needTool': {en: 'name one tool, e.g. {tools}', 'zh-CN': '请指定一个工具，例如 {tools}'},
	'repl.which.none': {en: 'No {tool} on PATH.', 'zh-CN': 'PATH 中没有 {tool}。'},
	'repl.which.origin': {en: 'PATH {n} ({origin}): {entry}', 'zh-CN': 'PATH {n}（{origin}）：{entry}'},
	'repl.which.shim': {en: 'shim for {target}', 'zh-CN': '指向 {target} 的 shim'},
	'repl.which.wins': {en: 'The one that runs: {file}', 'zh-CN': '实际运行的是：{file}'},

	'repl.go.cannotRun': {en: 'Commands cannot be run here (a replayed snapshot).', 'zh-CN': '这里不能运行命令（回放的快照）。'},
	'repl.go.notOnPath': {en: 'go is not on PATH: which go and path show what is.', 'zh-CN': 'PATH 中没有 go：which go 和 path 会显示现有内容。'},
	'repl.go.notStarted': {en: '{file} could not be started ({code}).', 'zh-CN': '无法启动 {file}（{code}）。'},
	'repl.go.interrupted': {en: 'go was interrupted.', 'zh-CN': 'go 已被中断。'},
	'repl.go.failed': {en: 'go exited with code {code}.', 'zh-CN': 'go 以退出码 {code} 结束。'},
	'repl.go.noCause': {
		en: 'No known cause in its output.',
		'zh-CN': '输出中没有已知的原因。',
	},
	'repl.go.problemsHere': {en: 'What the checks find wrong on this machine (show <id> for the evidence):', 'zh-CN': '检查项在本机发现的问题（show <id> 查看证据）：'},
	'repl.go.rechecking': {en: 'Checking again: {ids}', 'zh-CN': '重新检查：{ids}'},
	'repl.go.checksFine': {en: 'Those checks find nothing wrong on this machine now.', 'zh-CN': '这些检查项现在没有在本机发现问题。'},
	'repl.go.noFixes': {en: 'None of them has a fix to apply from here.', 'zh-CN': '它们都没有可以在这里应用的修复。'},
	'repl.go.offers': {en: 'Fixes (fix <n> previews one):', 'zh-CN': '修复（用 fix <n> 预览）：'},
	'repl.explain.paste': {en: 'Paste the output; end with an empty line or Ctrl+D.', 'zh-CN': '粘贴输出内容；以空行或 Ctrl+D 结束。'},
	'repl.explain.nothing': {en: 'Nothing was pasted.', 'zh-CN': '没有粘贴任何内容。'},

	'repl.suppress.needReason': {en: 'expected a reason: suppress <id> <reason> [<until>]', 'zh-CN': '需要原因：suppress <id> <reason> [<until>]'},
	'repl.suppress.noFolder': {en: 'There is no config folder to keep suppressions in.', 'zh-CN': '没有可以保存忽略设置的配置目录。'},
	'repl.suppress.done': {en: '{id} suppressed: {reason} ({file})', 'zh-CN': '已忽略 {id}：{reason}（{file}）'},
	'repl.suppress.doneUntil': {en: '{id} suppressed until {until}: {reason} ({file})', 'zh-CN': '已忽略 {id}，直到 {until}：{reason}（{file}）'},
	'repl.lang.done': {en: 'Language: {language}. The checks run again in it.', 'zh-CN': '语言：{language}。检查将用该语言重新运行。'},

	'repl.help.heading': {en: 'Commands (help <command> for more):', 'zh-CN': '命令（help <command> 查看详情）：'},
	'repl.help.footer': {
		en: 'Tab completes commands, check ids, fix ids, journal entries, settings, layers and PATH entries. ↑/↓ recall earlier commands. Ctrl+C cancels the line or the running command; Ctrl+D leaves.',
		'zh-CN': 'Tab 可补全命令、检查项 id、修复 id、操作日志条目、设置名、层和 PATH 条目。↑/↓ 调出之前的命令。Ctrl+C 取消当前行或正在运行的命令；Ctrl+D 退出。',
	},
	'repl.help.summary': {en: 'this list, or the help of one command', 'zh-CN': '本列表，或某个命令的帮助'},
	'repl.help.help': {en: 'Without a command, every command in one line each.', 'zh-CN': '不带命令时，每个命令显示一行。'},
	'repl.check.summary': {en: 'run the checks again (all, or these)', 'zh-CN': '重新运行检查（全部或指定的）'},
	'repl.check.help': {en: 'Runs the named checks again (every check when none is named) and prints their results.', 'zh-CN': '重新运行指定的检查（未指定时运行全部）并输出结果。'},
	'repl.ls.summary': {en: 'every finding, or only the problems', 'zh-CN': '所有检查结果，或只看问题'},
	'repl.ls.help': {en: 'One line per check: its status, id and summary. "ls problems" shows warnings, errors and unknowns only.', 'zh-CN': '每项检查一行：状态、id 和摘要。“ls problems”只显示警告、错误和未知。'},
	'repl.show.summary': {en: 'a finding with its evidence and fixes', 'zh-CN': '某项检查结果及其证据和修复'},
	'repl.show.help': {en: 'Everything a check found: why it matters, the evidence (PATH, registry values, go env and where each value comes from, command output) and the fixes. Long output comes a screen at a time.', 'zh-CN': '检查发现的全部内容：为什么重要、证据（PATH、注册表值、go env 及每个值的来源、命令输出）和修复。较长的输出分屏显示。'},
	'repl.why.summary': {en: 'why a finding matters', 'zh-CN': '某项检查结果为什么重要'},
	'repl.why.help': {en: 'The reason behind a finding, its documentation and its fixes, without the evidence.', 'zh-CN': '检查结果背后的原因、文档和修复，不含证据。'},
	'repl.fix.summary': {en: 'preview a fix, confirm, apply, check again', 'zh-CN': '预览修复，确认，应用，重新检查'},
	'repl.fix.help': {
		en: 'Shows every change with its value before and after, asks y/N (and "yes" for what cannot be undone), applies it through the undo journal, and runs again the checks it affects. "fix <n>" applies the n-th fix offered after a failed go command or explain. In a script, --yes on the line confirms; --dry-run only shows.',
		'zh-CN': '显示每项修改前后的值，询问 y/N（无法撤销的操作需输入“yes”），通过操作日志应用修改，并重新运行受影响的检查。“fix <n>”应用 go 命令失败或 explain 之后提供的第 n 个修复。在脚本中用该行的 --yes 确认；--dry-run 只显示不修改。',
	},
	'repl.undo.summary': {en: 'take a journal entry back', 'zh-CN': '撤销一个操作日志条目'},
	'repl.undo.help': {
		en: 'Applies the inverse changes of an entry (the newest applied fix with "last"), newest first. Refuses when a value was changed since, showing before / ours / now; --force undoes anyway. The undo is journaled too.',
		'zh-CN': '按从新到旧的顺序应用某个条目的反向修改（用“last”表示最近应用的修复）。如果之后值被改动则拒绝，并显示之前/我们写入的/现在的值；--force 强制撤销。撤销本身也会记录在操作日志中。',
	},
	'repl.journal.summary': {en: 'every fix and undo made on this machine', 'zh-CN': '本机进行过的所有修复和撤销'},
	'repl.journal.help': {en: 'The undo journal, newest first, with the entries a crash left half done.', 'zh-CN': '操作日志，最新的在前，包括崩溃后遗留的未完成条目。'},
	'repl.env.summary': {en: 'Go settings, and every layer that sets one', 'zh-CN': 'Go 设置，以及设置它的每一层'},
	'repl.env.help': {
		en: 'Without names: every setting the checks trace and where it comes from. With names: each layer in the order go reads them (this process, the registry on Windows, shell profiles, the go env file, $GOROOT/go.env, the default), the one go uses marked.',
		'zh-CN': '不带名称时：列出检查跟踪的每个设置及其来源。带名称时：按 go 读取的顺序列出每一层（当前进程、Windows 的注册表、shell 配置文件、go env 配置文件、$GOROOT/go.env、默认值），并标出 go 实际使用的那一层。',
	},
	'repl.set.summary': {en: 'change a Go setting or proxy variable, journaled', 'zh-CN': '修改 Go 设置或代理变量，记入操作日志'},
	'repl.set.help': {
		en: 'Writes NAME=VALUE in one layer: go-env-file (go env -w), registry-user or registry-system (Windows), shell-profile (elsewhere). Without "in <layer>", the layer the current value comes from, else the go env file (a proxy variable: the user environment or the profile). Previewed, confirmed and journaled like a fix; undo takes it back.',
		'zh-CN': '在某一层写入 NAME=VALUE：go-env-file（go env -w）、registry-user 或 registry-system（Windows）、shell-profile（其他系统）。不写“in <layer>”时，写入当前值所在的层，否则写入 go env 配置文件（代理变量写入用户环境变量或配置文件）。与修复一样先预览、确认并记入操作日志；可用 undo 撤销。',
	},
	'repl.unset.summary': {en: 'remove a setting from one layer, journaled', 'zh-CN': '从某一层删除设置，记入操作日志'},
	'repl.unset.help': {
		en: 'Removes NAME from one layer (by default the one go uses now); the layer below then gives its value. Previewed, confirmed and journaled like a fix.',
		'zh-CN': '从某一层删除 NAME（默认是 go 当前使用的那一层）；之后由下一层提供值。与修复一样先预览、确认并记入操作日志。',
	},
	'repl.path.summary': {en: 'PATH with origins; add, remove or move an entry', 'zh-CN': '带来源的 PATH；添加、删除或移动条目'},
	'repl.path.help': {
		en: 'Without words: every PATH entry in order, where it comes from, and the Go tools in it. add/rm/mv change the user PATH (the registry on Windows, a line of the shell profile elsewhere), previewed and journaled like a fix. An entry is its number or its text.',
		'zh-CN': '不带参数时：按顺序列出每个 PATH 条目、来源及其中的 Go 工具。add/rm/mv 修改用户 PATH（Windows 上是注册表，其他系统是 shell 配置文件中的一行），与修复一样先预览并记入操作日志。条目可以用编号或文本表示。',
	},
	'repl.which.summary': {en: 'every copy of a tool on PATH, and the one that runs', 'zh-CN': 'PATH 中某个工具的所有副本，以及实际运行的那个'},
	'repl.which.help': {en: 'Every copy of go, gofmt, gopls, dlv, gcc or git on PATH, in search order, with its version and where it comes from.', 'zh-CN': '按搜索顺序列出 PATH 中 go、gofmt、gopls、dlv、gcc 或 git 的每个副本，以及版本和来源。'},
	'repl.go.summary': {en: 'run your go; on failure, the causes and fixes', 'zh-CN': '运行你的 go；失败时给出原因和修复'},
	'repl.go.help': {
		en: 'Runs the go your shell would run, with your environment (GOTOOLCHAIN included: it is your command), in the current folder, its output as it comes. If it fails, the likely causes are named and their fixes offered by number (fix <n>). Ctrl+C interrupts it.',
		'zh-CN': '用你的环境（包括 GOTOOLCHAIN：这是你的命令）在当前目录运行你的 shell 会运行的 go，并实时显示输出。失败时给出可能的原因，并按编号提供修复（fix <n>）。Ctrl+C 可中断它。',
	},
	'repl.explain.summary': {en: 'what a pasted error means, and the fix', 'zh-CN': '粘贴的错误是什么意思，以及修复'},
	'repl.explain.help': {en: 'Reads pasted output until an empty line or Ctrl+D, names the likely causes, and offers fixes by number.', 'zh-CN': '读取粘贴的输出，直到空行或 Ctrl+D，给出可能的原因并按编号提供修复。'},
	'repl.report.summary': {en: 'the Markdown report, to share', 'zh-CN': '可分享的 Markdown 报告'},
	'repl.report.help': {en: 'Every finding with its evidence as Markdown, personal data masked; -o writes it to a file.', 'zh-CN': '所有检查结果及证据，以 Markdown 输出，个人数据已屏蔽；-o 写入文件。'},
	'repl.snapshot.summary': {en: 'record this machine for someone who helps you', 'zh-CN': '记录本机信息，供帮助你的人使用'},
	'repl.snapshot.help': {en: 'Runs every check through a recorder and writes what they read, secrets left out (--anonymize also masks names).', 'zh-CN': '通过记录器运行所有检查，并写下它们读取的内容，不含机密信息（--anonymize 还会屏蔽名称）。'},
	'repl.suppress.summary': {en: 'live with a finding, with a reason', 'zh-CN': '带原因地忽略某项检查结果'},
	'repl.suppress.help': {en: 'Keeps the finding visible but no longer counted, with a reason and an optional expiry (30d, 2w, or a date).', 'zh-CN': '检查结果仍然可见但不再计数，需要原因，可选有效期（30d、2w 或日期）。'},
	'repl.lang.summary': {en: 'speak English or Simplified Chinese', 'zh-CN': '切换英文或简体中文'},
	'repl.lang.help': {en: 'Switches the language of the REPL; the checks run again so their words follow.', 'zh-CN': '切换 REPL 的语言；检查会重新运行，以便其文字也随之切换。'},
	'repl.quit.summary': {en: 'leave (Ctrl+D does too)', 'zh-CN': '退出（也可以按 Ctrl+D）'},
	'repl.quit.help': {en: 'Leaves the REPL. A change under way finishes first.', 'zh-CN': '退出 REPL。正在进行的修改会先完成。'},

	// The checklist's `:` line.
	'context.command': {en: 'The command line (:)', 'zh-CN': '命令行（:）'},
	'key.command': {en: 'command line', 'zh-CN': '命令行'},
	'key.runCommand': {en: 'run', 'zh-CN': '运行'},
	'key.complete': {en: 'complete', 'zh-CN': '补全'},
	'key.historyBack': {en: 'earlier command', 'zh-CN': '上一条命令'},
	'key.historyForward': {en: 'later command', 'zh-CN': '下一条命令'},
	'key.closeCommand': {en: 'close', 'zh-CN': '关闭'},
	'ui.command.unavailable': {en: 'The command line is not available here (a snapshot of another machine).', 'zh-CN': '这里不能使用命令行（另一台机器的快照）。'},
	'ui.command.busy': {en: 'A command runs: Ctrl+C stops it.', 'zh-CN': '命令正在运行：按 Ctrl+C 停止。'},
	'ui.command.hint': {en: 'Commands of goenv-tui repl: help lists them.', 'zh-CN': 'goenv-tui repl 的命令：输入 help 查看列表。'},
} as const satisfies Catalog;
