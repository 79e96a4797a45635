// The wizard against faults: a report saved over an older file, a hostile server's echo
// of the key, Ctrl+C.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {chmod, readFile, stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fakeKey} from '../fake/server.js';
import {session, walk402, world} from './helpers.js';

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
		assert.match(app.lastFrame(), /Key: none found \(DEEPSEEK_API_KEY is set but blank\)/);
		await app.choose('Check my balance');
		const menu = await app.waitFor('Which API key');
		assert.doesNotMatch(menu, /The key in DEEPSEEK_API_KEY/);
	});
});
