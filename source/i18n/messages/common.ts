import type {Catalog} from '../catalog.js';

/** Words shared by every screen and report: statuses, families, engine outcomes. */
export const common = {
	'status.ok': {en: 'ok', 'zh-CN': '正常'},
	'status.info': {en: 'info', 'zh-CN': '提示'},
	'status.warn': {en: 'warning', 'zh-CN': '警告'},
	'status.error': {en: 'error', 'zh-CN': '错误'},
	'status.unknown': {en: 'unknown', 'zh-CN': '未知'},
	'status.skipped': {en: 'skipped', 'zh-CN': '已跳过'},
	'status.failed': {en: 'failed', 'zh-CN': '检查失败'},
	'status.pending': {en: 'pending', 'zh-CN': '等待中'},
	'status.running': {en: 'running', 'zh-CN': '检查中'},

	'family.toolchain': {en: 'Go toolchain', 'zh-CN': 'Go 工具链'},
	'family.environment': {en: 'PATH & environment', 'zh-CN': 'PATH 与环境变量'},
	'family.network': {en: 'Network & modules', 'zh-CN': '网络与模块'},
	'family.git': {en: 'Git', 'zh-CN': 'Git'},
	'family.cgo': {en: 'C toolchain', 'zh-CN': 'C 工具链'},
	'family.editor': {en: 'Editor tools', 'zh-CN': '编辑器工具'},
	'family.windows': {en: 'Windows', 'zh-CN': 'Windows'},

	'engine.skipped.platform': {en: 'does not apply here (only on {platforms})', 'zh-CN': '不适用于本系统（仅适用于 {platforms}）'},
	'engine.skipped.offline': {en: 'skipped (offline)', 'zh-CN': '已跳过（离线模式）'},
	'engine.skipped.blocked': {en: 'skipped: blocked by {id}', 'zh-CN': '已跳过：前置检查 {id} 未通过'},
	'engine.failed.timeout': {en: 'the check did not finish within {seconds} s', 'zh-CN': '检查未能在 {seconds} 秒内完成'},
	'engine.failed.cancelled': {en: 'the check was cancelled', 'zh-CN': '检查已取消'},
	'engine.failed.threw': {en: 'the check itself failed: {message}', 'zh-CN': '检查本身出错：{message}'},
	'engine.evidence.error': {en: 'Error', 'zh-CN': '错误详情'},

	'evidence.command': {en: 'Command', 'zh-CN': '命令'},
	'evidence.exitCode': {en: 'exit code', 'zh-CN': '退出码'},
	'evidence.stdout': {en: 'stdout', 'zh-CN': '标准输出'},
	'evidence.stderr': {en: 'stderr', 'zh-CN': '标准错误'},
	'evidence.timedOut': {en: 'timed out', 'zh-CN': '已超时'},
	'evidence.none': {en: '(none)', 'zh-CN': '（无）'},
	'evidence.empty': {en: '(empty)', 'zh-CN': '（空）'},
	'evidence.notSet': {en: '(not set)', 'zh-CN': '（未设置）'},

	'source.process': {en: 'process environment', 'zh-CN': '当前进程环境'},
	'source.registry-user': {en: 'user environment (registry)', 'zh-CN': '用户环境变量（注册表）'},
	'source.registry-system': {en: 'system environment (registry)', 'zh-CN': '系统环境变量（注册表）'},
	'source.shell-profile': {en: 'shell profile', 'zh-CN': 'shell 配置文件'},
	'source.go-env-file': {en: 'go env file', 'zh-CN': 'go env 配置文件'},
	'source.goroot-go-env': {en: '$GOROOT/go.env', 'zh-CN': '$GOROOT/go.env'},
	'source.inferred': {en: 'inferred by go', 'zh-CN': '由 go 自动推断'},
	'source.default': {en: 'default', 'zh-CN': '默认值'},
	'source.goroot-go-env-unreadable': {en: "unknown: $GOROOT/go.env or go's default", 'zh-CN': '未知：$GOROOT/go.env 或 go 的默认值'},
	// Only a pasted go env (or a snapshot without the environment) leaves the place unknown.
	'source.unknown': {en: 'pasted go env, which does not say where it was set', 'zh-CN': '粘贴的 go env 输出（看不出是在哪里设置的）'},

	'column.name': {en: 'name', 'zh-CN': '名称'},
	'column.value': {en: 'value', 'zh-CN': '值'},
	'column.source': {en: 'source', 'zh-CN': '来源'},
	'column.path': {en: 'path', 'zh-CN': '路径'},
	'column.version': {en: 'version', 'zh-CN': '版本'},
	'column.note': {en: 'note', 'zh-CN': '备注'},

	// How pieces of text are put together (source/i18n/index.ts: joinList, joinClauses, withNote).
	'text.listSeparator': {en: ', ', 'zh-CN': '、'},
	'text.clauseSeparator': {en: '; ', 'zh-CN': '；'},
	'text.withNote': {en: '{text} ({note})', 'zh-CN': '{text}（{note}）'},
	'text.labelled': {en: '{label}: {value}', 'zh-CN': '{label}：{value}'},
	'text.heading': {en: '{label}:', 'zh-CN': '{label}：'},
	'text.inParens': {en: '({text})', 'zh-CN': '（{text}）'},
	'evidence.moreLines': {en: '… (+{count} lines)', 'zh-CN': '……（另有 {count} 行）'},
} as const satisfies Catalog;
