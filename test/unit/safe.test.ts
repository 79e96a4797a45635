// Redaction and cleaning of untrusted text (source/text/safe.ts): every run of 8+
// characters of the key, in any case, with or without `sk-`; escapes and invisible
// bidi/zero-width characters removed.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {percentEncoded} from '../helpers/hostile-input.js';
import {keyRunMinimum, lastFour, lastFourOfMasked, maskKey, sanitize, sanitizeDeep, stripTerminalEscapes} from '../../source/text/safe.js';

// Built from parts so that the leaked-key scan of this repository does not flag a test value.
const key = 'sk-' + '3f9a1c0be47d25a8' + '6c1f0e9b7a2d4c58';
const body = key.slice(3);
const masked = maskKey(key);

test('the whole key is masked, also upper-cased, without its prefix, or URL-encoded', () => {
	assert.equal(sanitize(`key ${key} here`, key), `key ${masked} here`);
	assert.equal(sanitize(`key ${key.toUpperCase()} here`, key), `key ${masked} here`);
	assert.equal(sanitize(`Bearer ${body}`, key), `Bearer ${masked}`);
	assert.equal(sanitize(`Bearer ${body.toUpperCase()}.`, key), `Bearer ${masked}.`);
	const custom = 'relay/token+with=odd/chars';
	assert.equal(sanitize(`?k=${encodeURIComponent(custom)}`, custom), `?k=${maskKey(custom)}`);
});

test('the key in full-width characters (which NFKC and many a copy turn back into the key) is masked like the key; full-width punctuation in Chinese text stays', () => {
	const fullWidth = (text: string) => text.replace(/[!-~]/g, character => String.fromCharCode(character.charCodeAt(0) + 0xfee0));
	assert.equal(sanitize(`key ${fullWidth(key)} here`, key), `key ${masked} here`);
	assert.equal(sanitize(`令牌（${fullWidth(body.toUpperCase())}）无效，请检查`, key), `令牌（${masked}）无效，请检查`);
	assert.equal(sanitize(`x${fullWidth(body.slice(4, 14))}y`, key), `x${masked}y`);
	assert.equal(sanitize('余额不足，请充值：１２３４５６７', key), '余额不足，请充值：１２３４５６７');
});

test('a key with an invisible character copied at its end is shown by four characters a reader sees', () => {
	assert.equal(maskKey(`${key}\u200b`), 'sk-…4c58');
	assert.equal(maskKey(`\ufeff${key}\u200b\u200b`), 'sk-…4c58');
});

test('a key set with the word "Bearer " before it is shown with the word, then sk-… and its last four', () => {
	assert.equal(maskKey(`Bearer ${key}`), 'Bearer sk-…4c58');
	assert.equal(maskKey(`bearer  ${key}`), 'Bearer sk-…4c58');
	assert.ok(!maskKey(`Bearer ${key}`).includes(key.slice(3, 11)), 'nothing of the key but its last four');
});

test('every slice of 8 or more characters of the key is masked, wherever it sits', () => {
	for (let start = 0; start + keyRunMinimum <= key.length; start++) {
		for (const length of [keyRunMinimum, 16, key.length - start]) {
			if (start + length > key.length) continue;
			const slice = key.slice(start, start + length);
			for (const form of [slice, slice.toUpperCase()]) {
				const out = sanitize(`currency=${form};`, key);
				assert.equal(out, `currency=${masked};`, `slice ${start}+${length} (${form})`);
			}
		}
	}
	// Glued to other text, twice, next to each other.
	assert.equal(sanitize(`x${body.slice(4, 20)}y${body.slice(10, 30)}z`, key), `x${masked}y${masked}z`);
	// Two runs that touch read as one.
	assert.equal(sanitize(`${body.slice(0, 10)}${body.slice(0, 10)}`, key), masked);
});

