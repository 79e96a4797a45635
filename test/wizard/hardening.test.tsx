// The wizard against faults and odd set-ups: a report saved over an older file, a blank
// DEEPSEEK_API_KEY, a key committed to the repository, a hostile server's echo of the key,
// Ctrl+C, an action's notice quoting a folder whose name holds escapes and the key.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {chmod, mkdir, readdir, readFile, stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fakeKey} from '../fake/server.js';
import {keys, session, waitUntil, walk402, world, type Driven} from './helpers.js';

test('"Save a support report" over an existing 0644 file of the same name: the report replaces it and ends 0600', {skip: process.platform === 'win32'}, async () => {
	const w = await world('zero_balance');
	// The name the wizard gives a report saved at its (test) clock's time.
	const file = path.join(w.configDir, 'deepseek-fix-report-2026-11-20T10-00-00-000Z.md');
	await writeFile(file, 'an older file\n');
	await chmod(file, 0o644);
	await session(w, async app => {
		await walk402(app);
		await app.waitFor('Your DeepSeek balance is empty');
		await app.choose('Save a support report');
		await app.waitFor('Saved the support report');
		assert.equal((await stat(file)).mode & 0o777, 0o600);
		const markdown = await readFile(file, 'utf8');
		assert.match(markdown, /^# deepseek-fix support report/);
		assert.ok(!markdown.includes(fakeKey));
	});
});

test('a blank DEEPSEEK_API_KEY: the start screen says it is set but blank, and it is not offered as a key', async () => {
	const w = await world('ok', {key: '  '});
	await session(w, async app => {
		assert.match(app.lastFrame(), /Key: none \(DEEPSEEK_API_KEY is blank\)/);
		await app.choose('Check my balance');
		const menu = await app.waitFor('Which API key');
		assert.doesNotMatch(menu, /The key in DEEPSEEK_API_KEY/);
	});
});

test('run every check in a repository where the key is committed: the leaked-key leaf, with how to rotate; exit 1', async () => {
	const w = await world('ok');
	execFileSync('git', ['init', '-q'], {cwd: w.configDir});
	await writeFile(path.join(w.configDir, '.env'), `DEEPSEEK_API_KEY=${fakeKey}\n`);
	// The key in a second file: one more place. The committed .env itself is a finding too, but not another place.
	await writeFile(path.join(w.configDir, 'client.py'), `API_KEY = "${fakeKey}"\n`);
	execFileSync('git', ['add', '.env', 'client.py'], {cwd: w.configDir});
	await session(w, async app => {
		await app.choose('Run every check');
		await app.choose('The key in DEEPSEEK_API_KEY');
		await app.choose('No, skip it');
		const leaf = await app.waitFor('Your API key is committed in this repository: rotate it', 8000);
		assert.match(leaf, /Found in \.env, line 1 \(sk-…cdef\), and in 1 more place\./);
		assert.match(leaf, /To rotate a key/);
		assert.match(leaf, /platform\.deepseek\.com\/api_keys/);
		assert.ok(app.frames().every(frame => !frame.includes(fakeKey)), 'the key is never shown whole');
		await app.press('q');
		assert.equal(await app.exited, 1);
	});
});

/** Braille spinner frames (ink-spinner's "dots") and the words of a check still under way. */
const spinnerTrace = /[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]|running…|waiting…/;

/** What stays on the screen: the last frame drawn (ink ends with empty writes when it unmounts). */
const finalScreen = (app: Driven) => app.frames().filter(frame => frame.trim() !== '').at(-1) ?? '';

test('Ctrl+C at the start: exit 130, and the last frame is one "Cancelled." line', async () => {
	await session(await world('ok'), async app => {
		await app.press(keys.ctrlC);
		assert.equal(await app.exited, 130);
		assert.equal(finalScreen(app), 'Cancelled.');
	});
});

test('Ctrl+C while checks run: exit 130, "Cancelled." instead of the spinners, the requests aborted', async () => {
	const w = await world('slow');
	await session(w, async app => {
		await walk402(app);
		await app.waitFor(spinnerTrace);
		await app.press(keys.ctrlC);
		assert.equal(await app.exited, 130);
		assert.equal(finalScreen(app), 'Cancelled.');
		await waitUntil(() => w.activity.some(entry => entry.outcome === 'aborted'), 'the fake sees the requests aborted');
	});
});

test('Ctrl+C at a result (a problem was found): still 130, not 1', async () => {
	await session(await world('zero_balance'), async app => {
		await walk402(app);
		await app.waitFor('Your DeepSeek balance is empty');
		await app.press(keys.ctrlC);
		assert.equal(await app.exited, 130);
	});
});

test('a server that echoes pieces of the key (as the currency, upper-cased, without sk-): no frame shows 8 characters of it, nor its amount as a balance', async () => {
	const w = await world('hostile_echo');
	const slices = Array.from({length: fakeKey.length - 7}, (_, start) => fakeKey.slice(start, start + 8).toLowerCase());
	await session(w, async app => {
		await app.choose('Check my balance');
		await app.choose('The key in DEEPSEEK_API_KEY');
		// Its "currency" is no currency code: an unreadable answer, said so, never "Your balance: 47.44 sk-…cdef".
		await app.waitFor('is not a currency code such as CNY or USD', 8000);
		assert.doesNotMatch(app.frames().join('\n'), /47\.44/);
		for (const frame of app.frames()) {
			const lower = frame.toLowerCase();
			assert.equal(slices.find(slice => lower.includes(slice)), undefined, frame);
			assert.doesNotMatch(frame, /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/);
		}
	});
});

test('an action\'s notice quotes a folder with an escape, invisible characters, a line break and the key in its name: one clean line, the key masked', {skip: process.platform === 'win32'}, async () => {
	const w = await world('zero_balance');
	const name = `\u001B[31mred\u001B[0m\u202E\u200B\nnext-${fakeKey}`;
	const cwd = path.join(w.configDir, name);
	await mkdir(cwd);
	await session(
		w,
		async app => {
			await walk402(app);
			await app.waitFor('Your DeepSeek balance is empty');
			await app.choose('Save a support report');
			const frame = await app.waitFor('Saved the support report');
			// The report was written where the notice says, under the folder's real name.
			assert.equal((await readdir(cwd)).filter(file => file.startsWith('deepseek-fix-report-')).length, 1);
			const notice = frame.split('\n').find(line => line.startsWith('Saved the support report to '));
			assert.ok(notice?.includes(`${w.configDir}/red next-sk-…`), frame);
			assert.match(notice ?? '', /\(no key in it\)\.$/u, frame);
			for (const shown of app.frames()) {
				assert.ok(!shown.includes(fakeKey), shown);
				assert.doesNotMatch(shown, /[\u001B\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u, JSON.stringify(shown));
			}
		},
		{cwd},
		{columns: 200, rows: 40},
	);
});
