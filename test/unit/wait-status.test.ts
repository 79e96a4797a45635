// balance --wait's status line on stderr: one row, rewritten in place, whole at 40 columns in both languages (a
// shorter form where the whole does not fit), never cut mid-sentence as "已等待充值 3…" was.
import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import {cliMessages} from '../../source/messages/cli.js';
import {setLanguage} from '../../source/messages/language.js';
import {timeMessages} from '../../source/messages/time.js';
import {statusRow} from '../../source/text/colour.js';
import {displayWidth} from '../../source/text/width.js';

afterEach(() => setLanguage('en'));

/** The status row as the wait draws it (commands/balance-wait.ts), with the widest values a wait shows. */
function row(columns: number, waitedMs = 5_399_000, total = '12345.67'): string {
	const facts = {total, currency: 'CNY', next: timeMessages.countdown({ms: 59_000}), waited: timeMessages.elapsed({ms: waitedMs}), max: timeMessages.duration({ms: 86_400_000})};
	return statusRow([cliMessages.waitStatus(facts), cliMessages.waitStatusShort(facts), cliMessages.waitStatusShortest(facts)], {columns});
}

test('the wait\'s status line is whole at 40 columns and at 60, in both languages; the whole sentence where it fits', () => {
	for (const language of ['en', 'zh-CN'] as const) {
		setLanguage(language);
		for (const columns of [40, 60, 120]) {
			const shown = row(columns);
			assert.ok(!shown.includes('…') && displayWidth(shown) <= columns - 3, `${language} at ${columns}: ${shown}`);
			assert.match(shown, /^12345\.67 CNY · /, shown);
		}
		assert.match(row(120), /Ctrl\+C/, 'with room, the whole line and how to stop');
		assert.match(row(40, 9_000, '0.00'), language === 'en' ? /· waited 9 s$/ : /· 已等待 9 秒$/, 'at 40 columns, the wait so far where it fits');
	}
});

test('statusRow: the first form that fits, else the last one cut', () => {
	assert.equal(statusRow(['a long form that does not fit here', 'short'], {columns: 23}), 'short');
	assert.equal(statusRow(['a long form that does not fit here at all', 'nor does this shorter one, no'], {columns: 23}), 'nor does this short…');
});
