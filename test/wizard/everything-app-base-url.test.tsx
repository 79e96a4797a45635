// "Run every check" where Claude Code's settings send calls to another base URL than the one in
// use: it asks which address to check first (the one in use first, Claude Code's as its
// settings write it), and the checks then run there. Without such a setting the walk is as
// before (Run every check › key). Both languages, at 40x15 and 60x20.
import {test, afterEach} from 'node:test';
import assert from 'node:assert/strict';
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fakeKey} from '../fake/server.js';
import {closedPort} from '../helpers/raw-server.js';
import {setLanguage} from '../../source/messages/language.js';
import {wizardText} from '../../source/messages/wizard.js';
import {assertFits, drive, flat, keys, relayInOpenAiVariables, world, type World} from './helpers.js';

afterEach(() => setLanguage('en'));

async function claudeCodeBaseUrl(w: World): Promise<void> {
	await mkdir(path.join(w.configDir, '.claude'), {recursive: true});
	await writeFile(path.join(w.configDir, '.claude', 'settings.json'), JSON.stringify({env: {ANTHROPIC_BASE_URL: `${w.fake.baseUrl}/anthropic`}}));
}

for (const [columns, rows] of [[40, 15], [60, 20]] as const) {
	for (const language of ['en', 'zh-CN'] as const) {
		test(`${language} ${columns}x${rows}: "Run every check" offers Claude Code's base URL as written when it is not the one in use, and checks there`, async () => {
			setLanguage(language);
			const w = await world('zero_balance');
			await claudeCodeBaseUrl(w);
			// The shell points at an address nothing answers: Claude Code's is where calls really go.
			const inUse = `http://127.0.0.1:${await closedPort()}`;
			const app = drive(w.props({env: {...w.env, DEEPSEEK_BASE_URL: inUse, DEEPSEEK_FIX_LANG: language}}), {columns, rows});
			try {
				await app.waitFor(language === 'en' ? 'What is happening?' : '遇到了什么情况？');
				await app.choose(wizardText.start.options.everything);
				const question = flat(await app.waitFor(language === 'en' ? 'Which address' : '要检查哪个地址'));
				assert.ok(question.includes(wizardText.baseUrl.questionToCheck), question);
				assert.ok(question.includes(`${w.fake.baseUrl}/anthropic`), question);
				assert.ok(question.indexOf(inUse) < question.indexOf('/anthropic'), 'the one in use first');
				assertFits(app, columns, rows);
				await app.choose(wizardText.baseUrl.fromApp('claude_code', `${w.fake.baseUrl}/anthropic`).slice(0, 20));
				await app.choose('DEEPSEEK_API_KEY');
				await app.choose(wizardText.probe.no);
				await app.waitFor(wizardText.leaves.zero.title, 15_000);
				const sent = w.fake.requests.filter(request => request.path === '/user/balance');
				assert.ok(sent.length > 0 && sent.every(request => request.authorization === `Bearer ${fakeKey}`), 'checked at the root of Claude Code\'s address');
				assertFits(app, columns, rows);
			} finally {
				app.unmount();
				await w.close();
			}
		});
	}
}

test('"Run every check" without another base URL in an app\'s settings goes to the key question, as before', async () => {
	const w = await world('ok');
	const app = drive(w.props());
	try {
		await app.waitFor('What is happening?');
		await app.choose('Run every check');
		await app.waitFor('Which API key');
		assert.doesNotMatch(flat(app.lastFrame()), /Which address/);
	} finally {
		app.unmount();
		await w.close();
	}
});

test('"Run every check" with a relay in OPENAI_BASE_URL asks which address, as the 401 path does, offers OPENAI_API_KEY with it, and "Check it again" checks there again', async () => {
	const {w, relay} = await relayInOpenAiVariables('one_api_exhausted');
	try {
		const first = drive(w.props());
		try {
			await first.waitFor('What is happening?');
			await first.choose('Run every check');
			const question = flat(await first.waitFor('Which address (base URL) should be checked?'));
			assert.ok(question.includes('Tools that read OPENAI_BASE_URL send calls to a different address from the one in use: pick the one to check.'), question);
			assert.ok(question.includes(`${relay} (from OPENAI_BASE_URL)`), 'the relay as written');
			await first.choose('from OPENAI_BASE_URL');
			const menu = flat(await first.waitFor('Which API key should be checked?'));
			assert.match(menu, /❯ The key in OPENAI_API_KEY \(sk-…cdef\)/, 'first, under the cursor');
			await first.choose('The key in OPENAI_API_KEY');
			await first.choose('No');
			await first.waitFor("Your gateway's token is used up", 15_000);
			assert.ok(w.fake.requests.some(request => request.path === '/v1/models'), 'checked at the relay, as written');
			await first.press('q');
			await first.exited;
		} finally {
			first.unmount();
		}
		w.fake.requests.length = 0;
		const second = drive(w.props());
		try {
			await second.waitFor('❯ Check it again');
			await second.press(keys.enter);
			const again = flat(await second.waitFor("Your gateway's token is used up", 15_000));
			assert.match(again, /Start › All checks › Where calls go › Key/, again);
			assert.ok(w.fake.requests.some(request => request.path === '/v1/models' && request.authorization === `Bearer ${fakeKey}`), 'the same address and key again');
		} finally {
			second.unmount();
		}
	} finally {
		await w.close();
	}
});
