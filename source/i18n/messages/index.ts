import {common} from './common.js';
import {toolchain} from './toolchain.js';
import {cli} from './cli.js';
import {ui} from './ui.js';
import {explain} from './explain.js';

/** All catalogues. A key may be defined once only (a test checks). */
export const catalogues = {common, toolchain, cli, ui, explain} as const;

export const messages = {...common, ...toolchain, ...cli, ...ui, ...explain};
export type MessageKey = keyof typeof messages;
