import type {Probe} from '../engine/probe.js';
import {detectElevation} from '../facts/windows-batch.js';
import {withNote} from '../i18n/index.js';
import {failedText} from './evidence.js';

/** Elevated or not (by the mandatory label SID, never a localised group name). Info only. */
export const elevation: Probe = {
	id: 'elevation',
	family: 'windows',
	title: 'probe.elevation.title',
	platforms: ['win32'],
	timeoutMs: 25_000,
	async run({facts, t}) {
		const e = await detectElevation(facts);
		const evidence = [
			{
				kind: 'kv' as const,
				title: t('probe.elevation.evidence'),
				rows: [
					{label: t('probe.elevation.label.level'), value: e.level ? withNote(t, e.level, e.sid ?? '?') : '?'},
					{label: t('probe.elevation.label.adminRole'), value: e.adminRole === undefined || e.adminRole === null ? '?' : e.adminRole ? t('ui.yes') : t('ui.no')},
				],
			},
			...(e.whoami ? [{kind: 'text' as const, title: 'whoami /groups', text: e.whoami.trim()}] : []),
		];
		if (e.elevated === null) {
			const said = t(`probe.elevation.reason.${e.reason ?? 'batch-failed'}`);
			const reason = e.batch ? withNote(t, said, failedText(t, {ok: false, ...e.batch})) : said;
			return {status: 'unknown', summary: t('probe.elevation.unknown', {reason}), evidence};
		}
		return {
			status: 'info',
			summary: e.elevated ? t('probe.elevation.elevated', {sid: e.sid!}) : t('probe.elevation.notElevated', {sid: e.sid!}),
			why: t('probe.elevation.why'),
			evidence,
		};
	},
};
