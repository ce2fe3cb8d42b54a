import type {Facts} from './facts.js';

/** Node's process.arch in Go's words. */
const NODE_TO_GO: Record<string, string> = {x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64', loong64: 'loong64'};

export interface OsArchitecture {
	/** The machine's own architecture in GOARCH terms, or null when unknown. */
	arch: string | null;
	/** What it was read from, for evidence. */
	from: string;
}

/**
 * The architecture of the operating system itself, not of this process: an x64 Node under
 * emulation on Windows on Arm, or under Rosetta on a Mac, would otherwise hide the truth.
 * - Windows: PROCESSOR_IDENTIFIER names the real CPU (`ARMv8 (64-bit) …`) even in an
 *   emulated process, where PROCESSOR_ARCHITECTURE says AMD64; PROCESSOR_ARCHITEW6432 is set
 *   in 32-bit processes on a 64-bit Windows.
 * - macOS: `sysctl -n hw.optional.arm64` is 1 on Apple silicon, under Rosetta too (asked only
 *   when this process is x64).
 */
export function osArchitecture(facts: Facts): Promise<OsArchitecture> {
	return facts.once('os-architecture', async () => {
		const {sys} = facts;
		if (sys.platform === 'win32') {
			const identifier = sys.getenv('PROCESSOR_IDENTIFIER') ?? '';
			const wow = sys.getenv('PROCESSOR_ARCHITEW6432') ?? '';
			const own = sys.getenv('PROCESSOR_ARCHITECTURE') ?? '';
			if (/^ARM/i.test(identifier) || /^ARM64$/i.test(wow) || /^ARM64$/i.test(own)) return {arch: 'arm64', from: identifier || wow || own};
			const word = (wow || own).toUpperCase();
			if (word === 'AMD64') return {arch: 'amd64', from: `PROCESSOR_ARCHITECTURE${wow ? 'W6432' : ''}=${wow || own}`};
			if (word === 'X86') return {arch: '386', from: `PROCESSOR_ARCHITECTURE=${own}`};
			return {arch: NODE_TO_GO[sys.arch] ?? null, from: `node ${sys.arch}`};
		}
		if (sys.platform === 'darwin' && sys.arch !== 'arm64') {
			const command = await facts.exec('/usr/sbin/sysctl', ['-n', 'hw.optional.arm64']);
			if (command.result.stdout.trim() === '1') return {arch: 'arm64', from: 'sysctl hw.optional.arm64=1'};
		}
		return {arch: NODE_TO_GO[sys.arch] ?? null, from: `node ${sys.arch}`};
	});
}

/**
 * Targets this host's operating system usually starts although they are not its own
 * architecture: 32-bit x86 on 64-bit x86 (Linux IA32 emulation, Windows WOW64, FreeBSD),
 * x64 and x86 on Windows on Arm, x64 on Apple silicon (Rosetta). "Usually": the kernel or
 * Rosetta may be missing, so whoever asks still has to try.
 */
const RUNS_ALSO: Record<string, Record<string, readonly string[]>> = {
	linux: {amd64: ['386']},
	windows: {amd64: ['386'], arm64: ['amd64', '386']},
	freebsd: {amd64: ['386']},
	darwin: {arm64: ['amd64']},
};

/**
 * The machine go runs on, from `go env` (GOHOSTOS/GOHOSTARCH); null when they are not
 * there, as in a pasted `go env` that left them out. A real go always prints both.
 */
export function goHost(values: Readonly<Record<string, string>>): {os: string; arch: string} | null {
	const os = values.GOHOSTOS ?? '';
	const arch = values.GOHOSTARCH ?? '';
	return os !== '' && arch !== '' ? {os, arch} : null;
}

/** Whether a GOOS/GOARCH program may start on a GOHOSTOS/GOHOSTARCH machine without another OS. */
export function mayRunOnHost(goos: string, goarch: string, hostOs: string, hostArch: string): boolean {
	if (goos !== hostOs) return false;
	return goarch === hostArch || (RUNS_ALSO[hostOs]?.[hostArch]?.includes(goarch) ?? false);
}
