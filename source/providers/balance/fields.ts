// Reading fields out of untrusted JSON (relay answers) without trusting their types.

import {isJsonObject, type JsonObject} from '../../json.js';

export type {JsonObject} from '../../json.js';

export function asObject(value: unknown): JsonObject | undefined {
	return isJsonObject(value) ? value : undefined;
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
