import crypto from 'node:crypto';

/**
 * X.509 certificates made in Node, without openssl: a self-signed test CA and server
 * certificates it signs (good, expired, for the wrong name). ECDSA P-256 with SHA-256,
 * encoded as DER by hand. Only for the tests' own local HTTPS servers.
 */

export interface TestCert {
	certPem: string;
	keyPem: string;
	subject: string;
}

export interface TestPki {
	ca: TestCert;
	/** Valid now, for 127.0.0.1, localhost and mirror.test (a name only a forward proxy resolves). */
	server: TestCert;
	/** Expired yesterday. */
	expired: TestCert;
	/** Valid, but for wrong-name.example only. */
	wrongName: TestCert;
}

export function makeTestPki(caName = 'goenv-tui test CA'): TestPki {
	const caKey = crypto.generateKeyPairSync('ec', {namedCurve: 'P-256'});
	const day = 24 * 3600 * 1000;
	const now = Date.now();
	const ca = issue({
		subject: caName,
		issuer: caName,
		key: caKey,
		signer: caKey.privateKey,
		notBefore: new Date(now - day),
		notAfter: new Date(now + 30 * day),
		isCA: true,
	});
	const leaf = (subject: string, names: {dns: string[]; ips: string[]}, notBefore: Date, notAfter: Date) =>
		issue({subject, issuer: caName, key: crypto.generateKeyPairSync('ec', {namedCurve: 'P-256'}), signer: caKey.privateKey, notBefore, notAfter, isCA: false, ...names});
	return {
		ca,
		server: leaf('goenv-tui test server', {dns: ['localhost', 'mirror.test'], ips: ['127.0.0.1']}, new Date(now - day), new Date(now + 30 * day)),
		expired: leaf('goenv-tui expired server', {dns: ['localhost'], ips: ['127.0.0.1']}, new Date(now - 30 * day), new Date(now - day)),
		wrongName: leaf('goenv-tui wrong-name server', {dns: ['wrong-name.example'], ips: []}, new Date(now - day), new Date(now + 30 * day)),
	};
}

interface IssueSpec {
	subject: string;
	issuer: string;
	key: crypto.KeyPairKeyObjectResult;
	signer: crypto.KeyObject;
	notBefore: Date;
	notAfter: Date;
	isCA: boolean;
	dns?: string[];
	ips?: string[];
}

const OID = {
	ecdsaWithSha256: '1.2.840.10045.4.3.2',
	commonName: '2.5.4.3',
	organization: '2.5.4.10',
	basicConstraints: '2.5.29.19',
	keyUsage: '2.5.29.15',
	extKeyUsage: '2.5.29.37',
	subjectAltName: '2.5.29.17',
	serverAuth: '1.3.6.1.5.5.7.3.1',
};

function issue(spec: IssueSpec): TestCert {
	const algorithm = seq(oid(OID.ecdsaWithSha256));
	const extensions: Buffer[] = [
		extension(OID.basicConstraints, true, spec.isCA ? seq(bool(true)) : seq()),
		// keyCertSign + cRLSign for the CA; digitalSignature for a server.
		extension(OID.keyUsage, true, spec.isCA ? Buffer.from([0x03, 0x02, 0x01, 0x06]) : Buffer.from([0x03, 0x02, 0x07, 0x80])),
	];
	if (!spec.isCA) {
		extensions.push(extension(OID.extKeyUsage, false, seq(oid(OID.serverAuth))));
		const names = [
			...(spec.dns ?? []).map((name) => tlv(0x82, Buffer.from(name, 'ascii'))),
			...(spec.ips ?? []).map((ip) => tlv(0x87, Buffer.from(ip.split('.').map(Number)))),
		];
		extensions.push(extension(OID.subjectAltName, false, seq(...names)));
	}
	const tbs = seq(
		tlv(0xa0, integer(Buffer.from([2]))),
		integer(crypto.randomBytes(12)),
		algorithm,
		name(spec.issuer),
		seq(utcTime(spec.notBefore), utcTime(spec.notAfter)),
		name(spec.subject),
		spec.key.publicKey.export({type: 'spki', format: 'der'}),
		tlv(0xa3, seq(...extensions)),
	);
	const signature = crypto.sign('sha256', tbs, spec.signer);
	const der = seq(tbs, algorithm, tlv(0x03, Buffer.concat([Buffer.from([0]), signature])));
	return {
		certPem: pem('CERTIFICATE', der),
		keyPem: spec.key.privateKey.export({type: 'pkcs8', format: 'pem'}).toString(),
		subject: spec.subject,
	};
}

function pem(label: string, der: Buffer): string {
	const body = der.toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '');
	return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
}

function tlv(tag: number, value: Buffer): Buffer {
	const length = value.length;
	let header: Buffer;
	if (length < 0x80) header = Buffer.from([tag, length]);
	else if (length < 0x100) header = Buffer.from([tag, 0x81, length]);
	else header = Buffer.from([tag, 0x82, length >> 8, length & 0xff]);
	return Buffer.concat([header, value]);
}

const seq = (...items: Buffer[]) => tlv(0x30, Buffer.concat(items));
const set = (...items: Buffer[]) => tlv(0x31, Buffer.concat(items));
const bool = (value: boolean) => tlv(0x01, Buffer.from([value ? 0xff : 0]));

function integer(bytes: Buffer): Buffer {
	// Positive: a leading 1 bit needs a 0 byte in front.
	return tlv(0x02, bytes[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
}

function oid(dotted: string): Buffer {
	const parts = dotted.split('.').map(Number);
	const bytes = [parts[0]! * 40 + parts[1]!];
	for (const part of parts.slice(2)) {
		const chunk = [part & 0x7f];
		for (let rest = part >> 7; rest > 0; rest >>= 7) chunk.unshift((rest & 0x7f) | 0x80);
		bytes.push(...chunk);
	}
	return tlv(0x06, Buffer.from(bytes));
}

function name(commonName: string): Buffer {
	return seq(
		set(seq(oid(OID.organization), tlv(0x0c, Buffer.from('goenv-tui tests', 'utf8')))),
		set(seq(oid(OID.commonName), tlv(0x0c, Buffer.from(commonName, 'utf8')))),
	);
}

function utcTime(date: Date): Buffer {
	const two = (n: number) => String(n).padStart(2, '0');
	const text = `${two(date.getUTCFullYear() % 100)}${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}${two(date.getUTCHours())}${two(date.getUTCMinutes())}${two(date.getUTCSeconds())}Z`;
	return tlv(0x17, Buffer.from(text, 'ascii'));
}

function extension(id: string, critical: boolean, value: Buffer): Buffer {
	return seq(oid(id), ...(critical ? [bool(true)] : []), tlv(0x04, value));
}
