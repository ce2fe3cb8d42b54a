import {describe, expect, it} from 'vitest';
import {maskPersonal, redactDeep, redactSecrets} from '../../source/redact/secrets.js';

const PLANTED = {
	github: 'ghp_plantedTOKEN0123456789abcdefABCDEF',
	gitlab: 'glpat-planted_token_0123456789',
	password: 'hunter2-planted',
};

describe('redactSecrets', () => {
	it('keeps the user and host of a URL and drops its password', () => {
		expect(redactSecrets(`https://jane:${PLANTED.password}@proxy.example.com:8080`)).toBe('https://jane:***@proxy.example.com:8080');
		expect(redactSecrets(`https://${PLANTED.github}@github.example.com/org/repo`)).toBe('https://***@github.example.com/org/repo');
	});

	it('removes tokens with known prefixes and keyed secrets', () => {
		const text = `token ${PLANTED.github} and ${PLANTED.gitlab}; password=${PLANTED.password}; Authorization: Bearer abc.def`;
		const out = redactSecrets(text);
		for (const secret of [PLANTED.github, PLANTED.gitlab, PLANTED.password, 'abc.def']) expect(out).not.toContain(secret);
		expect(out).toContain('password=***');
	});

	it('drops the value assigned to a name that ends in a secret word, in any shell or file syntax', () => {
		const lines = [
			`export GITHUB_TOKEN=${PLANTED.password}`,
			`export MY_SERVICE_PASSWORD="${PLANTED.password}"`,
			`$env:OPENAI_API_KEY = '${PLANTED.password}'`,
			`set AWS_SECRET_ACCESS_KEY=${PLANTED.password}`,
			`oauth_token: ${PLANTED.password}`,
			`//npm.example.com/:_authToken=${PLANTED.password}`,
			`"client_secret": "${PLANTED.password}"`,
		];
		for (const line of lines) {
			const out = redactSecrets(line);
			expect(out, line).not.toContain(PLANTED.password);
			expect(out, line).toContain('***');
		}
		expect(redactSecrets(`export GITHUB_TOKEN=${PLANTED.password}`)).toBe('export GITHUB_TOKEN=***');
	});

	it('drops a token in a URL path also where the URL runs into the punctuation of a sentence', () => {
		const token = 'Tk9PathTokenPlanted0aZ1b2C3';
		for (const [text, shown] of [
			[`https://goproxy.example.com/${token}: the host name does not resolve`, 'https://goproxy.example.com/***: the host name does not resolve'],
			[`GOPROXY is https://goproxy.example.com/${token}.`, 'GOPROXY is https://goproxy.example.com/***.'],
			[`(via https://goproxy.example.com/${token}/mod), then direct`, '(via https://goproxy.example.com/***/mod), then direct'],
			[`(https://goproxy.example.com/${token})`, '(https://goproxy.example.com/***)'],
		]) {
			expect(redactSecrets(text!)).toBe(shown);
		}
		expect(redactSecrets('see https://go.dev/ref/mod: the module proxy.')).toBe('see https://go.dev/ref/mod: the module proxy.');
	});

	it('keeps settings whose names only contain a short secret word', () => {
		const text = 'GOAUTH=netrc OLDPWD=/home/dev SSH_AUTH_SOCK=/tmp/agent credential.helper=store http.proactiveAuth=basic user.signingkey=ABCD1234';
		expect(redactSecrets(text)).toBe(text);
	});

	it('leaves ordinary text, paths and proxy lists alone', () => {
		const text = 'GOPROXY=https://goproxy.example.com,direct GOPATH=C:\\Users\\dev\\go';
		expect(redactSecrets(text)).toBe(text);
	});

	it('reaches every string of a nested value', () => {
		const out = redactDeep({a: [{url: `http://u:${PLANTED.password}@h.example.com`}], n: 1});
		expect(JSON.stringify(out)).not.toContain(PLANTED.password);
		expect(out.n).toBe(1);
	});
});

describe('maskPersonal', () => {
	it('replaces the home folder and the user name, in any case and either slash', () => {
		expect(maskPersonal('C:\\Users\\张三\\go;c:\\users\\张三\\go\\bin', {home: 'C:\\Users\\张三', user: '张三'})).toBe('~\\go;~\\go\\bin');
		expect(maskPersonal('/srv/jane/cache and /home/jane/go', {home: '/home/jane', user: 'jane'})).toBe('/srv/<user>/cache and ~/go');
	});
});

describe('redaction by shape', () => {
	const secret = 'S3cretPlanted0';
	it.each([
		[`HTTPS_PROXY=jane:${secret}@proxy.example.com:3128`, 'HTTPS_PROXY=jane:***@proxy.example.com:3128'],
		[`proxy is jane:${secret}@10.0.0.7:8080 now`, 'proxy is jane:***@10.0.0.7:8080 now'],
		[`https://goproxy.example.com/a8F3kQ9zT2mX7pL4vB6nR1cY${secret}/github.com/x/y/@v/list`, 'https://goproxy.example.com/***/github.com/x/y/@v/list'],
		[`https://ci.example.com/hooks/0123456789abcdef0123456789abcdef${secret.toLowerCase().replace(/[^0-9a-f]/g, '')}`, 'https://ci.example.com/hooks/***'],
		[`https://git.example.com/api/v4/projects?private_token=${secret}&ref=main`, 'https://git.example.com/api/v4/projects?private_token=***&ref=main'],
		[`https://bucket.example.com/go.zip?X-Amz-Signature=${secret}&X-Amz-Date=20260101`, 'https://bucket.example.com/go.zip?X-Amz-Signature=***&X-Amz-Date=20260101'],
		[`export MY_PAT=${secret}`, 'export MY_PAT=***'],
		[`DB_PASS=${secret}`, 'DB_PASS=***'],
		[`$env:SERVICE_PW = '${secret}'`, "$env:SERVICE_PW = '***'"],
		[`set DEPLOY_KEY=${secret}`, 'set DEPLOY_KEY=***'],
	])('%s', (input, expected) => {
		const out = redactSecrets(input);
		expect(out).toBe(expected);
		expect(out).not.toContain(secret);
	});

	it('replaces only what matched: ordinary words, paths, module paths and versions stay', () => {
		const text = [
			'Cached credentials: no private hosts in GOPRIVATE, go.mod or url.*.insteadOf to look for',
			'credential helper: store',
			'PWD=/home/dev GOPATH=/home/dev/go PATH=/usr/local/go/bin:/usr/bin SSH_AUTH_SOCK=/tmp/agent',
			'git@github.com:org/repo.git golang.org/x/tools@v0.24.0 example.com/mod@v0.0.0-20240101000000-abcdef123456',
			'https://github.com/Org/Repo/blob/main/README.md https://pkg.go.dev/cmd/go#hdr-Module_proxy_protocol',
			'https://goproxy.example.com/github.com/golang/go/@v/v1.22.0.info?go-get=1',
		].join('\n');
		expect(redactSecrets(text)).toBe(text);
	});
});
