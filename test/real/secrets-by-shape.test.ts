import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {applyFix, listJournal, previewFix, undoEntry} from '../../source/fixes/index.js';
import {createTranslator} from '../../source/i18n/index.js';
import {Journal, journalFolder} from '../../source/journal/journal.js';
import type {Finding} from '../../source/model/finding.js';
import {createNodeSystem} from '../../source/system/node-system.js';
import {createSandbox, runCli, type Sandbox} from '../helpers/sandbox.js';

/**
 * Secrets of every shape, planted where a real machine keeps them, and then every output the
 * program writes, searched for each one. Shapes: a proxy password without a scheme, a
 * password in a URL with a scheme, a token as a URL path segment, a token in a query string,
 * variables named like secrets in the environment and in a shell profile. Outputs: check
 * (text, JSON, and text with the network checks), report --markdown, snapshot (plain,
 * --anonymize), check --from the snapshot, explain (text, JSON) of a log quoting them, a REPL
 * script (env, show, why, ls), the journal file, journal (text, JSON).
 */
const SECRETS = {
	bareProxyPassword: 'BareProxyPw0rdPlanted',
	urlPassword: 'SchemePw0rdPlanted',
	pathToken: 'Tk9PathTokenPlanted0aZ1b2C3',
	queryToken: 'QueryTok3nPlanted77',
	dbPass: 'DbPassw0rdPlanted',
	pat: 'PatValuePlanted0123',
};

let box: Sandbox;
const outputs = new Map<string, string>();
let undoLater: () => Promise<{status: string; profile: string; expected: string}>;

beforeAll(async () => {
	box = createSandbox();
	const env = {
		...box.env,
		HTTPS_PROXY: `planter:${SECRETS.bareProxyPassword}@proxy.example.com:3128`,
		HTTP_PROXY: `http://jane:${SECRETS.urlPassword}@proxy.example.com:8080`,
		ARTIFACTS_URL: `https://repo.example.com/api/v4/packages?private_token=${SECRETS.queryToken}&ref=main`,
		DB_PASS: SECRETS.dbPass,
	};
	box.go('env', '-w', `GOPROXY=https://goproxy.example.com/${SECRETS.pathToken}/,direct`);
	const profile = path.join(box.home, '.profile');
	writeFileSync(profile, [`export MY_PAT=${SECRETS.pat}`, `export DB_PASS=${SECRETS.dbPass}`, `export HTTPS_PROXY=planter:${SECRETS.bareProxyPassword}@proxy.example.com:3128`, 'export GO111MODULE=off', ''].join('\n'));
	const log = path.join(box.home, 'build.log');
	writeFileSync(
		log,
		[
			`go: downloading example.com/private v1.0.0 via https://goproxy.example.com/${SECRETS.pathToken}/example.com/private/@v/v1.0.0.zip`,
			`proxyconnect tcp: dial tcp planter:${SECRETS.bareProxyPassword}@proxy.example.com:3128: connect: connection refused`,
			`Get "https://repo.example.com/api?private_token=${SECRETS.queryToken}": x509: certificate signed by unknown authority`,
			`fatal: unable to access 'https://jane:${SECRETS.urlPassword}@git.example.com/repo.git/': Could not resolve host: git.example.com`,
			`export MY_PAT=${SECRETS.pat}`,
		].join('\n'),
	);
	const cli = (name: string, args: string[], input?: string) => {
		const run = runCli(args, env, {cwd: box.home, ...(input === undefined ? {} : {input})});
		outputs.set(name, run.stdout + run.stderr);
		return run;
	};
	cli('check (text)', ['check', '--offline', '--verbose']);
	cli('check --json', ['check', '--offline', '--json']);
	// With the network checks: their summaries quote GOPROXY's URL in a sentence.
	cli('check (text, network checks)', ['check', '--verbose', '--only', 'goproxy,gosumdb,proxy-env,private-modules']);
	cli('repl (a script)', ['repl'], ['env GOPROXY', 'env HTTPS_PROXY', 'env DB_PASS', 'env ARTIFACTS_URL', 'show proxy-env', 'why goproxy', 'ls', ''].join('\n'));
	cli('report --markdown', ['report', '--markdown', '--offline', '-o', '-']);
	cli('snapshot', ['snapshot', '--offline', '-o', '-']);
	cli('snapshot --anonymize', ['snapshot', '--offline', '--anonymize', '-o', '-']);
	const snapshotFile = path.join(box.home, 'snap.json');
	writeFileSync(snapshotFile, runCli(['snapshot', '--offline', '-o', '-'], env).stdout);
	cli('check --from the snapshot', ['check', '--from', snapshotFile, '--verbose']);
	cli('explain', ['explain', log]);
	cli('explain --json', ['explain', log, '--json']);

	// A fix that takes the secret line out of the profile: the journal keeps none of it.
	const sys = createNodeSystem(env);
	const services = {sys, t: createTranslator('en'), journal: new Journal({dir: journalFolder(sys)}), rerun: async () => []};
	const finding: Finding = {
		id: 'secret-line',
		title: 'secret line',
		family: 'environment',
		status: 'warn',
		summary: 'a secret in the profile',
		evidence: [],
		fixes: [{id: 'drop', title: 'drop the line', changes: [{kind: 'profile-line', file: profile, before: {line: `export MY_PAT=${SECRETS.pat}`, lineNumber: 1}, after: {line: null}}], needsAdmin: false, reversible: true}],
		duration_ms: 0,
	};
	const outcome = await applyFix(services, await previewFix(services, finding));
	expect(outcome.status).toBe('applied');
	outputs.set('the journal file', readFileSync(services.journal.path, 'utf8'));
	outputs.set('the fixes API listing', JSON.stringify(await listJournal(services)));
	cli('journal', ['journal']);
	cli('journal --json', ['journal', '--json']);
	undoLater = async () => {
		// Edited elsewhere since: the undo takes back the exact edit, whose line (a secret) it
		// reads from the entry's private folder, not from the redacted journal.
		const fixed = readFileSync(profile, 'utf8');
		writeFileSync(profile, `${fixed}alias ll='ls -l'\n`);
		const undone = await undoEntry(services, 'last');
		return {status: undone.status, profile: readFileSync(profile, 'utf8'), expected: `export MY_PAT=${SECRETS.pat}\n${fixed}alias ll='ls -l'\n`};
	};
}, 300_000);

