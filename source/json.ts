// The one test for "a plain JSON object" (not null, not an array), for every reader of
// untrusted JSON: API answers, relay answers, check details, the settings file.

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A user's file's text as JSON, a byte-order mark (Windows editors) left out; undefined where it is no JSON. */
export function parseJsonText(text: string): unknown {
	try {
		return JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		return undefined;
	}
}
