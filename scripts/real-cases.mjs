#!/usr/bin/env node
/**
 * The real-case corpus runner: the built program against pastes people really made.
 *
 *   node scripts/real-cases.mjs [case files or folders…]   run `explain` / `check --from` on each case
 *   node scripts/real-cases.mjs --check-format […]   only check that each case is well formed
 *
 * Without file arguments every case in test/fixtures/real-cases/ is taken. The format (and
 * what "passes" means) is in test/fixtures/real-cases/README.md. This script builds nothing:
 * run `npm run build` first. Expectations come from the issue threads, never from the program.
 */
import {execFile, execFileSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CASES_DIR = path.join(ROOT, 'test/fixtures/real-cases');
const BIN = path.join(ROOT, 'bin/goenv-tui.js');

/** The stand-ins a case writes for Go's default proxy and checksum database. */
const PLACEHOLDER = {proxy: 'goproxy.default.example', sumdb: 'sumdb.default.example'};

const HEADER_KEYS = ['source', 'thread', 'os', 'language', 'go', 'kind', 'diagnosis', 'expect-explain', 'expect-check'];
const REQUIRED = ['source', 'os', 'language', 'go', 'kind', 'diagnosis'];
const OSES = ['windows', 'linux', 'darwin', 'unknown'];
const KINDS = ['error', 'go-env', 'both'];
const STATUSES = ['ok', 'info', 'warn', 'error', 'unknown', 'skipped', 'failed'];
/** Words a finding's summary must never show a person: internal call names. */
const INTERNAL_WORDS = [/\bgetenv\b/, /\bstat /, /not in the snapshot:/, /\breadFile\b/, /\blstat\b/, /\bregQuery\b/];

// ---------------------------------------------------------------- the case file

/** Splits a case into its headers and the pasted text (everything after the first `---` line). */
export function parseCase(text) {
	const lines = text.split('\n');
	const sep = lines.findIndex((line) => line.replace(/\r$/, '') === '---');
	if (sep < 0) return {headers: {}, body: '', problems: ['no line that is exactly "---" before the pasted text']};
	const headers = {};
	const problems = [];
	let last = null;
	for (const raw of lines.slice(0, sep)) {
		const line = raw.replace(/\r$/, '');
		if (line.trim() === '') continue;
		if (line.startsWith('  ') && last) {
			headers[last] += ' ' + line.trim();
			continue;
		}
		const m = /^([a-z-]+):\s?(.*)$/.exec(line);
		if (!m) {
			problems.push(`header line not understood: ${JSON.stringify(line)}`);
			continue;
		}
		if (m[1] in headers) problems.push(`header "${m[1]}" given twice`);
		headers[m[1]] = m[2].trim();
		last = m[1];
	}
	return {headers, body: lines.slice(sep + 1).join('\n'), problems};
}

/** `a | b` → ['a', 'b']. */
export function explainAlternatives(value) {
	return value.split('|').map((part) => part.trim()).filter(Boolean);
}

/** `gopath=warn,error; goproxy=error` → [{id: 'gopath', statuses: ['warn', 'error']}, …]. */
export function checkExpectations(value) {
	return value
		.split(';')
		.map((part) => part.trim())
		.filter(Boolean)
		.map((part) => {
			const [id, statuses = ''] = part.split('=');
			return {id: id.trim(), statuses: statuses.split(',').map((s) => s.trim()).filter(Boolean)};
		});
}

// ---------------------------------------------------------------- what the project knows

/** Cause classes: the program's contract, plus the agreed new ones and the corpus's own (tables). */
function knownClasses() {
	const classes = new Set(['none']);
	const rules = readFileSync(path.join(ROOT, 'source/explain/rules.ts'), 'utf8');
	const list = /CAUSE_CLASSES\s*=\s*\[([\s\S]*?)\]\s*as const/.exec(rules);
	for (const m of (list?.[1] ?? '').matchAll(/'([a-z0-9-]+)'/g)) classes.add(m[1]);
	for (const m of rules.matchAll(/class: '([a-z0-9-]+)'/g)) classes.add(m[1]);
	// The first column of the class tables in the corpus's README (agreed) and CLASSES.md (added).
	for (const file of ['README.md', 'CLASSES.md']) {
		let text = '';
		try {
			text = readFileSync(path.join(CASES_DIR, file), 'utf8');
		} catch {
			continue;
		}
		for (const m of text.matchAll(/^\|\s*`([a-z0-9-]+)`\s*\|/gm)) classes.add(m[1]);
	}
	return classes;
}

/** Finding ids: one per check module the checklist imports (the module is named after its id). */
function knownFindings() {
	const index = readFileSync(path.join(ROOT, 'source/probes/index.ts'), 'utf8');
	return new Set([...index.matchAll(/from '\.\/([a-z0-9-]+)\.js'/g)].map((m) => m[1]));
}

/**
 * This machine's defaults for GOPROXY and GOSUMDB, as go itself states them with nothing of
 * the user's (no go env file, no environment value): the hosts the placeholders stand for.
 */
function defaultHosts() {
	const env = {...process.env, GOENV: 'off', GOTOOLCHAIN: 'local'};
	delete env.GOPROXY;
	delete env.GOSUMDB;
	const out = execFileSync('go', ['env', '-json', 'GOPROXY', 'GOSUMDB'], {env, encoding: 'utf8'});
	const {GOPROXY = '', GOSUMDB = ''} = JSON.parse(out);
	const hostOf = (entry) => entry.replace(/^[a-z]+:\/\//, '').replace(/[/+\s].*$/, '');
	const proxy = GOPROXY.split(/[,|]/).map(hostOf).find((h) => h.includes('.'));
	const sumdb = hostOf(GOSUMDB.split(/\s/)[0] ?? '');
	if (!proxy || !sumdb.includes('.')) throw new Error(`cannot tell the default hosts from go env: ${out}`);
	return {proxy, sumdb};
}

// ---------------------------------------------------------------- format check

/** Every problem of one case file's form (not of the program's answer). */
export function formatProblems(text, {classes, findings, hosts}) {
	const {headers, body, problems} = parseCase(text);
	for (const key of Object.keys(headers)) if (!HEADER_KEYS.includes(key)) problems.push(`unknown header "${key}"`);
	for (const key of REQUIRED) if (!headers[key]) problems.push(`missing header "${key}"`);
	for (const key of ['source', 'thread']) {
		const url = headers[key];
		if (url === undefined) continue;
		let parsed;
		try {
			parsed = new URL(url);
		} catch {
			problems.push(`${key} is not a URL: ${url}`);
			continue;
		}
		if (parsed.protocol !== 'https:' || /(^|\.)example\.(com|org|net)$|\.example$|^localhost$/.test(parsed.hostname) || parsed.pathname.length < 2) {
			problems.push(`${key} is not the address of a public page: ${url}`);
		}
	}
	if (headers.os && !OSES.includes(headers.os)) problems.push(`os "${headers.os}" is not one of ${OSES.join(', ')}`);
	if (headers.language && !/^[a-z]{2,3}(-[A-Z][A-Za-z]{1,3})?$/.test(headers.language)) problems.push(`language "${headers.language}" is not a language tag`);
	if (headers.go && !/^(go\d+(\.\d+){0,2}([a-z]+\d*)?|devel.*|unknown)$/.test(headers.go)) problems.push(`go "${headers.go}" is neither a Go version nor "unknown"`);
	const kind = headers.kind;
	if (kind && !KINDS.includes(kind)) problems.push(`kind "${kind}" is not one of ${KINDS.join(', ')}`);
	if (kind === 'error' || kind === 'both') {
		if (!headers['expect-explain']) problems.push(`kind ${kind} needs "expect-explain"`);
	}
	if (kind === 'go-env' || kind === 'both') {
		if (!headers['expect-check']) problems.push(`kind ${kind} needs "expect-check"`);
	}
	if (headers['expect-explain'] !== undefined) {
		const alternatives = explainAlternatives(headers['expect-explain']);
		if (alternatives.length === 0) problems.push('expect-explain is empty');
		if (alternatives.includes('none') && alternatives.length > 1) problems.push('expect-explain: "none" cannot be one of several alternatives');
		for (const cls of alternatives) if (!classes.has(cls)) problems.push(`expect-explain: unknown class "${cls}" (not in rules.ts, the README's table or CLASSES.md)`);
	}
	if (headers['expect-check'] !== undefined) {
		const expectations = checkExpectations(headers['expect-check']);
		if (expectations.length === 0) problems.push('expect-check is empty');
		for (const {id, statuses} of expectations) {
			if (!findings.has(id)) problems.push(`expect-check: unknown finding "${id}"`);
			if (statuses.length === 0) problems.push(`expect-check: "${id}" lists no status`);
			for (const status of statuses) if (!STATUSES.includes(status)) problems.push(`expect-check: "${status}" is not a status`);
		}
	}
	if (body.trim() === '') problems.push('no pasted text after "---"');
	const lower = text.toLowerCase();
	for (const host of [hosts.proxy, hosts.sumdb]) if (lower.includes(host.toLowerCase())) problems.push(`names a real registry host; write ${host === hosts.proxy ? PLACEHOLDER.proxy : PLACEHOLDER.sumdb} instead`);
	return problems;
}

// ---------------------------------------------------------------- running the program

function run(args, options) {
	return new Promise((resolve) => {
		execFile(process.execPath, [BIN, ...args], {...options, maxBuffer: 64 * 1024 * 1024, timeout: 60_000}, (error, stdout, stderr) => {
			const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
			resolve({code, stdout, stderr, killed: Boolean(error?.killed)});
		});
	});
}

function parseJson(text) {
	try {
		return {ok: true, value: JSON.parse(text)};
	} catch (error) {
		return {ok: false, error: String(error)};
	}
}

/** The environment the program runs in: this machine's, without the caller's Go settings or locale. */
function childEnv() {
	const env = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (/^(GO|CGO_|LC_|LANG$|LANGUAGE$)/.test(key)) continue;
		env[key] = value;
	}
	env.LANG = 'C.UTF-8';
	env.NO_COLOR = '1';
	return env;
}

/** Runs one case; returns the list of ways it failed (empty = passed). */
async function runCase(file, {hosts, tmp, env}) {
	const {headers, body} = parseCase(readFileSync(file, 'utf8'));
	const text = body.replaceAll(PLACEHOLDER.proxy, hosts.proxy).replaceAll(PLACEHOLDER.sumdb, hosts.sumdb);
	const input = path.join(tmp, path.basename(file, '.case') + '.txt');
	writeFileSync(input, text);
	const failures = [];
	const kind = headers.kind;

	if (headers['expect-explain'] !== undefined) {
		const expected = explainAlternatives(headers['expect-explain']);
		const result = await run(['explain', '--json', input], {env, cwd: tmp});
		const json = parseJson(result.stdout);
		if (result.code !== 0) failures.push(`explain exited ${result.code}${result.killed ? ' (killed: too slow)' : ''}: ${result.stderr.trim().slice(0, 300)}`);
		else if (!json.ok) failures.push(`explain printed no valid JSON: ${json.error}`);
		else {
			const causes = Array.isArray(json.value.causes) ? json.value.causes : [];
			const named = causes.map((cause) => cause.class);
			if (expected[0] === 'none') {
				if (named.length > 0) failures.push(`explain: expected no cause, got ${named.join(', ')} (first on: ${JSON.stringify(causes[0].line)})`);
			} else if (!expected.includes(named[0])) {
				failures.push(`explain: expected first cause ${expected.join(' | ')}, got ${named.length ? named.join(', ') : 'no cause'}${named.length ? ` (first on: ${JSON.stringify(causes[0].line)})` : ''}`);
			}
		}
	}

	if (kind === 'go-env' || kind === 'both') {
		const result = await run(['check', '--from', input, '--json'], {env, cwd: tmp});
		const json = parseJson(result.stdout);
		if (result.code !== 0 && result.code !== 1) failures.push(`check --from exited ${result.code}${result.killed ? ' (killed: too slow)' : ''}: ${result.stderr.trim().slice(0, 300)}`);
		else if (!json.ok) failures.push(`check --from printed no valid JSON: ${json.error}`);
		else {
			const findings = Array.isArray(json.value.findings) ? json.value.findings : [];
			for (const {id, statuses} of checkExpectations(headers['expect-check'] ?? '')) {
				const finding = findings.find((f) => f.id === id);
				if (!finding) failures.push(`check: no finding "${id}"`);
				else if (!statuses.includes(finding.status)) failures.push(`check: ${id} expected ${statuses.join(' or ')}, got ${finding.status}: ${JSON.stringify(finding.summary)}`);
			}
			for (const finding of findings) {
				const word = INTERNAL_WORDS.find((re) => re.test(finding.summary ?? ''));
				if (word) failures.push(`check: ${finding.id}'s summary shows an internal call name: ${JSON.stringify(finding.summary)}`);
			}
		}
	}
	return failures;
}

/** Runs `work` over `items` with at most `limit` at once, in order of completion. */
async function pool(items, limit, work) {
	const results = new Array(items.length);
	let next = 0;
	const workers = Array.from({length: Math.min(limit, items.length)}, async () => {
		while (next < items.length) {
			const index = next++;
			results[index] = await work(items[index]);
		}
	});
	await Promise.all(workers);
	return results;
}

/** The `.case` files of one folder, in name order. */
function casesIn(dir) {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.case'))
		.sort()
		.map((name) => path.join(dir, name));
}

/** A folder argument stands for its `.case` files, so a batch kept apart (never-seen cases) runs alone. */
function caseFiles(args) {
	if (args.length === 0) return casesIn(CASES_DIR);
	return args.flatMap((arg) => {
		const resolved = path.resolve(arg);
		return statSync(resolved).isDirectory() ? casesIn(resolved) : [resolved];
	});
}

/** `kind error: 30 of 34` lines, so a measurement states how each part of the batch fared. */
function breakdown(outcomes, key) {
	const groups = new Map();
	for (const {headers, failures} of outcomes) {
		const value = headers[key] ?? '?';
		const group = groups.get(value) ?? {passed: 0, total: 0};
		group.total++;
		if (failures.length === 0) group.passed++;
		groups.set(value, group);
	}
	return [...groups.entries()]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([value, {passed, total}]) => `${value} ${passed} of ${total}`)
		.join(', ');
}

