// The real wizard driven to the leaves the other wizard tests do not reach: what the user
// reads there (title, advice, links) and what the fake saw (paid calls, the base URL).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {loadSettings} from '../../source/settings/index.js';
import {setLanguage} from '../../source/messages/language.js';
import {wizardText} from '../../source/messages/wizard.js';
import {glyphs} from '../../source/text/glyphs.js';
import {fakeKey, startFake, type ScenarioName} from '../fake/server.js';
import {assertFits, chatCalls, drive, firstFixShown, flat, focusedLabel, keys, leftOnTerminal, relayInOpenAiVariables, session, squeezed, walk402, walk402PaidCall, walkEveryCheck, walkToSupportAfterPaidCall, world, type Driven} from './helpers.js';

test('402 with money on the account, no test call, "my payment was declined": a failed payment adds nothing', async () => {
	const w = await world('probe_402');
	await session(w, async app => {
		await walk402(app);
		await app.choose('No, skip it');
		await app.waitFor('Which of these fits best?');
		await app.choose('My payment was declined, or my card expired');
		const leaf = flat(await app.waitFor('A declined or expired payment adds nothing'));
		assert.match(leaf, /› Balance check › Permission › Money left, still 402 › Payment failed/);
		assert.ok(leaf.includes('A top-up with a declined or expired card, or a cancelled wallet payment, never reaches the balance: check its state on the transactions page.'), leaf);
		assert.ok(leaf.includes('Pay again with another method. Nothing is charged later by itself: there is no stored plan and no auto-reload.'), leaf);
		assert.ok(leaf.includes('https://platform.deepseek.com/transactions'), leaf);
		assert.ok(leaf.includes('https://platform.deepseek.com/top_up'), leaf);
		assert.equal(chatCalls(w).length, 0, 'no paid call without a yes');
	});
});

test('402 reported, yes to the test call, and it works: the test call worked, after exactly one 1-token call', async () => {
	const w = await world('ok');
	await session(w, async app => {
		await walk402(app);
		await app.waitFor('May I make one real call');
		await app.choose('Yes, make the one paid test call');
		await app.waitFor('Which model does your program call?');
		await app.choose('deepseek-v4-flash');
		const leaf = flat(await app.waitFor('The test call worked: DeepSeek takes calls from here'));
		assert.ok(leaf.includes('With this key and base URL a 1-token call just succeeded, so DeepSeek is not refusing you now.'), leaf);
		assert.ok(leaf.includes('A 402 your program got before a top-up arrived will not come back: retry it now. If it still gets 402, it uses another key or base URL (a relay?).'), leaf);
		assert.ok(leaf.includes('https://platform.deepseek.com/usage'), leaf);
		assert.equal(chatCalls(w).length, 1, 'exactly one paid call');
		assert.match(chatCalls(w)[0]?.body ?? '', /"max_tokens":1/);
		await app.press('q');
		assert.equal(await app.exited, 0, 'nothing is wrong');
	});
});

test('run every check with yes to the paid call: the call is made once and the run ends fine', async () => {
	const w = await world('ok');
	await session(w, async app => {
		await app.choose('Run every check');
		await app.choose('The key in DEEPSEEK_API_KEY');
		const consent = flat(await app.waitFor('Include the one paid test call?'));
		assert.ok(consent.includes("The call uses the service's default model, picked from those it lists."), consent);
		assert.equal(chatCalls(w).length, 0, 'nothing paid before the yes');
		await app.choose('Yes, make the one paid test call');
		const leaf = await app.waitFor('No problem found', 8000);
		assert.match(leaf, /^Start › All checks › Key › Permission › Checks › All good$/m);
		assert.equal(chatCalls(w).length, 1, 'exactly one paid call');
		assert.match(chatCalls(w)[0]?.body ?? '', /"max_tokens":1/);
		await app.press('q');
		assert.equal(await app.exited, 0);
	});
});

test('all good at 40 × 15: "No problem found" once, and the balance under it with its numbers (the summary is not said again)', async () => {
	const w = await world('ok');
	await session(
		w,
		async app => {
			await walkEveryCheck(app);
			const leaf = await app.waitFor('No problem found', 8000);
			assert.equal(leaf.split('No problem found').length - 1, 1, leaf);
			assert.match(flat(leaf), /✔ Balance: 47\.44 CNY \(granted 0\.00, topped up 47\.44\)/);
			assertFits(app, 40, 15);
		},
		{},
		{columns: 40, rows: 15},
	);
});

