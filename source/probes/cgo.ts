import type {Probe, ProbeContext} from '../engine/probe.js';
import type {CommandFact, Facts} from '../facts/facts.js';
import {goSetting, type SettingOrigin} from '../facts/go-settings.js';
import {findAllOnPath} from '../facts/path-lookup.js';
import type {Evidence, GoEnvRowView} from '../model/finding.js';
import type {Change, Fix} from '../model/fix.js';
import {userShellSyntax} from '../shell/detect.js';
import {unsetSessionVariable} from '../shell/syntax.js';
import {goHost} from '../facts/os-arch.js';
import {commandEvidence, firstLine} from './evidence.js';
import {joinClauses} from '../i18n/index.js';
import {attempt, showsSetting} from '../facts/partial.js';
import {missingFact} from '../engine/missing-fact.js';

/**
 * cgo and its C compiler. Rules from cmd/go (cfg.defaultContext, Go 1.20+): CGO_ENABLED set
 * to 0 or 1 wins; a cross-compile turns cgo off; otherwise, when the OS variable CC is
 * empty and the default compiler (gcc; clang on darwin, ios, freebsd, openbsd) is not on
 * PATH, cgo is off. CC is split like a shell line (cmd/internal/quoted), so a path with
 * spaces must be quoted inside the value. On Windows only MinGW-w64 targets work: cgo
 * passes gcc flags (`-mthreads`, `-Werror`) that MSVC's cl.exe, clang-cl, and MSYS or
 * Cygwin-target gcc reject.
 */

/** cmd/internal/quoted.Split: fields, with '…' or "…" around one field, no escapes. */
export function splitQuoted(value: string): {fields: string[]} | {error: string} {
	const fields: string[] = [];
	let s = value;
	const space = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
	while (s.length > 0) {
		while (s.length > 0 && space(s[0])) s = s.slice(1);
		if (s.length === 0) break;
		if (s[0] === '"' || s[0] === "'") {
			const quote = s[0];
			const end = s.indexOf(quote, 1);
			if (end < 0) return {error: `unterminated ${quote} string`};
			fields.push(s.slice(1, end));
			s = s.slice(end + 1);
			continue;
		}
		let i = 0;
		while (i < s.length && !space(s[i])) i++;
		fields.push(s.slice(0, i));
		s = s.slice(i);
	}
	return {fields};
}

