import type {Catalog} from '../catalog.js';

/** The interactive screens: header, footer, key help. */
export const ui = {
	'ui.yes': {en: 'yes', 'zh-CN': '是'},
	'ui.no': {en: 'no', 'zh-CN': '否'},
	'ui.title': {en: '{name} {version}', 'zh-CN': '{name} {version}'},
	'ui.elapsed': {en: '{seconds} s', 'zh-CN': '{seconds} 秒'},
	'ui.running': {en: '{done}/{total} done', 'zh-CN': '已完成 {done}/{total}'},
	'ui.waiting': {en: '{note} ({seconds} s)', 'zh-CN': '{note}（{seconds} 秒）'},
	'ui.more': {en: '{count} more', 'zh-CN': '还有 {count} 项'},

	'key.move': {en: 'move', 'zh-CN': '移动'},
	'key.up': {en: 'up', 'zh-CN': '上移'},
	'key.down': {en: 'down', 'zh-CN': '下移'},
	'key.top': {en: 'first', 'zh-CN': '第一项'},
	'key.bottom': {en: 'last', 'zh-CN': '最后一项'},
	'key.rerun': {en: 're-run', 'zh-CN': '重新检查'},
	'key.rerunAll': {en: 're-run all', 'zh-CN': '全部重新检查'},
	'key.quit': {en: 'quit', 'zh-CN': '退出'},
} as const satisfies Catalog;
