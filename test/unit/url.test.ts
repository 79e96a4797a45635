import {test} from 'node:test';
import assert from 'node:assert/strict';
import {deepSeekOnlyPathIn, endpointPathIn, isAnthropicFormat, isBareAddress, isLoopbackHost, mayCarryKey, normaliseBaseUrl, resolveUrl} from '../../source/deepseek/url.js';

function normalised(raw: string): string {
	const result = normaliseBaseUrl(raw);
	assert.ok(result.ok, `expected ${raw} to be accepted`);
	return result.value.url;
}

test('normaliseBaseUrl strips one known suffix, trailing slashes, query and hash', () => {
	assert.equal(normalised('https://api.deepseek.com'), 'https://api.deepseek.com');
	assert.equal(normalised('https://api.deepseek.com/'), 'https://api.deepseek.com');
	assert.equal(normalised('https://api.deepseek.com/v1'), 'https://api.deepseek.com');
	assert.equal(normalised('https://api.deepseek.com/v1/'), 'https://api.deepseek.com');
	assert.equal(normalised('https://api.deepseek.com/beta'), 'https://api.deepseek.com');
	assert.equal(normalised('https://api.deepseek.com/anthropic/'), 'https://api.deepseek.com');
	assert.equal(normalised('https://openrouter.ai/api/v1'), 'https://openrouter.ai/api');
	assert.equal(normalised('  https://API.DeepSeek.com/v1?x=1#top \n'), 'https://api.deepseek.com');
	assert.equal(normalised('https://api.deepseek.com/V1'), 'https://api.deepseek.com');
	// Only ONE suffix: /v1/v1 keeps the first.
	assert.equal(normalised('https://gateway.example/v1/v1'), 'https://gateway.example/v1');
	// A path that merely ends in the same letters is not a suffix.
	assert.equal(normalised('https://gateway.example/apiv1'), 'https://gateway.example/apiv1');
	assert.equal(normalised('https://ark.cn-beijing.volces.com/api/v3'), 'https://ark.cn-beijing.volces.com/api/v3');
});

test('an endpoint path pasted at the end of a base URL (the path tools add themselves) is left out, then the usual suffix', () => {
	assert.equal(normalised('https://api.deepseek.com/chat/completions'), 'https://api.deepseek.com');
	assert.equal(normalised('https://api.deepseek.com/v1/chat/completions/'), 'https://api.deepseek.com');
	assert.equal(normalised('https://api.deepseek.com/beta/completions'), 'https://api.deepseek.com');
	assert.equal(normalised('https://api.deepseek.com/anthropic/v1/messages'), 'https://api.deepseek.com');
	// Anthropic's version path after /anthropic, which Claude Code and Anthropic's SDKs add themselves (…/anthropic/v1/v1/messages).
	assert.equal(normalised('https://api.deepseek.com/anthropic/v1'), 'https://api.deepseek.com');
	assert.equal(normalised('https://open.bigmodel.cn/api/Anthropic/V1/'), 'https://open.bigmodel.cn/api');
	// DeepSeek's Responses API (Codex): the same base URL, /responses added by the tool.
	assert.equal(normalised('https://api.deepseek.com/v1/responses'), 'https://api.deepseek.com');
	assert.equal(normalised('https://api.deepseek.com/responses/'), 'https://api.deepseek.com');
	assert.equal(normalised('https://openrouter.ai/api/v1/Chat/Completions'), 'https://openrouter.ai/api');
	// Only at the end, and only whole segments.
	assert.equal(normalised('https://gateway.example/chat/completions/v1'), 'https://gateway.example/chat/completions');
	assert.equal(normalised('https://gateway.example/mycompletions'), 'https://gateway.example/mycompletions');
});

