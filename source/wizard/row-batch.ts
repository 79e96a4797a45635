// A check run's row changes, gathered and handed on together once the event loop has read
// what was already waiting for it: answers that arrive in the same moment then cost one
// render of the check list instead of one each, and the changes of a run's last moment none
// of their own, because the run flushes them as it ends, with the results the walk moves on
// with (wizard/use-check-run.ts). Nothing waits for a timer: a change waits for two turns
// of the loop, the second after its poll for input, so at most for work already queued.

type RowBatch<T> = {
	/** Queues a change; the batch is handed on once the loop is free. */
	add: (item: T) => void;
	/** Hands on what is queued now (the run ended: its last changes go with its results). */
	flush: () => void;
	/** Drops what is queued (the run was aborted). */
	cancel: () => void;
};

/** Calls `run` after two turns of the event loop (the second after its poll for input); returns how to cancel. */
type Later = (run: () => void) => () => void;

export const afterPendingInput: Later = run => {
	let inner: NodeJS.Immediate | undefined;
	const outer = setImmediate(() => {
		inner = setImmediate(run);
	});
	return () => {
		clearImmediate(outer);
		if (inner) clearImmediate(inner);
	};
};

export function rowBatch<T>(deliver: (items: readonly T[]) => void, later: Later = afterPendingInput): RowBatch<T> {
	let queued: T[] = [];
	let cancelLater: (() => void) | undefined;
	const take = (): T[] => {
		cancelLater?.();
		cancelLater = undefined;
		const items = queued;
		queued = [];
		return items;
	};
	const flush = () => {
		const items = take();
		if (items.length > 0) deliver(items);
	};
	return {
		add(item) {
			queued.push(item);
			cancelLater ??= later(flush);
		},
		flush,
		cancel() {
			take();
		},
	};
}
