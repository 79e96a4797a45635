// The wizard at 40 columns (its least) and 44: a fix's link is never broken over rows (ink breaks a
// row wider than the window in the middle, and half a link does not copy).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {displayWidth} from '../../source/text/width.js';
import {session, walk402, world} from './helpers.js';

for (const columns of [40, 44]) {
	test(`the empty-balance result at ${columns} columns: each link whole on a row that fits`, async () => {
		const w = await world('zero_balance');
		await session(
			w,
			async app => {
				await walk402(app);
				const leaf = await app.waitFor(/What to do/);
				const rows = leaf.split('\n');
				const links = rows.filter(row => row.includes('platform.deepseek.com/'));
				// The links of the fixes shown, and the actions naming them.
				for (const link of ['platform.deepseek.com/top_up', 'platform.deepseek.com/transactions']) {
					assert.ok(links.some(row => row.includes(link)), `${link} whole on one row:\n${leaf}`);
				}
				for (const row of links) {
					assert.match(row.trim(), /(^|[ :])(https:\/\/)?platform\.deepseek\.com\/(top_up|transactions|api_keys)$/, `a link cut or broken: ${JSON.stringify(row)}\n${leaf}`);
					assert.ok(displayWidth(row) <= columns, `wider than the window: ${JSON.stringify(row)}`);
				}
			},
			{},
			{columns, rows: 40},
		);
	});
}