async function main(argv) {
	const checkFormat = argv.includes('--check-format');
	const args = argv.filter((arg) => arg !== '--check-format');
	const files = caseFiles(args);
	const hosts = defaultHosts();
	const rel = (file) => path.relative(process.cwd(), file) || file;

	if (checkFormat) {
		const known = {classes: knownClasses(), findings: knownFindings(), hosts};
		let bad = 0;
		for (const file of files) {
			const problems = formatProblems(readFileSync(file, 'utf8'), known);
			if (problems.length === 0) continue;
			bad++;
			console.log(`${rel(file)}:`);
			for (const problem of problems) console.log(`  - ${problem}`);
		}
		console.log(`${files.length - bad} well formed, ${bad} not`);
		return bad === 0 && files.length > 0 ? 0 : 1;
	}

	const tmp = mkdtempSync(path.join(os.tmpdir(), 'goenv-tui-real-cases-'));
	const env = childEnv();
	const limit = Math.max(1, Math.min(4, os.availableParallelism?.() ?? os.cpus().length));
	try {
		const outcomes = await pool(files, limit, async (file) => ({
			file,
			headers: parseCase(readFileSync(file, 'utf8')).headers,
			failures: await runCase(file, {hosts, tmp, env}),
		}));
		const failed = outcomes.filter((o) => o.failures.length > 0);
		for (const {file, headers, failures} of failed) {
			console.log(`FAIL ${rel(file)}`);
			console.log(`  thread: ${headers.thread ?? headers.source}`);
			for (const failure of failures) console.log(`  - ${failure}`);
		}
		console.log(`by kind: ${breakdown(outcomes, 'kind')}`);
		console.log(`by os: ${breakdown(outcomes, 'os')}`);
		console.log(`by language: ${breakdown(outcomes, 'language')}`);
		console.log(`${outcomes.length - failed.length} passed, ${failed.length} failed`);
		return failed.length === 0 && outcomes.length > 0 ? 0 : 1;
	} finally {
		rmSync(tmp, {recursive: true, force: true});
	}
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	main(process.argv.slice(2)).then(
		(code) => process.exit(code),
		(error) => {
			console.error(error instanceof Error ? error.message : error);
			process.exit(2);
		},
	);
}
