// The wizard against faults: a report saved over an older file, a hostile server's echo
// of the key, Ctrl+C.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {chmod, readFile, stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fakeKey} from '../fake/server.js';
import {drive, world, type Driven, type World} from './helpers.js';

async function withApp(w: World, run: (app: Driven) => Promise<void>) {
	const app = drive(w.props());
	try {
		await app.waitFor('What is happening?');
		await run(app);
	} finally {
		app.unmount();
		await w.close();
	}
}

/** Start › 402 › own code › base URL in use › the key in DEEPSEEK_API_KEY. */
async function walk402(app: Driven) {
	await app.choose('My calls fail with 402');
	await app.choose('My own code');
	await app.choose('from DEEPSEEK_BASE_URL');
	await app.choose('The key in DEEPSEEK_API_KEY');
}

test('"Save a support report" over an existing 0644 file of the same name: the report replaces it and ends 0600', {skip: process.platform === 'win32'}, async () => {
	const w = await world('zero_balance');
	// The name the wizard gives a report saved at its (test) clock's time.
	const file = path.join(w.configDir, 'deepseek-fix-report-2026-11-20T10-00-00-000Z.md');
	await writeFile(file, 'an older file\n');
	await chmod(file, 0o644);
	await withApp(w, async app => {
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
