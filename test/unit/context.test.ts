// buildContext: flag > environment > remembered > default (docs/interface.md), where the key came
// from, the URL tools call, and the settings the checks read.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import {buildContext, defaultTimeoutMs, openAiRoot, resolveBaseUrl, resolveKey, type BaseContext, type ContextOptions} from '../../source/context.js';
import {defaultBaseUrl, defaultStatusUrl} from '../../source/deepseek/facts.js';
import {keyPresent} from '../../source/checks/key-present.js';
import {testKey} from '../helpers/results.js';

type Settings = ContextOptions['settings'];

const envKey = 'sk-' + '1111222233334444'.repeat(2);
const rememberedKey = 'sk-' + '5555666677778888'.repeat(2);
const pastedKey = 'sk-' + '9999aaaabbbbcccc'.repeat(2);

function settings(extra: Partial<Settings> = {}): Settings {
	return {schemaVersion: 1, balanceHistory: [], ...extra};
}

function options(extra: Partial<ContextOptions> = {}): ContextOptions {
	return {env: {}, flags: {}, settings: settings(), signal: new AbortController().signal, cwd: '/tmp/project', ...extra};
}

function built(extra: Partial<ContextOptions> = {}): BaseContext {
	const result = buildContext(options(extra));
	assert.ok(result.ok, result.ok ? '' : result.message);
	return result.ctx;
}

test('buildContext: base URL from the flag, then DEEPSEEK_BASE_URL, then settings, then the default', () => {
	const env = {DEEPSEEK_BASE_URL: 'https://env.example/v1'};
	const remembered = settings({baseUrl: 'https://remembered.example'});
	const flags = {baseUrl: 'https://flag.example/'};
	assert.equal(built({flags, env, settings: remembered}).rawBaseUrl, 'https://flag.example/');
	assert.equal(built({flags, env, settings: remembered}).baseUrl, 'https://flag.example');
	assert.equal(built({env, settings: remembered}).baseUrl, 'https://env.example');
	assert.equal(built({settings: remembered}).baseUrl, 'https://remembered.example');
	assert.equal(built().baseUrl, defaultBaseUrl);
	assert.equal(built().rawBaseUrl, defaultBaseUrl);
	assert.equal(resolveBaseUrl({flags: {}, env: {}, settings: settings()}), defaultBaseUrl);
});

test('buildContext: an empty DEEPSEEK_BASE_URL counts as unset, like an empty DEEPSEEK_API_KEY', () => {
	const result = buildContext(options({env: {DEEPSEEK_BASE_URL: ''}, settings: settings({baseUrl: 'https://remembered.example'})}));
	assert.ok(result.ok, result.ok ? '' : result.message);
	assert.equal(result.ctx.baseUrl, 'https://remembered.example');
});

test('buildContext: the key from what was pasted, then DEEPSEEK_API_KEY, then settings', () => {
	const env = {DEEPSEEK_API_KEY: envKey};
	const remembered = settings({apiKey: rememberedKey});
	const pasted = {value: pastedKey, source: 'prompt' as const};
	assert.deepEqual(pick(built({key: pasted, env, settings: remembered})), [pastedKey, 'prompt']);
	assert.deepEqual(pick(built({env, settings: remembered})), [envKey, 'env']);
	assert.deepEqual(pick(built({settings: remembered})), [rememberedKey, 'remembered']);
	assert.deepEqual(pick(built()), [undefined, 'none']);
	// Empty values are no key at all.
	assert.deepEqual(pick(built({key: {value: '', source: 'prompt'}, env: {DEEPSEEK_API_KEY: ''}, settings: remembered})), [rememberedKey, 'remembered']);
	assert.equal(resolveKey({env: {}, settings: settings()}), undefined);
	assert.deepEqual(resolveKey({env, settings: remembered}), {value: envKey, source: 'env'});
});

test('a blank DEEPSEEK_API_KEY (spaces, tabs, a newline, or nothing) is no key: the remembered key, else none', async () => {
	const remembered = settings({apiKey: rememberedKey});
	for (const blank of [' ', '   ', '\t', '\n', ' \r\n ', '']) {
		const env = {DEEPSEEK_API_KEY: blank};
		assert.equal(resolveKey({env, settings: settings()}), undefined, JSON.stringify(blank));
		assert.deepEqual(pick(built({env})), [undefined, 'none']);
		assert.deepEqual(pick(built({env, settings: remembered})), [rememberedKey, 'remembered']);
		const present = await keyPresent.run({...built({env}), results: new Map()}, new AbortController().signal);
		assert.equal(present.status, 'fail');
		assert.equal(present.summary, 'DEEPSEEK_API_KEY is set but blank (empty or only spaces), so no key is sent: put your key in it, or paste one in the wizard.');
	}
	const unset = await keyPresent.run({...built(), results: new Map()}, new AbortController().signal);
	assert.equal(unset.summary, 'No API key found: set DEEPSEEK_API_KEY or paste one in the wizard.', 'unset is "not found", not "blank"');
});

