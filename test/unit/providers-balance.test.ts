// Relay balance readers against a local server answering in the shapes of docs/relays.md:
// OpenRouter key/credits, SiliconFlow user info (and its 410), one-api/new-api billing.
import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {createServer, type IncomingMessage} from 'node:http';
import type {AddressInfo} from 'node:net';
import {createApiClient} from '../../source/deepseek/client.js';
import type {ApiClient} from '../../source/deepseek/types.js';
import {apiUrl, readProviderBalance} from '../../source/providers/balance.js';
import {providerInfo} from '../../source/providers/detect.js';
import type {ProviderId} from '../../source/providers/types.js';

const key = 'sk-' + '0123456789abcdef'.repeat(2);

type Reply = {status: number; body: unknown; contentType?: string};
type Routes = Record<string, Reply | ((request: IncomingMessage) => Reply)>;
type Seen = {path: string; auth: boolean};

/** One server for the file; each test mounts its routes under its own path prefix. */
const mounts = new Map<string, {routes: Routes; seen: Seen[]}>();
const server = createServer((request, response) => {
	const path = new URL(request.url ?? '/', 'http://x').pathname;
	const [, mount = ''] = path.split('/');
	const entry = mounts.get(mount);
	const rest = path.slice(mount.length + 1);
	entry?.seen.push({path: rest, auth: request.headers.authorization === `Bearer ${key}`});
	const route = entry?.routes[rest];
	const reply = typeof route === 'function' ? route(request) : (route ?? {status: 404, body: {error: {message: `Invalid URL (GET ${rest})`}}});
	const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
	response.writeHead(reply.status, {'content-type': reply.contentType ?? 'application/json'});
	response.end(text);
});
await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
after(() => server.close());

let mountCount = 0;
function mount(routes: Routes): {base: string; seen: Seen[]} {
	const name = `m${++mountCount}`;
	const seen: Seen[] = [];
	mounts.set(name, {routes, seen});
	return {base: `${origin}/${name}`, seen};
}

function testClient(baseUrl: string): ApiClient {
	return createApiClient({baseUrl, apiKey: key, timeoutMs: 5000});
}

const signal = new AbortController().signal;

