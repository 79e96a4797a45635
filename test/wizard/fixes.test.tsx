// The real wizard against the fake, for what a stranger found wrong: the paid call is
// never the default, a low balance stays on the last screen, no screen contradicts
// itself, a 401 says what the key check found, fast keys all count, and the sentences
// that read badly.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {fakeKey} from '../fake/server.js';
import {loadSettings} from '../../source/settings/index.js';
import {chatCalls, flat, focusedLabel, keys, result402InBothLanguages, resultInBothLanguages, session, walk402, walkEveryCheck, world} from './helpers.js';

test('Enter five times down the 402 path with money on the account makes no paid call: "No" is where the cursor starts', async () => {
	const w = await world('probe_402');
	await session(w, async app => {
		await app.press(keys.enter);
		await app.waitFor('Which program makes the calls');
		await app.press(keys.enter);
		await app.waitFor('Which address (base URL)');
		await app.press(keys.enter);
		await app.waitFor('Which API key does it use?');
		await app.press(keys.enter);
		const consent = await app.waitFor(/May I make one\s+real call/);
		assert.equal(focusedLabel(consent), '❯ No, skip it');
		await app.press(keys.enter);
		await app.waitFor('Which of these fits best?');
		assert.equal(chatCalls(w).length, 0, 'no paid call without a deliberate yes');
	});
	const all = await world('ok');
	await session(all, async app => {
		await app.choose('Run every check');
		await app.choose('The key in DEEPSEEK_API_KEY');
		const consent = await app.waitFor('Include the one paid test call?');
		assert.equal(focusedLabel(consent), '❯ No, skip it');
	});
});

test('a low balance on the 402 path: the test call works, and the last screen still says the balance is low, with the top-up link', async () => {
	const w = await world('low_balance');
	await session(w, async app => {
		await walk402(app);
		await app.choose('Yes, make the one paid test call');
		await app.choose('deepseek-v4-flash');
		const leaf = flat(await app.waitFor('The test call worked'));
		assert.ok(leaf.includes('Mind the balance: 0.35 CNY (granted 0.00, topped up 0.35): below 1.00 CNY.'), leaf);
		assert.match(leaf, /What to do: → Top up your balance .* https:\/\/platform\.deepseek\.com\/top_up/);
		assert.match(leaf, /❯ Open platform\.deepseek\.com\/top_up/, 'the top-up link is the first action');
	});
});

test('bonus credit only on the 402 path, no test call, "I topped up recently": the bonus warning and the top-up link stay', async () => {
	const w = await world('bonus_only');
	await session(w, async app => {
		await walk402(app);
		await app.choose('No, skip it');
		await app.choose('I topped up recently');
		const leaf = flat(await app.waitFor('A top-up that does not show yet'));
		assert.ok(leaf.includes('Mind the balance: 5.00 CNY (granted 5.00, topped up 0.00): all of it is bonus credit, which expires.'), leaf);
		assert.ok(leaf.includes('https://platform.deepseek.com/top_up'), leaf);
	});
});

test('no screen says "✔ fine" above a ⚠: a low balance, a run with a warning, and answers that cannot be read', async () => {
	const low = await world('low_balance');
	await session(low, async app => {
		await app.choose('Check my balance');
		await app.choose('The key in DEEPSEEK_API_KEY');
		const leaf = await app.waitFor('Your balance is low: 0.35 CNY');
		assert.match(leaf, /^⚠ Your balance is low: 0\.35 CNY$/m);
		assert.match(leaf, /⚠ Balance: 0\.35 CNY .*below 1\.00 CNY/);
		assert.doesNotMatch(leaf, /✔ Your balance/);
	});
	const warned = await world('low_balance');
	await session(warned, async app => {
		await walkEveryCheck(app);
		const leaf = await app.waitFor('Nothing blocks your calls', 8000);
		assert.match(leaf, /^⚠ Nothing blocks your calls, but 1 warning$/m);
		assert.doesNotMatch(leaf, /No problem found/);
	});
	const degraded = await world('status_degraded');
	await session(degraded, async app => {
		await walkEveryCheck(app);
		const leaf = await app.waitFor('Nothing blocks your calls', 8000);
		assert.match(flat(leaf), /⚠ DeepSeek status: degraded \(API service\) — responses slowing down\./, 'the state, the component and the incident\'s gist, in English, are on the screen');
		assert.match(leaf, /https:\/\/status\.deepseek\.com/);
	});
	// Cut-off JSON and a 50 MB body, each with DeepSeek's trace id header: nothing read says which service answers, so
	// the endpoint row cannot tell, as the title's "the base URL is probably wrong, or something in between" allows.
	for (const scenario of ['malformed_json', 'huge_body'] as const) {
		const broken = await world(scenario);
		await session(broken, async app => {
			await walkEveryCheck(app);
			const leaf = flat(await app.waitFor('cannot be read', 8000));
			assert.match(leaf, /⚠ Where calls go: Cannot tell which service \S+ is\./, leaf);
			assert.doesNotMatch(leaf, /answers like DeepSeek's API|does not answer like DeepSeek's API|do not reach DeepSeek/, leaf);
			assert.match(leaf, /✖ The answers from \S+ cannot be read/);
			assert.match(leaf, /^Start › .*› Unreadable ✖/, 'the crumb says what the screen says, not "Relay"');
		});
	}
});