test('an answer that refuses the request itself (a 400 "Content Exists Risk" to the test call): DeepSeek\'s content moderation, neither key nor balance; reword it first, the report and support after; the test call\'s row not said twice', async () => {
	const w = await world('content_risk');
	await session(w, async app => {
		await app.choose('Run every check');
		await app.choose('The key in DEEPSEEK_API_KEY');
		await app.choose('Yes, make the one paid test call');
		const screen = await app.waitFor('content moderation refused', 8000);
		const leaf = flat(screen);
		// The first fix says what the summary says to do; support comes after it.
		const change = leaf.indexOf('→ Reword or leave out what the moderation flagged (in the prompt, the system prompt, an attached file or earlier turns your app sends again), then try again');
		assert.ok(change !== -1 && change < leaf.indexOf('→ Write to DeepSeek support'), screen);
		// The test call's row says what the call got, on one row, above the summary that says what it means.
		const lines = screen.split('\n');
		const row = lines.findIndex(line => line.startsWith('✖ Test call:'));
		assert.equal(lines[row]?.trimEnd(), '✖ Test call: HTTP 400 — a 1-token call to deepseek-v4-flash was refused with "Content Exists Risk".', screen);
		assert.match(lines[row + 1] ?? '', /^[✔✖⚠○]/, screen);
		assert.match(leaf, /Start › All checks › Key › Permission › Checks › Content refused/);
		assert.ok(leaf.includes('Content moderation refused the request, not your key or balance'), leaf);
		assert.doesNotMatch(leaf, /No clear cause/, 'no contradiction above the reason');
		assert.ok(leaf.includes('DeepSeek\'s content moderation refused what the request says (HTTP 400 "Content Exists Risk"): not the key or the balance.'), leaf);
		// What to change is said once, by the first fix.
		assert.equal(leaf.split('Reword or leave out').length - 1, 1, leaf);
		assert.ok(leaf.includes('Save the support report below and send it to DeepSeek support: it lists every check and trace id, and no key.'), leaf);
		assert.ok(leaf.includes('api-service@deepseek.com'), leaf);
		assert.ok(leaf.includes('Save a support report'), leaf);
		await app.press('q');
		assert.equal(await app.exited, 1, 'a problem was found');
	});
});

/** The result `walk` leads to in `scenario` fits at 60×20 and at 40×15, and keeps what `keeps` matches. */
async function fitsSmall(scenario: ScenarioName, walk: (app: Driven) => Promise<void>, keeps: readonly RegExp[]) {
	for (const size of [{columns: 60, rows: 20}, {columns: 40, rows: 15}]) {
		await session(
			await world(scenario),
			async app => {
				await walk(app);
				const screen = await app.waitFor('What to do:', 8000);
				assertFits(app, size.columns, size.rows);
				for (const kept of keeps) assert.match(flat(screen), kept, screen);
			},
			{},
			size,
		);
	}
}

test('the refused request after every check with the paid call, at 60×20 and 40×15: the result fits and keeps the first fix', async () => {
	await fitsSmall('content_risk', app => walkEveryCheck(app, true), [/→ Reword or leave out/]);
});

/** Start › 402 › … › yes to the paid call › its model: picked from the list, or typed in (and Enter). */
async function walkToPaidCall(app: Driven, model: {pick: string} | {type: string}) {
	await walk402(app);
	await app.choose('Yes, make the one paid test call');
	if ('pick' in model) {
		await app.choose(model.pick);
		return;
	}
	await app.choose('Another name: type it in');
	await app.waitFor('Type the model name your program sends');
	await app.type(model.type);
	await app.press(keys.enter);
}

/** Start › 402 › … › the paid call with deepseek-chat, which model_listed_not_served lists but does not serve. */
const walkToUnservedModel = (app: Driven) => walkToPaidCall(app, {pick: 'deepseek-chat'});

test('402 path, the model name the program sends typed in (not in the list): the paid call uses it, the model leaf names it, the script command has --model; Esc, a listed name typed in works and is the one remembered', async () => {
	const w = await world('ok');
	await session(w, async app => {
		await walkToPaidCall(app, {type: 'deepseek-chat-v3'});
		const leaf = flat(await app.waitFor('The model "deepseek-chat-v3" is not available at DeepSeek', 8000));
		assert.match(leaf, /› Model › Type model › Test call › Unknown model/);
		assert.ok(leaf.includes('It lists: deepseek-v4-flash, deepseek-v4-pro.'), leaf);
		assert.match(leaf, /Same from a script: deepseek-fix check --probe --model deepseek-chat-v3 --base-url http:\/\/127\.0\.0\.1:\d+/);
		assert.deepEqual(chatCalls(w).map(call => /"model":"([^"]+)"/.exec(call.body ?? '')?.[1]), ['deepseek-chat-v3']);
		// Back at the field, the name typed is there to correct.
		await app.press(keys.escape);
		await app.waitFor('> deepseek-chat-v3');
		for (const _ of 'chat-v3') await app.press(keys.backspace);
		await app.type('v4-pro');
		await app.press(keys.enter);
		await app.waitFor('The test call worked', 8000);
		assert.deepEqual(chatCalls(w).map(call => /"model":"([^"]+)"/.exec(call.body ?? '')?.[1]), ['deepseek-chat-v3', 'deepseek-v4-pro']);
		// Quitting waits for the saves.
		await app.press('q');
		await app.exited;
		assert.equal(loadSettings(w.env).settings.probeModel, 'deepseek-v4-pro', 'the name the test call took is remembered');
	});
});

