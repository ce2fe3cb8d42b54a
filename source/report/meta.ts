import type {Lang} from '../i18n/index.js';
import type {System} from '../system/types.js';
import {TOOL_NAME, TOOL_VERSION} from '../version.js';

export interface ReportMeta {
	tool: {name: string; version: string};
	platform: {os: string; arch: string; release: string; node: string};
	lang: Lang;
	elapsedMs: number;
}

export function reportMeta(sys: System, lang: Lang, elapsedMs: number): ReportMeta {
	return {
		tool: {name: TOOL_NAME, version: TOOL_VERSION},
		platform: {os: sys.platform, arch: sys.arch, release: sys.osRelease, node: process.version},
		lang,
		elapsedMs,
	};
}
