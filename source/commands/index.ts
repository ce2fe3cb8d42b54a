import {checkCommand} from './check.js';
import {fixCommand} from './fix.js';
import {explainCommand} from './explain.js';
import {snapshotCommand} from './snapshot.js';
import {interactiveCommand} from './interactive.js';
import {journalCommand} from './journal.js';
import {reportCommand} from './report.js';
import {undoCommand} from './undo.js';
import {replCommand} from './repl.js';
import type {Command} from './types.js';

/**
 * Every command, in the order --help lists them. Adding a command is one file in this
 * folder and one line here.
 */
export const COMMANDS: readonly Command[] = [interactiveCommand, replCommand, checkCommand, fixCommand, undoCommand, journalCommand, reportCommand, snapshotCommand, explainCommand];
