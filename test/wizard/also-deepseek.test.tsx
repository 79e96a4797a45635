// "Also check my DeepSeek account", offered on a relay's result: the key question names the key the
// relay got as that service's (it is often the one in DEEPSEEK_API_KEY, offered first; the cursor then
// starts on "Paste a key", so that Enter never sends that service's key to DeepSeek), DeepSeek's
// answer with money, without, and to a key it refuses, and Esc back to the question. OpenRouter is
// played on its own host (map-hosts.mjs); DeepSeek's own API by a second fake.
import '../helpers/map-hosts.mjs';
import {test, afterEach} from 'node:test';
import assert from 'node:assert/strict';
import {setLanguage} from '../../source/messages/language.js';
import {loadSettings} from '../../source/settings/index.js';
import {wizardText} from '../../source/messages/wizard.js';
import {fakeKey, startFake, type ScenarioName} from '../fake/server.js';
import {assertFits, drive, flat, flatIn, focusedLabel, keys, walk402, world, type Driven, type World, pasteKey} from './helpers.js';

afterEach(() => setLanguage('en'));

/** A DeepSeek-shaped key that is not the fake's: DeepSeek refuses it with 401 (built from pieces: no key-shaped string is committed). */
const otherKey = 'sk-' + 'f'.repeat(28) + '9876';

/** OpenRouter's 402 (the key's limit used up), with DeepSeek's own API playing `deepseek`. */
async function behindOpenRouter(
	deepseek: ScenarioName,
	run: (app: Driven, deepseekRequests: () => string[], w: World) => Promise<void>,
	language: 'en' | 'zh-CN' = 'en',
	relay: ScenarioName = 'openrouter_limit_zero',
	size = {columns: 60, rows: 20},
): Promise<void> {
	const w = await world(relay);
	const own = await startFake({scenario: deepseek});
	setLanguage(language);
	const app = drive(w.props({deepseekBaseUrl: own.baseUrl}), size);
	try {
		await app.waitFor(language === 'en' ? 'What is happening?' : '遇到了什么情况？');
		await run(app, () => own.requests.map(request => request.path), w);
		for (const frame of app.frames()) assert.ok(!frame.includes(fakeKey) && !frame.includes(otherKey), `no key whole:\n${frame}`);
	} finally {
		app.unmount();
		await own.close();
		await w.close();
	}
}

/** walk402 in Chinese: 402 › my own code › the base URL in DEEPSEEK_BASE_URL › the key in DEEPSEEK_API_KEY. */
async function walk402Zh(app: Driven): Promise<void> {
	await app.choose('调用失败，报 402');
	await app.choose('我自己的代码');
	await app.choose('DEEPSEEK_BASE_URL）');
	await app.choose('DEEPSEEK_API_KEY 里的 key');
}