afterAll(() => box?.cleanup());

describe('planted secrets of every shape, in every output', () => {
	it('every output was written', () => {
		expect([...outputs.keys()]).toHaveLength(14);
		for (const [name, text] of outputs) expect(text.length, name).toBeGreaterThan(20);
	});

	it.each(Object.entries(SECRETS))('%s: 0 occurrences in every output', (_shape, secret) => {
		const found = [...outputs].filter(([, text]) => text.includes(secret)).map(([name]) => name);
		expect(found).toEqual([]);
	});

	it('only the secrets were masked: the hosts and the names around them are still there', () => {
		expect(outputs.get('check --json')).toContain('proxy.example.com');
		expect(outputs.get('snapshot')).toContain('HTTPS_PROXY');
		expect(outputs.get('snapshot')).toContain('planter:***@proxy.example.com:3128');
		expect(outputs.get('explain')).toContain('jane:***@git.example.com');
		expect(outputs.get('check --json')).toContain('goproxy.example.com/***/');
		expect(outputs.get('explain')).toContain('private_token=***');
		// The journal's private folder keeps the exact line for undo, readable by the user only.
		const backups = path.join(journalFolder(createNodeSystem(box.env)), 'backups', '1');
		expect(readdirSync(backups)).toContain('sealed.json');
	});

	it('the undo of that fix, after the profile was edited elsewhere, puts the exact line back from the private folder', async () => {
		const {status, profile, expected} = await undoLater();
		expect(status).toBe('undone');
		expect(profile).toBe(expected);
		expect(readFileSync(path.join(journalFolder(createNodeSystem(box.env)), 'journal.json'), 'utf8')).not.toContain(SECRETS.pat);
	});
});
