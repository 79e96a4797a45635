// Reading a redirect (deepseek/redirect.ts): where it points, safe to show, and the one rule
// that says what it means for the base URL.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {redirectMeaning, redirectOf} from '../../source/deepseek/redirect.js';

const key = 'sk-' + '0123456789abcdef'.repeat(2);

test('redirectOf: only a 3xx with a Location; relative resolved; login, query string and fragment dropped; the key masked', () => {
	const asked = new URL('https://relay.example.com/v1/models');
	assert.equal(redirectOf(200, 'https://elsewhere.example/', asked, key), undefined);
	assert.equal(redirectOf(404, 'https://elsewhere.example/', asked, key), undefined);
	assert.equal(redirectOf(301, undefined, asked, key), undefined);
	assert.equal(redirectOf(302, 'javascript:alert(1)', asked, key), undefined);
	assert.equal(redirectOf(302, 'http://[::1', asked, key), undefined);
	assert.deepEqual(redirectOf(301, '/api/v1/models', asked, key), {status: 301, location: 'https://relay.example.com/api/v1/models'});
	assert.deepEqual(redirectOf(307, 'models/', asked, key), {status: 307, location: 'https://relay.example.com/v1/models/'});
	assert.deepEqual(
		redirectOf(302, 'https://acme.cloudflareaccess.com/cdn-cgi/access/login/ai.acme.example?kid=abc&redirect_url=%2Fv1%2Fmodels#top', asked, key),
		{status: 302, location: 'https://acme.cloudflareaccess.com/cdn-cgi/access/login/ai.acme.example'},
	);
	assert.deepEqual(redirectOf(302, 'https://user:secret@sso.example.com/login', asked, key), {status: 302, location: 'https://sso.example.com/login'});
	const echoed = redirectOf(302, `https://sso.example.com/${key}/login\u001b[31m`, asked, key);
	assert.ok(echoed && !echoed.location.includes(key.slice(3, 20)), echoed?.location);
	assert.ok(echoed && !echoed.location.includes('\u001b'), echoed?.location);
});

test('redirectMeaning: a login page, the same API at another address, or somewhere else', () => {
	const rows: Array<[string, string, ReturnType<typeof redirectMeaning>]> = [
		// A login page in front of the service, by its host or a path segment.
		['https://ai.acme.example/v1/models', 'https://acme.cloudflareaccess.com/cdn-cgi/access/login/ai.acme.example', {kind: 'login', host: 'acme.cloudflareaccess.com'}],
		['https://ai.acme.example/v1/models', 'https://ai.acme.example/oauth2/start', {kind: 'login', host: 'ai.acme.example'}],
		['https://ai.acme.example/models', 'https://ai.acme.example/login', {kind: 'login', host: 'ai.acme.example'}],
		['https://ai.acme.example/models', 'https://idp.acme.example/sso/saml', {kind: 'login', host: 'idp.acme.example'}],
		['https://ai.acme.example/user/balance', 'https://keycloak.acme.example/realms/main/protocol/openid-connect/auth', {kind: 'login', host: 'keycloak.acme.example'}],
		// The same host asks the same call elsewhere: the base URL is that, without the path the tool added.
		['http://relay.local:3000/models', 'http://relay.local:3000/api/v1/models', {kind: 'base_url', baseUrl: 'http://relay.local:3000/api/v1'}],
		['http://relay.local/v1/models', 'https://relay.local/v1/models', {kind: 'base_url', baseUrl: 'https://relay.local/v1'}],
		['https://relay.example.com/user/balance', 'https://relay.example.com/api/user/balance', {kind: 'base_url', baseUrl: 'https://relay.example.com/api'}],
		['https://relay.example.com/chat/completions', 'https://relay.example.com/v1/chat/completions/', {kind: 'base_url', baseUrl: 'https://relay.example.com/v1'}],
		// A page of the same host, another host, DeepSeek's websites.
		['https://relay.example.com/models', 'https://relay.example.com/', {kind: 'elsewhere', host: 'relay.example.com', deepSeekWebsite: false}],
		// Another host asking the same call: the service moved (never followed), or forwards to DeepSeek's own API.
		['https://old-relay.example.com/v1/models', 'https://new-relay.example.com/v1/models', {kind: 'moved', host: 'new-relay.example.com', baseUrl: 'https://new-relay.example.com/v1', deepSeekApi: false}],
		['http://relay.example.com/user/balance', 'https://api.relay.example.net:8443/api/user/balance', {kind: 'moved', host: 'api.relay.example.net:8443', baseUrl: 'https://api.relay.example.net:8443/api', deepSeekApi: false}],
		['https://relay.example.com/models', 'https://api.deepseek.com/models', {kind: 'moved', host: 'api.deepseek.com', baseUrl: 'https://api.deepseek.com', deepSeekApi: true}],
		// Another host's page: not an API's address.
		['https://old-relay.example.com/v1/models', 'https://new-relay.example.com/', {kind: 'elsewhere', host: 'new-relay.example.com', deepSeekWebsite: false}],
		['https://deepseek.com/models', 'https://www.deepseek.com/', {kind: 'elsewhere', host: 'www.deepseek.com', deepSeekWebsite: true}],
		['https://platform.deepseek.com/models', 'https://platform.deepseek.com/sign_in', {kind: 'login', host: 'platform.deepseek.com'}],
		['https://chat.deepseek.com/v1/models', 'https://chat.deepseek.com/', {kind: 'elsewhere', host: 'chat.deepseek.com', deepSeekWebsite: true}],
		['https://notdeepseek.com/models', 'https://www.notdeepseek.com/', {kind: 'elsewhere', host: 'www.notdeepseek.com', deepSeekWebsite: false}],
	];
	for (const [asked, location, expected] of rows) assert.deepEqual(redirectMeaning(asked, location), expected, `${asked} → ${location}`);
	assert.equal(redirectMeaning('not a url', 'https://x.example/'), undefined);
	// Back to the base URL in use (a framework adding a trailing slash): no other address to set.
	assert.equal(redirectMeaning('http://relay.local:4000/v1/models', 'http://relay.local:4000/v1/models/'), undefined);
});
