// One screen or report names the service in full once, by its short name after (providers/naming.ts).
import {afterEach, test} from 'node:test';
import assert from 'node:assert/strict';
import {setLanguage} from '../../source/messages/language.js';
import {inFull, namingFor, shortNameOf} from '../../source/providers/naming.js';
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

test('Anthropic\'s own API: "Anthropic API" once, as its errors name it, then the company, in both languages', () => {
	const anthropic = {id: 'anthropic', name: 'Anthropic API'} as const;
	const name = namingFor(anthropic);
	assert.equal(name('Anthropic API rejects this key. Calls go to Anthropic API, not DeepSeek.'), 'Anthropic API rejects this key. Calls go to Anthropic, not DeepSeek.');
	assert.equal(name('Check your key, balance and settings in the Anthropic API console'), 'Check your key, balance and settings in the Anthropic console');
	setLanguage('zh-CN');
	assert.equal(namingFor(anthropic)('调用发往 Anthropic API，在 Anthropic API 创建'), '调用发往 Anthropic API，在 Anthropic 创建');
});

test('in Chinese the short name is what its Chinese users say, with no space between it and Chinese words, a space before Latin', () => {
	setLanguage('zh-CN');
	const name = namingFor(dashscope);
	// The first mention is its Chinese name, as its own Chinese console says it, spaced as Chinese words.
	assert.equal(name('你的调用发往 Alibaba Cloud Model Studio (DashScope)，不是 DeepSeek'), '你的调用发往阿里云百炼，不是 DeepSeek');
	assert.equal(name('调用发往 Alibaba Cloud Model Studio (DashScope)（dashscope.aliyuncs.com）'), '调用发往百炼（dashscope.aliyuncs.com）');
	assert.equal(name('在 Alibaba Cloud Model Studio (DashScope) 的控制台查看'), '在百炼的控制台查看');
	assert.equal(name('DeepSeek 和 Alibaba Cloud Model Studio (DashScope) sk-…'), 'DeepSeek 和百炼 sk-…');
	const zhipu = namingFor({id: 'zhipu', name: 'Zhipu BigModel (智谱)'});
	assert.equal(zhipu('调用发往 Zhipu BigModel (智谱)（open.bigmodel.cn）'), '调用发往智谱 BigModel 开放平台（open.bigmodel.cn）');
	assert.equal(zhipu('Zhipu BigModel (智谱) 不支持'), '智谱不支持');
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

test('a text shown on its own names every service in full each time, in Chinese by its Chinese name with no space beside Chinese words', () => {
	const text = (name: string) => `这个地址属于 ${name}，而不是 DeepSeek。`;
	assert.equal(inFull('This address belongs to Volcengine Ark, not DeepSeek.'), 'This address belongs to Volcengine Ark, not DeepSeek.');
	setLanguage('zh-CN');
	assert.equal(inFull(text('Volcengine Ark')), '这个地址属于火山方舟，而不是 DeepSeek。');
	assert.equal(inFull(`${text('PPIO (派欧云)')} PPIO (派欧云)`), '这个地址属于派欧云 PPIO，而不是 DeepSeek。派欧云 PPIO');
	// Two services in one text (last time's result for another address): each by its own name.
	assert.equal(inFull('上次：你的调用发往 Alibaba Cloud Model Studio (DashScope)，不是 Baidu Qianfan'), '上次：你的调用发往阿里云百炼，不是百度千帆');
	// A name with no Chinese one, or none the table knows: as it is.
	for (const name of ['OpenRouter', 'Azure AI Foundry', 'My Gateway']) assert.equal(inFull(text(name)), text(name));
});

test('a service whose Chinese short name is Chinese has a Chinese name in full, the short name part of it, as its own console says it', () => {
	const han = /\p{Script=Han}/u;
	for (const row of providerTable) {
		const short = row.shortName?.['zh-CN'];
		if (short !== undefined && han.test(short)) assert.ok(row.chineseName !== undefined, `${row.id}: ${short} after an English name`);
		if (row.chineseName === undefined) continue;
		// Without a short name (硅基流动) the Chinese name is said at every mention (the test below).
		assert.ok(short === undefined || row.chineseName.includes(short), `${row.id}: ${row.chineseName} and ${short}`);
		assert.ok(han.test(row.chineseName) && row.chineseName !== row.name, `${row.id}: ${row.chineseName}`);
	}
	setLanguage('zh-CN');
	assert.deepEqual(
		(['volcengine-ark', 'dashscope', 'tencent-lkeap', 'baidu-qianfan', 'modelscope', 'zhipu', 'ppio'] as const).map(id => namingFor(providerRow(id))(providerRow(id).name)),
		['火山方舟', '阿里云百炼', '腾讯云知识引擎原子能力', '百度千帆', '魔搭社区', '智谱 BigModel 开放平台', '派欧云 PPIO'],
	);
});

test('in Chinese a service with a Chinese name and no short name (SiliconFlow, 硅基流动) is called so at every mention, its own sentences too; English keeps its name', async () => {
	const siliconflow = {id: 'siliconflow', name: 'SiliconFlow'} as const;
	const chineseName = providerRow('siliconflow').chineseName;
	assert.equal(chineseName, '硅基流动');
	assert.equal(namingFor(siliconflow)('Calls go to SiliconFlow, not DeepSeek: top up on SiliconFlow'), 'Calls go to SiliconFlow, not DeepSeek: top up on SiliconFlow');
	assert.equal(shortNameOf(providerRow('siliconflow')), 'SiliconFlow');
	setLanguage('zh-CN');
	const name = namingFor(siliconflow);
	assert.equal(name('调用发往 SiliconFlow（api.siliconflow.cn），不是 DeepSeek'), '调用发往硅基流动（api.siliconflow.cn），不是 DeepSeek', 'the first mention too; the host as it is');
	assert.equal(name('请在 SiliconFlow 充值，SiliconFlow sk-…'), '请在硅基流动充值，硅基流动 sk-…');
	assert.equal(shortNameOf(providerRow('siliconflow')), '硅基流动');
	// Its own balance sentences, written in Chinese, say it the same way.
	const {providerBalanceMessages, detectMessages} = await import('../../source/messages/providers.js');
	const said = [
		providerBalanceMessages.siliconFlowLeft({total: '1.00', unit: 'CNY', paid: '1.00', gift: '0.00'}),
		providerBalanceMessages.siliconFlowUsedUp({total: '0.00', unit: 'CNY'}),
		providerBalanceMessages.siliconFlowDiscontinued,
		providerBalanceMessages.noteCurrencyAssumed,
		providerBalanceMessages.noteAccountStatus({status: 'frozen'}),
		detectMessages.modelsSiliconFlowPro({id: 'Pro/deepseek-ai/DeepSeek-V3'}),
	];
	for (const sentence of said) {
		assert.ok(sentence.includes('硅基流动') && !sentence.includes('SiliconFlow'), sentence);
	}
});
