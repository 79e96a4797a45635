// The key field as a stranger pastes into it: one key wrapped in quotes, "Bearer ", a .env or
// shell line, line ends (typed, or in one bracketed paste) is kept alone and the field says
// what it left out; two keys or a key broken over lines are refused with one sentence; a
// character inside the key is never changed. Only the kept key is sent, or remembered.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {stat} from 'node:fs/promises';
import {loadSettings, settingsPath} from '../../source/settings/index.js';
import {fakeKey} from '../fake/server.js';
import {flat, keys, pasteModes, session, world, type Driven, type World, openKeyField} from './helpers.js';

const pasteStart = '\u001B[200~';
const pasteEnd = '\u001B[201~';

async function toField(app: Driven) {
	await app.choose('Check my balance');
	await openKeyField(app);
}

const neverWhole = (app: Driven) => assert.ok(app.frames().every(frame => !frame.includes(fakeKey)), 'the key never appears whole');
const sentOnly = (w: World, key: string) =>
	assert.ok(w.fake.requests.some(request => request.authorization === `Bearer ${key}`) && w.fake.requests.every(request => request.authorization === undefined || request.authorization === `Bearer ${key}`), 'only the kept key was sent');

test('a key wrapped in quotes, "Bearer ", a .env or shell line or a line end is kept alone, the field says what it left out, and the balance is read with the key alone', async () => {
	const cases: Array<[string, string]> = [
		[`"${fakeKey}"`, 'Removed the quotes around the key.'],
		[`“${fakeKey}”`, 'Removed the quotes around the key.'],
		[`Bearer ${fakeKey}`, 'Removed "Bearer " before the key.'],
		[`DEEPSEEK_API_KEY=${fakeKey}`, 'Kept only the key from the line that sets DEEPSEEK_API_KEY.'],
		[`export DEEPSEEK_API_KEY="${fakeKey}"`, 'Kept only the key from the line that sets DEEPSEEK_API_KEY.'],
		// PowerShell's line: not "the line DEEPSEEK_API_KEY=…", a form the user never pasted.
		[`$env:DEEPSEEK_API_KEY="${fakeKey}"`, 'Kept only the key from the line that sets DEEPSEEK_API_KEY.'],
		[`${pasteStart}  ${fakeKey}\r\n${pasteEnd}`, 'Removed the spaces or line breaks around the key.'],
		[`${pasteStart}'Bearer ${fakeKey}'${pasteEnd}`, 'Removed the quotes and "Bearer " around the key.'],
	];
	for (const [paste, said] of cases) {
		const w = await world('ok', {key: undefined});
		await session(w, async app => {
			await toField(app);
			await app.type(paste);
			const field = flat(await app.waitFor(said.slice(0, 20)));
			assert.ok(field.includes(`Looks like sk-…cdef (35 characters). It stays hidden. ${said}`), `${JSON.stringify(paste)}:\n${field}`);
			await app.press(keys.enter);
			await app.waitFor('Your balance: 47.44 CNY');
			sentOnly(w, fakeKey);
			neverWhole(app);
		});
	}
});

test('two keys, or a key broken over two lines, get one sentence under the field and are not taken on Enter', async () => {
	const cases: Array<[string, string]> = [
		[`${pasteStart}${fakeKey}\n${fakeKey}${pasteEnd}`, 'That is 2 keys, not one: paste only the key your program uses.'],
		[`${fakeKey.slice(0, 20)}\r${fakeKey.slice(20)}`, 'That is not one key: it has spaces or line breaks inside. Copy the key again in one piece (sk-… with no spaces).'],
	];
	for (const [paste, said] of cases) {
		const w = await world('ok', {key: undefined});
		await session(w, async app => {
			await toField(app);
			await app.type(paste);
			assert.ok(flat(await app.waitFor(said.slice(0, 15))).includes(said), JSON.stringify(paste));
			assert.doesNotMatch(app.lastFrame(), /Looks like/);
			await app.press(keys.enter);
			const refused = flat(await app.waitFor('✖'));
			assert.ok(refused.includes(`✖ ${said}`), refused);
			assert.equal(refused.split(said).length, 2, 'said once, in red');
			assert.match(refused, /Paste the key, then press Enter/, 'still at the key field');
			assert.equal(w.fake.requests.length, 0, 'nothing was sent');
			neverWhole(app);
		});
	}
});

test('a zero-width space or a full-width letter inside the key is kept as pasted: the key format check names it', async () => {
	for (const paste of [`${fakeKey.slice(0, 10)}\u200B${fakeKey.slice(10)}`, `${fakeKey.slice(0, -1)}ｆ`]) {
		const w = await world('ok', {key: undefined});
		await session(w, async app => {
			await toField(app);
			await app.type(paste);
			const field = await app.waitFor('It stays hidden');
			assert.doesNotMatch(field, /Removed|Kept only/, 'nothing said to be removed');
			await app.press(keys.enter);
			const result = flat(await app.waitFor(/U\+(?:200B|FF46)/));
			assert.match(result, paste.includes('\u200B') ? /U\+200B/ : /U\+FF46/, result);
		});
	}
});