/** A model name typed in, its test call answered with `seen`, then q (quitting waits for the saves): the settings then. */
async function settingsAfterTyped(scenario: ScenarioName, typed: string, seen: string) {
	const w = await world(scenario);
	let settings = loadSettings(w.env).settings;
	await session(w, async app => {
		await walkToPaidCall(app, {type: typed});
		await app.waitFor(seen, 8000);
		await app.press('q');
		await app.exited;
		settings = loadSettings(w.env).settings;
	});
	return settings;
}

test('a model name typed in that DeepSeek says it does not have is not remembered, so neither the next wizard nor check --probe uses it', async () => {
	const settings = await settingsAfterTyped('ok', 'deepseek-chat-v3', 'The model "deepseek-chat-v3" is not available at DeepSeek');
	assert.equal(settings.lastDiagnosis?.verdict, 'model_not_found', 'the saves at the leaf were made');
	assert.equal(settings.probeModel, undefined, 'the refused name is not remembered');
});

test('a model name typed in that the test call does not refute (402: the money, not the model) is remembered', async () => {
	const settings = await settingsAfterTyped('probe_402', 'deepseek-v4-pro', 'DeepSeek refused the test call with 402');
	assert.equal(settings.probeModel, 'deepseek-v4-pro');
});

test('a model name typed in that no model can have (spaces, or nothing): a sentence under the field, no call; Esc goes back to the model question', async () => {
	const w = await world('ok');
	await session(w, async app => {
		await walkToPaidCall(app, {type: 'deepseek chat'});
		const screen = flat(await app.waitFor('A model name is one word without spaces'));
		assert.ok(screen.includes('> deepseek chat'), 'what was typed stays');
		assert.ok(screen.includes('A model name is one word without spaces, at most 200 characters, such as deepseek-v4-flash.'), screen);
		for (const _ of 'deepseek chat') await app.press(keys.backspace);
		await app.press(keys.enter);
		await app.waitFor('Type the model name first (nothing was entered).');
		assert.equal(chatCalls(w).length, 0, 'nothing paid');
		await app.press(keys.escape);
		const question = await app.waitFor('Which model does your program call?');
		assert.match(question, /❯ Another name: type it in/);
		assert.equal(chatCalls(w).length, 0);
		assert.equal(loadSettings(w.env).settings.probeModel, undefined, 'nothing remembered');
	});
});

test('the app names a model DeepSeek does not have: the model leaf lists the ids, says where the name is set, and the test call again with a listed model works', async () => {
	const w = await world('ok');
	await session(w, async app => {
		await app.choose('Run every check');
		await app.choose('The key in DEEPSEEK_API_KEY');
		const consent = flat(await app.waitFor('Include the one paid test call?'));
		assert.ok(consent.includes('The call uses the model deepseek-gpt (--model).'), consent);
		await app.choose('Yes, make the one paid test call');
		const leaf = flat(await app.waitFor('The model "deepseek-gpt" is not available at DeepSeek', 8000));
		assert.match(leaf, /Start › All checks › Key › Permission › Checks › Unknown model/);
		assert.ok(leaf.includes('DeepSeek does not offer the model "deepseek-gpt" (HTTP 400)'), leaf);
		assert.ok(leaf.includes('It lists: deepseek-v4-flash, deepseek-v4-pro.'), leaf);
		// Where the name is set is the first fix's, said once.
		assert.equal(leaf.split('the "model" parameter of your calls').length - 1, 1, leaf);
		assert.ok(leaf.includes('https://api-docs.deepseek.com/quick_start/pricing'), leaf);
		assert.doesNotMatch(leaf, /No clear cause|api-service@deepseek\.com/);
		assert.equal(chatCalls(w).length, 1);
		await app.choose('Try the test call with a model from its list');
		await app.waitFor('Which model does your program call?');
		await app.choose('deepseek-v4-flash');
		await app.waitFor('The test call worked: DeepSeek takes calls from here', 8000);
		assert.equal(chatCalls(w).length, 2, 'one more paid call, with the picked model');
		assert.match(chatCalls(w)[1]?.body ?? '', /"model":"deepseek-v4-flash"/);
	}, {flags: {model: 'deepseek-gpt'}});
});

