import net from 'node:net';
import tls from 'node:tls';
import type {PresentedCertificate, TlsChainRequest, TlsChainResult} from './types.js';

/**
 * The certificate chain a server presents, read with a TLS handshake that verifies nothing
 * and trusts nothing (an empty CA list, so Node does not complete the chain from its own
 * store): what is shown is what the server, or a proxy in the middle, sent. Never a verdict;
 * `go` gives those.
 */
export async function fetchTlsChain(request: TlsChainRequest): Promise<TlsChainResult> {
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), request.timeoutMs);
	const onAbort = () => controller.abort();
	request.signal?.addEventListener('abort', onAbort, {once: true});
	const sockets: net.Socket[] = [];
	try {
		const tunnel = request.proxy ? await connectThroughProxy(request, controller.signal, sockets) : undefined;
		return await handshake(request, tunnel, controller.signal, sockets);
	} catch (error) {
		return {certificates: [], error: controller.signal.aborted ? `no answer within ${request.timeoutMs} ms` : error instanceof Error ? error.message : String(error)};
	} finally {
		clearTimeout(timer);
		request.signal?.removeEventListener('abort', onAbort);
		// Outermost first: a TLS socket torn down after the socket under it crashes Node 20.
		for (const socket of sockets.reverse()) socket.destroy();
	}
}

function aborted(signal: AbortSignal, reject: (error: Error) => void): void {
	signal.addEventListener('abort', () => reject(new Error('aborted')), {once: true});
}

/** Opens a CONNECT tunnel through an http:// proxy, as Go's transport does. */
function connectThroughProxy(request: TlsChainRequest, signal: AbortSignal, sockets: net.Socket[]): Promise<net.Socket> {
	const proxy = new URL(request.proxy!);
	if (proxy.protocol !== 'http:') return Promise.reject(new Error(`cannot tunnel through a ${proxy.protocol}// proxy here`));
	return new Promise((resolve, reject) => {
		aborted(signal, reject);
		const socket = net.connect(Number(proxy.port || 80), proxy.hostname.replace(/^\[|\]$/g, ''));
		sockets.push(socket);
		socket.on('error', reject);
		socket.once('connect', () => {
			const target = `${request.host.includes(':') ? `[${request.host}]` : request.host}:${request.port}`;
			const auth = proxy.username ? `Proxy-Authorization: Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64')}\r\n` : '';
			socket.write(`CONNECT ${target} HTTP/1.1\r\nHost: ${target}\r\n${auth}\r\n`);
		});
		let head = Buffer.alloc(0);
		const onData = (chunk: Buffer) => {
			head = Buffer.concat([head, chunk]);
			const end = head.indexOf('\r\n\r\n');
			if (end < 0) return;
			socket.off('data', onData);
			const status = /^HTTP\/\d(?:\.\d)? (\d{3})(.*)/.exec(head.subarray(0, end).toString('latin1'));
			if (status?.[1] !== '200') {
				reject(new Error(`the proxy answered CONNECT with "${status ? `${status[1]}${status[2]}` : 'garbage'}"`));
				return;
			}
			if (head.length > end + 4) socket.unshift(head.subarray(end + 4));
			resolve(socket);
		};
		socket.on('data', onData);
	});
}

function handshake(request: TlsChainRequest, tunnel: net.Socket | undefined, signal: AbortSignal, sockets: net.Socket[]): Promise<TlsChainResult> {
	return new Promise((resolve, reject) => {
		aborted(signal, reject);
		const servername = request.servername ?? (net.isIP(request.host) ? undefined : request.host);
		const socket = tls.connect({
			...(tunnel ? {socket: tunnel} : {host: request.host, port: request.port}),
			...(servername ? {servername} : {}),
			rejectUnauthorized: false,
			ca: [],
		});
		sockets.push(socket);
		socket.on('error', reject);
		socket.once('secureConnect', () => resolve({certificates: chainOf(socket.getPeerCertificate(true))}));
	});
}

function chainOf(leaf: tls.DetailedPeerCertificate): PresentedCertificate[] {
	const chain: PresentedCertificate[] = [];
	const seen = new Set<string>();
	for (let cert: tls.DetailedPeerCertificate | undefined = leaf; cert && cert.subject && !seen.has(cert.fingerprint256); cert = cert.issuerCertificate) {
		seen.add(cert.fingerprint256);
		const subject = distinguishedName(cert.subject);
		const issuer = distinguishedName(cert.issuer);
		chain.push({subject, issuer, validFrom: isoDate(cert.valid_from), validTo: isoDate(cert.valid_to), fingerprint256: cert.fingerprint256, selfSigned: subject === issuer});
	}
	return chain;
}

/** `CN=Zscaler Root CA, O=Zscaler Inc.` — common name first, as people read it. */
function distinguishedName(name: tls.Certificate): string {
	const order = ['CN', 'OU', 'O', 'L', 'ST', 'C'];
	const entries = Object.entries(name as unknown as Record<string, string | string[]>);
	entries.sort(([a], [b]) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99));
	return entries.map(([key, value]) => `${key}=${Array.isArray(value) ? value.join('+') : value}`).join(', ');
}

function isoDate(text: string): string {
	const date = new Date(text);
	return Number.isNaN(date.getTime()) ? text : date.toISOString();
}
