// Answers made in between — Cloudflare's own refusals, a proxy's own pages — told apart
// from the pages and words of the service behind them.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import {bareFailureOf, edgeBlockOf, proxyErrorOf, proxyPageOf, proxyPolicyRefusalOf, tunnelRefusalOf, upstreamUnreachableOf} from '../../source/deepseek/in-between.js';

const accessDenied = (code: string) =>
	`<!doctype html> <html class="no-js" lang="en-US"> <head> <title>Access denied | relay.example used Cloudflare to restrict access | relay.example | Cloudflare</title> <script>a={event:"feedback clicked",properties:{errorCode: ${code} }};</script>`;
const challenge = '<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title><meta charset="UTF-8"></head>';

const rows: Array<{name: string; status: number; text: string; block: string | undefined}> = [
	{name: 'the access-denied page names its error', status: 403, text: accessDenied('1010'), block: '1010'},
	{name: 'the same page for a firewall rule', status: 403, text: accessDenied('1020'), block: '1020'},
	{name: 'the older "Attention Required!" page without a number', status: 403, text: '<html><head><title>Attention Required! | Cloudflare</title></head></html>', block: 'blocked'},
	{name: 'the access-denied details list with its reference number', status: 403, text: '<h1>Access denied</h1>\n  <ul class="cferror_details">\n    <li>Error reference number: 1020</li>\n  </ul>', block: '1020'},
	{name: 'the block page\'s heading, as text an app stripped of tags', status: 403, text: '\n\nPlease enable cookies.\nSorry, you have been blocked\n\n', block: 'blocked'},
	{name: 'Cloudflare\'s bare line for a blocked request', status: 403, text: 'Your request was blocked.', block: 'blocked'},
	{name: 'the same words inside a longer answer are the service\'s', status: 403, text: '{"error":{"message":"Your request was blocked. Contact support."}}', block: undefined},
	{name: 'the managed challenge by its title', status: 403, text: challenge, block: 'challenge'},
	{name: 'the managed challenge by its script, as an app quoted it', status: 403, text: "API Error: 403 <!DOCTYPE html>\n...\nwindow._cf_chl_opt = {cvId: '3', cType: 'managed'}", block: 'challenge'},
	{name: 'an older challenge sent with 503', status: 503, text: challenge, block: 'challenge'},
	{name: 'the one line Cloudflare sends to clients that are not browsers', status: 403, text: 'error code: 1010\n', block: '1010'},
	{name: 'the same line at another status is not a block', status: 429, text: 'error code: 1015', block: undefined},
	{name: 'an access-denied page at 503 is a failure page, read by its status', status: 503, text: accessDenied('1010'), block: undefined},
	{name: 'an error number inside a service\'s own words proves nothing', status: 403, text: '{"error":{"message":"error code: 1010 from upstream"}}', block: undefined},
	{name: 'a proxy\'s own 403 page is not Cloudflare\'s', status: 403, text: '<html><head><title>403 Forbidden</title></head><body><center>nginx</center></body></html>', block: undefined},
	{name: 'Cloudflare\'s 5xx pages are failures, read by status', status: 522, text: '<title>relay.example | 522: Connection timed out</title>', block: undefined},
];

for (const row of rows) {
	test(`edge block: ${row.name}`, () => {
		assert.equal(edgeBlockOf(row.status, row.text), row.block);
	});
}

/** A recorded proxy answer's body (after its headers). */
function fixtureBody(name: string): string {
	const answer = readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'proxies', `${name}.http`), 'latin1');
	return answer.slice(answer.indexOf('\r\n\r\n') + 4);
}

const proxyRows: Array<{name: string; text: string; proxy: string | undefined}> = [
	{name: 'Squid\'s page by the error name its template ends with', text: '<!-- ERR_ACCESS_DENIED -->\n</div>\n</body></html>\n', proxy: 'Squid'},
	{name: 'Squid\'s page by its signature', text: '<html><body><p>Generated Mon, 07 Apr 2025 09:31:36 GMT by squid-deb-proxy (squid/6.10)</p></body></html>', proxy: 'Squid'},
	{name: 'tinyproxy\'s page by its signature', text: fixtureBody('tinyproxy-403-client'), proxy: 'tinyproxy'},
	{name: 'mitmproxy\'s page, by its template', text: fixtureBody('mitmproxy-502'), proxy: 'mitmproxy'},
	{name: 'the same headings in another server\'s layout are not mitmproxy\'s', text: '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><p>upstream failed</p></body></html>', proxy: undefined},
	{name: 'Zscaler\'s page', text: '<html><head><title>Internet Security by Zscaler</title></head></html>', proxy: 'Zscaler'},
	{name: 'a service\'s words that name a proxy are not its page', text: '{"error":{"message":"blocked by Zscaler"}}', proxy: undefined},
	{name: 'nginx\'s own page is a front server\'s, not a proxy in between', text: '<html><head><title>403 Forbidden</title></head><body><center>nginx</center></body></html>', proxy: undefined},
];

for (const row of proxyRows) {
	test(`proxy page: ${row.name}`, () => {
		assert.equal(proxyPageOf(row.text), row.proxy);
	});
}

