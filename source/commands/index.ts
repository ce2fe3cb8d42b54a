import {checkCommand} from './check.js';
import {interactiveCommand} from './interactive.js';
import {reportCommand} from './report.js';
import type {Command} from './types.js';

/**
 * Every command, in the order --help lists them. Adding a command is one file in this
 * folder and one line here.
 */
export const COMMANDS: readonly Command[] = [interactiveCommand, checkCommand, reportCommand];
