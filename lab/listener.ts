/**
 * A TCP listener on 127.0.0.1 for scenarios about the network: it counts the connections it
 * gets and closes each one at its first bytes (a TLS hello, a proxy's CONNECT), so a program
 * that tries it fails at once instead of waiting. It runs in a worker thread: the lab waits
 * for Wine processes synchronously, and the listener must answer meanwhile.
 */
import {Worker} from 'node:worker_threads';

const CODE = `
const {workerData} = require('node:worker_threads');
const net = require('node:net');
const http = require('node:http');
const state = new Int32Array(workerData.state);
// A module proxy (GOPROXY protocol): every module has one version, v0.1.0, and no zip.
const proxy = (request, response) => {
	Atomics.add(state, 1, 1);
	const path = (request.url || '/').split('?')[0];
	const send = (status, body, type) => { response.writeHead(status, {'Content-Type': type || 'text/plain; charset=utf-8'}); response.end(body); };
	if (/\\/@v\\/list$/.test(path)) return send(200, 'v0.1.0\\n');
	if (/\\/(@latest|@v\\/[^/]+\\.info)$/.test(path)) return send(200, JSON.stringify({Version: 'v0.1.0', Time: '2024-01-01T00:00:00Z'}), 'application/json');
	if (/\\/@v\\/[^/]+\\.mod$/.test(path)) return send(200, 'module ' + path.split('/@v/')[0].slice(1) + '\\n');
	send(404, 'not found\\n');
};
const server = workerData.mode === 'module-proxy' ? http.createServer(proxy) : net.createServer((socket) => {
	Atomics.add(state, 1, 1);
	socket.on('error', () => {});
	socket.once('data', () => socket.destroy());
});
server.on('error', () => { Atomics.store(state, 0, -1); Atomics.notify(state, 0); });
server.listen(0, '127.0.0.1', () => { Atomics.store(state, 0, server.address().port); Atomics.notify(state, 0); });
`;

export class Listener {
	private readonly state = new Int32Array(new SharedArrayBuffer(8));
	private readonly worker: Worker;
	readonly port: number;
	private seen = 0;

	/** `module-proxy`: answers as a Go module proxy (counting requests) instead of closing connections. */
	constructor(mode: 'close' | 'module-proxy' = 'close') {
		this.worker = new Worker(CODE, {eval: true, workerData: {state: this.state.buffer, mode}});
		Atomics.wait(this.state, 0, 0, 10_000);
		this.port = Atomics.load(this.state, 0);
		if (this.port <= 0) {
			void this.worker.terminate();
			throw new Error('the lab could not listen on 127.0.0.1');
		}
	}

	/** Connections since the previous call. */
	newConnections(): number {
		const total = Atomics.load(this.state, 1);
		const fresh = total - this.seen;
		this.seen = total;
		return fresh;
	}

	close(): void {
		void this.worker.terminate();
	}
}