function pick(ctx: BaseContext): [string | undefined, string] {
	return [ctx.apiKey, ctx.keySource];
}

test('buildContext: an unusable base URL is a sentence, not an exception', () => {
	const refusals: Array<[string, string]> = [
		['api.deepseek.com', 'The base URL must start with https://, for example https://api.deepseek.com.'],
		['ftp://api.deepseek.com', 'The base URL uses ftp:// but only https:// (or http:// to this computer) works: use https://api.deepseek.com.'],
		['https://user:pass@api.deepseek.com', 'The base URL contains a user name or password: remove them (the API key goes in DEEPSEEK_API_KEY, not in the URL).'],
		['not a url at all', '"not a url at all" is not a valid URL: use the form https://api.deepseek.com.'],
		['', 'The base URL is empty: set it to https://api.deepseek.com (or the URL your provider gave you).'],
	];
	for (const [raw, reason] of refusals) {
		const result = buildContext(options({flags: {baseUrl: raw}}));
		assert.equal(result.ok, false, raw);
		if (result.ok) continue;
		assert.equal(result.message, `deepseek-fix: the base URL given with --base-url cannot be used. ${reason}`);
	}
	const noScheme = buildContext(options({env: {DEEPSEEK_BASE_URL: 'api.deepseek.com/v1'}}));
	assert.ok(!noScheme.ok);
	assert.ok(noScheme.message.includes('https://api.deepseek.com'), noScheme.message);
	// The flag wins even when it is the broken one.
	assert.equal(buildContext(options({flags: {baseUrl: 'nope'}, env: {DEEPSEEK_BASE_URL: defaultBaseUrl}})).ok, false);
	// Each line names where the broken URL is set, so the user knows what to change.
	const fromEnv = buildContext(options({env: {DEEPSEEK_BASE_URL: 'ftp://x'}}));
	assert.ok(!fromEnv.ok && fromEnv.message.startsWith('deepseek-fix: the base URL in DEEPSEEK_BASE_URL cannot be used. '), fromEnv.ok ? '' : fromEnv.message);
	const fromSettings = buildContext(options({settings: settings({baseUrl: 'ftp://x'})}));
	assert.ok(
		!fromSettings.ok && fromSettings.message.startsWith('deepseek-fix: the base URL remembered in the settings (deepseek-fix config --reset forgets it) cannot be used. '),
		fromSettings.ok ? '' : fromSettings.message,
	);
});

test('openAiRoot: keeps /v1 and any gateway path, strips /beta and /anthropic', () => {
	assert.equal(openAiRoot('https://api.deepseek.com'), 'https://api.deepseek.com');
	assert.equal(openAiRoot('https://api.deepseek.com/'), 'https://api.deepseek.com');
	assert.equal(openAiRoot('https://api.deepseek.com/v1'), 'https://api.deepseek.com/v1');
	assert.equal(openAiRoot('https://api.deepseek.com/v1/'), 'https://api.deepseek.com/v1');
	assert.equal(openAiRoot('https://api.deepseek.com/beta'), 'https://api.deepseek.com');
	assert.equal(openAiRoot('https://api.deepseek.com/anthropic/'), 'https://api.deepseek.com');
	assert.equal(openAiRoot('https://api.deepseek.com/Anthropic'), 'https://api.deepseek.com');
	assert.equal(openAiRoot('https://openrouter.ai/api/v1'), 'https://openrouter.ai/api/v1');
	assert.equal(openAiRoot('http://127.0.0.1:3000/v1?x=1#top'), 'http://127.0.0.1:3000/v1');
	assert.equal(openAiRoot('  https://gateway.example/v1 \n'), 'https://gateway.example/v1');
	// A pasted endpoint path is no part of the root: the paid call adds its own.
	assert.equal(openAiRoot('https://api.deepseek.com/v1/chat/completions'), 'https://api.deepseek.com/v1');
	assert.equal(openAiRoot('https://api.deepseek.com/chat/completions'), 'https://api.deepseek.com');
});

test('buildContext: callBaseUrl is the OpenAI root, baseUrl the normalised one', () => {
	const ctx = built({flags: {baseUrl: 'https://api.deepseek.com/v1'}});
	assert.equal(ctx.callBaseUrl, 'https://api.deepseek.com/v1');
	assert.equal(ctx.baseUrl, 'https://api.deepseek.com');
	assert.equal(ctx.api.baseUrl, 'https://api.deepseek.com');
	assert.equal(built({flags: {baseUrl: 'https://api.deepseek.com/anthropic'}}).callBaseUrl, 'https://api.deepseek.com');
});

test('buildContext: timeout defaults to 10 s; the flag overrides it', () => {
	assert.equal(defaultTimeoutMs, 10_000);
	assert.equal(built().timeoutMs, 10_000);
	assert.equal(built({flags: {timeoutMs: 2500}}).timeoutMs, 2500);
});

