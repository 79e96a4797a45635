// A check's row reads "Title: summary" (report/text.ts, the wizard's rows): a summary that opens with a
// label of its own ("Skipped: …", "未检查：…") reads as two labels in a row. Every sentence a check's
// summary is made of (the check tables and the request failures some rows carry), in both languages.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {checkMessages} from '../../source/messages/checks.js';
import {httpFailureMessages} from '../../source/messages/http.js';
import {tablesOf} from '../../source/messages/language.js';

/** Every sentence of a table: strings as they are, functions called with stand-ins (a digit, not a word, for the value a sentence may open with; those that need real values are left out). */
function sentences(value: unknown, path: string): Array<[string, string]> {
	if (typeof value === 'string') return [[path, value]];
	if (typeof value === 'function') {
		for (const stand of ['7', {variable: 'HTTPS_PROXY', says: '7', folder: '/srv', characters: 'U+200B', host: 'h', name: 'n'}]) {
			try {
				const out: unknown = (value as (...args: unknown[]) => unknown)(stand, stand, stand, stand);
				if (typeof out === 'string') return [[path, out]];
			} catch {}
		}
		return [];
	}
	if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => sentences(inner, `${path}.${key}`));
	return [];
}

// One or two words and a colon ("Skipped:", "Not checked:", "Unknown:"), or a few Chinese characters and a colon ("已跳过：").
const opensWithLabel = /^(?:\p{L}+(?: \p{L}+)?:\s|\p{Script=Han}{1,4}：)/u;

test('no check summary opens with a label and a colon of its own, in either language', () => {
	for (const table of [checkMessages, httpFailureMessages]) {
		for (const [language, tables] of Object.entries(tablesOf(table) ?? {})) {
			const all = sentences(tables, language);
			assert.ok(all.length > 10, `${language}: only ${all.length} sentences`);
			const labelled = all.filter(([, sentence]) => opensWithLabel.test(sentence));
			assert.deepEqual(labelled, [], language);
		}
	}
});
