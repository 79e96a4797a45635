// Provider detection: every host pattern of docs/relays.md (and look-alikes that must not
// match), and fingerprints from canned answers (one-api/new-api, OpenRouter, SiliconFlow…).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {HttpAnswer, HttpFailure} from '../../source/deepseek/types.js';
import {platformUrls} from '../../source/deepseek/facts.js';
import {
	detectByFingerprint,
	detectByHost,
	readGatewayStatus,
} from '../../source/providers/detect.js';
import {keysUrl, rateLimitUrl} from '../../source/providers/host.js';
import {billsUsersDeepSeek, isOtherService, outageCanReach, passesKeyOn, providerRow, providerTable} from '../../source/providers/table.js';
import {providerIds, type ProviderId} from '../../source/providers/types.js';

function answer(status: number, json: unknown, extra: Partial<HttpAnswer> = {}): HttpAnswer {
	const text = json === undefined ? '' : JSON.stringify(json);
	return {
		kind: 'answer',
		url: 'http://127.0.0.1:1/x',
		status,
		traceId: undefined,
		contentType: 'application/json',
		text,
		json,
		bodyProblem: undefined,
		apiError: undefined,
		durationMs: 1,
		...extra,
	};
}

function html(status: number): HttpAnswer {
	return answer(status, undefined, {
		contentType: 'text/html; charset=utf-8',
		text: '<!doctype html><html><body><div id="root"></div></body></html>',
		bodyProblem: 'not_json',
	});
}

const refused: HttpFailure = {
	kind: 'failure',
	url: 'http://127.0.0.1:1/x',
	reason: 'connection_refused',
	message: '127.0.0.1:1 refused the connection.',
	code: 'ECONNREFUSED',
	durationMs: 1,
};

const hostCases: [string, ProviderId][] = [
	['https://api.deepseek.com', 'deepseek'],
	['https://API.DeepSeek.com/v1', 'deepseek'],
	['https://api.deepseek.com:443/beta', 'deepseek'],
	['https://api.deepseek.com./', 'deepseek'],
	['https://openrouter.ai/api/v1', 'openrouter'],
	['https://openrouter.ai/api', 'openrouter'],
	['https://api.siliconflow.cn/v1', 'siliconflow'],
	['https://api.siliconflow.com/v1', 'siliconflow'],
	['https://api.ap.siliconflow.com/v1', 'siliconflow'],
	['https://api.together.xyz/v1', 'together'],
	['https://api.together.ai', 'together'],
	['https://api.fireworks.ai/inference/v1', 'fireworks'],
	['https://ark.cn-beijing.volces.com/api/v3', 'volcengine-ark'],
	['https://ark.ap-southeast-1.volces.com/api/v3', 'volcengine-ark'],
	['https://dashscope.aliyuncs.com/compatible-mode/v1', 'dashscope'],
	['https://dashscope-intl.aliyuncs.com/compatible-mode/v1', 'dashscope'],
	['https://dashscope-us.aliyuncs.com/compatible-mode/v1', 'dashscope'],
	['https://ws-abc123.cn-beijing.maas.aliyuncs.com/compatible-mode/v1', 'dashscope'],
	['https://api.lkeap.cloud.tencent.com/v1', 'tencent-lkeap'],
	['https://api.lkeap.tencentcloud.com/v1', 'tencent-lkeap'],
	['https://qianfan.baidubce.com/v2', 'baidu-qianfan'],
	['https://my-project.services.ai.azure.com/models', 'azure'],
	['https://deepseek-r1-model01.eastus.models.ai.azure.com', 'azure'],
	['https://my-resource.openai.azure.com', 'azure'],
	['https://models.github.ai/inference', 'github-models'],
	['https://models.inference.ai.azure.com', 'github-models'],
	['https://api.openai.com/v1', 'openai'],
	['https://api.anthropic.com', 'anthropic'],
	['https://API.Anthropic.com/v1/', 'anthropic'],
	['https://integrate.api.nvidia.com/v1', 'nvidia'],
	['https://api-inference.modelscope.cn/v1', 'modelscope'],
	['https://open.bigmodel.cn/api/paas/v4', 'zhipu'],
	['https://open.bigmodel.cn/api/anthropic', 'zhipu'],
	['https://opencode.ai/zen/v1', 'opencode-zen'],
	['https://opencode.ai/zen/go/v1', 'opencode-zen'],
	['https://api.groq.com/openai/v1', 'groq'],
	['https://router.huggingface.co/v1', 'huggingface'],
	['https://ai-gateway.vercel.sh/v1', 'vercel-ai-gateway'],
	['https://api.deepinfra.com/v1/openai', 'deepinfra'],
	['https://api.venice.ai/api/v1', 'venice'],
	['https://api.cline.bot/api/v1', 'cline'],
	['https://api.kilo.ai/api/gateway', 'kilo'],
	['https://api.kilo.ai/api/openrouter', 'kilo'],
	['https://ollama.com/v1', 'ollama-cloud'],
	['https://ollama.com/api', 'ollama-cloud'],
	['https://api.cloudflare.com/client/v4/accounts/0123456789abcdef0123456789abcdef/ai/v1', 'cloudflare-workers-ai'],
	['https://api.cerebras.ai/v1', 'cerebras'],
	['https://api.sambanova.ai/v1', 'sambanova'],
	['https://api.pinference.ai/api/v1', 'prime-intellect'],
	['https://api.inference.wandb.ai/v1', 'wandb-inference'],
	['https://api.novita.ai/openai', 'novita'],
	['https://api.novita.ai/v3/openai', 'novita'],
	['https://bedrock-runtime.us-east-1.amazonaws.com', 'bedrock'],
	['https://bedrock-runtime.eu-central-1.amazonaws.com/openai/v1', 'bedrock'],
	['https://bedrock-mantle.us-east-2.api.aws/v1', 'bedrock'],
	['https://api.hyperbolic.xyz/v1', 'hyperbolic'],
	['https://gateway.ai.cloudflare.com/v1/5f0e4c2a9b7d41e3a8c6d2b0f1e9a7c3/my-gateway/deepseek', 'cloudflare-ai-gateway'],
	['https://gateway.ai.cloudflare.com/v1/5f0e4c2a9b7d41e3a8c6d2b0f1e9a7c3/my-gateway/deepseek/', 'cloudflare-ai-gateway'],
	['https://api.ppio.com/openai', 'ppio'],
	['https://api.ppio.com/openai/v1', 'ppio'],
	['https://api.ppinfra.com/v3/openai', 'ppio'],
	['https://api.modelarts-maas.com/v1', 'huawei-maas'],
	['https://API.MODELARTS-MAAS.COM:443/v1', 'huawei-maas'],
	['https://tokenhub.tencentcloudmaas.com/v1', 'tencent-tokenhub'],
	['https://tokenhub-intl.tencentcloudmaas.com/v1', 'tencent-tokenhub'],
	['https://TOKENHUB.TENCENTCLOUDMAAS.TECH:443/v1', 'tencent-tokenhub'],
	['https://tokenhub-intl.tencentcloudmaas.tech/v1', 'tencent-tokenhub'],
	['https://tokenhub.tencentmaas.com/v1', 'tencent-tokenhub'],
	['https://tokenhub-intl.tencentmaas.com/v1', 'tencent-tokenhub'],
	['https://deepseek.helicone.ai', 'helicone'],
	['https://deepseek.helicone.ai/v1', 'helicone'],
];

