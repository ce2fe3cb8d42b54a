/**
 * The table behind `matchErrors`: every cause class, the wordings that identify it (the go
 * command's own format strings, Windows and Unix system messages, git, Delve, gopls), the
 * checks that would confirm it on the user's machine, and its message keys.
 *
 * Order matters: a line is given to the first rule that matches it, so specific rules come
 * before general ones (a DNS lookup that timed out is `dns-failure`, not `timeout`; a clang
 * for the MSVC target rejecting -mthreads is `cgo-msvc-unsupported`, not `cgo-non-mingw-gcc`).
 *
 * Texts are from go-ground-truth.md and windows-mechanics.md; `%q` in Go's format strings
 * doubles backslashes, which the patterns allow for. Windows system messages are localised:
 * the Simplified Chinese wordings of the common ones are matched too (`windows-zh`).
 */

/** The class names are a public contract, like finding ids: never rename one. */
export const CAUSE_CLASSES = [
	'dns-failure',
	'connection-refused',
	'timeout',
	'tls-unknown-authority',
	'tls-name-mismatch',
	'tls-expired',
	'proxy-http-error',
	'sumdb-private-module',
	'private-repo-auth',
	'checksum-mismatch',
	'goroot-not-found',
	'toolchain-version-mismatch',
	'modules-disabled',
	'goproxy-empty-list',
	'goproxy-bad-scheme',
	'toolchain-not-available',
	'toolchain-too-new-local',
	'goflags-parse',
	'cgo-compiler-missing',
	'cgo-msvc-unsupported',
	'cgo-non-mingw-gcc',
	'cgo-cc-path-spaces',
	'cgo-object-format',
	'delve-too-old',
	'delve-go-too-old',
	'gopls-unsupported-go',
	'antivirus-quarantine',
	'go-not-found',
	// Added beyond the issue's list, for errors users really paste.
	'connection-reset',
	'tls-protocol-mismatch',
	'module-not-found',
	'go-sum-missing',
	'goproxy-off',
	'gotoolchain-invalid',
	'package-not-in-std',
	'go-tool-missing',
	'cgo-disabled',
	'cgo-malformed-argument',
	'gopath-equals-goroot',
	'gopath-relative',
	'go-env-overridden',
	'unknown-go-variable',
	'cross-target-run',
	'posix-env-syntax',
	'git-not-found',
	'credential-helper-missing',
	'filename-too-long',
	'app-control-blocked',
	'file-locked',
	'access-denied',
	'connection-closed',
	// Issue 15: causes real users hit, and the finer split of sumdb-private-module.
	'go-setting-invalid',
	'goenv-file-unusable',
	'powershell-flag-split',
	'cgo-gcc-32bit',
	'windows-command-line-too-long',
	'gopath-get-ignores-goproxy',
	'gopls-old-go',
	'sumdb-lookup-not-found',
	'sumdb-unavailable',
	'proxy-version-unavailable',
	// From the real-case corpus (test/fixtures/real-cases/CLASSES.md).
	'gobin-not-on-path',
	'goroot-damaged',
	'powershell-set-not-env',
	'go-too-old-for-install-version',
	'go-get-does-not-install',
	'https-proxy-unset',
	'gopath-not-directory',
	'go-tempdir-unusable',
	'go-wrong-arch-install',
	'gopath-is-module',
	'windows-version-unsupported',
	'gopath-project-module-mode',
	'setting-has-carriage-return',
	'gopath-not-set',
	'powershell-syntax-in-cmd',
	'exe-without-extension',
	'gobin-cross-install',
	'cgo-flag-not-allowed',
	'gccgo-not-found',
] as const;

export type CauseClass = (typeof CAUSE_CLASSES)[number];

/**
 * Which family of wording a pattern recognises; tests demand Windows and Unix where both
 * exist. `windows-zh` is Windows in Simplified Chinese; `windows-l10n` the other languages
 * Windows ships its messages in (each pattern's comment names its language and source).
 */
export type Wording = 'any' | 'windows' | 'windows-zh' | 'windows-l10n' | 'unix' | 'git';

/** The text around a matched line, for wordings whose cause the neighbouring lines decide. */
export interface MatchContext {
	/** The whole input. */
	text: string;
	/** Its lines, and the index of the matched one. */
	lines: readonly string[];
	index: number;
}

export interface Pattern {
	re: RegExp;
	wording: Wording;
	/** An extra condition on the named groups (and the text around), for wordings that are only sometimes this cause. */
	when?: (groups: Readonly<Record<string, string>>, context: MatchContext) => boolean;
	/**
	 * A cause told from a person's words rather than a tool's error (a pasted command and "the
	 * binary is not in bin"): tried only when no error in the text names a cause.
	 */
	fallback?: true;
}

export interface Rule {
	class: CauseClass;
	/** Finding ids that would confirm the cause on the user's machine, most telling first. */
	checks: readonly string[];
	patterns: readonly Pattern[];
	/** Values for the placeholders of the class's messages, from the named groups. */
	params?: (groups: Readonly<Record<string, string>>) => Record<string, string>;
}

const any = (re: RegExp): Pattern => ({re, wording: 'any'});
const win = (re: RegExp): Pattern => ({re, wording: 'windows'});
const winZh = (re: RegExp): Pattern => ({re, wording: 'windows-zh'});
const winL10n = (re: RegExp): Pattern => ({re, wording: 'windows-l10n'});
const unix = (re: RegExp): Pattern => ({re, wording: 'unix'});
const git = (re: RegExp): Pattern => ({re, wording: 'git'});

/** A program name that is a C compiler (so a missing one is "not installed", not a split path). */
const COMPILER_NAME = /(?:^|[-_])(?:gcc|g\+\+|clang|clang\+\+|cc|c\+\+|cl|tcc|zig)(?:-[\d.]+)?(?:\.exe)?$/i;

/** `%q` doubles backslashes; this undoes it for a path taken from a quoted Go string. */
const unquoteGo = (text: string) => text.replace(/\\\\/g, '\\');

function basename(file: string): string {
	return file.split(/[\\/]/).pop() ?? file;
}

/** A checksum database's lookup of module@version answered 404/410; `db` is its host. */
const SUMDB_LOOKUP = /reading https?:\/\/(?<db>[^/\s]+)\S*?\/lookup\/(?<module>[^@\s]+)@\S*: (?:404 Not Found|410 Gone)/;

/** Hosts where the first path element is an account, so `host/account` is the private prefix. */
const HOSTING = /^(?:github\.com|gitlab\.com|bitbucket\.org|gitee\.com|codeberg\.org|dev\.azure\.com)$/i;

/** A GOPRIVATE prefix for a module path: `github.com/acme` for hosted code, the host otherwise. */
export function privatePrefix(module: string): string {
	const parts = module.split('/');
	const host = parts[0] ?? module;
	return HOSTING.test(host) && parts[1] ? `${host}/${parts[1]}` : host;
}

/**
 * "This command was not found", in the shells and languages people paste it from, with the
 * command's name in the group `name`. One table serves several classes: the name decides
 * whether go itself is missing, a `NAME=value` prefix was typed into cmd or PowerShell, or a
 * program go installed is not on PATH.
 *
 * Localized cmd.exe and PowerShell messages are from real pastes (the source of each is in
 * its comment); cmd has no Microsoft documentation page that lists them.
 */
