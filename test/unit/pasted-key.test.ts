import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readPastedKey} from '../../source/checks/pasted-key.js';
import {setLanguage} from '../../source/messages/language.js';
import {maskKey} from '../../source/text/safe.js';
import {keyFieldLines} from '../../source/ui/text-field.js';
import {testKey} from '../helpers/results.js';

const key = testKey;
const preview = `Looks like ${maskKey(key)} (35 characters). It stays hidden.`;

test('readPastedKey: one key wrapped in quotes, "Bearer ", a NAME= or export line, spaces or line ends is kept alone, with what was around it', () => {
	const cases: Array<[string, string]> = [
		[key, ''],
		[`${key}\r\n`, 'spaces'],
		[`  ${key}\u3000`, 'spaces'],
		[`"${key}"`, 'quotes'],
		[`'${key}'\r`, 'spaces,quotes'],
		[`“${key}”`, 'quotes'],
		[`" ${key} "`, 'quotes,spaces'],
		[`Bearer ${key}`, 'bearer'],
		[`"Bearer ${key}"`, 'quotes,bearer'],
		[`DEEPSEEK_API_KEY=${key}`, 'assignment'],
		[`export DEEPSEEK_API_KEY="${key}"\n`, 'spaces,assignment,quotes'],
		[`OPENAI_API_KEY = '${key}'`, 'assignment,quotes'],
		// The same line as other shells write it, copied from a readme for Windows, fish or Nushell.
		[`$env:DEEPSEEK_API_KEY="${key}"`, 'assignment,quotes'],
		[`$Env:DEEPSEEK_API_KEY = '${key}'\r\n`, 'spaces,assignment,quotes'],
		[`set DEEPSEEK_API_KEY=${key}`, 'assignment'],
		[`SET DEEPSEEK_API_KEY=${key}`, 'assignment'],
		[`setx DEEPSEEK_API_KEY "${key}"`, 'assignment,quotes'],
		[`set -gx DEEPSEEK_API_KEY ${key}`, 'assignment'],
		[`set --export DEEPSEEK_API_KEY '${key}'`, 'assignment,quotes'],
		[`$env.DEEPSEEK_API_KEY = "${key}"`, 'assignment,quotes'],
	];
	for (const [typed, removed] of cases) {
		const read = readPastedKey(typed);
		assert.equal(read.kind, 'key', JSON.stringify(typed));
		if (read.kind !== 'key') continue;
		assert.equal(read.key, key, JSON.stringify(typed));
		assert.equal(read.removed.map(({kind}) => kind).join(','), removed, JSON.stringify(typed));
	}
	assert.deepEqual(readPastedKey(`DEEPSEEK_API_KEY=${key}`), {kind: 'key', key, removed: [{kind: 'assignment', name: 'DEEPSEEK_API_KEY'}]});
	assert.deepEqual(readPastedKey(`set -Ux OPENAI_API_KEY ${key}`), {kind: 'key', key, removed: [{kind: 'assignment', name: 'OPENAI_API_KEY'}]});
});

test('readPastedKey: a character inside the key is never changed (an invisible or full-width one is key_format\'s to report)', () => {
	for (const typed of [`${key}\u200B`, `${key.slice(0, 19)}\u200B${key.slice(19)}`, `ｓｋ－${key.slice(3)}`, `${key.slice(0, -1)}Ｆ`, `"${key}`, 'TOKEN=xyz1234567890', `${key}${key}`]) {
		assert.deepEqual(readPastedKey(typed), {kind: 'key', key: typed, removed: []}, JSON.stringify(typed));
	}
});

test('readPastedKey: two keys, or spaces and line breaks inside, are not one key', () => {
	assert.deepEqual(readPastedKey(`${key}\n${key}`), {kind: 'several_keys', count: 2});
	assert.deepEqual(readPastedKey(`${key} ${key}`), {kind: 'several_keys', count: 2});
	assert.deepEqual(readPastedKey(`OPENAI_API_KEY=sk-proj-abc123\nDEEPSEEK_API_KEY=${key}\n`), {kind: 'several_keys', count: 2});
	for (const typed of [`${key.slice(0, 19)}\n${key.slice(19)}`, `${key.slice(0, 19)}\r${key.slice(19)}`, 'my key is here', `Authorization: Bearer ${key}`, `${key} # DeepSeek`, `"${key}\nsecond"`]) {
		assert.deepEqual(readPastedKey(typed), {kind: 'not_one_key'}, JSON.stringify(typed));
	}
});

test('keyFieldLines: the masked key, then one line saying what was left out; or one sentence for what is not one key (English and Chinese)', () => {
	assert.deepEqual(keyFieldLines(key), [preview]);
	assert.deepEqual(keyFieldLines(`"${key}"`), [preview, 'Removed the quotes around the key.']);
	assert.deepEqual(keyFieldLines(`${key}\r\n`), [preview, 'Removed the spaces or line breaks around the key.']);
	assert.deepEqual(keyFieldLines(`Bearer ${key}`), [preview, 'Removed "Bearer " before the key.']);
	assert.deepEqual(keyFieldLines(`'Bearer ${key}'`), [preview, 'Removed the quotes and "Bearer " around the key.']);
	assert.deepEqual(keyFieldLines(`export DEEPSEEK_API_KEY="${key}"`), [preview, 'Kept only the key from the line that sets DEEPSEEK_API_KEY.']);
	assert.deepEqual(keyFieldLines(`${key}\n${key}`), ['That is 2 keys, not one: paste only the key your program uses.']);
	assert.deepEqual(keyFieldLines(`${key.slice(0, 19)}\n${key.slice(19)}`), [
		'That is not one key: it has spaces or line breaks inside. Copy the key again in one piece (sk-… with no spaces).',
	]);
	assert.match(keyFieldLines(`"${key}${key}"`)[0] ?? '', /: 70 characters, and a DeepSeek key has 35/);
	assert.deepEqual(keyFieldLines('"sk-1"'), [], 'too short to show');
	for (const lines of [keyFieldLines(`Bearer ${key}`), keyFieldLines(`${key}\n${key}`)]) assert.ok(lines.every(line => !line.includes(key)), 'the key never whole');
	setLanguage('zh-CN');
	try {
		assert.deepEqual(keyFieldLines(`“${key}”`), [`已收到 ${maskKey(key)}（35 个字符），内容不会显示。`, '已去掉 key 两边的引号。']);
		assert.deepEqual(keyFieldLines(`DEEPSEEK_API_KEY=${key}`)[1], '只保留了设置 DEEPSEEK_API_KEY 的那一行里的 key。');
	} finally {
		setLanguage('en');
	}
});
