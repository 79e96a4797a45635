// A fix cut to one row (a short window with no room for its first clause: leaf-layout's firstFixLeastRows; FixLine's clampLines) follows the rule the
// wrapping follows: it never ends inside a bracket, a quote or a `command` it opened, and never on the arrow alone;
// at 40 and 60 columns (the 40×15 and 60×20 windows), for every fix title in both languages.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {fixMessages} from '../../source/messages/fixes.js';
import {tablesOf} from '../../source/messages/language.js';
import {leafIndents} from '../../source/ui/leaf-layout.js';
import {clampLines, wrapLines} from '../../source/ui/layout.js';
import {sentencesOf} from '../helpers/message-sentences.js';

/** Every title of a table: functions called with stand-ins (those that need other values are left out). */
const titles = (value: unknown) => sentencesOf(value, ['OpenRouter', {variable: 'HTTPS_PROXY', host: 'api.example.com', name: 'OpenRouter', proxy: 'http://127.0.0.1:7890', command: 'sudo hwclock -s', tokens: 4096, path: '/v1', base: 'https://api.example.com', model: 'deepseek-chat'}]);

/** The one row a fix's title is cut to at `width`, as FixLine draws it. */
const oneRow = (title: string, width: number) => clampLines(wrapLines(title, width, leafIndents.fixFirst, leafIndents.fixRest), 1)[0] ?? '';

