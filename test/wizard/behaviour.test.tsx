// How the wizard behaves as a program: stepping back, quitting (also mid-check, with the
// requests aborted), the hidden key, keys in one chunk, settings across runs, 60 columns.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdir, readFile, stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {setTimeout as delay} from 'node:timers/promises';
import {loadSettings, settingsPath} from '../../source/settings/index.js';
import {fakeKey} from '../fake/server.js';
import {setLanguage} from '../../source/messages/language.js';
import {assertFits, drive, flat, keys, session, waitUntil, world, type Driven, type World, openKeyField} from './helpers.js';

async function walk402(app: Driven, key = 'The key in DEEPSEEK_API_KEY') {
	await app.choose('My calls fail with 402');
	await app.choose('My own code');
	await app.choose('from DEEPSEEK_BASE_URL');
	await app.choose(key);
}

const withApp = (w: World, run: (app: Driven) => Promise<void>, size?: {columns: number; rows: number}) => session(w, run, {}, size);

test('Esc and Backspace step back one question, with the answer given there highlighted', async () => {
	await withApp(await world('ok'), async app => {
		await app.choose('My calls fail with 402');
		await app.choose('A relay or gateway');
		await app.waitFor('Which address (base URL)');
		await app.press(keys.escape);
		const back = await app.waitFor('Which program makes the calls');
		assert.match(back, /❯ A relay or gateway/);
		assert.match(back, /^Start › 402$/m);
		await app.press(keys.backspace);
		const start = await app.waitFor('What is happening?');
		assert.match(start, /❯ My calls fail with 402/);
		await app.press(keys.backspace);
		assert.match(app.lastFrame(), /What is happening\?/, 'back at the start does nothing');
	});
});

test('q quits at once; nothing was found, so the exit code is 0', async () => {
	await withApp(await world('ok'), async app => {
		await app.press('q');
		assert.equal(await app.exited, 0);
	});
});

for (const [name, quitKey, code] of [
	['Ctrl+C', keys.ctrlC, 130],
	['q', 'q', 0],
] as const) {
	test(`${name} in the middle of a check quits promptly and aborts the requests in flight`, async () => {
		const w = await world('slow');
		await withApp(w, async app => {
			await walk402(app);
			await app.waitFor('Checking the key and where the calls go');
			await waitUntil(() => w.fake.requests.length > 0, 'a request reaches the fake');
			assert.match(app.lastFrame(), /running…|waiting…/, 'the screen says what it is waiting for');
			const began = Date.now();
			await app.press(quitKey);
			assert.equal(await app.exited, code);
			// The slow scenario answers after 30 s: quitting must not wait for it.
			assert.ok(Date.now() - began < 15_000, `quit took ${Date.now() - began} ms`);
			await waitUntil(() => w.activity.some(entry => entry.outcome === 'aborted'), 'the fake sees the requests aborted');
		});
	});
}

test('Esc during a check cancels it and asks the question again; its late result is ignored', async () => {
	const w = await world('slow');
	await withApp(w, async app => {
		await walk402(app);
		await app.waitFor('Checking the key');
		await waitUntil(() => w.fake.requests.length > 0, 'a request reaches the fake');
		await app.press(keys.escape);
		const back = await app.waitFor('Which API key does it use?');
		assert.match(back, /❯ The key in DEEPSEEK_API_KEY/);
		await waitUntil(() => w.activity.some(entry => entry.outcome === 'aborted'), 'the requests are aborted');
		await delay(100);
		assert.match(app.lastFrame(), /Which API key does it use\?/);
	});
});

test('Down and Enter arriving in one chunk pick the second item', async () => {
	await withApp(await world('ok'), async app => {
		await app.press(`${keys.down}${keys.enter}`);
		await app.waitFor('What do the failing calls get?');
	});
});