test('every host pattern of docs/relays.md names its provider', () => {
	for (const [url, id] of hostCases) {
		const provider = detectByHost(url);
		assert.equal(provider?.id, id, url);
		assert.equal(provider?.detectedBy, 'host', url);
		assert.equal(provider?.name, providerRow(id).name, url);
	}
});

test('every host rule in the table is covered by a host case', () => {
	const covered = new Set(hostCases.map(([url]) => new URL(url).hostname.toLowerCase().replace(/\.$/, '')));
	for (const row of providerTable) {
		for (const rule of row.hosts) {
			const regex = new RegExp(`^${rule.pattern.replaceAll('.', '\\.').replaceAll('*', '.+')}$`);
			assert.ok([...covered].some(host => regex.test(host)), `no case for ${rule.pattern}`);
		}
	}
});

test('look-alike hosts match nothing', () => {
	const lookAlikes = [
		'https://api.deepseek.com.evil.example',
		'https://evil-api.deepseek.com.example/v1',
		'https://xapi.deepseek.com',
		'https://api.deepseek.co',
		'https://evilopenrouter.ai/api/v1',
		'https://openrouter.ai.evil.example/api/v1',
		'https://api.siliconflow.cn.example',
		'https://fakeapi.siliconflow.cn',
		'https://api.together.xyz.example',
		'https://ark.volces.com/api/v3',
		'https://ark.cn-beijing.volces.com.evil.example',
		'https://notark.cn-beijing.volces.com',
		'https://maas.aliyuncs.com',
		'https://evil-dashscope.aliyuncs.com',
		'https://openai.azure.com',
		'https://services.ai.azure.com',
		'https://models.ai.azure.com',
		'https://x.models.ai.azure.com.evil.example',
		'https://x.openai.azure.com.evil.example',
		'https://models.github.ai.evil.example',
		'https://inference.ai.azure.com',
		'https://x.models.inference.ai.azure.com',
		'https://api-inference.modelscope.cn.evil.example',
		'https://modelscope.cn',
		'https://open.bigmodel.cn.evil.example',
		'https://bigmodel.cn',
		'https://opencode.ai.evil.example/zen/v1',
		'https://api.opencode.ai/zen/v1',
		'https://groq.com/openai/v1',
		'https://api.groq.com.evil.example/openai/v1',
		'https://huggingface.co/v1',
		'https://router.huggingface.co.evil.example/v1',
		'https://vercel.sh/v1',
		'https://evil-ai-gateway.vercel.sh/v1',
		'https://deepinfra.com/v1/openai',
		'https://api.deepinfra.com.evil.example/v1/openai',
		'https://venice.ai/api/v1',
		'https://api.venice.ai.evil.example/api/v1',
		'https://cline.bot/api/v1',
		'https://api.cline.bot.evil.example/api/v1',
		'https://kilo.ai/api/gateway',
		'https://evilapi.kilo.ai/api/gateway',
		'https://www.ollama.com/v1',
		'https://ollama.com.evil.example/v1',
		// Cloudflare's AI Gateway only on its DeepSeek path: its other providers, its unified /compat endpoint, a longer path.
		'https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/gw/openai',
		'https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/gw/compat',
		'https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/gw/deepseek/v1',
		'https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/deepseek',
		'https://gateway.ai.cloudflare.com/v2/0123456789abcdef0123456789abcdef/gw/deepseek',
		'https://gateway.ai.cloudflare.com',
		'https://gateway.ai.cloudflare.com.evil.example/v1/0123456789abcdef0123456789abcdef/gw/deepseek',
		'https://evil.example/v1/0123456789abcdef0123456789abcdef/gw/deepseek',
		'https://api.cloudflare.com.evil.example/client/v4',
		'https://cerebras.ai/v1',
		'https://api.cerebras.ai.evil.example/v1',
		'https://sambanova.ai/v1',
		'https://api.sambanova.ai.evil.example/v1',
		'https://pinference.ai/api/v1',
		'https://api.pinference.ai.evil.example/api/v1',
		'https://inference.wandb.ai/v1',
		'https://api.inference.wandb.ai.evil.example/v1',
		'https://novita.ai/openai',
		'https://api.novita.ai.evil.example/openai',
		'https://bedrock.us-east-1.amazonaws.com',
		'https://bedrock-runtime.amazonaws.com',
		'https://bedrock-runtime.us-east-1.amazonaws.com.evil.example',
		'https://evil.bedrock-runtime.us-east-1.amazonaws.com',
		'https://bedrock-mantle.us-east-2.api.aws.evil.example/v1',
		'https://hyperbolic.xyz/v1',
		'https://api.hyperbolic.xyz.evil.example/v1',
		'https://ppio.com/openai',
		'https://api.ppio.com.evil.example/openai',
		'https://evilapi.ppio.com/openai',
		'https://ppinfra.com/v3/openai',
		'https://api.ppinfra.com.evil.example/v3/openai',
		'https://modelarts-maas.com/v1',
		'https://api.modelarts-maas.com.evil.example/v1',
		'https://api.anthropic.com.evil.example',
		'https://infer-modelarts-cn-southwest-2.myhuaweicloud.com/v1/infers/0123/v1',
		'https://tencentcloudmaas.com/v1',
		'https://evil.tokenhub.tencentcloudmaas.com/v1',
		'https://tokenhub.tencentcloudmaas.com.evil.example/v1',
		'https://tokenhub.tencentcloudapi.com',
		'https://api.openai.com.evil.example',
		'https://api.deepseek.com@evil.example/v1',
		'http://127.0.0.1:8080',
		'http://localhost:3000/v1',
		'not a url',
		'',
	];
	for (const url of lookAlikes) assert.equal(detectByHost(url), undefined, url);
});

