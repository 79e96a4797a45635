// Every sentence of a message table, for tests that read them all: strings as they are, functions called with each
// of `stands` in turn (the first that gives a string counts; those that need other values are left out).
export function sentencesOf(value: unknown, stands: readonly unknown[]): string[] {
	if (typeof value === 'string') return [value];
	if (typeof value === 'function') {
		for (const stand of stands) {
			try {
				const out: unknown = (value as (...args: unknown[]) => unknown)(stand, stand, stand, stand);
				if (typeof out === 'string') return [out];
			} catch {}
		}
		return [];
	}
	if (value && typeof value === 'object') return Object.values(value).flatMap(inner => sentencesOf(inner, stands));
	return [];
}