test('a pasted key is hidden while typed, q is a letter there, and the key never appears whole', async () => {
	const w = await world('ok', {key: undefined});
	await withApp(w, async app => {
		await app.choose('Check my balance');
		await openKeyField(app);
		await app.type('q');
		await app.waitFor('> *');
		assert.match(app.lastFrame(), /Paste the key/, 'q did not quit');
		await app.press(keys.backspace);
		await app.press(keys.enter);
		await app.waitFor('Paste the key first');
		await app.type(`${fakeKey}\n`);
		const preview = await app.waitFor('Looks like sk-…cdef (35 characters)');
		assert.match(preview, /\*{35}/);
		await app.press(keys.enter);
		await app.waitFor('Your balance: 47.44 CNY');
		await app.choose('Remember my key on this computer');
		const saved = await app.waitFor('Remembered your key in');
		// Saved: not offered again on the same screen.
		assert.doesNotMatch(saved, /Remember my key/, saved);
		assert.match(flat(saved), /readable only by you/);
		// How to forget the key alone (config --reset takes the balance history and the rest with it).
		assert.match(flat(saved), /'deepseek-fix config --forget-key' forgets it\./);
		const file = settingsPath(w.env);
		assert.equal((await stat(file)).mode & 0o777, 0o600);
		assert.equal(loadSettings(w.env).settings.apiKey, fakeKey);
		for (const frame of app.frames()) assert.ok(!frame.includes(fakeKey), `the key is whole in:\n${frame}`);
	});
});

test('a pasted sk- key of the wrong length is pointed out under the field, before it is sent', async () => {
	const w = await world('ok', {key: undefined});
	await withApp(w, async app => {
		await app.choose('Check my balance');
		await openKeyField(app);
		await app.type(fakeKey.slice(0, 17));
		const cut = flat(await app.waitFor('a DeepSeek key has 35'));
		assert.match(cut, new RegExp(`Looks like sk-…${fakeKey.slice(13, 17)}: 17 characters, and a DeepSeek key has 35\\. It stays hidden\\.`));
		await app.type(fakeKey.slice(17));
		const whole = flat(await app.waitFor('(35 characters)'));
		assert.doesNotMatch(whole, /a DeepSeek key has 35/);
		assert.ok(app.frames().every(frame => !frame.includes(fakeKey)), 'the key never appears whole');
	});
});

test('a key pasted with the quotes it had in a config or .env ("sk-…", “sk-…”) is checked without them, and the preview says so before it is sent', async () => {
	for (const [open, close] of [['"', '"'], ['“', '”']] as const) {
		const w = await world('ok', {key: undefined});
		await withApp(w, async app => {
			await app.choose('Check my balance');
			await openKeyField(app);
			await app.type(` ${open}${fakeKey}${close}\n`);
			const preview = flat(await app.waitFor('Removed the quotes'));
			assert.match(preview, /Looks like sk-…cdef \(35 characters\)\. It stays hidden\. Removed the quotes around the key\./);
			await app.press(keys.enter);
			await app.waitFor('Your balance: 47.44 CNY');
			assert.ok(w.fake.requests.some(request => request.authorization === `Bearer ${fakeKey}`) && w.fake.requests.every(request => !request.authorization?.includes(`${open}`)), 'the quotes were not sent');
			assert.ok(app.frames().every(frame => !frame.includes(fakeKey)), 'the key never appears whole');
		});
	}
});

test('a key is written to disk only when the user says so', async () => {
	const w = await world('zero_balance', {key: undefined});
	await withApp(w, async app => {
		await walk402(app, 'Paste a key');
		await app.type(fakeKey);
		await app.press(keys.enter);
		await app.waitFor('Your DeepSeek balance is empty');
		await app.choose('Remember these settings');
		await app.waitFor('Remembered the base URL');
		const onDisk = await readFile(settingsPath(w.env), 'utf8');
		assert.ok(!onDisk.includes(fakeKey), 'no key in the settings file');
		assert.equal(loadSettings(w.env).settings.keySource, 'prompt');
	});
});

test('settings survive a restart: remembered key and base URL, and last time\'s problem re-checked', async () => {
	const w = await world('zero_balance', {key: undefined});
	try {
		const first = drive(w.props());
		try {
			await first.waitFor('What is happening?');
			assert.doesNotMatch(first.lastFrame(), /Re-check/);
			await walk402(first, 'Paste a key');
			await first.type(fakeKey);
			await first.press(keys.enter);
			await first.waitFor('Your DeepSeek balance is empty');
			await first.choose('Remember my key');
			await first.waitFor('Remembered your key');
			await first.choose('Remember these settings');
			await first.waitFor('Remembered the base URL');
			await first.press('q');
			assert.equal(await first.exited, 1);
		} finally {
			first.unmount();
		}
		// The second run has neither DEEPSEEK_API_KEY nor DEEPSEEK_BASE_URL: all from the file.
		const {DEEPSEEK_BASE_URL: baseUrl, ...withoutBaseUrl} = w.env;
		const second = drive({...w.props(), env: withoutBaseUrl, settingsLoad: loadSettings(withoutBaseUrl)});
		try {
			const start = await second.waitFor('What is happening?');
			assert.match(start, /Key: sk-…cdef \(remembered\)/);
			assert.ok(start.includes(`Base URL (remembered): ${baseUrl}`), start);
			assert.match(start, /Last time \(just now\): Your DeepSeek balance is empty$/m);
			assert.match(start, /❯ Check it again/);
			await second.press(keys.enter);
			const again = await second.waitFor('Your DeepSeek balance is empty');
			assert.match(again, /Start › 402 › Where calls go › Key › Key check › Balance check › Empty/);
		} finally {
			second.unmount();
		}
	} finally {
		await w.close();
	}
});

