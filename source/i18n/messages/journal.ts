import type {Catalog} from '../catalog.js';

/**
 * The undo journal's own sentences: why a file could not be used (moved aside), why a
 * process stops writing, waiting for another goenv-tui. Kept as keys in the journal and
 * rendered in the language in use.
 */
export const journal = {
	'journal.invalid.detail': {en: 'it is not a journal this version can read: {detail}', 'zh-CN': '它不是当前版本能读取的操作日志：{detail}'},
	'journal.invalid.notObject': {en: 'it is not a JSON object', 'zh-CN': '它不是 JSON 对象'},
	'journal.invalid.noVersion': {en: 'it has no schemaVersion', 'zh-CN': '它没有 schemaVersion'},
	'journal.invalid.duplicateId': {en: 'two entries have the number {id}', 'zh-CN': '有两个条目的编号都是 {id}'},
	'journal.invalid.nextId': {
		en: 'its next entry number ({nextId}) is not above entry {id}, so new entries would repeat numbers',
		'zh-CN': '它的下一个条目编号（{nextId}）不大于条目 {id}，新条目会与旧条目重号',
	},
	'journal.invalid.folder': {en: 'it is a folder, not a file', 'zh-CN': '它是目录而不是文件'},
	'journal.invalid.tooBig': {en: 'it is larger than 32 MB', 'zh-CN': '它大于 32 MB'},
	'journal.invalid.unreadable': {en: 'it cannot be read ({code})', 'zh-CN': '无法读取它（{code}）'},
	'journal.invalid.notJson': {en: 'it is not valid JSON ({message})', 'zh-CN': '它不是有效的 JSON（{message}）'},
	'journal.invalid.lockFile': {en: 'a plain file was where the journal lock goes ({file})', 'zh-CN': '操作日志锁的位置上有一个普通文件（{file}）'},
	'journal.unwritable': {
		en: 'the journal folder {dir} cannot be written ({code}): no fix can be applied or undone until it can',
		'zh-CN': '无法写入操作日志目录 {dir}（{code}）：在可以写入之前，无法应用或撤销任何修复',
	},
	'journal.unusable': {
		en: 'the journal {file} cannot be used ({reason}) nor moved aside ({code})',
		'zh-CN': '操作日志 {file} 无法使用（{reason}），也无法移到一旁（{code}）',
	},
	'journal.writeFailed': {en: 'the journal {file} could not be written: {reason}', 'zh-CN': '无法写入操作日志 {file}：{reason}'},
	'journal.reason.ENOSPC': {en: 'the disk is full (ENOSPC)', 'zh-CN': '磁盘已满（ENOSPC）'},
	'journal.reason.EROFS': {en: 'the file system is read-only (EROFS)', 'zh-CN': '文件系统为只读（EROFS）'},
	'journal.reason.EACCES': {en: 'permission denied (EACCES)', 'zh-CN': '权限不足（EACCES）'},
	'journal.reason.EPERM': {en: 'operation not permitted (EPERM)', 'zh-CN': '不允许此操作（EPERM）'},
	'journal.reason.other': {en: 'error {code}', 'zh-CN': '错误 {code}'},
	'journal.lost.entryGone': {en: 'journal entry {id} is no longer in the journal: this process changes nothing more', 'zh-CN': '操作日志中已没有条目 {id}：此进程不再做任何修改'},
	'journal.lost.entrySettled': {
		en: 'journal entry {id} was settled by another goenv-tui meanwhile (now {status}): this process changes nothing more',
		'zh-CN': '条目 {id} 在此期间已被另一个 goenv-tui 处理（现为 {status}）：此进程不再做任何修改',
	},
	'journal.lost.claim': {
		en: 'another goenv-tui (process {pid}) took over the journal while this one was stopped: this process changes nothing more',
		'zh-CN': '在此进程暂停期间，另一个 goenv-tui（进程 {pid}）接管了操作日志：此进程不再做任何修改',
	},
	'journal.lost.claimGone': {
		en: 'another goenv-tui took over the journal while this one was stopped, and has finished since: this process changes nothing more',
		'zh-CN': '在此进程暂停期间，另一个 goenv-tui 接管了操作日志并已完成：此进程不再做任何修改',
	},
	'journal.lost.lock': {
		en: 'the journal lock was taken from this process while it was stopped: it writes nothing more ({file})',
		'zh-CN': '此进程暂停期间，操作日志锁被取走：它不再写入任何内容（{file}）',
	},
	'journal.lost.generation': {
		en: 'the journal changed under this process while it held the lock: it writes nothing more ({file})',
		'zh-CN': '此进程持有锁期间操作日志被改动：它不再写入任何内容（{file}）',
	},
	'journal.lockTimeout': {
		en: 'the journal is locked by goenv-tui process {pid} on {host}, which has kept it for more than {seconds} s (is it stopped, e.g. with Ctrl+Z?); nothing was changed',
		'zh-CN': '操作日志被 {host} 上的 goenv-tui 进程 {pid} 锁定，已超过 {seconds} 秒（它是否被 Ctrl+Z 等暂停？）；未做任何修改',
	},
	'journal.waiting': {
		en: 'Waiting for another goenv-tui (process {pid} on {host}, since {since}) to finish its fix; at most {seconds} s…',
		'zh-CN': '正在等待另一个 goenv-tui（{host} 上的进程 {pid}，始于 {since}）完成其修复，最多 {seconds} 秒……',
	},
	'journal.aborted': {
		en: 'Entry {id}: stopped, nothing more changed: {reason}. Run "{name} journal" to see where it stands.',
		'zh-CN': '条目 {id}：已停止，未再做任何修改：{reason}。运行“{name} journal”查看其状态。',
	},
	'journal.settleFailed': {
		en: 'Entry {id} could not be settled in the journal ({reason}): it stays pending; once the journal can be written, run "{name} journal --rollback {id}" or "{name} journal --resolve {id}".',
		'zh-CN': '无法在操作日志中结算条目 {id}（{reason}）：它仍为待处理；待操作日志可写后，运行“{name} journal --rollback {id}”或“{name} journal --resolve {id}”。',
	},
	'fixes.value.unreadable': {en: '(a change this version cannot show: {message})', 'zh-CN': '（当前版本无法显示的修改：{message}）'},
	'ui.run.outcome.aborted': {en: 'Stopped: this goenv-tui lost the journal and changed nothing more.', 'zh-CN': '已停止：此 goenv-tui 失去了操作日志，未再做任何修改。'},
} as const satisfies Catalog;
