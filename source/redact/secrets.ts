/**
 * Secrets never leave the System layer: every string that reaches evidence, a report, a
 * snapshot, the journal or a log passes through here first. Redaction keeps enough shape
 * to diagnose (which host, which user, that a token was there) and drops the secret.
 */

export const REDACTED = '***';

/** Token formats with a recognisable prefix (GitHub, GitLab, Slack, AWS, npm, Google, JWT). */
const TOKEN_PATTERNS: readonly RegExp[] = [
	/\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{20,}\b/g,
	/\bgithub_pat_[A-Za-z0-9_]{20,}\b/g,
	/\bglpat-[A-Za-z0-9_-]{16,}\b/g,
	/\bxox[abprs]-[A-Za-z0-9-]{10,}\b/g,
	/\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g,
	/\bnpm_[A-Za-z0-9]{30,}\b/g,
	/\bAIza[0-9A-Za-z_-]{30,}\b/g,
	/\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g,
];

/** `scheme://user:password@host` → `scheme://user:***@host`; a lone `scheme://token@host` → `scheme://***@host`. */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/@:]+)(?::([^\s/@]*))?@/gi;

/**
 * `user:password@host` without a scheme (`HTTPS_PROXY=jane:pw@proxy:3128`, which go and curl
 * accept): the same password dropped. The user starts after a space, `=`, a quote or a
 * bracket; the host after `@` is a host name or address, so `10:30@` in prose is not one.
 */