test('the console of each provider comes from the table, per host where it differs', () => {
	assert.equal(detectByHost('https://api.deepseek.com')?.consoleUrl, platformUrls.topUp);
	assert.equal(detectByHost('https://api.siliconflow.cn/v1')?.consoleUrl, 'https://cloud.siliconflow.cn/expensebill');
	assert.equal(detectByHost('https://api.siliconflow.com/v1')?.consoleUrl, 'https://cloud.siliconflow.com/expensebill');
	assert.equal(detectByHost('https://openrouter.ai/api')?.consoleUrl, 'https://openrouter.ai/settings/credits');
	// GitHub Models' older host is the same service: the same billing page.
	assert.equal(detectByHost('https://models.inference.ai.azure.com')?.consoleUrl, 'https://github.com/settings/billing');
	// ModelScope's API-Inference has nothing to top up.
	assert.equal(detectByHost('https://api-inference.modelscope.cn/v1')?.consoleUrl, null);
	// Zhipu's finance centre: its balance and resource packages.
	assert.equal(detectByHost('https://open.bigmodel.cn/api/paas/v4')?.consoleUrl, 'https://bigmodel.cn/finance-center/finance/overview');
	// OpenCode Zen and Go: one console, where the workspace's billing and keys are.
	assert.equal(detectByHost('https://opencode.ai/zen/go/v1')?.consoleUrl, 'https://opencode.ai/auth');
	assert.equal(detectByHost('https://api.groq.com/openai/v1')?.consoleUrl, 'https://console.groq.com/settings/billing');
	assert.equal(detectByHost('https://router.huggingface.co/v1')?.consoleUrl, 'https://huggingface.co/settings/billing');
	assert.equal(detectByHost('https://ai-gateway.vercel.sh/v1')?.consoleUrl, 'https://vercel.com/d?to=%2F%5Bteam%5D%2F%7E%2Fai-gateway&title=Go+to+AI+Gateway');
	assert.equal(detectByHost('https://api.deepinfra.com/v1/openai')?.consoleUrl, 'https://deepinfra.com/dash/billing');
	assert.equal(detectByHost('https://api.venice.ai/api/v1')?.consoleUrl, 'https://venice.ai/settings/api');
	assert.equal(detectByHost('https://api.cline.bot/api/v1')?.consoleUrl, 'https://app.cline.bot/dashboard');
	assert.equal(detectByHost('https://api.kilo.ai/api/gateway')?.consoleUrl, 'https://app.kilo.ai/credits');
	assert.equal(detectByHost('https://ollama.com/v1')?.consoleUrl, 'https://ollama.com/settings/billing');
	// Workers AI is billed to the whole Cloudflare account: its billing page.
	assert.equal(detectByHost('https://api.cloudflare.com/client/v4/accounts/0123456789abcdef0123456789abcdef/ai/v1')?.consoleUrl, 'https://dash.cloudflare.com/?to=/:account/billing');
	assert.equal(detectByHost('https://api.cerebras.ai/v1')?.consoleUrl, 'https://cloud.cerebras.ai');
	assert.equal(detectByHost('https://api.sambanova.ai/v1')?.consoleUrl, 'https://cloud.sambanova.ai/plans/billing');
	assert.equal(detectByHost('https://api.pinference.ai/api/v1')?.consoleUrl, 'https://app.primeintellect.ai/dashboard/billing');
	assert.equal(detectByHost('https://api.inference.wandb.ai/v1')?.consoleUrl, 'https://wandb.ai/subscriptions');
	assert.equal(detectByHost('https://api.novita.ai/openai')?.consoleUrl, 'https://novita.ai/billing');
	// Bedrock is billed to the AWS account: its Billing and Cost Management console, for every region.
	assert.equal(detectByHost('https://bedrock-runtime.ap-northeast-1.amazonaws.com')?.consoleUrl, 'https://console.aws.amazon.com/billing/home');
	assert.equal(detectByHost('https://bedrock-mantle.us-east-2.api.aws/v1')?.consoleUrl, 'https://console.aws.amazon.com/billing/home');
	assert.equal(detectByHost('https://api.hyperbolic.xyz/v1')?.consoleUrl, 'https://app.hyperbolic.ai');
	// PPIO's older host is the same account on ppio.com: the same billing page.
	assert.equal(detectByHost('https://api.ppio.com/openai')?.consoleUrl, 'https://ppio.com/billing');
	assert.equal(detectByHost('https://api.ppinfra.com/v3/openai')?.consoleUrl, 'https://ppio.com/billing');
	// Huawei Cloud MaaS is billed to the Huawei Cloud account: its Billing Center.
	assert.equal(detectByHost('https://api.modelarts-maas.com/v1')?.consoleUrl, 'https://account.huaweicloud.com/usercenter');
	// Tencent Cloud TokenHub is billed to the Tencent Cloud account: its Billing Center, as for LKEAP.
	assert.equal(detectByHost('https://tokenhub.tencentcloudmaas.com/v1')?.consoleUrl, 'https://console.cloud.tencent.com/expense/overview');
	for (const id of providerIds) assert.equal(providerRow(id).id, id);
});

