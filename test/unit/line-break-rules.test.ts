// The line-breaking rules for brackets and punctuation (source/text/wrap.ts): over every fixed message of both
// languages, at every width from 24 to 60 columns, under the indents the commands use (config's value column too),
// no row ends with an opening bracket and no row but the first begins with a closing one or with closing punctuation.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {wrapPlain} from '../../source/text/wrap.js';
import {fixedSentences} from '../helpers/chinese-sentences.js';

const endsOpen = /[（「《【“([{]$/u;
const startsClosed = /^[）」》】”，。、；：？！)\]}]/u;

test('no row of a fixed message ends with an opening bracket or begins with closing punctuation, at 24 to 60 columns in both languages', async () => {
	const broken: string[] = [];
	let rows = 0;
	for (const language of ['en', 'zh-CN'] as const) {
		for (const message of await fixedSentences(language)) {
			for (const line of message.split('\n')) {
				for (let width = 24; width <= 60; width++) {
					// The plain text, a fix's indents, a help's, and config's 18-column value column where it leaves room.
					const indents = [['', ''], ['  ', '    '], ['    ', '    '], ...(width >= 36 ? [[' '.repeat(18), ' '.repeat(18)]] : [])];
					for (const [indent, hangingIndent] of indents) {
						const wrapped = wrapPlain(line, {width, indent, hangingIndent});
						rows += wrapped.length;
						wrapped.forEach((row, index) => {
							if (endsOpen.test(row.trimEnd())) broken.push(`${language} ${width} ends open: ${JSON.stringify(wrapped)}`);
							if (index > 0 && startsClosed.test(row.trimStart())) broken.push(`${language} ${width} starts closed: ${JSON.stringify(wrapped)}`);
						});
					}
				}
			}
		}
	}
	assert.ok(rows > 200_000, `${rows} rows`);
	assert.deepEqual(broken.slice(0, 5), [], `${broken.length} rows break a rule`);
});
