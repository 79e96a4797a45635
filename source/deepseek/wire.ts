// "Are this process's requests on the wire yet?" Local work that blocks the thread — the
// leaked-key scan spawns git, and a spawn blocks until the child has exec'd (10–25 ms) —
// waits for this, so that no connect or TLS handshake queues behind it. Counted from
// undici's diagnostics channels: a request is created, then its headers are written to
// a socket (or it fails first).
import diagnosticsChannel from 'node:diagnostics_channel';

/** However long a connect takes, local work does not wait longer than this for it. */
const defaultLongestWaitMs = 1000;

const unsent = new Set<unknown>();
let waiting: Array<() => void> = [];
/** Whether a request has been written, and whether one has been answered (or has failed). */
let anySent = false;
let anyAnswered = false;

function sent(message: unknown): void {
	anySent = true;
	unsent.delete((message as {request?: unknown}).request);
	if (unsent.size > 0) return;
	const resolved = waiting;
	waiting = [];
	for (const resolve of resolved) resolve();
}

diagnosticsChannel.subscribe('undici:request:create', message => unsent.add((message as {request?: unknown}).request));
diagnosticsChannel.subscribe('undici:client:sendHeaders', sent);
diagnosticsChannel.subscribe('undici:request:error', sent);
diagnosticsChannel.subscribe('undici:request:headers', () => (anyAnswered = true));
diagnosticsChannel.subscribe('undici:request:error', () => (anyAnswered = true));

/**
 * Resolves once every request started so far (including those started in this turn of
 * the event loop) has been written to its socket or has failed; at the latest after
 * `longestWaitMs`, or at once when `signal` fires.
 */
export async function requestsOnTheWire(signal: AbortSignal, longestWaitMs = defaultLongestWaitMs): Promise<void> {
	// Checks start together: let the others start their requests first.
	await new Promise(resolve => setImmediate(resolve));
	if (unsent.size === 0 || signal.aborted) return;
	await new Promise<void>(resolve => {
		const done = () => {
			clearTimeout(timer);
			signal.removeEventListener('abort', done);
			resolve();
		};
		const timer = setTimeout(done, longestWaitMs);
		signal.addEventListener('abort', done, {once: true});
		waiting.push(done);
	});
}

/**
 * Runs `work` once every request started so far is on the wire (see requestsOnTheWire) and
 * only if no answer has come yet: work done while the process has nothing else to do, which
 * must neither hold back a request nor an answer's handling. Skipped when the signal fired.
 */
export async function whenOnlyWaiting(signal: AbortSignal, work: () => void, longestWaitMs = defaultLongestWaitMs): Promise<void> {
	await requestsOnTheWire(signal, longestWaitMs);
	if (anySent && unsent.size === 0 && !anyAnswered && !signal.aborted) work();
}