const oneApiStatus = {
	success: true,
	message: '',
	data: {
		version: 'v0.6.10',
		start_time: 1730000000,
		system_name: 'One API',
		quota_per_unit: 500000,
		display_in_currency: true,
		top_up_link: 'https://shop.example/topup',
		chat_link: '',
	},
};

const newApiStatus = {
	success: true,
	message: '',
	data: {
		version: 'v0.9.0',
		system_name: 'My AI Shop',
		quota_per_unit: 500000,
		display_in_currency: true,
		quota_display_type: 'USD',
		usd_exchange_rate: 7.3,
		top_up_link: 'javascript:alert(1)',
	},
};

test('one-api: /api/status names it, with its own top-up link', () => {
	const detection = detectByFingerprint({apiStatus: answer(200, oneApiStatus), userBalance: html(200)});
	assert.equal(detection.provider.id, 'one-api');
	assert.equal(detection.provider.detectedBy, 'fingerprint');
	assert.equal(detection.provider.consoleUrl, 'https://shop.example/topup');
	assert.equal(detection.reachesDeepSeek, false);
	assert.equal(detection.gateway?.quotaPerUnit, '500000');
	assert.equal(detection.gateway?.displayInCurrency, true);
	assert.match(detection.evidence.join(' '), /one-api/);
});

