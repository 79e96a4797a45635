// One screen or report names the service in full once, by its short name after (providers/naming.ts).
import {afterEach, test} from 'node:test';
import assert from 'node:assert/strict';
import {setLanguage} from '../../source/messages/language.js';
import {namingFor, shortNameOf} from '../../source/providers/naming.js';
import {providerRow, providerTable} from '../../source/providers/table.js';

afterEach(() => setLanguage('en'));

const dashscope = {id: 'dashscope', name: 'Alibaba Cloud Model Studio (DashScope)'} as const;

test('the first text that names the service keeps its full name, once; every later mention is its short name', () => {
	const name = namingFor(dashscope);
	assert.equal(name('Checks done.'), 'Checks done.', 'a text without the name changes nothing, nor counts as the first mention');
	assert.equal(
		name('Your calls go to Alibaba Cloud Model Studio (DashScope), not DeepSeek: errors there are Alibaba Cloud Model Studio (DashScope)\'s.'),
		'Your calls go to Alibaba Cloud Model Studio (DashScope), not DeepSeek: errors there are Model Studio\'s.',
	);
	assert.equal(name('Check your key in the Alibaba Cloud Model Studio (DashScope) console'), 'Check your key in the Model Studio console');
	// A new screen starts again.
	assert.equal(namingFor(dashscope)('in the Alibaba Cloud Model Studio (DashScope) console'), 'in the Alibaba Cloud Model Studio (DashScope) console');
});

test('in Chinese the short name is what its Chinese users say, with no space between it and Chinese words, a space before Latin', () => {
	setLanguage('zh-CN');
	const name = namingFor(dashscope);
	assert.equal(name('你的调用发往 Alibaba Cloud Model Studio (DashScope)，不是 DeepSeek'), '你的调用发往 Alibaba Cloud Model Studio (DashScope)，不是 DeepSeek');
	assert.equal(name('调用发往 Alibaba Cloud Model Studio (DashScope)（dashscope.aliyuncs.com）'), '调用发往百炼（dashscope.aliyuncs.com）');
	assert.equal(name('在 Alibaba Cloud Model Studio (DashScope) 的控制台查看'), '在百炼的控制台查看');
	assert.equal(name('DeepSeek 和 Alibaba Cloud Model Studio (DashScope) sk-…'), 'DeepSeek 和百炼 sk-…');
	// A short name in Latin letters keeps its spaces among Chinese words.
	const azure = namingFor({id: 'azure', name: 'Azure AI Foundry'});
	assert.equal(azure('Azure AI Foundry 拒绝'), 'Azure AI Foundry 拒绝');
	assert.equal(azure('在 Azure AI Foundry 的控制台'), '在 Azure 的控制台');
});

test('a service without a short name, one named otherwise (a gateway\'s own name), or none at all: every mention as it is', () => {
	const providers = [{id: 'openrouter', name: 'OpenRouter'}, {id: 'opencode-zen', name: 'OpenCode Zen'}, {id: 'dashscope', name: 'My Gateway'}, undefined, null] as const;
	for (const provider of providers) {
		const name = namingFor(provider);
		for (const text of ['Calls go to OpenRouter, OpenRouter', 'OpenCode Zen or OpenCode Zen', 'My Gateway and My Gateway', 'Alibaba Cloud Model Studio (DashScope) or Alibaba Cloud Model Studio (DashScope)']) {
			assert.equal(name(text), text, `${provider?.name}: ${text}`);
		}
	}
});

test('every short name is shorter than the name it stands for, in both languages, and is no other service\'s name', () => {
	const names = new Set(providerTable.map(row => row.name));
	for (const row of providerTable) {
		if (!row.shortName) continue;
		for (const short of Object.values(row.shortName)) {
			assert.ok(short.trim() === short && short.length > 0 && short.length < row.name.length, `${row.id}: ${short}`);
			assert.ok(!names.has(short) || short === row.name, `${row.id}: ${short} is another service's name`);
		}
	}
	// Without one, a label takes the name without its gloss in brackets.
	assert.equal(shortNameOf(providerRow('opencode-zen')), 'OpenCode Zen');
	setLanguage('zh-CN');
	assert.equal(shortNameOf(providerRow('modelscope')), '魔搭');
});
