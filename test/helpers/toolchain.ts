import {execFileSync} from 'node:child_process';
import {mkdirSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {createSandbox, goBinary} from './sandbox.js';

/** A Go newer than the machine's, which the module proxy serves as a toolchain module. */
export const NEWER_TOOLCHAIN = 'go1.27.3';

/**
 * The folder of the go1.27.3 toolchain (a complete GOROOT, with VERSION), fetched once per
 * machine through the configured module proxy into a cache kept in the temp folder: go
 * itself downloads it for GOTOOLCHAIN=go1.27.3. Call from a beforeAll with a long timeout.
 */
export function newerToolchainRoot(): string {
	const cache = path.join(os.tmpdir(), 'goenv-tui-test-toolchains');
	// Its own HOME, kept: go may leave a telemetry child writing there after it exits.
	const home = path.join(os.tmpdir(), 'goenv-tui-test-toolchains-home');
	mkdirSync(home, {recursive: true});
	const base = createSandbox();
	base.cleanup();
	const env = {...base.env, HOME: home, GOTOOLCHAIN: NEWER_TOOLCHAIN, GOMODCACHE: cache};
	execFileSync(goBinary(), ['version'], {env, stdio: 'pipe', timeout: 170_000});
	return path.join(cache, 'golang.org', `toolchain@v0.0.1-${NEWER_TOOLCHAIN}.linux-${process.arch === 'arm64' ? 'arm64' : 'amd64'}`);
}
