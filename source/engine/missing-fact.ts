import {isMessageKey, type Translator} from '../i18n/index.js';
import type {ExecRequest, FactUnavailableError} from '../system/types.js';

/**
 * The summary of a check that needed a fact a replayed snapshot or a paste does not hold:
 * what is missing in the words of the person who gave it ("the paste does not show PATH"),
 * then what the check therefore cannot tell ("so which go runs cannot be told"). Never the
 * name of a call of the System port.
 */
export function missingFactSummary(t: Translator, probeId: string, error: FactUnavailableError): string {
	const key = `probe.${probeId}.cannotTell`;
	const consequence = isMessageKey(key) ? t(key) : t('missing.cannotTell.generic');
	return t('missing.summary', {missing: missingFact(t, error, probeId), consequence});
}

/**
 * What is missing, as the person who pasted or recorded it would say. A pasted go env shows
 * no environment at all: there the check names what it reads the environment for (PATH,
 * the state of Windows), not the first variable it happened to ask for.
 */
export function missingFact(t: Translator, error: FactUnavailableError, probeId?: string): string {
	const given = error.given;
	const args = error.question?.args ?? [];
	const text = (i: number) => (typeof args[i] === 'string' ? (args[i] as string) : '');
	const needs = `probe.${probeId}.needs`;
	const method = error.question?.method;
	if (given === 'paste' && (method === 'env' || (method === 'getenv' && !/^(?:GO|CGO_|CC$|CXX$|AR$|PKG_CONFIG$)/.test(text(0)))) && isMessageKey(needs)) {
		return t('missing.paste.needs', {needs: t(needs)});
	}
	switch (method) {
		case 'getenv':
			return t(`missing.${given}.variable`, {name: text(0)});
		case 'env':
			return t(`missing.${given}.environment`);
		case 'cwd':
		case 'homedir':
		case 'tmpdir':
		case 'terminal':
			return t(`missing.${given}.${method}`);
		case 'exec': {
			const request = (args[0] ?? {}) as Partial<ExecRequest>;
			const program = (request.file ?? '').split(/[\\/]/).pop()?.replace(/\.exe$/i, '') ?? '';
			const command = [program, ...(request.args ?? [])].join(' ');
			return t(`missing.${given}.command`, {command: command.length > 80 ? `${command.slice(0, 79)}…` : command});
		}
		case 'stat':
		case 'inspect':
		case 'realpath':
			return t(`missing.${given}.exists`, {path: text(0)});
		case 'readFile':
		case 'readText':
			return t(`missing.${given}.file`, {path: text(0)});
		case 'readdir':
		case 'list':
			return t(`missing.${given}.folder`, {path: text(0)});
		case 'isWritable':
			return t(`missing.${given}.writable`, {path: text(0)});
		case 'registry.readKey':
			return t(`missing.${given}.registry`, {key: text(0)});
		case 'tlsChain': {
			const request = (args[0] ?? {}) as {host?: string};
			return t(`missing.${given}.certificates`, {host: request.host ?? '?'});
		}
		default:
			return t(`missing.${given}.other`);
	}
}

/**
 * For a check that asks the network: a paste cannot say what the network does on that
 * machine, whatever fact the check happened to ask for first. A snapshot says what it lacks.
 */
export function networkMissing(t: Translator, error: FactUnavailableError, probeId: string): string {
	return error.given === 'paste' ? t('missing.paste.network') : missingFact(t, error, probeId);
}
