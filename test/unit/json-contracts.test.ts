import {readFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {main} from '../../source/cli.js';
import {snakeKeys, snakeName} from '../../source/report/json-names.js';
import {contractProblems, namingProblems, ourJson} from '../helpers/json-contract.js';
import {captureIo} from '../helpers/io.js';
import {ROOT} from '../helpers/sandbox.js';
import {defaultGoEnv, goWorld} from '../helpers/worlds.js';

afterEach(() => {
	process.exitCode = undefined;
});

/**
 * The published JSON contracts: one naming style (snake_case) across every output, each with
 * its schema_version, each described by a schema in schemas/ that ships in the package. The
 * helper every test reads our JSON through validates against those schemas; here it is shown
 * to catch what it must, and the outputs with the most shapes are validated on purpose.
 */
describe('field names', () => {
	it('renames lowerCamel fields to snake_case and leaves data-like names alone', () => {
		expect(['needsAdmin', 'restartHint', 'exitCode', 'validTo', 'noSumdb', 'lineNumber'].map(snakeName)).toEqual(['needs_admin', 'restart_hint', 'exit_code', 'valid_to', 'no_sumdb', 'line_number']);
		expect(['GOPATH', 'core.autocrlf', '_tone', 'doc_url', 'id', 'ProgramFiles'].map(snakeName)).toEqual(['GOPATH', 'core.autocrlf', '_tone', 'doc_url', 'id', 'ProgramFiles']);
	});

	it('keeps the old camelCase names beside the new ones, after them, only where asked', () => {
		const value = {fixId: 'x', nested: [{needsAdmin: true, plain: 1}]};
		expect(snakeKeys(value)).toEqual({fix_id: 'x', nested: [{needs_admin: true, plain: 1}]});
		const legacy = snakeKeys(value, {legacy: true}) as Record<string, unknown>;
		expect(Object.keys(legacy)).toEqual(['fix_id', 'nested', 'fixId']);
		expect((legacy.nested as Array<Record<string, unknown>>)[0]).toEqual({needs_admin: true, plain: 1, needsAdmin: true});
	});
});

describe('the contract helper', () => {
	it('refuses a camelCase field that has no snake_case twin, and an output without schema_version', () => {
		const report = {schema_version: 1, tool: {name: 'goenv-tui', version: '1'}, platform: {os: 'linux', arch: 'x64', release: '6', node: 'v20'}, language: 'en', duration_ms: 1, findings: []};
		expect(contractProblems('check', report)).toEqual([]);
		expect(contractProblems('check', {...report, durationMs: 2}).join('\n')).toMatch(/durationMs: not snake_case/);
		// A deprecated twin passes only with its new name's value.
		expect(namingProblems('check', {fix_id: 'a', fixId: 'a'})).toEqual([]);
		const {schema_version: _, ...unversioned} = report;
		expect(contractProblems('check', unversioned).join('\n')).toMatch(/schema_version/);
		expect(contractProblems('explain', {causes: []}).join('\n')).toMatch(/schema_version/);
	});

	it('ships every schema in the package and links each from the README', () => {
		const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {files: string[]};
		expect(pkg.files).toContain('schemas/');
		const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
		for (const name of ['check', 'journal', 'explain', 'snapshot']) expect(readme).toContain(`(schemas/${name}.schema.json)`);
	});
});

describe('check --json', () => {
	it('holds to its schema with fixes and evidence of many kinds, snake_case throughout, the old names kept beside', async () => {
		// A Windows machine with problems: PATH, registry, go env and command evidence, and fixes.
		const world = goWorld({platform: 'win32', env: {GO111MODULE: 'off', GOROOT: 'C:\\Go'}, goEnv: defaultGoEnv('win32', {GO111MODULE: 'off'})});
		const io = captureIo();
		await main(['check', '--json', '--offline'], io, world);
		const report = ourJson('check', io.out());
		const fixes = report.findings.flatMap((finding: {fixes: Array<Record<string, unknown>>}) => finding.fixes);
		expect(fixes.length).toBeGreaterThan(0);
		for (const fix of fixes) {
			expect(fix).toHaveProperty('needs_admin');
			expect(fix.needsAdmin).toBe(fix.needs_admin);
		}
		const kinds = new Set(report.findings.flatMap((finding: {evidence: Array<{kind: string}>}) => finding.evidence.map((evidence) => evidence.kind)));
		expect(kinds.size).toBeGreaterThanOrEqual(4);
	});
});

describe('explain --json', () => {
	const LOG = [
		'go: example.com/lib@v1.2.0: Get "https://proxy.example.com/example.com/lib/@v/v1.2.0.info": dial tcp: lookup proxy.example.com: no such host',
		'# runtime/cgo',
		'cgo: C compiler "gcc" not found: exec: "gcc": executable file not found in $PATH',
	].join('\n');

	it('carries schema_version, holds to its schema, and --help names every field it prints', async () => {
		const world = goWorld({platform: 'linux', files: {'/home/dev/build.log': LOG}});
		const io = captureIo();
		expect(await main(['explain', '/home/dev/build.log', '--json'], io, world)).toBe(0);
		const report = ourJson('explain', io.out());
		expect(report.schema_version).toBe(1);
		expect(report.causes.length).toBeGreaterThanOrEqual(2);
		const help = captureIo();
		await main(['--help'], help, world);
		const explainHelp = help.out().slice(help.out().indexOf('explain [file|-]'));
		for (const field of [...Object.keys(report), ...Object.keys(report.causes[0])]) expect(explainHelp, field).toContain(`"${field}"`);
	});
});