test('seven characters of the key, the last four, and unrelated hex stay as they are', () => {
	const seven = body.slice(5, 12);
	assert.equal(sanitize(`part ${seven} part`, key), `part ${seven} part`);
	assert.equal(sanitize('Your api key: ****4c58 is invalid', key), 'Your api key: ****4c58 is invalid');
	assert.equal(sanitize('trace 0000111122223333', key), 'trace 0000111122223333');
	// Characters of the key that are not consecutive in it do not count.
	const skipping = body.split('').filter((_, index) => index % 2 === 0).join('').slice(0, 12);
	assert.equal(sanitize(skipping, key), skipping);
});

test('a text of a megabyte full of near-misses is scanned (and the key inside it found)', () => {
	const nearMiss = body.slice(0, 7) + 'z';
	const big = nearMiss.repeat(131_072) + body.slice(3, 19) + nearMiss.repeat(100);
	const out = sanitize(big, key);
	assert.ok(!out.includes(body.slice(3, 19)));
	assert.equal(out.split(masked).length, 2);
	assert.equal(out.length, big.length - 16 + masked.length);
});

test('bidi controls and zero-width characters are removed with the escape sequences', () => {
	const invisible = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\uFEFF'];
	const text = `pay ${invisible.join('')}here\u001B[31m now`;
	assert.equal(stripTerminalEscapes(text), 'pay here now');
	assert.equal(sanitize('\u202Etxt.exe\u202C', key), 'txt.exe');
	// The zero-width characters cannot hide a key from the mask either.
	assert.equal(sanitize(`${body.slice(0, 8)}\u200B${body.slice(8, 16)}`, key), masked);
});

test('the Arabic letter mark (U+061C), the third bidi mark beside LRM and RLM, is removed like them', () => {
	// Found by test/unit/properties-answers.test.ts: a trace id header of U+061C reached the JSON and the text.
	assert.equal(stripTerminalEscapes('Trace id: \u061Cabc.'), 'Trace id: abc.');
	assert.equal(sanitize('\u061C\u200F', key), '');
});

test('the key cut into groups by whitespace, or %-encoded character by character, is masked as a whole', () => {
	// Found by test/unit/properties-answers.test.ts: a server echoing the key so reached every output whole.
	const groups = (size: number, gap: string) => body.match(new RegExp(`.{1,${size}}`, 'g'))?.join(gap) ?? '';
	assert.equal(sanitize(`key: ${groups(4, ' ')} is invalid`, key), `key: ${masked} is invalid`);
	assert.equal(sanitize(`key: ${groups(5, '\n')}.`, key), `key: ${masked}.`);
	assert.equal(sanitize(`${groups(4, '\u3000').toUpperCase()}`, key), masked);
	assert.equal(sanitize(`?key=${percentEncoded(key)}&x=1`, key), `?key=${masked}&x=1`);
	assert.equal(sanitize(`?key=sk-${body.slice(0, 10)}${percentEncoded(body.slice(10))}`, key), `?key=${masked}`);
	// Found by test/unit/properties-answers.test.ts: a redirect's Location with the key in groups, which the URL writes with %20.
	assert.equal(sanitize(`https://login.example/${groups(4, '%20')}`, key), `https://login.example/${masked}`);
	assert.equal(sanitize(`https://login.example/${groups(4, '%C2%A0')}?q=%E4%B8%AD`, key), `https://login.example/${masked}?q=%E4%B8%AD`);
	assert.equal(sanitize(`${groups(8, '%E3%80%80')}`, key), masked);
	// Words and numbers around it, and a few characters of the key between spaces, stay.
	assert.equal(sanitize(`pay 10 % of ${body.slice(0, 4)} ${body.slice(20, 23)} 100%`, key), `pay 10 % of ${body.slice(0, 4)} ${body.slice(20, 23)} 100%`);
});

