import {POINTER} from '../layout/glyphs.js';
import {goSetting, provenanceNames, type SettingOrigin} from '../facts/go-settings.js';
import {withNote} from '../i18n/index.js';
import {readReason} from '../i18n/read-reason.js';
import {settingsEvidence, shownValue} from '../probes/setting-evidence.js';
import {isSecretName, redactDeep, redactSecrets, REDACTED} from '../redact/secrets.js';
import {evidenceLines} from '../report/evidence-text.js';
import {alignColumns} from '../layout/columns.js';
import {defaultShell} from '../shell/syntax.js';
import {setFix, unsetFix} from './changes.js';
import {applyBuilt} from './commands-fixes.js';
import {page} from './commands-checks.js';
import {envFact} from '../facts/reads.js';
import {defaultSetLayer, defaultUnsetLayer, defaultValues, layerRows, layersHere, parseLayer, PROXY_VARIABLES, settableName, type LayerRow, type TargetLayer} from './layers.js';
import {changeSessionEnv} from './session-env.js';
import type {Session} from './session.js';
import {FAILED, OK, type Args, type CommandRow, type Outcome} from './types.js';

/** `env`, `set`, `unset`: Go settings, every layer that sets them, and changes to one layer. */

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The names `go env -json` printed: the running go may know settings newer than our list. */
async function knownToGo(session: Session, facts = session.freshFacts()): Promise<Set<string>> {
	const env = await facts.goEnv();
	return new Set(env?.ok ? Object.keys(env.values) : []);
}

function layerName(session: Session, row: LayerRow): string {
	const name = session.t(`repl.layer.${row.layer}`);
	return row.where ? withNote(session.t, name, row.where) : name;
}

/** One setting, every layer in go's order, the one go uses marked. */
function settingLines(session: Session, origin: SettingOrigin, defaultValue: string | undefined): string[] {
	const {t, sys} = session;
	const msys = Boolean(sys.getenv('MSYSTEM'));
	const rows = layerRows(origin, sys.platform, defaultValue, msys);
	// A variable named like a secret (DB_PASS, GITHUB_TOKEN): its value, in any layer, is one.
	const secret = isSecretName(origin.name);
	const value = (row: LayerRow) =>
		row.unreadable ? `? (${readReason(t, row.unreadable)})` : row.value === undefined ? t('evidence.notSet') : secret ? REDACTED : shownValue(t, row.value);
	const inSession = session.changedInSession.has(envFact(sys, origin.name));
	const note = (row: LayerRow) =>
		[
			row.layer === 'process' && inSession ? t('repl.env.setInSession') : '',
			row.feedsProcess && !inSession ? t('repl.env.feedsProcess') : '',
			row.value !== undefined && !row.wins && !row.feedsProcess && rows.some((r) => r.wins) && row.layer !== 'process' ? t('repl.env.hidden') : '',
			row.more ? t('repl.env.more', {count: row.more}) : '',
		]
			.filter(Boolean)
			.join(' · ');
	const table = alignColumns(rows.map((row) => [row.wins ? POINTER : ' ', layerName(session, row), value(row), note(row)]));
	const head = `${origin.name} = ${secret && origin.value !== '' ? REDACTED : shownValue(t, origin.value)}`;
	const extra = origin.disagrees && origin.registry?.composed !== undefined ? [`  ${t('repl.env.newTerminals', {value: secret ? REDACTED : shownValue(t, origin.registry.composed)})}`] : [];
	return redactDeep([head, ...table.map((line) => `  ${line}`), ...extra]);
}

async function env(session: Session, names: readonly string[]): Promise<Outcome> {
	const {t, io} = session;
	const facts = session.freshFacts();
	const bad = names.find((n) => !NAME.test(n));
	if (bad) {
		io.err(t('repl.badName', {name: bad}) + '\n');
		return FAILED;
	}
	if (names.length === 0) {
		// Every setting the checks trace, plus the proxy variables this process has.
		const all = [...(await provenanceNames(facts)), ...PROXY_VARIABLES.filter((n) => session.sys.getenv(n) !== undefined && !(session.sys.platform === 'win32' && n === n.toLowerCase()))];
		const origins = await Promise.all(all.map((name) => goSetting(facts, name)));
		await page(session, [...redactDeep(evidenceLines(t, settingsEvidence(t, t('repl.env.title'), origins), defaultShell(session.sys.platform))), t('repl.env.hint')]);
		return OK;
	}
	const known = await knownToGo(session, facts);
	const [origins, defaults] = await Promise.all([Promise.all(names.map((name) => goSetting(facts, name))), defaultValues(facts, names, known)]);
	const lines = origins.flatMap((origin, i) => [...(i > 0 ? [''] : []), ...settingLines(session, origin, origin.gorootValue === undefined ? defaults.get(origin.name) : undefined)]);
	await page(session, lines);
	return OK;
}