test('402 path, the paid call with the model DeepSeek lists but no longer serves (100×30): the model leaf says so without a gateway, the test call\'s row once, where the name is set once; a listed model then works', async () => {
	const w = await world('model_listed_not_served');
	await session(
		w,
		async app => {
			await walkToUnservedModel(app);
			const screen = await app.waitFor('The model "deepseek-chat" is not available at DeepSeek', 8000);
			assertFits(app, 100, 30);
			const leaf = flat(screen);
			assert.match(leaf, /› Model › Test call › Unknown model/);
			assert.ok(leaf.includes('DeepSeek lists the model "deepseek-chat", yet answers that it does not exist (HTTP 400)'), leaf);
			assert.ok(leaf.includes('It lists: deepseek-v4-flash, deepseek-v4-pro.'), leaf);
			assert.doesNotMatch(leaf, /gateway|not open to you/, 'DeepSeek itself routes no model by key');
			// The test call's row says what the call got, on one row; what it means is the summary under it.
			const lines = screen.split('\n');
			const row = lines.findIndex(line => line.startsWith('✖ Test call:'));
			assert.equal(lines[row]?.trimEnd(), '✖ Test call: HTTP 400 — a 1-token call to deepseek-chat was refused with "Model Not Exist".', screen);
			assert.match(lines[row + 1] ?? '', /^ {2}DeepSeek lists/, screen);
			assert.equal(leaf.split('the "model" parameter').length - 1, 1, leaf);
			assert.ok(leaf.includes('Copy the name exactly as the list spells it, capitals included.'), leaf);
			assert.doesNotMatch(screen, /more fix/, screen);
			await app.choose('Try the test call with a model from its list');
			await app.waitFor('Which model does your program call?');
			await app.choose('deepseek-v4-flash');
			await app.waitFor('The test call worked', 8000);
			assert.deepEqual(chatCalls(w).map(call => /"model":"([^"]+)"/.exec(call.body ?? '')?.[1]), ['deepseek-chat', 'deepseek-v4-flash']);
		},
		{},
		{columns: 100, rows: 30},
	);
});

test('the model leaf at 60×20 and 40×15 fits and keeps its title and first fix, whose first row says what to use', async () => {
	// At 40 columns the first fix is cut to one row: it read "→ Set the model your calls name…", which named no model.
	await fitsSmall('model_listed_not_served', walkToUnservedModel, [/The model "deepseek-chat" is not available at DeepSeek/, /→ Use a model the service lists/]);
});

test('a gateway with no channel for the model: the model leaf names it, and a second pick it also refuses comes back to the model leaf, not the relay\'s', async () => {
	const w = await world('one_api_no_channel');
	await session(w, async app => {
		await app.choose('Run every check');
		await app.choose('The key in DEEPSEEK_API_KEY');
		await app.choose('Yes, make the one paid test call');
		const leaf = flat(await app.waitFor('The model "deepseek-chat" is not available at One API', 8000));
		assert.ok(leaf.includes('One API lists the model "deepseek-chat" but refuses it to this key (HTTP 503)'), leaf);
		assert.ok(leaf.includes('Ask whoever runs One API to open that model to your key'), leaf);
		await app.choose('Try the test call with a model from its list');
		await app.waitFor('Which model does your program call?');
		await app.choose('deepseek-reasoner');
		const again = flat(await app.waitFor('The model "deepseek-reasoner" is not available at One API', 8000));
		assert.match(again, /› Test call › Unknown model /);
		assert.equal(chatCalls(w).length, 2);
	});
});

test('an empty balance, "I topped up already", "another login": which key\'s account is empty, and the key to look for', async () => {
	const w = await world('zero_balance');
	await session(w, async app => {
		await walk402(app);
		await app.waitFor('Your DeepSeek balance is empty', 8000);
		await app.choose('I topped up already');
		const asked = flat(await app.waitFor('Which of these fits best?'));
		assert.ok(asked.includes(`The account of the key checked (sk-…${fakeKey.slice(-4)}) has 0.00 CNY: your payment is not on it, or not yet.`), asked);
		await app.choose('I may have paid while logged in another way');
		const leaf = flat(await app.waitFor('The money may be on another account'));
		assert.ok(leaf.includes(`The account listing your key (it ends …${fakeKey.slice(-4)}) is the one to top up`), leaf);
		assert.equal(chatCalls(w).length, 0);
	});
});

test('"Something else / not sure" runs every check', async () => {
	const w = await world('zero_balance');
	await session(w, async app => {
		await app.choose('They fail with something else');
		await app.choose('Something else / not sure: run every check');
		await app.choose('The key in DEEPSEEK_API_KEY');
		await app.choose('No, skip it');
		const leaf = await app.waitFor('✖ Your DeepSeek balance is empty\n', 8000);
		assert.match(leaf, /^Start › Other errors › Key › Permission › Checks › Empty$/m);
		assert.match(leaf, /https:\/\/platform\.deepseek\.com\/top_up/);
		assert.equal(chatCalls(w).length, 0);
	});
});

test('"I\'m not sure" which program: the base URL question says to keep the first one', async () => {
	const w = await world('zero_balance');
	await session(w, async app => {
		await app.choose('My calls fail with 402');
		await app.choose("I'm not sure");
		const ask = flat(await app.waitFor('Which address (base URL) does it send them to?'));
		assert.ok(ask.includes('Not sure? Keep the first one: it is what this computer is set up with.'), ask);
		await app.choose('from DEEPSEEK_BASE_URL');
		await app.choose('The key in DEEPSEEK_API_KEY');
		await app.waitFor('✖ Your DeepSeek balance is empty\n');
	});
});

