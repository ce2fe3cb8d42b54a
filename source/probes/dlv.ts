import {editorToolProbe} from './editor-tool.js';

/** dlv: every copy, the one that runs, the Go that built it, and Delve's supported-Go window. */
export const dlv = editorToolProbe('dlv');