function commandNotFound(when: (name: string) => boolean): Pattern[] {
	const named = (re: RegExp, wording: Wording): Pattern => ({re, wording, when: (g) => when(cleanName(g.name ?? ''))});
	return [
		named(/['"‘]?(?<name>[^'"‘’\s]+?)['"’]? is not recognized as (?:an )?internal or external command/i, 'windows'),
		named(/The term '(?<name>[^']+)' is not recognized as (?:the|a) name of a cmdlet/i, 'windows'),
		named(/['"]?(?<name>[^'"\s]+?)['"]? 不是内部或外部命令/, 'windows-zh'),
		named(/无法将[“"](?<name>[^”"]+)[”"]项识别为 cmdlet/, 'windows-zh'),
		// zh-TW cmd: "'install.bat' 不是內部或外部命令、可執行的程式或批次檔。" (pastes in public READMEs and notes).
		named(/['"](?<name>[^'"]+)['"] 不是內部或外部命令/, 'windows-l10n'),
		// ja cmd: "'ot.py' は、内部コマンドまたは外部コマンド、操作可能なプログラムまたはバッチ ファイルとして認識されていません。" (NON906/mascotgirl#2).
		named(/['"](?<name>[^'"]+)['"] は、内部コマンドまたは外部コマンド/, 'windows-l10n'),
		// ko cmd: "'virtualenv'은(는) 내부 또는 외부 명령, 실행할 수 있는 프로그램, 또는 배치 파일이 아닙니다." (public pastes).
		named(/['"‘](?<name>[^'"’]+)['"’]\s*은\(는\) 내부 또는 외부 명령/, 'windows-l10n'),
		// de cmd: 'Der Befehl "node" ist entweder falsch geschrieben oder konnte nicht gefunden werden.' (public pastes).
		named(/Der Befehl "(?<name>[^"]+)" ist entweder falsch geschrieben oder/, 'windows-l10n'),
		// de PowerShell: 'Die Benennung "go" wurde nicht als Name eines Cmdlet … erkannt.'
		named(/Die Benennung "(?<name>[^"]+)" wurde nicht als Name eines Cmdlet/, 'windows-l10n'),
		// fr cmd: "'go' n’est pas reconnu en tant que commande interne ou externe, …" (microsoft/vscode#55824).
		named(/['"](?<name>[^'"]+)['"] n[’']est pas reconnu en tant que commande interne/, 'windows-l10n'),
		// fr PowerShell: "Le terme «go» n'est pas reconnu comme nom d'applet de commande, …" (tw93/Mole#538).
		named(/Le terme «\s*(?<name>[^»]+?)\s*» n[’']est pas reconnu comme nom d[’']applet de commande/, 'windows-l10n'),
		// es cmd: '"npm" no se reconoce como un comando interno o externo, programa o archivo por lotes ejecutable.' (public pastes).
		named(/["'](?<name>[^"']+)["'] no se reconoce como un comando interno o externo/, 'windows-l10n'),
		// pt-BR cmd: "'CI' não é reconhecido como um comando interno ou externo, um programa operável ou um arquivo em lotes." (public pastes).
		named(/['"](?<name>[^'"]+)['"] não é reconhecido como um comando interno/, 'windows-l10n'),
		// ru cmd: '"npm" не является внутренней или внешней командой, исполняемой программой или пакетным файлом.' (public pastes).
		named(/["'](?<name>[^"']+)["'] не является внутренней или внешней/, 'windows-l10n'),
		// PowerShell, from public pastes: pt-BR "O termo 'go' não é reconhecido como nome de cmdlet, …" (tenille#2);
		// es "El término 'npm' no se reconoce como nombre de un cmdlet, …"; ru 'Имя "git" не распознано как имя командлета, …';
		// ja "用語 'git' は、コマンドレット、関数、スクリプト ファイル、または操作可能なプログラムの名前として認識されません";
		// ko "'git' 용어가 cmdlet, 함수, 스크립트 파일 또는 실행할 수 있는 프로그램 이름으로 인식되지 않습니다".
		named(/O termo '(?<name>[^']+)' não é reconhecido como nome de cmdlet/, 'windows-l10n'),
		named(/El término '(?<name>[^']+)' no se reconoce como nombre de un cmdlet/, 'windows-l10n'),
		named(/Имя "(?<name>[^"]+)" не распознано как имя командлета/, 'windows-l10n'),
		named(/用語 '(?<name>[^']+)' は、コマンドレット、関数、スクリプト ファイル/, 'windows-l10n'),
		named(/'(?<name>[^']+)' 용어가 cmdlet, 함수, 스크립트 파일/, 'windows-l10n'),
		// zh-TW PowerShell: "pip : 無法辨識 'pip' 詞彙是否為 Cmdlet、函數、指令檔或可執行程式的名稱。" (public pastes).
		named(/無法辨識 '(?<name>[^']+)' 詞彙是否為 Cmdlet/, 'windows-l10n'),
		// it cmd: "'java' non è riconosciuto come comando interno o esterno, un programma eseguibile o un file batch." (public pastes).
		named(/['"](?<name>[^'"]+)['"] non è riconosciuto come comando interno/, 'windows-l10n'),
		named(/(?:^|\s|:)(?<name>[\w.+-]+): command not found/, 'unix'),
		named(/command not found: (?<name>[\w.+-]+)(?![\w.+-])/, 'unix'),
		// bash in other locales, from public pastes: ru "go: команда не найдена" (singbox-launcher#98), pt "go-anime: comando
		// não encontrado" (Goanime#83), zh "go: 未找到命令", fr "make : commande introuvable", es "java: orden no encontrada",
		// ja "mysql: コマンドが見つかりません".
		named(/(?:^|\s|:)(?<name>[\w.+-]+) ?: (?:команда не найдена|comando não encontrado|未找到命令|commande introuvable|orden no encontrada|コマンドが見つかりません|comando non trovato|komut bulunamadı|polecenie nie znalezione)/i, 'unix'),
		named(/Command '(?<name>[\w.+-]+)' not found/, 'unix'),
		// GNU make running a command it cannot find: "make: goop: Command not found", or its exec's "No such file or directory".
		named(/\bmake(?:\[\d+\])?: (?<name>[\w.+-]+): (?:Command not found|No such file or directory)\s*$/, 'unix'),
		named(/\bsh: \d+: (?<name>[\w.+-]+): not found/, 'unix'),
		named(/Unknown command:? '?(?<name>[\w.+-]+)'?\s*$/, 'unix'),
		// bash in a German locale: "gb: Befehl nicht gefunden." (constabulary/gb#704).
		named(/(?:^|\s|:)(?<name>[\w.+-]+): Befehl nicht gefunden/, 'unix'),
	];
}

