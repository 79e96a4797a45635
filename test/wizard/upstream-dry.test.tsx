// A named service passing on DeepSeek's own 402 because its own DeepSeek account ran dry
// (OpenCode Go, the corpus entry opencode-go-402-deepseek-body-relayed): the fake plays
// opencode.ai over https on 127.0.0.1 (map-hosts.mjs; no other name resolves here).
import '../helpers/map-hosts.mjs';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {flat, focusedLabel, session, walk402, world} from './helpers.js';

process.env.TEST_LOOPBACK_HOSTS = 'opencode.ai';

const fixTitles = (screen: string) => screen.split('\n').filter(line => line.startsWith('  → ')).map(line => line.slice(4));

test('OpenCode Go passes on DeepSeek\'s 402 (the 402 path with the paid call, 40×15): the title names OpenCode\'s account at DeepSeek, the first fix starts with whom to ask even when cut, Enter opens its console, nothing says to top up on DeepSeek', async () => {
	const w = await world('opencode_go_upstream_dry', {host: 'opencode.ai'});
	await session(
		w,
		async app => {
			await walk402(app);
			await app.waitFor('What to do:', 8000);
			await app.choose('See whose balance runs out');
			await app.choose('deepseek-v4-flash');
			const leaf = await app.waitFor('out of credit', 8000);
			assert.match(flat(leaf), /✖ The account OpenCode Zen uses at DeepSeek is out of credit/, leaf);
			assert.match(fixTitles(leaf)[0] ?? '', /^Ask OpenCode Zen's support to/, leaf);
			assert.equal(focusedLabel(leaf), '❯ Open opencode.ai/auth', leaf);
			assert.doesNotMatch(flat(leaf), /top up on DeepSeek|Top up on DeepSeek|paid call\)$/i, leaf);
		},
		{},
		{columns: 40, rows: 15},
	);
});