/** What the row leaves open: a bracket or typographic quote not closed, an odd straight quote or backtick. */
function leftOpen(row: string): string | undefined {
	const brackets = (row.match(/[(（“]/gu)?.length ?? 0) - (row.match(/[)）”]/gu)?.length ?? 0);
	if (brackets > 0) return 'a bracket';
	if ((row.match(/`/gu)?.length ?? 0) % 2 === 1) return 'a `command`';
	if ((row.match(/"/gu)?.length ?? 0) % 2 === 1) return 'a quote';
	return undefined;
}

test('a fix cut to one row at 40 and 60 columns never ends inside a bracket, quote or `command`, nor on the arrow alone, in either language', () => {
	let cut = 0;
	for (const [language, table] of Object.entries(tablesOf(fixMessages) ?? {})) {
		for (const title of titles(table)) {
			for (const width of [40, 60]) {
				if (wrapLines(title, width, leafIndents.fixFirst, leafIndents.fixRest).length < 2) continue;
				cut++;
				const row = oneRow(title, width);
				assert.match(row, /…$/u);
				assert.equal(leftOpen(row), undefined, `${language} at ${width}: ${row}`);
				assert.match(row.replace(/^\s*→/u, ''), /[\p{L}\p{N}]/u, `${language} at ${width}: ${row}`);
			}
		}
	}
	assert.ok(cut > 100, `only ${cut} titles took more than one row`);
});

test('the cut row ends before the bracket it would leave open, in English and in Chinese', () => {
	assert.equal(oneRow(fixMessages.changeRequest, 60), '  → Change what your app sends…');
	assert.deepEqual(clampLines(['  → Run `deepseek-fix check', '    --probe` again'], 1), ['  → Run…']);
	assert.deepEqual(clampLines(['  → Remove "Bearer " where the key is set (an .env', '    file)'], 1), ['  → Remove "Bearer " where the key is set…']);
	assert.deepEqual(clampLines(['  → 修改应用发送的请求（长度、max_tokens、内容或消息顺序：每个', '    工具调用'], 1), ['  → 修改应用发送的请求…']);
	// Cut where a sentence ends (rows after the first): what is kept is whole, with no mark after its full stop.
	assert.deepEqual(clampLines(['  Could not resolve the proxy: check', '  its spelling.', '  Going direct fails too'], 2), ['  Could not resolve the proxy: check', '  its spelling.']);
	assert.deepEqual(clampLines(['  请检查拼写。', '  直连也连不上'], 1), ['  请检查拼写…']);
	// A bracket closed on the row stays; only the one left open is cut.
	assert.deepEqual(clampLines(['  → Top up (pay-as-you-go) on the platform page today', 'more'], 1), ['  → Top up (pay-as-you-go) on the platform page…']);
});

test('the pod fix for a refused base URL wraps at 40 and 60 columns with no plain word alone on a row (the Service name, too long to share a row, comes last)', () => {
	for (const width of [40, 60]) {
		const rows = wrapLines(fixMessages.podServiceAddress({variable: null, loopback: '127.0.0.1'}), width, leafIndents.fixFirst, leafIndents.fixRest);
		for (const row of rows) assert.doesNotMatch(row, /^\s*\p{L}+[.,]?$/u, `a word alone at ${width}: ${rows.join(' | ')}`);
	}
});

test('a cut never ends inside a file path: the path is whole or left out, with the row it filled alone (the rows before end in the mark)', () => {
	const rows = ['  → Put the root in one file with those of', '    /tmp/ca-D3KeiA/i.pem', '    (REQUESTS_CA_BUNDLE), and point NODE_EXTRA_CA_CERTS'];
	assert.deepEqual(clampLines(rows, 2), ['  → Put the root in one file with those…'], 'the path alone on its row: the row goes');
	assert.deepEqual(clampLines(['  → Set it in ~/.config/deepseek-fix/settings.json', 'or elsewhere'], 1), ['  → Set it in…'], 'at the end of a row: the path goes');
	assert.deepEqual(clampLines(['    C:\\Users\\someone\\certs\\corporate-root.pem', 'more'], 1), ['    C:\\Users\\someone\\certs\\corporate-root.pe…'], 'one row only: cut as before (nothing else to keep)');
	// Whole, it stays: the cut falls after it.
	assert.deepEqual(clampLines(['  → Add /etc/ssl/corp.pem and point NODE_EXTRA_CA_CERTS at the file', 'x'], 1), ['  → Add /etc/ssl/corp.pem and point NODE_EXTRA_CA_CERTS at the…']);
	// An address alone on the only row: cut as before (nothing else to keep).
	assert.deepEqual(clampLines(['    https://platform.deepseek.com/api_keys', 'x'], 1), ['    https://platform.deepseek.com/api_key…']);
	// Through every row count, no kept row ends in a cut path.
	for (let kept = 1; kept < rows.length; kept++) assert.ok(!clampLines(rows, kept).some(row => /\/tmp\/\S*…$/u.test(row) && !row.includes('i.pem…')), `${kept}`);
});

test('a cut never ends inside an address (scheme://…, which cut reads as another port or host): it is whole or left out, with the row it filled alone, in both languages', () => {
	// The SOCKS-port result's first line at 40 columns: the proxy's URL alone on the second row goes, and the first row ends in the mark.
	const rows = ['  The proxy', '  http://proxy.corp.example:43275', '  (from HTTPS_PROXY) closed the tunnel'];
	assert.deepEqual(clampLines(rows, 2), ['  The…']);
	assert.deepEqual(clampLines(['  → Set HTTPS_PROXY to socks5://proxy.corp.example:43275,', '    or to the proxy app\'s HTTP or mixed port'], 1), ['  → Set HTTPS_PROXY to…'], 'at the end of a row, after a comma: the address goes');
	assert.deepEqual(clampLines(['  代理 http://proxy.corp.example:35453（来自 HTTPS_PROXY）', '  没有答复'], 1), ['  代理…'], 'in Chinese, with the bracket after it');
	assert.deepEqual(clampLines(['  Use socks5://alice:…@127.0.0.1:7891 or the mixed port', 'x'], 1), ['  Use socks5://alice:…@127.0.0.1:7891 or the mixed…'], 'whole, it stays: the cut falls after it');
	// Through every row count, no kept row ends in a cut address.
	for (let kept = 1; kept < rows.length; kept++) assert.ok(!clampLines(rows, kept).some(row => /:\/\/\S*…$/u.test(row)), `${kept}`);
});