test('buildContext: DEEPSEEK_STATUS_URL replaces the status page summary URL', () => {
	assert.equal(built().statusUrl, defaultStatusUrl);
	assert.equal(built({env: {DEEPSEEK_STATUS_URL: 'http://127.0.0.1:9/status.json'}}).statusUrl, 'http://127.0.0.1:9/status.json');
});

test('buildContext: the alert threshold and balance history come from settings', () => {
	const history = [{at: '2026-11-01T00:00:00.000Z', currency: 'CNY', total: '12.00'}];
	const ctx = built({settings: settings({alertThreshold: '5', alertCurrency: 'USD', balanceHistory: history})});
	assert.deepEqual(ctx.alertThreshold, {amount: '5', currency: 'USD'});
	assert.deepEqual(ctx.balanceHistory, history);
	assert.deepEqual(built({settings: settings({alertThreshold: '2.50'})}).alertThreshold, {amount: '2.50', currency: undefined});
	assert.equal(built().alertThreshold, undefined);
	// A currency without an amount is no threshold.
	assert.equal(built({settings: settings({alertCurrency: 'CNY'})}).alertThreshold, undefined);
});

test('buildContext: probe only when asked; env, folder and clock passed through', () => {
	const env = {DEEPSEEK_API_KEY: envKey, OPENAI_BASE_URL: 'https://openrouter.ai/api/v1'};
	const now = new Date('2026-11-02T12:00:00.000Z');
	const ctx = built({env, cwd: '/somewhere', now});
	assert.equal(ctx.allowProbe, false);
	assert.equal(built({flags: {probe: true}}).allowProbe, true);
	assert.equal(built({flags: {probe: false}}).allowProbe, false);
	assert.equal(ctx.probeConsent, 'flag', 'the command line allows the call with --probe');
	assert.equal(built({probeConsent: 'question'}).probeConsent, 'question');
	assert.equal(ctx.env, env);
	assert.equal(ctx.cwd, '/somewhere');
	assert.equal(ctx.now, now);
	const before = Date.now();
	const defaultNow = built().now.getTime();
	assert.ok(defaultNow >= before && defaultNow <= Date.now());
});

test('buildContext: the test call\'s model from --model; the remembered one is only a fallback', () => {
	assert.equal(built().probeModel, undefined);
	assert.equal(built({flags: {probe: true, model: 'deepseek-v4-pro'}}).probeModel, 'deepseek-v4-pro');
	const remembered = built({settings: settings({probeModel: 'deepseek-chat'})});
	assert.equal(remembered.probeModel, undefined, 'remembered is not "asked for"');
	assert.equal(remembered.rememberedProbeModel, 'deepseek-chat');
});

test('buildContext: the key keeps its whitespace for key_format, but is sent trimmed', async () => {
	const seen: Array<string | undefined> = [];
	const server = http.createServer((request, response) => {
		seen.push(request.headers.authorization);
		response.writeHead(200, {'content-type': 'application/json'});
		response.end(JSON.stringify({object: 'list', data: []}));
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	try {
		const address = server.address();
		assert.ok(address && typeof address === 'object');
		const ctx = built({flags: {baseUrl: `http://127.0.0.1:${address.port}/v1`, timeoutMs: 5000}, env: {DEEPSEEK_API_KEY: `  ${testKey}\n`}});
		assert.equal(ctx.apiKey, `  ${testKey}\n`);
		const result = await ctx.api.get(`${ctx.callBaseUrl}/models`);
		assert.equal(result.kind, 'answer');
		assert.deepEqual(seen, [`Bearer ${testKey}`]);
	} finally {
		await new Promise<void>(resolve => server.close(() => resolve()));
	}
});

test('Claude Code\'s and OpenCode\'s settings are read when a check first asks, not when the context is built (a run with a key asks after its requests are sent), and once', async () => {
	const {mkdtempSync, mkdirSync, writeFileSync, rmSync} = await import('node:fs');
	const {tmpdir} = await import('node:os');
	const path = await import('node:path');
	const cwd = mkdtempSync(path.join(tmpdir(), 'dsf-context-apps-'));
	const made = buildContext(options({cwd, env: {HOME: cwd}}));
	assert.ok(made.ok);
	// Written after the context was built: a read made then would not see them.
	mkdirSync(path.join(cwd, '.claude'));
	writeFileSync(path.join(cwd, '.claude', 'settings.json'), JSON.stringify({env: {ANTHROPIC_BASE_URL: 'https://relay.example/anthropic'}}));
	writeFileSync(path.join(cwd, 'opencode.json'), JSON.stringify({provider: {deepseek: {options: {baseURL: 'https://relay.example/v1'}}}}));
	assert.equal((await made.ctx.appSettings()).claude_code?.baseUrl?.value, 'https://relay.example/anthropic');
	assert.ok((await made.ctx.appSettings()).opencode?.baseUrl, 'OpenCode\'s base URL, read at the first ask');
	// Once: what was read stays, whatever the files do after.
	rmSync(path.join(cwd, '.claude'), {recursive: true});
	assert.equal((await made.ctx.appSettings()).claude_code?.baseUrl?.value, 'https://relay.example/anthropic');
});