test('every check at a base URL that redirects: the title says where it leads (a login page, another address, a service that moved, a website), as check does, never "cannot be read"', async () => {
	const expected = [
		['redirect_login', /^Start › .*› Redirected ✖ A login page stands in front of \S+ .*The base URL redirects every call \(HTTP 302\) to a login page at acme\.cloudflareaccess\.com/],
		['redirect_path', /^Start › .*› Redirected ✖ (\S+) sends the calls on to another address .*→ Set the base URL to http:\/\/\1\/api\/v1 /],
		['redirect_host', /^Start › .*› Redirected ✖ \S+ sends the calls on to api\.new-relay\.example (?!.*seems to have moved.*seems to have moved).*the service seems to have moved there\..*→ Ask whoever runs \S+ whether the service moved to https:\/\/api\.new-relay\.example/],
		['redirect_website', /^Start › .*› Redirected ✖ \S+ is not an API: it sends calls to www\.deepseek\.com .*DeepSeek's API is at https:\/\/api\.deepseek\.com\./],
	] as const;
	for (const [scenario, reads] of expected) {
		const w = await world(scenario, {host: null});
		await session(w, async app => {
			await walkEveryCheck(app);
			const leaf = flat(await app.waitFor('What to do:', 8000));
			assert.match(leaf, reads, leaf);
			assert.doesNotMatch(leaf, /cannot be read|Unreadable/, leaf);
		});
	}
});

test('a base URL whose API moved: the redirect\'s whole URL is read once on the result (the line under the title), its Authentication row cut to one row', async () => {
	const w = await world('redirect_path', {host: null});
	await session(w, async app => {
		await walkEveryCheck(app);
		const leaf = flat(await app.waitFor('What to do:', 8000));
		const location = `${w.env['DEEPSEEK_BASE_URL']}/api/v1/models`;
		assert.equal(leaf.split(location).length - 1, 1, leaf);
		assert.match(leaf, /! Authentication: HTTP 301 when listing models… /, leaf);
	}, {}, {columns: 60, rows: 20});
});

test('a base URL whose API moved (a 301 to the same calls under /api/v1): Enter checks again at that address, which answers, and "Remember these settings" keeps it', async () => {
	const w = await world('redirect_path', {host: null});
	await session(w, async app => {
		await walkEveryCheck(app);
		await app.waitFor('What to do:', 8000);
		const moved = `${w.env['DEEPSEEK_BASE_URL']}/api/v1`;
		assert.equal(focusedLabel(app.lastFrame()), `❯ Check again at ${moved}`, app.lastFrame());
		await app.press(keys.enter);
		// Nothing blocks the calls there; DEEPSEEK_BASE_URL still names the old address, which the endpoint row says.
		const again = flat(await app.waitFor('Nothing blocks your calls', 10_000));
		assert.match(again, /Where calls go: \S+ answers like DeepSeek's API\. But DEEPSEEK_BASE_URL sends some tools to/, again);
		assert.match(again, /Balance: 47\.44 CNY/, again);
		assert.ok(again.includes(`deepseek-fix check --base-url ${moved}`), again);
		// The calls after the choice went to the moved address, and only to the host the user chose.
		const after = w.fake.requests.slice(-4).map(request => request.path);
		assert.ok(after.some(path => path.startsWith('/api/v1/')), after.join(', '));
		await app.choose('Remember these settings');
		await app.waitFor('Remembered the base URL');
		assert.equal(loadSettings(w.env).settings.baseUrl, moved);
	});
});

test('402 at a base URL whose answers cannot be read (cut-off JSON, a web page): no paid test call through it (its answer would be as unreadable)', async () => {
	for (const scenario of ['malformed_json', 'html_portal'] as const) {
		const w = await world(scenario);
		await session(w, async app => {
			await walk402(app);
			const leaf = flat(await app.waitFor('What to do:', 8000));
			// Every option is on this 100×40 screen: none of them is the paid call.
			assert.match(leaf, /Also check my DeepSeek account .* Quit/, leaf);
			assert.doesNotMatch(leaf, /paid test call|↓ \d+ more/, `${scenario}: ${leaf}`);
			assert.equal(chatCalls(w).length, 0);
		});
	}
});

test('402 at a captive portal (a web page on every path, 60×20): the crumb says "Not DeepSeek", not "Relay", and the endpoint row the line restates takes one row', async () => {
	const w = await world('html_portal');
	await session(w, async app => {
		await walk402(app);
		const leaf = await app.waitFor('What to do:', 8000);
		// Its mark is the ✖ of the endpoint row it restates (check exits 1 with wrong_endpoint), not a milder ⚠.
		assert.match(flat(leaf), /^Start › .*› Not DeepSeek ✖ Your calls do not reach DeepSeek/, leaf);
		const endpointRows = leaf.split('\n').filter(line => line.startsWith('✖ Where calls go:'));
		assert.equal(endpointRows.length, 1, leaf);
		// Its first clause is wider than the row: it points to the line under it that says it, instead of breaking off.
		assert.equal(endpointRows[0], '✖ Where calls go: see below.', leaf);
		assert.match(flat(leaf), /does not answer like DeepSeek's API, so its errors and balance are not DeepSeek's\./);
	}, {}, {columns: 60, rows: 20});
});

test('a 401 says what the key check found: quotes, another vendor\'s key, an sk- key of the wrong length; a key swapped on the way is blamed on what is in between', async () => {
	const walk401 = async (scenario: 'invalid_key' | 'key_replaced', key?: string) => {
		const w = await world(scenario, key === undefined ? {} : {key});
		let screen = '';
		await session(w, async app => {
			await app.choose('They fail with something else');
			await app.choose('401 Authentication Fails');
			await app.choose('The key in DEEPSEEK_API_KEY');
			screen = flat(await app.waitFor('does not accept this key'));
		});
		return screen;
	};
	const quoted = await walk401('invalid_key', `"${fakeKey}"`);
	assert.ok(quoted.includes('The key is wrapped in quotes, and they are sent as part of it.'), quoted);
	assert.doesNotMatch(quoted, /deleted|revoked/);
	const vendor = await walk401('invalid_key', `sk-or-v1-${'ab12'.repeat(16)}`);
	assert.ok(vendor.includes('This is a key from OpenRouter: DeepSeek accepts only keys made on its own platform.'), vendor);
	assert.doesNotMatch(vendor, /\ba OpenRouter|deleted|revoked/);
	const replaced = await walk401('key_replaced');
	assert.ok(replaced.includes('Something between here and DeepSeek replaced the key: this tool sent one ending …cdef, DeepSeek received one ending …3210.'), replaced);
	assert.doesNotMatch(replaced, /your program sends|this key:|revoked/);
	const cut = await walk401('invalid_key', 'sk-0123456789abcd');
	assert.ok(cut.includes('This key has 17 characters, and a DeepSeek key has 35: part of it was lost or added when it was copied.'), cut);
	assert.doesNotMatch(cut, /deleted|another account/);
	const plain = await walk401('invalid_key');
	assert.ok(plain.includes('DeepSeek received this very key (…cdef) and refuses it: it was deleted, or it belongs to another account'), plain);
});

test('a 401 (100×30): the key check\'s row gives its verdict in one sentence, and why is said once, in the line under it', async () => {
	const w = await world('invalid_key');
	await session(
		w,
		async app => {
			await app.choose('They fail with something else');
			await app.choose('401 Authentication Fails');
			await app.choose('The key in DEEPSEEK_API_KEY');
			const screen = await app.waitFor('What to do:');
			assert.match(screen, /^✖ Authentication: Rejected \(401\)\.$/m, screen);
			assert.equal(flat(screen).match(/received this very key \(…cdef\) and refuses it/g)?.length, 1, screen);
			assert.match(flat(screen), /DeepSeek received this very key \(…cdef\) and refuses it: it was deleted, or it belongs to another account/);
		},
		{},
		{columns: 100, rows: 30},
	);
});

test('letters typed faster than they are read all count: "jj" moves twice, "j" and Enter pick; a paste on a menu does nothing', async () => {
	const w = await world('ok');
	await session(w, async app => {
		await app.press('jj');
		assert.match(focusedLabel(app.lastFrame()), /Check my balance/);
		await app.press('kjk');
		assert.match(focusedLabel(app.lastFrame()), /They fail with something else/);
		await app.press('sk-not-a-key-but-a-paste-with-q-and-j-in-it');
		assert.match(focusedLabel(app.lastFrame()), /They fail with something else/, 'a paste moves nothing and quits nothing');
		await app.press('j\r');
		await app.waitFor('Which API key should be checked?');
	});
});

test('sentences: the key question without a program, a zero alert, the base-URL field, the mail action', async () => {
	const w = await world('ok');
	await session(w, async app => {
		await app.choose('Check my balance');
		await app.waitFor('Which API key should be checked?');
		assert.doesNotMatch(app.lastFrame(), /does it use/, 'no program was asked about');
		await app.choose('The key in DEEPSEEK_API_KEY');
		await app.choose('Set a low-balance alert');
		await app.waitFor('Warn me when');
		await app.type('0.00');
		await app.press(keys.enter);
		await app.waitFor('An alert under 0 would never go off: type an amount above 0, such as 10.');
		await app.press(keys.escape);
		await app.press(keys.escape);
		await app.press(keys.escape);
		await app.press(keys.escape);
		await app.choose('My calls fail with 402');
		await app.choose('My own code');
		await app.choose('Another address');
		const field = flat(await app.waitFor('Type the base URL'));
		assert.ok(field.includes("For example https://api.deepseek.com, or your relay's address. Plain http:// only for this computer (localhost, 127.0.0.1)"), field);
		await app.type('http://gateway.example.org/v1');
		await app.press(keys.enter);
		await app.waitFor('Plain http:// would send your key to gateway.example.org unencrypted');
	});
	const support = await world('probe_402');
	const opened: string[] = [];
	await session(
		support,
		async app => {
			await walk402(app);
			await app.choose('No, skip it');
			await app.choose('None of these');
			await app.choose('Write to support (api-service@deepseek.com)');
			const notice = flat(await app.waitFor('in your mail app'));
			assert.ok(notice.includes('Opening a new e-mail to api-service@deepseek.com in your mail app.'), notice);
			assert.doesNotMatch(notice, /browser/);
			assert.deepEqual(opened, ['mailto:api-service@deepseek.com']);
		},
		{openUrl: async url => void opened.push(url)},
	);
});

test('DeepSeek\'s status page in trouble, the 402 path (60 × 20): the status row names the component in English, once, and in Chinese as the page does, once', async () => {
	const rows = {en: '✖ DeepSeek status: full outage (API service).', 'zh-CN': '✖ DeepSeek 服务状态：全面中断，API 服务不可用。'};
	await result402InBothLanguages('status_outage_api_down', {columns: 60, rows: 20}, (leaf, language) => assert.ok(leaf.split('\n').includes(rows[language]), leaf));
});

test('a 429 to the paid test call, the 402 path (60 × 18): the test call row, cut to one row, starts with the status it got, in both languages, and the Chinese is cut after a whole word', async () => {
	// The row says only the status and the service's words (the meaning is the line under it): at 60 × 20 the
	// Chinese fits whole; two rows fewer, it is cut after the service's first whole word.
	const rows = {en: /^✖ Test call: HTTP 429 — a 1-token call to deepseek-v4-flash…$/m, 'zh-CN': /^✖ 测试调用：HTTP 429，deepseek-v4-flash 的调用被拒绝：“Your…$/m};
	await result402InBothLanguages('rate_limited_balance', {columns: 60, rows: 18}, (leaf, language) => assert.match(leaf, rows[language], leaf), true);
});

test('DeepSeek down, every check (40 × 15): the Authentication row, cut to one row, starts with the HTTP 503 it got, in both languages', async () => {
	const rows = {en: /^! Authentication: HTTP 503 when listing…$/m, 'zh-CN': /^! 身份验证：HTTP 503，列出模型失败…$/m};
	await resultInBothLanguages('status_outage_api_down', {columns: 40, rows: 15}, async app => walkEveryCheck(app), (leaf, language) => assert.match(leaf, rows[language], leaf));
});