async function readFrom(id: ProviderId, base: string, consoleUrl?: string | null) {
	const result = await readProviderBalance(providerInfo(id, 'fingerprint', consoleUrl), testClient(base), signal);
	assert.ok(!result.message.includes(key), 'the key must never appear');
	assert.doesNotMatch(result.message, /undefined|\[object|NaN/);
	return result;
}

const openRouterKey = (limit: number | null, limitRemaining: number | null) => ({
	status: 200,
	body: {data: {label: 'sk-or-v1-abc...xyz', limit, limit_remaining: limitRemaining, usage: 10, is_free_tier: false, is_provisioning_key: false}},
});
/** A key without a cap that has spent `usage` USD (the account has spent at least that much). */
const keyWithUsage = (usage: number, extra: Record<string, unknown> = {}) => ({status: 200, body: {data: {label: 'sk-or-v1-0fa...240', limit: null, usage, limit_remaining: null, is_free_tier: false, ...extra}}});

test('apiUrl joins without repeating /api or /v1', () => {
	assert.equal(apiUrl('https://openrouter.ai/api', '/api/v1', '/key'), 'https://openrouter.ai/api/v1/key');
	assert.equal(apiUrl('https://openrouter.ai', '/api/v1', '/key'), 'https://openrouter.ai/api/v1/key');
	assert.equal(apiUrl('https://openrouter.ai/api/v1/', '/api/v1', '/key'), 'https://openrouter.ai/api/v1/key');
	assert.equal(apiUrl('http://127.0.0.1:9/or/api', '/api/v1', '/credits'), 'http://127.0.0.1:9/or/api/v1/credits');
	assert.equal(apiUrl('https://api.siliconflow.cn', '/v1', '/user/info'), 'https://api.siliconflow.cn/v1/user/info');
	assert.equal(apiUrl('https://api.siliconflow.cn/v1', '/v1', '/user/info'), 'https://api.siliconflow.cn/v1/user/info');
});

test('OpenRouter: a key with limit 0 left is used up', async () => {
	const {base, seen} = mount({'/api/v1/key': openRouterKey(10, 0)});
	const result = await readFrom('openrouter', `${base}/api`);
	assert.equal(result.outcome, 'read');
	assert.deepEqual(result.balance, {
		provider: 'openrouter',
		unit: 'USD',
		remaining: '0.00',
		granted: null,
		toppedUp: null,
		limit: '10.00',
		unlimited: false,
		exhausted: true,
		keyLimit: true,
		source: '/api/v1/key',
		note: undefined,
	});
	assert.match(result.message, /used up its 10\.00 USD limit/);
	assert.deepEqual(seen, [{path: '/api/v1/key', auth: true}]);
});

test('OpenRouter: a key with some of its limit left', async () => {
	const {base} = mount({'/api/v1/key': openRouterKey(10, 3.5)});
	const result = await readFrom('openrouter', `${base}/api`);
	assert.equal(result.balance?.remaining, '3.50');
	assert.equal(result.balance?.exhausted, false);
	assert.match(result.message, /3\.50 USD left of its 10\.00 USD limit/);
});

test('OpenRouter: no cap, and account credits refused to an ordinary key (403)', async () => {
	const {base, seen} = mount({
		'/api/v1/key': openRouterKey(null, null),
		'/api/v1/credits': {status: 403, body: {error: {code: 403, message: 'Only management keys can fetch credits'}}},
	});
	const result = await readFrom('openrouter', `${base}/api`);
	assert.equal(result.outcome, 'read');
	assert.equal(result.balance?.unlimited, true);
	assert.equal(result.balance?.remaining, null);
	assert.equal(result.balance?.exhausted, false);
	assert.match(result.balance?.note ?? '', /no spending cap.*management key/);
	assert.match(result.message, /no spending cap.*management key/);
	assert.deepEqual(seen.map(request => request.path), ['/api/v1/key', '/api/v1/credits']);
});

test('OpenRouter: no cap, account credits read exactly (no float drift)', async () => {
	const {base} = mount({
		'/api/v1/key': keyWithUsage(0.1),
		'/api/v1/credits': {status: 200, body: {data: {total_credits: 0.3, total_usage: 0.1}}},
	});
	const result = await readFrom('openrouter', `${base}/api`);
	assert.equal(result.balance?.remaining, '0.20');
	assert.equal(result.balance?.limit, '0.30', 'the credits bought: not a bonus');
	assert.equal(result.balance?.granted, null);
	assert.equal(result.balance?.source, '/api/v1/credits');
	assert.equal(result.balance?.unlimited, true);
	assert.equal(result.balance?.exhausted, false);
	assert.match(result.message, /0\.20 USD of credits left/);
});

test('OpenRouter: no cap and account credits at zero is used up', async () => {
	const {base} = mount({
		'/api/v1/key': keyWithUsage(5),
		'/api/v1/credits': {status: 200, body: {data: {total_credits: 5, total_usage: 5}}},
	});
	const result = await readFrom('openrouter', base);
	assert.equal(result.balance?.exhausted, true);
	assert.equal(result.balance?.remaining, '0.00');
});

// /credits answers an ordinary key 200 with zeros whatever the account holds (openchamber/openchamber#3411).
for (const row of [
	{name: 'zeros to a key that has spent money', key: keyWithUsage(0.65017511), credits: {total_credits: 0, total_usage: 0}},
	{name: 'zeros to an unused ordinary key', key: keyWithUsage(0), credits: {total_credits: 0, total_usage: 0}},
	{name: 'an account usage below what this key alone spent', key: keyWithUsage(3.17561396), credits: {total_credits: 5, total_usage: 3}},
]) {
	test(`OpenRouter: no cap, /credits that cannot be the account's (${row.name}) is not read as money`, async () => {
		const {base} = mount({'/api/v1/key': row.key, '/api/v1/credits': {status: 200, body: {data: row.credits}}});
		const result = await readFrom('openrouter', `${base}/api`);
		assert.equal(result.outcome, 'read');
		assert.equal(result.balance?.remaining, null);
		assert.equal(result.balance?.exhausted, false);
		assert.equal(result.balance?.source, '/api/v1/key');
		assert.match(result.message, /could not be read/);
	});
}

test('OpenRouter: a management key\'s zero credits are the account\'s: used up', async () => {
	const {base} = mount({'/api/v1/key': keyWithUsage(0, {is_management_key: true}), '/api/v1/credits': {status: 200, body: {data: {total_credits: 0, total_usage: 0}}}});
	const result = await readFrom('openrouter', `${base}/api`);
	assert.equal(result.balance?.exhausted, true);
	assert.equal(result.balance?.remaining, '0.00');
});

test('OpenRouter: a refused key is "refused", not an error', async () => {
	const {base} = mount({'/api/v1/key': {status: 401, body: {error: {code: 401, message: 'No auth credentials found'}}}});
	const result = await readFrom('openrouter', `${base}/api`);
	assert.equal(result.outcome, 'refused');
	assert.equal(result.balance, null);
});

const siliconFlowInfo = (balance: string, chargeBalance: string, totalBalance: string) => ({
	status: 200,
	body: {
		code: 20000,
		message: 'OK',
		status: true,
		data: {id: 'u1', name: 'me', balance, chargeBalance, totalBalance, status: 'normal'},
	},
});

test('SiliconFlow: /v1/user/info read as strings, CNY', async () => {
	const {base, seen} = mount({'/v1/user/info': siliconFlowInfo('0.88', '88.00', '88.88')});
	const result = await readFrom('siliconflow', base);
	assert.equal(result.outcome, 'read');
	assert.deepEqual(result.balance, {
		provider: 'siliconflow',
		unit: 'CNY',
		remaining: '88.88',
		granted: '0.88',
		toppedUp: '88.00',
		unlimited: false,
		exhausted: false,
		source: '/v1/user/info',
		note: undefined,
	});
	assert.match(result.message, /88\.88 CNY \(paid 88\.00, gift 0\.88\)/);
	assert.deepEqual(seen, [{path: '/v1/user/info', auth: true}]);
});

test('SiliconFlow: only gift credit left is noted (Pro models need paid balance)', async () => {
	const {base} = mount({'/v1/user/info': siliconFlowInfo('5.00', '0.00', '5.00')});
	const result = await readFrom('siliconflow', base);
	assert.equal(result.balance?.exhausted, false);
	assert.match(result.balance?.note ?? '', /Pro\/ models need paid balance/);
});

test('SiliconFlow: 410 means the reading is discontinued, not an error', async () => {
	const {base} = mount({'/v1/user/info': {status: 410, body: {code: 410, message: 'This API has been deprecated.', data: null}}});
	const result = await readFrom('siliconflow', base);
	assert.equal(result.outcome, 'discontinued');
	assert.equal(result.balance, null);
	assert.match(result.message, /no longer offers a balance reading.*console/);
});

const gatewayStatus = (extra: Record<string, unknown> = {}) => ({
	status: 200,
	body: {success: true, message: '', data: {version: 'v0.6.10', system_name: 'One API', quota_per_unit: 500000, display_in_currency: true, ...extra}},
});
const subscription = (hard: number) => ({
	status: 200,
	body: {object: 'billing_subscription', has_payment_method: true, soft_limit_usd: hard, hard_limit_usd: hard, system_hard_limit_usd: hard, access_until: 0},
});
const usage = (cents: number) => ({status: 200, body: {object: 'list', total_usage: cents}});
const spa = {status: 200, body: '<!doctype html><html><body><div id="root"></div></body></html>', contentType: 'text/html'};

test('one-api: hard 10 USD, usage 1000 cents ⇒ 0.00 left, used up', async () => {
	const {base, seen} = mount({
		'/api/status': gatewayStatus(),
		'/dashboard/billing/subscription': subscription(10),
		'/dashboard/billing/usage': usage(1000),
	});
	const result = await readFrom('one-api', base);
	assert.equal(result.outcome, 'read');
	assert.deepEqual(result.balance, {
		provider: 'one-api',
		unit: 'USD',
		remaining: '0.00',
		granted: null,
		toppedUp: null,
		limit: '10.00',
		unlimited: false,
		exhausted: true,
		source: '/dashboard/billing/subscription',
		note: undefined,
	});
	assert.match(result.message, /used up \(0\.00 USD left\)/);
	// The status page is asked without the key; billing with it.
	assert.deepEqual(seen.find(request => request.path === '/api/status'), {path: '/api/status', auth: false});
	assert.ok(seen.filter(request => request.path.startsWith('/dashboard/')).every(request => request.auth));
});

test('one-api: amounts that drift in floating point stay exact', async () => {
	const {base} = mount({
		'/api/status': gatewayStatus(),
		'/dashboard/billing/subscription': subscription(0.3),
		'/dashboard/billing/usage': usage(10),
	});
	const result = await readFrom('one-api', base);
	assert.equal(result.balance?.remaining, '0.20');
	assert.equal(result.balance?.exhausted, false);
});

test('one-api: an unlimited token (hard limit 100000000)', async () => {
	const {base} = mount({
		'/api/status': gatewayStatus(),
		'/dashboard/billing/subscription': subscription(100000000),
		'/dashboard/billing/usage': usage(1234.5),
	});
	const result = await readFrom('one-api', base);
	assert.equal(result.balance?.unlimited, true);
	assert.equal(result.balance?.remaining, null);
	assert.equal(result.balance?.exhausted, false);
	assert.match(result.message, /unlimited quota/);
});

test('one-api: raw quota units when the gateway does not display currency', async () => {
	const {base} = mount({
		'/api/status': gatewayStatus({display_in_currency: false}),
		'/dashboard/billing/subscription': subscription(5000000),
		'/dashboard/billing/usage': usage(100000000),
	});
	const result = await readFrom('one-api', base);
	assert.equal(result.balance?.unit, 'quota');
	assert.equal(result.balance?.remaining, '4000000');
});

test('one-api: an error sent as HTTP 200 is handled, not read as amounts', async () => {
	const {base, seen} = mount({
		'/api/status': gatewayStatus(),
		'/dashboard/billing/subscription': {status: 200, body: {error: {message: 'record not found', type: 'upstream_error'}}},
		'/dashboard/billing/usage': {status: 200, body: {error: {message: 'record not found', type: 'one_api_error'}}},
		'/api/usage/token/': spa,
	});
	const result = await readFrom('one-api', base);
	assert.equal(result.outcome, 'failed');
	assert.equal(result.balance, null);
	assert.match(result.message, /record not found/);
	// one-api has no /api/usage/token/, but a gateway taken for one-api may be new-api: tried once.
	assert.equal(seen.filter(request => request.path === '/api/usage/token/').length, 1);
});

test('one-api: 401 该令牌额度已用尽 on billing says the token is used up', async () => {
	const exhausted = {status: 401, body: {error: {message: '该令牌额度已用尽 (request id: 2024)', type: 'one_api_error'}}};
	const {base} = mount({
		'/api/status': gatewayStatus(),
		'/dashboard/billing/subscription': exhausted,
		'/dashboard/billing/usage': exhausted,
		'/api/usage/token/': spa,
	});
	const result = await readFrom('one-api', base);
	assert.equal(result.outcome, 'read');
	assert.equal(result.balance?.exhausted, true);
	assert.equal(result.balance?.remaining, null);
	assert.match(result.message, /used up/);
});

const newApiInvalid = {status: 401, body: {error: {message: '无效的令牌', type: 'new_api_error'}}};
const tokenUsage = (granted: number, used: number) => ({
	status: 200,
	body: {
		code: true,
		message: 'ok',
		data: {object: 'token_usage', name: 'my-token', total_granted: granted, total_used: used, total_available: granted - used, unlimited_quota: false, expires_at: 0},
	},
});

test('new-api: generic 401 on billing, /api/usage/token/ shows 0 ⇒ used up, in USD', async () => {
	const {base} = mount({
		'/api/status': gatewayStatus({system_name: 'New API', quota_display_type: 'USD'}),
		'/dashboard/billing/subscription': newApiInvalid,
		'/dashboard/billing/usage': newApiInvalid,
		'/api/usage/token/': tokenUsage(5000000, 5000000),
	});
	const result = await readFrom('new-api', base);
	assert.equal(result.outcome, 'read');
	assert.deepEqual(result.balance, {
		provider: 'new-api',
		unit: 'USD',
		remaining: '0.00',
		granted: null,
		toppedUp: null,
		limit: '10.00',
		unlimited: false,
		exhausted: true,
		source: '/api/usage/token/',
		note: 'Converted from quota units at 500000 quota per USD.',
	});
	assert.match(result.message, /used up/);
});

test('new-api: without a readable /api/status the token usage stays in raw quota', async () => {
	const {base} = mount({
		'/dashboard/billing/subscription': newApiInvalid,
		'/dashboard/billing/usage': newApiInvalid,
		'/api/usage/token/': tokenUsage(1000000, 250000),
	});
	const result = await readFrom('new-api', base);
	assert.equal(result.balance?.unit, 'quota');
	assert.equal(result.balance?.remaining, '750000');
	assert.equal(result.balance?.exhausted, false);
});

test('new-api: a token whose expires_at has passed reads as expired, whatever quota it has left; 0 and a later time are not', async () => {
	const usageExpiring = (expiresAt: number) => {
		const usage = tokenUsage(1000000, 250000);
		return {...usage, body: {...usage.body, data: {...usage.body.data, expires_at: expiresAt}}};
	};
	const read = async (expiresAt: number) => {
		const {base} = mount({
			'/dashboard/billing/subscription': newApiInvalid,
			'/dashboard/billing/usage': newApiInvalid,
			'/api/usage/token/': usageExpiring(expiresAt),
		});
		return readFrom('new-api', base);
	};
	const expired = await read(1767225600); // 2026-01-01T00:00:00Z, in the past
	assert.equal(expired.balance?.expiredOn, '2026-01-01');
	assert.equal(expired.balance?.remaining, '750000');
	assert.equal(expired.balance?.exhausted, false);
	assert.match(expired.message, /^This New API token expired on 2026-01-01: the gateway refuses calls with it, whatever quota it has left\./);
	for (const later of [0, 4102444800]) {
		const current = await read(later); // never, and 2100-01-01
		assert.equal(current.balance?.expiredOn, undefined, String(later));
		assert.doesNotMatch(current.message, /expired/);
	}
});

test('new-api: refused everywhere ⇒ "refused" (invalid, or used up on new-api)', async () => {
	const {base} = mount({
		'/api/status': gatewayStatus({system_name: 'New API'}),
		'/dashboard/billing/subscription': newApiInvalid,
		'/dashboard/billing/usage': newApiInvalid,
		'/api/usage/token/': {status: 401, body: {success: false, message: '无效的令牌'}},
	});
	const result = await readFrom('new-api', base);
	assert.equal(result.outcome, 'refused');
	assert.equal(result.balance, null);
});

test('one-api: a banned user\'s 403 (用户已被封禁) is "refused", and says the block in so many words, for the diagnosis to read', async () => {
	const banned = {status: 403, body: {error: {message: '用户已被封禁', type: 'one_api_error'}}};
	const {base} = mount({
		'/api/status': gatewayStatus({system_name: 'One API'}),
		'/dashboard/billing/subscription': banned,
		'/dashboard/billing/usage': banned,
	});
	const result = await readFrom('one-api', base);
	assert.equal(result.outcome, 'refused');
	assert.equal(result.said?.signature.blocked, 'account');
	assert.equal(result.said?.answer.status, 403);
	assert.equal(result.said?.answer.apiError?.message, '用户已被封禁');
	// A plain refusal names nothing.
	const {base: plain} = mount({'/dashboard/billing/subscription': {status: 401, body: {error: {message: 'invalid token', type: 'one_api_error'}}}});
	assert.equal((await readFrom('one-api', plain)).said, undefined);
});

test('new-api: billing in CNY when the gateway displays CNY', async () => {
	const {base} = mount({
		'/dashboard/billing/subscription': subscription(73),
		'/dashboard/billing/usage': usage(730),
	});
	const provider = providerInfo('new-api', 'fingerprint');
	const gateway = {
		kind: 'new-api' as const,
		systemName: 'New API',
		version: 'v0.9',
		quotaPerUnit: '500000',
		displayInCurrency: true,
		quotaDisplayType: 'CNY',
		topUpLink: null,
	};
	const result = await readProviderBalance(provider, testClient(base), signal, {gateway});
	assert.equal(result.balance?.unit, 'CNY');
	assert.equal(result.balance?.remaining, '65.70');
});

test('services without a balance endpoint point to their console', async () => {
	const {base, seen} = mount({});
	for (const id of ['together', 'fireworks', 'volcengine-ark', 'dashscope', 'tencent-lkeap', 'baidu-qianfan', 'azure', 'github-models', 'openai'] as const) {
		const result = await readFrom(id, base);
		assert.equal(result.outcome, 'unsupported', id);
		assert.match(result.message, /console/, id);
	}
	const unknown = await readFrom('unknown', base);
	assert.equal(unknown.outcome, 'unsupported');
	assert.match(unknown.message, /not one whose balance can be read/);
	const deepseek = await readFrom('deepseek', base);
	assert.equal(deepseek.outcome, 'unsupported');
	assert.equal(seen.length, 0, 'no requests for services without a balance endpoint');
});

test('a server that is gone gives "failed", never a throw', async () => {
	const dead = createServer();
	await new Promise<void>(resolve => dead.listen(0, '127.0.0.1', resolve));
	const deadBase = `http://127.0.0.1:${(dead.address() as AddressInfo).port}`;
	await new Promise<void>(resolve => dead.close(() => resolve()));
	for (const id of ['openrouter', 'siliconflow', 'one-api', 'new-api'] as const) {
		const result = await readFrom(id, deadBase);
		assert.equal(result.outcome, 'failed', id);
		assert.match(result.message, /refused the connection/, id);
	}
});