const BARE_CREDENTIALS = /(^|[\s='"(\[,;<|])([^\s:@/\\'"=<>()[\],;|]+):([^\s@/\\'"<>]+)@(?=[A-Za-z0-9[][A-Za-z0-9.\-[\]:]*(?:[/\s'",;)]|$))/g;

/** A URL, for what its path and query may carry. */
const URL = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>`]+/gi;

/** Query parameters whose value is a secret: `?private_token=`, `&sig=`, `&X-Amz-Signature=`, `?key=`. */
const SECRET_QUERY = /^(?:[\w.-]*[_.-])?(?:token|secret|password|passwd|pass|pwd|auth|key|apikey|sig|signature|credential|session|code)$/i;

/**
 * A path segment that is a token, not a name: long, with digits and letters of both cases
 * (base64-like), or 32 or more hex digits. Module paths, versions and words are neither.
 */
function tokenLike(segment: string): boolean {
	if (/^[0-9a-f]{32,}$/i.test(segment)) return true;
	return segment.length >= 20 && /^[A-Za-z0-9_-]+$/.test(segment) && /\d/.test(segment) && /[a-z]/.test(segment) && /[A-Z]/.test(segment);
}

/** A URL with the tokens in its path and the secret values of its query dropped. */
function redactUrl(url: string): string {
	const match = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/i.exec(url);
	if (!match) return url;
	const [, origin, pathPart = '', query = '', hash = ''] = match;
	// In prose a URL runs into the punctuation after it (`…/Tk9…C3: the host`): a token
	// segment is judged without it, and the punctuation stays.
	const path = pathPart
		.split('/')
		.map((segment) => {
			const [, word = segment, tail = ''] = /^(.*?)([.,:;!?)\]]*)$/.exec(segment) ?? [];
			return tokenLike(word) ? REDACTED + tail : segment;
		})
		.join('/');
	const params = query.replace(/([?&;])([^=&;#]+)=([^&;#]*)/g, (whole, sep: string, name: string, value: string) =>
		value !== '' && value !== REDACTED && (SECRET_QUERY.test(name) || tokenLike(value)) ? `${sep}${name}=${REDACTED}` : whole,
	);
	return origin + path + params + hash;
}

/**
 * A variable assigned in a shell profile, an env file, a batch or PowerShell script
 * (`export MY_PAT=…`, `DB_PASS=…`, `set API_KEY=…`, `$env:NAME = '…'`) whose name ends in a
 * secret word after `_`, `.` or `-`: its value is dropped whatever it looks like.
 */
const SECRET_ASSIGNMENT =
	/(^|[\s;&|(])((?:export\s+|set\s+|\$env:)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*)("[^"\n]*"|'[^'\n]*'|[^\s;&|"'\n]+)/g;
const SECRET_SUFFIX = /(?:(?:^|[_.-])(?:token|secret|password|passwd|passphrase|api[_-]?key|credentials?)|[_.-](?:pass|pwd|pw|pat|key))$/i;

/**
 * `password=…`, `token: …`, `Authorization: Bearer …` and the like, and an assignment to any
 * name that ends in a secret word: `export GITHUB_TOKEN=…` and `OPENAI_API_KEY=…` in a shell
 * profile, `oauth_token: …`, `_authToken=…`. Only the bare words may be short (`auth`, `pwd`):
 * as the end of a longer name they would catch `GOAUTH=netrc` and `OLDPWD=/home/dev`.
 */
const KEYED_SECRET =
	/\b((?:pass(?:word)?|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|auth|authorization|private[_-]?key|[\w.-]*?(?:token|secret|password|passwd|passphrase|api[_-]?key|access[_-]?key|private[_-]?key|credentials?))["']?\s*[:=]\s*["']?)(?:(?:Bearer|Basic|token)\s+)?([^\s"',;&]+)/gi;

/** `.netrc` / `_netrc`: `machine host login jane password s3cret`, on one line or several. */
const NETRC_PASSWORD = /(^|\s)((?:password|passwd)\s+)(?!\*\*\*(?:\s|$))(\S+)/gim;
const NETRC_CONTEXT = /^\s*(?:machine\s+\S|default(?:\s|$))/im;

/**
 * Names of variables and fields whose value is a secret whatever it looks like
 * (`GITHUB_TOKEN`, `AWS_SECRET_ACCESS_KEY`, `password`, `DB_PASS`, `MY_PAT`): a token with no
 * known prefix can only be recognised by the name it is stored under. The short words
 * (`pass`, `pat`, `pw`, `key`) count only after `_`, `.` or `-`: `PWD`, `PATH` and `GOPATH`
 * are not secrets.
 */
const SECRET_NAME =
	/(?:(?:^|[_.-])(?:token|secret|password|passwd|passphrase|api[_-]?key|access[_-]?key|private[_-]?key|credentials?|auth|cookie|session)|[_.-](?:pass|pat|pw|key))(?:$|[_.-])/i;

export function isSecretName(name: string): boolean {
	return SECRET_NAME.test(name);
}

/**
 * Redacts secrets in free text (command output, config values, URLs, profiles, pasted logs),
 * by their shape as well as by the name they are stored under. Only what matched is
 * replaced: the words around it stay as they are.
 */
export function redactSecrets(text: string): string {
	let out = text.replace(URL_CREDENTIALS, (_whole, scheme: string, user: string, password: string | undefined) =>
		password === undefined ? `${scheme}${REDACTED}@` : `${scheme}${user}:${REDACTED}@`,
	);
	out = out.replace(BARE_CREDENTIALS, (whole, lead: string, user: string, password: string) => (password === REDACTED ? whole : `${lead}${user}:${REDACTED}@`));
	out = out.replace(URL, redactUrl);
	for (const pattern of TOKEN_PATTERNS) out = out.replace(pattern, REDACTED);
	out = out.replace(SECRET_ASSIGNMENT, (whole, lead: string, assign: string, name: string, value: string) => {
		if (!SECRET_SUFFIX.test(name)) return whole;
		const quote = /^["']/.test(value) ? value[0]! : '';
		const inner = quote ? value.slice(1, -1) : value;
		return inner === '' || inner === REDACTED ? whole : `${lead}${assign}${quote}${REDACTED}${quote}`;
	});
	out = out.replace(KEYED_SECRET, (whole, key: string, value: string) => {
		if (value === REDACTED) return whole;
		// `key: value` with a space is also how people write prose ("credentials: no private
		// hosts"): there, a short value of letters only is a word, not a secret.
		if (/:\s+["']?$/.test(key) && /^[A-Za-z]{1,19}$/.test(value)) return whole;
		// `PWD=/home/dev` is the current folder, not a password: a path is not a secret.
		if (/^(?:\/[\w.-]|[A-Za-z]:\\)/.test(value)) return whole;
		return `${key}${REDACTED}`;
	});
	if (NETRC_CONTEXT.test(out)) out = out.replace(NETRC_PASSWORD, (_whole, lead: string, key: string) => `${lead}${key}${REDACTED}`);
	return out;
}

/**
 * Redacts every string inside a JSON-like value (evidence blocks, fixes, snapshots). A
 * string stored under a secret-looking name (an environment variable `CI_JOB_TOKEN`, a
 * field `password`) is dropped whole. Another masking function may be given, e.g.
 * maskForSharing for a shared report.
 */
export function redactDeep<T>(value: T, redact: (text: string) => string = redactSecrets): T {
	if (typeof value === 'string') return redact(value) as T;
	if (Array.isArray(value)) return value.map((item) => redactDeep(item, redact)) as T;
	if (value && typeof value === 'object') {
		const named = namesSecret(value);
		return Object.fromEntries(
			Object.entries(value).map(([k, v]) => [k, typeof v === 'string' && v !== '' && (isSecretName(k) || (named && NAMED_VALUE_FIELDS.has(k))) ? REDACTED : redactDeep(v, redact)]),
		) as T;
	}
	return value;
}

/**
 * The fields that hold the value of a named record: a registry value `{name, type, data}`,
 * a variable row `{name, value}`, `{name, session, fresh}`, `{name, raw, expanded}`.
 */
const NAMED_VALUE_FIELDS = new Set(['data', 'value', 'raw', 'expanded', 'session', 'fresh']);

/** A record whose `name` is a secret's (`{name: 'CI_JOB_TOKEN', data: '…'}`): its value fields are secrets too. */
function namesSecret(value: object): boolean {
	const name = (value as {name?: unknown}).name;
	return typeof name === 'string' && isSecretName(name);
}

/**
 * Redacts every string inside a JSON-like value by what it says, whatever key it is stored
 * under (evidence tables have columns such as `session` that hold no secret), and the value
 * fields of a record named like a secret (`{name: 'CI_JOB_TOKEN', session: '…'}`).
 */
export function redactStrings<T>(value: T): T {
	if (typeof value === 'string') return redactSecrets(value) as T;
	if (Array.isArray(value)) return value.map((item) => redactStrings(item)) as T;
	if (value && typeof value === 'object') {
		const named = namesSecret(value);
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === 'string' && v !== '' && named && NAMED_VALUE_FIELDS.has(k) ? REDACTED : redactStrings(v)])) as T;
	}
	return value;
}

/**
 * For shared reports: replaces the home folder and the user name in paths with stable
 * placeholders, so `C:\Users\张三\go` and `/home/jane/go` become `~\go` and `~/go`.
 */
export function maskPersonal(text: string, who: {home?: string; user?: string}): string {
	let out = text;
	if (who.home && who.home.length > 1) {
		const escaped = who.home.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		out = out.replace(new RegExp(escaped, 'gi'), '~');
	}
	if (who.user && who.user.length > 1) {
		const escaped = who.user.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		out = out.replace(new RegExp(`(?<=[\\\\/])${escaped}(?=[\\\\/]|$)`, 'gi'), '<user>');
	}
	return out;
}

/** The user part of `scheme://user:***@` once redactSecrets has dropped the password. */
const URL_USER = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@:]+:\*\*\*@/gi;
/** E-mail addresses (git's user.email, credential accounts); `git@host` is not a person. */
const EMAIL = /\b(?!git@)([A-Za-z0-9%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})\b/g;

/**
 * For reports people share (an issue, a helpdesk ticket): secrets redacted, then the user
 * names in URLs, e-mail addresses, the home folder and the user name masked as well.
 */
export function maskForSharing(text: string, who: {home?: string; user?: string}): string {
	const redacted = redactSecrets(text).replace(URL_USER, `$1${REDACTED}:${REDACTED}@`).replace(EMAIL, `$1${REDACTED}@$2`);
	return maskPersonal(redacted, who);
}
