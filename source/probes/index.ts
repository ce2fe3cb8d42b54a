import type {Probe} from '../engine/probe.js';
import {goOnPath} from './go-on-path.js';
import {goVersion} from './go-version.js';
import {goroot} from './goroot.js';
import {gotoolchain} from './gotoolchain.js';
import {goosGoarch} from './goos-goarch.js';
import {go111module} from './go111module.js';
import {pathHygiene} from './path-hygiene.js';
import {gobinOnPath} from './gobin-on-path.js';
import {staleSession} from './stale-session.js';
import {gopath} from './gopath.js';
import {goEnvFile} from './go-env-file.js';
import {smokeBuild} from './smoke-build.js';

/**
 * Every check, in the order of the checklist. Ids are a public contract (JSON consumers,
 * suppressions, docs): never rename one.
 */
export const PROBES: readonly Probe[] = [
	// The Go toolchain: which go runs, its tree, its version, what it will switch to, what it builds for.
	goOnPath,
	goroot,
	goVersion,
	gotoolchain,
	goosGoarch,
	go111module,
	// PATH and where every setting comes from.
	pathHygiene,
	gobinOnPath,
	staleSession,
	gopath,
	goEnvFile,
	// The final proof: a real build. Keep it after the checks that explain its failures.
	smokeBuild,
];
