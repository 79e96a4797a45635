// Properties over generated settings files: a real settings file mutated (cut at any byte, a
// field of another type, nested deeper, escapes and the key spliced in) or any bytes at all.
// loadSettings never throws; it gives what it could read (every field it kept valid, the file
// untouched) or defaults with a notice, and then the damaged file is beside it with every byte
// it had. The notice holds no whole key and no control character, in English and in Chinese.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {test} from 'node:test';
import fc from 'fast-check';
import '../helpers/property-seed.js';
import {setLanguage} from '../../source/messages/language.js';
import {asideCopies} from '../../source/settings/file.js';
import {loadSettings, validate} from '../../source/settings/index.js';
import {toStored} from '../../source/settings/schema.js';
import {arbitraryKey, assertNoControls, assertNoWholeKey, mutatedBody, oddValue} from '../helpers/hostile-input.js';

/** A settings file as a run writes it: every field set. */
function realFile(key: string): string {
	return JSON.stringify({
		schemaVersion: 1,
		baseUrl: 'https://api.deepseek.com',
		keySource: 'remembered',
		apiKey: key,
		alertThreshold: '5.00',
		alertCurrency: 'CNY',
		lastDiagnosis: {at: '2026-11-02T12:00:00.000Z', verdict: 'insufficient_balance', summary: 'The balance is 0.00 CNY.', path: ['start', 'check']},
		probeModel: 'deepseek-chat',
		language: 'zh-CN',
		balanceHistory: [
			{at: '2026-11-01T12:00:00.000Z', currency: 'CNY', total: '10.00'},
			{at: '2026-11-02T12:00:00.000Z', currency: 'CNY', total: '8.50'},
		],
	}, null, '\t');
}

const arbitraryFile = arbitraryKey.chain(key =>
	fc.record({
		key: fc.constant(key),
		bytes: fc.oneof(
			mutatedBody(realFile(key), key).map(text => Buffer.from(text)),
			mutatedBody(JSON.stringify({baseUrl: 'https://relay.example/v1', key, history: []}), key).map(text => Buffer.from(text)),
			fc.uint8Array({maxLength: 300}).map(bytes => Buffer.from(bytes)),
			// JSON that is no settings object at all: null, a number, a list, a string.
			oddValue(key).map(value => Buffer.from(JSON.stringify(value) ?? '')),
		),
	}),
);

test('any bytes in the settings file: no throw; what was read is valid and the file untouched, or defaults with a notice and the file set aside whole', () => {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'deepseek-fix-properties-'));
	let run = 0;
	try {
		fc.assert(
			fc.property(arbitraryFile, fc.constantFrom('en', 'zh-CN'), ({key, bytes}, language) => {
				setLanguage(language);
				const dir = path.join(root, String(run++));
				fs.mkdirSync(dir);
				const file = path.join(dir, 'config.json');
				fs.writeFileSync(file, bytes);
				const loaded = loadSettings({DEEPSEEK_FIX_CONFIG_DIR: dir});
				assert.equal(loaded.settingsUnusable, false);
				if (loaded.fileExists) {
					assert.deepEqual(fs.readFileSync(file), bytes, 'a file that was read stays as it was');
					const again = validate(toStored(loaded.settings));
					assert.deepEqual(again.dropped, [], 'what was kept is valid');
					assert.deepEqual(again.settings, loaded.settings);
				} else {
					assert.ok(loaded.notice, 'a file set aside is told');
					assert.ok(!fs.existsSync(file), 'the damaged file is no longer in the way');
					const copies = asideCopies(file);
					assert.equal(copies.length, 1, copies.join(', '));
					assert.deepEqual(fs.readFileSync(copies[0] ?? ''), bytes, 'the copy set aside holds every byte');
				}
				if (loaded.notice !== undefined) {
					assertNoWholeKey(loaded.notice, key, 'the notice');
					assertNoControls(loaded.notice, 'the notice');
				}
			}),
			{numRuns: 1000, includeErrorInReport: true},
		);
	} finally {
		setLanguage('en');
		fs.rmSync(root, {recursive: true, force: true});
	}
});
