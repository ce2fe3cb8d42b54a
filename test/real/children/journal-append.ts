// Adds N settled entries to the journal in the folder given, through its state machine
// (claim, begin, settle): a second process does the same at the same time, and no entry may
// be lost.
import {Journal} from '../../../source/journal/journal.js';

const [dir, count, tag] = process.argv.slice(2);
const journal = new Journal({dir: dir!});
for (let i = 0; i < Number(count); i++) {
	const claim = await journal.claim();
	const entry = await journal.begin(claim, {
		action: 'fix',
		findingId: `concurrency-${tag}`,
		fixId: `n${i}`,
		title: {text: `${tag} ${i}`},
		reversible: true,
		needsAdmin: false,
		changes: [],
	});
	await journal.settle(claim, entry.id, {status: 'applied'});
}
