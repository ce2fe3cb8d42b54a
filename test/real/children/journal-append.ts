// Appends N entries to the journal in the folder given, one locked transaction each: a
// second process does the same at the same time, and no entry may be lost.
import {Journal} from '../../../source/journal/journal.js';

const [dir, count, tag] = process.argv.slice(2);
const journal = new Journal({dir: dir!});
for (let i = 0; i < Number(count); i++) {
	await journal.append({
		action: 'fix',
		findingId: `concurrency-${tag}`,
		fixId: `n${i}`,
		title: `${tag} ${i}`,
		status: 'applied',
		reversible: true,
		needsAdmin: false,
		changes: [],
	});
}
