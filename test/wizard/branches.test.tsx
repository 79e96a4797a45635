// The real wizard, driven by key presses against the local fake DeepSeek, through every
// branch of the tree to its leaf: what the user reads there, and what the fake saw. A scenario
// that plays a named service's host (OpenRouter, Fireworks, Ark…) is served there (map-hosts.mjs).
import '../helpers/map-hosts.mjs';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {setLanguage} from '../../source/messages/language.js';
import {setShell} from '../../source/text/shell.js';
import {loadSettings, recordBalanceReading} from '../../source/settings/index.js';
import {fakeKey, startFake, type ScenarioName} from '../fake/server.js';
import {assertFits, chatCalls, drive, flat, flatIn, keys, leftOnTerminal, result402InBothLanguages, resultInBothLanguages, relayInOpenAiVariables, session, walk402, walkEveryCheck, world, type Driven} from './helpers.js';

test('402 with a zero balance: the empty balance, the top-up link, open it, save a report, remember the diagnosis', async () => {
	const w = await world('zero_balance');
	const opened: string[] = [];
	await session(
		w,
		async app => {
			await walk402(app);
			const leaf = await app.waitFor('✖ Your DeepSeek balance is empty\n');
			assert.match(leaf, /Start › 402 › Where calls go › Key › Key check › Balance check › Empty/);
			assert.match(leaf, /✖ Balance: 0\.00 CNY/);
			assert.match(leaf, /https:\/\/platform\.deepseek\.com\/top_up/);
			await app.choose('Open platform.deepseek.com/top_up');
			const opening = await app.waitFor('Opening the link in your browser');
			assert.match(opening, /If nothing opens, copy it from here:\nhttps:\/\/platform\.deepseek\.com\/top_up\n/);
			assert.deepEqual(opened, ['https://platform.deepseek.com/top_up']);
			await app.choose('Save a support report');
			const saved = await app.waitFor('Saved the support report to');
			const [report] = (await readdir(w.configDir)).filter(name => name.startsWith('deepseek-fix-report-'));
			assert.ok(report, `a report file in ${w.configDir}`);
			assert.ok(saved.replaceAll('\n', '').includes(report));
			const markdown = await readFile(path.join(w.configDir, report), 'utf8');
			assert.match(markdown, /insufficient_balance/);
			assert.ok(!markdown.includes(fakeKey), 'the report holds no key');
			assert.ok(!chatCalls(w).length, 'no paid call was made');
			await app.press('q');
			assert.equal(await app.exited, 1, 'a problem was found');
			const remembered = loadSettings(w.env).settings.lastDiagnosis;
			assert.equal(remembered?.verdict, 'insufficient_balance');
			assert.equal(remembered?.summary, 'Your DeepSeek balance is empty');
			assert.deepEqual(remembered?.path.slice(0, 2), ['start=402', 'p402.program=own_code']);
		},
		{openUrl: async url => void opened.push(url)},
	);
});

test('a link that cannot be opened: one sentence says so, the next what to do with the link', async () => {
	const w = await world('zero_balance');
	await session(
		w,
		async app => {
			await walk402(app);
			await app.waitFor('✖ Your DeepSeek balance is empty\n');
			await app.choose('Open platform.deepseek.com/top_up');
			const notice = await app.waitFor('Could not open a browser here');
			assert.match(notice, /Could not open a browser here\. Copy the link below instead:\nhttps:\/\/platform\.deepseek\.com\/top_up\n/);
			await app.press('q');
			await app.exited;
		},
		{
			openUrl: async () => {
				throw new Error('no browser');
			},
		},
	);
});

test('only bonus credit: the balance check says so and offers the alert', async () => {
	const w = await world('bonus_only');
	await session(w, async app => {
		await app.choose('Check my balance');
		await app.choose('The key in DEEPSEEK_API_KEY');
		const leaf = await app.waitFor('All of your balance is bonus credit');
		assert.match(flat(leaf), /Bonus \(granted\) credit is spent first and expires\. Once it is used up or has expired, calls fail with 402: there is no topped-up credit to fall back on\./, leaf);
		assert.match(leaf, /Set a low-balance alert/);
	});
});

test('positive balance yet 402: the paid call only after a yes, then the still-402 questions, Esc back keeps the answer', async () => {
	const w = await world('probe_402');
	await session(w, async app => {
		await walk402(app);
		const ask = await app.waitFor('May I make one real call');
		assert.match(ask, /max_tokens: 1/);
		assert.match(ask, /Balance: 47\.44 CNY/, 'the balance that was read is on the screen');
		assert.equal(chatCalls(w).length, 0, 'nothing paid before the yes');
		await app.choose('Yes, make the one paid test call');
		// The models /models listed, DeepSeek's chat model first; the pick is used and remembered.
		const models = await app.waitFor('Which model does your program call?');
		assert.match(models, /❯ deepseek-v4-flash[\s\S]*deepseek-v4-pro/);
		assert.equal(chatCalls(w).length, 0, 'still nothing paid');
		await app.choose('deepseek-v4-pro');
		const questions = await app.waitFor('Which of these fits best?');
		assert.match(questions, /DeepSeek refused the test call with 402, although the balance shows 47\.44 CNY/);
		assert.equal(chatCalls(w).length, 1, 'exactly one paid call');
		assert.match(chatCalls(w)[0]?.body ?? '', /"max_tokens":1/);
		assert.match(chatCalls(w)[0]?.body ?? '', /"model":"deepseek-v4-pro"/);
		await app.choose('None of these');
		const support = await app.waitFor('This needs DeepSeek support');
		assert.match(support, /Give them this trace id: \S+/);
		assert.match(support, /Write to support \(api-service@deepseek\.com\)/);
		await app.press(keys.escape);
		const back = await app.waitFor('Which of these fits best?');
		assert.match(back, /❯ None of these/, 'the answer given before is highlighted again');
		await app.choose('I topped up recently');
		const pending = await app.waitFor('A top-up that does not show yet');
		assert.match(pending, /https:\/\/platform\.deepseek\.com\/transactions/);
		assert.equal(chatCalls(w).length, 1, 'going back did not call again');
		assert.equal(loadSettings(w.env).settings.probeModel, 'deepseek-v4-pro', 'the pick is remembered for next time');
	});
});

test('declining the paid call: no call is made, the questions come anyway', async () => {
	const w = await world('probe_402');
	await session(w, async app => {
		await walk402(app, 'An editor or agent app');
		await app.choose('No, skip it');
		const questions = await app.waitFor('Which of these fits best?');
		assert.match(questions, /The balance shows 47\.44 CNY, yet your calls get 402/);
		await app.choose('I may have paid while logged in another way');
		const leaf = await app.waitFor('The money may be on another account');
		assert.match(leaf, /phone number/);
		assert.equal(chatCalls(w).length, 0);
	});
});

test('money on the account, no test call, the 402 came before the top-up: Enter says the calls work again, retry them', async () => {
	const w = await world('ok');
	await session(w, async app => {
		await walk402(app);
		await app.choose('No, skip it');
		const questions = await app.waitFor('Which of these fits best?');
		assert.match(questions, /❯ The 402 came before my top-up, and I have not retried since/);
		await app.press(keys.enter);
		const leaf = flat(await app.waitFor('Your balance can pay for calls again: 47.44 CNY'));
		assert.ok(leaf.includes('Calls that failed with 402 Insufficient Balance work again now: retry them.'), leaf);
		assert.equal(chatCalls(w).length, 0);
	});
});

test('401: the last four the server received next to the key\'s own', async () => {
	const w = await world('invalid_key');
	await session(w, async app => {
		await app.choose('They fail with something else');
		await app.choose('401 Authentication Fails');
		await app.choose('The key in DEEPSEEK_API_KEY');
		const leaf = await app.waitFor('DeepSeek does not accept this key (401)');
		assert.match(leaf, /received this very key \(…cdef\)/);
		assert.match(leaf, /a 401 is about the key, not the money/);
		assert.match(leaf, /https:\/\/platform\.deepseek\.com\/api_keys/);
	});
});

test('401 reported, yet the key works from here: the program sends another key', async () => {
	const w = await world('ok');
	await session(w, async app => {
		await app.choose('They fail with something else');
		await app.choose('401 Authentication Fails');
		await app.choose('The key in DEEPSEEK_API_KEY');
		const leaf = await app.waitFor('DeepSeek accepts this key (…cdef)');
		assert.match(flat(leaf), /the failing program sends another key/);
		await app.press('q');
		assert.equal(await app.exited, 0);
	});
});

