import type {Change} from '../../model/fix.js';
import {commandHandler} from './command.js';
import {credentialEraseHandler} from './credential-erase.js';
import {directoryHandler} from './directory.js';
import {defenderHandler} from './defender.js';
import {fileHandler} from './file.js';
import {gitConfigHandler} from './git-config.js';
import {goEnvHandler} from './go-env.js';
import {jsonSettingHandler} from './json-setting.js';
import {profileLineHandler} from './profile-line.js';
import {pathEntriesHandler, registryEnvHandler, registryValueHandler} from './registry.js';
import type {Handler} from './types.js';

/** One handler per change kind (source/model/fix.ts). */
const HANDLERS: {[K in Change['kind']]: Handler<Extract<Change, {kind: K}>>} = {
	'go-env': goEnvHandler,
	'registry-env': registryEnvHandler,
	'path-entries': pathEntriesHandler,
	'registry-value': registryValueHandler,
	'profile-line': profileLineHandler,
	'json-setting': jsonSettingHandler,
	'git-config': gitConfigHandler,
	file: fileHandler,
	'defender-exclusion': defenderHandler,
	command: commandHandler,
	'credential-erase': credentialEraseHandler,
	directory: directoryHandler,
};

export function handlerFor(change: Change): Handler {
	return HANDLERS[change.kind] as unknown as Handler;
}
