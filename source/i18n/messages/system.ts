import type {Catalog} from '../catalog.js';

/**
 * What the System port keeps of an error, in words: a file that could not be read (not the
 * same as absent), a program that ended by a signal or never started, output that was cut.
 */
export const system = {
	'probe.go-env-file.unreadable': {
		en: '{path} is there but cannot be read ({code}): what it sets is unknown',
		'zh-CN': '{path} 存在但无法读取（{code}）：其中的设置未知',
	},
	'probe.go-env-file.state.unreadable': {en: 'cannot be read ({code})', 'zh-CN': '无法读取（{code}）'},
	'evidence.signalled': {en: 'ended by {signal}', 'zh-CN': '被 {signal} 终止'},
	'evidence.notStarted': {en: 'did not start: {code}', 'zh-CN': '未能启动：{code}'},
	'evidence.truncated': {en: 'output cut at 4 MB', 'zh-CN': '输出已在 4 MB 处截断'},
	// Why a file or folder could not be read or looked at, in words (the code kept for support).
	'readReason.EACCES': {en: 'permission denied (EACCES)', 'zh-CN': '权限不足（EACCES）'},
	'readReason.EPERM': {en: 'operation not permitted (EPERM)', 'zh-CN': '不允许此操作（EPERM）'},
	'readReason.EISDIR': {en: 'it is a folder, not a file (EISDIR)', 'zh-CN': '它是目录而不是文件（EISDIR）'},
	'readReason.EIO': {en: 'the disk reported an input/output error (EIO)', 'zh-CN': '磁盘报告输入/输出错误（EIO）'},
	'readReason.ELOOP': {en: 'its symbolic links go round in a loop (ELOOP)', 'zh-CN': '符号链接形成循环（ELOOP）'},
	'readReason.EFBIG': {en: 'too big to read (EFBIG)', 'zh-CN': '文件过大，无法读取（EFBIG）'},
	'readReason.other': {en: 'error {code}', 'zh-CN': '错误 {code}'},
	'readReason.item': {en: '{file}: {reason}', 'zh-CN': '{file}：{reason}'},
	'probe.profiles.unreadable': {
		en: 'shell profiles that could not be read, so what they set is unknown: {list}',
		'zh-CN': '以下 shell 配置文件无法读取，其中的设置未知：{list}',
	},
	'setting.note.profileUnreadable': {en: 'a profile that could not be read may set it too ({list})', 'zh-CN': '无法读取的配置文件也可能设置了它（{list}）'},
	'probe.gobin-on-path.profileUnknown': {
		en: '{folder} is not on PATH in this shell, and whether a new shell adds it is unknown: {list} could not be read',
		'zh-CN': '{folder} 不在当前 shell 的 PATH 中；新 shell 是否会加入它未知：无法读取 {list}',
	},
	'probe.go-on-path.profileUnknown': {
		en: '{install} is not on PATH in this shell, and whether a new shell adds it is unknown: {list} could not be read',
		'zh-CN': '{install} 不在当前 shell 的 PATH 中；新 shell 是否会加入它未知：无法读取 {list}',
	},
	'fixes.blocker.profileUnreadable': {
		en: '{file} cannot be read ({reason}): a profile that cannot be read is never edited',
		'zh-CN': '无法读取 {file}（{reason}）：不会修改无法读取的配置文件',
	},
	'fixes.blocker.fileUnreadable': {
		en: '{file} cannot be read ({reason}): a file that cannot be read is never edited',
		'zh-CN': '无法读取 {file}（{reason}）：不会修改无法读取的文件',
	},
	'fixes.value.unreadableFile': {en: 'cannot be read ({reason})', 'zh-CN': '无法读取（{reason}）'},
	'pathMark.unreadable': {en: 'cannot be looked at', 'zh-CN': '无法查看'},
	'probe.path-hygiene.unreadable': {
		en: 'entries that could not be looked at: {count} ({list}); whether they exist is unknown, so none is removed',
		'zh-CN': '{count} 个条目无法查看（{list}）；是否存在未知，因此不会删除',
	},
} as const satisfies Catalog;
