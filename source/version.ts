/** Replaced at build time with the version in package.json; tests read package.json. */
declare const __GOENV_TUI_VERSION__: string | undefined;

export const TOOL_NAME = 'goenv-tui';
export const TOOL_VERSION: string = typeof __GOENV_TUI_VERSION__ === 'string' ? __GOENV_TUI_VERSION__ : '0.0.0-dev';
