// A terminal whose locale's characters are not UTF-8 (zh_CN.GBK here): every byte the wizard
// writes is ASCII, on every screen the walks reach (the start screen, menus, running checks,
// results, the key field, help, a window too small), in a wide window and in 40 × 15. Any other
// byte would be read as another character there (text/ascii-text.ts).
import '../helpers/ascii-locale.js';
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {setLanguage} from '../../source/messages/language.js';
import {glyphs} from '../../source/text/glyphs.js';
import {wizardEnding, type SweepPath} from '../helpers/sweep.js';
import type {ScenarioName} from '../fake/server.js';
import {keys, session, world} from './helpers.js';

/** The first character outside ASCII in what was written, with the frame it is in; undefined when none. */
function notAscii(raw: readonly string[]): string | undefined {
	for (const frame of raw) {
		const at = frame.search(/\P{ASCII}/u);
		if (at !== -1) return `"${frame.slice(at, at + 1)}" (U+${frame.codePointAt(at)!.toString(16)}) in:\n${frame}`;
	}
	return undefined;
}

const sizes = [
	{columns: 100, rows: 30},
	{columns: 40, rows: 15},
];

const walks: ReadonlyArray<[ScenarioName, readonly SweepPath[]]> = [
	['ok', ['all', 'balance']],
	['zero_balance', ['all', '402', 'drain']],
	['invalid_key', ['401']],
	['key_replaced', ['balance']],
	['rate_limited', ['429']],
	['status_outage', ['5xx']],
	['connection_reset', ['net']],
	['openai_relay', ['all']],
	['one_api_no_channel', ['402']],
];

test('the symbols of such a locale are ASCII', () => {
	assert.equal(glyphs.pointer, '>');
	assert.equal(glyphs.arrow, '->');
	assert.equal(glyphs.ellipsis, '...');
});

for (const size of sizes) {
	for (const [name, paths] of walks) {
		test(`${size.columns} x ${size.rows}, ${name}: every byte the wizard writes on the way to its results is ASCII (${paths.join(', ')})`, async () => {
			setLanguage('en');
			for (const path of paths) {
				let raw: readonly string[] = [];
				await wizardEnding(name, path, size, written => (raw = written));
				assert.ok(raw.length > 0);
				const found = notAscii(raw);
				assert.equal(found, undefined, `${path}: ${found}`);
			}
		});
	}

	test(`${size.columns} x ${size.rows}: the key field, its refusals, help and a window too small are ASCII`, async () => {
		setLanguage('en');
		const w = await world('ok', {key: undefined});
		await session(
			w,
			async app => {
				await app.waitFor('What is happening?');
				await app.press('?');
				await app.press(keys.escape);
				await app.choose('Check my balance');
				await app.choose('Paste a key');
				await app.waitFor('Paste the key');
				await app.type('sk-aaaa sk-bbbb');
				await app.press(keys.enter);
				await app.waitFor('keys, not one');
				app.resize({columns: 20, rows: 5});
				await app.waitFor('This window is too');
				app.resize(size);
				const found = notAscii(app.raw());
				assert.equal(found, undefined, found);
			},
			{},
			size,
		);
	});
}
