import {test} from 'node:test';
import assert from 'node:assert/strict';
import {platformUrls} from '../../source/deepseek/facts.js';
import {providerPageOf} from '../../source/providers/pages.js';
import {providerRow, providerTable} from '../../source/providers/table.js';

test('every page the provider table lists for another service is named by that service and what it is for', () => {
	assert.deepEqual(providerPageOf('https://openrouter.ai/settings/credits'), {name: 'OpenRouter', role: 'billing'});
	assert.deepEqual(providerPageOf('https://openrouter.ai/settings/keys'), {name: 'OpenRouter', role: 'keys'});
	assert.deepEqual(providerPageOf(providerRow('siliconflow').rateLimitUrl!), {name: 'SiliconFlow', role: 'rateLimits'});
	// A host rule's own page (Volcengine Ark's per region), and a name without its gloss in brackets.
	assert.deepEqual(providerPageOf('https://console.volcengine.com/ark/region:ark+cn-beijing/openManagement'), {name: 'Ark', role: 'models'});
	assert.deepEqual(providerPageOf(providerRow('zhipu').consoleUrl!), {name: 'Zhipu', role: 'billing'});
	assert.deepEqual(providerPageOf('https://helicone.ai/developer'), {name: 'Helicone', role: 'gatewayAuth'});
	for (const row of providerTable.filter(row => row.id !== 'deepseek' && row.id !== 'unknown')) {
		for (const url of [row.rateLimitUrl, row.keysUrl]) {
			if (url) assert.ok(providerPageOf(url) !== undefined, `${row.id}: ${url}`);
		}
	}
});

test('the user\'s own billing page is named by its shape; a console that only leads there is not called a billing page', () => {
	const page = 'https://opencode.ai/workspace/wrk_01K6Z2S5W3PB9K4Y3Q8N7M6XZH/billing';
	assert.deepEqual(providerPageOf(page), {name: 'OpenCode Zen', role: 'ownBilling'});
	// Only the whole page: more after it, or another path on the host, is not that page.
	assert.equal(providerPageOf(`${page}/x`), undefined);
	assert.equal(providerPageOf('https://opencode.ai/workspace'), undefined);
	assert.equal(providerRow('opencode-zen').billingInMenu, true);
	// Its console (where the workspace's menu has Billing) is where its keys are made: named so, not as billing.
	assert.deepEqual(providerPageOf(providerRow('opencode-zen').consoleUrl!), {name: 'OpenCode Zen', role: 'keys'});
});

test('DeepSeek\'s own pages and pages the table does not list are not named here', () => {
	for (const url of [platformUrls.topUp, platformUrls.rateLimit, 'https://openrouter.ai/docs', 'https://example.com/billing', 'not a url']) {
		assert.equal(providerPageOf(url), undefined, url);
	}
});
