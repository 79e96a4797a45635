// A check step that cannot run says why and sends nothing; one that can runs its checks.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {flat, session, world} from './helpers.js';

test('an unusable base URL: the check step says why, and no request is made', async () => {
	const w = await world('ok', {env: {DEEPSEEK_BASE_URL: 'ftp://x y'}});
	await session(w, async app => {
		await app.choose('My calls fail with 402');
		await app.choose('My own code');
		await app.choose('from DEEPSEEK_BASE_URL');
		await app.choose('The key in DEEPSEEK_API_KEY');
		const screen = flat(await app.waitFor('Cannot run the checks'));
		assert.match(screen, /Key check Cannot run the checks with these settings "ftp:\/\/x y" is not a valid URL/);
		assert.doesNotMatch(screen, /Key format|Balance:/, 'no check rows');
		assert.doesNotMatch(screen, /Checking/, screen);
		// Nothing runs: the keys line says so, not "checking… · Esc cancel".
		assert.match(screen, /Esc back · q quit$/);
		assert.doesNotMatch(screen, /checking…|cancel/);
		assert.deepEqual(w.activity, [], 'nothing reached the fake');
	});
});

test('a base URL a typo away from DeepSeek\'s, with no scheme, on the balance path (40×15): the title says nothing runs, never "Reading the balance…", and DeepSeek\'s URL is the one to use', async () => {
	const w = await world('ok', {env: {DEEPSEEK_BASE_URL: 'api.deepseek.cm'}});
	await session(w, async app => {
		await app.choose('Check my balance');
		await app.choose('The key in DEEPSEEK_API_KEY');
		const screen = await app.waitFor('Cannot run the checks');
		assert.match(screen, /^Start › Balance › Key › Balance check\nCannot run the checks with these\nsettings\n/, screen);
		assert.match(flat(screen), /"api\.deepseek\.cm" looks like a typo of DeepSeek's address: use https:\/\/api\.deepseek\.com\./);
		assert.doesNotMatch(screen, /Reading the balance|https:\/\/api\.deepseek\.cm/, screen);
		assert.deepEqual(w.activity, [], 'nothing reached the fake');
	}, {}, {columns: 40, rows: 15});
});
