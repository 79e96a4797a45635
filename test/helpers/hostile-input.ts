// Generated bad input for the property tests (test/unit/properties-*.test.ts): the key in use
// spliced into text in the forms a server or a hand-edited file may echo it, escape sequences,
// bidi and invisible characters, NUL, huge strings, and mutations of real bodies (cut at any
// byte, a field's type changed, nested deeper). Plus the two checks every output must pass:
// no whole key, no character that acts on a terminal or reorders text.
import assert from 'node:assert/strict';
import fc from 'fast-check';

/** A key shaped like DeepSeek's, different on every run. */
export const arbitraryKey: fc.Arbitrary<string> = fc.string({unit: fc.constantFrom(...'0123456789abcdef'.split('')), minLength: 32, maxLength: 32}).map(hex => `sk-${hex}`);

/** Every character as `%XX` (ASCII text), as no browser writes it but a decoder reads it. */
export function percentEncoded(text: string): string {
	return text.replace(/[\s\S]/g, character => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** The forms a key comes back in: plain, upper-cased, without `sk-`, URL-encoded, cut into groups by whitespace (also URL-encoded), full-width. */
export function keyForm(key: string): fc.Arbitrary<string> {
	const body = key.replace(/^sk-/, '');
	return fc.oneof(
		fc.constant(key),
		fc.constant(key.toUpperCase()),
		fc.constant(body),
		fc.constant(body.toUpperCase()),
		fc.constant(`Bearer ${key}`),
		fc.constant(percentEncoded(key)),
		fc.constant(encodeURIComponent(`"${key}"`)),
		fc.record({size: fc.integer({min: 4, max: 12}), gap: fc.constantFrom(' ', '  ', '\t', '\n', '\u00A0', '\u3000'), encoded: fc.boolean()}).map(({size, gap, encoded}) => {
			const grouped = body.match(new RegExp(`.{1,${size}}`, 'g'))!.join(gap);
			return encoded ? encodeURIComponent(grouped) : grouped;
		}),
		fc.constant(key.replace(/[!-~]/g, character => String.fromCharCode(character.charCodeAt(0) + 0xfee0))),
	);
}

/** Characters and sequences that act on a terminal, reorder or hide text, or end a C string. */
export const nastyFragment: fc.Arbitrary<string> = fc.constantFrom(
	'\u001B[31m', '\u001B[2J', '\u001B]8;;https://evil.example\u0007', '\u001B]52;c;aGk=\u0007', '\u001B]0;title\u001B\\', '\u001BP1$t\u001B\\',
	'\u009B31m', '\u009D0;x\u009C', '\u0085', '\u0000', '\u0007', '\r', '\b', '\u007F',
	'\u202E', '\u202D', '\u2066', '\u2067', '\u2068', '\u2069', '\u200B', '\u200E', '\u200F', '\u061C', '\uFEFF', '\u2028', '\u2029',
	'\uD800', '\uDFFF', '👍🏽', '中文', 'NaN', 'Infinity', '-0', '1e999', '0x10', '  ', '</script>', '[x](javascript:alert(1))',
);

/** Text a server or a file may send: ordinary characters mixed with nasty fragments and, when given, the key in one of its forms. */
export function hostileText(key?: string): fc.Arbitrary<string> {
	const parts = [fc.string({maxLength: 12}), fc.string({unit: 'grapheme', maxLength: 6}), nastyFragment, ...(key === undefined ? [] : [keyForm(key)])];
	return fc.array(fc.oneof(...parts), {maxLength: 6}).map(pieces => pieces.join(''));
}

/** A JSON value of any type, sometimes huge, sometimes hostile, sometimes the key. */
export function oddValue(key?: string): fc.Arbitrary<unknown> {
	return fc.oneof(
		hostileText(key),
		fc.constantFrom(null, true, false, 0, -1, 1e308, 5e-324, Number.MAX_SAFE_INTEGER + 2, '', ' ', 'NaN', '-Infinity', '1e999', '12.50', '0.00', '-3'),
		fc.double(),
		fc.constant('x'.repeat(70_000)),
		fc.constant({}),
		fc.constant([]),
	);
}

/** A position in a JSON document: the path to one of its values (the root is the empty path). */
function pathsOf(value: unknown, prefix: ReadonlyArray<string | number> = []): Array<ReadonlyArray<string | number>> {
	const paths = [prefix];
	if (Array.isArray(value)) value.forEach((item, index) => paths.push(...pathsOf(item, [...prefix, index])));
	else if (value !== null && typeof value === 'object') for (const [name, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, name]));
	return paths;
}

function replaceAt(value: unknown, path: ReadonlyArray<string | number>, replace: (old: unknown) => unknown): unknown {
	if (path.length === 0) return replace(value);
	const [head, ...rest] = path;
	if (Array.isArray(value)) return value.map((item, index) => (index === head ? replaceAt(item, rest, replace) : item));
	const object = value as Record<string, unknown>;
	return {...object, [head as string]: replaceAt(object[head as string], rest, replace)};
}

/** One mutation of a JSON value: a value replaced by another type, wrapped deeper, or made a string. */
function mutateJson(json: unknown, key: string | undefined): fc.Arbitrary<unknown> {
	const paths = pathsOf(json);
	return fc.record({
		path: fc.constantFrom(...paths),
		how: fc.constantFrom('replace', 'nest', 'array', 'stringify', 'number-as-string'),
		value: oddValue(key),
	}).map(({path, how, value}) =>
		replaceAt(json, path, old => {
			switch (how) {
				case 'replace': return value;
				case 'nest': return {value: old, data: old};
				case 'array': return [old, old];
				case 'stringify': return JSON.stringify(old) ?? 'undefined';
				default: return typeof old === 'number' ? String(old) : typeof old === 'string' && /^-?\d/.test(old) ? Number(old) : value;
			}
		}),
	);
}

/** A body cut at any UTF-8 byte (a multi-byte character cut too). */
function truncated(body: string): fc.Arbitrary<string> {
	const bytes = Buffer.from(body);
	return fc.integer({min: 0, max: bytes.length}).map(cut => new TextDecoder().decode(bytes.subarray(0, cut)));
}

/** Text with a hostile fragment inserted at any place. */
function inserted(body: string, key: string | undefined): fc.Arbitrary<string> {
	return fc.record({at: fc.integer({min: 0, max: body.length}), text: hostileText(key)}).map(({at, text}) => body.slice(0, at) + text + body.slice(at));
}

/** A real body, mutated: as it was, cut, with hostile text inserted, its JSON changed (once or a few times), or huge. */
export function mutatedBody(body: string, key?: string): fc.Arbitrary<string> {
	let json: unknown;
	try {
		json = JSON.parse(body);
	} catch {
		json = undefined;
	}
	const jsonMutations: Array<fc.Arbitrary<string>> = json === undefined ? [] : [
		mutateJson(json, key).map(value => JSON.stringify(value) ?? ''),
		mutateJson(json, key).chain(once => mutateJson(once, key)).map(value => JSON.stringify(value) ?? ''),
	];
	// Cross-shrinking: a failure found on a huge or cut body shrinks towards the body as it was.
	return fc.oneof(
		{withCrossShrink: true},
		fc.constant(body),
		truncated(body),
		inserted(body, key),
		...jsonMutations,
		...jsonMutations,
		fc.constant(body + ' '.repeat(200_000)),
	);
}

/** Every way the key may show: the whole body of the key (no `sk-`), found after ignoring case, whitespace and %-encoding. */
export function assertNoWholeKey(text: string, key: string, what: string): void {
	const body = key.replace(/^sk-/, '').toLowerCase();
	let decoded = text;
	try {
		decoded = decodeURIComponent(text);
	} catch {
		decoded = text.replace(/%([0-9A-Fa-f]{2})/g, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
	}
	// Full-width letters and digits fold to ASCII as the redaction folds them.
	const folded = (value: string) => value.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
	for (const [form, shown] of [['as printed', text], ['%-decoded', decoded]] as const) {
		const joined = folded(shown);
		const at = joined.indexOf(body);
		assert.ok(at === -1, `${what} holds the whole key (${form}, whitespace dropped): ${JSON.stringify(joined.slice(Math.max(0, at - 40), at + 72))}`);
	}
}

/** ESC, C0 controls but \n and \t, DEL, C1 controls, bidi embeddings/overrides/isolates, zero-width characters, BOM. */
// oxlint-disable-next-line no-control-regex -- finding control characters is the point
const controlCharacter = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u061C]/u;

export function assertNoControls(text: string, what: string): void {
	const found = controlCharacter.exec(text);
	assert.ok(found === null, `${what} holds U+${(found?.[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')} at ${found?.index}: ${JSON.stringify(text.slice(Math.max(0, (found?.index ?? 0) - 40), (found?.index ?? 0) + 40))}`);
}

/** Every string in a JSON value, object keys too. */
export function stringsOf(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(stringsOf);
	if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([name, item]) => [name, ...stringsOf(item)]);
	return [];
}
