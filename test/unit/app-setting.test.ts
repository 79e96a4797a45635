// How sentences name an agent app's setting: an item of Aider's `api-key:` / `set-env:` lists as the
// item the user wrote under its entry, in both languages; every other name as it is.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {aiderItemName, aiderItemOf, appSettingEn, appSettingZh} from '../../source/text/app-setting.js';
import {checkMessages} from '../../source/messages/checks.js';
import {fixMessages} from '../../source/messages/fixes.js';
import {wizardText} from '../../source/messages/wizard.js';
import {setLanguage} from '../../source/messages/language.js';

test('an item of an Aider list entry is said as written under its entry; other names as they are', () => {
	assert.equal(aiderItemName('api-key', 'deepseek'), 'api-key deepseek', 'the JSON name');
	assert.deepEqual(aiderItemOf('aider', 'set-env DEEPSEEK_API_BASE'), {entry: 'set-env', item: 'DEEPSEEK_API_BASE'});
	assert.equal(appSettingEn('aider', 'api-key deepseek'), 'the deepseek= item under api-key');
	assert.equal(appSettingEn('aider', 'set-env DEEPSEEK_API_BASE'), 'the DEEPSEEK_API_BASE= item under set-env');
	assert.equal(appSettingZh('aider', 'api-key deepseek'), 'api-key 下的 deepseek=');
	assert.equal(appSettingZh('aider', 'set-env DEEPSEEK_API_BASE'), 'set-env 下的 DEEPSEEK_API_BASE=');
	for (const [app, name] of [['aider', 'openai-api-key'], ['aider', 'DEEPSEEK_API_BASE'], ['aider', 'api-key '], ['opencode', 'api-key deepseek'], ['claude_code', 'ANTHROPIC_AUTH_TOKEN']] as const) {
		assert.equal(appSettingEn(app, name), name, `${app} ${name}`);
		assert.equal(appSettingZh(app, name), name, `${app} ${name}`);
	}
});

test('every sentence naming an app\'s setting says an Aider item as written, in both languages', () => {
	const key = {app: 'aider', variable: 'api-key deepseek', masked: 'sk-…abcd', file: '~/.aider.conf.yml'} as const;
	const said = () => [
		checkMessages.keyPresent.missingButInApp(key),
		checkMessages.endpoint.inApp('aider', 'set-env DEEPSEEK_API_BASE', '~/.aider.conf.yml'),
		fixMessages.setKeyFromApp(key),
		wizardText.key.helpApp(key),
	];
	try {
		setLanguage('en');
		const [summary, base, fix, help] = said();
		assert.match(summary!, /Aider's ~\/\.aider\.conf\.yml sets the deepseek= item under api-key to a DeepSeek-shaped key \(sk-…abcd\)/);
		assert.equal(base, "the DEEPSEEK_API_BASE= item under set-env in Aider's ~/.aider.conf.yml");
		assert.match(fix!, /to the key in the deepseek= item under api-key in Aider's ~\/\.aider\.conf\.yml \(sk-…abcd\)/);
		assert.match(help!, /sets the deepseek= item under api-key to a DeepSeek-shaped key/);
		setLanguage('zh-CN');
		const [summaryZh, baseZh, fixZh, helpZh] = said();
		assert.match(summaryZh!, /Aider 的 ~\/\.aider\.conf\.yml 把 api-key 下的 deepseek= 设为一个 DeepSeek 格式的 key/);
		assert.equal(baseZh, '~/.aider.conf.yml 里 set-env 下的 DEEPSEEK_API_BASE=');
		assert.match(fixZh!, /^Aider 发送的 key（sk-…abcd）来自 ~\/\.aider\.conf\.yml 里 api-key 下的 deepseek=：/);
		assert.match(helpZh!, /把 api-key 下的 deepseek= 设为一个 DeepSeek 格式的 key/);
		for (const text of [summaryZh, baseZh, fixZh, helpZh]) assert.doesNotMatch(text!, /api-key deepseek|set-env DEEPSEEK_API_BASE/);
	} finally {
		setLanguage('en');
	}
});

test('an item of an AIDER_… variable in the environment reads without a second "in" or a second 的', () => {
	const key = {app: 'aider', variable: 'AIDER_API_KEY deepseek', masked: 'sk-…abcd', file: ''} as const;
	try {
		setLanguage('en');
		assert.match(wizardText.key.helpApp(key), /^The deepseek= item of AIDER_API_KEY in the environment holds a DeepSeek-shaped key \(sk-…abcd\)/);
		assert.match(fixMessages.setKeyFromApp(key), /^Set DEEPSEEK_API_KEY to the key in the deepseek= item of AIDER_API_KEY in the environment \(sk-…abcd\)/);
		setLanguage('zh-CN');
		assert.match(wizardText.key.helpApp(key), /^环境变量 AIDER_API_KEY 里的 deepseek= 是一个 DeepSeek 格式的 key（sk-…abcd）/);
		assert.match(checkMessages.keyPresent.missingButInApp(key), /但环境变量 AIDER_API_KEY 里的 deepseek= 是一个 DeepSeek 格式的 key/);
		// A variable of its own keeps 的值是.
		assert.match(wizardText.key.helpApp({...key, variable: 'AIDER_OPENAI_API_KEY'}), /^环境变量 AIDER_OPENAI_API_KEY 的值是一个/);
	} finally {
		setLanguage('en');
	}
});

test('the base-URL question\'s help says in Chinese whose settings send the calls elsewhere, with 的 before the word', () => {
	try {
		setLanguage('zh-CN');
		assert.match(wizardText.baseUrl.helpApp({app: 'aider'}), /^Aider 的设置把调用发往另一个地址/);
		assert.match(wizardText.baseUrl.helpApp({app: 'opencode'}), /^OpenCode 的配置把调用发往另一个地址/);
	} finally {
		setLanguage('en');
	}
});