test('sanitizeDeep cleans every string of a document, names included', () => {
	const doc = {
		currency: body.slice(0, 16).toUpperCase(),
		list: [`a ${body}`, 42, null, {deeper: [`\u202E${key}`]}],
		[`name ${body.slice(0, 9)}`]: true,
	};
	const clean = sanitizeDeep(doc, key);
	assert.deepEqual(clean, {
		currency: masked,
		list: [`a ${masked}`, 42, null, {deeper: [masked]}],
		[`name ${masked}`]: true,
	});
	assert.ok(!JSON.stringify(clean).toLowerCase().includes(body.slice(0, 8)));
});

test('runs without a digit are words, not the secret: a placeholder key or a readable prefix does not blank out "DeepSeek"', () => {
	const placeholder = '${DEEPSEEK_API_KEY}';
	const text = 'DeepSeek answered: set DEEPSEEK_API_KEY for api.deepseek.com';
	assert.equal(sanitize(text, placeholder), text);
	assert.equal(sanitize(`the key ${placeholder.toLowerCase()} is invalid`, placeholder), `the key ${maskKey(placeholder)} is invalid`, 'the whole key still is');
	const prefixed = 'deepseek-' + '9f8e7d6c5b4a3210';
	assert.equal(sanitize('model deepseek-v4-flash', prefixed), 'model deepseek-v4-flash');
	assert.equal(sanitize('token deepseek-9f8e7d6c…', prefixed), `token ${maskKey(prefixed)}…`);
	assert.equal(sanitize('part 9F8E7D6C5B', prefixed), `part ${maskKey(prefixed)}`);
});

test('a key-like text right after a %-encoded character (a quoted key in a URL) is masked without the key in hand', () => {
	assert.equal(sanitize(`--%22${key}%22`), `--%22${masked}%22`);
	assert.equal(sanitize(`q=%27${key}`), `q=%27${masked}`);
	// Glued to a word it is a word: "task-…" is no key.
	assert.equal(sanitize('risk-assessment-report-2026'), 'risk-assessment-report-2026');
});

// A hang, not a speed: unbounded, this took minutes (70,000 × 70,000 tries); the limit is far above any machine's time for it.
test('a huge value set as the key, made of one character, is masked (its start) in a huge text of it without trying every place at every character', {timeout: 60_000}, () => {
	const digits = '1'.repeat(70_000);
	const out = sanitize(`url=${digits}/v1`, digits);
	assert.ok(out.startsWith(`url=${maskKey(digits)}`) && out.length < digits.length, out.slice(0, 80));
	const letters = 'x'.repeat(70_000);
	assert.ok(sanitize(`url=${letters}/v1`, `${letters}1`).length < letters.length);
});

test('lastFourOfMasked reads back the last four a masked key shows, and nothing where it shows none', () => {
	for (const each of [key, `Bearer ${key}`, 'relay-token-0123456789XYZW']) {
		assert.equal(lastFourOfMasked(maskKey(each)), lastFour(each), each);
	}
	assert.equal(lastFourOfMasked(maskKey('sk-short')), undefined);
	assert.equal(lastFourOfMasked(''), undefined);
});

test('sanitize gives each key its own answer, also for a text it cleaned before with another key or none', () => {
	// A run of 8 or more of a key's characters is masked only when that key is given: what was kept for one key is not another's.
	const text = 'proxy said: token zq7wx9vb8n rejected';
	const first = sanitize(text, 'zq7wx9vb8nAAAA');
	assert.doesNotMatch(first, /zq7wx9vb8n/);
	assert.equal(sanitize(text), text, 'no key: nothing here is key-shaped');
	assert.equal(sanitize(text, 'other-key-00000000'), text);
	assert.equal(sanitize(text, 'zq7wx9vb8nAAAA'), first, 'the same key: the same answer');
	// Its answer cleaned again is unchanged (the JSON document's second pass).
	assert.equal(sanitize(first, 'zq7wx9vb8nAAAA'), first);
});
