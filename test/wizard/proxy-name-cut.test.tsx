// A proxy whose host name does not resolve (no-such-proxy.invalid, ENOTFOUND at the proxy; going direct,
// api.deepseek.com does not resolve either: map-hosts.mjs): the result's first line says what to do, "check its
// spelling", in a 40×15 window too, where it was cut inside the proxy's address, and no plain word stands alone
// on a row before that address ("…of the / proxy / http://…").
import '../helpers/map-hosts.mjs';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {flatIn, resultInBothLanguages, walkEveryCheck} from './helpers.js';

const proxy = 'http://no-such-proxy.invalid:8080';

for (const size of [{columns: 40, rows: 15}, {columns: 60, rows: 20}]) {
	test(`a proxy name that does not resolve (${size.columns}×${size.rows}): the first line keeps its fix, whole address and no word alone on a row, in both languages`, async () => {
		await resultInBothLanguages(
			'ok',
			size,
			async app => walkEveryCheck(app),
			(leaf, language) => {
				const flat = flatIn(language, leaf);
				assert.ok(flat.includes(proxy), leaf);
				assert.ok(flat.includes(language === 'en' ? 'check its spelling.' : '请检查拼写。'), leaf);
				// An English word alone on a row (a Chinese clause before the address is a phrase, not a word).
				for (const row of leaf.split('\n')) assert.doesNotMatch(row, /^\s*[A-Za-z]+[.,]?$/u, `a word alone on a row:\n${leaf}`);
			},
			{env: {DEEPSEEK_BASE_URL: 'https://api.deepseek.com', HTTPS_PROXY: proxy}},
		);
	});
}