test('a corrupt settings file is set aside and the start screen says so', async () => {
	const w = await world('ok');
	await writeFile(path.join(w.configDir, 'config.json'), '{"schemaVersion": 1, "baseUrl": ');
	await withApp(w, async app => {
		assert.match(flat(app.lastFrame()), /Note: .*config\.json/);
	});
});

test('the start screen names a settings folder with an escape, a bidi mark and a line break cleaned, on its own line', async () => {
	const w = await world('ok');
	const folder = path.join(w.configDir, '\u001B[31mred\u202E\nnext');
	await mkdir(folder);
	await writeFile(path.join(folder, 'config.json'), '{"schemaVersion": 1, "baseUrl": ');
	const env = {...w.env, DEEPSEEK_FIX_CONFIG_DIR: folder};
	const app = drive({...w.props(), env, settingsLoad: loadSettings(env)}, {columns: 200, rows: 40});
	try {
		const start = await app.waitFor('What is happening?');
		const note = start.split('\n').find(line => line.startsWith('Note: '));
		assert.ok(note?.includes(`${w.configDir}/red next/config.json.corrupt-`), start);
		assert.ok(!/[\u001B\u202E]/.test(start), JSON.stringify(start));
	} finally {
		app.unmount();
		await w.close();
	}
});

test('60×20: the 402 path to the empty balance fits, without a line too wide', async () => {
	const w = await world('zero_balance');
	await withApp(
		w,
		async app => {
			await walk402(app);
			const leaf = await app.waitFor('Your DeepSeek balance is empty');
			// The top-up link: the first action opens it (its row under the fix went to the rest, in this short window).
			assert.match(leaf, /^❯ Open platform\.deepseek\.com\/top_up$/m);
			await app.choose('Save a support report');
			await app.waitFor('Saved the support report');
			assertFits(app, 60, 20);
		},
		{columns: 60, rows: 20},
	);
});

test('60×20: the relay path and its leaf fit', async () => {
	const w = await world('one_api_exhausted');
	await withApp(
		w,
		async app => {
			await app.choose('My calls fail with 402');
			await app.choose('A relay or gateway');
			await app.choose('from DEEPSEEK_BASE_URL');
			await app.choose('The key in DEEPSEEK_API_KEY');
			const leaf = await app.waitFor("Your gateway's token is used up");
			assert.match(leaf, /^❯ Open shop\.example\.com\/topup$/m);
			assertFits(app, 60, 20);
		},
		{columns: 60, rows: 20},
	);
});

test('"Remember these settings" when the settings cannot be written (a file where the lock goes), in English and Chinese: the notice is the writer\'s one sentence, not a second opening before it', async () => {
	const cases = [
		{language: 'en', steps: ['My calls fail with 402', 'My own code', 'from DEEPSEEK_BASE_URL', 'The key in DEEPSEEK_API_KEY'], result: 'What to do:', remember: 'Remember these settings', opening: 'Settings were not saved', said: /Settings were not saved: \S+config\.json\.lock is a file/, never: /Could not remember/},
		{language: 'zh-CN', steps: ['调用失败，报 402', '我自己的代码', '来自 DEEPSEEK_BASE_URL', 'DEEPSEEK_API_KEY 里的 key'], result: '解决办法：', remember: '记住这些设置', opening: '设置没有保存', said: /设置没有保存：\S+config\.json\.lock ?是 ?一个文件/, never: /无法记住/},
	] as const;
	for (const c of cases) {
		setLanguage(c.language);
		const w = await world('zero_balance');
		const app = drive(w.props());
		try {
			await writeFile(`${settingsPath(w.env)}.lock`, 'in the way');
			for (const step of c.steps) await app.choose(step);
			await app.waitFor(c.result, 8000);
			await app.choose(c.remember);
			const notice = flat(await app.waitFor(c.opening));
			assert.match(notice, c.said, notice);
			assert.doesNotMatch(notice, c.never, notice);
		} finally {
			app.unmount();
			setLanguage('en');
			await w.close();
		}
	}
});
