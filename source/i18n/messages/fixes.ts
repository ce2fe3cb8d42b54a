import type {Catalog} from '../catalog.js';

/** Fixes, undo and the journal: previews, progress, outcomes, and the fix/undo/journal commands. */
export const fixes = {
	// Why a fix cannot be applied here.
	'fixes.blocker.noGo': {en: 'no go command was found on PATH', 'zh-CN': '在 PATH 中找不到 go 命令'},
	'fixes.blocker.noGit': {en: 'no git command was found on PATH', 'zh-CN': '在 PATH 中找不到 git 命令'},
	'fixes.blocker.goenvOff': {en: 'GOENV=off: there is no go env file to change', 'zh-CN': 'GOENV=off：没有可修改的 go env 配置文件'},
	'fixes.blocker.goenvMoved': {
		en: 'the go env file is now {now}, not {file}: run the check again',
		'zh-CN': 'go env 配置文件现在是 {now}，而不是 {file}：请重新运行检查',
	},
	'fixes.blocker.emptyPath': {en: 'refusing to write an empty PATH', 'zh-CN': '拒绝写入空的 PATH'},
	'fixes.blocker.tooLong': {
		en: '{name} would be {length} characters, over the Windows limit of {max}',
		'zh-CN': '{name} 将有 {length} 个字符，超过 Windows 的上限 {max}',
	},
	'fixes.blocker.nul': {en: 'the new value of {name} contains a NUL character', 'zh-CN': '{name} 的新值包含 NUL 字符'},
	'fixes.blocker.windowsOnly': {en: 'this change exists on Windows only', 'zh-CN': '此项修改仅适用于 Windows'},
	'fixes.blocker.unixOnly': {en: 'shell profile lines are changed on Linux and macOS only', 'zh-CN': 'shell 配置文件中的行仅在 Linux 和 macOS 上修改'},
	'fixes.blocker.hive': {en: 'only HKCU and HKLM values are changed, not {key}', 'zh-CN': '只修改 HKCU 和 HKLM 下的值，不修改 {key}'},
	'fixes.blocker.pathEdit': {
		en: 'the PATH change is not a clean edit of the current value ({problem})',
		'zh-CN': '这项 PATH 修改无法干净地套用到当前值上（{problem}）',
	},
	'fixes.blocker.goEnvValue': {
		en: 'go env -w would refuse a value of this change ({problem}), so it could not be applied or undone',
		'zh-CN': 'go env -w 会拒绝这项修改中的一个值（{problem}），因此无法应用或撤销',
	},
	'fixes.blocker.manualOnly': {
		en: 'this fix cannot be applied automatically; run the commands shown instead',
		'zh-CN': '此修复无法自动应用，请改为运行下面列出的命令',
	},
	'fixes.blocker.noContent': {en: 'the fix does not say what to write to {file}', 'zh-CN': '此修复没有给出要写入 {file} 的内容'},
	'fixes.blocker.noProgram': {en: 'the program {program} was not found on PATH', 'zh-CN': '在 PATH 中找不到程序 {program}'},
	'fixes.blocker.gitSystem': {
		en: 'the system git config needs administrator rights; run the command shown in an elevated terminal',
		'zh-CN': '修改系统级 git 配置需要管理员权限，请在以管理员身份运行的终端中执行所示命令',
	},
	'fixes.blocker.gitRepo': {en: 'a local git config change needs the repository folder', 'zh-CN': '修改仓库级 git 配置需要指定仓库目录'},
	'fixes.blocker.gitMulti': {
		en: '{key} has {count} values at this scope; one value could not restore them all',
		'zh-CN': '{key} 在此作用域下有 {count} 个值，只记录一个值无法全部恢复',
	},
	'fixes.blocker.pending': {
		en: 'entry {id} was interrupted; roll it back or mark it resolved first',
		'zh-CN': '条目 {id} 曾被中断，请先回滚或标记为已处理',
	},
	'fixes.blocker.undone': {en: 'entry {id} was already undone (by entry {by})', 'zh-CN': '条目 {id} 已被撤销（由条目 {by} 撤销）'},
	'fixes.blocker.failedEntry': {en: 'entry {id} failed and was rolled back: there is nothing to undo', 'zh-CN': '条目 {id} 执行失败并已回滚，没有可撤销的内容'},
	'fixes.blocker.nothingToUndo': {en: 'entry {id} changed nothing that can be undone', 'zh-CN': '条目 {id} 没有可撤销的改动'},
	'fixes.blocker.sealedMissing': {
		en: 'the exact values of entry {id} (kept apart from the journal because they hold secrets) are missing',
		'zh-CN': '条目 {id} 的确切值（因含有机密信息而与操作日志分开保存）已丢失',
	},

	// A step that failed.
	'fixes.error.command': {en: '{command} failed ({detail})', 'zh-CN': '{command} 执行失败（{detail}）'},
	'fixes.error.verify': {
		en: 'after writing, {label} reads "{now}", not the value written',
		'zh-CN': '写入后读回的 {label} 为“{now}”，与写入的值不一致',
	},
	'fixes.error.lineMissing': {en: 'the line "{line}" is no longer in {file}', 'zh-CN': '{file} 中已没有“{line}”这一行'},
	'fixes.error.lineAmbiguous': {
		en: 'the line "{line}" appears more than once in {file}; edit it by hand',
		'zh-CN': '“{line}”在 {file} 中出现了多次，请手动修改',
	},
	'fixes.error.folderNotEmpty': {en: '{path} is not empty any more, so it is left in place', 'zh-CN': '{path} 已不是空目录，因此保留'},
	'fixes.error.noBackup': {en: 'there is no backup copy of {file} to restore', 'zh-CN': '没有 {file} 的备份可供恢复'},
	'fixes.error.adminOnly': {en: 'this change runs only in the elevated script', 'zh-CN': '此项修改只能在以管理员身份运行的脚本中执行'},
	'fixes.error.elevated': {en: 'the elevated script failed: {message}', 'zh-CN': '以管理员身份运行的脚本执行失败：{message}'},
	'fixes.error.irreversible': {en: 'this change cannot be undone', 'zh-CN': '此项修改无法撤销'},

	// Values as a preview shows them.
	'fixes.value.absent': {en: '(absent)', 'zh-CN': '（不存在）'},
	'fixes.value.noFile': {en: '(no file)', 'zh-CN': '（文件不存在）'},
	'fixes.value.fileRemoved': {
		en: '(the file is deleted: it did not exist before the fix; if it was edited since, only this line is removed)',
		'zh-CN': '（删除该文件：修复之前它并不存在；若之后被编辑过，则只删除这一行）',
	},
	'fixes.value.bytes': {en: '{size} bytes, sha256 {sha}…', 'zh-CN': '{size} 字节，sha256 {sha}…'},
	'fixes.value.line': {en: 'line {number}: {line}', 'zh-CN': '第 {number} 行：{line}'},
	'fixes.value.lineNumber': {en: 'line {number}', 'zh-CN': '第 {number} 行'},
	'fixes.value.managedBlock': {en: 'in the goenv-tui block', 'zh-CN': '位于 goenv-tui 管理的区块中'},
	'fixes.value.needsAdmin': {en: '(cannot be read without administrator rights)', 'zh-CN': '（没有管理员权限无法读取）'},
	'fixes.value.folderExists': {en: 'folder exists', 'zh-CN': '目录已存在'},
	'fixes.value.noFolder': {en: '(no folder)', 'zh-CN': '（目录不存在）'},
	'fixes.value.notAFolder': {en: '(a file, not a folder)', 'zh-CN': '（是文件，不是目录）'},
	'fixes.value.credentialCached': {en: 'cached (user {user})', 'zh-CN': '已缓存（用户 {user}）'},
	'fixes.value.credentialGone': {en: 'not cached', 'zh-CN': '未缓存'},
	'fixes.value.cannotRead': {en: '(cannot be read back)', 'zh-CN': '（无法读回）'},
	'fixes.label.defender': {en: 'Microsoft Defender exclusion  {path}', 'zh-CN': 'Microsoft Defender 排除项  {path}'},

	// Refusals and outcomes.
	'fixes.refused.irreversible': {
		en: 'this fix includes a change that cannot be undone; confirm it separately',
		'zh-CN': '此修复包含无法撤销的修改，需要单独确认',
	},
	'fixes.refused.stale': {
		en: 'the machine changed since the check: run the check again before fixing',
		'zh-CN': '自检查以来本机已发生变化：请先重新运行检查再修复',
	},
	'fixes.refused.already': {en: 'the machine already looks the way this fix would leave it', 'zh-CN': '本机已经是此修复要达到的状态'},
	'fixes.refused.busy': {
		en: 'another goenv-tui (process {pid} on {host}, since {since}) is applying a fix; try again when it is done',
		'zh-CN': '另一个 goenv-tui（{host} 上的进程 {pid}，始于 {since}）正在应用修复，请在它完成后重试',
	},
	'fixes.refused.newer': {
		en: 'the journal was written by a newer goenv-tui (schemaVersion {version}); this one will not change it',
		'zh-CN': '操作日志由更新版本的 goenv-tui 写入（schemaVersion {version}），当前版本不会修改它',
	},
	'fixes.refused.journal': {en: 'the journal cannot be written: {message}', 'zh-CN': '无法写入操作日志：{message}'},
	'fixes.refused.noEntry': {en: 'there is no journal entry {id}', 'zh-CN': '操作日志中没有条目 {id}'},
	'fixes.refused.noLast': {en: 'there is no applied fix to undo (an undo is redone by its number)', 'zh-CN': '没有可撤销的已应用修复（要重做某次撤销，请指定其编号）'},
	'fixes.refused.changedJournal': {en: 'entry {id} was changed by another goenv-tui meanwhile', 'zh-CN': '条目 {id} 在此期间已被另一个 goenv-tui 修改'},
	'fixes.refused.notPending': {en: 'entry {id} is not an interrupted entry', 'zh-CN': '条目 {id} 不是被中断的条目'},
	'fixes.refused.stillRunning': {
		en: 'entry {id} is still being applied by process {pid}',
		'zh-CN': '进程 {pid} 仍在应用条目 {id}',
	},
	'fixes.outcome.cancelled': {en: 'cancelled at the administrator prompt', 'zh-CN': '已在管理员权限提示处取消'},
	'fixes.recovery.interrupted': {
		en: 'interrupted (the process stopped before it finished)',
		'zh-CN': '已中断（进程在完成前停止）',
	},
	'fixes.rollback.title': {en: 'rolling back', 'zh-CN': '回滚'},
	// The preview and the outcomes, as text.
	'fixes.text.fix': {en: 'Fix: {title}  [{id}, for {finding}]', 'zh-CN': '修复：{title}  [{id}，针对 {finding}]'},
	'fixes.text.undo': {en: 'Undo entry {id}: {title} (applied {time})', 'zh-CN': '撤销条目 {id}：{title}（应用于 {time}）'},
	'fixes.text.before': {en: 'before', 'zh-CN': '修改前'},
	'fixes.text.after': {en: 'after', 'zh-CN': '修改后'},
	'fixes.text.ours': {en: 'ours', 'zh-CN': '修复写入'},
	'fixes.text.now': {en: 'now', 'zh-CN': '现在'},
	'fixes.text.runs': {en: 'runs', 'zh-CN': '执行'},
	'fixes.text.touches': {en: 'touches', 'zh-CN': '涉及'},
	'fixes.text.admin': {en: 'needs administrator rights', 'zh-CN': '需要管理员权限'},
	'fixes.text.backup': {en: 'a backup copy is kept', 'zh-CN': '会保留一份备份'},
	'fixes.text.irreversible': {en: 'CANNOT BE UNDONE', 'zh-CN': '无法撤销'},
	'fixes.text.summary': {en: 'Needs admin: {admin} · Can be undone: {undo}', 'zh-CN': '需要管理员权限：{admin} · 可以撤销：{undo}'},
	'fixes.text.script': {
		en: 'These changes run in one script, elevated, after one administrator (UAC) prompt. The whole script:',
		'zh-CN': '以下修改将在一个脚本中以管理员身份运行，只会弹出一次 UAC 提示。完整脚本如下：',
	},
	'fixes.text.blocker': {en: 'cannot apply: {reason}', 'zh-CN': '无法应用：{reason}'},
	'fixes.text.manual': {en: 'To do it yourself:', 'zh-CN': '手动操作请运行：'},
	'fixes.text.stays': {en: 'stays as it is (cannot be undone): {label}', 'zh-CN': '保持不变（无法撤销）：{label}'},
	'fixes.text.conflicts': {
		en: 'Changed since the fix (undo refuses these unless --force):',
		'zh-CN': '自修复以来已被改动（除非使用 --force，否则撤销会拒绝执行）：',
	},
	'fixes.text.journalPath': {en: 'Journal: {path}', 'zh-CN': '操作日志：{path}'},
	'fixes.text.empty': {en: 'No fixes applied yet.', 'zh-CN': '尚未应用任何修复。'},

	'fixes.status.pending': {en: 'pending', 'zh-CN': '未完成'},
	'fixes.status.applied': {en: 'applied', 'zh-CN': '已应用'},
	'fixes.status.failed': {en: 'failed', 'zh-CN': '失败'},
	'fixes.status.undone': {en: 'undone', 'zh-CN': '已撤销'},
	'fixes.resolution.rolled-back': {en: 'rolled back', 'zh-CN': '已回滚'},
	'fixes.resolution.marked-resolved': {en: 'marked resolved', 'zh-CN': '已标记为已处理'},
	'fixes.action.undo': {en: 'undo of entry {id}: {title}', 'zh-CN': '撤销条目 {id}：{title}'},
	'fixes.action.redo': {en: 'redo (undo of undo entry {id}): {title}', 'zh-CN': '重做（撤销条目 {id} 所做的撤销）：{title}'},
	'fixes.where.before': {en: 'as before the fix', 'zh-CN': '与修复前相同'},
	'fixes.where.after': {en: 'changed by the fix', 'zh-CN': '已是修复后的值'},
	'fixes.where.other': {en: 'neither (changed since, or cannot be read)', 'zh-CN': '都不是（之后被改动过，或无法读取）'},

	'fixes.progress.pending': {en: 'journal entry {id} stored (pending)', 'zh-CN': '已写入操作日志条目 {id}（未完成）'},
	'fixes.progress.elevation': {en: 'asking for administrator rights (UAC)…', 'zh-CN': '正在请求管理员权限（UAC）…'},
	'fixes.progress.verified': {en: 'done and read back: {label}', 'zh-CN': '已完成并读回校验：{label}'},
	'fixes.progress.rolledBack': {en: 'rolled back: {label}', 'zh-CN': '已回滚：{label}'},
	'fixes.progress.rollbackFailed': {en: 'could not roll back {label}: {error}', 'zh-CN': '无法回滚 {label}：{error}'},
	'fixes.progress.broadcast': {en: 'told running programs the environment changed (WM_SETTINGCHANGE)', 'zh-CN': '已通知正在运行的程序环境变量已更改（WM_SETTINGCHANGE）'},
	'fixes.progress.broadcastFailed': {
		en: 'could not notify running programs (WM_SETTINGCHANGE); open a new terminal',
		'zh-CN': '无法通知正在运行的程序（WM_SETTINGCHANGE），请打开新的终端',
	},
	'fixes.progress.rerun': {en: 'checking again: {ids}', 'zh-CN': '重新检查：{ids}'},

	'fixes.outcome.applied': {en: 'Applied (journal entry {id}). Checked again:', 'zh-CN': '已应用（操作日志条目 {id}）。重新检查结果：'},
	'fixes.run.appliedUnverified': {
		en: 'Applied and each change read back, but not verified: the checks were stopped before they ran again. It is in the journal; u then z undoes it.',
		'zh-CN': '已应用，每项修改都已读回确认，但尚未验证：重新检查在完成前被停止。已记入操作日志，可按 u 再按 z 撤销。',
	},
	'fixes.run.undoneUnverified': {
		en: 'Undone, but not verified: the checks were stopped before they ran again. The undo is in the journal too, so it can be redone.',
		'zh-CN': '已撤销，但尚未验证：重新检查在完成前被停止。撤销操作也记入了操作日志，可以重做。',
	},
	'fixes.outcome.appliedUnverified': {
		en: 'Applied (journal entry {id}), each change read back, but not verified: the checks were stopped before they ran again. Run "{name} check" to see where it stands.',
		'zh-CN': '已应用（操作日志条目 {id}），每项修改都已读回确认，但尚未验证：重新检查在完成前被停止。运行“{name} check”查看当前状态。',
	},
	'fixes.outcome.stillProblem': {
		en: 'The change is in place (written and read back), but {id} still reports {status}: {summary}',
		'zh-CN': '修改已生效（已写入并读回确认），但 {id} 仍然报告{status}：{summary}',
	},
	'fixes.outcome.stillProblemSession': {
		en: 'The check here still sees the old value: this terminal keeps the environment it started with. The change is written and read back; open a new terminal (and restart your editor) and check again.',
		'zh-CN': '这里的检查仍然看到旧值：当前终端保留着它启动时的环境。修改已写入并读回确认；请打开新的终端（并重启编辑器）后再检查。',
	},
	'fixes.outcome.cancelledLine': {
		en: 'Cancelled at the administrator prompt; nothing was changed (journal entry {id}).',
		'zh-CN': '已在管理员权限提示处取消，未做任何修改（操作日志条目 {id}）。',
	},
	'fixes.outcome.failed': {en: 'Failed (journal entry {id}): {error}', 'zh-CN': '失败（操作日志条目 {id}）：{error}'},
	'fixes.outcome.rolledBackAll': {en: 'Every change made was rolled back.', 'zh-CN': '已做的修改已全部回滚。'},
	'fixes.outcome.rollbackFailed': {en: 'change {index} could not be rolled back: {error}', 'zh-CN': '第 {index} 项修改无法回滚：{error}'},
	'fixes.outcome.refused': {en: 'Nothing was changed: {reason}', 'zh-CN': '未做任何修改：{reason}'},
	'fixes.outcome.undone': {en: 'Entry {id} undone (journal entry {entry}). Checked again:', 'zh-CN': '已撤销条目 {id}（操作日志条目 {entry}）。重新检查结果：'},
	'fixes.outcome.undoneSession': {
		en: 'The old value is back for terminals opened from now on. This terminal keeps the environment it started with, so the checks here may still see the fixed value: open a new terminal (and restart your editor) and check again.',
		'zh-CN': '旧值已为今后打开的终端恢复。当前终端保留着它启动时的环境，因此这里的检查可能仍看到修复后的值：请打开新的终端（并重启编辑器）后再检查。',
	},
	'fixes.outcome.undoneUnverified': {
		en: 'Entry {id} undone (journal entry {entry}), but not verified: the checks were stopped before they ran again. Run "{name} check" to see where it stands.',
		'zh-CN': '已撤销条目 {id}（操作日志条目 {entry}），但尚未验证：重新检查在完成前被停止。运行“{name} check”查看当前状态。',
	},
	'fixes.outcome.conflict': {
		en: 'Entry {id} was not undone: these values changed since the fix.',
		'zh-CN': '未撤销条目 {id}：以下值在修复后已被改动。',
	},
	'fixes.outcome.forceHint': {
		en: 'Run again with --force to put back the values from before the fix anyway.',
		'zh-CN': '如仍要恢复修复前的值，请加上 --force 重新运行。',
	},

	'fixes.recovery.rolled-back': {en: 'Entry {id} rolled back: the machine is as it was before.', 'zh-CN': '条目 {id} 已回滚：本机已恢复原状。'},
	'fixes.recovery.resolved': {en: 'Entry {id} marked resolved.', 'zh-CN': '条目 {id} 已标记为已处理。'},
	'fixes.recovery.failed': {en: 'Entry {id} could not be rolled back: {reason}', 'zh-CN': '条目 {id} 无法回滚：{reason}'},
	'fixes.recovery.cancelled': {en: 'Entry {id}: cancelled at the administrator prompt.', 'zh-CN': '条目 {id}：已在管理员权限提示处取消。'},
	'fixes.recovery.refused': {en: 'Entry {id}: {reason}', 'zh-CN': '条目 {id}：{reason}'},

	'fixes.notice.pending': {
		en: 'Journal entry {id} ({what}, {time}) was interrupted before it finished. Run "{name} journal" to see where it stands, then "{name} journal --rollback {id}" or "{name} journal --resolve {id}".',
		'zh-CN': '操作日志条目 {id}（{what}，{time}）在完成前被中断。运行“{name} journal”查看状态，然后运行“{name} journal --rollback {id}”或“{name} journal --resolve {id}”。',
	},
	'fixes.notice.corrupt': {
		en: 'The undo journal could not be read ({reason}); it was kept as {movedTo} and a new one started ({at}).',
		'zh-CN': '操作日志无法读取（{reason}），已另存为 {movedTo}，并新建了一份操作日志（{at}）。',
	},

	// The commands.
	'fixes.cli.needFinding': {en: 'which check to fix? (one of: {ids})', 'zh-CN': '要修复哪一项检查？（可选：{ids}）'},
	'fixes.cli.noFix': {en: '{id}: {status} · {summary}\nThere is no fix to apply.', 'zh-CN': '{id}：{status} · {summary}\n没有可应用的修复。'},
	'fixes.cli.unknownFix': {en: 'no fix {fix} for {id} (its fixes: {fixes})', 'zh-CN': '{id} 没有名为 {fix} 的修复（可用：{fixes}）'},
	'fixes.cli.dryRunAll': {
		en: '{id} has {count} fixes; each is shown below, and nothing is changed. Apply one with: {command}',
		'zh-CN': '{id} 有 {count} 个修复；下面逐一列出，不做任何修改。应用其中一个：{command}',
	},
	'fixes.cli.otherFixes': {
		en: 'This is the first of {count} fixes for {id}. The others (choose one with --fix <id>):',
		'zh-CN': '这是 {id} 的 {count} 个修复中的第一个。其他修复（用 --fix <id> 选择）：',
	},
	'fixes.cli.apply': {en: 'Apply this fix?', 'zh-CN': '应用此修复？'},
	'fixes.cli.undo': {en: 'Undo this entry?', 'zh-CN': '撤销这个条目？'},
	'fixes.cli.rollback': {en: 'Roll entry {id} back?', 'zh-CN': '回滚条目 {id}？'},
	'fixes.cli.resolve': {en: 'Mark entry {id} resolved, leaving the machine as it is?', 'zh-CN': '将条目 {id} 标记为已处理，并保持本机现状？'},
	'fixes.cli.needYes': {
		en: 'Nothing was changed: there is no terminal to ask for confirmation. To go ahead, run: {command}',
		'zh-CN': '未做任何修改：没有可用于确认的终端。如要继续，请运行：{command}',
	},
	'fixes.cli.notApplied': {en: 'Nothing was changed.', 'zh-CN': '未做任何修改。'},
	'fixes.cli.irreversible': {
		en: 'Part of this fix cannot be undone. Type "yes" to go ahead: ',
		'zh-CN': '此修复中有部分修改无法撤销。输入“yes”继续：',
	},
	'fixes.cli.needIrreversible': {
		en: 'Nothing was changed: part of this fix cannot be undone; confirm it separately with --accept-irreversible.',
		'zh-CN': '未做任何修改：此修复中有部分修改无法撤销，请另外加上 --accept-irreversible 确认。',
	},
	'fixes.cli.finishing': {
		en: 'Finishing the change under way, so nothing is left half done (Ctrl+C again to stop anyway).',
		'zh-CN': '正在完成当前修改，以免留下半途而废的状态（再按一次 Ctrl+C 可强制停止）。',
	},
	'fixes.cli.entryOrLast': {en: 'give an entry number or --last, not both', 'zh-CN': '请给出条目编号或 --last，不能同时使用'},
	'fixes.cli.badEntry': {en: 'not a journal entry number: {entry}', 'zh-CN': '不是有效的操作日志条目编号：{entry}'},
	'fixes.cli.rollbackOrResolve': {en: 'use --rollback or --resolve, not both', 'zh-CN': '请使用 --rollback 或 --resolve，不能同时使用'},

	'fixes.help.fix': {
		en: `  {name} fix <check> [--fix <fix-id>] [--yes] [--dry-run] [--accept-irreversible]
      Shows the fix for a check's finding as before → after, asks, applies it (journaled,
      read back, rolled back on failure) and runs the check again.
      --fix         which fix, when there are several (default: the first)
      --yes         do not ask (without it and without a terminal, nothing is changed: exit 2)
      --dry-run     only print the exact changes
      --accept-irreversible   also confirm changes that cannot be undone`,
		'zh-CN': `  {name} fix <检查项> [--fix <修复 id>] [--yes] [--dry-run] [--accept-irreversible]
      以“修改前 → 修改后”的形式展示某项检查的修复，确认后应用（记入操作日志、读回校验、
      失败时回滚），然后重新运行该检查。
      --fix         有多个修复时指定其中之一（默认第一个）
      --yes         不再询问（没有此选项且没有终端时不做任何修改，退出码 2）
      --dry-run     只打印将要做的具体修改
      --accept-irreversible   同时确认无法撤销的修改`,
	},
	'fixes.help.undo': {
		en: `  {name} undo [<entry> | --last] [--yes] [--force]
      Takes a journal entry back (by default the last fix applied; again goes further back).
      Refuses when a value changed since the fix, showing before / ours / now; --force puts the
      old value back anyway. The undo is journaled too: undoing it by its number is a redo.`,
		'zh-CN': `  {name} undo [<条目> | --last] [--yes] [--force]
      撤销操作日志中的一个条目（默认是最近一次应用的修复；再次执行则继续往前撤销）。
      若某个值在修复后又被改动过，会拒绝执行，并显示修复前 / 修复写入 / 现在三个值；
      --force 仍会恢复修复前的值。撤销本身也会记入操作日志：按编号撤销这次撤销即为重做。`,
	},
	'fixes.help.journal': {
		en: `  {name} journal [--json] [--rollback <entry> | --resolve <entry>] [--yes] [--force]
      Lists the fixes applied and undone, newest first, and those a crash left pending.
      --json        the listing as JSON (schemas/journal.schema.json)
      --rollback    put back what an interrupted entry changed
      --resolve     accept the machine as it is and close the interrupted entry`,
		'zh-CN': `  {name} journal [--json] [--rollback <条目> | --resolve <条目>] [--yes] [--force]
      按时间倒序列出已应用和已撤销的修复，以及因崩溃而未完成的条目。
      --json        以 JSON 列出（schemas/journal.schema.json）
      --rollback    回滚被中断条目所做的修改
      --resolve     接受本机现状并关闭被中断的条目`,
	},
} as const satisfies Catalog;
