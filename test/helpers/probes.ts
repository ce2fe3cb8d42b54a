import type {Probe} from '../../source/engine/probe.js';
import type {ProbeResult} from '../../source/model/finding.js';
import {deferred, type Deferred} from './deferred.js';

/**
 * Probes whose results the test hands over when it wants, to script the order in which
 * checks finish. Titles reuse a real message key; the id tells them apart.
 */
export function controllableProbes(ids: string[], extra: Partial<Record<string, Partial<Probe>>> = {}) {
	const gates = new Map<string, Deferred<ProbeResult>[]>();
	const runs = new Map<string, number>();
	const probes: Probe[] = ids.map((id) => ({
		id,
		family: 'toolchain',
		title: 'probe.go-on-path.title',
		async run() {
			runs.set(id, (runs.get(id) ?? 0) + 1);
			const gate = deferred<ProbeResult>();
			gates.set(id, [...(gates.get(id) ?? []), gate]);
			return gate.promise;
		},
		...extra[id],
	}));
	return {
		probes,
		/** Settles an invocation of a probe: the latest by default, or the n-th (0-based). */
		finish(id: string, result: ProbeResult, invocation = -1) {
			const gate = gates.get(id)?.at(invocation);
			if (!gate) throw new Error(`probe ${id} has no invocation ${invocation}`);
			gate.resolve(result);
		},
		fail(id: string, error: Error) {
			gates.get(id)!.at(-1)!.reject(error);
		},
		started: (id: string) => runs.get(id) ?? 0,
	};
}