test('typing a base URL: a wrong one is refused with what to type; the typed one is the one checked', async () => {
	const w = await world('ok');
	const typed = await startFake({scenario: 'zero_balance'});
	try {
		await session(w, async app => {
			await app.choose('My calls fail with 402');
			await app.choose('My own code');
			await app.choose('Another address: type it in');
			await app.waitFor('Type the base URL your program uses, then Enter:');
			await app.type('api.deepseek.com');
			await app.press(keys.enter);
			await app.waitFor('✖ The base URL must start with https://, for example https://api.deepseek.com.');
			for (let index = 0; index < 'api.deepseek.com'.length; index++) await app.press(keys.backspace);
			await app.type(typed.baseUrl);
			await app.press(keys.enter);
			await app.choose('The key in DEEPSEEK_API_KEY');
			const leaf = await app.waitFor('✖ Your DeepSeek balance is empty\n');
			assert.match(leaf, /Start › 402 › Where calls go › Type URL › Key › Key check › Balance check › Empty/);
			assert.ok(typed.requests.some(request => request.path === '/user/balance'), 'the typed base URL was asked');
			assert.ok(!w.fake.requests.some(request => request.path === '/user/balance'), 'not the one from DEEPSEEK_BASE_URL');
		});
	} finally {
		await typed.close();
	}
});

test('auto-reload: there is none, and the alert is offered instead', async () => {
	const w = await world('ok');
	await session(w, async app => {
		await app.choose('Where are plans, auto-reload');
		await app.choose('Auto-reload (automatic top-up)');
		const leaf = flat(await app.waitFor('There is no auto-reload'));
		assert.ok(leaf.includes('DeepSeek does not top up by itself and keeps no card for it. Top up enough at once, and let this tool warn you before the balance runs out.'), leaf);
		assert.ok(leaf.includes('https://platform.deepseek.com/top_up'), leaf);
		await app.choose('Set a low-balance alert');
		await app.waitFor('Warn me when the balance is under (amount in CNY):');
	});
});

test('start over from a leaf: back at the start, the last answer highlighted, and a new path works', async () => {
	const w = await world('zero_balance');
	await session(w, async app => {
		await walk402(app);
		await app.waitFor('✖ Your DeepSeek balance is empty\n');
		await app.choose('Start over');
		const start = await app.waitFor('What is happening?');
		assert.match(start, /❯ My calls fail with 402/);
		assert.match(start, /^Start$/m, 'the breadcrumb is back at the start');
		assert.doesNotMatch(start, /Your DeepSeek balance is empty/);
		await app.choose('Where are plans, auto-reload');
		await app.choose('A plan or subscription');
		const faq = await app.waitFor("DeepSeek's API has no plans or subscriptions");
		assert.match(faq, /^Start › Plans, alerts… › Plans$/m);
	});
});

test('the key committed in the repository, at 40×15: the fix (rotate it) stays; its link, which the first action opens whole, gives way', async () => {
	const w = await world('ok');
	execFileSync('git', ['init', '-q'], {cwd: w.configDir});
	await writeFile(path.join(w.configDir, 'app.py'), `client = OpenAI(api_key="${fakeKey}")\n`);
	execFileSync('git', ['add', 'app.py'], {cwd: w.configDir});
	await session(
		w,
		async app => {
			await walkEveryCheck(app);
			const leaf = await app.waitFor('Your API key is committed', 8000);
			assert.match(leaf, /^What to do:$/m, leaf);
			assert.ok(flat(leaf).includes('→ Rotate the key: delete it and create a new one on the API keys page (never commit keys)'), leaf);
			assert.doesNotMatch(leaf, /^ *(https:\/\/)?platform\.deepseek\.com\/api_keys$/m, 'the link the action opens gives way first');
			assert.match(leaf, /^❯ Open platform\.deepseek\.com\/api_keys$/m, 'the action, with the whole link');
			assert.match(leaf, /Found in app\.py, line 1/, leaf);
			assertFits(app, 40, 15);
		},
		{},
		{columns: 40, rows: 15},
	);
});

test('a request refused by DeepSeek\'s content moderation (100×30): rewording it comes first, the support fix with the trace id after it, both on screen (what to change is said once), whole in the record, and the trace id can be copied', async () => {
	const w = await world('content_risk');
	await session(
		w,
		async app => {
			await walkEveryCheck(app, true);
			const leaf = await app.waitFor('What to do:', 8000);
			assert.match(leaf, /Content moderation refused the request/);
			assert.match(leaf, /→ Reword or leave out/);
			// The test call's row is cut to one row (the summary restates it), and the summary leaves what to change to the first fix: the support fix, where the trace id is read, fits.
			assert.match(flat(leaf), /→ Write to DeepSeek support \(api-service@deepseek\.com\) with trace id [0-9a-f]{32}/, leaf);
			assert.doesNotMatch(leaf, /more fix/, leaf);
			assertFits(app, 100, 30);
			assert.match(leaf, /Copy the trace id/);
			await app.press('q');
			await app.exited;
			// What stays: the first fix, and the trace id support needs.
			const record = flat(leftOnTerminal(app));
			assert.ok(record.includes('→ Reword or leave out'), record);
			assert.match(record, /Trace id, for support: [0-9a-f]{32}/, record);
		},
		{},
		{columns: 100, rows: 30},
	);
});