test('endpointPathIn: the pasted path as written, and the base URL tools need (keeping /v1, /beta, /anthropic)', () => {
	assert.deepEqual(endpointPathIn('https://api.deepseek.com/chat/completions'), {path: '/chat/completions', base: 'https://api.deepseek.com'});
	assert.deepEqual(endpointPathIn(' https://api.deepseek.com/v1/chat/completions/ '), {path: '/chat/completions', base: 'https://api.deepseek.com/v1'});
	assert.deepEqual(endpointPathIn('https://api.deepseek.com/anthropic/v1/messages'), {path: '/v1/messages', base: 'https://api.deepseek.com/anthropic'});
	assert.deepEqual(endpointPathIn('https://api.deepseek.com/v1/responses'), {path: '/responses', base: 'https://api.deepseek.com/v1'});
	assert.deepEqual(endpointPathIn('https://api.deepseek.com/anthropic/v1/'), {path: '/v1', base: 'https://api.deepseek.com/anthropic'});
	assert.deepEqual(endpointPathIn('https://api.deepseek.com/beta/completions?x=1'), {path: '/completions', base: 'https://api.deepseek.com/beta'});
	assert.deepEqual(endpointPathIn('https://openrouter.ai/api/v1/Chat/Completions'), {path: '/Chat/Completions', base: 'https://openrouter.ai/api/v1'});
	for (const raw of ['https://api.deepseek.com', 'https://api.deepseek.com/v1', 'https://gateway.example/myanthropic/v1', 'https://gateway.example/mycompletions', 'https://gateway.example/myresponses', 'not a url']) assert.equal(endpointPathIn(raw), undefined, raw);
});

test('normaliseBaseUrl reports origin, host, protocol and loopback', () => {
	const result = normaliseBaseUrl('http://127.0.0.1:8080/v1');
	assert.deepEqual(result, {
		ok: true,
		value: {
			url: 'http://127.0.0.1:8080',
			origin: 'http://127.0.0.1:8080',
			host: '127.0.0.1:8080',
			protocol: 'http:',
			isLoopback: true,
		},
	});
	const remote = normaliseBaseUrl('https://api.deepseek.com:443/v1');
	assert.ok(remote.ok);
	assert.equal(remote.value.host, 'api.deepseek.com');
	assert.equal(remote.value.isLoopback, false);
	const ipv6 = normaliseBaseUrl('http://[::1]:3000/');
	assert.ok(ipv6.ok);
	assert.equal(ipv6.value.url, 'http://[::1]:3000');
	assert.equal(ipv6.value.isLoopback, true);
});

