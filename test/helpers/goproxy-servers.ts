import crypto from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type {AddressInfo} from 'node:net';
import type {TestCert} from './test-certs.js';

/**
 * Local servers on 127.0.0.1 that the network tests point `go` at: a module proxy whose
 * first path element picks its behaviour (`/ok/`, `/404/`, `/410/`, `/500/`, `/407/`), the
 * same over HTTPS, a CONNECT forward proxy, a port where nothing listens, and a blackhole
 * that accepts connections and never answers. Every server records the paths it was asked.
 */

export interface LocalServer {
	url: string;
	port: number;
	/** Request paths, in order. */
	requests: string[];
	close(): Promise<void>;
}

export interface ModuleProxyOptions {
	/** Module path prefixes answered 404 / 410 under `/ok/` (modules the proxy cannot serve). */
	notFound?: string[];
	gone?: string[];
	/** Checksum databases this proxy says it proxies (`/sumdb/<name>/supported` answers 200). */
	sumdbSupported?: string[];
}

const STATUS_TEXT: Record<number, string> = {404: 'Not Found', 410: 'Gone', 500: 'Internal Server Error', 407: 'Proxy Authentication Required'};

/** `!a` → `A`: the module path escaping of the GOPROXY protocol. */
function unescapeModulePath(escaped: string): string {
	return escaped.replace(/!([a-z])/g, (_m, c: string) => c.toUpperCase());
}

function moduleProxyHandler(options: ModuleProxyOptions, requests: string[]): http.RequestListener {
	return (request, response) => {
		const path = decodeURIComponent((request.url ?? '/').split('?')[0]!);
		requests.push(path);
		const [, mode, ...rest] = path.split('/');
		const send = (status: number, body: string, headers: Record<string, string> = {}) => {
			response.writeHead(status, {'Content-Type': 'text/plain; charset=utf-8', ...headers});
			response.end(body);
		};
		const code = Number(mode);
		if (code in STATUS_TEXT) {
			send(code, `${STATUS_TEXT[code]!.toLowerCase()}\n`, code === 407 ? {'Proxy-Authenticate': 'Basic realm="test"'} : {});
			return;
		}
		if (mode !== 'ok') return send(404, 'unknown mode\n');
		const tail = rest.join('/');
		const sumdb = /^sumdb\/([^/]+)\/supported$/.exec(tail);
		if (sumdb) return (options.sumdbSupported ?? []).includes(sumdb[1]!) ? send(200, '') : send(404, 'not found\n');
		const match = /^(.+?)\/(@v\/list|@latest|@v\/(.+)\.(info|mod|zip))$/.exec(tail);
		if (!match) return send(404, 'not found\n');
		const module = unescapeModulePath(match[1]!);
		if ((options.notFound ?? []).some((prefix) => module.startsWith(prefix))) return send(404, `not found: ${module}\n`);
		if ((options.gone ?? []).some((prefix) => module.startsWith(prefix))) return send(410, `not found: ${module}\n`);
		const version = match[3] ?? 'v0.1.0';
		const info = JSON.stringify({Version: version, Time: '2024-01-01T00:00:00Z'});
		if (match[2] === '@v/list') return send(200, 'v0.1.0\n');
		if (match[2] === '@latest' || match[4] === 'info') return send(200, info, {'Content-Type': 'application/json'});
		if (match[4] === 'mod') return send(200, `module ${module}\n`);
		return send(404, 'no zips here\n');
	};
}

function listen(server: net.Server, scheme: string, requests: string[], sockets = new Set<net.Socket>()): Promise<LocalServer> {
	server.on('connection', (socket: net.Socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	return new Promise((resolve) => {
		server.listen(0, '127.0.0.1', () => {
			const {port} = server.address() as AddressInfo;
			resolve({
				url: `${scheme}://127.0.0.1:${port}`,
				port,
				requests,
				close: () =>
					new Promise<void>((done) => {
						for (const socket of sockets) socket.destroy();
						server.close(() => done());
					}),
			});
		});
	});
}

export function startModuleProxy(options: ModuleProxyOptions = {}): Promise<LocalServer> {
	const requests: string[] = [];
	return listen(http.createServer(moduleProxyHandler(options, requests)), 'http', requests);
}

/** The same proxy over TLS, presenting `cert` and the chain after it. */
export function startHttpsModuleProxy(cert: TestCert, chain: TestCert[] = [], options: ModuleProxyOptions = {}): Promise<LocalServer> {
	const requests: string[] = [];
	const server = https.createServer({key: cert.keyPem, cert: [cert.certPem, ...chain.map((c) => c.certPem)].join('')}, moduleProxyHandler(options, requests));
	// A failed handshake is what the tests are about; it is not an error of the server.
	server.on('tlsClientError', () => {});
	return listen(server, 'https', requests);
}

/** Accepts connections and never says a word. */
export function startBlackhole(): Promise<LocalServer> {
	const requests: string[] = [];
	const server = net.createServer(() => {});
	return listen(server, 'http', requests);
}

/** A port on 127.0.0.1 where nothing listens (it was free a moment ago). */
export async function refusedPort(): Promise<number> {
	const server = net.createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as AddressInfo;
	await new Promise<void>((resolve) => server.close(() => resolve()));
	return port;
}

/**
 * An HTTP forward proxy for CONNECT tunnels. Every host name is sent to 127.0.0.1 (so a test
 * can use names such as `mirror.test` that Go must not resolve itself), keeping the port.
 * With `requireAuth` it answers 407 instead. With `drop` it closes the tunnel: before any
 * answer to CONNECT (`before-answer`), or right after "200 Connection Established".
 */
export function startConnectProxy(options: {requireAuth?: boolean; portMap?: Record<string, number>; drop?: 'before-answer' | 'after-200'} = {}): Promise<LocalServer> {
	const requests: string[] = [];
	const sockets = new Set<net.Socket>();
	const server = http.createServer((_request, response) => {
		response.writeHead(405);
		response.end();
	});
	server.on('connect', (request: http.IncomingMessage, client: net.Socket, head: Buffer) => {
		requests.push(request.url ?? '');
		sockets.add(client);
		if (options.requireAuth) {
			client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="test"\r\nContent-Length: 0\r\n\r\n');
			return;
		}
		if (options.drop) {
			if (options.drop === 'after-200') client.end('HTTP/1.1 200 Connection Established\r\n\r\n');
			else client.end();
			return;
		}
		const [host, port] = (request.url ?? '').split(':');
		const upstream = net.connect(options.portMap?.[host!] ?? Number(port), '127.0.0.1', () => {
			client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
			if (head.length) upstream.write(head);
			upstream.pipe(client);
			client.pipe(upstream);
		});
		sockets.add(upstream);
		upstream.on('error', () => client.destroy());
		client.on('error', () => upstream.destroy());
	});
	return listen(server, 'http', requests, sockets);
}

/**
 * A checksum database key for GOSUMDB (`name+hash+key`, golang.org/x/mod/sumdb/note), for
 * a database that only ever answers errors: nothing is signed with it.
 */
export function sumdbVerifierKey(name: string): string {
	const {publicKey} = crypto.generateKeyPairSync('ed25519');
	const raw = publicKey.export({type: 'spki', format: 'der'}).subarray(-32);
	const key = Buffer.concat([Buffer.from([1]), raw]);
	const hash = crypto.createHash('sha256').update(`${name}\n`).update(key).digest().subarray(0, 4).toString('hex');
	return `${name}+${hash}+${key.toString('base64')}`;
}
