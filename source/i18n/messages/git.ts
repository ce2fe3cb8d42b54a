import type {Catalog} from '../catalog.js';

/** The git checks: git, git-autocrlf, git-credentials. */
export const gitMessages = {
	'git.column.scope': {en: 'scope', 'zh-CN': '作用域'},
	'git.column.origin': {en: 'set in', 'zh-CN': '设置位置'},
	'probe.git.unavailable': {en: 'git could not be asked (see the git check)', 'zh-CN': '无法查询 git（见 git 检查项）'},

	'probe.git.title': {en: 'git', 'zh-CN': 'git'},
	'probe.git.ok': {en: 'git {version} at {path}', 'zh-CN': 'git {version}，位于 {path}'},
	'probe.git.missing': {
		en: 'git is not on PATH; go needs it for direct fetches and private modules',
		'zh-CN': 'PATH 中找不到 git；go 直接拉取（direct）和拉取私有模块时都需要它',
	},
	'probe.git.missing.needed': {
		en: 'git is not on PATH, and {setting} makes go fetch from repositories with git: those fetches fail',
		'zh-CN': 'PATH 中找不到 git，而 {setting} 让 go 直接用 git 从代码仓库拉取：这些拉取都会失败',
	},
	'probe.git.missing.why': {
		en: 'go runs git for every module it fetches directly: with GOPROXY=direct, after a proxy answers 404/410, and for modules matched by GOPRIVATE or GONOPROXY. Without git those fetches fail.',
		'zh-CN': 'go 直接拉取模块时都会调用 git：GOPROXY=direct 时、代理返回 404/410 之后，以及匹配 GOPRIVATE 或 GONOPROXY 的模块。没有 git，这些拉取都会失败。',
	},
	'probe.git.evidence.hits': {en: 'Every git on PATH, in search order', 'zh-CN': 'PATH 中所有的 git（按查找顺序）'},
	'probe.git.runs': {en: 'runs', 'zh-CN': '生效'},
	'probe.git.shadowed': {en: 'shadowed', 'zh-CN': '被遮蔽'},
	'probe.git.broken': {en: 'git at {path} does not start: {error}', 'zh-CN': '{path} 处的 git 无法启动：{error}'},
	'probe.git.notGitForWindows': {
		en: 'git {version} at {path} is not Git for Windows',
		'zh-CN': '{path} 处的 git {version} 不是 Git for Windows',
	},
	'probe.git.notGitForWindows.why': {
		en: 'go passes Windows paths to git and relies on Git for Windows for credentials (Git Credential Manager). A Cygwin or MSYS git often works, but it is not what go is tested with.',
		'zh-CN': 'go 会把 Windows 路径传给 git，并依赖 Git for Windows 自带的凭据管理器（Git Credential Manager）。Cygwin 或 MSYS 的 git 通常也能用，但 go 并不以它们为测试对象。',
	},

	'probe.git-autocrlf.title': {en: 'git line endings', 'zh-CN': 'git 换行符'},
	'probe.git-autocrlf.ok': {en: 'core.autocrlf is {value}: Go files keep LF line endings', 'zh-CN': 'core.autocrlf 为 {value}：Go 文件保持 LF 换行符'},
	'probe.git-autocrlf.okUnset': {en: 'core.autocrlf is not set: Go files keep LF line endings', 'zh-CN': '未设置 core.autocrlf：Go 文件保持 LF 换行符'},
	'probe.git-autocrlf.crlfSetting': {
		en: '{setting} ({where}): Go files are checked out with CRLF. gofmt and diffs will complain; checksums are not affected',
		'zh-CN': '{setting}（{where}）：检出的 Go 文件会带 CRLF 换行符。gofmt 和 diff 会因此报出差异；校验和不受影响',
	},
	'probe.git-autocrlf.protected': {
		en: '{setting} ({where}), but this repository pins eol=lf for its Go files; other repositories still get CRLF',
		'zh-CN': '{setting}（{where}），但本仓库已为 Go 文件固定 eol=lf；其他仓库仍会得到 CRLF',
	},
	'probe.git-autocrlf.crlfFiles': {
		en: '{count} Go file(s) have CRLF line endings: {causes}. gofmt lists them and diffs are noisy. This is not a checksum problem',
		'zh-CN': '有 {count} 个 Go 文件使用 CRLF 换行符：{causes}。gofmt 会列出它们，diff 也会很乱。这不是校验和问题',
	},
	'probe.git-autocrlf.committedCrlf': {en: '{count} committed with CRLF (the repository itself has CRLF)', 'zh-CN': '{count} 个在仓库中提交的就是 CRLF'},
	'probe.git-autocrlf.checkedOut': {
		en: '{count} written with CRLF on checkout by {setting} (the repository has LF)',
		'zh-CN': '{count} 个在检出时被 {setting} 写成了 CRLF（仓库中是 LF）',
	},
	'probe.git-autocrlf.stagedLf': {
		en: '{count} staged with LF but not committed yet (commit them), still with CRLF on disk',
		'zh-CN': '{count} 个已以 LF 暂存但尚未提交（请提交），磁盘上仍是 CRLF',
	},
	'probe.git-autocrlf.diskOnly': {
		en: '{count} with CRLF on disk only (the repository has LF): an earlier checkout with core.autocrlf=true, or an editor, wrote them so',
		'zh-CN': '{count} 个只在磁盘上是 CRLF（仓库中是 LF）：是之前以 core.autocrlf=true 检出时或编辑器写成这样的',
	},
	'probe.git-autocrlf.why': {
		en: 'CRLF in Go files makes gofmt -l list every file and turns diffs into noise. It is not why go.sum fails: go hashes module zips built with autocrlf forced off, and a CRLF go.sum still parses. The checklist that blames CRLF for checksum mismatches is wrong; look at the module cache or a proxy instead.',
		'zh-CN': 'Go 文件中的 CRLF 会让 gofmt -l 列出每一个文件，diff 也满是噪音。但它不是 go.sum 出错的原因：go 计算模块哈希时使用强制关闭 autocrlf 生成的模块 zip，CRLF 的 go.sum 也能正常解析。那份把校验和不匹配归咎于 CRLF 的清单是错的；请改查模块缓存或代理。',
	},
	'probe.git-autocrlf.evidence.settings': {en: 'Line-ending settings, in the order git reads them', 'zh-CN': '换行符设置（按 git 读取的顺序）'},
	'probe.git-autocrlf.evidence.files': {en: '{count} Go file(s) with CRLF in {repo}', 'zh-CN': '{repo} 中带 CRLF 的 Go 文件：{count} 个'},
	'probe.git-autocrlf.column.index': {en: 'in the index', 'zh-CN': '索引中'},
	'probe.git-autocrlf.column.worktree': {en: 'on disk', 'zh-CN': '磁盘上'},
	'probe.git-autocrlf.column.attr': {en: 'attributes', 'zh-CN': '属性'},
	'probe.git-autocrlf.more': {en: '… and {count} more', 'zh-CN': '……另有 {count} 个'},
	'probe.git-autocrlf.fix.input': {en: 'Set core.autocrlf=input', 'zh-CN': '设置 core.autocrlf=input'},
	'probe.git-autocrlf.fix.input.description': {
		en: 'git then converts CRLF to LF when you commit and never adds CRLF when it checks out. Files already on disk keep their line endings until they are checked out again.',
		'zh-CN': '这样 git 在提交时把 CRLF 转成 LF，检出时不再加 CRLF。已在磁盘上的文件保持原样，直到再次检出。',
	},
	'probe.git-autocrlf.fix.restart': {en: 'takes effect for the next git command', 'zh-CN': '对下一条 git 命令生效'},
	'probe.git-autocrlf.fix.attributes': {en: 'Pin LF for Go files in .gitattributes', 'zh-CN': '在 .gitattributes 中为 Go 文件固定 LF'},
	'probe.git-autocrlf.fix.attributes.description': {
		en: 'Adds eol=lf rules for *.go, go.mod and go.sum to the repository, so every clone gets LF whatever its git settings. Commit the file.',
		'zh-CN': '为 *.go、go.mod 和 go.sum 添加 eol=lf 规则，使每个克隆无论 git 设置如何都得到 LF。记得提交这个文件。',
	},
	'probe.git-autocrlf.fix.rewrite': {en: 'Rewrite {count} Go file(s) on disk with LF', 'zh-CN': '用 LF 重写磁盘上的 {count} 个 Go 文件'},
	'probe.git-autocrlf.fix.rewrite.description': {
		en: 'Checks these files out again from the index with LF. Only files whose content differs from the index by line endings alone are touched; they are backed up first.',
		'zh-CN': '从索引重新检出这些文件，使用 LF。只处理与索引相比仅换行符不同的文件；操作前会先备份。',
	},
	'probe.git-autocrlf.fix.rewrite.stat': {
		en: 'git update-index --cacheinfo: the same entries again (same mode and object), without the cached file status, so git rewrites the files',
		'zh-CN': 'git update-index --cacheinfo：以相同的模式和对象重新写入这些索引条目，不带缓存的文件状态，让 git 重新写出这些文件',
	},
	'probe.git-autocrlf.fix.rewrite.index': {en: 'the git index of {repo} (the entries of these files)', 'zh-CN': '{repo} 的 git 索引（这些文件的条目）'},
	'probe.git-autocrlf.fix.rewrite.indexBefore': {
		en: '{files}: their index entries remember the files as written, so git takes them as up to date',
		'zh-CN': '{files}：索引条目记着这些文件写出时的状态，因此 git 认为它们是最新的',
	},
	'probe.git-autocrlf.fix.rewrite.indexAfter': {
		en: 'the same entries (same mode and object) without that memory, so the next step writes the files anew',
		'zh-CN': '相同的条目（模式和对象不变），但不再记着那个状态，下一步就会重新写出这些文件',
	},
	'probe.git-autocrlf.fix.rewrite.filesBefore': {en: '{files}: CRLF line endings on disk, LF in the index', 'zh-CN': '{files}：磁盘上是 CRLF 换行，索引中是 LF'},
	'probe.git-autocrlf.fix.rewrite.filesAfter': {en: '{files}: LF line endings, as in the index', 'zh-CN': '{files}：LF 换行，与索引一致'},
	'probe.git-autocrlf.fix.rewrite.more': {en: '{files} and {count} more', 'zh-CN': '{files} 等另外 {count} 个'},
	'probe.git-autocrlf.fix.rewrite.command': {en: 'git checkout-index --force for the listed files, with CRLF conversion off', 'zh-CN': '对列出的文件执行 git checkout-index --force，并关闭 CRLF 转换'},
	'probe.git-autocrlf.fix.renormalize': {en: 'Renormalise {count} committed file(s) to LF', 'zh-CN': '把已提交的 {count} 个文件规范化为 LF'},
	'probe.git-autocrlf.fix.renormalize.description': {
		en: 'These files were committed with CRLF. git add --renormalize stages them with LF; review with git diff --cached and commit (the .gitattributes fix keeps them so in every clone). The staging cannot be undone from here.',
		'zh-CN': '这些文件提交时就带着 CRLF。git add --renormalize 会以 LF 暂存它们；请用 git diff --cached 检查后提交（.gitattributes 修复可让每个克隆都保持如此）。此暂存操作无法在这里撤销。',
	},
	'probe.git-autocrlf.fix.renormalize.command': {en: 'git add --renormalize for the listed files', 'zh-CN': '对列出的文件执行 git add --renormalize'},

	'probe.git-credentials.title': {en: 'git credentials', 'zh-CN': 'git 凭据'},
	'probe.git-credentials.ok': {en: 'credential helper: {helpers}; {count} cached credential(s) for hosts go uses', 'zh-CN': '凭据助手：{helpers}；go 用到的主机有 {count} 条缓存凭据'},
	'probe.git-credentials.none': {en: 'no credential helper is configured', 'zh-CN': '未配置凭据助手'},
	'probe.git-credentials.noneButPrivate': {
		en: 'no credential helper, but GOPRIVATE names private hosts: go disables git prompts, so HTTPS fetches fail with "terminal prompts disabled"',
		'zh-CN': '没有凭据助手，但 GOPRIVATE 指定了私有主机：go 会禁用 git 的交互提示，HTTPS 拉取会因“terminal prompts disabled”失败',
	},
	'probe.git-credentials.scopedOnly': {
		en: 'no credential helper for all URLs; {scoped}; none for other hosts; {count} cached credential(s) for hosts go uses',
		'zh-CN': '没有适用于所有 URL 的凭据助手；{scoped}；其他主机没有；go 用到的主机有 {count} 条缓存凭据',
	},
	'probe.git-credentials.scopedButPrivate': {
		en: 'no credential helper for {hosts}, which GOPRIVATE names: go disables git prompts, so HTTPS fetches from there fail with "terminal prompts disabled"; {scoped}',
		'zh-CN': 'GOPRIVATE 指定的 {hosts} 没有凭据助手：go 会禁用 git 的交互提示，从那里的 HTTPS 拉取会因“terminal prompts disabled”失败；{scoped}',
	},
	'probe.git-credentials.appliesTo': {en: '{helper} ({where}) for {hosts}', 'zh-CN': '{hosts} 使用 {helper}（{where}）'},
	'probe.git-credentials.evidence.perHost': {en: 'Helpers git asks for each host go fetches from', 'zh-CN': 'go 拉取的每个主机上 git 会询问的凭据助手'},
	'probe.git-credentials.column.host': {en: 'host or GOPRIVATE pattern', 'zh-CN': '主机或 GOPRIVATE 模式'},
	'probe.git-credentials.column.helpers': {en: 'helpers, in order', 'zh-CN': '凭据助手（按顺序）'},
	'probe.git-credentials.noHelper': {en: 'none', 'zh-CN': '无'},
	'probe.git-credentials.managerCore': {
		en: 'credential.helper=manager-core ({where}) is the old name of Git Credential Manager; it is deprecated, use manager',
		'zh-CN': 'credential.helper=manager-core（{where}）是 Git Credential Manager 的旧名称，已弃用，请改用 manager',
	},
	'probe.git-credentials.managerCoreGone.others': {
		en: 'credential.helper=manager-core ({where}) no longer runs: GCM 2.3 removed that name, so git reports an error on every fetch and only {others} stores and finds credentials',
		'zh-CN': 'credential.helper=manager-core（{where}）已无法运行：GCM 2.3 删除了这个名称，git 每次拉取都会报错，只有 {others} 还能存取凭据',
	},
	'probe.git-credentials.managerCoreGone': {
		en: 'credential.helper=manager-core ({where}) no longer runs: GCM 2.3 removed that name, so git stores and finds no credentials',
		'zh-CN': 'credential.helper=manager-core（{where}）已无法运行：GCM 2.3 删除了这个名称，git 既存不了也取不到凭据',
	},
	'probe.git-credentials.missing': {
		en: 'credential.helper={helper} ({where}) does not run: {program} was not found',
		'zh-CN': 'credential.helper={helper}（{where}）无法运行：找不到 {program}',
	},
	'probe.git-credentials.why': {
		en: 'go fetches private repositories with git and turns its prompts off (GIT_TERMINAL_PROMPT=0), so a credential helper must supply the password or token. A helper that does not run, or a stale cached token, shows up as "terminal prompts disabled" or a 401/403.',
		'zh-CN': 'go 用 git 拉取私有仓库，并关闭 git 的交互提示（GIT_TERMINAL_PROMPT=0），因此密码或令牌必须由凭据助手提供。助手无法运行或缓存的令牌已过期，都会表现为“terminal prompts disabled”或 401/403。',
	},
	'probe.git-credentials.state.ok': {en: 'runs', 'zh-CN': '可运行'},
	'probe.git-credentials.state.shell': {en: 'shell command', 'zh-CN': 'shell 命令'},
	'probe.git-credentials.state.missing': {en: 'not found', 'zh-CN': '找不到'},
	'probe.git-credentials.state.deprecated': {en: 'deprecated name', 'zh-CN': '名称已弃用'},
	'probe.git-credentials.state.deprecated-missing': {en: 'removed in GCM 2.3', 'zh-CN': '已在 GCM 2.3 中移除'},
	'probe.git-credentials.evidence.chain': {en: 'credential.helper, in the order git asks them', 'zh-CN': 'credential.helper（按 git 询问的顺序）'},
	'probe.git-credentials.column.helper': {en: 'helper', 'zh-CN': '凭据助手'},
	'probe.git-credentials.column.for': {en: 'for', 'zh-CN': '适用于'},
	'probe.git-credentials.allUrls': {en: 'all URLs', 'zh-CN': '所有 URL'},
	'probe.git-credentials.reset': {en: '(empty: helpers above are dropped)', 'zh-CN': '（空值：清除之前的助手）'},
	'probe.git-credentials.evidence.credentials': {
		en: 'Cached credentials for {hosts} (target and user only; secrets are never shown or kept)',
		'zh-CN': '{hosts} 的缓存凭据（只显示目标和用户名，机密信息既不显示也不保留）',
	},
	'probe.git-credentials.evidence.noHosts': {
		en: 'Cached credentials: no private hosts in GOPRIVATE, go.mod or url.*.insteadOf to look for',
		'zh-CN': '缓存凭据：GOPRIVATE、go.mod 和 url.*.insteadOf 中没有需要查找的私有主机',
	},
	'probe.git-credentials.storeUnreadable': {
		en: 'credential store files that could not be read: {list}; the credentials they hold are unknown',
		'zh-CN': '无法读取的凭据存储文件：{list}；其中保存的凭据未知',
	},
	'probe.git-credentials.evidence.unreadable': {en: 'Could not be read', 'zh-CN': '无法读取'},
	'probe.git-credentials.evidence.unlisted': {en: 'Not listed', 'zh-CN': '未列出'},
	'probe.git-credentials.unlisted': {
		en: 'Credentials held by {helpers} cannot be listed without asking for the secrets, which this tool never does.',
		'zh-CN': '{helpers} 保存的凭据无法在不读取机密信息的情况下列出，而本工具从不读取机密信息。',
	},
	'probe.git-credentials.fix.rename': {en: 'Rename manager-core to manager ({scope} config)', 'zh-CN': '把 manager-core 改为 manager（{scope} 配置）'},
	'probe.git-credentials.fix.rename.description': {
		en: 'Git Credential Manager answers to "manager" since 2.0.877; the old name warns and, since 2.3, fails. Credentials already stored are kept.',
		'zh-CN': '从 2.0.877 起 Git Credential Manager 使用“manager”这个名称；旧名称会给出警告，从 2.3 起直接失败。已保存的凭据不受影响。',
	},
	'probe.git-credentials.fix.erase': {en: 'Erase the credential {target} (user {user})', 'zh-CN': '删除凭据 {target}（用户 {user}）'},
	'probe.git-credentials.fix.erase.description': {
		en: 'Removes this cached credential so git asks for a fresh one on the next fetch. This cannot be undone: you will have to sign in again.',
		'zh-CN': '删除这条缓存凭据，git 下次拉取时会重新索取。此操作无法撤销：你需要重新登录。',
	},
} as const satisfies Catalog;