test('new-api: fields only new-api sends; an unsafe top-up link is dropped', () => {
	const detection = detectByFingerprint({apiStatus: answer(200, newApiStatus)});
	assert.equal(detection.provider.id, 'new-api');
	assert.equal(detection.provider.consoleUrl, null);
	assert.equal(detection.gateway?.quotaDisplayType, 'USD');
	assert.match(detection.evidence.join(' '), /quota_display_type/);
});

test('new-api: its default system name alone is enough', () => {
	const status = {success: true, data: {version: 'v0.4', system_name: 'New API', quota_per_unit: 500000}};
	assert.equal(readGatewayStatus(answer(200, status))?.kind, 'new-api');
});

test('a status page that is not a gateway\'s is ignored', () => {
	assert.equal(readGatewayStatus(answer(200, {success: false, message: 'no'})), undefined);
	assert.equal(readGatewayStatus(answer(200, {success: true, data: {hello: 1}})), undefined);
	assert.equal(readGatewayStatus(answer(404, oneApiStatus)), undefined);
	assert.equal(readGatewayStatus(refused), undefined);
});

test('gateway text from /api/status is made safe', () => {
	const status = {success: true, data: {system_name: '\u001B[31mEvil\u001B[0m sk-or-v1-0123456789abcdef0123', version: 'v1'}};
	const gateway = readGatewayStatus(answer(200, status));
	assert.ok(gateway?.systemName);
	assert.doesNotMatch(gateway.systemName, /\u001B|0123456789abcdef0123/);
});

test('OpenRouter: ids like deepseek/…', () => {
	const models = answer(200, {
		data: [
			{id: 'openai/gpt-4o', canonical_slug: 'openai/gpt-4o'},
			{id: 'deepseek/deepseek-chat-v3-0324:free', canonical_slug: 'deepseek/deepseek-chat-v3-0324'},
		],
	});
	const detection = detectByFingerprint({models, userBalance: answer(404, {error: {message: 'Not Found'}})});
	assert.equal(detection.provider.id, 'openrouter');
	assert.equal(detection.provider.consoleUrl, 'https://openrouter.ai/settings/credits');
	assert.equal(detection.reachesDeepSeek, false);
	assert.match(detection.evidence.join(' '), /deepseek\/deepseek-chat-v3-0324:free/);
});

test('SiliconFlow: a Pro/ id settles it', () => {
	const models = answer(200, {
		object: 'list',
		data: [
			{id: 'deepseek-ai/DeepSeek-V3', object: 'model', owned_by: ''},
			{id: 'Pro/deepseek-ai/DeepSeek-R1', object: 'model', owned_by: ''},
		],
	});
	const detection = detectByFingerprint({models});
	assert.equal(detection.provider.id, 'siliconflow');
	assert.equal(detection.reachesDeepSeek, false);
});

test('deepseek-ai/… alone is SiliconFlow, Together or a self-hosted server: unknown, with evidence', () => {
	const models = answer(200, {object: 'list', data: [{id: 'deepseek-ai/DeepSeek-V3', object: 'model', owned_by: 'vllm'}]});
	const detection = detectByFingerprint({models});
	assert.equal(detection.provider.id, 'unknown');
	assert.equal(detection.reachesDeepSeek, 'unknown');
	assert.match(detection.evidence.join(' '), /SiliconFlow, Together AI/);
});

test('Together AI: its bare-list format with organizations', () => {
	const models = answer(200, [
		{id: 'deepseek-ai/DeepSeek-V3', object: 'model', type: 'chat', display_name: 'DeepSeek V3', organization: 'DeepSeek'},
	]);
	assert.equal(detectByFingerprint({models}).provider.id, 'together');
});

test('Fireworks: accounts/fireworks/models/…', () => {
	const models = answer(200, {data: [{id: 'accounts/fireworks/models/deepseek-v3', object: 'model', owned_by: 'fireworks'}]});
	assert.equal(detectByFingerprint({models}).provider.id, 'fireworks');
});

test('DeepSeek\'s balance JSON means the calls reach DeepSeek', () => {
	const models = answer(200, {object: 'list', data: [{id: 'deepseek-chat', object: 'model', owned_by: 'deepseek'}]});
	const userBalance = answer(200, {
		is_available: true,
		balance_infos: [{currency: 'CNY', total_balance: '10.00', granted_balance: '0.00', topped_up_balance: '10.00'}],
	});
	const detection = detectByFingerprint({apiStatus: answer(404, {error: {message: 'Not Found'}}), models, userBalance});
	assert.equal(detection.provider.id, 'deepseek');
	assert.equal(detection.provider.detectedBy, 'fingerprint');
	assert.equal(detection.reachesDeepSeek, true);
	assert.equal(detection.evidence.length, 2);
});

