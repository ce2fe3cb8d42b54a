import {useEffect, useState} from 'react';

/** The current time, refreshed every `intervalMs` while `active` (spinners, elapsed time). */
export function useClock(active: boolean, intervalMs = 100, now: () => number = Date.now): number {
	const [time, setTime] = useState(now);
	useEffect(() => {
		setTime(now());
		if (!active) return;
		const timer = setInterval(() => setTime(now()), intervalMs);
		return () => clearInterval(timer);
	}, [active, intervalMs, now]);
	return time;
}