test('the DeepSeek key question says the key in use went to OpenRouter; a refused DeepSeek key, then Esc back to the question, then DeepSeek with money', async () => {
	await behindOpenRouter('ok', async (app, deepseekRequests) => {
		await walk402(app);
		await app.waitFor('Your OpenRouter key has used up its credit limit');
		await app.choose('Also check my DeepSeek account');
		const ask = await app.waitFor('Which key of your DeepSeek account should be checked?');
		assert.match(flat(ask), /sk-…cdef is the key you use with OpenRouter\. Now a key from your DeepSeek account \(platform\.deepseek\.com\)\./, ask);
		// Still offered first, but the relay's key: Enter would send it to DeepSeek as if it were a DeepSeek key.
		assert.match(ask, /^ {2}The key in DEEPSEEK_API_KEY \(sk-…cdef\)$/m, ask);
		assert.equal(focusedLabel(ask), '❯ Paste a key (hidden as you type)', ask);
		await pasteKey(app, otherKey);
		const refused = await app.waitFor('DeepSeek does not accept this key (401)');
		assert.match(refused, /DeepSeek check › Key refused/);
		// The Balance row does not give the 401 again under Authentication's.
		assert.match(refused, /Balance: Key refused, so not read \(see Authentication\)\./, refused);
		// The key was picked for this check, not sent by the tool (its calls go to OpenRouter): finding the account's key comes first.
		assert.match(flat(refused), /What to do: → Find the right key, or create a new one/, refused);
		assert.doesNotMatch(flat(refused), /Check which key your tool really sends/, refused);
		assert.match(flat(refused), /DeepSeek received this very key \(…9876\)/);
		assert.deepEqual(deepseekRequests().filter(path => path === '/user/balance').length, 1, 'DeepSeek itself was asked');
		// Back: the pasted key's field, then the question, which still names the key OpenRouter got (not the pasted one).
		await app.press(keys.escape);
		await app.waitFor('Paste the key, then press Enter');
		await app.press(keys.escape);
		const again = await app.waitFor('Which key of your DeepSeek account should be checked?');
		assert.match(flat(again), /sk-…cdef is the key you use with OpenRouter\./, again);
		await app.choose('The key in DEEPSEEK_API_KEY');
		const fine = await app.waitFor('Your DeepSeek account is fine: 47.44 CNY');
		assert.match(flat(fine), /So OpenRouter refuses your calls, not DeepSeek: money on your DeepSeek account does not pay for calls there\./);
		// The account can take the calls: at DeepSeek's own address, the first step (not its usage page).
		assert.match(flat(fine), /What to do: → To use your DeepSeek account, set the base URL to https:\/\/api\.deepseek\.com/, fine);
	});
});

test('in Chinese: the question names the key OpenRouter got, and DeepSeek\'s empty balance is DeepSeek\'s', async () => {
	await behindOpenRouter(
		'zero_balance',
		async app => {
			await walk402Zh(app);
			await app.waitFor('你的 OpenRouter key 已达到额度上限');
			await app.choose('也检查我的 DeepSeek 账号');
			const ask = await app.waitFor('要检查你 DeepSeek 账号的哪个 key？');
			// Chinese wraps anywhere: read it without the line breaks (and so without spaces).
			assert.match(ask.replace(/\s+/g, ''), /sk-…cdef是你在OpenRouter用的key。这里要用你DeepSeek账号（platform\.deepseek\.com）里的key。/, ask);
			await app.choose('DEEPSEEK_API_KEY 里的 key');
			const empty = await app.waitFor('你的 DeepSeek 余额已用完');
			assert.match(empty, /检查 DeepSeek › 余额为零/);
		},
		'zh-CN',
	);
});

test('in Chinese, Volcengine Ark in arrears and money at DeepSeek: the DeepSeek result names 火山方舟 as the one refusing, and that DeepSeek\'s money does not pay there', async () => {
	await behindOpenRouter(
		'ok',
		async app => {
			await walk402Zh(app);
			await app.waitFor('你的调用发往火山方舟，不是 DeepSeek');
			await app.choose('也检查我的 DeepSeek 账号');
			await app.waitFor('要检查你 DeepSeek 账号的哪个 key？');
			await app.choose('DEEPSEEK_API_KEY 里的 key');
			const fine = await app.waitFor('你的 DeepSeek 账号没问题：47.44 CNY');
			assert.ok(fine.replace(/\s+/g, '').includes('所以拒绝调用的是火山方舟，不是DeepSeek：DeepSeek账号里的钱付不了发往那里的调用。'), fine);
			assert.doesNotMatch(fine, /Volcengine|中间的服务/, fine);
		},
		'zh-CN',
		'ark_overdue',
	);
});