test('normaliseBaseUrl rejects with a sentence that says what to type', () => {
	const reasonOf = (raw: string): string => {
		const result = normaliseBaseUrl(raw);
		assert.equal(result.ok, false, `expected ${raw} to be rejected`);
		return result.ok ? '' : result.reason;
	};
	assert.equal(reasonOf('   '), 'The base URL is empty: set it to https://api.deepseek.com (or the URL your provider gave you).');
	assert.equal(reasonOf('api.deepseek.com/v1'), 'The base URL must start with https://, for example https://api.deepseek.com/v1.');
	assert.equal(reasonOf('//api.deepseek.com'), 'The base URL must start with https://, for example https://api.deepseek.com.');
	// A typo of DeepSeek's host gets DeepSeek's URL, not the typo with https:// in front; another host keeps its own.
	assert.equal(reasonOf('api.deepseek.cm'), 'The base URL must start with https://, and "api.deepseek.cm" looks like a typo of DeepSeek\'s address: use https://api.deepseek.com.');
	assert.equal(reasonOf('API.deepseak.com/v1'), 'The base URL must start with https://, and "API.deepseak.com/v1" looks like a typo of DeepSeek\'s address: use https://api.deepseek.com.');
	assert.equal(reasonOf('deepseek.com'), 'The base URL must start with https://, for example https://deepseek.com.');
	assert.equal(reasonOf('api.openai.com/v1'), 'The base URL must start with https://, for example https://api.openai.com/v1.');
	// A service on this computer speaks plain http (one-api, CC Switch, a model server): http:// in front, and that URL is taken.
	for (const [raw, suggestion] of [['localhost:3000', 'http://localhost:3000'], ['127.0.0.1:15721/v1', 'http://127.0.0.1:15721/v1'], ['[::1]:8080', 'http://[::1]:8080']]) {
		assert.equal(reasonOf(raw!), `The base URL must start with http:// or https://: a service on this computer usually answers on ${suggestion}.`);
		assert.ok(normaliseBaseUrl(suggestion!).ok, suggestion);
	}
	assert.equal(reasonOf('not a url at all'), '"not a url at all" is not a valid URL: use the form https://api.deepseek.com.');
	assert.equal(reasonOf('ftp://api.deepseek.com'), 'The base URL uses ftp:// but only https:// (or http:// to this computer) works: use https://api.deepseek.com.');
	assert.equal(reasonOf('https://user:secret@api.deepseek.com'), 'The base URL contains a user name or password: remove them (the API key goes in DEEPSEEK_API_KEY, not in the URL).');
	assert.equal(reasonOf('https://exa mple.com'), '"https://exa mple.com" is not a valid URL: use the form https://api.deepseek.com.');
	// Quotes that are part of the value (Command Prompt's set NAME="…", a chat app's “…”): the address inside, not "https://" before the quote.
	const quotedReason = 'The base URL has quotes around it that are part of its value: remove them where it is set, so that it reads https://api.deepseek.com (Command Prompt\'s set NAME="…" keeps the quotes in the value).';
	for (const raw of ['"https://api.deepseek.com"', "'https://api.deepseek.com'", ' "https://api.deepseek.com " ']) assert.equal(reasonOf(raw), quotedReason, raw);
	// Typographic quotes come from a chat app or a word processor: Command Prompt is no part of it.
	for (const raw of ['“https://api.deepseek.com”', '‘https://api.deepseek.com’', '＂https://api.deepseek.com＂']) {
		assert.equal(reasonOf(raw), 'The base URL has quotes around it that are part of its value: remove them where it is set, so that it reads https://api.deepseek.com.', raw);
	}
	// Typed with a Chinese input method on: the characters named, the address in half-width ones.
	assert.equal(reasonOf('https：//api.deepseek.com'), 'The base URL holds full-width characters (：), as a Chinese input method types them: write it as https://api.deepseek.com.');
	assert.equal(reasonOf('ｈｔｔｐｓ：／／api.deepseek.com／v1'), 'The base URL holds full-width characters (ｈ ｔ ｐ ｓ ： ／), as a Chinese input method types them: write it as https://api.deepseek.com/v1.');
	assert.equal(reasonOf('https://api.deepseek.com：8443'), 'The base URL holds full-width characters (：), as a Chinese input method types them: write it as https://api.deepseek.com:8443.');
	// Full-width text that is no address in half-width either keeps the plain sentence.
	assert.equal(reasonOf('不是网址：'), '"不是网址：" is not a valid URL: use the form https://api.deepseek.com.');
});

test('normaliseBaseUrl: full-width letters and dots in the host alone parse (URL maps them), and stay accepted', () => {
	assert.equal(normalised('https://ａｐｉ.deepseek.com'), 'https://api.deepseek.com');
	assert.equal(normalised('https://api。deepseek。com'), 'https://api.deepseek.com');
});

test('deepSeekOnlyPathIn: /beta at the end of a base URL (after a pasted endpoint path), as written, and the URL without it; not /anthropic, /v1 or a longer word', () => {
	assert.deepEqual(deepSeekOnlyPathIn('https://api.relay.example/v1/beta'), {path: '/beta', base: 'https://api.relay.example/v1'});
	assert.deepEqual(deepSeekOnlyPathIn(' https://gateway.example/Beta/ '), {path: '/Beta', base: 'https://gateway.example'});
	assert.deepEqual(deepSeekOnlyPathIn('https://gateway.example/beta/completions'), {path: '/beta', base: 'https://gateway.example'});
	assert.deepEqual(deepSeekOnlyPathIn('https://gateway.example/v1/beta/chat/completions?x=1'), {path: '/beta', base: 'https://gateway.example/v1'});
	for (const raw of ['https://gateway.example/v1', 'https://open.bigmodel.cn/api/anthropic', 'https://gateway.example/alphabeta', 'https://gateway.example/beta/v1', 'not a url']) {
		assert.equal(deepSeekOnlyPathIn(raw), undefined, raw);
	}
});

