// Which case a remembered result's key is: chosen once (settings/whose-key.ts), worded by each language.
import {afterEach, test} from 'node:test';
import assert from 'node:assert/strict';
import {setLanguage} from '../../source/messages/language.js';
import {whoseKey} from '../../source/settings/whose-key.js';
import {whoseMessages} from '../../source/messages/whose.js';

afterEach(() => setLanguage('en'));

test('whoseKey: an app\'s key, the same source with another key in it, another source, or not known', () => {
	assert.deepEqual(whoseKey('claude_code', 'env'), {kind: 'app', app: 'claude_code'});
	assert.deepEqual(whoseKey('env', 'env'), {kind: 'sameSource', source: 'env'});
	assert.deepEqual(whoseKey('prompt', 'prompt'), {kind: 'otherSource', source: 'prompt'}, 'a pasted key has no "what it held then"');
	assert.deepEqual(whoseKey('dotenv', 'env'), {kind: 'otherSource', source: 'dotenv'});
	assert.deepEqual(whoseKey(undefined, 'env'), {kind: 'unknown'});
	assert.deepEqual(whoseKey('none', 'env'), {kind: 'unknown'});
});

test('both languages word the case whoseKey chose: the same source says "then", another source names it, an unknown one says only "another key"', () => {
	const say = (keyWas: Parameters<typeof whoseKey>[0], keyIs: Parameters<typeof whoseKey>[1]) => whoseMessages.elsewhere({changed: 'key', keyWas, keyIs});
	assert.equal(say('env', 'env'), 'for the key DEEPSEEK_API_KEY held then, not the one it holds now');
	assert.equal(say('env', 'dotenv'), 'for the key in DEEPSEEK_API_KEY, not the one in use now');
	assert.equal(say(undefined, 'env'), 'for another key than the one in use now');
	setLanguage('zh-CN');
	assert.equal(say('env', 'env'), '检查的是 DEEPSEEK_API_KEY 当时的 key，不是现在这个');
	assert.equal(say('env', 'dotenv'), '检查的是 DEEPSEEK_API_KEY 里的 key，不是现在用的这个');
	assert.equal(say(undefined, 'env'), '检查的不是现在这个 key');
});
