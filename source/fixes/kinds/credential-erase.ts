import type {Change} from '../../model/fix.js';
import type {System} from '../../system/types.js';
import {fileFact, programFact} from '../../facts/reads.js';
import {defaultStoreFiles, keychainCredentials, storeFileCredentials, windowsCredentials, type CachedCredential} from '../../facts/git-credentials.js';
import {stepError, failureDetail} from './tools.js';
import type {Handler, KindContext} from './types.js';

/**
 * Erases one cached credential (cmdkey /delete, or `git credential reject` with the
 * credential's description on stdin). It cannot be taken back: the user signs in again.
 * The journal keeps the store, target, host and user only, never a secret, and reading the
 * stores back never asks for one either.
 */

type CredentialErase = Extract<Change, {kind: 'credential-erase'}>;

/** The store helper's files, as `defaultStoreFiles` finds them (from this process's environment). */
function storeFiles(sys: System): string[] {
	const home = sys.getenv('HOME') || sys.homedir();
	const xdg = sys.getenv('XDG_CONFIG_HOME');
	return [sys.path.join(home, '.git-credentials'), xdg ? sys.path.join(xdg, 'git', 'credentials') : sys.path.join(home, '.config', 'git', 'credentials')];
}

async function stillCached(change: CredentialErase, ctx: KindContext): Promise<boolean | null> {
	const same = (c: CachedCredential) => c.target === change.target && (c.user === change.user || !change.user);
	switch (change.store) {
		case 'windows-credential-manager': {
			const listed = await windowsCredentials(ctx.facts);
			if (!listed || listed.command.result.exitCode !== 0) return null;
			return listed.credentials.some(same);
		}
		case 'git-credential-store': {
			const files = await Promise.all(defaultStoreFiles(ctx.facts).map((file) => storeFileCredentials(ctx.facts, file)));
			if (files.some((file) => file.credentials.some((c) => c.host === change.host && (c.user === change.user || !change.user)))) return true;
			// Not in the files that could be read: gone only if none could not be read.
			return files.some((file) => file.unreadable) ? null : false;
		}
		case 'macos-keychain': {
			const found = await keychainCredentials(ctx.facts, change.host, 'internet');
			return found.credentials.some((c) => c.user === change.user || !change.user);
		}
	}
}

export const credentialEraseHandler: Handler<CredentialErase> = {
	admin: () => false,
	// Every store's lister, the store files, and go (its direct fetches run git's helpers).
	touches: (change, sys) => [
		...['cmdkey', 'security', 'git', 'go'].map(programFact),
		...(change.store === 'git-credential-store' ? storeFiles(sys).map((file) => fileFact(sys, file)) : []),
	],
	async check({change}, ctx) {
		const program = change.argv[0];
		return program && ctx.sys.path.isAbsolute(program) ? [] : [ctx.t('fixes.blocker.noProgram', {program: program ?? ''})];
	},
	async read({change}, ctx) {
		const cached = await stillCached(change, ctx);
		if (cached === null) return {where: 'unknown', now: ctx.t('fixes.value.cannotRead')};
		return cached ? {where: 'before', now: ctx.t('fixes.value.credentialCached', {user: change.user || '-'})} : {where: 'after', now: ctx.t('fixes.value.credentialGone')};
	},
	async apply({change}, ctx) {
		const [program, ...args] = change.argv;
		const result = await ctx.sys.exec({file: program!, args, timeoutMs: 30_000, ...(change.stdin === undefined ? {} : {stdin: change.stdin})});
		if (result.exitCode !== 0) throw stepError(ctx.t, 'fixes.error.command', {command: change.argv.join(' '), detail: failureDetail(ctx, result)});
	},
	invert() {
		return null;
	},
	view({change}, t) {
		return {
			kind: 'credential-erase',
			target: {type: 'command', argv: change.argv},
			label: change.target,
			before: t('fixes.value.credentialCached', {user: change.user || '-'}),
			after: t('fixes.value.credentialGone'),
			needsAdmin: false,
			reversible: false,
			backup: false,
			command: change.argv,
		};
	},
};
