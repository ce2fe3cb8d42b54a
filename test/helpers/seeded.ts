/**
 * Randomness a failing test can repeat: a generator seeded from TEST_SEED when it is set,
 * else from a fresh seed, which is printed so that the run can be repeated exactly
 * (`TEST_SEED=<seed> npx vitest run <file>`).
 */
export function seededRandom(label: string): {next: () => number; seed: number} {
	const given = process.env.TEST_SEED;
	const seed = given !== undefined && given !== '' ? Number(given) >>> 0 : Math.floor(Math.random() * 2 ** 32);
	console.log(`${label}: random seed ${seed} (TEST_SEED=${seed} repeats this run)`);
	// mulberry32: small, fast, and the same numbers for the same seed everywhere.
	let state = seed;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {next, seed};
}