test('"Remember these settings" after DeepSeek\'s own check keeps what the failing calls use: the relay\'s base URL and its key\'s source', async () => {
	await behindOpenRouter('ok', async (app, _requests, w) => {
		await walk402(app);
		await app.waitFor('Your OpenRouter key has used up its credit limit');
		await app.choose('Also check my DeepSeek account');
		await app.waitFor('Which key of your DeepSeek account should be checked?');
		// DeepSeek's check gets a pasted key; the calls that fail use the one in DEEPSEEK_API_KEY.
		await pasteKey(app, otherKey);
		await app.waitFor('DeepSeek does not accept this key (401)');
		// The pasted key is DeepSeek's, not the one the calls use: remembered, the next run would send it to the relay.
		const labels: string[] = [];
		for (let moves = 0; moves < 15; moves++) {
			labels.push(focusedLabel(app.lastFrame()));
			await app.press(keys.down);
		}
		for (let moves = 0; moves < 15; moves++) await app.press(keys.up);
		assert.ok(labels.some(label => label.includes('Remember these settings')), labels.join('\n'));
		assert.ok(!labels.some(label => label.includes(wizardText.actions.rememberKey)), labels.join('\n'));
		await app.choose('Remember these settings');
		await app.waitFor('Remembered the base URL');
		const {settings} = loadSettings(w.env);
		// Not DeepSeek's address, which the next run would check instead of the service the calls go to.
		assert.equal(settings.baseUrl, w.env['DEEPSEEK_BASE_URL']);
		assert.equal(settings.keySource, 'env');
	});
});

test('where the relay was checked with a pasted key, the DeepSeek key question starts on the first answer: the key in DEEPSEEK_API_KEY is not the one the relay took', async () => {
	await behindOpenRouter('ok', async app => {
		await app.choose('My calls fail with 402');
		await app.choose('My own code');
		await app.choose('from DEEPSEEK_BASE_URL');
		await pasteKey(app, fakeKey);
		await app.waitFor('Your OpenRouter key has used up its credit limit');
		await app.choose('Also check my DeepSeek account');
		const ask = await app.waitFor('Which key of your DeepSeek account should be checked?');
		assert.match(focusedLabel(ask), /^❯ The key in DEEPSEEK_API_KEY/, ask);
	});
});

test('a one-api gateway on this computer, known by its answers only: DeepSeek\'s result names it "One API" as its own result did, not its address; in English and Chinese', async () => {
	for (const language of ['en', 'zh-CN'] as const) {
		await behindOpenRouter(
			'ok',
			async (app, _requests, w) => {
				await (language === 'en' ? walk402(app) : walk402Zh(app));
				await app.waitFor('One API');
				await app.choose(language === 'en' ? 'Also check my DeepSeek account' : '也检查我的 DeepSeek 账号');
				await app.choose(language === 'en' ? 'The key in DEEPSEEK_API_KEY' : 'DEEPSEEK_API_KEY 里的 key');
				const fine = flat(await app.waitFor(language === 'en' ? 'Your DeepSeek account is fine' : '你的 DeepSeek 账号没问题', 10_000));
				const said = language === 'en' ? 'So One API refuses your calls, not DeepSeek' : '所以拒绝调用的是OneAPI，不是DeepSeek';
				assert.ok((language === 'en' ? fine : fine.replace(/\s+/g, '')).includes(said), fine);
				// The address stays in the "Where calls go" row only.
				assert.doesNotMatch(fine, new RegExp(`(?:So|拒绝调用的是) ?${new URL(w.fake.baseUrl).host}`), fine);
			},
			language,
			'one_api_exhausted',
		);
	}
});

test('at 40×15, "Your DeepSeek account is fine" keeps its line naming the service found before (One API), in English and Chinese', async () => {
	for (const language of ['en', 'zh-CN'] as const) {
		await behindOpenRouter(
			'ok',
			async app => {
				await (language === 'en' ? walk402(app) : walk402Zh(app));
				await app.waitFor('One API');
				await app.choose(language === 'en' ? 'Also check my DeepSeek account' : '也检查我的 DeepSeek 账号');
				await app.choose(language === 'en' ? 'The key in DEEPSEEK_API_KEY' : 'DEEPSEEK_API_KEY 里的 key');
				const fine = await app.waitFor(language === 'en' ? 'Your DeepSeek account' : '账号没问题', 10_000);
				// Its start at least, whose service is the point: cut with "…" where the rows end.
				const said = language === 'en' ? 'So One API refuses your calls' : '所以拒绝调用的是OneAPI';
				assert.ok(flatIn(language, fine).includes(flatIn(language, said)), `${language}:\n${fine}`);
				assertFits(app, 40, 15);
			},
			language,
			'one_api_exhausted',
			{columns: 40, rows: 15},
		);
	}
});
