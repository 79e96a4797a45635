// Cloudflare's AI Gateway on its DeepSeek path passes the user's own DeepSeek key on: the fake
// plays https://gateway.ai.cloudflare.com on 127.0.0.1 (map-hosts.mjs; the test certificate names
// it), and Helicone's DeepSeek gateway for its 402. The 402 path ends where check ends: the user's own
// DeepSeek balance, topped up on DeepSeek; the gateway's own refusal of its token ends on the
// gateway's page, not on a new DeepSeek key.
import '../helpers/map-hosts.mjs';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {setLanguage} from '../../source/messages/language.js';
import {drive, flat, focusedLabel, session, walk402, walkEveryCheck, world} from './helpers.js';

process.env.TEST_LOOPBACK_HOSTS = 'gateway.ai.cloudflare.com';

const host = 'gateway.ai.cloudflare.com';
const fixTitles = (screen: string) => screen.split('\n').filter(line => line.startsWith('  → ')).map(line => line.slice(4));

// Helicone's DeepSeek gateway passes the key on the same way (test/wizard/helicone.test.tsx has its own refusal).
for (const [name, scenario, gateway] of [
	['Cloudflare AI Gateway', 'cloudflare_ai_gateway_402', host],
	['Helicone', 'helicone_402', 'deepseek.helicone.ai'],
] as const) {
	test(`DeepSeek's 402 through ${name} (the 402 path): the user's own DeepSeek balance, read through the gateway; top up on DeepSeek, nothing about the gateway's support`, async () => {
		const w = await world(scenario, {host: gateway});
		await session(w, async app => {
			await walk402(app);
			const leaf = await app.waitFor('What to do:', 8000);
			assert.match(flat(leaf), /✖ Your DeepSeek balance is empty/, leaf);
			assert.match(flat(leaf), /Balance: 0\.00 CNY/, leaf);
			assert.match(fixTitles(leaf)[0] ?? '', /^Top up your balance/, leaf);
			assert.equal(focusedLabel(leaf), '❯ Open platform.deepseek.com/top_up', leaf);
			assert.doesNotMatch(flat(leaf), new RegExp(`'s support|Write to|not to DeepSeek|${name} console|Top up on ${name}`, 'i'), leaf);
		});
	});
}

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

// A gateway that does not pass the balance query on (404): the balance is not read, so nothing
// says "money left" or "no problem found"; the 402 the user reported, or the test call's, is the finding.
test('the 402 path when the gateway does not pass the balance query on: the paid-call question says the balance was not read; "No" ends at the reported 402, "Yes" at the test call\'s', async () => {
	for (const paid of [false, true]) {
		const w = await world('cloudflare_ai_gateway_no_balance');
		await session(w, async app => {
			await walk402(app);
			const asked = await app.waitFor('May I make one real call', 8000);
			assert.match(flat(asked), /The balance could not be read here\. May I make one real call/, asked);
			assert.doesNotMatch(flat(asked), /shows credit/, asked);
			if (paid) {
				await app.choose('Yes, make the one paid test call');
				await app.choose('deepseek-v4-flash');
			} else {
				await app.choose('No, skip it');
			}
			const leaf = await app.waitFor('What to do:', 8000);
			const title = paid ? /✖ DeepSeek refused the test call with 402 Insufficient Balance/ : /✖ Calls get 402, and the balance could not be read here/;
			assert.match(flat(leaf), title, leaf);
			assert.match(fixTitles(leaf)[0] ?? '', /^Top up your balance/, leaf);
			assert.doesNotMatch(flat(leaf), /Money left|No problem found|balance shows/, leaf);
		});
	}
});

test('"Check my balance" when the gateway does not pass the balance query on: "could not be read here", the same key at DeepSeek directly first (in Chinese too)', async () => {
	const w = await world('cloudflare_ai_gateway_no_balance');
	await session(w, async app => {
		await app.choose('Check my balance');
		await app.choose('The key in DEEPSEEK_API_KEY');
		const leaf = await app.waitFor('Also check my DeepSeek account', 8000);
		assert.match(flat(leaf), /⚠ Your balance could not be read here/, leaf);
		assert.match(flat(leaf), /Cloudflare passes your key on to DeepSeek: the same key reads the balance from DeepSeek directly/, leaf);
		assert.doesNotMatch(flat(leaf), /No problem found/, leaf);
		assert.equal(focusedLabel(leaf), '❯ Also check my DeepSeek account (needs a DeepSeek key)', leaf);
		await app.press('\r');
		const ask = await app.waitFor('Which key of your DeepSeek account should be checked?', 5000);
		// The gateway passes the user's own DeepSeek key on: the key in DEEPSEEK_API_KEY is the right one, and Enter picks it.
		assert.equal(focusedLabel(ask), '❯ The key in DEEPSEEK_API_KEY (sk-…cdef)', ask);
	});
	setLanguage('zh-CN');
	try {
		const zh = await world('cloudflare_ai_gateway_no_balance');
		const app = drive(zh.props(), {columns: 60, rows: 20});
		try {
			await app.waitFor('遇到了什么情况？', 5000);
			await app.choose('查余额');
			await app.choose('DEEPSEEK_API_KEY');
			const leaf = await app.waitFor('也检查我的 DeepSeek 账号', 8000);
			assert.match(flat(leaf), /⚠ 这里查询不到你的余额/, leaf);
			assert.match(flat(leaf), /❯ 也检查我的 DeepSeek 账号/, leaf);
		} finally {
			app.unmount();
			await zh.close();
		}
	} finally {
		setLanguage('en');
	}
});

test('Run every check without the paid call, through a gateway that does not pass the balance query on: "could not be read here", never "No problem found", and DeepSeek itself offered', async () => {
	const w = await world('cloudflare_ai_gateway_no_balance', {host});
	await session(w, async app => {
		await walkEveryCheck(app);
		const leaf = flat(await app.waitFor('Your balance could not be read here', 8000));
		assert.doesNotMatch(leaf, /No problem found/, leaf);
		assert.match(leaf, /Cloudflare passes your key on to DeepSeek: the same key reads the balance from DeepSeek directly\./, leaf);
		assert.match(focusedLabel(await app.waitFor('Also check my DeepSeek account')), /Also check my DeepSeek account/);
	});
});

test('Run every check without the paid call at 40×15, the gateway not passing the balance query on: the rows that name it are cut before its name, so the line under them names it in full', async () => {
	const w = await world('cloudflare_ai_gateway_no_balance', {host});
	await session(
		w,
		async app => {
			await walkEveryCheck(app);
			const leaf = await app.waitFor('Also check my DeepSeek', 8000);
			assert.doesNotMatch(flat(leaf), /Cloudflare AI Gateway[^.]*…/, `no row shows the name whole:\n${leaf}`);
			assert.match(flat(leaf), /Cloudflare AI Gateway passes your key on to DeepSeek/, leaf);
		},
		{},
		{columns: 40, rows: 15},
	);
});
