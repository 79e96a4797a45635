// Reading fields out of untrusted JSON (relay answers) without trusting their types.

export type JsonObject = Record<string, unknown>;

export function asObject(value: unknown): JsonObject | undefined {
	return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

/** `value.a.b…` when every step is an object; undefined otherwise. */
export function pathOf(value: unknown, ...keys: string[]): unknown {
	let current: unknown = value;
	for (const key of keys) {
		const object = asObject(current);
		if (!object) return undefined;
		current = object[key];
	}
	return current;
}

export function stringField(value: unknown): string | undefined {
	return typeof value === 'string' ? value : undefined;
}

export function booleanField(value: unknown): boolean | undefined {
	return typeof value === 'boolean' ? value : undefined;
}
