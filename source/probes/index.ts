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
import {goproxy} from './goproxy.js';
import {gosumdb} from './gosumdb.js';
import {privateModules} from './private-modules.js';
import {proxyEnv} from './proxy-env.js';
import {git} from './git.js';
import {gitAutocrlf} from './git-autocrlf.js';
import {gitCredentials} from './git-credentials.js';
import {cgo} from './cgo.js';
import {editorGo} from './editor-go.js';
import {gopls} from './gopls.js';
import {dlv} from './dlv.js';
import {defender} from './defender.js';
import {longPaths} from './long-paths.js';
import {terminal} from './terminal.js';
import {elevation} from './elevation.js';

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
	goproxy,
	gosumdb,
	privateModules,
	proxyEnv,
	git,
	gitAutocrlf,
	gitCredentials,
	cgo,
	editorGo,
	gopls,
	dlv,
	defender,
	longPaths,
	terminal,
	elevation,
	// The final proof: a real build. Last, after every check that can explain its failure.
	smokeBuild,
];
