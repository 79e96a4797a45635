// Cloudflare's AI Gateway on its DeepSeek path passes the user's own DeepSeek key on: the fake
// plays https://gateway.ai.cloudflare.com on 127.0.0.1 (map-hosts.mjs; the test certificate names
// it). The 402 path ends where check ends: the user's own DeepSeek balance, topped up on DeepSeek;
// the gateway's own refusal of its token ends on the gateway's page, not on a new DeepSeek key.
import '../helpers/map-hosts.mjs';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {flat, focusedLabel, session, walk402, world} from './helpers.js';

process.env.TEST_LOOPBACK_HOSTS = 'gateway.ai.cloudflare.com';

const host = 'gateway.ai.cloudflare.com';
const fixTitles = (screen: string) => screen.split('\n').filter(line => line.startsWith('  → ')).map(line => line.slice(4));

test('DeepSeek\'s 402 through Cloudflare AI Gateway (the 402 path): the user\'s own DeepSeek balance, read through the gateway; top up on DeepSeek, nothing about the gateway\'s support', async () => {
	const w = await world('cloudflare_ai_gateway_402', {host});
	await session(w, async app => {
		await walk402(app);
		const leaf = await app.waitFor('What to do:', 8000);
		assert.match(flat(leaf), /✖ Your DeepSeek balance is empty/, leaf);
		assert.match(flat(leaf), /Balance: 0\.00 CNY/, leaf);
		assert.match(fixTitles(leaf)[0] ?? '', /^Top up your balance/, leaf);
		assert.equal(focusedLabel(leaf), '❯ Open platform.deepseek.com/top_up', leaf);
		assert.doesNotMatch(flat(leaf), /'s support|Write to|not to DeepSeek|Cloudflare AI Gateway console/i, leaf);
	});
});

test('Cloudflare AI Gateway refuses its own token (401 code 2009, Run every check with the paid call): the gateway stops the calls, its authentication page first, no "check my DeepSeek account" detour', async () => {
	const w = await world('cloudflare_ai_gateway_auth', {host});
	await session(w, async app => {
		await app.choose('Run every check');
		await app.choose('The key in DEEPSEEK_API_KEY');
		await app.choose('Yes, make the one paid test call');
		const leaf = await app.waitFor('What to do:', 8000);
		assert.match(flat(leaf), /✖ Cloudflare AI Gateway stops your calls itself \(401\), before DeepSeek/, leaf);
		assert.match(fixTitles(leaf)[0] ?? '', /^cf-aig-authorization header/, leaf);
		assert.equal(focusedLabel(leaf), '❯ Open developers.cloudflare.com/ai-gateway/configuration/authentication/', leaf);
		assert.doesNotMatch(flat(leaf), /DeepSeek does not accept this key|Also check my DeepSeek account|not to DeepSeek/, leaf);
	});
});

test('the same at 40×15: what to add still shows when the fix line is cut (it leads with the header)', async () => {
	const w = await world('cloudflare_ai_gateway_auth', {host});
	await session(
		w,
		async app => {
			await app.choose('Run every check');
			await app.choose('The key in DEEPSEEK_API_KEY');
			await app.choose('Yes, make the one paid test call');
			const leaf = await app.waitFor('What to do:', 8000);
			assert.match(fixTitles(leaf)[0] ?? '', /^cf-aig-authorization header/, leaf);
		},
		{},
		{columns: 40, rows: 15},
	);
});