test('DeepSeek\'s own 401 wording on /user/balance also means DeepSeek', () => {
	const userBalance = answer(401, undefined, {
		apiError: {message: 'Authentication Fails, Your api key: ****abcd is invalid', type: 'authentication_error'},
	});
	const detection = detectByFingerprint({userBalance});
	assert.equal(detection.provider.id, 'deepseek');
	assert.equal(detection.reachesDeepSeek, true);
});

test('the key refused on /user/balance in words that are not DeepSeek\'s: another service answers', () => {
	for (const [status, message] of [[400, 'API key not valid. Please pass a valid API key.'], [400, 'Incorrect API key provided: na***ys.'], [401, 'Invalid token'], [403, 'user quota is not enough'], [402, 'Insufficient Balance']] as const) {
		const detection = detectByFingerprint({userBalance: answer(status, undefined, {apiError: {message}})});
		assert.equal(detection.provider.id, 'unknown', message);
		assert.equal(detection.reachesDeepSeek, false, message);
		assert.match(detection.evidence.join(' '), /not DeepSeek's/);
	}
	// DeepSeek's own wording, a 5xx, a page: no such proof.
	assert.equal(detectByFingerprint({userBalance: answer(401, undefined, {apiError: {message: 'Authentication Fails (governor)'}})}).reachesDeepSeek, true);
	assert.equal(detectByFingerprint({userBalance: answer(503, undefined, {apiError: {message: 'Service temporarily unavailable'}})}).reachesDeepSeek, 'unknown');
	assert.equal(detectByFingerprint({userBalance: html(401)}).reachesDeepSeek, 'unknown');
});

test('owned_by deepseek alone is not enough (one-api channels say it too)', () => {
	const models = answer(200, {object: 'list', data: [{id: 'deepseek-chat', object: 'model', owned_by: 'deepseek'}]});
	const detection = detectByFingerprint({models, userBalance: html(200)});
	assert.equal(detection.provider.id, 'unknown');
	assert.equal(detection.reachesDeepSeek, false);
	assert.match(detection.evidence.join(' '), /web page/);
});

test('/user/balance 404 means the calls do not reach DeepSeek', () => {
	const detection = detectByFingerprint({apiStatus: refused, models: refused, userBalance: answer(404, {error: {message: 'Not Found'}})});
	assert.equal(detection.provider.id, 'unknown');
	assert.equal(detection.reachesDeepSeek, false);
});

test('a 403 page on /user/balance proves nothing (may be a CDN in front of DeepSeek)', () => {
	assert.equal(detectByFingerprint({userBalance: html(403)}).reachesDeepSeek, 'unknown');
});

test('/v1/user/balance "Invalid URL" names the one-api family when /api/status is hidden', () => {
	const v1UserBalance = answer(404, undefined, {
		apiError: {message: 'Invalid URL (GET /v1/user/balance)', type: 'invalid_request_error'},
	});
	const detection = detectByFingerprint({apiStatus: answer(404, undefined), v1UserBalance});
	assert.equal(detection.provider.id, 'one-api');
	assert.equal(detection.reachesDeepSeek, false);
});

test('nothing known: unknown, reachesDeepSeek unknown', () => {
	const detection = detectByFingerprint({apiStatus: refused, models: refused, userBalance: refused});
	assert.deepEqual(detection.provider, {id: 'unknown', name: providerRow('unknown').name, detectedBy: 'fingerprint', consoleUrl: null});
	assert.equal(detection.reachesDeepSeek, 'unknown');
	assert.equal(detection.evidence.length, 1);
	assert.deepEqual(detectByFingerprint({}).provider.id, 'unknown');
});

test('API keys pages by host: a region\'s own page where the docs name it, none where they do not (not another region\'s)', () => {
	const cases: Array<[ProviderId, string, string | undefined]> = [
		['together', 'api.together.xyz', 'https://api.together.ai/settings/projects/~current/api-keys'],
		['fireworks', 'api.fireworks.ai', 'https://app.fireworks.ai/settings/users/api-keys'],
		['volcengine-ark', 'ark.cn-beijing.volces.com', 'https://console.volcengine.com/ark/region:ark+cn-beijing/apiKey'],
		['volcengine-ark', 'ark.ap-southeast-1.volces.com', undefined],
		['dashscope', 'dashscope.aliyuncs.com', 'https://bailian.console.aliyun.com/?tab=model#/api-key'],
		['dashscope', 'dashscope-intl.aliyuncs.com:443', 'https://modelstudio.console.alibabacloud.com/?tab=model#/api-key'],
		['dashscope', 'dashscope-us.aliyuncs.com', undefined],
		['dashscope', 'ws-abc123.cn-beijing.maas.aliyuncs.com', undefined],
		['tencent-lkeap', 'api.lkeap.cloud.tencent.com', 'https://console.cloud.tencent.com/lkeap/api'],
		['tencent-lkeap', 'api.lkeap.tencentcloud.com', undefined],
		['baidu-qianfan', 'qianfan.baidubce.com', undefined],
		['zhipu', 'open.bigmodel.cn', 'https://bigmodel.cn/usercenter/proj-mgmt/apikeys'],
		['opencode-zen', 'opencode.ai', 'https://opencode.ai/auth'],
		['groq', 'api.groq.com', 'https://console.groq.com/keys'],
		['huggingface', 'router.huggingface.co', 'https://huggingface.co/settings/tokens'],
		['vercel-ai-gateway', 'ai-gateway.vercel.sh', 'https://vercel.com/d?to=%2F%5Bteam%5D%2F%7E%2Fai-gateway%2Fapi-keys&title=AI+Gateway+API+Keys'],
		['deepinfra', 'api.deepinfra.com', 'https://deepinfra.com/dash/api_keys'],
		['venice', 'api.venice.ai', 'https://venice.ai/settings/api'],
		['ollama-cloud', 'ollama.com', 'https://ollama.com/settings/keys'],
		['prime-intellect', 'api.pinference.ai', 'https://app.primeintellect.ai/dashboard/tokens'],
		['wandb-inference', 'api.inference.wandb.ai', 'https://wandb.ai/settings'],
		['novita', 'api.novita.ai', 'https://novita.ai/settings/key-management'],
		['sambanova', 'api.sambanova.ai', 'https://cloud.sambanova.ai/apis'],
		['ppio', 'api.ppio.com', 'https://ppio.com/settings/key-management'],
		['ppio', 'api.ppinfra.com', 'https://ppio.com/settings/key-management'],
		// The Workers AI page its REST API guide links ("Use REST API" makes the token there).
		['cloudflare-workers-ai', 'api.cloudflare.com', 'https://dash.cloudflare.com/?to=/:account/ai/workers-ai'],
		// Their docs name no page of its own for the keys (a tab or a menu of the console).
		['cline', 'api.cline.bot', undefined],
		['kilo', 'api.kilo.ai', undefined],
		['cerebras', 'api.cerebras.ai', undefined],
		['huawei-maas', 'api.modelarts-maas.com', undefined],
		['tencent-tokenhub', 'tokenhub.tencentcloudmaas.com', undefined],
		['bedrock', 'bedrock-runtime.us-east-1.amazonaws.com', undefined],
		['hyperbolic', 'api.hyperbolic.xyz', undefined],
	];
	for (const [id, host, page] of cases) assert.equal(keysUrl(id, host), page, `${id} on ${host}`);
	assert.equal(detectByHost('https://ark.cn-beijing.volces.com/api/v3')?.id, 'volcengine-ark', 'Beijing\'s own rule still names Ark');
});

test('Cloudflare AI Gateway on its DeepSeek path passes the user\'s own key on: the calls reach DeepSeek, which bills the user\'s own account; it is no relay with money of its own', () => {
	const base = 'https://gateway.ai.cloudflare.com/v1/5f0e4c2a9b7d41e3a8c6d2b0f1e9a7c3/my-gateway/deepseek';
	const provider = detectByHost(base);
	assert.equal(provider?.id, 'cloudflare-ai-gateway');
	assert.equal(provider.name, 'Cloudflare AI Gateway');
	assert.equal(provider.consoleUrl, 'https://dash.cloudflare.com/?to=/:account/ai/ai-gateway');
	assert.equal(billsUsersDeepSeek('cloudflare-ai-gateway'), true);
	assert.equal(passesKeyOn('cloudflare-ai-gateway'), true);
	assert.equal(isOtherService('cloudflare-ai-gateway'), false);
	assert.equal(providerRow('cloudflare-ai-gateway').balanceReader, 'deepseek', 'DeepSeek\'s own balance, read through it');
	assert.equal(providerRow('cloudflare-ai-gateway').ownAuth?.header, 'cf-aig-authorization');
	assert.equal(rateLimitUrl('cloudflare-ai-gateway', 'gateway.ai.cloudflare.com'), 'https://developers.cloudflare.com/ai-gateway/features/rate-limiting/');
	assert.equal(outageCanReach('cloudflare-ai-gateway'), true, 'DeepSeek\'s outage fails calls through it');
	// DeepSeek itself bills the user too, but passes nothing on; every other row is another service (or unknown).
	assert.equal(billsUsersDeepSeek('deepseek'), true);
	assert.equal(passesKeyOn('deepseek'), false);
	for (const row of providerTable) {
		if (row.id === 'deepseek' || row.id === 'cloudflare-ai-gateway' || row.id === 'helicone') continue;
		assert.equal(billsUsersDeepSeek(row.id), false, row.id);
		assert.equal(isOtherService(row.id), row.id !== 'unknown', row.id);
	}
	// Its other paths on the same host are not DeepSeek: not named, fingerprinted as any host.
	assert.equal(detectByHost(base.replace(/deepseek$/, 'openai')), undefined);
});

test('Helicone\'s DeepSeek gateway passes the user\'s own key on: DeepSeek bills the user\'s own account; only its own key (Helicone-Auth) is Helicone\'s, with no setting to switch off', () => {
	const provider = detectByHost('https://deepseek.helicone.ai');
	assert.equal(provider?.id, 'helicone');
	assert.equal(provider.name, 'Helicone');
	assert.equal(provider.detectedBy, 'host');
	assert.equal(provider.consoleUrl, null, 'no billing of its own in front of DeepSeek');
	assert.equal(billsUsersDeepSeek('helicone'), true);
	assert.equal(passesKeyOn('helicone'), true);
	assert.equal(isOtherService('helicone'), false);
	assert.equal(outageCanReach('helicone'), true, 'DeepSeek\'s outage fails calls through it');
	assert.equal(providerRow('helicone').balanceReader, 'deepseek', 'DeepSeek\'s own balance, read through it');
	assert.deepEqual(providerRow('helicone').ownAuth, {header: 'Helicone-Auth', url: 'https://helicone.ai/developer'});
	assert.equal(providerRow('cloudflare-ai-gateway').ownAuth?.switchable, true, 'Cloudflare\'s token is asked for only with its setting on');
	assert.equal(rateLimitUrl('helicone', 'deepseek.helicone.ai'), null);
	// Its other hosts serve other providers (its OpenAI host oai.helicone.ai, its AI Gateway): not named.
	assert.equal(detectByHost('https://oai.helicone.ai/v1'), undefined);
	assert.equal(detectByHost('https://ai-gateway.helicone.ai/v1'), undefined);
	assert.equal(detectByHost('https://deepseek.helicone.ai.evil.example'), undefined);
});

test('the services users reach DeepSeek models through: their rate-limit pages, and whether DeepSeek\'s outage can reach them', () => {
	const cases: Array<[ProviderId, string, string | null, boolean]> = [
		// Gateways that send calls on to the model's own provider, DeepSeek among them.
		['opencode-zen', 'opencode.ai', null, true],
		['vercel-ai-gateway', 'ai-gateway.vercel.sh', null, true],
		['cline', 'api.cline.bot', null, true],
		['kilo', 'api.kilo.ai', null, true],
		['prime-intellect', 'api.pinference.ai', null, true],
		// Clouds that serve the models themselves (Hugging Face's router sends calls to its partner clouds).
		['groq', 'api.groq.com', 'https://console.groq.com/docs/rate-limits', false],
		['huggingface', 'router.huggingface.co', null, false],
		['deepinfra', 'api.deepinfra.com', 'https://deepinfra.com/docs/advanced/rate-limits', false],
		['venice', 'api.venice.ai', 'https://docs.venice.ai/api-reference/rate-limiting', false],
		['ollama-cloud', 'ollama.com', null, false],
		['cloudflare-workers-ai', 'api.cloudflare.com', 'https://developers.cloudflare.com/workers-ai/platform/limits/', false],
		['cerebras', 'api.cerebras.ai', 'https://inference-docs.cerebras.ai/support/rate-limits', false],
		['sambanova', 'api.sambanova.ai', 'https://docs.sambanova.ai/docs/en/models/rate-limits', false],
		['wandb-inference', 'api.inference.wandb.ai', 'https://docs.wandb.ai/inference/usage-limits', false],
		['novita', 'api.novita.ai', 'https://novita.ai/docs/guides/llm-rate-limits', false],
		['bedrock', 'bedrock-runtime.us-east-1.amazonaws.com', 'https://docs.aws.amazon.com/bedrock/latest/userguide/quotas.html', false],
		['hyperbolic', 'api.hyperbolic.xyz', 'https://docs.hyperbolic.ai/inference/performance-limits', false],
		['ppio', 'api.ppio.com', null, false],
		['huawei-maas', 'api.modelarts-maas.com', null, false],
		['tencent-tokenhub', 'tokenhub.tencentcloudmaas.com', null, false],
	];
	for (const [id, host, page, reached] of cases) {
		assert.equal(rateLimitUrl(id, host), page, `${id}'s rate-limit page`);
		assert.equal(outageCanReach(id), reached, `${id}: DeepSeek's outage ${reached ? 'can' : 'cannot'} fail its calls`);
		assert.equal(providerRow(id).balanceReader, null, `${id}: no balance an API key can read with an existing reader`);
	}
});

test('a trace id alone says nothing: a 200 whose body cannot be read (cut off) is not DeepSeek\'s error wording; a 503 with it is', () => {
	const cutOff = {...answer(200, undefined, {traceId: 'd4700e9391127b4c3800b9ff0310b94d'}), text: '{"is_available":true,"balance_infos":[{"cur'};
	const detection = detectByFingerprint({userBalance: cutOff});
	assert.equal(detection.provider.id, 'unknown');
	assert.equal(detection.reachesDeepSeek, 'unknown');
	const overloaded = answer(503, undefined, {traceId: 'd4700e9391127b4c3800b9ff0310b94d', apiError: {message: 'Server Overloaded'}});
	assert.equal(detectByFingerprint({userBalance: overloaded}).provider.id, 'deepseek');
});
