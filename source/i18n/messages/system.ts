import type {Catalog} from '../catalog.js';

/**
 * What the System port keeps of an error, in words: a file that could not be read (not the
 * same as absent), a program that ended by a signal or never started, output that was cut.
 */
export const system = {
	'probe.go-env-file.unreadable': {
		en: '{path} is there but cannot be read ({code}): what it sets is unknown',
		'zh-CN': '{path} 存在但无法读取（{code}）：其中的设置未知',
	},
	'probe.go-env-file.state.unreadable': {en: 'cannot be read ({code})', 'zh-CN': '无法读取（{code}）'},
	'evidence.signalled': {en: 'ended by {signal}', 'zh-CN': '被 {signal} 终止'},
	'evidence.notStarted': {en: 'did not start: {code}', 'zh-CN': '未能启动：{code}'},
	'evidence.truncated': {en: 'output cut at 4 MB', 'zh-CN': '输出已在 4 MB 处截断'},
} as const satisfies Catalog;
