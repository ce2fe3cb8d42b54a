/**
 * Waiting for Ink frames in ink-testing-library: one setImmediate is not enough for a
 * re-render to show, and after a screen change React may still need one more turn before
 * the next key reaches the new state. So poll until the frame passes, then yield once more.
 */
export const tick = () => new Promise<void>((resolve) => setImmediate(() => setTimeout(resolve, 0)));

export async function waitForFrame(lastFrame: () => string | undefined, predicate: (frame: string) => boolean, timeoutMs = 3000): Promise<string> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const frame = lastFrame() ?? '';
		if (predicate(frame)) {
			await tick();
			return lastFrame() ?? '';
		}
		if (Date.now() > deadline) throw new Error(`frame never matched; last frame:\n${frame}`);
		await tick();
	}
}

export const KEYS = {up: '\u001B[A', down: '\u001B[B', enter: '\r', escape: '\u001B', ctrlC: '\u0003', backspace: '\u007F', pageUp: '\u001B[5~', pageDown: '\u001B[6~'};
