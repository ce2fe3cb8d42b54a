import type {Probe} from '../engine/probe.js';
import {goOnPath} from './go-on-path.js';
import {goroot} from './goroot.js';
import {go111module} from './go111module.js';
import {goproxy} from './goproxy.js';
import {gosumdb} from './gosumdb.js';
import {privateModules} from './private-modules.js';
import {proxyEnv} from './proxy-env.js';
import {git} from './git.js';
import {gitAutocrlf} from './git-autocrlf.js';
import {gitCredentials} from './git-credentials.js';
import {cgo} from './cgo.js';
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
	goOnPath,
	goroot,
	go111module,
	goproxy,
	gosumdb,
	privateModules,
	proxyEnv,
	git,
	gitAutocrlf,
	gitCredentials,
	cgo,
	gopls,
	dlv,
	defender,
	longPaths,
	terminal,
	elevation,
];