/** `NAME=VALUE` (the value may be quoted: `GOFLAGS="-mod=mod -trimpath"`). */
function parseAssignment(word: string | undefined): {name: string; value: string} | undefined {
	const m = word === undefined ? null : /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(word);
	return m ? {name: m[1]!, value: m[2]!} : undefined;
}

/** `in <layer>` at the end of the words, if given, and valid here. */
export function chosenLayer(session: Session, words: readonly string[], from: number): TargetLayer | null | undefined {
	const rest = words.slice(from);
	if (rest.length === 0) return undefined;
	const here = layersHere(session.sys.platform, Boolean(session.sys.getenv('MSYSTEM')));
	const layer = rest.length === 2 && rest[0] === 'in' ? parseLayer(rest[1]!) : undefined;
	if (!layer || !here.includes(layer)) {
		session.io.err(session.t('repl.badLayer', {words: rest.join(' '), layers: here.join(', ')}) + '\n');
		return null;
	}
	return layer;
}

async function set(session: Session, args: Args): Promise<Outcome> {
	const {t, io} = session;
	const assignment = parseAssignment(args.words[0]);
	if (!assignment) {
		io.err(t('repl.set.needAssignment') + '\n');
		return FAILED;
	}
	const facts = session.freshFacts();
	const kind = settableName(assignment.name, await knownToGo(session, facts));
	if (!kind) {
		io.err(t('repl.notASetting', {name: assignment.name}) + '\n');
		return FAILED;
	}
	const explicit = chosenLayer(session, args.words, 1);
	if (explicit === null) return FAILED;
	if (explicit === 'session') return (await changeSessionEnv(session, assignment.name, assignment.value, args.flags.has('dry-run'))) ? OK : FAILED;
	const origin = await goSetting(facts, assignment.name);
	const layer = explicit ?? defaultSetLayer(origin, kind, session.sys.platform);
	if (layer === 'go-env-file' && kind === 'proxy') {
		io.err(t('repl.set.notGoEnv', {name: assignment.name}) + '\n');
		return FAILED;
	}
	const built = await setFix({sys: session.sys, t, facts}, origin, assignment.value, layer);
	const typed = `set ${redactSecrets(`${assignment.name}=${assignment.value}`)} in ${layer}`;
	return applyBuilt(session, built, args, typed, {kind: 'variable', name: assignment.name, value: assignment.value});
}

async function unset(session: Session, args: Args): Promise<Outcome> {
	const {t, io} = session;
	const name = args.words[0];
	if (name === undefined || !NAME.test(name)) {
		io.err(t('repl.unset.needName') + '\n');
		return FAILED;
	}
	const facts = session.freshFacts();
	if (!settableName(name, await knownToGo(session, facts))) {
		io.err(t('repl.notASetting', {name}) + '\n');
		return FAILED;
	}
	const explicit = chosenLayer(session, args.words, 1);
	if (explicit === null) return FAILED;
	if (explicit === 'session') return (await changeSessionEnv(session, name, undefined, args.flags.has('dry-run'))) ? OK : FAILED;
	const origin = await goSetting(facts, name);
	const layer = explicit ?? defaultUnsetLayer(origin);
	if (!layer) {
		// Set only in this process (nothing stores it), in $GOROOT/go.env, or nowhere.
		if (origin.gorootUnreadable) {
			io.err(t('repl.unset.gorootUnreadable', {name, file: origin.gorootUnreadable.file, reason: readReason(t, origin.gorootUnreadable.code)}) + '\n');
			return FAILED;
		}
		io.err(t(origin.source === 'process' ? 'repl.unset.processOnly' : origin.source === 'goroot-go-env' ? 'repl.unset.gorootGoEnv' : 'repl.unset.notSet', {name}) + '\n');
		return FAILED;
	}
	return applyBuilt(session, unsetFix({sys: session.sys, t, facts}, origin, layer), args, `unset ${name} in ${layer}`, {kind: 'variable', name, value: undefined});
}

export const envRows: CommandRow[] = [
	{
		name: 'env',
		usage: 'env [<NAME>…]',
		summary: 'repl.env.summary',
		help: 'repl.env.help',
		argAt: () => 'setting',
		run: (session, args) => env(session, args.words),
	},
	{
		name: 'set',
		usage: 'set <NAME>=<value> [in <layer>] [--yes] [--dry-run]',
		summary: 'repl.set.summary',
		help: 'repl.set.help',
		flags: ['yes', 'dry-run'],
		argAt: (before) => (before.length === 0 ? 'assignment' : before.length === 1 ? ['in'] : before.length === 2 ? 'layer' : undefined),
		run: set,
	},
	{
		name: 'unset',
		usage: 'unset <NAME> [in <layer>] [--yes] [--dry-run]',
		summary: 'repl.unset.summary',
		help: 'repl.unset.help',
		flags: ['yes', 'dry-run'],
		argAt: (before) => (before.length === 0 ? 'setting' : before.length === 1 ? ['in'] : before.length === 2 ? 'layer' : undefined),
		run: unset,
	},
];
