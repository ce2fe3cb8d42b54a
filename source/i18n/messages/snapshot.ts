import type {Catalog} from '../catalog.js';

/** `snapshot`, `--from` (diagnosing a snapshot or a pasted go env), and reading input files. */
export const snapshot = {
	'snapshot.help': {
		en: `  {name} snapshot [-o <file>] [--anonymize] [--offline]
      Records every fact the checks read on this machine into one JSON file, for
      someone who helps you: they diagnose it with "{name} check --from <file>".
      Tokens, passwords and credentials in URLs are never written to it.
      Its format is schemas/snapshot.schema.json.
      -o, --output  the file (default goenv-tui-snapshot-<machine>-<time>.json; - for stdout)
      --anonymize   also replace your user name and home folder in paths, and the machine name
      --offline     skip the checks that use the network`,
		'zh-CN': `  {name} snapshot [-o <文件>] [--anonymize] [--offline]
      把各项检查在本机读取到的全部信息记录到一个 JSON 文件中，交给帮你排查的人：
      对方用“{name} check --from <文件>”即可诊断。
      令牌、密码以及 URL 中的凭据永远不会写入该文件。格式见 schemas/snapshot.schema.json。
      -o, --output  输出文件（默认 goenv-tui-snapshot-<机器名>-<时间>.json；- 表示标准输出）
      --anonymize   同时替换路径中的用户名和主目录，以及机器名
      --offline     跳过需要联网的检查`,
	},
	'snapshot.written': {
		en: 'Snapshot of this machine written to {file} ({count} facts; secrets removed). Send it to whoever helps you; they run: {command}',
		'zh-CN': '本机快照已写入 {file}（共 {count} 项信息；已去除机密信息）。把它发给帮你排查的人，对方运行：{command}',
	},
	'snapshot.written.anonymized': {
		en: 'Snapshot of this machine written to {file} ({count} facts; secrets removed; user name, home folder and machine name replaced). Send it to whoever helps you; they run: {command}',
		'zh-CN': '本机快照已写入 {file}（共 {count} 项信息；已去除机密信息，并替换了用户名、主目录和机器名）。把它发给帮你排查的人，对方运行：{command}',
	},
	'snapshot.cannotWrite': {en: 'cannot write {file}: {message}', 'zh-CN': '无法写入 {file}：{message}'},
	'snapshot.notInSnapshot': {en: '(not in the snapshot)', 'zh-CN': '（快照中没有）'},
	'snapshot.notInPaste': {en: '(not shown in the paste)', 'zh-CN': '（粘贴内容中没有）'},

	'from.header.snapshot': {
		en: 'Snapshot of {host} ({os} {release}, {arch}), taken {time}, from {file}. Replayed here: nothing was run, and fixes are instructions to type on that machine.',
		'zh-CN': '快照来自 {host}（{os} {release}，{arch}），生成于 {time}，文件 {file}。此处为回放：没有运行任何程序，修复方法是要在那台机器上输入的命令。',
	},
	'from.header.goEnv': {
		en: 'A pasted go env ({shape}, lines {start}–{end} of {file}) from {os} ({arch}); machine and time unknown. Only what the paste shows is known: a check that needs more says what the paste does not show. Fixes are instructions to type on that machine.',
		'zh-CN': '粘贴的 go env 输出（{shape}，{file} 的第 {start}–{end} 行），来自 {os}（{arch}）；机器和时间未知。这里只知道粘贴内容显示的信息：需要更多信息的检查会说明粘贴内容缺少什么。修复方法是要在那台机器上输入的命令。',
	},
	'from.header.partial': {
		en: 'It is a partial list ({count} Go settings), not all that go env prints: the settings it leaves out are unknown, not unset.',
		'zh-CN': '这是不完整的列表（{count} 项 Go 设置），不是 go env 输出的全部：没有列出的设置是未知，而不是未设置。',
	},
	'from.header.version': {
		en: 'Judged as Go {version} (from {where}).',
		'zh-CN': '按 Go {version} 的规则判断（依据：{where}）。',
	},
	'from.header.noVersion': {
		en: 'The paste does not show which Go it came from (no GOVERSION, no go version line): settings are judged by the rules of current Go.',
		'zh-CN': '粘贴内容没有显示来自哪个 Go 版本（没有 GOVERSION，也没有 go version 行）：按当前 Go 的规则判断各项设置。',
	},
	'from.versionFrom.GOVERSION': {en: 'GOVERSION', 'zh-CN': 'GOVERSION'},
	'from.versionFrom.go-version-line': {en: 'the go version line {line}', 'zh-CN': '第 {line} 行的 go version'},
	'from.errorsInText': {
		en: 'The text also holds errors ({classes}); for what they mean and the fix: {command}',
		'zh-CN': '这段文本中还有报错（{classes}）；要了解含义和解决办法，请运行：{command}',
	},
	'from.title.snapshot': {en: 'snapshot of {host} ({os}), {time}', 'zh-CN': '{host}（{os}）的快照，{time}'},
	'from.title.goEnv': {en: 'a pasted go env from {os} ({arch})', 'zh-CN': '粘贴的 go env，来自 {os}（{arch}）'},
	'from.unknownHost': {en: 'an unnamed machine', 'zh-CN': '未命名的机器'},
	'from.unknownTime': {en: 'at an unknown time', 'zh-CN': '时间未知'},
	'from.shape.windows-set': {en: 'Windows "set NAME=value" lines', 'zh-CN': 'Windows 的“set NAME=value”行'},
	'from.shape.unix': {en: '"NAME=\'value\'" lines', 'zh-CN': '“NAME=\'value\'”行'},
	'from.shape.json': {en: 'go env -json', 'zh-CN': 'go env -json'},
	'from.shape.shell': {en: 'settings as typed or exported (export, setenv, $env:, NAME=value)', 'zh-CN': '手写或导出的设置（export、setenv、$env:、NAME=value）'},
	'from.notRecognised': {
		en: "{file} is neither a goenv-tui snapshot nor go env output. Expected a file written by \"goenv-tui snapshot\", or the output of go env in one of its shapes: \"set NAME=value\" lines (Windows), \"NAME='value'\" lines (Linux, macOS) or go env -json; surrounding chat text is fine.",
		'zh-CN': "{file} 既不是 goenv-tui 快照，也不是 go env 的输出。需要的是“goenv-tui snapshot”生成的文件，或者 go env 任一形式的输出：“set NAME=value”行（Windows）、“NAME='value'”行（Linux、macOS）或 go env -json；夹杂聊天文字也没关系。",
	},
	'from.tooNew': {
		en: '{file} is a snapshot of format version {version}; this goenv-tui reads version {supported}. Update goenv-tui to read it.',
		'zh-CN': '{file} 是格式版本 {version} 的快照；当前 goenv-tui 只能读取版本 {supported}。请更新 goenv-tui 后再读取。',
	},
	'from.invalid': {
		en: '{file} is a goenv-tui snapshot, but its "{field}" is missing or malformed',
		'zh-CN': '{file} 是 goenv-tui 快照，但其中的“{field}”缺失或格式错误',
	},
	'from.badGoEnvSection': {
		en: 'the "go_env" section of {file} is not go env output (set lines, NAME=\'value\' lines or go env -json)',
		'zh-CN': '{file} 中的“go_env”部分不是 go env 的输出（set 行、NAME=\'value\' 行或 go env -json）',
	},
	'from.pastePrompt': {
		en: 'Paste the text, then press Ctrl+D (on Windows: Ctrl+Z, then Enter).',
		'zh-CN': '请粘贴文本，然后按 Ctrl+D（Windows 上：先按 Ctrl+Z，再按回车）。',
	},
	'input.unreadable': {en: 'cannot read {file}', 'zh-CN': '无法读取 {file}'},
	'input.empty': {en: '{file} is empty', 'zh-CN': '{file} 是空的'},
	'input.tooLarge': {en: '{file} is larger than {limit}: a pasted go env, a snapshot or a build log is far smaller', 'zh-CN': '{file} 超过 {limit}：粘贴的 go env、快照或构建日志都远小于此'},
	'input.binary': {en: '{file} is not text (it holds NUL bytes)', 'zh-CN': '{file} 不是文本（含有 NUL 字节）'},
	'input.stopped': {en: 'stopped before {file} was read to its end', 'zh-CN': '在读完 {file} 之前已停止'},
} as const satisfies Catalog;