/** cmd/internal/quoted.Join for one argument: quoted only when it holds a space. */
export function quoteForGo(arg: string): string {
	if (!/[\s'"]/.test(arg)) return arg;
	return arg.includes('"') ? `'${arg}'` : `"${arg}"`;
}

export interface Triple {
	raw: string;
	arch: string;
	rest: string;
}

export function parseTriple(raw: string): Triple | null {
	const text = raw.trim().split(/\r?\n/)[0]?.trim() ?? '';
	if (!/^[A-Za-z0-9_.]+-[A-Za-z0-9_.-]+$/.test(text)) return null;
	const dash = text.indexOf('-');
	return {raw: text, arch: text.slice(0, dash), rest: text.slice(dash + 1)};
}

const ARCHES: Record<string, RegExp> = {
	amd64: /^(x86_64|amd64|x64)$/i,
	'386': /^i[3-6]86$/i,
	arm64: /^(aarch64|arm64|arm64e)$/i,
	arm: /^(arm|armv\d+[a-z]*|armeb|thumbv\d+[a-z]*)$/i,
	riscv64: /^riscv64/i,
	ppc64le: /^(powerpc64le|ppc64le)$/i,
	ppc64: /^(powerpc64|ppc64)$/i,
	s390x: /^s390x$/i,
	loong64: /^loongarch64$/i,
};

export type TargetProblem = 'msys' | 'cygwin' | 'msvc' | 'wrong-os' | 'wrong-arch' | 'multilib';

/** Whether a compiler for this target triple can build cgo code for GOOS/GOARCH. */
export function judgeTarget(triple: Triple, goos: string, goarch: string): TargetProblem | null {
	const rest = triple.rest.toLowerCase();
	if (goos === 'windows') {
		if (/msys/.test(rest)) return 'msys';
		if (/cygwin/.test(rest)) return 'cygwin';
		if (/msvc/.test(rest)) return 'msvc';
		if (!/(w64-mingw32|w64-windows-gnu|windows-gnu|mingw32)/.test(rest)) return 'wrong-os';
	} else {
		const names: Record<string, RegExp> = {
			linux: /linux(?!.*android)/,
			android: /android/,
			darwin: /(darwin|macos|apple)/,
			ios: /(ios|apple)/,
			freebsd: /freebsd/,
			openbsd: /openbsd/,
			netbsd: /netbsd/,
			dragonfly: /dragonfly/,
			solaris: /solaris/,
			illumos: /(illumos|solaris)/,
			aix: /aix/,
		};
		const want = names[goos];
		if (want && !want.test(rest)) return 'wrong-os';
	}
	// Apple's clang builds for either architecture: cgo passes `-arch` on darwin and ios.
	if (goos === 'darwin' || goos === 'ios') return null;
	const want = ARCHES[goarch];
	if (!want || want.test(triple.arch)) return null;
	// cgo passes -m32 for 386: a 64-bit x86 compiler copes only if it was built multilib.
	if (goarch === '386' && ARCHES.amd64!.test(triple.arch)) return 'multilib';
	return 'wrong-arch';
}

type CompilerKind = 'msvc' | 'clang-cl' | 'other';

function compilerKind(program: string): CompilerKind {
	const base = program.split(/[\\/]/).pop()!.toLowerCase().replace(/\.exe$/, '');
	if (base === 'cl') return 'msvc';
	if (base === 'clang-cl') return 'clang-cl';
	return 'other';
}

export interface CompilerCheck {
	/** CC as go sees it. */
	value: string;
	program?: string;
	resolved?: string;
	/** The program was not found; `quoted` holds a working quoted form when the cause is an unquoted space. */
	missing?: {quoted?: string};
	splitError?: string;
	kind?: CompilerKind;
	triple?: Triple;
	dumpmachine?: CommandFact;
}

async function resolveProgram(facts: Facts, program: string): Promise<string | null> {
	const {sys} = facts;
	const hasSeparator = /[\\/]/.test(program);
	if (!hasSeparator) return (await findAllOnPath(sys, program))[0] ?? null;
	const absolute = sys.path.resolve(sys.cwd(), program);
	const candidates = sys.platform === 'win32' && !/\.[A-Za-z0-9]+$/.test(absolute) ? [absolute, `${absolute}.exe`] : [absolute];
	for (const candidate of candidates) {
		const info = await sys.stat(candidate);
		if (info?.kind === 'file') return candidate;
	}
	return null;
}

/** Resolves CC, then asks the compiler its target (`-dumpmachine`), once per run. */
export function checkCompiler(facts: Facts, value: string): Promise<CompilerCheck> {
	return facts.once(`cc:${value}`, async () => {
		const split = splitQuoted(value);
		if ('error' in split) return {value, splitError: split.error};
		const program = split.fields[0];
		if (!program) return {value, missing: {}};
		const resolved = await resolveProgram(facts, program);
		if (!resolved) {
			// `C:\Program Files\mingw64\bin\gcc.exe` unquoted is split at the space.
			for (let n = split.fields.length; n > 1; n--) {
				const joined = split.fields.slice(0, n).join(' ');
				const found = await resolveProgram(facts, joined);
				if (found) return {value, program, missing: {quoted: [quoteForGo(joined), ...split.fields.slice(n)].join(' ')}};
			}
			return {value, program, missing: {}};
		}
		const kind = compilerKind(resolved);
		if (kind !== 'other') return {value, program, resolved, kind};
		const dumpmachine = await facts.exec(resolved, [...split.fields.slice(1), '-dumpmachine']);
		const triple = dumpmachine.result.exitCode === 0 ? parseTriple(dumpmachine.result.stdout) : null;
		// A renamed cl.exe still introduces itself.
		const saysMsvc = /Microsoft \(R\) C\/C\+\+|\bcl : Command line/i.test(dumpmachine.result.stderr + dumpmachine.result.stdout);
		return {value, program, resolved, kind: saysMsvc ? 'msvc' : kind, dumpmachine, ...(triple ? {triple} : {})};
	});
}

/** MinGW-w64 gcc in the usual places (MSYS2, TDM-GCC, w64devkit, Scoop, Chocolatey), and on PATH. */
export async function findMingwGcc(facts: Facts, goarch: string, exclude?: string): Promise<{file: string; triple: Triple} | null> {
	const {sys} = facts;
	if (sys.platform !== 'win32') return null;
	const drive = sys.getenv('SystemDrive') || 'C:';
	const home = sys.getenv('USERPROFILE') || sys.homedir();
	const known = [
		`${drive}\\msys64\\ucrt64\\bin\\gcc.exe`,
		`${drive}\\msys64\\mingw64\\bin\\gcc.exe`,
		`${drive}\\TDM-GCC-64\\bin\\gcc.exe`,
		`${drive}\\mingw64\\bin\\gcc.exe`,
		`${drive}\\w64devkit\\bin\\gcc.exe`,
		`${drive}\\ProgramData\\mingw64\\mingw64\\bin\\gcc.exe`,
		`${home}\\scoop\\apps\\mingw\\current\\bin\\gcc.exe`,
		`${home}\\scoop\\apps\\mingw-winlibs\\current\\bin\\gcc.exe`,
	];
	const seen = new Set<string>(exclude ? [exclude.toLowerCase()] : []);
	const candidates: string[] = [];
	for (const file of [...(await findAllOnPath(sys, 'gcc')), ...known]) {
		if (seen.has(file.toLowerCase())) continue;
		seen.add(file.toLowerCase());
		if ((await sys.stat(file))?.kind === 'file') candidates.push(file);
	}
	// Ask at most four; each answer costs a process.
	for (const file of candidates.slice(0, 4)) {
		const run = await facts.exec(file, ['-dumpmachine']);
		const triple = run.result.exitCode === 0 ? parseTriple(run.result.stdout) : null;
		if (triple && judgeTarget(triple, 'windows', goarch) === null) return {file, triple};
	}
	return null;
}

const DOC_URL = 'https://go.dev/wiki/cgo';

export const cgo: Probe = {
	id: 'cgo',
	family: 'cgo',
	title: 'probe.cgo.title',
	dependsOn: ['go-on-path'],
	async run(ctx) {
		const {facts, sys, t} = ctx;
		const goEnv = await facts.goEnv();
		if (!goEnv?.ok) return {status: 'unknown', summary: t('probe.cgo.noGoEnv'), evidence: goEnv ? [commandEvidence(t, goEnv)] : []};
		const v = goEnv.values;
		// CGO_ENABLED decides everything: a paste that does not show it leaves the check unknown.
		const enabledOrigin = await goSetting(facts, 'CGO_ENABLED');
		// A partial paste may leave the others out: GOOS/GOARCH then count as the host's, CC as the default.
		const originOf = async (name: string): Promise<SettingOrigin> => {
			const read = await attempt(() => goSetting(facts, name));
			return read.ok ? read.value : {name, value: v[name] ?? '', source: 'unknown'};
		};
		const [ccOrigin, goosOrigin, goarchOrigin] = await Promise.all([originOf('CC'), originOf('GOOS'), originOf('GOARCH')]);
		const enabled = v.CGO_ENABLED === '1';
		// Without GOHOSTOS/GOHOSTARCH (a paste that left them out) the go version line may say; else nothing says it is a cross build.
		const host = goHost(v) ?? goEnv.pasted?.hostFromGoVersion ?? null;
		const goos = v.GOOS ?? host?.os ?? '';
		const goarch = v.GOARCH ?? host?.arch ?? '';
		const cross = host !== null && goos !== '' && goarch !== '' && (goos !== host.os || goarch !== host.arch);
		const explicit = enabledOrigin.source === 'process' || enabledOrigin.source === 'go-env-file';
		// cmd/dist's DefaultCC: clang on darwin, ios, freebsd, openbsd; gcc elsewhere (Windows too).
		const defaultCc = ['darwin', 'ios', 'freebsd', 'openbsd'].includes(goos) ? 'clang' : 'gcc';
		const cc = v.CC || defaultCc;
		// A paste cannot say where the compiler is, but its name alone may say it cannot work (cl, a 32-bit MinGW).
		const checkRead = await attempt(() => checkCompiler(facts, cc));
		const check = checkRead.ok ? checkRead.value : compilerFromValue(cc);
		// Go 1.20+ turns cgo off when the OS variable CC is empty and DefaultCC is not on PATH;
		// CC in the go env file does not count for that rule.
		const offRead = await attempt(async () => !sys.getenv('CC') && (await findAllOnPath(sys, defaultCc)).length === 0);
		const offForNoCompiler = offRead.ok ? offRead.value : undefined;

		const sourceName = (origin: SettingOrigin) => (origin.where ? t('evidence.sourceWhere', {source: t(`source.${origin.source}`), where: origin.where}) : t(`source.${origin.source}`));
		const row = (name: string, value: string, origin?: SettingOrigin): GoEnvRowView => ({
			name,
			value: value === '' ? t('evidence.empty') : value,
			// GOHOSTOS and GOHOSTARCH are the go binary's own.
			source: origin?.source ?? 'inferred',
			...(origin?.where ? {where: origin.where} : {}),
		});
		const evidence: Evidence[] = [
			{
				kind: 'go-env',
				title: t('probe.cgo.evidence.settings'),
				rows: [
					row('CGO_ENABLED', v.CGO_ENABLED ?? '', enabledOrigin),
					row('CC', showsSetting(goEnv, 'CC') ? cc : `${cc} ${t(goEnv.pasted?.given === 'paste' ? 'snapshot.notInPaste' : 'snapshot.notInSnapshot')}`, ccOrigin),
					row('GOOS', goos, goosOrigin),
					row('GOARCH', goarch, goarchOrigin),
					row('GOHOSTOS', v.GOHOSTOS ?? t('evidence.unknown')),
					row('GOHOSTARCH', v.GOHOSTARCH ?? t('evidence.unknown')),
				],
			},
			{
				kind: 'kv',
				title: t('probe.cgo.evidence.compiler'),
				rows: [
					{label: t('probe.cgo.label.program'), value: check.program ?? cc},
					checkRead.ok
						? {label: t('probe.cgo.label.resolved'), value: check.resolved ?? t('probe.cgo.notFound'), tone: check.resolved ? 'normal' : 'bad'}
						: {label: t('probe.cgo.label.resolved'), value: t('evidence.unknown'), tone: 'muted' as const},
					{label: t('probe.cgo.label.target'), value: check.triple?.raw ?? (check.kind === 'msvc' || check.kind === 'clang-cl' ? 'MSVC' : '?')},
				],
			},
		];
		if (check.dumpmachine) evidence.push(commandEvidence(t, check.dumpmachine, t('probe.cgo.evidence.dumpmachine')));

		// What is wrong with the compiler, if anything; `null` = it can build cgo code.
		const problem = compilerProblem(t, check, goos, goarch, (v.GOHOSTOS ?? host?.os) === 'windows') ?? (checkRead.ok ? null : likely32Bit(t, check, goos, goarch));
		const fixesRead = await attempt(() => compilerFixes(ctx, {check, goarch, goos, ccOrigin, enablingNeeded: !enabled && !explicit && !cross, problem}));
		const fixes = fixesRead.ok ? fixesRead.value : [];

		if (!enabled) {
			const reason = explicit
				? t('probe.cgo.off.explicit', {source: sourceName(enabledOrigin)})
				: cross
					? t('probe.cgo.off.cross', {goos, goarch, hostos: host?.os ?? '?', hostarch: host?.arch ?? '?'})
					: offForNoCompiler === undefined
						? t('probe.cgo.off.notSaid', {cc: defaultCc})
						: !offForNoCompiler
						? t('probe.cgo.off.default')
						: ccOrigin.source === 'go-env-file' && check.resolved
							? t('probe.cgo.off.ccInFile', {cc: defaultCc})
							: t('probe.cgo.off.noCompiler', {cc: defaultCc});
			const compiler = check.resolved ? (problem ? t('probe.cgo.off.compilerBad', {problem: problem.text}) : t('probe.cgo.off.compilerOk', {path: check.resolved})) : '';
			return {status: 'info', summary: joinClauses(t, [reason, compiler].filter(Boolean) as string[]), why: t('probe.cgo.off.why'), docUrl: DOC_URL, evidence, fixes};
		}
		if (problem) {
			return {status: problem.status, summary: problem.text, why: problem.why, docUrl: DOC_URL, evidence, fixes};
		}
		// Where the compiler is and what it targets is not in a paste: say what is known, and what is not.
		if (!checkRead.ok) {
			return {
				status: 'info',
				// A paste that leaves CC out: go's default compiler is a guess, not what the paste shows.
				summary: joinClauses(t, [t(showsSetting(goEnv, 'CC') ? 'probe.cgo.onWith' : 'probe.cgo.onCcNotShown', {cc}), t('missing.summary', {missing: missingFact(t, checkRead.missing, 'cgo'), consequence: t('probe.cgo.cannotTellCompiler', {cc})})]),
				docUrl: DOC_URL,
				evidence,
			};
		}
		if (!check.triple) {
			return {status: 'unknown', summary: t('probe.cgo.noTarget', {path: check.resolved ?? cc, error: firstLine(check.dumpmachine?.result.stderr ?? '') || '?'}), docUrl: DOC_URL, evidence};
		}
		return {status: 'ok', summary: t('probe.cgo.ok', {path: check.resolved!, target: check.triple.raw, source: sourceName(enabledOrigin)}), evidence};
	},
};

/**
 * What CC's value alone says, without looking for the program: how go splits it, a name that
 * is Microsoft's compiler, a name with a target triple (`i686-w64-mingw32-gcc`), and an
 * unquoted path with a space (`C:\Program Files\…\gcc.exe`, which go splits at the space).
 */
export function compilerFromValue(value: string): CompilerCheck {
	const split = splitQuoted(value);
	if ('error' in split) return {value, splitError: split.error};
	const program = split.fields[0] ?? '';
	const kind = compilerKind(program);
	if (kind !== 'other') return {value, program, kind};
	if (split.fields.length > 1 && /^(?:[A-Za-z]:)?[\\/]/.test(program) && !COMPILER_BASENAME.test(program.split(/[\\/]/).pop() ?? '')) {
		// Join up to the field that ends with a compiler's name: that is the path go was meant to run.
		for (let n = 2; n <= split.fields.length; n++) {
			const joined = split.fields.slice(0, n).join(' ');
			if (COMPILER_BASENAME.test(joined.split(/[\\/]/).pop() ?? '')) {
				return {value, program, missing: {quoted: [quoteForGo(joined), ...split.fields.slice(n)].join(' ')}};
			}
		}
	}
	const base = (program.split(/[\\/]/).pop() ?? '').replace(/\.exe$/i, '');
	const prefixed = /^(.+)-(?:gcc|clang|cc)(?:-[\d.]+)?$/.exec(base);
	const triple = prefixed ? parseTriple(prefixed[1]!) : null;
	return {value, program, ...(triple && /-/.test(triple.rest) ? {triple} : {})};
}

/** A compiler's own name: gcc, clang, cc, x86_64-w64-mingw32-gcc.exe … */
const COMPILER_BASENAME = /(?:^|[-_])(?:gcc|g\+\+|clang|clang\+\+|cc|c\+\+|cl|tcc|zig)(?:-[\d.]+)?(?:\.exe)?$/i;

/**
 * A 64-bit Go with a compiler from a folder only 32-bit MinGW ships in: mingw.org's
 * `C:\MinGW\bin` (it never had a 64-bit gcc), `mingw32\bin`, `TDM-GCC-32`. Told from the
 * path alone, so only a likelihood: the live check asks the compiler (`-dumpmachine`).
 */
function likely32Bit(t: ProbeContext['t'], check: CompilerCheck, goos: string, goarch: string): Problem | null {
	if (goos !== 'windows' || goarch !== 'amd64' || !check.program) return null;
	if (!/(?:^|[\\/])(?:MinGW|mingw32|TDM-GCC-32)[\\/]bin[\\/]/i.test(check.program)) return null;
	return {status: 'warn', text: t('probe.cgo.likely32bit', {path: check.program, goarch}), why: t('probe.cgo.wrongTarget.why')};
}

interface Problem {
	status: 'error' | 'warn';
	text: string;
	why: string;
}

/** Go's %q of a name (strconv.Quote): JSON's escaping, for every name a path can hold. */
function goQuote(text: string): string {
	return JSON.stringify(text);
}

/**
 * What os/exec's LookPath says about a compiler it cannot find: a bare name is searched on
 * PATH; a name with a separator is tried as it is (stat on Unix; every PATHEXT on Windows).
 */
function lookPathError(program: string, hostWindows: boolean): string {
	const hasSeparator = hostWindows ? /[:\\/]/.test(program) : program.includes('/');
	if (!hasSeparator) return `exec: ${goQuote(program)}: executable file not found in ${hostWindows ? '%PATH%' : '$PATH'}`;
	return `exec: ${goQuote(program)}: ${hostWindows ? 'file does not exist' : `stat ${program}: no such file or directory`}`;
}

function compilerProblem(t: ProbeContext['t'], check: CompilerCheck, goos: string, goarch: string, hostWindows: boolean): Problem | null {
	if (check.splitError) return {status: 'error', text: t('probe.cgo.badQuotes', {cc: check.value, error: check.splitError}), why: t('probe.cgo.quote.why')};
	if (check.missing) {
		if (check.missing.quoted) return {status: 'error', text: t('probe.cgo.unquotedSpace', {cc: check.value, quoted: check.missing.quoted}), why: t('probe.cgo.quote.why')};
		const program = check.program ?? check.value;
		return {
			status: 'error',
			text: t('probe.cgo.missing', {cc: program, goMessage: `cgo: C compiler ${goQuote(program)} not found: ${lookPathError(program, hostWindows)}`}),
			why: t('probe.cgo.missing.why'),
		};
	}
	if (check.kind === 'msvc' || check.kind === 'clang-cl') {
		return {status: 'error', text: t('probe.cgo.msvc', {path: check.resolved ?? check.value}), why: t('probe.cgo.msvc.why')};
	}
	if (!check.triple) return null;
	const verdict = judgeTarget(check.triple, goos, goarch);
	const params = {path: check.resolved ?? check.value, target: check.triple.raw, goos, goarch};
	switch (verdict) {
		case null:
			return null;
		case 'msys':
		case 'cygwin':
			return {status: 'error', text: t('probe.cgo.msysTarget', params), why: t('probe.cgo.msysTarget.why')};
		case 'msvc':
			return {status: 'error', text: t('probe.cgo.msvcTarget', params), why: t('probe.cgo.msvc.why')};
		case 'wrong-os':
			return {status: 'error', text: t('probe.cgo.wrongOs', params), why: t('probe.cgo.wrongTarget.why')};
		case 'wrong-arch':
			return {status: 'error', text: t('probe.cgo.wrongArch', params), why: t('probe.cgo.wrongTarget.why')};
		case 'multilib':
			return {status: 'warn', text: t('probe.cgo.multilib', params), why: t('probe.cgo.wrongTarget.why')};
	}
}

/** Point CC (in the go env file) at a MinGW-w64 gcc found on the machine, when there is one. */
async function compilerFixes(
	ctx: ProbeContext,
	input: {check: CompilerCheck; goos: string; goarch: string; ccOrigin: SettingOrigin; enablingNeeded: boolean; problem: Problem | null},
): Promise<Fix[]> {
	const {facts, t} = ctx;
	const {check, ccOrigin} = input;
	const envFile = await facts.goEnvFile();
	const file = envFile.path;
	if (!file) return [];
	const fixes: Fix[] = [];
	const current = (key: string) => {
		const line = envFile.values.get(key);
		return line ? {set: true, value: line.value} : {set: false};
	};
	// An OS variable CC wins over the go env file: it has to go too.
	const osCc = ccOrigin.osValue ? {manualCommands: [unsetSessionVariable(await userShellSyntax(facts), 'CC')]} : {};
	const osCcText = ccOrigin.osValue ? ` ${t('fix.cgo.osCc')}` : '';

	// An unquoted space: the same compiler, quoted.
	if (check.missing?.quoted) {
		fixes.push({
			id: 'quote-cc',
			title: t('fix.cgo.quoteCc.title'),
			description: t('fix.cgo.quoteCc.description', {value: check.missing.quoted}) + osCcText,
			changes: [{kind: 'go-env', key: 'CC', file, before: current('CC'), after: {set: true, value: check.missing.quoted}}],
			needsAdmin: false,
			reversible: true,
			restartHint: t('fix.restart.none'),
			...osCc,
		});
		return fixes;
	}
	// The compiler in CC works; cgo is only off because gcc is not on PATH: turn it on.
	if (!input.problem && check.resolved && input.enablingNeeded) {
		fixes.push({
			id: 'enable-cgo',
			title: t('fix.cgo.enable.title'),
			description: t('fix.cgo.enable.description', {path: check.resolved}),
			changes: [{kind: 'go-env', key: 'CGO_ENABLED', file, before: current('CGO_ENABLED'), after: {set: true, value: '1'}}],
			needsAdmin: false,
			reversible: true,
			restartHint: t('fix.restart.none'),
		});
		return fixes;
	}
	const wantsCompiler = input.problem !== null || input.enablingNeeded;
	if (!wantsCompiler || input.goos !== 'windows' || facts.sys.platform !== 'win32') return fixes;
	const mingw = await findMingwGcc(facts, input.goarch, check.resolved);
	if (!mingw) return fixes;
	const changes: Change[] = [{kind: 'go-env', key: 'CC', file, before: current('CC'), after: {set: true, value: quoteForGo(mingw.file)}}];
	// CC in the go env file alone does not turn cgo back on: Go only skips its "no gcc on
	// PATH" rule when the OS variable CC is set. So the fix also sets CGO_ENABLED=1.
	if (input.enablingNeeded) changes.push({kind: 'go-env', key: 'CGO_ENABLED', file, before: current('CGO_ENABLED'), after: {set: true, value: '1'}});
	fixes.push({
		id: 'use-mingw-gcc',
		title: t('fix.cgo.useMingw.title'),
		description: t('fix.cgo.useMingw.description', {path: mingw.file, target: mingw.triple.raw}) + osCcText,
		changes,
		needsAdmin: false,
		reversible: true,
		restartHint: t('fix.restart.none'),
		...osCc,
	});
	return fixes;
}