test('402 with money left, the test call refused, "none of these": the record keeps the support fix with its trace id, and the trace id once', async () => {
	const w = await world('probe_402');
	await session(w, async app => {
		await walkToSupportAfterPaidCall(app);
		await app.waitFor('This needs DeepSeek support', 8000);
		await app.press('q');
		await app.exited;
		const record = flat(leftOnTerminal(app));
		const trace = /with trace id ([0-9a-f]{32})/.exec(record)?.[1];
		assert.ok(trace, record);
		assert.equal(record.split(trace).length - 1, 1, record);
	});
});

test('a gateway that banned the user: the relay leaf says so, quotes it, and offers no top-up there', async () => {
	const w = await world('one_api_user_banned');
	await session(w, async app => {
		await app.choose('They fail with something else');
		await app.choose('401 Authentication Fails');
		await app.choose('The key in DEEPSEEK_API_KEY');
		const host = new URL(w.env.DEEPSEEK_BASE_URL!).host;
		const leaf = flat(await app.waitFor(`${host} has blocked your account`, 8000));
		assert.match(leaf, /^Start › Other errors › Key › Key check › Account blocked ✖/);
		assert.ok(leaf.includes(`${host} has blocked your account there (HTTP 403 "用户已被封禁`), leaf);
		assert.ok(leaf.includes(`Ask whoever runs ${host} to lift the block on your account`), leaf);
		assert.doesNotMatch(leaf, /Top up/);
		assert.equal(chatCalls(w).length, 0);
		// The line under the title quotes the refusal: the rows that met it (the key check's, the balance reading's) take one row each, not it again.
		assert.match(leaf, /✖ Balance: Refused \(HTTP 403\) with "用户已被封禁[^"]*"… /, leaf);
		assert.doesNotMatch(leaf, /only whoever runs the service can lift that/, leaf);
	});
});

test('a gateway that banned the user, reached by "Check my balance": the balance reading\'s 403 says the block, and the result is the same as on the 401 path', async () => {
	const w = await world('one_api_user_banned');
	await session(w, async app => {
		await app.choose('Check my balance');
		await app.choose('The key in DEEPSEEK_API_KEY');
		const host = new URL(w.env.DEEPSEEK_BASE_URL!).host;
		const leaf = flat(await app.waitFor(`${host} has blocked your account`, 8000));
		assert.ok(leaf.includes(`${host} has blocked your account there (HTTP 403 "用户已被封禁`), leaf);
		assert.ok(leaf.includes(`Ask whoever runs ${host} to lift the block on your account`), leaf);
		assert.doesNotMatch(leaf, /Top up/);
		assert.doesNotMatch(leaf, /only whoever runs the service can lift that/, 'the balance row takes one row under the line that says it');
	});
});

test('a gateway that disabled the token: the relay leaf says so and points to its console, not to a top-up', async () => {
	const w = await world('one_api_token_disabled');
	await session(w, async app => {
		await walkEveryCheck(app);
		const host = new URL(w.env.DEEPSEEK_BASE_URL!).host;
		const leaf = flat(await app.waitFor(`${host} no longer takes this token (disabled or expired)`, 8000));
		assert.ok(leaf.includes(`Enable this token again in ${host}'s console, or make a new one there`), leaf);
		// Its link, as check gives it, and Enter opens it.
		assert.ok(leaf.includes(`there http://${host}/token`), leaf);
		assert.match(leaf, new RegExp(`❯ Open ${host.replaceAll('.', '\\.')}/token`), leaf);
		assert.match(leaf, /› Token unusable ✖/, 'the crumb says what the title says');
		assert.doesNotMatch(leaf, /Top up/);
	});
});

test('a gateway token past its expiry, on the 401 path: the title names the day and the fix extends the token, as check says, not "enable it again"', async () => {
	const w = await world('new_api_token_expired');
	await session(w, async app => {
		await app.choose('They fail with something else');
		await app.choose('401 Authentication Fails');
		await app.choose('The key in DEEPSEEK_API_KEY');
		const host = new URL(w.env.DEEPSEEK_BASE_URL!).host;
		const leaf = flat(await app.waitFor(`${host} no longer takes this token: it expired on 2026-01-01`, 8000));
		assert.ok(leaf.includes(`Extend this token's expiry in ${host}'s console, or make a new one there`), leaf);
		assert.doesNotMatch(leaf, /disabled or expired|Enable this token again/, leaf);
		// The title says the day: the line under it does not say it again.
		assert.ok(leaf.includes('It refuses every call with this token, whatever quota it has left.'), leaf);
		assert.doesNotMatch(leaf, /This token expired on 2026-01-01, as/, leaf);
		assert.match(leaf, /› Token unusable ✖/);
	});
});

