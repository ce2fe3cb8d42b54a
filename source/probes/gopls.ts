import {editorToolProbe} from './editor-tool.js';

/** gopls: every copy, the one that runs, and the Go that built it. */
export const gopls = editorToolProbe('gopls');