/** A name as the message quoted it, without quotes, trailing dots or an `.exe`. */
function cleanName(name: string): string {
	return name.replace(/^['"‘“«\s]+|['"’”»\s.]+$/g, '').replace(/\.exe$/i, '');
}

/** A `NAME=value` prefix or a Go variable's name typed as a command. */
const ENV_ASSIGNMENT = /^(?:C?GO[A-Z0-9_]+|CC|CXX)(?:=.*)?$/;
const C_COMPILERS = /^(?:gcc|g\+\+|cc|c\+\+|clang|clang\+\+|[\w.-]+-gcc)$/;
/**
 * Programs that are not installed with `go install`: a missing one is some other problem.
 * What is left of a "command not found" in a Go thread is nearly always a tool go installed
 * into GOBIN (or GOPATH/bin) that is not on PATH.
 */
const NOT_GO_INSTALLED = new Set(
	(
		'go gofmt git make mingw32-make cmake ninja docker npm npx node yarn pnpm python python3 py pip pip3 java javac mvn gradle ' +
		'cargo rustc rustup protoc brew apt apt-get yum dnf choco scoop winget sudo code vim nvim curl wget tar unzip zip ssh scp ' +
		'ls dir cd cat grep sed awk export set setx source which where bash sh zsh pwsh powershell cmd kubectl helm terraform aws ' +
		'az gcloud php ruby gem perl msbuild cl link nmake ld as ar pkg-config clang gcc cc g++ c++ wails-cli'
	).split(' '),
);

/** A program go installed, missing from PATH: a plain command name, not a path, file, flag or variable. */
function goInstalledTool(name: string): boolean {
	const lower = name.toLowerCase();
	if (!/^[a-z][\w.+-]*$/i.test(name) || /[\\/=]/.test(name)) return false;
	if (/\.(?:go|py|sh|bat|cmd|ps1|js|jar|txt|png|md)$/i.test(name)) return false;
	if (ENV_ASSIGNMENT.test(name) || NOT_GO_INSTALLED.has(lower) || C_COMPILERS.test(lower)) return false;
	return true;
}

/** A go build for another system, GOOS given on the command line (env GOOS=…, GOOS=… go build, set GOOS=…). */
const CROSS_BUILD = /\bGOOS=\w+[^\n]*\bgo (?:build|install|run)\b|\bset GOOS=\w+/;

/** PowerShell's way of setting a variable: `$env:GOOS = "linux"` (cmd takes it for a file name). */
const POWERSHELL_ENV_ASSIGNMENT = /\$env:\w+\s*=/i;

/** The text shows `go build … -o NAME` (or `-o=NAME`) with NAME, as the shell quoted it, lacking an .exe. */
function builtWithoutExe(name: string, text: string): boolean {
	if (name === '') return false;
	for (const m of text.matchAll(/\bgo build\b[^\n]*?\s-o[=\s]\s*['"]?([^\s'"]+)/g)) {
		const output = m[1] ?? '';
		const base = output.replace(/^.*[\\/]/, '');
		if (!/\.exe$/i.test(base) && base.toLowerCase() === name.toLowerCase()) return true;
	}
	return false;
}

/** The lines after a match (a server's answer, go's next words), joined. */
function following(context: MatchContext, count: number): string {
	return context.lines.slice(context.index + 1, context.index + 1 + count).join('\n');
}

/** A Delve version of 1.1 or later named in the text (dlv version, an issue template's answer). */
const DELVE_1_1_OR_LATER = /(?:delve ?version|Delve Debugger\s+Version)\W{0,4}v?1\.(?:[1-9]|\d{2,})\b|\bdlv(?:\.exe)?\s+v?1\.(?:[1-9]|\d{2,})\.\d/i;

/** A go that is the 32-bit x86 build, from its go version line. */
const GO_386 = /\bgo(?:version )?\s*go?1\.\d+(?:\.\d+)?\s+\w+\/386\b|\bgo1\.\d+(?:\.\d+)? \w+\/386\b/;

/** An antivirus said, in the text, to have removed or blocked files. */
const ANTIVIRUS_REMOVED = /(?:McAfee|Defender|antivirus|anti-virus|Norton|Avast|AVG|Kaspersky|Bitdefender|ESET|Sophos|Symantec|360|杀毒|杀软|安全软件)[^\n]{0,80}(?:delet|remov|quarantin|block|删除|隔离)|(?:delet|remov|quarantin)[^\n]{0,80}(?:McAfee|Defender|antivirus|Norton|Avast|Kaspersky|Bitdefender)/i;

/** The text shows GOPROXY set to a proxy (not off, direct or empty): export, set, go env -w, a go env line. */
const GOPROXY_SET = /\bGOPROXY\s*=\s*["']?(?!off\b|direct\b|["']?\s*$)\S/im;

/** A Windows release no current Go supports, named in the text around the error. */
const OLD_WINDOWS = /\b(?:Windows|Win)\s*(?:XP|Vista|2000|2003|7|8(?:\.1)?)\b|\bServer\s*20(?:03|08|12)\b|\bWin(?:XP|7|8)\b/i;

/** A package folder that only one GOOS or GOARCH builds (x/sys/windows, …/unix, a darwin-only folder). */
const OS_OR_ARCH_FOLDER = /[\\/](?:windows|unix|linux|darwin|freebsd|openbsd|netbsd|plan9|solaris|aix|js|wasm|wasip1|android|ios|illumos|dragonfly|amd64|arm64|386|arm|riscv64|ppc64le|s390x)[\\/]?$/i;

/** Standard packages added after Go 1.15, by the release notes: "not in GOROOT" for one of them means this go is older. */
const NEWER_STD = new Set([
	'embed', 'io/fs', 'testing/fstest', 'runtime/metrics', 'debug/buildinfo', 'net/netip', 'crypto/ecdh', 'cmp', 'log/slog', 'maps',
	'slices', 'testing/slogtest', 'math/rand/v2', 'go/version', 'iter', 'structs', 'unique', 'weak', 'crypto/mlkem', 'crypto/hkdf',
	'crypto/pbkdf2', 'crypto/sha3', 'testing/synctest',
]);

/** Top-level folders of Go's standard library: a missing one means GOROOT is wrong, not the module. */
const STD_TOP = new Set(
	(
		'archive bufio builtin bytes cmp compress container context crypto database debug embed encoding errors expvar flag fmt go ' +
		'hash html image index io iter log maps math mime net os path plugin reflect regexp runtime slices sort strconv strings ' +
		'structs sync syscall testing text time unicode unique unsafe weak'
	).split(' '),
);

/**
 * A checksum database's 404/410 for a module@version. What it means depends on the module
 * and on what the database answered (go prints its answer as `server response:` below):
 * - a private module sent to a public database: its host is not public, the answer says git
 *   could not fetch it (authentication, repository not found), or the text shows GOPRIVATE;
 * - a third-party database (named with its key in GOSUMDB) that is down or broken;
 * - otherwise a public module the database cannot serve (a malformed zip, a deleted tag).
 */
function sumdbLookupKind(groups: Readonly<Record<string, string>>, context: MatchContext): 'private' | 'unavailable' | 'not-found' {
	const module = groups.module ?? '';
	const host = module.split('/')[0] ?? '';
	const answer = following(context, 8);
	if (/terminal prompts disabled|could not read (?:Username|Password)|Authentication failed|[Rr]epository not found|Permission denied|remote: |403 Forbidden|401 Unauthorized|exit status 128/.test(answer)) return 'private';
	if (/\bGO(?:PRIVATE|NOSUMDB|NOPROXY)\b/.test(context.text)) return 'private';
	const db = groups.db ?? '';
	if (db && new RegExp(`GOSUMDB=["']?${db.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\+`).test(context.text)) return 'unavailable';
	if (isPrivateLookingHost(host)) return 'private';
	return 'not-found';
}

/** Hosts that serve public code to anyone: a module there is public unless the text says otherwise. */
const PUBLIC_HOSTING = /^(?:github\.com|gitlab\.com|bitbucket\.org|gitee\.com|codeberg\.org|golang\.org|google\.golang\.org|gopkg\.in|go\.uber\.org|k8s\.io|sigs\.k8s\.io|cloud\.google\.com|go\.opentelemetry\.io|honnef\.co|mvdan\.cc)$/i;

/** A module host no public checksum database can reach, or that looks like a company's own server. */
function isPrivateLookingHost(host: string): boolean {
	if (PUBLIC_HOSTING.test(host)) return false;
	if (!host.includes('.') || /^\d+\.\d+\.\d+\.\d+(?::\d+)?$/.test(host)) return true;
	return /\.(?:local|localhost|internal|intranet|corp|lan|home|private|test|example|invalid)$/i.test(host) || /^(?:git|gitlab|scm|code|dev|source|bitbucket|gitea)\./i.test(host) || host === 'dev.azure.com';
}

export const RULES: readonly Rule[] = [
	{
		class: 'antivirus-quarantine',
		checks: ['defender', 'smoke-build'],
		patterns: [
			// ERROR_VIRUS_INFECTED (225), today's and the older wording ("The operation could not be completed successfully … possibly unwanted").
			win(/because the file contains a virus or (?:potentially|possibly) unwanted software/i),
			// zh-CN, today's and the older wording ("无法成功完成操作，因为文件包含病毒或潜在的垃圾软件", margo-gosublime#723).
			winZh(/文件包含病毒或潜在的垃圾软件/),
			// zh-TW: "因為檔案包含病毒或潛在的垃圾軟體，所以作業未順利完成" (public pastes; learn.microsoft.com/zh-tw system error codes).
			winL10n(/檔案包含病毒或潛在的垃圾軟體/),
			// ja: "ファイルにウイルスまたは望ましくない可能性のあるソフトウェアが含まれているため、操作は正常に完了しませんでした。 (os error 225)" (public paste).
			winL10n(/ファイルにウイルスまたは望ましくない可能性のあるソフトウェアが含まれている/),
			// ko: "[WinError 225] 파일에 바이러스 또는 기타 사용자 동의 없이 설치된 소프트웨어가 있기 때문에 작업이 완료되지 않았습니다" (public paste).
			winL10n(/파일에 바이러스 또는 기타 사용자 동의 없이 설치된 소프트웨어가 있기 때문에/),
			// de: "… weil die Datei einen Virus oder potenziell unerwünschte Software enthält." (learn.microsoft.com/de-de, Systemfehlercodes 0-499, 225).
			winL10n(/Datei einen Virus oder potenziell unerwünschte Software enthält/i),
			// fr: "L’opération n’a pas abouti car le fichier contient un virus ou un logiciel potentiellement indésirable." (learn.microsoft.com/fr-fr, 225).
			winL10n(/le fichier contient un virus ou un logiciel potentiellement indésirable/i),
			// es: "No se pudo completar la operación porque el archivo contiene un virus o software potencialmente no deseado" (public pastes).
			winL10n(/el archivo contiene un virus o (?:un )?software potencialmente no deseado/i),
			// pt-BR: "A operação não foi concluída com êxito porque o arquivo contém um vírus ou software potencialmente indesejado." (learn.microsoft.com/pt-br, 225).
			winL10n(/o arquivo contém um vírus ou (?:um )?software potencialmente indesejado/i),
			// ru: "Операция не была успешно завершена, так как файл содержит вирус или потенциально нежелательное программное обеспечение." (learn.microsoft.com/ru-ru, 225; pastes say "…нежелательную программу").
			winL10n(/файл содержит вирус или потенциально нежелательн/i),
			// A program go has just built for this machine that Windows calls incompatible (216): the file
			// was cut or replaced by an antivirus (golang/go#41631), not built for another platform.
			win(/fork\/exec \S*go-build\d+\S*: This version of %1 is not compatible with the version of Windows/i),
			winZh(/go-build\d+\S*[:：] ?\S*与你运行的 Windows 版本不兼容/),
			// go (or its tools) not found after an antivirus removed them, as the text says.
			{
				re: /'go(?:\.exe)?' is not recognized as an internal or external command|The term 'go(?:\.exe)?' is not recognized|'go(?:\.exe)?' 不是内部或外部命令|cannot find the file specified|The system cannot find the path specified/i,
				wording: 'windows',
				when: (_g, context) => ANTIVIRUS_REMOVED.test(context.text),
			},
			// Said in words only: an antivirus's detection name (Trojan:Win32/…, …Malware.Gen, Wacatac).
			{fallback: true, re: /\b(?:Trojan|Backdoor|HEUR|Malware|PUA|Win32|QVM\d+)[:./][\w./!:-]*(?:Malware|Trojan|Wacatac|Gen|Sabsik|Bearfoos)\b|\bQVM\d+(?:\.\d+)*\.\w+\.Malware/i, wording: 'any'},
			{fallback: true, re: /(?:杀毒软件|杀软|安全软件|360)[^\n]{0,30}(?:病毒|木马|删除|隔离)|antivirus[^\n]{0,60}(?:deleted|quarantined|removed|flagged|blocked)/i, wording: 'any'},
		],
	},
	{
		class: 'app-control-blocked',
		checks: ['defender', 'smoke-build'],
		patterns: [
			win(/This program is blocked by group policy/i),
			win(/An Application Control policy has blocked this file/i),
			// Delve starting the program under the debugger (CreateProcess with DEBUG_PROCESS), denied: security software forbids it.
			win(/could not launch process: Access is denied/i),
		],
	},
	{
		class: 'file-locked',
		checks: ['smoke-build'],
		patterns: [
			win(/The process cannot access the file because it is being used by another process/i),
			winZh(/另一个程序正在使用此文件，进程无法访问/),
			unix(/: text file busy\b/i),
			// ERROR_LOCK_VIOLATION (33): "…another process has locked a portion of the file."
			win(/another process has locked a portion of the file/i),
			winZh(/另一个程序已锁定文件的一部分/),
		],
	},
	{
		// Starting a program (fork/exec, CreateProcess) with a command line longer than Windows
		// takes (32767 characters; cmd.exe: 8191): Windows says ERROR_FILENAME_EXCED_RANGE (206),
		// the same words as a path that is too long, so the context decides.
		class: 'windows-command-line-too-long',
		checks: ['long-paths', 'cgo'],
		patterns: [
			win(/(?:fork\/exec|CreateProcess|exec:?) .*(?:The filename or extension is too long|error=206)/i),
			win(/The command line is too long/i),
			winZh(/(?:fork\/exec|CreateProcess) .*文件名或扩展名太长/),
			// ERROR_FILENAME_EXCED_RANGE (206) in other languages, after fork/exec or CreateProcess:
			// de (learn.microsoft.com/de-de and pastes) "Der Dateiname oder die Erweiterung ist zu lang.";
			// fr (learn.microsoft.com/fr-fr) "Le nom de fichier ou l’extension est trop long.";
			// es (pastes) "El nombre del archivo o la extensión es demasiado largo";
			// pt-BR (pastes, "CreateProcess error=206, …") "O nome do arquivo ou a extensão é muito grande";
			// pt-PT (arduino/Arduino#7707, pasted with mojibake) "O nome de ficheiro ou a extensão é demasiado longo.";
			// ru (pastes) "Имя файла или его расширение имеет слишком большую длину."; ja (pastes) "ファイル名または拡張子が長すぎます";
			// ko (pastes) "파일 이름이나 확장명이 너무 깁니다"; zh-TW (pastes) "檔案名稱或副檔名太長".
			winL10n(
				/(?:fork\/exec|CreateProcess|exec:?) .*(?:Der Dateiname oder die Erweiterung ist zu lang|Le nom de fichier ou l[’']extension est trop long|El nombre del archivo o la extensi\S{1,3}n es demasiado largo|O nome d[eo] (?:ficheiro|arquivo) ou a extens\S{1,3}o \S{1,3} (?:demasiado longo|muito grande)|Имя файла или его расширение имеет слишком большую длину|ファイル名または拡張子が長すぎます|파일 이름이나 확장명이 너무 깁니다|檔案名稱或副檔名太長)/i,
			),
		],
	},
	{
		// PowerShell's `set` is Set-Variable: `set CGO_ENABLED=0` makes a PowerShell variable named
		// "CGO_ENABLED=0", and go never sees it.
		class: 'powershell-set-not-env',
		checks: ['terminal', 'cgo'],
		patterns: [win(/^\s*PS [^>\n]*>\s*set\s+[A-Za-z_][A-Za-z0-9_]*=/i)],
	},
	{
		// PowerShell (and some runners) split `-flag=value.ext` at the dot: go gets `.ext` as a
		// package, or one argument too many.
		class: 'powershell-flag-split',
		checks: ['terminal'],
		patterns: [
			any(/(?:no required module provides package|cannot find package|malformed import path|package) "?\.[A-Za-z0-9]{1,8}"?(?=[;:\s]|$)/),
			{
				re: /^\s*too many arguments\s*$/,
				wording: 'any',
				when: (_g, context) => /\s-[\w-]+=[^\s=]*\.[A-Za-z0-9]{1,8}\b/.test(context.text),
			},
		],
	},
	{
		class: 'cgo-msvc-unsupported',
		checks: ['cgo'],
		patterns: [
			win(/\bcl : Command line error D\d{4}\b/i),
			win(/\bD8021\b.*invalid numeric argument/i),
			win(/invalid numeric argument '\/Werror'/i),
			win(/passed by cgo into cl\b/i),
			any(/unsupported option '-mthreads' for target '[^']*-msvc[^']*'/),
		],
	},
	{
		// A 32-bit MinGW gcc (mingw.org's, mingw32) asked for 64-bit code, or the reverse at link time.
		// ld's "i386 architecture of input file … is incompatible with i386:x86-64 output" is not one of them:
		// the link is 64-bit, so gcc is right, and the 32-bit object came ready-made (a .syso resource that
		// rsrc or goversioninfo wrote for 386, a prebuilt library): the project's build, not the machine.
		class: 'cgo-gcc-32bit',
		checks: ['cgo'],
		patterns: [any(/sorry, unimplemented: 64-bit mode not compiled\b/), any(/skipping incompatible \S+ when searching for -l/)],
	},
	{
		class: 'cgo-non-mingw-gcc',
		checks: ['cgo'],
		patterns: [
			// gcc quotes with ‘…’ in UTF-8 locales and '…' otherwise; older gcc says "command line".
			any(/unrecognized command[- ]line option\s*['"‘`]?-mthreads/i),
			any(/unsupported option '-mthreads' for target/),
			// cgo links a Windows program with -lmingwex -lmingw32: an MSYS or Cygwin gcc (its ld under
			// x86_64-pc-msys or -pc-cygwin) has no such libraries.
			win(/\bld(?:\.exe)?: cannot find -lmingw(?:ex|32)\b/),
			// A Cygwin gcc compiling runtime/cgo: its headers have no _beginthread (MinGW's C runtime has).
			any(/gcc_libinit_windows\.c.*(?:implicit declaration of function '?_beginthread|'_beginthread' undeclared)/),
			any(/implicit declaration of function [‘'"]_beginthread[’'"]/),
			win(/-pc-(?:msys|cygwin)[\\/]\S*\bld(?:\.exe)?: cannot find -l/),
			// The gcc that comes with the Haskell Platform or Stack (a realgcc.exe behind a wrapper), not a MinGW-w64 gcc for cgo.
			win(/\brealgcc(?:\.exe)?: /),
		],
	},
	{
		class: 'cgo-object-format',
		checks: ['cgo'],
		patterns: [any(/cannot parse gcc output \S+ as ELF, Mach-O, PE(?:, XCOFF)? object/)],
	},
	{
		class: 'cgo-cc-path-spaces',
		checks: ['cgo'],
		patterns: [
			// CC is split like a shell line: `C:\Program Files\...\gcc.exe` unquoted runs `C:\Program`.
			{
				re: /cgo: (?:C compiler "(?<prog>[^"]+)" not found|exec (?<prog2>.+?)): exec: "[^"]*": (?:file does not exist|stat .*no such file or directory|executable file not found)/,
				wording: 'any',
				when: (g) => {
					const prog = unquoteGo(g.prog ?? g.prog2 ?? '');
					return /^(?:[A-Za-z]:)?[\\/]/.test(prog) && !COMPILER_NAME.test(basename(prog));
				},
			},
		],
	},
	{
		class: 'cgo-compiler-missing',
		checks: ['cgo'],
		patterns: [
			win(/cgo: C compiler "[^"]+" not found: .*%PATH%/),
			unix(/cgo: C compiler "[^"]+" not found: .*\$PATH/),
			any(/cgo: C compiler "[^"]+" not found/),
			win(/cgo: exec \S+: exec: "[^"]+": executable file not found in %PATH%/),
			unix(/cgo: exec \S+: exec: "[^"]+": executable file not found in \$PATH/),
			any(/exec:\s+"(?:[^"]*[\\/])?(?:gcc|clang|cc|[\w.]+-gcc)(?:\.exe)?": executable file not found/),
			// A tool loading packages (go/packages) where cgo cannot run: no C compiler.
			any(/could not import C \(no metadata for C\)/),
			// A MinGW gcc that cannot start its own compiler proper (cc1 missing, a partial or mixed install).
			win(/\bgcc(?:\.exe)?: error: CreateProcess: No such file or directory/),
			...commandNotFound((name) => C_COMPILERS.test(name.toLowerCase())),
		],
	},
	{
		class: 'cgo-malformed-argument',
		checks: ['cgo'],
		patterns: [any(/malformed #cgo argument: /)],
	},
	{
		class: 'cgo-disabled',
		checks: ['cgo'],
		patterns: [
			any(/-race requires cgo/),
			any(/requires cgo; enable cgo by setting CGO_ENABLED=1/),
			any(/compiled with 'CGO_ENABLED=0'.*requires cgo/),
			// With cgo off (cross-compiling, CGO_ENABLED=0, or Go 1.20+ finding no C compiler) the files
			// that import "C" are left out, and a package of only such files has none left. A package
			// folder named for an OS or architecture is left out by GOOS/GOARCH instead: not this cause.
			{
				re: /build constraints exclude all Go files in (?<dir>\S+)/,
				wording: 'any',
				when: (g) => !OS_OR_ARCH_FOLDER.test(g.dir ?? ''),
			},
			// The package that go names is the current folder and the path was cut from the paste.
			{re: /package \.: build constraints exclude all Go files in[\s`'"]*$/, wording: 'any', when: (_g, context) => /cross[- ]?compil|GOOS=|GOARCH=|CGO_ENABLED=0|\bcgo\b/i.test(context.text)},
			// Cross-compiling (GOOS set for a go build) turns cgo off: a package's own cgo files drop out and the
			// names they defined are undefined in its other files (an unqualified name; pkg.Name is another matter).
			{re: /^\S+\.go:\d+(?::\d+)?: undefined: [A-Za-z_]\w*\s*$/, wording: 'any', when: (_g, context) => CROSS_BUILD.test(context.text) && !/CGO_ENABLED=1/.test(context.text)},
		],
	},
	{
		class: 'delve-too-old',
		checks: ['dlv'],
		patterns: [
			any(/version of Delve is too old for (?:Go version \S+|this version of Go)/i),
			// Delve 1.1 (2018): "executables built by Go 1.11 or later need Delve built by Go 1.11 or later".
			any(/executables built by Go [\d.]+ or later need Delve built by Go [\d.]+ or later/i),
			// Delve before its version checks (2018 and earlier) choking on the DWARF a newer Go writes.
			// Delve 1.1 and later say "need Delve built by Go 1.11" for that case: from them the same words mean a
			// program without debug symbols (stripped, or a build system that leaves them out), not an old Delve.
			{
				re: /could not launch process: decoding dwarf section \w+ at offset 0x[0-9a-f]+: too short/i,
				wording: 'any',
				when: (_g, context) => !DELVE_1_1_OR_LATER.test(context.text),
			},
		],
	},
	{
		class: 'delve-go-too-old',
		checks: ['dlv', 'go-version'],
		// Delve's wordings: "Go version 1.19.5 is too old for this version of Delve (minimum supported
		// version 1.21, …)", older releases "Version of Go is too old for this version of Delve
		// (minimum supported version 1.12, …)", sometimes without the space before the parenthesis.
		patterns: [any(/(?:Go version \S+|version of Go) is too old for this version of Delve/i)],
	},
	{
		// gopls (or golang.org/x/tools) built with a Go older than it needs, or an installer refusing to.
		class: 'gopls-old-go',
		checks: ['gopls', 'go-version'],
		patterns: [
			any(/golang\.org\/x\/tools(?:\/gopls)?@\S+?\/\S+:\d+:\d+: undefined: (?:errors\.(?:As|Is|Unwrap)|slices\.|maps\.|cmp\.|min|max|clear)/),
			any(/golang\.org\/x\/tools\/gopls@\S+ requires go >= \S+/),
			// Built in GOPATH mode (go get -u …/gopls before modules): the standard library API gopls uses is missing.
			any(/golang\.org\/x\/tools\/(?:gopls|internal\/lsp)\/\S+\.go:\d+:\d+: .*(?:undefined|has no field or method)/),
			any(/Failed to find a go command \(go[\d.]+ or newer\) needed to install tools/),
			any(/gopls@\S+: (?:note: module requires Go|go\.mod requires go >=)/),
		],
	},
	{
		class: 'gopls-unsupported-go',
		checks: ['gopls', 'go-version'],
		patterns: [any(/(?:Found Go version|Gopls was built with Go version) 1\.\d+, which (?:is not supported by this version of gopls|will be unsupported by gopls)/i)],
	},
	{
		// Files of the Go tree itself are missing: generated sources (make.bat run in a binary
		// install removes them) or the tools under pkg/tool.
		class: 'goroot-damaged',
		checks: ['goroot', 'smoke-build'],
		patterns: [
			any(/[\\/]src[\\/](?:runtime[\\/]internal[\\/]sys[\\/]zversion|cmd[\\/]go[\\/]internal[\\/]cfg[\\/]zdefaultcc|cmd[\\/]internal[\\/]objabi[\\/]zbootstrap|go[\\/]build[\\/]zcgo|internal[\\/]buildcfg[\\/]zbootstrap)\.go\b/),
			any(/fork\/exec \S*[\\/]pkg[\\/]tool[\\/]\w+[\\/]\w+(?:\.exe)?: (?:The system cannot find the (?:file|path) specified|no such file or directory|系统找不到指定的(?:文件|路径))/i),
			// ERROR_PATH_NOT_FOUND (3) in other languages: zh-TW, ru, es, ko (public pastes); de, fr (learn.microsoft.com).
			winL10n(
				/fork\/exec \S*[\\/]pkg[\\/]tool[\\/]\w+[\\/]\w+(?:\.exe)?: (?:系統找不到指定的路徑|Системе не удается найти указанный путь|El sistema no puede encontrar la ruta especificada|지정된 경로를 찾을 수 없습니다|Das System kann den angegebenen Pfad nicht finden|Le système ne peut pas trouver le chemin spécifié)/i,
			),
		],
	},
	{
		class: 'goroot-not-found',
		checks: ['goroot', 'go-on-path'],
		patterns: [
			// Go 1.7 printed it without the colon.
			any(/cannot find GOROOT directory:? /),
			// Standard packages missing under $GOROOT (GOROOT set to its bin folder, or to another folder).
			{re: /cannot find package "(?<pkg>[^"]+)" in any of:/, wording: 'any', when: (g) => STD_TOP.has((g.pkg ?? '').split('/')[0]!)},
		],
	},
	{
		class: 'toolchain-version-mismatch',
		checks: ['goroot', 'go-on-path'],
		patterns: [
			any(/version "go[^"]*" does not match go tool version "go[^"]*"/),
			any(/object is \[go object [^\]]*\] expected \[go object [^\]]*\]/),
		],
	},
	{
		class: 'package-not-in-std',
		checks: ['goroot'],
		patterns: [
			{re: /package (?<pkg>\S+) is not in (?:std|GOROOT) \(/, wording: 'any', when: (g) => !NEWER_STD.has(g.pkg ?? '')},
		],
	},
	{
		class: 'go-tool-missing',
		checks: ['goroot', 'gotoolchain'],
		patterns: [any(/go: no such tool "\w+"/)],
	},
	{
		// `go install path@version` needs Go 1.16: an older go answers as if GOPATH mode were the problem.
		class: 'go-too-old-for-install-version',
		checks: ['go-version', 'go-on-path'],
		patterns: [
			{
				re: /cannot use path@version syntax in GOPATH mode/,
				wording: 'any',
				when: (_g, context) => /\bgo install\s[^\n]*@/.test(context.text) || /go version go1\.(?:\d|1[0-5])(?:\.\d+)?\s/.test(context.text),
			},
		],
	},
	{
		// Go 1.17 deprecated installing with go get, Go 1.18 removed it: go get only edits go.mod.
		class: 'go-get-does-not-install',
		checks: ['go-version', 'gobin-on-path'],
		patterns: [
			any(/installing executables with 'go get' in module mode is deprecated/),
			any(/'go get' is no longer supported outside a module/),
			// Said in words only: "go get X" with Go 1.17 or later, and the program is not in bin.
			{
				fallback: true,
				re: /(?:^|[^\w-])go get (?:-u\S* )?\S+/,
				wording: 'any',
				when: (_g, context) =>
					/\bgo ?1\.(?:1[7-9]|[2-9]\d)\b|\bgo1\.(?:1[7-9]|[2-9]\d)\b/i.test(context.text) &&
					/\bbin\b[^\n]{0,60}(?:not|no|未|没有|找不到)|(?:not|no|未|没有|找不到)[^\n]{0,60}\bbin\b|binary (?:is )?(?:not|missing)|可执行文件/i.test(context.text),
			},
		],
	},
	{
		// A project laid out for GOPATH (no go.mod) built in module mode: the default since Go 1.16,
		// or GO111MODULE=on. (go get outside a module in Go 1.11-1.15 module mode is another matter.)
		class: 'gopath-project-module-mode',
		checks: ['go111module', 'go-env-file'],
		patterns: [
			{re: /go: cannot find main module\b/, wording: 'any', when: (_g, context) => !/\bgo get\b/.test(context.text)},
			// Go 1.16 and later (this wording is no older): go get needs a module too, so a GOPATH-era script's
			// go get outside one stops here; GO111MODULE=off (or go install path@version) is the way.
			any(/go\.mod file not found in current directory or any parent directory/),
			// Go 1.13-1.15: an import path of a GOPATH project read as a module path.
			{re: /malformed module path "[^"]+": missing dot in first path element/, wording: 'any', when: (_g, context) => /\bGOPATH=|GO111MODULE=on/.test(context.text)},
		],
	},
	{
		// A value that ends in a carriage return (a script or profile saved with CRLF line ends):
		// the \r makes the name another, and the terminal shows the message written over itself.
		class: 'setting-has-carriage-return',
		checks: ['go-env-file', 'gopath', 'terminal'],
		patterns: [
			unix(/\$'\\r': command not found/),
			unix(/^: (?:no such file or directory|not a directory|permission denied|No such file or directory)(?=\S)/),
			unix(/\r: (?:no such file or directory|command not found|not a directory)/),
		],
	},
	{
		class: 'modules-disabled',
		checks: ['go111module', 'go-env-file'],
		patterns: [
			any(/modules disabled by GO111MODULE=(?:off|auto in GOPATH\/src)/),
			// A "package" that is a flag (an editor appending build flags after the path) is not GOPATH mode's fault.
			{re: /cannot find package "(?<pkg>[^"]+)" in any of:/, wording: 'any', when: (g) => !/^-|=/.test(g.pkg ?? '')},
			any(/cannot use path@version syntax in GOPATH mode/),
		],
	},
	{
		// GOPATH mode (GO111MODULE=off, or auto outside a module before Go 1.16): go get fetches
		// https://<path>?go-get=1 and clones with git itself; GOPROXY is not used at all.
		class: 'gopath-get-ignores-goproxy',
		checks: ['go111module', 'goproxy'],
		patterns: [
			{
				re: /(?:^|\s)package \S+: unrecognized import path "[^"]+"/,
				wording: 'any',
				// GOPATH mode reached for the origin server itself, where a module proxy would have
				// answered. But through an HTTP proxy of the environment ("proxyconnect") that failed,
				// that proxy is the cause (a later rule names it), unless a GOPROXY was set for go to use.
				when: (_g, context) =>
					!/proxyconnect tcp/.test(context.lines[context.index] ?? '') || GOPROXY_SET.test(context.text),
			},
			// go get -u in GOPATH mode updates a checkout with "git pull --ff-only" (module mode never
			// does): git's own failure there, with a GOPROXY set, is the proxy not being used.
			{
				re: /fatal: unable to access '[^']+': /,
				wording: 'git',
				when: (_g, context) => /git pull --ff-only/.test(context.text) && GOPROXY_SET.test(context.text),
			},
		],
	},
	{
		class: 'goproxy-empty-list',
		checks: ['goproxy', 'go-env-file'],
		patterns: [any(/GOPROXY list is not the empty string, but contains no entries/)],
	},
	{
		class: 'goproxy-bad-scheme',
		checks: ['goproxy', 'go-env-file'],
		patterns: [any(/invalid proxy URL scheme \(must be https, http, file\)/), any(/invalid proxy URL missing scheme/)],
	},
	{
		class: 'goproxy-off',
		checks: ['goproxy', 'go-env-file'],
		patterns: [any(/disabled by GOPROXY=off/)],
	},
	{
		class: 'gotoolchain-invalid',
		checks: ['gotoolchain'],
		patterns: [any(/invalid GOTOOLCHAIN "[^"]*"/)],
	},
	{
		class: 'toolchain-not-available',
		checks: ['gotoolchain', 'go-version', 'goproxy'],
		patterns: [any(/go: download go\S* for \S+: toolchain not available/), any(/toolchain not available/), any(/cannot find "go1[^"]*" in PATH/)],
	},
	{
		class: 'toolchain-too-new-local',
		checks: ['gotoolchain', 'go-version'],
		patterns: [
			// gover.TooNewError: "%v requires go >= %v (running go %v; GOTOOLCHAIN=%v)"; the
			// "switching to" line of a successful switch has no "(running go".
			any(/requires go >= \S+ \(running go [^)]*\)/),
			// Go 1.20 and older, after a failed build.
			any(/note: module requires Go \d/),
			// A compiler that does not know the predeclared any is older than Go 1.18: gc says "undefined: any",
			// gccgo "use of undefined type ‘any’". (A go.mod's older go line says "requires version go1.18" instead.)
			any(/\bundefined: any$/),
			any(/use of undefined type [‘'"`]any[’'"`]/),
			// An older go reading a go.mod written by a newer one: a three-part go line (1.15–1.20), a toolchain line (≤1.20).
			any(/invalid go version '\d+\.\d+\.\d+': must match format 1\.\d+/),
			any(/go\.mod:\d+: unknown directive: toolchain/),
			// A standard package newer than this go (embed before 1.16, slices before 1.21, iter before 1.23, …).
			{re: /package (?<pkg>\S+) is not in (?:std|GOROOT) \(/, wording: 'any', when: (g) => NEWER_STD.has(g.pkg ?? '')},
		],
	},
	{
		class: 'goflags-parse',
		checks: ['go-env-file'],
		patterns: [any(/go: parsing \$GOFLAGS: (?:non-flag|unknown flag)/), any(/go: invalid (?:boolean )?value "[^"]*" for flag \S+ \(from \$GOFLAGS\)/)],
	},
	{
		// A value go refuses for one of its settings: GO111MODULE, the architecture variants,
		// GOEXPERIMENT, GOSUMDB, GOVCS, the folders that must be absolute.
		class: 'go-setting-invalid',
		checks: ['go-env-file', 'go111module', 'goos-goarch', 'gosumdb'],
		patterns: [
			any(/go: unknown environment setting GO111MODULE=/),
			any(/invalid GO111MODULE value "[^"]*"/),
			any(/go: invalid (?:GOAMD64|GOARM|GOARM64|GO386|GORISCV64|GOMIPS|GOMIPS64|GOPPC64|GOWASM|GOFIPS140): /),
			any(/go: unknown GOEXPERIMENT /),
			any(/invalid GOSUMDB: |missing GOSUMDB\b|invalid sumdb name \(must be host/),
			any(/(?:empty entry|malformed entry|unreachable pattern) in GOVCS/),
			any(/GOCACHE is not an absolute path|build cache is disabled by GOCACHE=off|GOTMPDIR must be an absolute path|GOMODCACHE entry is relative|GOBIN must be an absolute path/),
			any(/-mod=\S+ not supported \(can be/),
		],
	},
	{
		// GOENV names a folder, or a file go cannot read or write.
		class: 'goenv-file-unusable',
		checks: ['go-env-file'],
		patterns: [any(/go(?: env -w)?: (?:reading|writing) go env config: /), any(/go: cannot find go env config/)],
	},
	{
		// GOPATH names a module's own folder (one holding go.mod): go refuses every command.
		class: 'gopath-is-module',
		checks: ['gopath'],
		// Go 1.13-era go refused ("exists but should not"); later releases go on without that module, warning.
		patterns: [any(/\$GOPATH\/go\.mod exists but should not/), any(/go: warning: ignoring go\.mod in \$GOPATH/)],
	},
	{
		class: 'gopath-equals-goroot',
		checks: ['gopath', 'goroot'],
		patterns: [
			any(/warning: GOPATH set to GOROOT \(.*\) has no effect/),
			any(/warning: both GOPATH and GOROOT are the same directory/),
			any(/\$GOPATH must not be set to \$GOROOT/),
		],
	},
	{
		class: 'gopath-relative',
		checks: ['gopath'],
		patterns: [any(/GOPATH entry is relative; must be absolute path/), any(/GOPATH entry cannot start with shell metacharacter '~'/)],
	},
	{
		// No GOPATH to use: Go before 1.8 had no default ("cannot download, $GOPATH not set"); later ones
		// say "missing $GOPATH" when the default ($HOME/go) is GOROOT itself and GOPATH is unset.
		class: 'gopath-not-set',
		checks: ['gopath'],
		patterns: [
			any(/cannot download, \$GOPATH not set/),
			any(/\$GOPATH not set\. For more details see: '?go help gopath/),
			any(/(?:^|: )missing \$GOPATH\s*$/),
			// A tool that makes an import path by cutting $GOPATH/src/ off a folder: with GOPATH empty the "path"
			// is the folder itself without its leading slash (home/ubuntu/project/...).
			any(/malformed module path "(?:home|Users|root)\/[^"]+": missing dot in first path element/),
		],
	},
	{
		// go install refuses to put a program built for another GOOS/GOARCH into GOBIN (Go 1.5 and later).
		class: 'gobin-cross-install',
		checks: ['goos-goarch', 'gobin-on-path'],
		patterns: [any(/cannot install cross-compiled binaries when GOBIN is set/)],
	},
	{
		// Go 1.9.4 and later allow only known-safe flags in #cgo lines and pkg-config output (CVE-2018-6574).
		class: 'cgo-flag-not-allowed',
		checks: ['cgo'],
		patterns: [any(/invalid flag in (?:#cgo (?:CFLAGS|CPPFLAGS|CXXFLAGS|FFLAGS|LDFLAGS)|pkg-config --(?:cflags|libs)): \S/)],
	},
	{
		// go build -compiler=gccgo with no gccgo on PATH: go runs an empty program name.
		class: 'gccgo-not-found',
		checks: ['go-on-path'],
		patterns: [
			any(/exec: "gccgo": executable file not found/),
			{re: /: fork\/exec : no such file or directory/, wording: 'any', when: (_g, context) => /-compiler[= ]gccgo\b/.test(context.text)},
		],
	},
	{
		class: 'go-env-overridden',
		checks: ['go-env-file'],
		patterns: [any(/warning: go env -w \w+=\.\.\. does not override conflicting OS environment variable/)],
	},
	{
		class: 'unknown-go-variable',
		checks: ['go-env-file'],
		patterns: [any(/go: unknown go command variable \S+/)],
	},
	{
		// The go command itself is built for another CPU than the machine's: a 64-bit (or amd64) Go
		// on a 32-bit or ARM system will not start; an amd64 Go on an Apple Silicon Mac runs under
		// Rosetta, and so does every program it builds, which Delve refuses to debug.
		class: 'go-wrong-arch-install',
		// go-on-path compares the go binary's own platform with the machine's (386 or amd64 under emulation).
		checks: ['go-on-path', 'go-version', 'goos-goarch'],
		patterns: [
			any(/can ?not run under Rosetta, check that the installed build of Go is right for your CPU architecture/i),
			unix(/(?:^|[\s:])(?:\S*\/)?(?:bin\/)?go: cannot execute binary file/i),
			unix(/(?:^|[\s:])(?:\S*\/)?bin\/go: (?:Exec format error|exec format error)/),
			// Delve does not build for a 32-bit x86 go (ArchInst missing, its sentinel package): with a 386 go on a 64-bit machine.
			{
				re: /delve[\\/]\S*: ?(?:\d+:)?(?:\d+:)? ?undefined: ArchInst|your_operating_system_and_architecture_combination_is_not_supported_by_delve/,
				wording: 'any',
				when: (_g, context) => GO_386.test(context.text),
			},
		],
	},
	{
		// A program built by a Go that no longer supports this Windows release: Windows XP and
		// Server 2003 (Go 1.10 was the last), Vista and Server 2008 (1.10), 7, 8 and Server 2012
		// (1.20; Go 1.22+ programs stop at a missing ProcessPrng entry point there).
		class: 'windows-version-unsupported',
		checks: ['go-version', 'goos-goarch'],
		patterns: [
			win(/procedure entry point ProcessPrng could not be located/i),
			winZh(/无法定位程序输入点\s*ProcessPrng/),
			{
				re: /is not a valid Win32 application|不是有效的 ?Win32 ?应用程序|is valid, but is for a machine type other than the current machine|有效，但不适用于此计算机类型|is not compatible with the version of Windows/i,
				wording: 'windows',
				when: (_g, context) => OLD_WINDOWS.test(context.text),
			},
		],
	},
	{
		class: 'cross-target-run',
		checks: ['goos-goarch'],
		patterns: [
			unix(/exec format error/i),
			unix(/cannot execute binary file/i),
			win(/is not a valid Win32 application/i),
			winZh(/不是有效的 ?Win32 ?应用程序/i),
			// ERROR_BAD_EXE_FORMAT's older wording (Windows XP, Server 2003), in English and (gost#460) Simplified Chinese.
			win(/is valid, but is for a machine type other than the current machine/i),
			winZh(/有效，但不适用于此计算机类型/),
			// ERROR_EXE_MACHINE_TYPE_MISMATCH (216) and the wording some tools print for it; zh-CN from a public paste
			// ("go-cqhttp.exe 与你运行的 Windows 版本不兼容。", go-cqhttp#1064).
			win(/is not compatible with the version of Windows you're running|The specified executable is not a valid application for this OS platform/i),
			winZh(/与你运行的 Windows 版本不兼容/),
			any(/unsupported GOOS\/GOARCH pair \S+/),
			// dlv debug with GOOS set to another system: the program it built cannot start under the debugger.
			{re: /could not launch process: stub exited while waiting for connection/, wording: 'any', when: (_g, context) => /\bGOOS=\w+[^\n]*\bdlv\b/.test(context.text)},
		],
	},
	{
		class: 'posix-env-syntax',
		checks: ['terminal', 'goos-goarch'],
		patterns: [
			// Case-sensitive on purpose: 'go' itself not being found is go-not-found.
			win(/'(?:C?GO[A-Z0-9_]+|CC)(?:=[^']*)?' is not recognized as an internal or external command/),
			win(/The term '(?:C?GO[A-Z0-9_]+|CC)=[^']*' is not recognized as (?:the|a) name of a cmdlet/),
			winZh(/'(?:C?GO[A-Z0-9_]+|CC)(?:=[^']*)?' 不是内部或外部命令/),
			// An editor or tool that runs commands without a shell: the assignment is taken for the program.
			any(/exec: "(?:C?GO[A-Z0-9_]+|CC)=[^"]*": executable file not found/),
			...commandNotFound((name) => ENV_ASSIGNMENT.test(name)).filter((p) => p.wording === 'windows-l10n'),
			// `env GOOS=linux go build`: Unix's env sets a variable for one command; cmd and PowerShell have no env.
			...commandNotFound((name) => name.toLowerCase() === 'env').filter((p) => p.wording !== 'unix'),
		],
	},
	{
		// PowerShell's `$env:NAME = value` typed into cmd, which reads it as a file name.
		class: 'powershell-syntax-in-cmd',
		checks: ['terminal'],
		patterns: [
			{re: /The filename, directory name, or volume label syntax is incorrect/i, wording: 'windows', when: (_g, context) => POWERSHELL_ENV_ASSIGNMENT.test(context.text)},
			{re: /文件名、目录名或卷标语法不正确/, wording: 'windows-zh', when: (_g, context) => POWERSHELL_ENV_ASSIGNMENT.test(context.text)},
		],
	},
	{
		// A program built with `go build -o NAME` (no .exe) on Windows: cmd and PowerShell do not run a file
		// without an executable extension, and say so as if it were missing.
		class: 'exe-without-extension',
		checks: ['terminal'],
		patterns: commandNotFound(() => true)
			.filter((p) => p.wording !== 'unix')
			.map((p): Pattern => ({...p, when: (g, context) => builtWithoutExe(cleanName(g.name ?? ''), context.text)})),
	},
	{
		class: 'go-not-found',
		checks: ['go-on-path', 'stale-session', 'path-hygiene'],
		patterns: [
			win(/'go(?:\.exe)?' is not recognized as an internal or external command/i),
			win(/The term 'go(?:\.exe)?' is not recognized as (?:the|a) name of a cmdlet/i),
			winZh(/'go(?:\.exe)?' 不是内部或外部命令/),
			winZh(/无法将[“"]go(?:\.exe)?[”"]项识别为 cmdlet/),
			unix(/(?:^|\s|:)go: command not found/),
			unix(/command not found: go\s*$/),
			unix(/\bsh: \d+: go: not found/),
			unix(/Unknown command:? '?go'?\s*$/),
			win(/exec: "go(?:\.exe)?": executable file not found in %PATH%/),
			unix(/exec: "go": executable file not found in \$PATH/),
			any(/Failed to find the "go" binary/),
			// vscode-go: 'Failed to run "go env" … as the "go" binary cannot be found in either GOROOT(…) or PATH(…)'.
			any(/the "go" binary cannot be found in either GOROOT/),
			// A Node-based tool (an editor extension, a build script) starting go.
			any(/spawn go(?:\.exe)? ENOENT/),
			...commandNotFound((name) => /^go$/i.test(name)),
		],
	},
	{
		class: 'git-not-found',
		checks: ['git', 'path-hygiene'],
		patterns: [any(/go: missing Git command/), win(/exec: "git(?:\.exe)?": executable file not found in %PATH%/), unix(/exec: "git": executable file not found in \$PATH/)],
	},
	{
		// A program `go install` put into GOBIN (or GOPATH/bin) is not found: that folder is not on PATH.
		class: 'gobin-not-on-path',
		checks: ['gobin-on-path', 'path-hygiene', 'stale-session'],
		patterns: [
			...commandNotFound(goInstalledTool),
			// protoc looking for a plugin go installed.
			any(/protoc-gen-[\w-]+: program not found or is not executable/),
		],
	},
	{
		class: 'credential-helper-missing',
		checks: ['git-credentials'],
		patterns: [git(/git: 'credential-[\w-]+' is not a git command/), git(/git-credential-manager-core was renamed to git-credential-manager/)],
	},
	{
		class: 'private-repo-auth',
		checks: ['git-credentials', 'private-modules', 'git'],
		patterns: [
			git(/terminal prompts disabled/),
			git(/could not read (?:Username|Password) for '[^']+'/),
			git(/Authentication failed for '[^']+'/),
			git(/remote: HTTP Basic: Access denied/),
			git(/Permission denied \(publickey[^)]*\)/),
			git(/Host key verification failed/),
			// GitHub answers "not found" for a private repository asked without credentials.
			git(/remote: Repository not found\.?|fatal: repository '[^']+' not found/),
			any(/If this is a private repository, see https:\/\/golang\.org\/doc\/faq#git_https/),
		],
	},
	{
		class: 'filename-too-long',
		checks: ['long-paths'],
		patterns: [
			git(/Filename too long/),
			win(/The filename or extension is too long/i),
			winZh(/文件名或扩展名太长/),
			// The same Windows message (206) in other languages; sources as for windows-command-line-too-long.
			winL10n(
				/Der Dateiname oder die Erweiterung ist zu lang|Le nom de fichier ou l[’']extension est trop long|El nombre del archivo o la extensi\S{1,3}n es demasiado largo|O nome d[eo] (?:ficheiro|arquivo) ou a extens\S{1,3}o \S{1,3} (?:demasiado longo|muito grande)|Имя файла или его расширение имеет слишком большую длину|ファイル名または拡張子が長すぎます|파일 이름이나 확장명이 너무 깁니다|檔案名稱或副檔名太長/i,
			),
		],
	},
	{
		class: 'go-sum-missing',
		checks: [],
		patterns: [any(/missing go\.sum entry/)],
	},
	{
		class: 'checksum-mismatch',
		// Never git-autocrlf: go hashes module zips made with autocrlf forced off.
		checks: ['gosumdb', 'goproxy'],
		patterns: [any(/checksum mismatch/), any(/^\s*(?:\S+: )?SECURITY ERROR\s*$/), any(/This download does NOT match the one reported by the checksum server/)],
	},
	{
		// A checksum database that is down, failing (5xx, timing out behind a proxy), or a
		// third-party one that answers "not found" for everything.
		class: 'sumdb-unavailable',
		checks: ['gosumdb', 'goproxy'],
		patterns: [
			{re: SUMDB_LOOKUP, wording: 'any', when: (g, c) => sumdbLookupKind(g, c) === 'unavailable'},
			any(/reading \S*\/(?:sumdb\/[^/\s]+\/(?:lookup|tile|supported|latest)|lookup|tile\/\d+)\S*: (?:5\d\d)\b/),
			any(/sumdb lookup timeout|verifying \S+: checksum database disabled|could not reach checksum database/),
		],
	},
	{
		class: 'sumdb-private-module',
		checks: ['private-modules', 'gosumdb'],
		patterns: [{re: SUMDB_LOOKUP, wording: 'any', when: (g, c) => sumdbLookupKind(g, c) === 'private'}],
		params: (g) => ({prefix: privatePrefix(g.module ?? '')}),
	},
	{
		// A public module's version the checksum database cannot serve (410/404 Gone): the zip is
		// malformed, the tag was deleted or moved.
		class: 'sumdb-lookup-not-found',
		checks: ['gosumdb', 'goproxy'],
		patterns: [{re: SUMDB_LOOKUP, wording: 'any'}],
		params: (g) => ({module: g.module ?? ''}),
	},
	{
		// A version the proxy cannot serve: 404/410 for one version's .info, .mod or .zip (an
		// invalid or mistyped version, a pseudo-version that does not match, a major version
		// without /vN), in today's wording and the `unexpected status (…)` of Go 1.11 and 1.12.
		class: 'proxy-version-unavailable',
		checks: ['goproxy', 'private-modules'],
		patterns: [
			any(/(?:reading|unexpected status \() ?https?:\/\/\S+\/@v\/[^/\s)]+\.(?:info|mod|zip)\)?: (?:404 Not Found|410 Gone)/),
			any(/invalid version: (?:module contains a go\.mod file, so (?:major version must be compatible|module path must match major version)|revision is shorter than canonical|\+incompatible suffix not allowed|go\.mod has post-v\d+ module path)/),
			any(/invalid pseudo-version: /),
		],
	},
	{
		class: 'proxy-http-error',
		checks: ['goproxy', 'proxy-env'],
		patterns: [
			any(/reading https?:\/\/\S+: (?!404\b|410\b)[45]\d\d\b/),
			// Go 1.11 and 1.12: "unexpected status (https://…): 400 Bad Request".
			any(/unexpected status \(https?:\/\/[^)]+\): (?!404\b|410\b)[45]\d\d\b/),
			any(/Proxy Authentication Required/i),
			git(/The requested URL returned error: (?:407|5\d\d)\b/),
		],
	},
	{
		class: 'module-not-found',
		checks: ['private-modules', 'goproxy'],
		patterns: [
			any(/reading https?:\/\/\S+: (?:404 Not Found|410 Gone)/),
			// Go 1.11 and 1.12 for the module's version list or latest: "unexpected status (https://…/@v/list): 404 Not Found".
			any(/unexpected status \(https?:\/\/[^)]+\): (?:404 Not Found|410 Gone)/),
			any(/no matching versions for query "[^"]+"/),
			any(/invalid version: unknown revision \S+/),
			any(/cannot find module providing package \S+/),
		],
	},
	{
		class: 'tls-unknown-authority',
		checks: ['goproxy', 'proxy-env', 'gosumdb'],
		patterns: [
			any(/x509: certificate signed by unknown authority/),
			// macOS (Security.framework, Go 1.18+).
			unix(/x509: [“"][^”"]*[”"] certificate is not trusted/),
			git(/SSL certificate problem: (?:unable to get local issuer certificate|self[- ]signed certificate)/i),
			git(/server certificate verification failed\. CAfile/),
			win(/SEC_E_UNTRUSTED_ROOT|CERT_TRUST_IS_UNTRUSTED_ROOT/),
			win(/certificate chain was issued by an authority that is not trusted/i),
		],
	},
	{
		class: 'tls-name-mismatch',
		checks: ['goproxy', 'proxy-env'],
		patterns: [
			any(/x509: certificate is valid for .+, not \S+/),
			any(/x509: certificate is not valid for any names, but wanted to match \S+/),
			// Connecting by IP address to a server whose certificate names no IP.
			any(/x509: cannot validate certificate for \S+ because it doesn't contain any IP SANs/),
			git(/no alternative certificate subject name matches target host name/),
			git(/certificate subject name \(.*\) does not match target host name/),
			win(/SEC_E_WRONG_PRINCIPAL/),
		],
	},
	{
		class: 'tls-expired',
		checks: ['goproxy', 'proxy-env'],
		patterns: [any(/(?:x509: )?certificate has expired or is not yet valid/), git(/SSL certificate problem: certificate has expired/i), win(/SEC_E_CERT_EXPIRED/)],
	},
	{
		class: 'tls-protocol-mismatch',
		checks: ['proxy-env', 'goproxy'],
		patterns: [any(/tls: first record does not look like a TLS handshake/), any(/server gave HTTP response to HTTPS client/)],
	},
	{
		// A proxy set in HTTP_PROXY only: go's requests are https, which take HTTPS_PROXY, so they
		// went out directly and failed.
		class: 'https-proxy-unset',
		checks: ['proxy-env', 'goproxy'],
		patterns: [
			{
				re: /https:\/\/\S+.*(?:i\/o timeout|connection refused|actively refused|connection reset|forcibly closed|did not properly respond|no such host|TLS handshake timeout|context deadline exceeded)/,
				wording: 'any',
				// What was set before the error is what the failing command ran with (a fix shown after it does not count).
				when: (_g, context) => {
					const before = context.lines.slice(0, context.index + 1).join('\n');
					return /(?:^|[\s;:$"'])(?:env:)?http_proxy\s*=/im.test(before) && !/(?:^|[\s;:$"'])(?:env:)?(?:https|all)_proxy\s*=/im.test(before);
				},
			},
		],
	},
	{
		class: 'dns-failure',
		checks: ['goproxy', 'gosumdb', 'proxy-env'],
		patterns: [
			// Any failed lookup: "no such host", "server misbehaving", a DNS server timing out.
			// Go maps WSAHOST_NOT_FOUND to "no such host" on Windows too.
			any(/\blookup \S+?(?: on \S+?)?: no such host/),
			unix(/\blookup \S+?(?: on \S+?)?: (?:server misbehaving|Temporary failure in name resolution|read udp .*i\/o timeout|i\/o timeout)/),
			win(/\blookup \S+?: getaddrinfow: /),
			win(/getaddrinfow: (?:No such host is known|The requested name is valid, but no data of the requested type was found|This is usually a temporary error)/i),
			winZh(/getaddrinfow: (?:不知道这样的主机|请求的名称有效，但是找不到请求的类型的数据)/),
			git(/Could not resolve (?:host|proxy): \S+/),
			any(/\blookup \S+?(?: on \S+?)?: .*(?:no such host|dial udp)/),
		],
	},
	{
		class: 'connection-reset',
		checks: ['goproxy', 'proxy-env'],
		patterns: [
			unix(/connection reset by peer/),
			win(/An existing connection was forcibly closed by the remote host/i),
			winZh(/远程主机强迫关闭了一个现有的连接/),
			git(/(?:Recv|Send) failure: Connection (?:was )?reset/i),
		],
	},
	{
		// A clean close (EOF) before any answer: an HTTP proxy dropping the CONNECT tunnel
		// ("unexpected EOF" while go waits for its answer, "EOF" when it closes right after
		// "200"), or a firewall or middlebox closing the connection.
		class: 'connection-closed',
		checks: ['proxy-env', 'goproxy'],
		patterns: [
			any(/\b(?:Get|Head|Post|Put) "[^"]+": (?:proxyconnect tcp: )?(?:unexpected )?EOF\s*$/),
			// Go 1.13 and older: the URL unquoted, inside go get's parentheses.
			any(/\b(?:Get|Head) https?:\/\/\S+: (?:proxyconnect tcp: )?(?:unexpected )?EOF(?:\)|\s*$)/),
			git(/Empty reply from server|SSL_ERROR_SYSCALL in connection to|The TLS connection was non-properly terminated/),
		],
	},
	{
		class: 'connection-refused',
		checks: ['goproxy', 'proxy-env'],
		patterns: [
			unix(/connect: connection refused/),
			win(/No connection could be made because the target machine actively refused it/i),
			winZh(/由于目标计算机积极拒绝，无法连接/),
			git(/Failed to connect to .* Connection refused/i),
		],
	},
	{
		class: 'timeout',
		checks: ['goproxy', 'gosumdb', 'proxy-env'],
		patterns: [
			unix(/dial tcp \S+: i\/o timeout/),
			unix(/connect: (?:connection|operation) timed out/i),
			win(/A connection attempt failed because the connected party did not properly respond after a period of time/i),
			// The same message wrapped by an 80-column console (cmd's default): its core stays on one line.
			win(/^\s*connection attempt failed because the connected party did not properly respond\s*$/i),
			winZh(/由于连接方在一段时间后没有正确答复或连接的主机没有反应，连接尝试失败/),
			any(/TLS handshake timeout/),
			any(/Client\.Timeout exceeded|timeout awaiting response headers|context deadline exceeded/),
			git(/Failed to connect to .*(?:Timed out|Connection timed out)/i),
			any(/\bi\/o timeout\b/),
		],
	},
	{
		// go's work folder (GOTMPDIR, else TMPDIR / TMP / TEMP) cannot be made, written or run from:
		// a variable naming a missing folder, TEMP unset so Windows falls back to C:\Windows, /tmp noexec.
		class: 'go-tempdir-unusable',
		checks: ['gopath', 'defender', 'smoke-build'],
		patterns: [
			// (Denied in the user's own Temp folder is something else blocking go: access-denied, below.)
			any(/go: creating work dir: (?!mkdir \S*[\\/]AppData[\\/]Local[\\/]Temp[\\/]go-build\d+: (?:Access is denied|拒绝访问))/i),
			any(/mkdir \S*go-build\d+\S*: (?:no such file or directory|The system cannot find the path specified|permission denied|read-only file system|not a directory)/i),
			winZh(/mkdir \S*go-build\d+\S*: 系统找不到指定的路径/),
			// Denied in a folder users cannot write (C:\Windows when TEMP is unset, C:\Windows\Temp). In the user's
			// own Temp folder it is something else that blocks go (security software): access-denied.
			{
				re: /mkdir (?<dir>\S*)[\\/]go-(?:build|tool-dist-)\d+\S*: (?:Access is denied|拒绝访问)/i,
				wording: 'windows',
				when: (g) => !/[\\/]AppData[\\/]Local[\\/]Temp$/i.test(g.dir ?? ''),
			},
			// Built under /tmp, refused when run: a noexec mount.
			unix(/fork\/exec \/\S*go-build\d+\S*: permission denied/),
		],
	},
	{
		// GOPATH's folder cannot be a folder: a file (or a dangling link) has its name, so go cannot
		// make the module cache or bin inside it.
		class: 'gopath-not-directory',
		checks: ['gopath'],
		patterns: [
			any(/could not create module cache: (?:mkdir|stat) \S+: (?:The system cannot find the path specified|not a directory|file exists|系统找不到指定的路径|Системе не удается найти указанный путь)/i),
			any(/mkdir \S*[\\/]go(?:[\\/](?:pkg|bin|src)\S*)?: not a directory/),
		],
	},
	{
		class: 'access-denied',
		checks: ['gopath', 'defender', 'smoke-build'],
		patterns: [
			win(/: Access is denied\.?/i),
			winZh(/拒绝访问。|访问被拒绝。/),
			// ERROR_ACCESS_DENIED (5) after the path, in other languages: de (learn.microsoft.com/de-de) "Zugriff verweigert";
			// fr (learn.microsoft.com/fr-fr) "L’accès est refusé." / "Accès refusé."; es "Acceso denegado."; pt-BR
			// (learn.microsoft.com/pt-br) "Acesso negado."; ru "Отказано в доступе."; ja (pastes) "アクセスが拒否されました。";
			// ko (pastes, "[WinError 5] 액세스가 거부되었습니다") ; zh-TW (pastes) "存取被拒。".
			winL10n(/: (?:Zugriff verweigert|L[’']acc[eè]s est refus[ée]|Acc[eè]s refus[ée]|Acceso denegado|Acesso negado|Отказано в доступе|アクセスが拒否されました|액세스가 거부되었습니다|存取被拒)/i),
			unix(/\b(?:open|mkdir|remove|rename|unlinkat|fork\/exec|write|chmod|symlink) \S.*: permission denied/),
		],
	},
];
