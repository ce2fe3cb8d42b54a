import type {Facts} from './facts.js';

/**
 * The `go` and `toolchain` lines of a go.mod or go.work file, read as text: asking the go
 * command would let it switch toolchains, which a check must never trigger.
 */
export interface GoDirectives {
	/** `go 1.22` → `1.22`. */
	go?: {version: string; line: number};
	/** `toolchain go1.22.1` → `go1.22.1` (or `default`). */
	toolchain?: {name: string; line: number};
}

export function parseGoDirectives(content: string): GoDirectives {
	const found: GoDirectives = {};
	content.split(/\r?\n/).forEach((text, i) => {
		const line = text.replace(/\/\/.*$/, '').trim();
		const go = /^go\s+(\S+)$/.exec(line);
		if (go && !found.go) found.go = {version: go[1]!, line: i + 1};
		const toolchain = /^toolchain\s+(\S+)$/.exec(line);
		if (toolchain && !found.toolchain) found.toolchain = {name: toolchain[1]!, line: i + 1};
	});
	return found;
}

export interface ModuleFile extends GoDirectives {
	kind: 'go.mod' | 'go.work';
	path: string;
	/** The file is there but could not be read (`EACCES`…): its lines are unknown, not absent. */
	unreadable?: string;
}

/**
 * The go.work and go.mod that apply in the current folder, from `go env` (GOWORK, GOMOD),
 * which the go command reports without switching toolchains. The workspace file wins when
 * there is one, as it does for the go command.
 */
export function moduleFiles(facts: Facts): Promise<ModuleFile[]> {
	return facts.once('module-files', async () => {
		const goEnv = await facts.goEnv();
		if (!goEnv?.ok) return [];
		const files: ModuleFile[] = [];
		for (const [kind, value] of [
			['go.work', goEnv.values.GOWORK],
			['go.mod', goEnv.values.GOMOD],
		] as const) {
			if (!value || value === 'off' || value === '/dev/null' || value.toUpperCase() === 'NUL') continue;
			const read = await facts.sys.readText(value);
			if (read.ok) files.push({kind, path: value, ...parseGoDirectives(read.value)});
			else if (read.code !== 'ENOENT') files.push({kind, path: value, unreadable: read.code});
		}
		return files;
	});
}