test('402, yes to the test call, and DeepSeek takes it (HTTP 200) but sends no answer: no "5xx" title, ✖ over the ✖ test call as check exits 1, and retrying later comes first, as check says', async () => {
	for (const scenario of ['empty_200', 'queue_timeout_200'] as const) {
		const w = await world(scenario);
		await session(w, async app => {
			await walk402PaidCall(app);
			const leaf = flat(await app.waitFor('What to do:'));
			assert.match(leaf, /✖ HTTP 200, but no answer from DeepSeek/, leaf);
			// Not "5xx" above it: no 5xx came.
			assert.match(leaf, /^Start › .*› No answer ✖/, leaf);
			assert.match(leaf, /DeepSeek accepted the call but/, leaf);
			assert.doesNotMatch(leaf, /5xx errors|500 Server Error and 503/, leaf);
			assert.match(leaf, /What to do: → Retry later, with exponential backoff/, leaf);
		});
	}
});

test('402, yes to the test call, it works while DeepSeek\'s status page shows "degraded" (60×20): the ⚠ title comes with the line that says why (that row was on an earlier screen)', async () => {
	const w = await world('status_degraded');
	await session(
		w,
		async app => {
			await walk402PaidCall(app);
			const leaf = flat(await app.waitFor('What to do:'));
			assert.match(leaf, /⚠ The test call worked: DeepSeek takes calls from here/, leaf);
			assert.match(leaf, /Also seen: DeepSeek status: degraded/, leaf);
		},
		{},
		{columns: 60, rows: 20},
	);
});

test('401 through new-api with a used-up token: the 401 says only 无效的令牌, the gateway\'s usage reading says the token is used up, and the result says so, as check does', async () => {
	const w = await world('new_api_exhausted');
	await session(w, async app => {
		await app.choose('They fail with something else');
		await app.choose('401 Authentication Fails');
		await app.choose('The key in DEEPSEEK_API_KEY');
		const leaf = flat(await app.waitFor('What to do:', 8000));
		assert.match(leaf, /the key or token you use there has run out of credit/, leaf);
		assert.match(leaf, /✖ Balance: .*used up \(0\.00 USD left\)/, leaf);
		assert.match(leaf, /Ask whoever runs the gateway to top up your token/, leaf);
		assert.equal(chatCalls(w).length, 0);
	});
});

test('the 5xx result at 40×15: the docs link the first action opens gives its rows to the explanation, whole, and is never broken over two rows; at 100×30 it is drawn', async () => {
	for (const size of [{columns: 40, rows: 15}, {columns: 100, rows: 30}]) {
		await session(
			await world('server_error'),
			async app => {
				await app.choose('They fail with something else');
				await app.choose('500 Server Error or 503');
				const leaf = await app.waitFor('What to do:', 8000);
				assert.ok(flat(leaf).includes("500 Server Error and 503 Server Overloaded are problems on DeepSeek's side, not your key or balance."), leaf);
				assert.match(leaf, /→ Retry later/, leaf);
				// Too wide for a row at 40 columns: the page in words, never the link cut.
				assert.match(leaf, size.columns === 40 ? /^❯ Open the error codes page$/m : /^❯ Open api-docs\.deepseek\.com\/quick_start\/error_codes$/m, leaf);
				if (size.columns === 40) assert.doesNotMatch(leaf, /quick_start\/er$|^ *ror_codes$/m, 'no link broken over rows');
				else assert.match(leaf, /^ +https:\/\/api-docs\.deepseek\.com\/quick_start\/error_codes$/m, 'a wide window keeps the link');
				assertFits(app, size.columns, size.rows);
			},
			{},
			size,
		);
	}
});

test('the 429 result at a proxy on this computer, at 40×15: the paid call\'s label says what it is for on one row', async () => {
	await session(
		await world('gateway_upstream_unreachable'),
		async app => {
			await app.choose('They fail with something else');
			await app.choose('429 Rate Limit Reached');
			await app.choose('The key in DEEPSEEK_API_KEY');
			const leaf = await app.waitFor('What to do:', 8000);
			assert.match(leaf, /^ {2}See what a real call gets \(paid call\)$/m, leaf);
			assertFits(app, 40, 15);
		},
		{},
		{columns: 40, rows: 15},
	);
});

test('every check, nothing blocks but the balance is low, at 40×15: the warning the title counts is on the screen above the fix, not left out for more actions', async () => {
	await session(
		await world('low_balance'),
		async app => {
			await walkEveryCheck(app);
			const leaf = await app.waitFor('What to do:', 8000);
			assert.match(leaf, /^⚠ Nothing blocks your calls, but 1$/m, leaf);
			assert.match(leaf, /^⚠ Balance: 0\.35 CNY/m, leaf);
			assert.match(leaf, /→ Top up your balance/, leaf);
			assertFits(app, 40, 15);
		},
		{},
		{columns: 40, rows: 15},
	);
});

