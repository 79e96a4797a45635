// A deadline as an abort signal on a ref'd timer. AbortSignal.timeout's timer is unref'd: a
// wait stuck on nothing would let the process exit with no result instead of ending at its
// deadline. `stop` clears the timer once the work it bounds is done.
export function deadlineSignal(ms: number, reason: string): {signal: AbortSignal; stop: () => void} {
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(new DOMException(reason, 'TimeoutError')), Math.max(0, ms));
	return {signal: controller.signal, stop: () => clearTimeout(timer)};
}