test('isAnthropicFormat: a base URL for Anthropic-format tools (a path ending in /anthropic, or Anthropic\'s own API), nothing else', () => {
	for (const raw of ['https://api.deepseek.com/anthropic', 'https://api.deepseek.com/Anthropic/', 'https://open.bigmodel.cn/api/anthropic', 'https://api.anthropic.com', 'https://API.anthropic.com/v1/', 'https://api.deepseek.com/anthropic/v1', 'https://api.deepseek.com/anthropic/v1/messages']) {
		assert.equal(isAnthropicFormat(raw), true, raw);
	}
	for (const raw of ['https://api.deepseek.com', 'https://api.deepseek.com/v1', 'https://example.com/anthropic-proxy', 'https://anthropic.example.com', 'not a url']) {
		assert.equal(isAnthropicFormat(raw), false, raw);
	}
});

test('isLoopbackHost: localhost, 127.0.0.0/8 and ::1 only', () => {
	for (const host of ['localhost', 'LOCALHOST', '127.0.0.1', '127.255.0.9', '::1', '[::1]', '[::ffff:7f00:1]', '::ffff:127.0.0.1']) {
		assert.equal(isLoopbackHost(host), true, host);
	}
	for (const host of ['api.deepseek.com', '128.0.0.1', '10.0.0.1', '127.0.0.256', '127.0.0', 'localhost.example.com', '::2', '[::ffff:a00:1]', '0.0.0.0', '']) {
		assert.equal(isLoopbackHost(host), false, host);
	}
});

test('mayCarryKey: https anywhere, http only to loopback', () => {
	assert.equal(mayCarryKey('https://api.deepseek.com/user/balance'), true);
	assert.equal(mayCarryKey('http://127.0.0.1:9000/models'), true);
	assert.equal(mayCarryKey('http://localhost/models'), true);
	assert.equal(mayCarryKey(new URL('http://[::1]:1/')), true);
	// WHATWG URL turns the short form into 127.0.0.1 before the check.
	assert.equal(mayCarryKey('http://127.1/'), true);
	assert.equal(mayCarryKey('http://api.deepseek.com/user/balance'), false);
	assert.equal(mayCarryKey('http://192.168.1.10:3000/'), false);
	assert.equal(mayCarryKey('ftp://localhost/'), false);
	assert.equal(mayCarryKey('not a url'), false);
});

test('resolveUrl joins paths to the base and keeps absolute URLs', () => {
	assert.equal(resolveUrl('https://api.deepseek.com', '/models'), 'https://api.deepseek.com/models');
	assert.equal(resolveUrl('https://api.deepseek.com', 'user/balance'), 'https://api.deepseek.com/user/balance');
	assert.equal(resolveUrl('https://openrouter.ai/api', '/v1/key'), 'https://openrouter.ai/api/v1/key');
	assert.equal(resolveUrl('https://api.deepseek.com/', '/models'), 'https://api.deepseek.com/models');
	const status = 'https://statuspage.flashduty.com/api/status-page/1/summary/active';
	assert.equal(resolveUrl('https://api.deepseek.com', status), status);
	assert.equal(resolveUrl('https://api.deepseek.com', 'HTTP://127.0.0.1/x'), 'HTTP://127.0.0.1/x');
});

test('isBareAddress: an IP, localhost or a single-label host (with or without a port) is an address; a dotted name is a name', () => {
	for (const host of ['127.0.0.1:3000', '10.0.0.5', '192.168.1.20:8080', '[::1]:3000', '[fd00::5]', 'localhost:3000', 'LOCALHOST', 'one-api:3000', 'gateway', 'app.localhost:8080']) {
		assert.equal(isBareAddress(host), true, host);
	}
	for (const host of ['api.relay.example', 'gateway.example.org:8443', 'api.inference.wandb.ai', '127.0.0.1.nip.io', 'not a host']) {
		assert.equal(isBareAddress(host), false, host);
	}
});

test('a base URL that cannot be used is quoted without escape sequences, on one line, cut short', () => {
	const refused = normaliseBaseUrl(`\u001b[31m${'x'.repeat(500)}\u202E bad`);
	assert.ok(!refused.ok);
	assert.doesNotMatch(refused.reason, /[\u001b\u202E\n]/);
	assert.ok(refused.reason.length < 400, refused.reason);
	const withKey = normaliseBaseUrl(`not a url sk-${'3f9a1c0be47d25a8'}${'6c1f0e9b7a2d4c58'}`);
	assert.ok(!withKey.ok && !withKey.reason.includes('3f9a1c0be47d25a8'), withKey.ok ? '' : withKey.reason);
});