test('"Remember my key" stores the kept key alone (0600), and only when chosen', async () => {
	const w = await world('ok', {key: undefined});
	await session(w, async app => {
		await toField(app);
		await app.type(`export DEEPSEEK_API_KEY='${fakeKey}'\r\n`);
		await app.waitFor('Kept only the key');
		await app.press(keys.enter);
		await app.waitFor('Your balance: 47.44 CNY');
		assert.equal(loadSettings(w.env).settings.apiKey, undefined, 'not stored before the user chose it');
		await app.choose('Remember my key on this computer');
		await app.waitFor('Remembered your key in');
		assert.equal(loadSettings(w.env).settings.apiKey, fakeKey);
		assert.equal((await stat(settingsPath(w.env))).mode & 0o777, 0o600);
		neverWhole(app);
	});
});

test('the key field asks the terminal for bracketed paste while it is on screen: a paste cut into pieces with a line break inside does not submit it, Enter after it does, and the mode is off again after', async () => {
	const w = await world('ok', {key: undefined});
	await session(
		w,
		async app => {
			await app.choose('Check my balance');
			assert.deepEqual(pasteModes(app), [], 'no text field yet');
			await openKeyField(app);
			assert.deepEqual(pasteModes(app), [true]);
			// As a terminal may deliver a long paste: in pieces, the line break at the end of one.
			await app.press(`${pasteStart}${fakeKey.slice(0, 20)}`, `${fakeKey.slice(20)}\r`, `\n${pasteEnd}`);
			const field = flat(await app.waitFor('Looks like sk-…cdef'));
			assert.match(field, /Paste the key, then press Enter/, field);
			assert.match(field, /Removed the spaces or line breaks around the key\./, field);
			await app.press(keys.enter);
			await app.waitFor('Your balance: 47.44 CNY');
			assert.deepEqual(pasteModes(app), [true, false], 'off once the field is gone');
			sentOnly(w, fakeKey);
			// Back to the field, then Ctrl+C there: the wizard ends with the mode off.
			await app.choose('Start over');
			await toField(app);
			await app.press(keys.ctrlC);
			assert.equal(await app.exited, 130);
			assert.deepEqual(pasteModes(app), [true, false, true, false]);
		},
		{},
		{columns: 100, rows: 40, tty: true},
	);
});

test('a key typed on after a paste goes after it; Enter in the same chunk as a paste submits what was pasted', async () => {
	const typedOn = await world('ok', {key: undefined});
	await session(typedOn, async app => {
		await toField(app);
		await app.press(`${pasteStart}${fakeKey.slice(0, -1)}${pasteEnd}`);
		await app.waitFor('34 characters');
		await app.type(fakeKey.slice(-1));
		await app.waitFor('Looks like sk-…cdef (35 characters)');
		await app.press(keys.enter);
		await app.waitFor('Your balance: 47.44 CNY');
		sentOnly(typedOn, fakeKey);
	});
	const oneChunk = await world('ok', {key: undefined});
	await session(oneChunk, async app => {
		await toField(app);
		await app.press(`${pasteStart}${fakeKey}${pasteEnd}${keys.enter}`);
		await app.waitFor('Your balance: 47.44 CNY');
		sentOnly(oneChunk, fakeKey);
	});
});

test('a held Backspace (many in one chunk) deletes one character each, and Ctrl or Alt with a letter never types it into the key', async () => {
	const w = await world('ok', {key: undefined});
	await session(w, async app => {
		await toField(app);
		await app.type(`${fakeKey}XYZ`);
		await app.waitFor('38 characters');
		await app.type(keys.backspace.repeat(3));
		await app.waitFor('Looks like sk-…cdef (35 characters)');
		// Ctrl+A, Ctrl+W, Alt+B type nothing (an X after them makes 36, not 39).
		await app.type('\u0001\u0017\u001BbX');
		await app.waitFor('Looks like sk-…defX: 36 characters');
		// Ctrl+U empties the field, as in a shell: what is typed next is all there is.
		await app.type('\u0015');
		await app.type(fakeKey.slice(0, 10));
		await app.waitFor(`Looks like sk-…${fakeKey.slice(6, 10)}: 10 characters`);
		await app.type(fakeKey.slice(10));
		await app.waitFor('Looks like sk-…cdef (35 characters)');
		await app.press(keys.enter);
		await app.waitFor('Your balance: 47.44 CNY');
		sentOnly(w, fakeKey);
	});
});

test('in Chinese, the field says what it left out in Chinese', async () => {
	const w = await world('ok', {key: undefined});
	await session(w, async app => {
		await app.type('L');
		await app.waitFor('遇到了什么情况');
		await app.choose('查余额');
		await app.choose('粘贴');
		await app.type(`Bearer ${fakeKey}`);
		const field = flat(await app.waitFor('已去掉'));
		assert.ok(field.includes('已去掉 key 前面的“Bearer”一词。'), field);
	});
});
