// A link is never broken over lines, by us or by the terminal: the text renderers put it
// on a line of its own, indented like the rest when it fits, less when that makes it fit,
// and past the width (still whole) only when it is wider than the terminal.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {renderBalanceText, renderText} from '../../source/report/index.js';
import {displayWidth} from '../../source/text/width.js';
import {wrapPlain} from '../../source/text/wrap.js';
import type {CheckReport} from '../../source/verdict.js';

const urls = ['https://platform.deepseek.com/top_up', 'https://platform.deepseek.com/api_keys', 'https://platform.deepseek.com/transactions', 'https://openrouter.ai/settings/credits'];

const report: CheckReport = {
	schemaVersion: 1,
	tool: {name: 'deepseek-fix', version: '0.1.0'},
	baseUrl: 'https://api.deepseek.com',
	verdict: 'insufficient_balance',
	summary: 'Calls fail because of your DeepSeek balance. 0.00 CNY (granted 0.00, topped up 0.00): nothing left to pay for calls.',
	checks: [
		{id: 'balance', title: 'Balance', status: 'fail', summary: 'Top up at https://platform.deepseek.com/top_up and check again.', details: {}, durationMs: 1},
	],
	balance: {isAvailable: false, balances: [{currency: 'CNY', total: '0.00', granted: '0.00', toppedUp: '0.00'}]},
	provider: {id: 'deepseek', name: 'DeepSeek', detectedBy: 'host', consoleUrl: 'https://platform.deepseek.com'},
	fixes: urls.map((url, index) => ({id: `fix${index}`, title: 'Make sure you paid on the account that owns this key (phone vs Google/e-mail logins are separate accounts)', url})),
};

/** Each URL of `text` on one line, and within `width` columns whenever the URL itself is. */
function assertLinksWhole(text: string, width: number): void {
	const lines = text.split('\n');
	for (const url of urls) {
		const at = lines.findIndex(line => line.includes(url));
		assert.ok(at !== -1, `${url} whole on one line at ${width} columns:\n${text}`);
		const line = lines[at] ?? '';
		if (displayWidth(url) <= width) assert.ok(displayWidth(line) <= width, `the terminal would wrap ${JSON.stringify(line)} at ${width} columns`);
		else assert.equal(line.trim(), url, 'wider than the terminal: alone on its line');
	}
}

for (const width of [40, 30]) {
	test(`check's and balance's text at ${width} columns: every link whole on one line, within the width when it fits`, () => {
		assertLinksWhole(renderText(report, {color: false, width}), width);
		assertLinksWhole(renderBalanceText(report, {color: false, width}), width);
	});
}

test('a link that fits only further left moves left, no further than it must; the other lines keep their indent', () => {
	// " 1. " and the fix title's hanging indent are four columns; api_keys is 38 wide.
	const lines = renderText(report, {color: false, width: 40}).split('\n');
	assert.ok(lines.includes('  https://platform.deepseek.com/api_keys'), lines.join('\n'));
	assert.ok(lines.includes('    https://platform.deepseek.com/top_up'), 'one that fits keeps the indent');
	assert.ok(lines.includes('    https://platform.deepseek.com/transactions'), 'one wider than the terminal keeps it too');
	assert.ok(lines.includes('    accounts)'), 'the fix titles keep theirs');
	assert.deepEqual(wrapPlain('see https://platform.deepseek.com/api_keys now', {width: 40, indent: '    '}), ['    see', '  https://platform.deepseek.com/api_keys', '    now']);
});
