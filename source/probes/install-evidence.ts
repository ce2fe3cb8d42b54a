import type {GoInstall, GoOrigin, InstallOnPath} from '../facts/go-installs.js';
import type {ShimResolution} from '../facts/shims.js';
import {joinList, withNote, type Translator} from '../i18n/index.js';
import type {Evidence, Tone} from '../model/finding.js';
import {unreadableList} from '../i18n/read-reason.js';

/** Who put a Go tree there, in words. */
export function originName(t: Translator, origin: GoOrigin | null): string {
	return origin ? t(`install.origin.${origin}`) : t('install.origin.unknown');
}

/** `go1.26.8 (Homebrew) in /opt/homebrew/Cellar/go/1.26.8/libexec`. */
export function installText(t: Translator, install: GoInstall): string {
	return t('install.text', {version: install.version ?? '?', origin: originName(t, install.origin), root: install.root});
}

/**
 * Every Go tree found in the places installers and managers use: version (and where it was
 * read), who put it there, its folder, and whether PATH reaches it.
 */
export function installsTable(t: Translator, rows: readonly InstallOnPath[], extra: {runsRoot?: string | null} = {}): Evidence {
	return {
		kind: 'table',
		title: t('install.evidence.title'),
		columns: [
			{key: 'version', label: t('column.version')},
			{key: 'origin', label: t('install.column.origin')},
			{key: 'root', label: 'GOROOT'},
			{key: 'path', label: t('install.column.onPath')},
			{key: 'marker', label: t('install.column.marker')},
		],
		rows: rows.map(({install, entryIndex, runs, inRegistryPath}) => {
			const running = runs || (extra.runsRoot !== undefined && extra.runsRoot === install.root);
			const tone: Tone | undefined = running ? 'good' : entryIndex === null ? 'muted' : undefined;
			return {
				version: install.version ? withNote(t, install.version, t(`install.versionFrom.${install.versionFrom ?? 'VERSION'}`)) : '?',
				origin: originName(t, install.origin),
				root: install.root,
				path: running
					? t('install.onPath.runs')
					: entryIndex !== null
						? t('install.onPath.entry', {index: entryIndex + 1})
						: inRegistryPath
							? t('install.onPath.newTerminals', {scope: t(`origin.${inRegistryPath}`)})
							: t('ui.no'),
				marker: joinList(t, install.markers),
				...(tone ? {_tone: tone} : {}),
			};
		}),
	};
}

/** What a shim runs here, in words: `asdf shim → …/1.22.3/go/bin/go (golang 1.22.3, from /p/.tool-versions:1)`. */
export function shimText(t: Translator, shim: ShimResolution): string {
	const manager = t(`install.origin.${shim.manager}`);
	if (shim.problem === 'unreadable') return t('shim.unreadable', {manager, list: unreadableList(t, shim.unreadable ?? [])});
	if (shim.problem === 'no-version') return t('shim.noVersion', {manager});
	if (shim.problem === 'not-installed') return t('shim.notInstalled', {manager, version: shim.version ?? '?', source: shim.source ?? '?'});
	return t('shim.resolves', {manager, target: shim.target ?? '?', version: shim.version ?? '?', source: shim.source ?? t('shim.defaultSource')});
}