test('a charge still being settled at a service known by its address, at 40×15 in English and Chinese: the first fix whole (wait, then whom to ask), and whom to ask said once (check\'s second fix, DeepSeek\'s base URL, is the one left out)', async () => {
	try {
		for (const [language, whom] of [['en', 'ask whoever runs the service at'], ['zh-CN', '请联系']] as const) {
			setLanguage(language);
			const w = await world('gateway_charge_settling');
			const app = drive(w.props(), {columns: 40, rows: 15});
			try {
				await app.waitFor(wizardText.start.question, 5000);
				await walkEveryCheck(app, true);
				// The result drawn down to its menu, the pointer on "Check again" below its fixes, in one
				// frame (each frame is written whole, and the result is not redrawn after it).
				const leaf = await app.waitFor(new RegExp(`^${wizardText.ui.fixHeading}[\\s\\S]*^ *${glyphs.pointer} ${wizardText.actions.checkAgainPaid.slice(0, 8)}`, 'm'), 8000);
				const host = new URL(w.fake.baseUrl).host;
				const fix = firstFixShown(leaf);
				assert.ok(squeezed(fix).endsWith(squeezed(language === 'en' ? `at ${host}` : `${host} 上这个服务的管理员`)), `the first fix whole:\n${leaf}`);
				assert.ok(squeezed(fix).includes(squeezed(whom)), leaf);
				// One more fix (DeepSeek's base URL): not "tell whoever runs it" again.
				assert.match(flat(leaf), language === 'en' ? /↓ 1 more fix in a taller window/ : /另有 1 条解决办法/, leaf);
			} finally {
				app.unmount();
				await w.close();
			}
		}
	} finally {
		setLanguage('en');
	}
});

test('a charge still being settled at a gateway (402 credit_unresolved), after the paid call: waiting and checking again is the way on, so "Check again" comes first, before "Also check my DeepSeek account"', async () => {
	const w = await world('gateway_charge_settling');
	await session(
		w,
		async app => {
			await walkEveryCheck(app, true);
			const leaf = await app.waitFor('is still settling an earlier charge', 8000);
			assert.equal(focusedLabel(leaf), '❯ Check again (another paid test call)', leaf);
			assert.match(flat(leaf), /❯ Check again \(another paid test call\) Also check my DeepSeek account/, leaf);
		},
		{},
		{columns: 100, rows: 30},
	);
});

test('a request DeepSeek refuses (400 after the paid call), at 100×30 and 40×15, in English and Chinese: Enter opens the first fix\'s link, DeepSeek\'s error codes page, not support\'s address (the next fix\'s)', async () => {
	for (const size of [{columns: 100, rows: 30}, {columns: 40, rows: 15}]) {
		for (const [language, fixesHeading] of [['en', 'What to do:'], ['zh-CN', '解决办法：']] as const) {
			setLanguage(language);
			const w = await world('content_risk');
			const opened: string[] = [];
			const app = drive(w.props({openUrl: async url => void opened.push(url)}), size);
			try {
				await walkEveryCheck(app, true);
				const leaf = await app.waitFor(fixesHeading, 8000);
				assert.doesNotMatch(focusedLabel(leaf), /api-service@deepseek\.com|support|客服/, leaf);
				await app.press(keys.enter);
				assert.deepEqual(opened, ['https://api-docs.deepseek.com/quick_start/error_codes'], `${size.columns}×${size.rows} ${language}`);
				assertFits(app, size.columns, size.rows);
			} finally {
				app.unmount();
				setLanguage('en');
				await w.close();
			}
		}
	}
});

test('the 401 path with a relay in OPENAI_BASE_URL: it asks which address first, and checks the token in OPENAI_API_KEY there, not at DeepSeek', async () => {
	const {w, relay} = await relayInOpenAiVariables('one_api_token_disabled');
	await session(w, async app => {
		await app.choose('They fail with something else');
		await app.choose('401 Authentication Fails');
		const question = flat(await app.waitFor('Which address (base URL) should be checked?'));
		assert.ok(question.includes('Tools that read OPENAI_BASE_URL send calls to a different address from the one in use: pick the one to check.'), question);
		await app.choose('from OPENAI_BASE_URL');
		const menu = flat(await app.waitFor('Which API key should be checked?'));
		assert.match(menu, /❯ The key in OPENAI_API_KEY \(sk-…cdef\)/, 'first, under the cursor');
		await app.choose('The key in OPENAI_API_KEY');
		const host = new URL(relay).host;
		const leaf = flat(await app.waitFor(`${host} no longer takes this token (disabled or expired)`, 8000));
		assert.ok(!leaf.includes(fakeKey), 'never whole');
		assert.ok(w.fake.requests.some(request => request.path === '/v1/models'), 'checked at the relay');
	});
});
