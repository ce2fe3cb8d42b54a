import {common} from './common.js';
import {toolchain} from './toolchain.js';
import {cli} from './cli.js';
import {ui} from './ui.js';
import {explain} from './explain.js';
import {environment} from './environment.js';
import {cgo} from './cgo.js';
import {editor} from './editor.js';
import {windows} from './windows.js';
import {gitMessages} from './git.js';
import {network} from './network.js';
import {fixes} from './fixes.js';
import {snapshot} from './snapshot.js';
import {evidence} from './evidence.js';
import {repl} from './repl.js';
import {journal} from './journal.js';
import {installs} from './installs.js';
import {editorGoMessages} from './editor-go.js';
import {system} from './system.js';

/** All catalogues. A key may be defined once only (a test checks). */
export const catalogues = {common, toolchain, cli, ui, explain, environment, cgo, editor, windows, network, git: gitMessages, fixes, snapshot, evidence, repl, journal, installs, editorGo: editorGoMessages, system} as const;

export const messages = {...common, ...toolchain, ...cli, ...ui, ...explain, ...environment, ...cgo, ...editor, ...windows, ...network, ...gitMessages, ...fixes, ...snapshot, ...evidence, ...repl, ...journal, ...installs, ...editorGoMessages, ...system};
export type MessageKey = keyof typeof messages;