// The error a real Squid's page names (test/fixtures/proxies): ssl-bump's own TLS connection that failed is not "could not connect".
const proxyErrorRows: Array<{fixture: string; error: string | undefined}> = [
	{fixture: 'squid-bump-503', error: 'ERR_SECURE_CONNECT_FAIL'},
	{fixture: 'squid-503', error: 'ERR_CONNECT_FAIL'},
	{fixture: 'squid-403', error: 'ERR_ACCESS_DENIED'},
	{fixture: 'tinyproxy-500', error: undefined},
	{fixture: 'mitmproxy-502', error: undefined},
];

for (const row of proxyErrorRows) {
	test(`proxy error: ${row.fixture}`, () => {
		assert.equal(proxyErrorOf(fixtureBody(row.fixture)), row.error);
	});
}

// The pages real proxies sent refusing a tunnel (test/fixtures/proxies), as undici leaves them: the body alone.
const refusalRows: Array<{fixture: string; refusal: string | undefined}> = [
	{fixture: 'tinyproxy-403-client', refusal: 'client'},
	{fixture: 'tinyproxy-403-filtered', refusal: 'filter'},
	{fixture: 'tinyproxy-403', refusal: undefined},
	{fixture: 'squid-403', refusal: undefined},
];

for (const row of refusalRows) {
	test(`tunnel refusal: ${row.fixture}`, () => {
		assert.equal(tunnelRefusalOf(fixtureBody(row.fixture)), row.refusal);
	});
}

const policyRows: Array<{name: string; status: number; text: string; words: string | undefined}> = [
	{name: 'OpenShell\'s egress proxy for a host not on its allow-list, as Hermes printed it', status: 403, text: "Error: Error code: 403 - {'error': 'connection not allowed by policy'}", words: 'connection not allowed by policy'},
	{
		name: 'its policy_denied JSON for a request its rules leave out',
		status: 403,
		text: '{"detail":"GET host.docker.internal:8000/v1/models not permitted by policy","error":"policy_denied"}',
		words: 'GET host.docker.internal:8000/v1/models not permitted by policy',
	},
	{name: 'the same words at another status are no proxy refusal', status: 500, text: '{"error":"connection not allowed by policy"}', words: undefined},
	{name: 'a service\'s own 403 about its policy names no refused connection', status: 403, text: '{"error":{"message":"This request is not allowed by our usage policy."}}', words: undefined},
];

for (const row of policyRows) {
	test(`proxy policy refusal: ${row.name}`, () => {
		assert.equal(proxyPolicyRefusalOf(row.status, row.text), row.words);
	});
}

const unreachableRows: Array<{name: string; status: number; text: string; words: string | undefined}> = [
	{
		name: 'CC Switch\'s 502 names the address its call could not reach',
		status: 502,
		text: '{"error":{"message":"CC Switch local proxy failed while handling Codex endpoint /responses. Provider: deepseek; model: deepseek-v4-pro; cause: connection failed: error sending request for url (https://api.deepseek.com/v1/chat/completions)","type":"proxy_error"}}',
		words: 'connection failed: error sending request for url (https://api.deepseek.com/v1/chat/completions)',
	},
	{name: 'as Claude Code printed it', status: 502, text: 'API Error: 502 connection failed: error sending request for url (https://api.deepseek.com/anthropic/v1/messages)', words: 'connection failed: error sending request for url (https://api.deepseek.com/anthropic/v1/messages)'},
	{name: 'reqwest\'s words cut before the address', status: 502, text: 'unexpected status 502 Bad Gateway: 请求转发失败: error sending request for url', words: 'error sending request for url'},
	{name: 'a Node router\'s connect timeout', status: 502, text: '[502]: fetch connect timeout', words: 'fetch connect timeout'},
	{name: 'the same words at 4xx are the service speaking of something else', status: 400, text: 'Invalid image: error sending request for url (https://example.com/a.png)', words: undefined},
	{name: 'a 502 without them is no proof', status: 502, text: 'unexpected status 502 Bad Gateway: Unknown error', words: undefined},
];

for (const row of unreachableRows) {
	test(`upstream unreachable: ${row.name}`, () => {
		assert.equal(upstreamUnreachableOf(row.status, row.text), row.words);
	});
}

const bareRows: Array<{name: string; status: number; text: string; bare: boolean}> = [
	{name: 'Codex\'s line around "Unknown error"', status: 502, text: 'unexpected status 502 Bad Gateway: Unknown error, url: http://127.0.0.1:57321/v1/responses', bare: true},
	{name: 'Codex\'s line around nothing', status: 502, text: 'unexpected status 502 Bad Gateway: , url: http://127.0.0.1:15721/v1/responses', bare: true},
	{name: 'an empty body', status: 503, text: '', bare: true},
	{name: 'the status\'s own name', status: 502, text: 'Bad Gateway', bare: true},
	{name: 'a cause in words', status: 500, text: 'Something went wrong! Unknown error when running prediction service.', bare: false},
	{name: 'a 4xx says something whatever its words', status: 400, text: '', bare: false},
];

for (const row of bareRows) {
	test(`bare failure: ${row.name}`, () => {
		assert.equal(bareFailureOf(row.status, row.text), row.bare);
	});
}
