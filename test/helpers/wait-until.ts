// Waiting for something a test cannot be told about (what a fake saw, what a child did) by polling it,
// rather than sleeping a fixed time that a loaded machine may outlast.
import {setTimeout as delay} from 'node:timers/promises';

/** Poll until `condition` holds (for what the fake saw, not the screen); fails after `timeoutMs`. */
export async function waitUntil(condition: () => boolean, what: string, timeoutMs = 3000) {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline) throw new Error(`Timed out: ${what}`);
		await delay(10);
	}
}