test('401 reported, the key in DEEPSEEK_API_KEY works, and this folder\'s .env sets another: the result points at that key, Esc and the menu check it', async () => {
	const w = await world('ok');
	const inFile = 'sk-' + 'aaaabbbbccccdddd'.repeat(2);
	await writeFile(path.join(w.configDir, '.env'), `DEEPSEEK_API_KEY=${inFile}\n`);
	await session(w, async app => {
		// The start screen says it before any question, as check's key_present row warns.
		const start = flat(await app.waitFor('What is happening?'));
		assert.match(start, /Key: sk-…cdef \(from DEEPSEEK_API_KEY\) Another key in \.\/\.env: sk-…dddd \(a program that loads \.env may send that one\)/, start);
		await app.choose('They fail with something else');
		await app.choose('401 Authentication Fails');
		const menu = await app.waitFor("The key in this folder's .env (sk-…dddd)");
		assert.ok(menu.indexOf('The key in DEEPSEEK_API_KEY') < menu.indexOf("The key in this folder's .env"), 'the environment\'s key first, as dotenv leaves it');
		await app.choose('The key in DEEPSEEK_API_KEY');
		const leaf = flat(await app.waitFor('DeepSeek accepts this key (…cdef)'));
		assert.match(leaf, /⚠ API key: Found in DEEPSEEK_API_KEY \(sk-…cdef\), but this folder's \.env sets another key \(sk-…dddd\)\./);
		assert.match(leaf, /likely the key in this folder's \.env \(sk-…dddd\), which a program that loads \.env sends where DEEPSEEK_API_KEY is not set\. Press Esc and pick it/);
		await app.press(keys.escape);
		await app.choose("The key in this folder's .env");
		// The fake refuses any key but its own: the one from .env is the one sent.
		const refused = flat(await app.waitFor('DeepSeek does not accept this key (401)'));
		assert.match(refused, /received this very key \(…dddd\)/);
		assert.ok(!refused.includes(inFile), 'never whole');
	});
});

test('the key in this folder\'s .env.local (Next.js, Vite): the start screen and the key question name that file', async () => {
	const fromFile = await world('ok', {key: undefined});
	await writeFile(path.join(fromFile.configDir, '.env.local'), `DEEPSEEK_API_KEY=${fakeKey}\n`);
	await session(fromFile, async app => {
		assert.match(flat(await app.waitFor('What is happening?')), /Key: sk-…cdef \(from \.env\.local here\)/);
	});
	const other = await world('ok');
	await writeFile(path.join(other.configDir, '.env.local'), `DEEPSEEK_API_KEY=sk-${'aaaabbbbccccdddd'.repeat(2)}\n`);
	await session(other, async app => {
		const start = flat(await app.waitFor('What is happening?'));
		assert.match(start, /Another key in \.\/\.env\.local: sk-…dddd \(a program that loads \.env\.local may send that one\)/, start);
		await app.choose('They fail with something else');
		await app.choose('401 Authentication Fails');
		await app.waitFor("The key in this folder's .env.local (sk-…dddd)");
	});
});

test('no DEEPSEEK_API_KEY, but OPENAI_API_KEY holds a DeepSeek-shaped key: the key question names it (masked) and offers it as a row, sent only when picked', async () => {
	const w = await world('ok', {key: undefined, env: {OPENAI_API_KEY: fakeKey}});
	await session(w, async app => {
		// The start screen says it too, as check's key_present row does.
		assert.match(flat(await app.waitFor('What is happening?')), /Key: none in DEEPSEEK_API_KEY, but OPENAI_API_KEY holds a DeepSeek-shaped one \(sk-…cdef\)/);
		await app.choose('They fail with something else');
		await app.choose('401 Authentication Fails');
		const menu = flat(await app.waitFor('Which API key should be checked?'));
		assert.match(menu, /OPENAI_API_KEY holds a DeepSeek-shaped key \(sk-…cdef\), as the OpenAI SDK or Claude Code reads it: pick it to check it\./);
		assert.doesNotMatch(menu, /The key in DEEPSEEK_API_KEY/);
		assert.ok(!menu.includes(fakeKey), 'never whole');
		assert.equal(w.fake.requests.length, 0, 'nothing sent before it is picked');
		await app.choose('The key in OPENAI_API_KEY (sk-…cdef)');
		const leaf = flat(await app.waitFor('Check again'));
		assert.ok(w.fake.requests.some(request => request.path.endsWith('/models') && request.authorization === `Bearer ${fakeKey}`), 'checked with that key');
		assert.match(leaf, /DeepSeek accepts this key \(…cdef\)/);
		assert.ok(!leaf.includes(fakeKey), 'never whole');
	});
});

test('a relay in OPENAI_BASE_URL, its token in OPENAI_API_KEY: picking that address offers that key first, and the script line says where its key is', async () => {
	const {w, relay} = await relayInOpenAiVariables('one_api_exhausted');
	await session(w, async app => {
		await app.choose('My calls fail with 402');
		await app.choose('My own code');
		// The address as the variable has it: one-api answers its API under /v1 only.
		assert.ok(flat(await app.waitFor('from OPENAI_BASE_URL')).includes(`${relay} (from OPENAI_BASE_URL)`), 'shown with its /v1');
		await app.choose('from OPENAI_BASE_URL');
		const menu = flat(await app.waitFor('Which API key does it use?'));
		assert.match(menu, /Tools that read OPENAI_BASE_URL send the key in OPENAI_API_KEY \(sk-…cdef\) there: pick it to check that key\./);
		assert.match(menu, /❯ The key in OPENAI_API_KEY \(sk-…cdef\)/, 'first, under the cursor');
		await app.choose('The key in OPENAI_API_KEY');
		const leaf = flat(await app.waitFor("Your gateway's token is used up"));
		assert.match(leaf, /Same from a script, with DEEPSEEK_API_KEY set to the key in OPENAI_API_KEY:/);
		assert.ok(leaf.includes(`--base-url ${relay}`), 'the script calls the same address');
		assert.ok(!leaf.includes(fakeKey), 'never whole');
		// Checked where the user's tool calls: /v1/models, never the web app at the root's /models.
		const paths = w.fake.requests.map(request => request.path);
		assert.ok(paths.includes('/v1/models') && !paths.includes('/models'), paths.join(' '));
	});
});

for (const [keyIn, baseIn] of [['this shell', "this folder's .env"], ["this folder's .env", 'this shell']] as const) {
	test(`the relay's token in OPENAI_API_KEY in ${keyIn}, OPENAI_BASE_URL in ${baseIn}: a program here reads both, so picking that address offers that key first, naming where each is`, async () => {
		const {w, relay} = await relayInOpenAiVariables('one_api_exhausted');
		const inFile = keyIn === 'this shell' ? 'OPENAI_BASE_URL' : 'OPENAI_API_KEY';
		await writeFile(path.join(w.configDir, '.env'), `${inFile}=${w.env[inFile]}\n`);
		delete w.env[inFile];
		await session(w, async app => {
			await app.choose('My calls fail with 402');
			await app.choose('My own code');
			await app.choose(keyIn === 'this shell' ? 'from OPENAI_BASE_URL in .env here' : 'from OPENAI_BASE_URL');
			const menu = flat(await app.waitFor('Which API key does it use?'));
			assert.ok(menu.includes(`Programs started here take OPENAI_API_KEY (sk-…cdef) from ${keyIn} and OPENAI_BASE_URL from ${baseIn}, and send that key there: pick it to check that key.`), menu);
			const label = keyIn === 'this shell' ? 'The key in OPENAI_API_KEY (sk-…cdef)' : 'The key in OPENAI_API_KEY in .env here (sk-…cdef)';
			assert.ok(menu.includes(`❯ ${label}`), 'first, under the cursor');
			assert.equal(w.fake.requests.length, 0, 'nothing sent before it is picked');
			await app.choose(label);
			const leaf = flat(await app.waitFor("Your gateway's token is used up"));
			assert.ok(!leaf.includes(fakeKey), 'never whole');
			assert.ok(w.fake.requests.some(request => request.path === '/v1/models' && request.authorization === `Bearer ${fakeKey}`), `checked at ${relay} with that key`);
		});
	});
}

test('the same relay and token in this folder\'s .env, not in the shell: picking that address offers that key first, saying which file it is in', async () => {
	const {w, relay} = await relayInOpenAiVariables('one_api_exhausted');
	delete w.env.OPENAI_BASE_URL;
	delete w.env.OPENAI_API_KEY;
	await writeFile(path.join(w.configDir, '.env'), `OPENAI_BASE_URL=${relay}\nOPENAI_API_KEY=${fakeKey}\n`);
	await session(w, async app => {
		await app.choose('My calls fail with 402');
		await app.choose('My own code');
		await app.choose('from OPENAI_BASE_URL in .env here');
		const menu = flat(await app.waitFor('Which API key does it use?'));
		assert.match(menu, /Programs that load this folder's \.env send the key in OPENAI_API_KEY \(sk-…cdef\) where its OPENAI_BASE_URL points: pick it to check that key\./);
		assert.match(menu, /❯ The key in OPENAI_API_KEY in \.env here \(sk-…cdef\)/, 'first, under the cursor');
		assert.equal(w.fake.requests.length, 0, 'nothing sent before it is picked');
		await app.choose('The key in OPENAI_API_KEY in .env here');
		const leaf = flat(await app.waitFor("Your gateway's token is used up"));
		assert.match(leaf, /Same from a script, with DEEPSEEK_API_KEY set to the key in OPENAI_API_KEY in this folder's \.env:/);
		assert.ok(w.fake.requests.some(request => request.authorization === `Bearer ${fakeKey}`), 'checked with that key');
		assert.ok(!leaf.includes(fakeKey), 'never whole');
		// Never remembered: it stays in that file.
		await app.choose('Remember these settings');
		assert.match(flat(await app.waitFor('Remembered the base URL')), /it stays in OPENAI_API_KEY in this folder's \.env, where the wizard finds it next time it starts in this folder/);
		assert.equal(loadSettings(w.env).settings.apiKey, undefined, 'no key remembered');
	});
});

test('402 through a plain OpenAI-compatible relay: the calls do not reach DeepSeek', async () => {
	const w = await world('openai_relay');
	await session(w, async app => {
		await walk402(app, 'A relay or gateway');
		const leaf = await app.waitFor('Your calls do not reach DeepSeek');
		assert.match(leaf, /does not answer like DeepSeek's API/);
		assert.ok(!leaf.includes('platform.deepseek.com/top_up'));
	});
});

test('402 through one-api with a used-up token: the gateway\'s top-up link, then a check of the DeepSeek account too', async () => {
	const w = await world('one_api_exhausted');
	const deepseek = await startFake({scenario: 'ok'});
	try {
		await session(
			w,
			async app => {
				await walk402(app, 'A relay or gateway');
				const leaf = await app.waitFor("Your gateway's token is used up");
				assert.match(flat(leaf), /Your calls go to One API, not DeepSeek, and the key or token you use there has run out of credit/);
				assert.match(flat(leaf), /✖ Balance: .*used up \(0\.00 USD left\)/, "the gateway's own balance is on the screen");
				assert.match(leaf, /https:\/\/shop\.example\.com\/topup/);
				assert.ok(!leaf.includes('platform.deepseek.com/top_up'), 'not DeepSeek\'s top-up page');
				await app.choose('Also check my DeepSeek account');
				const ask = await app.waitFor('Now a key from your DeepSeek account');
				assert.match(ask, /Start › .*Relay › Key/);
				await app.choose('The key in DEEPSEEK_API_KEY');
				const fine = await app.waitFor('Your DeepSeek account is fine: 47.44 CNY');
				// One API on this computer, known by its answers, not its host: named as its own result named it, not by its address.
				assert.match(flat(fine), /So One API refuses your calls, not DeepSeek: money on your DeepSeek account does not pay for calls there\./);
				assert.ok(deepseek.requests.some(request => request.path === '/user/balance'), 'DeepSeek itself was asked');
			},
			{deepseekBaseUrl: deepseek.baseUrl},
		);
	} finally {
		await deepseek.close();
	}
});

/** How often `sentence` is on the screen, whatever the wrapping. */
const times = (screen: string, sentence: RegExp) => flat(screen).match(new RegExp(sentence.source, 'g'))?.length ?? 0;

test('402 through OpenRouter with no credit left (100×30): where the calls go and what to do are said once, not three times', async () => {
	const w = await world('openrouter_limit_zero');
	await session(
		w,
		async app => {
			await walk402(app, 'A relay or gateway');
			const leaf = await app.waitFor('What to do:');
			// The key's own limit is 0 (the Balance row says raise it): the title says that, not "balance used up".
			assert.match(leaf, /^✖ Your OpenRouter key has used up its credit limit$/m);
			assert.match(flat(leaf), /the key or token you use there has run out of credit\. Your DeepSeek balance does not matter/);
			assert.doesNotMatch(leaf, /balance is used up/);
			// What stands above the fixes: the title, the checks and the leaf's lines.
			const above = leaf.slice(0, leaf.indexOf('What to do:'));
			assert.equal(times(above, /Your calls go to OpenRouter, not DeepSeek/), 1, leaf);
			// What to do is the fixes' to say: the summary says the cause only.
			assert.equal(times(above, /[Tt]op (it )?up (or raise its limit )?(on|in) OpenRouter/), 0, leaf);
			assert.equal(times(above, /insufficient balance" most likely means your account there/), 0, leaf);
			assert.match(leaf, /https:\/\/openrouter\.ai\/settings\/credits/);
			// Raising the key's own limit comes first, the top-up after.
			const fixes = leaf.slice(leaf.indexOf('What to do:'));
			assert.ok(fixes.includes('→ Raise or remove this key\'s own credit limit'), leaf);
			assert.ok(fixes.indexOf('→ Raise or remove') < fixes.indexOf('→ Top up on OpenRouter'), leaf);
			assert.match(leaf, /https:\/\/openrouter\.ai\/settings\/keys/);
		},
		{},
		{columns: 100, rows: 30},
	);
});

/** The title: the line under the breadcrumb. */
const titleOf = (screen: string) => screen.split('\n')[1] ?? '';

/** The result screen `walk` leads to in `scenario`, at `size` (on bare 127.0.0.1 with `host: null`, on the scenario's own host without). */
async function resultScreen(scenario: ScenarioName, walk: (app: Driven) => Promise<void>, size: {columns: number; rows: number}, options: {host?: null} = {}): Promise<string> {
	let screen = '';
	await session(
		await world(scenario, options),
		async app => {
			await walk(app);
			screen = await app.waitFor('What to do:', 8000);
		},
		{},
		size,
	);
	return screen;
}

test('Run every check without the paid call, Model Studio on its own host (100×30, English and Chinese): the title names it in full (Chinese: 阿里云百炼), the rows, lines, fixes and actions under it by its short name', async () => {
	const squeeze = (text: string) => text.replace(/\s+/g, '');
	const fullNames = {en: squeeze('Alibaba Cloud Model Studio (DashScope)'), 'zh-CN': '阿里云百炼'} as const;
	const shortNames = {en: 'ModelStudio', 'zh-CN': '百炼'} as const;
	await resultInBothLanguages(
		'dashscope_arrearage',
		{columns: 100, rows: 30},
		app => walkEveryCheck(app),
		(leaf, language) => {
			const full = fullNames[language];
			assert.ok(squeeze(titleOf(leaf)).includes(full), leaf);
			assert.equal(squeeze(leaf).split(full).length - 1, 1, leaf);
			// The "Where calls go" and Balance rows, the line under them, the first fix (the full name holds the short one).
			const short = squeeze(leaf).split(shortNames[language]).length - 1 - (full.includes(shortNames[language]) ? 1 : 0);
			assert.ok(short >= 4, `${short} short mentions:\n${leaf}`);
		},
	);
});

test('Run every check without the paid call, Model Studio on its own host: the record left after quitting names it in full in the headline, by its short name in the fix under it', async () => {
	await session(
		await world('dashscope_arrearage'),
		async app => {
			await walkEveryCheck(app);
			await app.waitFor('What to do:', 8000);
			await app.press('q');
			await app.exited;
			const record = flat(leftOnTerminal(app));
			assert.equal(record.split('Alibaba Cloud Model Studio (DashScope)').length - 1, 1, record);
			assert.match(record, /⚠ Your calls go to Alibaba Cloud Model Studio \(DashScope\), not to DeepSeek → Check your key, balance and settings in the Model Studio console/, record);
		},
		{},
		{columns: 100, rows: 30},
	);
});

test('every check with the paid call, Fireworks answering 412 "account suspended" (60×20): the title says suspended or in arrears, as the line under it, not "balance is used up"', async () => {
	const leaf = await resultScreen('fireworks_suspended', app => walkEveryCheck(app, true), {columns: 60, rows: 20});
	assert.equal(titleOf(leaf), '✖ Your Fireworks AI account is suspended or in arrears', leaf);
	assert.match(flat(leaf), /your account there is suspended or in arrears/, leaf);
});

test('every check with the paid call, OpenRouter answering 429 (100×30): the 429 is the title, where the calls go under it; no top-up is offered for a rate limit', async () => {
	const leaf = await resultScreen('openrouter_upstream_429', app => walkEveryCheck(app, true), {columns: 100, rows: 30});
	assert.equal(titleOf(leaf), '⚠ OpenRouter limits your requests (429)', leaf);
	assert.equal(times(leaf, /Your calls go to OpenRouter, not DeepSeek, and it answers 429/), 1, leaf);
	assert.match(flat(leaf), /it answers 429: too many requests there/);
	assert.doesNotMatch(flat(leaf), /[Tt]op up|insufficient balance/, leaf);
	assert.match(leaf, /→ Send fewer requests at once/);
	// What to do is the fixes' to say: the summary above them says the cause only.
	const above = leaf.slice(0, leaf.indexOf('What to do:'));
	assert.doesNotMatch(flat(above), /[Ss]end fewer|retry later/, leaf);
	// Its own page on its limits, not DeepSeek's (the first action opens it: with fixes left out, its row under the fix went to the explanation).
	assert.match(leaf, /^❯ Open openrouter\.ai\/docs\/api-reference\/limits$/m);
	assert.doesNotMatch(leaf, /api-docs\.deepseek\.com/);
});

test('every check with the paid call, OpenRouter answering 502 (60×20): its failure is the title, where the calls go under it', async () => {
	const leaf = await resultScreen('openrouter_upstream_502', app => walkEveryCheck(app, true), {columns: 60, rows: 20});
	assert.equal(titleOf(leaf), '⚠ OpenRouter is failing (HTTP 502)', leaf);
	assert.match(flat(leaf), /Your calls go to OpenRouter, not DeepSeek, and it answers HTTP 502/);
	assert.doesNotMatch(flat(leaf), /insufficient balance/, leaf);
	// Retrying is the first fix's to say; whom to ask if it lasts stays above, as no fix says it (the next is its console).
	const above = flat(leaf.slice(0, leaf.indexOf('What to do:')));
	assert.doesNotMatch(above, /[Rr]etry later/, leaf);
	assert.match(above, /not your DeepSeek account\. If it lasts, ask whoever runs it\./, leaf);
	assert.match(leaf, /→ Retry later/, leaf);
});

test('every check without the paid call, a working OpenRouter key (100×30): where the calls go, and no "insufficient balance" nobody reported or saw', async () => {
	const leaf = await resultScreen('openrouter_no_limit', app => walkEveryCheck(app), {columns: 100, rows: 30});
	assert.equal(titleOf(leaf), '⚠ Your calls go to OpenRouter, not to DeepSeek', leaf);
	assert.doesNotMatch(flat(leaf), /insufficient balance/, leaf);
	assert.match(flat(leaf), /is OpenRouter: its keys, balance and limits are those of your account there, not of your DeepSeek account\./);
});

test('the 402 path to a working OpenRouter key (100×30): the 402 the user reported is most likely about the account there', async () => {
	const leaf = await resultScreen('openrouter_no_limit', app => walk402(app, 'A relay or gateway'), {columns: 100, rows: 30});
	assert.match(flat(leaf), /OpenRouter's "insufficient balance" most likely means your account there, not your DeepSeek balance\./, leaf);
});

test('the 402 path to a working OpenRouter key at 40×15: whose "insufficient balance" it is, read whole above the first fix', async () => {
	const leaf = await resultScreen('openrouter_no_limit', app => walk402(app), {columns: 40, rows: 15});
	assert.match(flat(leaf), /"insufficient balance" [^…]*your account there, not your DeepSeek balance\./, leaf);
	assert.match(leaf, /→ Top up on OpenRouter/, leaf);
});

test('a top-up that does not show yet and the support result, at 40×15: the mail and copy actions name the address whole or not at all, never cut mid-address', async () => {
	const size = {columns: 40, rows: 15};
	await session(
		await world('probe_402'),
		async app => {
			await walk402(app);
			await app.choose('No, skip it');
			await app.choose('I topped up recently');
			const leaf = await app.waitFor('What to do:', 8000);
			assert.doesNotMatch(leaf, /@[\w.-]*…/, leaf);
			assert.match(leaf, /^ {2}Write to support( \(api-service@deepseek\.com\))?$/m, leaf);
			// The support result's first fix is the address: its copy action is whole or names no address.
			await app.press(keys.escape);
			await app.choose('None of these');
			await app.waitFor('This needs DeepSeek support', 8000);
			for (let step = 0; step < 6 && !/^❯ Copy the/m.test(app.lastFrame()); step++) await app.press(keys.down);
			const copy = await app.waitFor(/❯ Copy the address/);
			assert.match(copy, /^❯ Copy the address(: api-service@deepseek\.com)?$/m, copy);
			assert.doesNotMatch(copy, /@[\w.-]*…/, copy);
			assertFits(app, size.columns, size.rows);
		},
		{},
		size,
	);
});

test('5xx during an outage: the status page says so', async () => {
	const w = await world('status_outage');
	await session(w, async app => {
		await app.choose('They fail with something else');
		await app.choose('500 Server Error or 503');
		const leaf = await app.waitFor('DeepSeek reports trouble: full outage');
		assert.match(leaf, /✖ DeepSeek status:/);
		assert.match(leaf, /Nothing to fix on your side/);
	});
});

test('5xx without an outage: retry with backoff, it is DeepSeek\'s side', async () => {
	const w = await world('server_error');
	await session(w, async app => {
		await app.choose('They fail with something else');
		await app.choose('500 Server Error or 503');
		const leaf = await app.waitFor("5xx errors come from DeepSeek's side");
		assert.match(leaf, /exponential backoff/);
	});
});

test('429: concurrency, not balance', async () => {
	const w = await world('rate_limited');
	await session(w, async app => {
		await app.choose('They fail with something else');
		await app.choose('429 Rate Limit Reached');
		await app.choose('The key in DEEPSEEK_API_KEY');
		const leaf = await app.waitFor('429: too many requests at once');
		// The balance could not be read (429 there too): how to tell from the 429's own words, never "nothing to do with your balance".
		assert.match(flat(leaf), /lowers that limit as the balance runs low \(the 429 then says "based on your remaining balance"\)/);
		assert.doesNotMatch(flat(leaf), /nothing to do with your balance/);
		assert.match(leaf, /Authentication: .*429/);
		// The fixes check gives for the same answers (the integration row for rate_limited pins them there).
		const fixes = leaf.split('\n').filter(line => line.startsWith('  → ')).map(line => line.slice(4));
		assert.deepEqual(fixes, ['Send fewer requests at once, and retry 429s with backoff', "Watch DeepSeek's status page"], leaf);
	});
});

test('429 with a low DeepSeek balance (60×20): the limit shrinks with the balance, so the top-up is offered next to sending fewer', async () => {
	const leaf = flat(await resultScreen('rate_limited_balance', async app => {
		await app.choose('They fail with something else');
		await app.choose('429 Rate Limit Reached');
		await app.choose('The key in DEEPSEEK_API_KEY');
	}, {columns: 60, rows: 20}));
	assert.match(leaf, /⚠ 429: too many requests at once/);
	assert.match(leaf, /as its balance runs low, and yours is low: top up to raise the limit/);
	assert.match(leaf, /0\.35 CNY/);
	assert.match(leaf, /Open platform\.deepseek\.com\/top_up/);
	assert.doesNotMatch(leaf, /nothing to do with your balance/, leaf);
});

test('429 through a plain OpenAI-compatible gateway (60×20): its 429 may be credit run out there, so never "not from your balance"', async () => {
	const w = await world('openai_relay');
	await session(
		w,
		async app => {
			await app.choose('They fail with something else');
			await app.choose('429 Rate Limit Reached');
			await app.choose('The key in DEEPSEEK_API_KEY');
			const leaf = flat(await app.waitFor('What to do:'));
			// Its 429 is OpenAI's insufficient_quota: check --probe says the balance there is used up.
			assert.match(leaf, /or your credit there ran out\./, leaf);
			assert.doesNotMatch(leaf, /not from your balance/, leaf);
		},
		{},
		{columns: 60, rows: 20},
	);
});

test('429 with the calls going to OpenRouter (100×30): the result names OpenRouter\'s limits, not DeepSeek\'s', async () => {
	const w = await world('openrouter_upstream_429');
	await session(
		w,
		async app => {
			await app.choose('They fail with something else');
			await app.choose('429 Rate Limit Reached');
			await app.choose('The key in DEEPSEEK_API_KEY');
			const leaf = await app.waitFor('What to do:');
			assert.match(leaf, /^⚠ 429: too many requests at once$/m);
			assert.match(flat(leaf), /Your calls go to OpenRouter, not DeepSeek: its 429s are its own limits, or your credit there ran out\./);
			assert.doesNotMatch(flat(leaf), /DeepSeek limits how many requests/, leaf);
			assert.doesNotMatch(leaf, /status\.deepseek\.com/, 'DeepSeek\'s status page is not where OpenRouter\'s limits are');
			assert.doesNotMatch(leaf, /api-docs\.deepseek\.com/, 'nor DeepSeek\'s rate-limit page');
			assert.match(leaf, /https:\/\/openrouter\.ai\/docs\/api-reference\/limits/);
			assert.match(leaf, /https:\/\/openrouter\.ai\/settings\/credits/);
		},
		{},
		{columns: 100, rows: 30},
	);
});

test('network failure: connections reset, with what to check', async () => {
	const w = await world('connection_reset');
	await session(w, async app => {
		await app.choose('They fail with something else');
		await app.choose('Timeouts, connection resets');
		const host = new URL(w.fake.baseUrl).host;
		// The network row above it passed: the title says the connection was made and cut, never "cannot get through".
		const leaf = await app.waitFor(`The connection to ${host} is cut before any answer`);
		assert.match(flat(leaf), /✔ Network: /);
		assert.doesNotMatch(flat(leaf), /Cannot get through/);
		// Said once, in the title; the line is the Authentication row's sentence (who closed it, what to try), its row
		// cut to one row above, and no general line repeats it.
		assert.match(flat(leaf), new RegExp(`${host.replaceAll('.', '\\.')} closed the connection without answering: a firewall, proxy or VPN may be cutting it; try again, or from another network\\.`));
		assert.match(flat(leaf), /! Authentication: \S+ closed the connection without answering…/, 'its row cut to one row');
		assert.doesNotMatch(flat(leaf), /The connection was cut before any answer came|Most often a firewall/);
		assert.match(flat(leaf), /HTTPS_PROXY/);
	});
});

test('timeouts while DeepSeek is reachable: where else to look', async () => {
	const w = await world('ok');
	await session(w, async app => {
		await app.choose('They fail with something else');
		await app.choose('Timeouts, connection resets');
		const leaf = await app.waitFor('is reachable from here');
		assert.match(leaf, /keep-alive/);
	});
});

test('balance drains fast: leaked keys in tracked files are shown masked, with how to rotate', async () => {
	const w = await world('ok');
	const leaked = 'sk-' + 'e7fcab17975b7fd7' + 'f20fe2397944b53f';
	execFileSync('git', ['init', '-q'], {cwd: w.configDir});
	await writeFile(path.join(w.configDir, '.env'), `DEEPSEEK_API_KEY=${leaked}\n`);
	execFileSync('git', ['add', '.env'], {cwd: w.configDir});
	// A reading from a day before "now" (the props' clock): 60.00 then, 47.44 now.
	await recordBalanceReading(w.env, [{at: '2026-11-19T10:00:00.000Z', currency: 'CNY', total: '60.00'}]);
	const app = drive(w.props());
	try {
		await app.waitFor('What is happening?');
		await app.choose('My balance drains faster');
		await app.choose('The key in DEEPSEEK_API_KEY');
		const leaf = await app.waitFor('Where your balance may be going');
		assert.match(leaf, /Spending trend: About 12\.56 CNY a day; at this pace the balance lasts 3 days/);
		assert.match(leaf, /\.env:1 sk-…b53f/);
		assert.match(leaf, /treat it as leaked/);
		assert.match(leaf, /retrying on 402/);
		assert.ok(app.frames().every(frame => !frame.includes(leaked)), 'the leaked key is never shown whole');
	} finally {
		app.unmount();
		await w.close();
	}
});

test('balance drains fast with the key in use committed: the finding is in the first line, and rotating comes first', async () => {
	const w = await world('ok');
	execFileSync('git', ['init', '-q'], {cwd: w.configDir});
	await writeFile(path.join(w.configDir, 'config.js'), `export const key = '${fakeKey}';\n`);
	execFileSync('git', ['add', 'config.js'], {cwd: w.configDir});
	const app = drive(w.props());
	try {
		await app.waitFor('What is happening?');
		await app.choose('My balance drains faster');
		await app.choose('The key in DEEPSEEK_API_KEY');
		const leaf = flat(await app.waitFor('Where your balance may be going'));
		assert.match(leaf, /Key-shaped strings in files git tracks here: config\.js:1 sk-…cdef\./);
		const rotate = leaf.indexOf('→ Rotate the key');
		const usage = leaf.indexOf('→ See what is spending');
		assert.ok(rotate !== -1 && (usage === -1 || rotate < usage), leaf);
	} finally {
		app.unmount();
		await w.close();
	}
});

test('plans, alerts and the rest answered honestly; an alert threshold is remembered; q in a field is a letter', async () => {
	const w = await world('ok');
	await session(w, async app => {
		await app.choose('Where are plans, auto-reload');
		await app.choose('A plan or subscription');
		const plans = await app.waitFor("DeepSeek's API has no plans or subscriptions");
		// No check ran: no settings of a run to remember, no report to save.
		assert.doesNotMatch(plans, /Remember these settings|Save a support report/, plans);
		await app.press(keys.escape);
		await app.choose('Team or organisation');
		await app.waitFor('Keys belong to one account; there are no team roles');
		await app.press(keys.escape);
		await app.choose('Clearing the cache');
		const cache = await app.waitFor('Clearing the cache does not change a 402');
		assert.match(cache, /never shows 402/);
		await app.press(keys.escape);
		await app.choose('Low-balance alerts');
		await app.waitFor('DeepSeek has no built-in balance alerts');
		await app.choose('Set a low-balance alert');
		await app.waitFor('Warn me when the balance is under');
		await app.type('q');
		await app.waitFor('> q');
		assert.match(app.lastFrame(), /Warn me when the balance is under/, 'still in the field: q did not quit');
		await app.press(keys.backspace);
		await app.type('ten');
		await app.press(keys.enter);
		await app.waitFor('Type an amount such as 10');
		await app.press(keys.backspace, keys.backspace, keys.backspace);
		await app.type('10');
		await app.press(keys.enter);
		const saved = await app.waitFor('Alert set: under 10 CNY');
		assert.match(saved, /deepseek-fix balance --below 10/);
		assert.equal(loadSettings(w.env).settings.alertThreshold, '10');
		assert.equal(loadSettings(w.env).settings.alertCurrency, 'CNY');
	});
});

for (const size of [{columns: 60, rows: 20}, {columns: 40, rows: 15}]) {
	test(`an alert set at ${size.columns}×${size.rows}: the crontab line itself is on screen, and the sentence saying what to do with it (at 40×15 it gave way, a bare line left)`, async () => {
		const w = await world('ok');
		await session(
			w,
			async app => {
				await app.choose('Check my balance');
				await app.choose('The key in DEEPSEEK_API_KEY');
				await app.choose('Set a low-balance alert');
				await app.waitFor('Warn me when the balance is under');
				await app.type('5');
				await app.press(keys.enter);
				const saved = flat(await app.waitFor('Alert set: under 5 CNY'));
				assert.match(saved, /0 \* \* \* \* deepseek-fix balance --below 5 \|\| <your notify command>/, saved);
				assert.match(saved, /crontab -e/, saved);
				assertFits(app, size.columns, size.rows);
			},
			{},
			size,
		);
	});
}

test('an alert set against a low balance (0.35 CNY, 60×20): the title says whether the balance is under the new mark, never a ⚠ left over from the old one', async () => {
	for (const [typed, title] of [
		['5', /› Alert set ⚠ Alert set: under 5 CNY, and your balance is under it now \(0\.35 CNY\) 0 \* \* \* \*/],
		['0.1', /› Alert set ✔ Alert set: under 0\.1 CNY 0 \* \* \* \*/],
	] as const) {
		const w = await world('low_balance');
		await session(
			w,
			async app => {
				await app.choose('Check my balance');
				await app.choose('The key in DEEPSEEK_API_KEY');
				const low = await app.waitFor('Your balance is low');
				assert.match(low, /⚠ Balance: 0\.35 CNY/, 'under the mark before the alert (1.00 CNY)');
				await app.choose('Set a low-balance alert');
				await app.waitFor('Warn me when the balance is under');
				await app.type(typed);
				await app.press(keys.enter);
				const saved = await app.waitFor('Alert set: under');
				assert.match(flat(saved), title, saved);
				assertFits(app, 60, 20);
			},
			{},
			{columns: 60, rows: 20},
		);
	}
});

test('"Check my balance" at a gateway with credit left (60×20): its balance row, the answer asked for, stays on screen under the title that says where the calls go', async () => {
	const leaf = await resultScreen('one_api_no_channel', async app => {
		await app.choose('Check my balance');
		await app.choose('The key in DEEPSEEK_API_KEY');
	}, {columns: 60, rows: 20});
	assert.match(titleOf(leaf), /^⚠ Your calls go to One API, not to DeepSeek$/, leaf);
	assert.match(flat(leaf), /✔ Balance: One API shows 7\.50 USD left on this token, of 10\.00 USD\./, leaf);
});

test('run every check: all fine', async () => {
	const w = await world('ok');
	await session(w, async app => {
		await app.choose('Run every check');
		await app.choose('The key in DEEPSEEK_API_KEY');
		await app.choose('No, skip it');
		const leaf = await app.waitFor('No problem found', 8000);
		assert.match(leaf, /^Start › All checks › Key › Permission › Checks › All good$/m);
		await app.press('q');
		assert.equal(await app.exited, 0);
	});
});

test('no key at all: how to get one', async () => {
	const w = await world('ok', {key: undefined});
	await session(w, async app => {
		assert.match(app.lastFrame(), /Key: none \(DEEPSEEK_API_KEY is not set\)/);
		await app.choose('My calls fail with 402');
		await app.choose('My own code');
		await app.choose('from DEEPSEEK_BASE_URL');
		const ask = await app.waitFor('Which API key does it use?');
		assert.ok(!ask.includes('DEEPSEEK_API_KEY ('), 'no environment key offered when there is none');
		await app.choose("I don't have a key");
		const leaf = await app.waitFor('You need a DeepSeek API key');
		assert.match(leaf, /https:\/\/platform\.deepseek\.com\/api_keys/);
		assert.match(flat(leaf), /give it to your program, e\.g\. export DEEPSEEK_API_KEY=sk-…/);
	});
});

test('no key, in PowerShell: the screen\'s command is PowerShell\'s, as the fix\'s is', async () => {
	const w = await world('ok', {key: undefined});
	setShell('powershell');
	try {
		await session(w, async app => {
			await app.choose('My calls fail with 402');
			await app.choose('My own code');
			await app.choose('from DEEPSEEK_BASE_URL');
			await app.waitFor('Which API key does it use?');
			await app.choose("I don't have a key");
			const leaf = flat(await app.waitFor('You need a DeepSeek API key'));
			// One colon, before the command: not "for example: in PowerShell: …".
			assert.match(leaf, /give it to your program, e\.g\. in PowerShell: \$env:DEEPSEEK_API_KEY="sk-…"/);
			assert.doesNotMatch(leaf, /export DEEPSEEK_API_KEY/);
		});
	} finally {
		setShell('sh');
	}
});

test('every check with the paid call, a relay\'s moderation refusing the request (100×30): whom to ask is the relay, not DeepSeek support', async () => {
	const leaf = flat(await resultScreen('gateway_sensitive_words', app => walkEveryCheck(app, true), {columns: 100, rows: 30}));
	// The gateway's own word list: its content moderation, to reword.
	assert.match(leaf, /⚠ Content moderation refused the request, not your key or balance/);
	// The crumb names what the screen says, not "Unclear" above it.
	assert.match(leaf, /^Start › .*› Content refused ⚠/, leaf);
	assert.match(leaf, /127\.0\.0\.1:\d+'s content moderation refused what the request says \(HTTP 500 "Sensitive words detected"\)/);
	assert.match(leaf, /→ Reword or leave out what the moderation flagged/);
	assert.match(leaf, /ask whoever runs 127\.0\.0\.1:\d+ what it takes/);
	// DeepSeek support cannot see a relay's answers: neither the advice line nor the fix sends the user there.
	assert.doesNotMatch(leaf, /DeepSeek support|api-service@deepseek\.com/, leaf);
});

test('a 5xx reported ("something else"), calls going to OpenRouter (60×20): its failure, not DeepSeek\'s side or status page', async () => {
	const leaf = flat(await resultScreen('openrouter_upstream_502', async app => {
		await app.choose('They fail with something else');
		await app.choose('500 Server Error');
	}, {columns: 60, rows: 20}));
	assert.match(leaf, /⚠ The 5xx errors come from OpenRouter, not from DeepSeek/);
	assert.match(leaf, /Your calls go to OpenRouter, not DeepSeek: its 5xx errors are failures on its side/);
	assert.match(leaf, /→ Retry later/);
	// As check --probe advises: its console, where it has one (in a short window the fix folds, its link stays offered).
	assert.match(leaf, /Open openrouter\.ai\/settings\/credits/);
	assert.doesNotMatch(leaf, /DeepSeek's side|DeepSeek's status page|DeepSeek's error codes/, leaf);
});

test('a 5xx reported at DeepSeek with an empty balance (60×20): the top-up first, never "not your key or balance" (an app in between may pass the 402 on as a 5xx)', async () => {
	const leaf = flat(await resultScreen('zero_balance', async app => {
		await app.choose('They fail with something else');
		await app.choose('500 Server Error');
	}, {columns: 60, rows: 20}));
	assert.match(leaf, /✖ Your DeepSeek balance cannot pay for calls/);
	assert.match(leaf, /^Start › Other errors › .*› Empty ✖/, leaf);
	assert.match(leaf, /DeepSeek answers an empty balance with 402, but an app or gateway in between may pass it on as a 5xx error/);
	assert.match(leaf, /→ Top up/);
	assert.doesNotMatch(leaf, /not your key or balance/, leaf);
});

test('a 5xx reported while DeepSeek\'s status page shows an outage, calls going to OpenRouter (60×20): the outage, with OpenRouter named as the one that may pass it on', async () => {
	const leaf = flat(await resultScreen('openrouter_502_in_outage', async app => {
		await app.choose('They fail with something else');
		await app.choose('500 Server Error');
	}, {columns: 60, rows: 20}));
	assert.match(leaf, /✖ DeepSeek reports trouble: full outage/);
	assert.match(leaf, /Your calls go to OpenRouter, which may send them on to DeepSeek: its errors are likely this outage/);
	assert.doesNotMatch(leaf, /Nothing to fix on your side/, leaf);
	// Its console if the errors outlast the outage (as check --probe advises).
	assert.match(leaf, /Open openrouter\.ai\/settings\/credits/);
});

test('the 402 path at a proxy on this computer, each program answer: the relay leaf offers the paid call through it (never first), which finds DeepSeek\'s own 402 as check --probe does', async () => {
	for (const program of ['My own code', 'An editor or agent app', 'A relay or gateway', "I'm not sure"]) {
		const w = await world('gateway_wrapped_402');
		await session(w, async app => {
			await walk402(app, program);
			const relay = await app.waitFor('What to do:', 8000);
			assert.match(flat(relay), /does not answer like DeepSeek's API/, program);
			// Enter alone never makes a paid call.
			assert.doesNotMatch(relay.split('\n').find(line => line.includes('❯')) ?? '', /paid/, relay);
			assert.equal(chatCalls(w).length, 0);
			await app.choose('See whose balance runs out (paid call)');
			await app.choose('deepseek-chat');
			const leaf = flat(await app.waitFor('out of credit', 8000));
			assert.equal(chatCalls(w).length, 1);
			assert.match(leaf, /The DeepSeek account behind your proxy \(127\.0\.0\.1:\d+\) is out of credit/);
			assert.match(leaf, /→ Top up your balance/);
			assert.doesNotMatch(leaf, /its errors and balance are not DeepSeek's/, leaf);
		}, {}, {columns: 100, rows: 30});
	}
});

test('a gateway refusing the country or region its calls come from, after every check with the paid call (60×20): the title says so, never "No clear cause found" above check\'s finding', async () => {
	const leaf = flat(await resultScreen('gateway_region_refused', app => walkEveryCheck(app, true), {columns: 60, rows: 20}));
	assert.match(leaf, /^Start › .*› Region refused ✖ 127\.0\.0\.1:\d+ refuses calls from the country or region yours come from/, leaf);
	assert.match(leaf, /it refuses them for the country or region they come from \(HTTP 403 "Country, region, or territory not supported/);
	assert.doesNotMatch(leaf, /No clear cause|Unclear/, leaf);
});

test('a gateway that does not trust its upstream\'s certificate, after every check with the paid call (60×20): check\'s finding and fix, never "Cannot get through" and a connection fix', async () => {
	const leaf = flat(await resultScreen('gateway_upstream_certificate', app => walkEveryCheck(app, true), {columns: 60, rows: 20}));
	assert.match(leaf, /^Start › .*› Certificate ✖ 127\.0\.0\.1:\d+ does not trust the certificate of the service behind it/, leaf);
	assert.match(leaf, /answers HTTP 500 because its own call to the service behind it failed/);
	assert.match(leaf, /→ On the machine that runs 127\.0\.0\.1:\d+ \(yours, if it runs locally\): turn off what intercepts HTTPS there/);
	assert.doesNotMatch(leaf, /Cannot get through|Check your internet connection|No connection/, leaf);
});

test('a proxy on this computer whose own call to DeepSeek gets no answer, after every check with the paid call (60×20): its way out, never "Cannot get through to" it nor a retry', async () => {
	const leaf = flat(await resultScreen('gateway_upstream_unreachable', app => walkEveryCheck(app, true), {columns: 60, rows: 20}));
	assert.match(leaf, /^Start › .*› Proxy cannot get out ✖ 127\.0\.0\.1:\d+ on this computer cannot get through to the service behind it/, leaf);
	assert.match(leaf, /a proxy on this computer, and it answers HTTP 502 because it could not get through to the service behind it \(connection failed: error sending request for/);
	assert.match(leaf, /→ Check how 127\.0\.0\.1:\d+ goes out to the service behind it/);
	assert.doesNotMatch(leaf, /Cannot get through to|Retry later/, leaf);
});

test('the 402 path, the paid call through a service whose own call on failed (no answer behind it; HTTPS intercepted there): the network result with check\'s finding, never "Your calls do not reach DeepSeek"', async () => {
	const cases = [
		{scenario: 'gateway_upstream_unreachable', title: /✖ 127\.0\.0\.1:\d+ on this computer cannot get through to the service behind it/, fix: /→ Check how 127\.0\.0\.1:\d+ goes out to the service behind it/},
		{scenario: 'gateway_upstream_certificate', title: /✖ 127\.0\.0\.1:\d+ does not trust the certificate of the service behind it/, fix: /→ On the machine that runs 127\.0\.0\.1:\d+/},
	] as const;
	for (const {scenario, title, fix} of cases) {
		const w = await world(scenario);
		await session(w, async app => {
			await walk402(app, 'A relay or gateway');
			await app.waitFor('What to do:', 8000);
			await app.choose('See whose balance runs out (paid call)');
			await app.choose('deepseek-chat');
			const leaf = flat(await app.waitFor('behind it', 8000));
			assert.equal(chatCalls(w).length, 1);
			assert.match(leaf, title, leaf);
			assert.match(leaf, fix, leaf);
			assert.doesNotMatch(leaf, /do not reach DeepSeek|does not answer like DeepSeek's API/, leaf);
		}, {}, {columns: 100, rows: 30});
	}
});

test('a 5xx reported ("something else"), calls going to a proxy on this computer that answers a bare 502 (100×30): its own log and the VPN in its way, never "tell whoever runs it"', async () => {
	const leaf = flat(await resultScreen('gateway_bare_502', async app => {
		await app.choose('They fail with something else');
		await app.choose('500 Server Error');
	}, {columns: 100, rows: 30}));
	assert.match(leaf, /⚠ The 5xx errors come from 127\.0\.0\.1:\d+, not from DeepSeek/, leaf);
	assert.match(leaf, /a service on this computer, not DeepSeek: its 5xx errors are failures in it or at the provider behind it, and its own log or window says which/);
	assert.match(leaf, /→ Check how 127\.0\.0\.1:\d+ goes out to the service behind it/);
	assert.doesNotMatch(leaf, /tell whoever runs/, leaf);
});

test('a 5xx reported, calls going to a one-api gateway on this computer (100×30): its log and its channels, linked, never "tell whoever runs it", as check --probe says', async () => {
	const leaf = flat(await resultScreen('one_api_bare_502', async app => {
		await app.choose('They fail with something else');
		await app.choose('500 Server Error');
	}, {columns: 100, rows: 30}));
	assert.match(leaf, /⚠ The 5xx errors come from One API, not from DeepSeek/, leaf);
	assert.match(leaf, /a gateway on this computer, not DeepSeek: its 5xx errors are failures in it or at the provider behind it, and its own log says which/, leaf);
	assert.match(leaf, /→ Read One API's log, then check the channel serving this model: .* http:\/\/127\.0\.0\.1:\d+\/channel/, leaf);
	assert.match(leaf, /❯ Open 127\.0\.0\.1:\d+\/channel/, leaf);
	assert.doesNotMatch(leaf, /whoever runs|shop\.example\.com/, leaf);
});

test('the 402 path at a gateway nothing names, the paid call through it refused for the region (100×30): that refusal is the title, not "Your calls do not reach DeepSeek", and no top-up there', async () => {
	const w = await world('gateway_region_refused');
	await session(w, async app => {
		await walk402(app);
		await app.waitFor('What to do:', 8000);
		await app.choose('See whose balance runs out (paid call)');
		await app.choose('deepseek-chat');
		const leaf = flat(await app.waitFor('Region refused', 8000));
		assert.match(leaf, /› Region refused ✖ 127\.0\.0\.1:\d+ refuses calls from the country or region yours come from/, leaf);
		assert.match(leaf, /not the key, not the balance/);
		assert.match(leaf, /→ 127\.0\.0\.1:\d+ does not serve the country or region your calls come from/);
		assert.doesNotMatch(leaf, /Your calls do not reach DeepSeek|its errors and balance are not DeepSeek's|Top up/, leaf);
	}, {}, {columns: 100, rows: 30});
});

test('a gateway key that takes calls only from listed IP addresses, after every check with the paid call (60×20): the title says so, never "No clear cause found" above check\'s finding', async () => {
	const leaf = flat(await resultScreen('gateway_address_refused', app => walkEveryCheck(app, true), {columns: 60, rows: 20}));
	assert.match(leaf, /^Start › .*› IP not allowed ✖ 127\.0\.0\.1:\d+ refuses calls from your IP address /, leaf);
	assert.match(leaf, /it refuses them for the IP address they come from: this key there takes calls only from the addresses listed for it/);
	assert.match(leaf, /→ In 127\.0\.0\.1:\d+'s console, add the IP address your calls come from/);
	assert.doesNotMatch(leaf, /No clear cause|Unclear/, leaf);
});

test('the 402 path at a gateway refusing the IP address the calls come from (100×30): the model list\'s refusal is the title before any paid call, and no top-up there', async () => {
	const leaf = flat(await resultScreen('gateway_address_refused', walk402, {columns: 100, rows: 30}));
	assert.match(leaf, /› IP not allowed ✖ 127\.0\.0\.1:\d+ refuses calls from your IP address /, leaf);
	assert.match(leaf, /Not the key, not the balance/);
	assert.doesNotMatch(leaf, /Your calls do not reach DeepSeek|its errors and balance are not DeepSeek's|Top up|\(paid call\)/, leaf);
});

test('a 401 reported, a gateway nothing names refusing the key with its Chinese "out of credit" (100×30): the title says the balance there is used up, as the line under it, not only "do not reach DeepSeek"', async () => {
	const leaf = await resultScreen('gateway_quota_zh_401', async app => {
		await app.choose('They fail with something else');
		await app.choose('401 Authentication Fails');
		await app.choose('The key in DEEPSEEK_API_KEY');
	}, {columns: 100, rows: 30});
	assert.match(titleOf(leaf), /^✖ Your 127\.0\.0\.1:\d+ balance is used up$/, leaf);
	assert.match(flat(leaf), /your balance there is used up/, leaf);
	assert.match(flat(leaf), /→ Ask whoever runs 127\.0\.0\.1:\d+ to top up/, leaf);
});

test('a 401 reported at a gateway nothing names that takes the key on its model list (100×30): the result offers the paid call through it, and its answer says what it refuses (its credit used up), as check --probe', async () => {
	const w = await world('gateway_quota_zh');
	await session(w, async app => {
		await app.choose('They fail with something else');
		await app.choose('401 Authentication Fails');
		await app.choose('The key in DEEPSEEK_API_KEY');
		const first = flat(await app.waitFor('What to do:', 8000));
		assert.match(first, /Your calls do not reach DeepSeek/, first);
		assert.match(first, /See what it refuses \(paid call\)/, first);
		assert.doesNotMatch(first, /whose balance its 402/, first);
		assert.doesNotMatch(first, /❯ See what it refuses/, 'never what Enter picks');
		assert.equal(chatCalls(w).length, 0, 'nothing paid before it is picked');
		await app.choose('See what it refuses (paid call)');
		await app.choose('deepseek-chat');
		const leaf = await app.waitFor('What to do:', 8000);
		// The result walked on from keeps the name it had on screen.
		assert.match(leaf, /^Start › Other errors › Key › Key check › Not DeepSeek › Model › Test call › Credit there$/m, leaf);
		assert.match(titleOf(leaf), /^✖ Your 127\.0\.0\.1:\d+ balance is used up$/, leaf);
		assert.match(flat(leaf), /→ Ask whoever runs 127\.0\.0\.1:\d+ to top up/, leaf);
		assert.equal(chatCalls(w).length, 1, 'exactly one paid call');
	}, {}, {columns: 100, rows: 30});
});

test('a 401 reported at a gateway refusing the region, in Chinese (60×20): the paid call through it is offered in Chinese, and its answer is the title', async () => {
	const w = await world('gateway_region_refused');
	setLanguage('zh-CN');
	const app = drive(w.props(), {columns: 60, rows: 20});
	try {
		await app.waitFor('遇到了什么情况？');
		await app.choose('调用报了别的错');
		await app.choose('401 Authentication Fails');
		await app.choose('DEEPSEEK_API_KEY 里的 key');
		await app.waitFor('解决办法：', 8000);
		await app.choose('看看它拒绝的是什么（付费测试调用）');
		await app.choose('deepseek-chat');
		const leaf = flat(await app.waitFor('解决办法：', 8000));
		assert.match(leaf, /127\.0\.0\.1:\d+ 按来源国家或地区拒绝了你的调用/, leaf);
		assert.doesNotMatch(leaf, /你的调用没有到达 DeepSeek/, leaf);
		assertFits(app, 60, 20);
	} finally {
		app.unmount();
		await w.close();
		setLanguage('en');
	}
});

test('every check with the paid call, a host nothing names answering Ark\'s AccountOverdueError (60×20): the title says its account is suspended or in arrears, as check\'s summary, not "out of credit"', async () => {
	const leaf = await resultScreen('ark_overdue', app => walkEveryCheck(app, true), {columns: 60, rows: 20}, {host: null});
	assert.match(titleOf(leaf), /^✖ Your 127\.0\.0\.1:\d+ account is suspended or in arrears$/, leaf);
	assert.match(flat(leaf), /your account there is suspended or in arrears/, leaf);
});

test('every check with the paid call, Volcengine Ark on its own host answering AccountOverdueError (60×20): its name in the title, and its billing console first, not whoever runs a host', async () => {
	const leaf = await resultScreen('ark_overdue', app => walkEveryCheck(app, true), {columns: 60, rows: 20});
	assert.equal(titleOf(leaf), '✖ Your Volcengine Ark account is suspended or in arrears', leaf);
	const fixes = leaf.slice(leaf.indexOf('What to do:'));
	assert.match(flat(fixes), /→ Settle your account on Ark: pay what is due in its billing \(not on DeepSeek\)/, leaf);
	assert.match(leaf, /^❯ Open console\.volcengine\.com\/finance$/m, leaf);
	assert.doesNotMatch(flat(leaf), /[Aa]sk whoever runs/, leaf);
});

test('every check with the paid call, Volcengine Ark answering 404 ModelIDAccessDisabled (60×20): the title says it takes only an endpoint\'s id, the first fix creates one, and no other listed model is offered (each is refused by its id alike)', async () => {
	const leaf = await resultScreen('ark_model_id_disabled', app => walkEveryCheck(app, true), {columns: 60, rows: 20});
	assert.equal(flat(leaf.split('\n').slice(1, 3).join('\n')), '✖ Volcengine Ark takes your calls only by an inference endpoint\'s id (ep-…)', leaf);
	assert.match(flat(leaf.slice(leaf.indexOf('What to do:'))), /→ Create an inference endpoint for the model in Ark's console, and send its id \(ep-…\) as the "model" of your calls/, leaf);
	assert.doesNotMatch(flat(leaf), /not available at|Copy the name exactly|model from its list|model activation page/, leaf);
});

test('every check with the paid call, OpenRouter answering 404 "No endpoints found that support tool use" (60×20): the title says no provider there serves the model as the calls are sent, not that it is unavailable, and its credits page is not offered for these settings', async () => {
	const leaf = await resultScreen('openrouter_no_endpoints_tools', app => walkEveryCheck(app, true), {columns: 60, rows: 20});
	assert.match(flat(leaf.split('\n').slice(1, 3).join('\n')), /^✖ No provider at OpenRouter serves "[^"]+" as your calls are sent$/, leaf);
	assert.match(flat(leaf.slice(leaf.indexOf('What to do:'))), /→ Use a model the service lists/, leaf);
	assert.doesNotMatch(flat(leaf), /not available at|Copy the name exactly|to this key|settings\/credits/, leaf);
});

test('a 429 reported ("something else"), calls going to a gateway nothing names (100×30): ask whoever runs it how many requests it allows, as check --probe does', async () => {
	const leaf = flat(await resultScreen('gateway_quota_zh', async app => {
		await app.choose('They fail with something else');
		await app.choose('429 Rate Limit Reached');
		await app.choose('The key in DEEPSEEK_API_KEY');
	}, {columns: 100, rows: 30}));
	assert.match(leaf, /Your calls go to 127\.0\.0\.1:\d+, not DeepSeek: its 429s are its own limits/);
	assert.match(leaf, /→ Send fewer requests at once/);
	assert.match(leaf, /→ Ask whoever runs 127\.0\.0\.1:\d+ how many requests it allows your key/);
});

test('a 5xx reported at DeepSeek with a low balance (60×20): not "not your key or balance" under the ⚠ balance row; the top-up is among the fixes, as check gives it', async () => {
	const leaf = flat(await resultScreen('rate_limited_balance', async app => {
		await app.choose('They fail with something else');
		await app.choose('500 Server Error');
	}, {columns: 60, rows: 20}));
	assert.match(leaf, /⚠ Balance: 0\.35 CNY/, leaf);
	assert.doesNotMatch(leaf, /not your key or balance/, leaf);
	assert.match(leaf, /Your balance is low, though \(0\.35 CNY\)/, leaf);
	assert.match(leaf, /Open platform\.deepseek\.com\/top_up/, leaf);
});

test('a key with a zero-width space copied at its end, the 402 path (40×15): the key is named by the four characters a reader sees, and the result says it cannot be sent', async () => {
	const w = await world('ok', {key: `${fakeKey}\u200b`});
	await session(w, async app => {
		await app.choose('My calls fail with 402');
		await app.choose('My own code');
		await app.choose('from DEEPSEEK_BASE_URL');
		const question = await app.waitFor('Which API key does it use?');
		assert.match(question, /The key in DEEPSEEK_API_KEY \(sk-…cdef\)/, question);
		await app.choose('The key in DEEPSEEK_API_KEY');
		const leaf = flat(await app.waitFor('What to do:', 8000));
		assert.match(leaf, /✖ This key cannot be sent as it is/, leaf);
		assert.match(leaf, /\(U\+200B\)/);
		assert.deepEqual(chatCalls(w), [], 'nothing was sent');
		assertFits(app, 40, 15);
	}, {}, {columns: 40, rows: 15});
});

test('a key with a zero-width space, "Check my balance" (60×20): the result names the key that cannot be sent, as check does, not "no clear cause"', async () => {
	const w = await world('ok', {key: `${fakeKey.slice(0, 19)}\u200b${fakeKey.slice(19)}`});
	await session(w, async app => {
		await app.choose('Check my balance');
		await app.choose('The key in DEEPSEEK_API_KEY');
		const leaf = flat(await app.waitFor('What to do:', 8000));
		assert.match(leaf, /✖ This key cannot be sent as it is/, leaf);
		assert.match(leaf, /\(U\+200B\)/, leaf);
		assert.doesNotMatch(leaf, /No clear cause/, leaf);
		assert.deepEqual(chatCalls(w), [], 'nothing was sent');
		assertFits(app, 60, 20);
	}, {}, {columns: 60, rows: 20});
});

test('a key with a full-width space after it, "Run every check" (40×15): this tool\'s calls work without it, yet the result says the key cannot be sent as set, not "No problem found"', async () => {
	const w = await world('ok', {key: `${fakeKey}\u3000`});
	await session(w, async app => {
		await app.choose('Run every check');
		await app.choose('The key in DEEPSEEK_API_KEY');
		await app.choose('No, skip it');
		const leaf = flat(await app.waitFor('What to do:', 8000));
		assert.match(leaf, /✖ This key cannot be sent as it is/, leaf);
		assert.match(leaf, /\(U\+3000\)/, leaf);
		// What to do first: the line under the title is cut at 40×15, and the action is what it keeps.
		assert.match(leaf, /Remove the characters around the key where it is set \(U\+3000\): they are not plain spaces/, leaf);
		assert.doesNotMatch(leaf, /No problem found/, leaf);
		assertFits(app, 40, 15);
	}, {}, {columns: 40, rows: 15});
});

/** "Run every check" at 40×15 in `language`, the key in DEEPSEEK_API_KEY, no paid call: the result as one line, and `w` closed. */
async function everyCheckAt40(w: Awaited<ReturnType<typeof world>>, language: 'en' | 'zh-CN'): Promise<string> {
	setLanguage(language);
	const app = drive(w.props(), {columns: 40, rows: 15});
	try {
		await app.choose(language === 'en' ? 'Run every check' : '运行全部检查');
		await app.choose('DEEPSEEK_API_KEY');
		await app.choose(language === 'en' ? 'No, skip it' : '不用，跳过');
		const leaf = flat(await app.waitFor(language === 'en' ? 'What to do:' : '解决办法：', 8000));
		assertFits(app, 40, 15);
		return leaf;
	} finally {
		app.unmount();
		await w.close();
		setLanguage('en');
	}
}

test('a key with no-break spaces around it, "Run every check" at 40×15, in English and Chinese: the line under the title opens with what to do, which the cut keeps', async () => {
	const said = {en: /✖ This key cannot be sent as it is Remove the characters around the key where it is set \(U\+00A0\)/, 'zh-CN': /✖ 这个 key 原样发不出去 请在设置 key 的地方删掉它前后的字符 ?（U\+00A0）/} as const;
	for (const language of ['en', 'zh-CN'] as const) {
		const leaf = await everyCheckAt40(await world('ok', {key: `\u00a0${fakeKey}\u00a0`}), language);
		assert.match(leaf, said[language], leaf);
	}
});

test('a base URL whose API moved, "Run every check" at 40×15, in English and Chinese: the line under the title names the whole address it moved to before the cut', async () => {
	for (const language of ['en', 'zh-CN'] as const) {
		const w = await world('redirect_path', {host: null});
		const location = `${w.env['DEEPSEEK_BASE_URL']}/api/v1/models`;
		const leaf = await everyCheckAt40(w, language);
		assert.ok(leaf.includes(location), `${language}: ${leaf}`);
	}
});

test('a key set as "Bearer sk-…", the 402 path (60×20): the fix is to remove the word, and the key format row takes one row under the line that says it', async () => {
	const w = await world('ok', {key: `Bearer ${fakeKey}`});
	await session(w, async app => {
		await walk402(app);
		const leaf = await app.waitFor('What to do:', 8000);
		assert.match(leaf, /✖ DeepSeek does not accept this key \(401\)/, leaf);
		// Cut at the end of its first clause, not in the middle of the next one.
		assert.match(leaf, /^⚠ Key format: The key starts with "Bearer "…$/m, leaf);
		assert.match(flat(leaf), /→ Remove "Bearer " where the key is set \(an \.env file, a config, an environment variable\): keep only the sk-… part/, leaf);
		assert.doesNotMatch(leaf, /Check which key your tool really sends/, leaf);
		assertFits(app, 60, 20);
	}, {}, {columns: 60, rows: 20});
});

test('a whole PowerShell line in DEEPSEEK_API_KEY, every check (40×15, both languages): what the key starts with and the whole first fix, above the actions', async () => {
	const said = {
		en: {starts: /The key starts with "\$env:DEEPSEEK_API_KEY="/, fix: '→ Where the key is set, keep only its sk-… part, not the rest of the line that set it'},
		'zh-CN': {starts: /key以“\$env:DEEPSEEK_API_KEY=”开头/, fix: '→在设置key的地方只保留sk-…这部分，不要带上那一行里它前面的内容'},
	};
	await resultInBothLanguages('ok', {columns: 40, rows: 15}, app => walkEveryCheck(app), (leaf, language) => {
		assert.match(flatIn(language, leaf), said[language].starts, leaf);
		assert.ok(flatIn(language, leaf).includes(said[language].fix), leaf);
	}, {key: `$env:DEEPSEEK_API_KEY="${fakeKey}"`});
});

test('a relay\'s used-up key limit, every check with the paid call (60 × 20): the line under the title says where the calls go, so the endpoint row points to it in one row and the balance row with the numbers gets the room, in both languages', async () => {
	for (const [language, fixes, pointer, numbers, twice] of [
		['en', 'What to do:', '⚠ Where calls go: see below.', /✖ Balance: This OpenRouter key has used up its 0\.00 USD/, /calls go to OpenRouter/gi],
		['zh-CN', '解决办法：', '⚠ 调用去向：见下方。', /✖ 余额：这个 OpenRouter key 的 0\.00 USD 上限已用完/, /发往 OpenRouter/g],
	] as const) {
		setLanguage(language);
		const w = await world('openrouter_limit_zero');
		const app = drive(w.props(), {columns: 60, rows: 20});
		try {
			await walkEveryCheck(app, true);
			const leaf = await app.waitFor(fixes, 8000);
			assert.ok(leaf.split('\n').includes(pointer), leaf);
			assert.match(leaf, numbers, leaf);
			assert.equal(leaf.replace(/\s+/g, ' ').match(twice)?.length, 1, leaf);
		} finally {
			app.unmount();
			setLanguage('en');
			await w.close();
		}
	}
});

test('402 through SiliconFlow, its balance unread (60 × 20): the title says where the calls go, so the endpoint row takes one row and does not say it again in full, in both languages', async () => {
	const said = {
		en: {row: /^⚠ Where calls go: Calls go to SiliconFlow[^\n]*…$/m, twice: /calls go to SiliconFlow/gi, whole: /not to DeepSeek: its own/},
		'zh-CN': {row: /^⚠ 调用去向：调用发往硅基流动[^\n]*…$/m, twice: /发往硅基流动/g, whole: /不是 DeepSeek：/},
	};
	await result402InBothLanguages('siliconflow_no_balance', {columns: 60, rows: 20}, (leaf, language) => {
		const {row, twice, whole} = said[language];
		assert.match(leaf, row, leaf);
		// Said by the title and cut in its row: not a second time in full, over three rows.
		assert.equal(leaf.replace(/\s+/g, ' ').match(twice)?.length, 2, leaf);
		assert.doesNotMatch(leaf, whole, leaf);
	});
});

test('the 402 path at new-api, the paid call through it, in both languages (60×20): the crumb names what the call found, never a step twice', async () => {
	const paths = {
		en: {walk: ['My calls fail with 402', 'A relay or gateway', 'from DEEPSEEK_BASE_URL', 'The key in DEEPSEEK_API_KEY'], fixes: 'What to do:', paid: 'See whose balance runs out (paid call)', crumb: /› Credit there$/, tried: '❯ deepseek-chat (just tried)\n', lastTime: '(last time)'},
		'zh-CN': {walk: ['调用失败，报 402', '中转站或网关', 'DEEPSEEK_BASE_URL）', 'DEEPSEEK_API_KEY 里的 key'], fixes: '解决办法：', paid: '看看是谁的余额用完了（付费测试调用）', crumb: /› 那边的额度$/, tried: '❯ deepseek-chat（刚才试过）\n', lastTime: '（上次选的）'},
	} as const;
	for (const [language, path] of Object.entries(paths)) {
		const w = await world('new_api_user_quota');
		setLanguage(language as 'en' | 'zh-CN');
		const app = drive(w.props(), {columns: 60, rows: 20});
		try {
			for (const label of path.walk) await app.choose(label);
			await app.waitFor(path.fixes, 8000);
			await app.choose(path.paid);
			await app.choose('deepseek-chat');
			const leaf = await app.waitFor(path.fixes, 8000);
			assert.equal(chatCalls(w).length, 1, 'exactly one paid call');
			const crumbs = (leaf.split('\n')[0] ?? '').split(' › ');
			assert.match(crumbs.join(' › '), path.crumb, leaf);
			assert.equal(new Set(crumbs).size, crumbs.length, `no step named twice: ${crumbs.join(' › ')}`);
			assertFits(app, 60, 20);
			// Back to the model list: the model of the call a moment ago is the one just tried, not last time's.
			await app.press(keys.escape);
			const models = await app.waitFor(path.tried, 8000);
			assert.ok(!models.includes(path.lastTime), models);
		} finally {
			app.unmount();
			await w.close();
			setLanguage('en');
		}
	}
});

test('a website as the base URL (redirect_website), "Run every check" at 40×15, in English and Chinese: the line under the title says it is DeepSeek\'s website before the cut', async () => {
	const said = {en: /The base URL redirects \(HTTP 301\) to DeepSeek's website/, 'zh-CN': /base URL 把调用重定向到 DeepSeek 的 ?网站/} as const;
	for (const language of ['en', 'zh-CN'] as const) {
		const leaf = await everyCheckAt40(await world('redirect_website', {host: null}), language);
		assert.match(leaf, said[language], `${language}: ${leaf}`);
	}
});
