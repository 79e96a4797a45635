// diagnose() as a table: check results (shaped like the real checks') → verdict, key
// fixes and what the summary must say. The rule order is the product: rows pin each
// precedence, and a test below swaps every two neighbouring rules and fails unless some
// row notices, so that reordering the rules (or adding one without a row) cannot go unnoticed.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {auth as authCheck} from '../../source/checks/auth.js';
import {balance as balanceCheck} from '../../source/checks/balance.js';
import {endpoint as endpointCheck} from '../../source/checks/endpoint.js';
import {probe as probeCheck} from '../../source/checks/probe.js';
import type {Check, CheckContext, CheckResult} from '../../source/checks/types.js';
import {platformUrls} from '../../source/deepseek/facts.js';
import {diagnose, diagnosedProvider, diagnosisTraceIds, orderedRules} from '../../source/diagnose.js';
import {detectByHost, providerInfo} from '../../source/providers/detect.js';
import {isOtherService, providerTable} from '../../source/providers/table.js';
import {diagnoseMessages} from '../../source/messages/diagnose.js';
import {setLanguage} from '../../source/messages/language.js';
import {verdicts, type Diagnosis, type Verdict} from '../../source/verdict.js';
import type {HttpAnswer} from '../../source/deepseek/types.js';
import {
	answer,
	auth,
	balance,
	bonusHistory,
	deepseekAnswers,
	deepseekError,
	endpoint,
	failure,
	fakeApi,
	healthyRun,
	keyExposure,
	keyFormat,
	keyPresent,
	network,
	officialBase,
	probe,
	providerBalance,
	providers,
	readings,
	scenario,
	serviceStatus,
	testContext,
	testKey,
	traceId,
	usageTrend,
} from '../helpers/results.js';

type Row = {
	name: string;
	results: CheckResult[];
	verdict: Verdict;
	/** Fix ids that must be there (in this order when `exactFixes`). */
	fixes?: string[];
	exactFixes?: boolean;
	/** Fix ids that must not be there. */
	notFixes?: string[];
	/** Fix id → the url it must carry. */
	urls?: Record<string, string | null>;
	/** Fix id → what its title must contain. */
	titles?: Record<string, string>;
	/** What the summary must contain. */
	says?: (string | RegExp)[];
	/** What the summary must not contain. */
	neverSays?: (string | RegExp)[];
	todo?: string;
};

const gateway = 'gateway.example.org';
const openRouterKey = 'sk-or-v1-' + 'ab12'.repeat(16);
/** ms- and a UUID, as ModelScope's access tokens are. */
const modelScopeToken = 'ms-2e4fbc9d-6776-4a95-87fa-' + 'ab12'.repeat(3);
const gatewayUrl = (path: string) => `https://${gateway}${path}`;
/** Cloudflare's pages in front of a service (the start of each, as users posted them). */
const cloudflareDenied = '<!doctype html> <html class="no-js" lang="en-US"> <head> <title>Access denied | relay.example used Cloudflare to restrict access | relay.example | Cloudflare</title> <script>a={event:"feedback clicked",properties:{errorCode: 1010 }};</script>';
/** A web page (or Cloudflare's one line) a gateway host answered at `path`. */
const gatewayPage = (status: number, body: string, path: string) =>
	answer(status, body, {bodyProblem: 'not_json', contentType: body.startsWith('<') ? 'text/html; charset=UTF-8' : 'text/plain; charset=UTF-8', url: gatewayUrl(path)});
/** The same page (or line) to the model list and to the chat call of the gateway host, under `prefix`. */
const gatewayPageToEveryCall = (status: number, body: string, prefix = '/v1') => [
	auth.unexpected(gatewayPage(status, body, `${prefix}/models`)),
	probe.answered(gatewayPage(status, body, `${prefix}/chat/completions`), 'deepseek-chat'),
];
const cloudflareChallenge = '<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>';
const cloudflareBadGateway = '<!DOCTYPE html> <html class="no-js" lang="en-US"> <head> <title>relay.example | 502: Bad gateway</title> <link rel="stylesheet" id="cf_styles-css" href="/cdn-cgi/styles/main.css" /> </head>';
/** A proxy on this computer (LiteLLM's default port). */
const localProxy = '127.0.0.1:4000';
/** OmniRoute on its default port passing on, as text, its provider's 403 lock on the account. */
const lockedBehindOmniRoute = (words: string) =>
	scenario(
		endpoint.notDeepSeek('localhost:20128'),
		auth.accepted(['deepseek-chat'], 'http://localhost:20128/v1/models'),
		probe.answered(answer(403, words, {bodyProblem: 'not_json', contentType: 'text/plain', url: 'http://localhost:20128/v1/chat/completions'}), 'deepseek-chat'),
	);
const openRouterHost = 'openrouter.ai';
const aiGatewayHost = 'gateway.ai.cloudflare.com';
const aiGatewayBase = `https://${aiGatewayHost}/v1/5f0e4c2a9b7d41e3a8c6d2b0f1e9a7c3/my-gateway/deepseek`;
/** Cloudflare's AI Gateway's own error list (its shape as a user posted it, community.cloudflare.com/t/…/785119). */
const aiGatewayList = (code: number, message: string) => ({success: false, result: [], messages: [], error: [{code, message}]});
/**
 * A proxy on this computer answering the model list with `first` (a proxy's own refusal) and
 * the chat call with its "no answer" 502: the proxy's answer on this side must win.
 */
const beforeLocalNoAnswer = (name: string, first: [number, string], says: string[]) => {
	const local = (status: number, body: string, path: string) => answer(status, body, {bodyProblem: 'not_json', contentType: 'text/plain', url: `http://127.0.0.1:15721/v1${path}`});
	return {
		name,
		results: scenario(endpoint.notDeepSeek('127.0.0.1:15721'), auth.unexpected(local(...first, '/models')), probe.answered(local(502, '[502]: fetch connect timeout', '/chat/completions'), 'deepseek-chat')),
		verdict: 'network_error' as const,
		fixes: ['check_proxy'],
		exactFixes: true,
		says,
	};
};
const openRouterConsole = providers.openrouter.consoleUrl;
const openRouterChat = 'https://openrouter.ai/api/v1/chat/completions';
const siliconFlowHost = 'api.siliconflow.cn';
const nvidiaHost = 'integrate.api.nvidia.com';
const siliconFlowUrl = `https://${siliconFlowHost}/v1/chat/completions`;
const officialChat = `${officialBase}/chat/completions`;

/** A 3xx the client read (never followed): `location` as the client keeps it, with nginx's page or no body. */
const redirect = (status: number, location: string, url: string): HttpAnswer => ({
	...answer(status, location.includes('cloudflareaccess') ? '' : `<html><head><title>${status}</title></head></html>`, {bodyProblem: location.includes('cloudflareaccess') ? 'empty' : 'not_json', contentType: 'text/html', url}),
	redirect: {status, location},
});
const accessLogin = 'https://acme.cloudflareaccess.com/cdn-cgi/access/login/gateway.example.org';

/** The same HTML portal page at every API path. */
const portal = (path: string, host = officialBase) =>
	answer(200, '<!doctype html><html><body>Please log in to the Wi-Fi</body></html>', {bodyProblem: 'not_json', contentType: 'text/html', url: `${host}${path}`});

/** Volcengine Ark on its Beijing host, listing deepseek-v3-1-250821, refuses the paid call to it with `status` and the text `body`. */
function arkRefusesModel(status: number, body: string) {
	return scenario(
		endpoint.relay(providerInfo('volcengine-ark', 'host'), 'ark.cn-beijing.volces.com'),
		auth.accepted(['deepseek-v3-1-250821', 'deepseek-r1-250528'], 'https://ark.cn-beijing.volces.com/api/v3/models'),
		probe.answered(answer(status, body, {bodyProblem: 'not_json', contentType: 'text/plain', url: 'https://ark.cn-beijing.volces.com/api/v3/chat/completions'}), 'deepseek-v3-1-250821'),
	);
}

/** W&B Inference (found by its host) whose model list takes the key and whose chat call gets `text` at `status`, as its error pages give it. */
function wandbAnswers(status: number, text: string): CheckResult[] {
	const at = (path: string) => `https://api.inference.wandb.ai/v1${path}`;
	return scenario(
		endpoint.relay(providerInfo('wandb-inference', 'host'), 'api.inference.wandb.ai'),
		auth.accepted(['deepseek-ai/DeepSeek-V3.1'], at('/models')),
		probe.answered(answer(status, text, {bodyProblem: 'not_json', contentType: 'text/plain', url: at('/chat/completions')}), 'deepseek-ai/DeepSeek-V3.1'),
	);
}

const rows: Row[] = [
	// ---- no key: first, whatever else happened ----
	{
		name: 'no key',
		results: scenario(keyPresent.missing(), keyFormat.noKey(), auth.noKey(), balance.noKey()),
		verdict: 'no_key',
		fixes: ['create_key', 'set_key'],
		exactFixes: true,
		urls: {create_key: platformUrls.apiKeys, set_key: null},
		neverSays: ['blank'],
	},
	{
		name: 'a blank DEEPSEEK_API_KEY: the summary says it is set but blank (balance shows no check rows, only this)',
		results: scenario(keyPresent.blank(), keyFormat.noKey(), auth.noKey(), balance.noKey()),
		verdict: 'no_key',
		says: ['DEEPSEEK_API_KEY is set but blank'],
	},
	{
		name: 'a blank DEEPSEEK_API_KEY: the key most likely exists and the variable came out empty, so putting it in comes first, then a new key for one who has none',
		results: scenario(keyPresent.blank(), keyFormat.noKey(), auth.noKey(), balance.noKey()),
		verdict: 'no_key',
		fixes: ['set_key', 'create_key'],
		exactFixes: true,
		urls: {set_key: null, create_key: platformUrls.apiKeys},
		titles: {set_key: 'Put your key into DEEPSEEK_API_KEY where it is set', create_key: 'No key yet? Create one on the DeepSeek platform, then put it in DEEPSEEK_API_KEY as above'},
	},
	{
		name: 'no key, but OPENAI_API_KEY holds a DeepSeek-shaped key: that key comes first, as the key row says, not a new one to create',
		results: scenario(keyPresent.elsewhere('OPENAI_API_KEY'), keyFormat.noKey(), auth.noKey(), balance.noKey()),
		verdict: 'no_key',
		fixes: ['set_key', 'create_key'],
		exactFixes: true,
		titles: {set_key: 'Set DEEPSEEK_API_KEY to the key in OPENAI_API_KEY (sk-…cdef), e.g. export DEEPSEEK_API_KEY="$OPENAI_API_KEY"; or pick it in the wizard'},
		says: ['No key in DEEPSEEK_API_KEY, but OPENAI_API_KEY holds a DeepSeek-shaped key (sk-…cdef)'],
		neverSays: ['nothing can be checked until a key is set'],
	},
	{
		name: 'no key, and OPENAI_BASE_URL sends the DeepSeek-shaped key in OPENAI_API_KEY to a relay: the fix checks it there, not at DeepSeek',
		results: scenario(keyPresent.sentElsewhere('sk-…cdef', 'https://relay.example.cn/v1', true), keyFormat.noKey(), auth.noKey(), balance.noKey()),
		verdict: 'no_key',
		fixes: ['set_key', 'create_key'],
		exactFixes: true,
		titles: {set_key: 'Set DEEPSEEK_API_KEY to the key in OPENAI_API_KEY (sk-…cdef), e.g. export DEEPSEEK_API_KEY="$OPENAI_API_KEY", and run deepseek-fix check --base-url https://relay.example.cn/v1, where your tools send it; or pick it in the wizard'},
	},
	{
		name: 'no key, and OPENAI_BASE_URL sends a relay\'s token (not DeepSeek-shaped) in OPENAI_API_KEY there: checking that token there comes before a new DeepSeek key',
		results: scenario(keyPresent.sentElsewhere('sk-…wxyz', 'https://relay.example.cn/v1'), keyFormat.noKey(), auth.noKey(), balance.noKey()),
		verdict: 'no_key',
		fixes: ['set_key', 'create_key'],
		exactFixes: true,
		titles: {set_key: 'Set DEEPSEEK_API_KEY to the key in OPENAI_API_KEY (sk-…wxyz), e.g. export DEEPSEEK_API_KEY="$OPENAI_API_KEY", and run deepseek-fix check --base-url https://relay.example.cn/v1, where your tools send it; or pick it in the wizard'},
	},
	{
		name: 'no key, and the folder\'s .env holds a relay\'s token in OPENAI_API_KEY and the relay in OPENAI_BASE_URL: the fix names the file and checks the token there',
		results: scenario(keyPresent.sentElsewhere('sk-…wxyz', 'https://relay.example.cn/v1', false, {dotenvFile: '.env', baseDotenvFile: '.env'}), keyFormat.noKey(), auth.noKey(), balance.noKey()),
		verdict: 'no_key',
		fixes: ['set_key', 'create_key'],
		exactFixes: true,
		titles: {set_key: 'The key in OPENAI_API_KEY in this folder\'s .env (sk-…wxyz) is sent to https://relay.example.cn/v1, where OPENAI_BASE_URL in this folder\'s .env points: to check it there, set DEEPSEEK_API_KEY to that key and run deepseek-fix check --base-url https://relay.example.cn/v1; or pick it in the wizard'},
	},
	{
		name: 'no key, a relay\'s token in the shell\'s OPENAI_API_KEY, the relay in .env.local\'s OPENAI_BASE_URL: each named where it is',
		results: scenario(keyPresent.sentElsewhere('sk-…wxyz', 'https://relay.example.cn/v1', false, {baseDotenvFile: '.env.local'}), keyFormat.noKey(), auth.noKey(), balance.noKey()),
		verdict: 'no_key',
		fixes: ['set_key', 'create_key'],
		exactFixes: true,
		titles: {set_key: 'The key in OPENAI_API_KEY (sk-…wxyz) is sent to https://relay.example.cn/v1, where OPENAI_BASE_URL in this folder\'s .env.local points: to check it there, set DEEPSEEK_API_KEY to that key and run deepseek-fix check --base-url https://relay.example.cn/v1; or pick it in the wizard'},
	},
	{
		name: 'no key, a DeepSeek-shaped key in .env\'s OPENAI_API_KEY sent to a relay by .env\'s OPENAI_BASE_URL: checked there, the file named',
		results: scenario(keyPresent.sentElsewhere('sk-…cdef', 'https://relay.example.cn/v1', true, {dotenvFile: '.env', baseDotenvFile: '.env'}), keyFormat.noKey(), auth.noKey(), balance.noKey()),
		verdict: 'no_key',
		fixes: ['set_key', 'create_key'],
		exactFixes: true,
		titles: {set_key: 'The key in OPENAI_API_KEY in this folder\'s .env (sk-…cdef) is sent to https://relay.example.cn/v1, where OPENAI_BASE_URL in this folder\'s .env points: to check it there, set DEEPSEEK_API_KEY to that key and run deepseek-fix check --base-url https://relay.example.cn/v1; or pick it in the wizard'},
	},
	{
		name: 'no key, and OPENAI_BASE_URL sends the DeepSeek-shaped key in OPENAI_API_KEY to OpenAI\'s own API: checked at DeepSeek, and the base URL\'s mistake said',
		results: scenario(keyPresent.sentElsewhere('sk-…cdef', 'https://api.openai.com/v1', true), keyFormat.noKey(), auth.noKey(), balance.noKey()),
		verdict: 'no_key',
		fixes: ['set_key', 'fix_base_url', 'create_key'],
		exactFixes: true,
		titles: {
			set_key: 'Set DEEPSEEK_API_KEY to the key in OPENAI_API_KEY (sk-…cdef), e.g. export DEEPSEEK_API_KEY="$OPENAI_API_KEY"; or pick it in the wizard',
			fix_base_url: 'Set OPENAI_BASE_URL to https://api.deepseek.com, so the DeepSeek key in OPENAI_API_KEY (sk-…cdef) goes to DeepSeek, not to OpenAI\'s API',
		},
	},
	{
		name: 'no key, but the folder\'s .env holds a DeepSeek-shaped key under another tool\'s name: no shell line that reads the environment',
		results: scenario(keyPresent.elsewhere('ANTHROPIC_AUTH_TOKEN', true), keyFormat.noKey(), auth.noKey(), balance.noKey()),
		verdict: 'no_key',
		fixes: ['set_key', 'create_key'],
		exactFixes: true,
		titles: {set_key: 'Set DEEPSEEK_API_KEY to the key in ANTHROPIC_AUTH_TOKEN in this folder\'s .env (sk-…cdef), or paste it in the wizard'},
		says: ["ANTHROPIC_AUTH_TOKEN in this folder's .env holds a DeepSeek-shaped key"],
	},
	{
		name: 'no key while the network, the status page and the API all fail',
		results: scenario(
			keyPresent.missing(),
			keyFormat.noKey(),
			network.dnsFailed(),
			endpoint.unreachable(),
			auth.unexpected(deepseekAnswers.overloaded()),
			balance.unexpected(failure('timeout', 'No answer within 10000 ms.', `${officialBase}/user/balance`)),
			serviceStatus.trouble('full_outage'),
			keyExposure.leaked(),
		),
		verdict: 'no_key',
		fixes: ['create_key', 'set_key', 'rotate_key'],
		urls: {create_key: platformUrls.apiKeys},
	},

	// ---- the key is refused ----
	{
		name: '401 beats a zero balance',
		results: scenario(auth.refused(deepseekAnswers.unauthorized()), balance.reading(readings.zero)),
		verdict: 'invalid_key',
		fixes: ['check_key_in_tool', 'create_key'],
		notFixes: ['top_up'],
		urls: {check_key_in_tool: platformUrls.apiKeys, create_key: platformUrls.apiKeys},
		// The row opens "Rejected (401)": the summary says the key was refused once, not "not accepted. Rejected (401)".
		says: ['The key was rejected (401). The server received this very key', `…${testKey.slice(-4)}`],
		neverSays: ['not accepted', /Rejected \(401\)/],
	},
	{
		name: '401 where ~/.zshrc saves another key for new shells: use that one first (not checked), then a new key last',
		results: scenario(keyPresent.otherInStartup(), auth.refused(deepseekAnswers.unauthorized()), balance.unexpected(deepseekAnswers.unauthorized(testKey, `${officialBase}/user/balance`))),
		verdict: 'invalid_key',
		fixes: ['set_key', 'check_key_in_tool', 'create_key'],
		exactFixes: true,
		titles: {set_key: 'Use the key in ~/.zshrc: open a new terminal or run source ~/.zshrc, restart your editor if the program runs from it, then run deepseek-fix again'},
		says: ['The key was rejected (401)', '~/.zshrc sets another key (sk-…dddd, not checked): this terminal or editor was started before that line changed'],
	},
	{
		name: '401 where Windows\' user variables save another key: the same, for a new window',
		results: scenario(keyPresent.otherInStartup('windows'), auth.refused(deepseekAnswers.unauthorized())),
		verdict: 'invalid_key',
		fixes: ['set_key', 'check_key_in_tool', 'create_key'],
		exactFixes: true,
		titles: {set_key: 'Use the key in Windows\' user environment variables: open a new terminal window'},
		says: ['Windows\' user environment variables hold another key (sk-…dddd, not checked)'],
	},
	{
		name: 'a saved key for new shells, but the server got another key than this tool sent: what replaced it first, not the saved key',
		results: scenario(keyPresent.otherInStartup(), auth.refused(deepseekAnswers.unauthorized('sk-' + 'fedcba9876543210'.repeat(2)))),
		verdict: 'invalid_key',
		fixes: ['check_proxy', 'check_key_in_tool'],
		notFixes: ['set_key'],
		neverSays: ['~/.zshrc'],
	},
	{
		name: 'a saved key for new shells and a zero balance: the balance (balance is per account; the key in the file is not said to have money)',
		results: scenario(keyPresent.otherInStartup(), balance.reading(readings.zero)),
		verdict: 'insufficient_balance',
		notFixes: ['set_key'],
	},
	{
		name: '401 on both /models and /user/balance (what DeepSeek really answers)',
		results: scenario(auth.refused(deepseekAnswers.unauthorized()), balance.unexpected(deepseekAnswers.unauthorized(testKey, `${officialBase}/user/balance`))),
		verdict: 'invalid_key',
		fixes: ['check_key_in_tool'],
	},
	{
		name: '401 where the server got another key than this tool sent: something in between replaced it, not "your program"',
		results: scenario(auth.refused(deepseekAnswers.unauthorized('sk-' + 'fedcba9876543210'.repeat(2)))),
		verdict: 'invalid_key',
		fixes: ['check_proxy', 'check_key_in_tool'],
		says: ['…3210', `…${testKey.slice(-4)}`, 'something between here and DeepSeek (a proxy or a relay) replaced it'],
		neverSays: ['your program', 'revoked', 'deleted'],
	},
	{
		name: '401 beats a 402 from the probe',
		results: scenario(auth.refused(deepseekAnswers.unauthorized()), balance.unexpected(deepseekAnswers.unauthorized(testKey, `${officialBase}/user/balance`)), probe.answered(deepseekAnswers.insufficient())),
		verdict: 'invalid_key',
		notFixes: ['top_up', 'contact_support'],
	},
	{
		name: 'a key holding a zero-width space: nothing can be sent with it, by this tool or any other; copy it again',
		results: scenario(
			keyFormat.of(`${testKey}\u200b`),
			auth.unexpected({...failure('other', 'Not sent, as the key holds characters no HTTP request can carry (U+200B).'), reason: 'unsendable_key'}),
			balance.unexpected({...failure('other', 'Not sent, as the key holds characters no HTTP request can carry (U+200B).', `${officialBase}/user/balance`), reason: 'unsendable_key'}),
		),
		verdict: 'invalid_key',
		fixes: ['check_key_in_tool'],
		exactFixes: true,
		titles: {check_key_in_tool: 'Copy the key again from the API keys page'},
		says: ['The key holds characters that are not plain ASCII (U+200B'],
		neverSays: ['support'],
	},
	{
		name: 'a key sent with "Bearer " in it and refused: the word, not a deleted key',
		results: scenario(keyFormat.of(`Bearer ${testKey}`), auth.refused(deepseekAnswers.unauthorized(), `Bearer ${testKey}`)),
		verdict: 'invalid_key',
		// Removing the word is the fix the summary names, first; not "check which key your tool really sends".
		fixes: ['check_key_in_tool', 'create_key'],
		exactFixes: true,
		titles: {check_key_in_tool: 'Remove "Bearer " where the key is set (an .env file, a config, an environment variable): keep only the sk-… part'},
		says: ['The key starts with "Bearer "'],
		neverSays: ['deleted'],
	},
	{
		name: 'a key given as the whole .env line (DEEPSEEK_API_KEY=sk-…) and refused: the name and =, not a deleted key',
		results: scenario(keyFormat.of(`DEEPSEEK_API_KEY=${testKey}`), auth.refused(deepseekAnswers.unauthorized(`DEEPSEEK_API_KEY=${testKey}`), `DEEPSEEK_API_KEY=${testKey}`)),
		verdict: 'invalid_key',
		fixes: ['check_key_in_tool', 'create_key'],
		exactFixes: true,
		titles: {check_key_in_tool: 'Where the key is set, keep only its sk-… part, not the rest of the line that set it'},
		says: ['The key starts with "DEEPSEEK_API_KEY="', 'keep only the sk-… part'],
		neverSays: ['deleted'],
	},
	{
		name: 'a key sent in quotes and refused: remove the quotes, first',
		results: scenario(keyFormat.of(`"${testKey}"`), auth.refused(deepseekAnswers.unauthorized(`"${testKey}"`), `"${testKey}"`)),
		verdict: 'invalid_key',
		fixes: ['check_key_in_tool', 'create_key'],
		exactFixes: true,
		titles: {check_key_in_tool: 'Remove the quotes around the key where it is set'},
	},
	{
		name: '401 beats 429 and 5xx on other checks',
		results: scenario(auth.refused(deepseekAnswers.unauthorized()), balance.unexpected(deepseekAnswers.serverError(`${officialBase}/user/balance`)), probe.answered(deepseekAnswers.rateLimited(`${officialBase}/chat/completions`))),
		verdict: 'invalid_key',
	},
	{
		name: 'a 401 next to a web page from api.deepseek.com: something rewrites the answers, before the key',
		results: scenario(auth.refused(deepseekAnswers.unauthorized()), balance.unexpected(portal('/user/balance'))),
		verdict: 'network_error',
		fixes: ['check_proxy', 'status_page'],
		exactFixes: true,
		says: ['Something between you and DeepSeek rewrites the answers'],
	},

	// ---- DeepSeek's balance ----
	{
		name: 'zero balance',
		results: scenario(balance.reading(readings.zero)),
		verdict: 'insufficient_balance',
		fixes: ['top_up', 'check_transactions', 'check_account', 'set_alert'],
		exactFixes: true,
		notFixes: ['contact_support'],
		urls: {top_up: platformUrls.topUp, check_transactions: platformUrls.transactions},
		says: ['0.00 CNY'],
	},
	{
		name: 'zero balance where an earlier reading had bonus credit',
		results: scenario(balance.reading(readings.zero, {balanceHistory: bonusHistory})),
		verdict: 'insufficient_balance',
		fixes: ['top_up'],
		urls: {top_up: platformUrls.topUp},
		says: ['bonus credit', '2.50', '2026-10-20'],
	},
	{
		name: 'a new account with no balance at all',
		results: scenario(balance.reading(readings.newAccount)),
		verdict: 'insufficient_balance',
		fixes: ['top_up'],
		says: ['no free credit'],
	},
	{
		name: 'money on the account but is_available false',
		results: scenario(balance.reading(readings.blocked)),
		verdict: 'insufficient_balance',
		says: ['12.00 CNY', 'unable to make calls'],
	},
	{
		name: 'zero balance and a 402 from the probe: top up, not support',
		results: scenario(balance.reading(readings.zero), probe.answered(deepseekAnswers.insufficient())),
		verdict: 'insufficient_balance',
		fixes: ['top_up'],
		notFixes: ['contact_support'],
	},
	{
		name: 'positive balance and a 402 from the probe with a trace id',
		results: scenario(probe.answered(deepseekAnswers.insufficient())),
		verdict: 'insufficient_balance',
		fixes: ['check_transactions', 'check_account', 'contact_support'],
		notFixes: ['top_up'],
		urls: {contact_support: platformUrls.supportMail, check_transactions: platformUrls.transactions, check_account: platformUrls.apiKeys},
		says: [traceId, '47.44 CNY', 'support'],
	},
	{
		name: 'a 402 from the probe while the balance could not be read: top up first',
		results: scenario(balance.unexpected(answer(200, {unexpected: true}, {url: `${officialBase}/user/balance`})), probe.answered(deepseekAnswers.insufficient())),
		verdict: 'insufficient_balance',
		fixes: ['top_up', 'contact_support'],
		neverSays: ['although the balance shows'],
		says: ['could not be read', traceId],
	},

	// ---- relays ----
	// Cloudflare's AI Gateway passes the user's own DeepSeek key on: DeepSeek's answers are about the
	// user's own account; only its own list-shaped answers (its codes) are the gateway's.
	{
		name: 'Cloudflare AI Gateway passes on DeepSeek\'s own 402, the balance read through it is 0.00: top up on DeepSeek, no relay',
		results: scenario(
			network.reached(aiGatewayHost),
			endpoint.passesKeyOn(providers.cloudflareAiGateway, aiGatewayHost),
			balance.reading(readings.zero),
			probe.answered(deepseekAnswers.insufficient(`${aiGatewayBase}/chat/completions`)),
		),
		verdict: 'insufficient_balance',
		fixes: ['top_up'],
		notFixes: ['top_up_relay', 'relay_console', 'ask_operator', 'use_deepseek_base_url'],
		urls: {top_up: platformUrls.topUp},
		neverSays: ['Cloudflare AI Gateway', 'not DeepSeek'],
	},
	{
		name: 'Cloudflare AI Gateway\'s own 402 code 2021 (its Unified Billing credits): its page, not a DeepSeek top-up',
		results: scenario(
			network.reached(aiGatewayHost),
			endpoint.passesKeyOn(providers.cloudflareAiGateway, aiGatewayHost),
			balance.reading(readings.toppedUp),
			probe.answered(answer(402, aiGatewayList(2021, 'Insufficient balance; add money to your gateway or use BYOK'), {url: `${aiGatewayBase}/chat/completions`})),
		),
		verdict: 'relay_insufficient_balance',
		fixes: ['top_up_relay', 'use_deepseek_base_url'],
		exactFixes: true,
		notFixes: ['top_up'],
		urls: {top_up_relay: 'https://dash.cloudflare.com/?to=/:account/ai/ai-gateway'},
		says: ['Cloudflare AI Gateway refuses the calls itself (HTTP 402', 'credits', 'not the problem'],
	},
	{
		name: 'Cloudflare AI Gateway\'s own 401 code 2009 (its Authenticated Gateway): its token header, not a new DeepSeek key',
		results: scenario(
			network.reached(aiGatewayHost),
			endpoint.passesKeyOn(providers.cloudflareAiGateway, aiGatewayHost),
			auth.refused(answer(401, aiGatewayList(2009, 'Unauthorized'), {url: `${aiGatewayBase}/models`})),
			probe.answered(answer(401, aiGatewayList(2009, 'Unauthorized'), {url: `${aiGatewayBase}/chat/completions`})),
		),
		verdict: 'invalid_key',
		fixes: ['check_key_in_tool', 'use_deepseek_base_url'],
		exactFixes: true,
		urls: {check_key_in_tool: 'https://developers.cloudflare.com/ai-gateway/configuration/authentication/'},
		titles: {check_key_in_tool: 'cf-aig-authorization'},
		says: ['Cloudflare AI Gateway refuses the calls itself (HTTP 401 "Unauthorized")', 'a token of its own'],
	},
	{
		name: 'OpenRouter (by host) whose own balance is exhausted',
		results: scenario(
			network.reached(openRouterHost),
			endpoint.relay(providers.openrouter, openRouterHost),
			auth.accepted(['deepseek/deepseek-chat'], 'https://openrouter.ai/api/v1/models'),
			balance.relay(providers.openrouter, {
				balance: providerBalance(providers.openrouter, '0', true, {granted: '10'}),
				outcome: 'read',
				message: 'This OpenRouter key has used up its 10 USD limit: raise the key\'s limit on OpenRouter or use another key.',
			}),
		),
		verdict: 'relay_insufficient_balance',
		fixes: ['top_up_relay', 'use_deepseek_base_url'],
		notFixes: ['top_up', 'raise_key_limit'],
		urls: {top_up_relay: openRouterConsole},
		says: ['OpenRouter', 'not DeepSeek'],
	},
	{
		name: 'Zhipu BigModel\'s 429 code 1113 (its own balance, sent as 429): its finance centre, not "ask whoever runs open.bigmodel.cn"',
		results: scenario(
			endpoint.relay(providers.zhipu, 'open.bigmodel.cn'),
			probe.answered(answer(429, {error: {code: '1113', message: '余额不足或无可用资源包,请充值。'}}, {url: 'https://open.bigmodel.cn/api/paas/v4/chat/completions'}), 'glm-4'),
		),
		verdict: 'relay_insufficient_balance',
		fixes: ['top_up_relay', 'use_deepseek_base_url'],
		notFixes: ['ask_operator', 'top_up'],
		urls: {top_up_relay: 'https://bigmodel.cn/finance-center/finance/overview'},
		says: ['Zhipu BigModel'],
	},
	{
		name: 'a relay passing on Anthropic\'s own "credit balance is too low" (DMXAPI, as a 500): the relay\'s Anthropic account, not the user\'s balance there',
		results: scenario(
			endpoint.notDeepSeek(gateway),
			probe.answered(answer(500, '500 {"error":{"type":"<nil>","message":"Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits. (request id: 20260126100910722614337HsQybcmN)"},"type":"error"}', {bodyProblem: 'not_json', contentType: 'text/plain', url: gatewayUrl('/v1/chat/completions')}), 'claude-sonnet-4'),
		),
		verdict: 'relay_insufficient_balance',
		says: ['it passed on Anthropic\'s own answer'],
		notFixes: ['top_up_relay'],
	},
	{
		name: 'the same words from Anthropic\'s own API: the user\'s credit there, not "passed on"',
		results: scenario(
			endpoint.notDeepSeek('api.anthropic.com'),
			probe.answered(answer(400, {type: 'error', error: {type: 'invalid_request_error', message: 'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.'}}, {url: 'https://api.anthropic.com/v1/chat/completions'}), 'claude-sonnet-4'),
		),
		verdict: 'relay_insufficient_balance',
		neverSays: ['passed on'],
	},
	{
		name: 'OpenCode Go\'s weekly usage limit at 429: the plan\'s allowance, not a rate limit (wait for the reset or pay beyond the plan there)',
		results: scenario(
			endpoint.relay(providerInfo('opencode-zen', 'host'), 'opencode.ai'),
			probe.answered(answer(429, 'weekly usage limit reached. It will reset in 5 days 10 hours. To continue using this model now, enable usage from your available balance - ', {bodyProblem: 'not_json', contentType: 'text/plain', url: 'https://opencode.ai/zen/go/v1/chat/completions'}), 'deepseek-v4-flash'),
		),
		verdict: 'relay_insufficient_balance',
		fixes: ['top_up_relay', 'use_deepseek_base_url'],
		exactFixes: true,
		says: ['usage allowance there for this week or month is used up', 'wait for it to reset'],
		neverSays: ['Send fewer'],
	},
	{
		name: 'Anthropic\'s 429 "Extra usage is required for long context requests." (a 1M-context model on a subscription): not a rate limit; the standard context, or extra usage turned on',
		results: scenario(
			endpoint.notDeepSeek('api.anthropic.com'),
			probe.answered(answer(429, {type: 'error', error: {type: 'rate_limit_error', message: 'Extra usage is required for long context requests.'}}, {url: 'https://api.anthropic.com/v1/chat/completions'}), 'claude-sonnet-4-6'),
		),
		verdict: 'relay_insufficient_balance',
		fixes: ['change_request', 'ask_operator', 'use_deepseek_base_url'],
		exactFixes: true,
		// A service not known as Anthropic's own passes the answer on: whoever runs it turns extra usage on.
		titles: {ask_operator: 'or ask whoever runs it'},
		says: ['only with paid extra usage turned on', 'waiting does not help'],
		// What to do is the fixes' to say, right below: the summary gives the cause only.
		neverSays: ['Send fewer', 'Top up', 'Wait', 'standard context', 'turn extra usage on'],
	},
	{
		name: 'the same at Anthropic\'s own API (found by its host): the subscriber turns extra usage on, on claude.ai\'s usage page, no one else to ask',
		results: scenario(
			endpoint.relay(providerInfo('anthropic', 'host'), 'api.anthropic.com'),
			probe.answered(answer(429, {type: 'error', error: {type: 'rate_limit_error', message: 'Extra usage is required for long context requests.'}}, {url: 'https://api.anthropic.com/v1/chat/completions'}), 'claude-sonnet-4-6'),
		),
		verdict: 'relay_insufficient_balance',
		says: ['only with paid extra usage turned on'],
		neverSays: ['whoever runs it'],
		fixes: ['change_request', 'relay_console', 'use_deepseek_base_url'],
		titles: {relay_console: 'Turn extra usage on under Settings > Usage (claude.ai/settings/usage; in Claude Code, /extra-usage), with a payment method added'},
		urls: {relay_console: 'https://claude.ai/settings/usage'},
		exactFixes: true,
	},
	{
		name: 'a relay\'s 402 for a charge still being reconciled (Flux Router\'s credit_unresolved, with its top-up link): a minute\'s wait, not money to top up',
		results: scenario(
			endpoint.notDeepSeek('api.relay.example'),
			probe.answered(answer(402, 'Provider error: API error 402: {"error":{"message":"{\'error\': \'credit_unresolved\', \'message\': \'A prior charge is still being reconciled. Please retry shortly.\', \'upgrade_url\': \'https://fluxrouter.ai/home/billing/topup\', \'model\': \'flux-auto\'}","type":"None","param":"None","code":"402"}}', {bodyProblem: 'not_json', contentType: 'text/plain', url: 'https://api.relay.example/v1/chat/completions'}), 'flux-auto'),
		),
		verdict: 'rate_limited',
		// Whom to ask if it stays is the first fix's to say, once: not "tell whoever runs it" again after it.
		fixes: ['retry_later', 'use_deepseek_base_url'],
		exactFixes: true,
		titles: {retry_later: 'Wait a minute and retry. If it stays, ask api.relay.example (its support)'},
		says: ['still being settled', 'not an empty balance: there is nothing to top up. Your DeepSeek account is not involved.'],
		// The wait is the first fix's to say, not the summary's above it too.
		neverSays: ['Top up', 'used up', 'Send fewer', 'Retry in a minute', 'retry'],
	},
	{
		name: 'DeepSeek\'s API keys page as the base URL (OpenManus, platform.deepseek.com/api_keys: 405 to every call): one of DeepSeek\'s websites, not its API',
		results: scenario(
			endpoint.deepSeekWebsite('platform.deepseek.com'),
			auth.unexpected(answer(405, {detail: 'Method Not Allowed'}, {url: 'https://platform.deepseek.com/api_keys/models'})),
			balance.notDeepSeek(),
			probe.answered(answer(405, {detail: 'Method Not Allowed'}, {url: 'https://platform.deepseek.com/api_keys/chat/completions'}), 'deepseek-chat'),
		),
		verdict: 'wrong_endpoint',
		exactFixes: true,
		fixes: ['use_deepseek_base_url'],
		says: ['platform.deepseek.com is one of DeepSeek\'s websites, not its API', 'https://api.deepseek.com'],
		neverSays: ['No clear cause', 'its balance and errors are not DeepSeek\'s'],
	},
	{
		name: 'a charge still being settled at a service known only by its address: whoever runs the service there is the one to ask, not "its support"',
		results: scenario(
			endpoint.notDeepSeek('127.0.0.1:3000'),
			probe.answered(answer(402, {error: {message: 'A prior charge is still being reconciled. Please retry shortly.', type: 'credit_unresolved'}}, {url: 'http://127.0.0.1:3000/v1/chat/completions'}), 'deepseek-chat'),
		),
		verdict: 'rate_limited',
		fixes: ['retry_later'],
		titles: {retry_later: 'Wait a minute and retry. If it stays, ask whoever runs the service at 127.0.0.1:3000'},
		neverSays: ['(its support)'],
	},
	{
		name: 'an upstream\'s 402 passed on by a service known only by its address on the network: whoever runs the service there fixes it, not "its support"',
		results: scenario(
			endpoint.notDeepSeek('10.0.0.5'),
			probe.answered(answer(200, 'Error code: 402 - {\'error\': {\'message\': \'Insufficient Balance\', \'type\': \'unknown_error\', \'param\': None, \'code\': \'invalid_request_error\'}}', {bodyProblem: 'not_json', contentType: 'text/plain', url: 'http://10.0.0.5/v1/chat/completions'}), 'deepseek-chat'),
		),
		verdict: 'relay_insufficient_balance',
		says: ['ask whoever runs the service at 10.0.0.5 to fix it'],
		neverSays: ['(its support)'],
	},
	{
		name: 'and by a relay with a name of its own: its support, as before',
		results: scenario(
			endpoint.notDeepSeek('relay.example.net'),
			probe.answered(answer(200, 'Error code: 402 - {\'error\': {\'message\': \'Insufficient Balance\', \'type\': \'unknown_error\', \'param\': None, \'code\': \'invalid_request_error\'}}', {bodyProblem: 'not_json', contentType: 'text/plain', url: 'https://relay.example.net/v1/chat/completions'}), 'deepseek-chat'),
		),
		verdict: 'relay_insufficient_balance',
		says: ['ask relay.example.net (its support) to fix it'],
		neverSays: ['whoever runs the service at'],
	},
	{
		name: 'OpenCode Zen\'s 401 "No payment method": a payment method to add in its billing, not a balance used up to top up',
		results: scenario(
			endpoint.relay(providerInfo('opencode-zen', 'host'), 'opencode.ai'),
			probe.answered(answer(401, 'No payment method. Add a payment method here: https://opencode.ai/workspace/wrk_01KFVB8NZPCMZD863PFVAFMXXX/billing', {bodyProblem: 'not_json', contentType: 'text/plain', url: 'https://opencode.ai/zen/v1/chat/completions'}), 'deepseek-v4-flash'),
		),
		verdict: 'relay_insufficient_balance',
		fixes: ['top_up_relay', 'use_deepseek_base_url'],
		exactFixes: true,
		titles: {top_up_relay: 'Add a payment method in OpenCode Zen\'s billing'},
		// The answer names the user's own billing page: the link goes there, not to the workspace.
		urls: {top_up_relay: 'https://opencode.ai/workspace/wrk_01KFVB8NZPCMZD863PFVAFMXXX/billing'},
		says: ['no payment method is set up for your account there, so nothing pays for paid calls.'],
		neverSays: ['used up', 'Top up'],
	},
	{
		name: 'Model Studio\'s free tier used up with "use free tier only" on: switching that setting off comes first, a top-up after',
		results: scenario(
			endpoint.relay(providerInfo('dashscope', 'host'), 'dashscope.aliyuncs.com'),
			probe.answered(answer(400, '400 The free tier of the model has been exhausted. If you wish to continue access the model on a paid basis, please disable the "use free tier only" mode in the management console.', {bodyProblem: 'not_json', contentType: 'text/plain', url: 'https://dashscope.aliyuncs.com/compatible-mode/v1/chat/completions'}), 'deepseek-v3'),
		),
		verdict: 'relay_insufficient_balance',
		fixes: ['relay_console', 'top_up_relay', 'use_deepseek_base_url'],
		exactFixes: true,
		titles: {relay_console: 'switch off "use free tier only" for this model'},
		says: ['your account is set to use free quota only: switch that setting off'],
	},
	{
		name: 'Ark\'s own 429 SetLimitExceeded ("Safe Experience Mode"): its Model Activation page comes first, a top-up after, never "send fewer"',
		results: scenario(
			endpoint.relay(providerInfo('volcengine-ark', 'host'), 'ark.cn-beijing.volces.com'),
			probe.answered(answer(429, {error: {code: 'SetLimitExceeded', message: 'Your account [2100000000] has reached the set inference limit for the [deepseek-v3-2] model, and the model service has been paused. To continue using this model, please visit the Model Activation page to adjust or close the "Safe Experience Mode". Request id: 0217', param: '', type: 'TooManyRequests'}}, {url: 'https://ark.cn-beijing.volces.com/api/v3/chat/completions'}), 'deepseek-v3-2'),
		),
		verdict: 'relay_insufficient_balance',
		fixes: ['relay_console', 'top_up_relay', 'use_deepseek_base_url'],
		exactFixes: true,
		titles: {relay_console: 'On the Model Activation page of the Volcengine Ark console, adjust or close "Safe Experience Mode" for this model, so that calls go on at the paid rate'},
		urls: {relay_console: 'https://console.volcengine.com/ark/region:ark+cn-beijing/openManagement'},
		neverSays: ['Send fewer'],
	},
	{
		name: 'Ark\'s 403 ServiceNotOpen for a model it lists: activate it on its Model Activation page first, never "a gateway routes each model only for some keys" nor "names DeepSeek\'s models its own way"',
		results: arkRefusesModel(403, 'Operation is denied because the model service is unavailable, please go to the Volcano Ark console activation management page to activate the corresponding model service, or submit a work order to contact us.'),
		verdict: 'model_not_found',
		exactFixes: true,
		fixes: ['relay_console', 'use_listed_model'],
		titles: {relay_console: 'Activate the model in Volcengine Ark\'s console (its model activation page)'},
		urls: {relay_console: 'https://console.volcengine.com/ark/region:ark+cn-beijing/openManagement'},
		says: ['Volcengine Ark refuses the model "deepseek-v3-1-250821" (HTTP 403): it is not activated for your account there. This is not your key or your balance.'],
		// Activating it in the console is the first fix's to say.
		neverSays: ['a gateway routes', 'its own way', 'lists the model', 'Activate'],
	},
	{
		name: 'Ark\'s 404 ModelIDAccessDisabled: an inference endpoint\'s id (ep-…) is the model to send, and no other listed model is offered (each is refused by its id alike)',
		results: arkRefusesModel(404, 'Accessing the model via Model ID is not allowed for your account. Please use a custom endpoint ID instead. Request id:'),
		verdict: 'model_not_found',
		exactFixes: true,
		fixes: ['relay_console'],
		titles: {relay_console: 'Create an inference endpoint for the model in Volcengine Ark\'s console, and send its id (ep-…)'},
		says: ['by its model id (HTTP 404): your account there calls models only by one of its inference endpoints (an id like ep-…)'],
		neverSays: ['a gateway routes', 'its own way', 'Use a model the service lists'],
	},
	{
		name: 'OpenRouter\'s 404 "No endpoints found that support tool use" (dnakov/anon-kode#2): the model has no provider for the call as sent, another model first, then the account\'s settings, never "refuses it to this key"',
		results: scenario(
			endpoint.relay(providers.openrouter, openRouterHost),
			probe.answered(answer(404, 'API Error: 404 No endpoints found that support tool use. To learn more about provider routing, visit: https://openrouter.ai/docs/provider-routing', {url: openRouterChat}), 'deepseek/deepseek-chat'),
		),
		verdict: 'model_not_found',
		exactFixes: true,
		fixes: ['use_listed_model', 'relay_console'],
		// Its console link is its credits page: no link rather than the wrong one for these settings.
		urls: {relay_console: null},
		says: ['but none of the providers it sends that model to serves the call as sent (HTTP 404)'],
		neverSays: ['to this key', 'not open to you', 'a gateway routes'],
	},
	{
		name: 'an OpenRouter key whose own credit limit is used up: raise that limit first, top up after',
		results: scenario(
			endpoint.relay(providers.openrouter, openRouterHost),
			balance.relay(providers.openrouter, {balance: providerBalance(providers.openrouter, '0.00', true, {granted: '0.00', keyLimit: true}), outcome: 'read', message: 'This OpenRouter key has used up its 0.00 USD limit.'}),
			probe.answered(answer(402, {error: {message: 'Insufficient credits. Add more using https://openrouter.ai/settings/credits', code: 402}}, {url: openRouterChat}), 'deepseek/deepseek-chat'),
		),
		verdict: 'relay_insufficient_balance',
		exactFixes: true,
		fixes: ['raise_key_limit', 'top_up_relay', 'use_deepseek_base_url'],
		urls: {raise_key_limit: 'https://openrouter.ai/settings/keys', top_up_relay: openRouterConsole},
	},
	{
		name: 'an OpenRouter workspace\'s budget spent (its 403, set by the organization\'s admins): ask an admin to raise it, no top-up or key limit',
		results: scenario(
			endpoint.relay(providers.openrouter, openRouterHost),
			probe.answered(answer(403, {error: {code: 403, message: 'Workspace monthly budget of $500.00 exceeded. Contact your workspace admin.'}}, {url: openRouterChat}), 'deepseek/deepseek-chat'),
		),
		verdict: 'relay_insufficient_balance',
		exactFixes: true,
		fixes: ['ask_operator', 'use_deepseek_base_url'],
		titles: {ask_operator: 'Ask an administrator of your OpenRouter workspace or organization to raise its budget (a top-up or a new key does not lift it)'},
		// The summary says whose budget, as the fix does: never the key's credit run out, never a top-up to make.
		says: ['the budget your workspace or organization there sets for its members\' calls is used up', 'Only its administrators can raise it'],
		neverSays: ['run out of credit', 'top up on', 'raise your key\'s limit'],
	},
	{
		name: 'an OpenRouter guardrail blocking the prompt (its 403): the words first, then the guardrails on the key or workspace, never "check your key, balance" after "not the key or the balance"',
		results: scenario(
			endpoint.relay(providers.openrouter, openRouterHost),
			probe.answered(answer(403, {error: {code: 403, message: 'Request blocked: prompt injection patterns detected', metadata: {patterns: ['ignore all previous instructions']}}}, {url: openRouterChat}), 'deepseek/deepseek-chat'),
		),
		verdict: 'unknown',
		exactFixes: true,
		fixes: ['change_request', 'relay_console'],
		titles: {relay_console: 'If the request is fine, see in the OpenRouter console whether a guardrail or content filter set on your key or workspace blocks it'},
		says: ['content moderation', 'not the key or the balance'],
	},
	{
		name: 'a gateway token used up: no key-limit page to name (only OpenRouter\'s keys have one), its owner tops it up',
		results: scenario(
			endpoint.relay(providers.oneApi, gateway),
			balance.relay(providers.oneApi, {balance: providerBalance(providers.oneApi, '0', true, {unit: 'quota', keyLimit: true}), outcome: 'read', message: 'Token used up.'}),
		),
		verdict: 'relay_insufficient_balance',
		exactFixes: true,
		fixes: ['top_up_relay', 'use_deepseek_base_url'],
	},
	{
		name: 'OpenRouter whose balance reads fine but whose chat says 402 Insufficient credits',
		results: scenario(
			endpoint.relay(providers.openrouter, openRouterHost),
			balance.relay(providers.openrouter, {balance: providerBalance(providers.openrouter, null, false, {unlimited: true}), outcome: 'read', message: 'This OpenRouter key has no spending cap.'}),
			probe.answered(answer(402, {error: {code: 402, message: 'Insufficient credits. Add more using https://openrouter.ai/settings/credits'}}, {url: 'https://openrouter.ai/api/v1/chat/completions'}), 'deepseek/deepseek-chat'),
		),
		verdict: 'relay_insufficient_balance',
		urls: {top_up_relay: openRouterConsole},
		notFixes: ['top_up', 'contact_support'],
	},
	{
		name: 'one-api gateway (fingerprint) whose token is used up (401 该令牌额度已用尽)',
		results: scenario(
			network.reached(gateway),
			endpoint.relay(providers.oneApi, gateway, ['/api/status answers like a one-api gateway']),
			auth.refused(answer(401, {error: {message: '该令牌额度已用尽 token.RemainQuota = 0', type: 'one_api_error'}}, {url: gatewayUrl('/v1/models')})),
			balance.relay(providers.oneApi, {balance: null, outcome: 'refused', message: 'One API refused the key when asked for its balance.'}),
		),
		verdict: 'relay_insufficient_balance',
		fixes: ['top_up_relay'],
		notFixes: ['top_up', 'check_key_in_tool'],
		urls: {top_up_relay: providers.oneApi.consoleUrl},
		says: ['token', 'One API'],
	},
	{
		name: 'an unknown service, not DeepSeek, whose chat says OpenAI insufficient_quota: that service\'s money, named by its host',
		results: scenario(
			network.reached(gateway),
			endpoint.notDeepSeek(gateway),
			auth.accepted(['gpt-4o-mini'], gatewayUrl('/v1/models')),
			balance.notDeepSeek(),
			probe.answered(answer(429, {error: {message: 'You exceeded your current quota, please check your plan and billing details.', type: 'insufficient_quota', code: 'insufficient_quota'}}, {url: gatewayUrl('/v1/chat/completions')}), 'gpt-4o-mini'),
		),
		verdict: 'relay_insufficient_balance',
		fixes: ['ask_operator', 'use_deepseek_base_url'],
		notFixes: ['top_up', 'top_up_relay', 'reduce_concurrency'],
		says: [gateway, 'not DeepSeek'],
		neverSays: ['OpenAI'],
	},
	{
		name: 'an unknown service whose chat carries Volcengine Ark\'s AccountOverdueError: named by its host, never "Volcengine"',
		results: scenario(
			network.reached(gateway),
			endpoint.notDeepSeek(gateway),
			auth.accepted(['deepseek-v3-250324'], gatewayUrl('/api/v3/models')),
			balance.notDeepSeek(),
			probe.answered(answer(403, {error: {code: 'AccountOverdueError', message: 'The request failed because your account has an overdue balance.', type: 'Forbidden'}}, {url: gatewayUrl('/api/v3/chat/completions')}), 'deepseek-v3-250324'),
		),
		verdict: 'relay_insufficient_balance',
		fixes: ['ask_operator', 'use_deepseek_base_url'],
		urls: {ask_operator: null},
		says: [gateway, 'arrears'],
		neverSays: ['Volcengine'],
	},
	{
		name: 'SiliconFlow (by host) refusing a Pro model: paid balance needed',
		results: scenario(
			endpoint.relay(providers.siliconflow, 'api.siliconflow.cn'),
			balance.relay(providers.siliconflow, {balance: providerBalance(providers.siliconflow, '14.00', false, {unit: 'CNY', granted: '14.00', toppedUp: '0.00'}), outcome: 'read', message: 'SiliconFlow balance: 14.00 CNY (paid 0.00, gift 14.00).'}),
			probe.answered(answer(403, {code: 30011, message: 'The selected model requires paid balance. Your paid balance is insufficient. Please top up and try again.', data: null}, {url: 'https://api.siliconflow.cn/v1/chat/completions'}), 'Pro/deepseek-ai/DeepSeek-V3'),
		),
		verdict: 'relay_insufficient_balance',
		urls: {top_up_relay: providers.siliconflow.consoleUrl},
	},
	{
		name: 'SiliconFlow\'s 403 "RPM limit exceeded. Please complete identity verification to lift the restriction.": a rate limit its console lifts, so the console comes first',
		results: scenario(
			endpoint.relay(providers.siliconflow, 'api.siliconflow.cn'),
			balance.relay(providers.siliconflow, {balance: providerBalance(providers.siliconflow, '14.00', false, {unit: 'CNY', granted: '14.00', toppedUp: '0.00'}), outcome: 'read', message: 'SiliconFlow balance: 14.00 CNY (paid 0.00, gift 14.00).'}),
			probe.answered(answer(403, 'Error code: 403 - RPM limit exceeded. Please complete identity verification to lift the restriction.', {url: 'https://api.siliconflow.cn/v1/chat/completions'}), 'deepseek-ai/DeepSeek-V3'),
		),
		verdict: 'rate_limited',
		exactFixes: true,
		fixes: ['relay_console', 'reduce_concurrency', 'use_deepseek_base_url'],
		says: ['SiliconFlow', 'until the account completes identity verification (real-name verification) there'],
		neverSays: ['retry later'],
	},
	{
		name: 'SiliconFlow\'s plain rate limit keeps sending fewer first',
		results: scenario(
			endpoint.relay(providers.siliconflow, 'api.siliconflow.cn'),
			probe.answered(answer(429, {message: 'Request was rejected due to rate limiting. Details: RPH limit reached.', data: null}, {url: 'https://api.siliconflow.cn/v1/chat/completions'}), 'deepseek-ai/DeepSeek-V3'),
		),
		verdict: 'rate_limited',
		exactFixes: true,
		fixes: ['reduce_concurrency', 'retry_later', 'relay_console', 'use_deepseek_base_url'],
		// Its 429 is the status to retry with backoff.
		titles: {reduce_concurrency: 'retry 429s with backoff'},
		neverSays: ['identity verification'],
	},
	{
		name: 'OpenRouter refusing a DeepSeek key (401)',
		results: scenario(
			endpoint.relay(providers.openrouter, openRouterHost),
			auth.refused(answer(401, {error: {message: 'No auth credentials found', code: 401}}, {url: 'https://openrouter.ai/api/v1/models'})),
			balance.relay(providers.openrouter, {balance: null, outcome: 'refused', message: 'OpenRouter refused the key when asked for the balance (HTTP 401).'}),
		),
		verdict: 'invalid_key',
		exactFixes: true,
		// Its API keys page, not its credits page: the key is what it refused.
		fixes: ['check_key_in_tool', 'use_deepseek_base_url'],
		urls: {check_key_in_tool: 'https://openrouter.ai/settings/keys'},
		// A key made there is what the first fix says to use, DeepSeek's address what the second does: the summary says neither again.
		says: ['OpenRouter rejects this key. Calls go to OpenRouter, not DeepSeek: the key it wants is one made in OpenRouter.'],
		neverSays: ['use a key', 'api.deepseek.com'],
	},
	{
		name: 'ModelScope refusing a DeepSeek key: its access token page, where a ModelScope key is made',
		results: scenario(
			endpoint.relay(providerInfo('modelscope', 'host'), 'api-inference.modelscope.cn'),
			// Its words for a bad token, as a user quoted them (wanshuiyin/Auto-claude-code-research-in-sleep#114).
			auth.refused(answer(401, {error: {message: 'Authentication failed, please make sure that a valid ModelScope token is supplied.', request_id: '766a653d-6fd9-4d18-bd38-e3e9239363ff'}}, {url: 'https://api-inference.modelscope.cn/v1/models'})),
			balance.notDeepSeek(),
		),
		verdict: 'invalid_key',
		exactFixes: true,
		fixes: ['check_key_in_tool', 'use_deepseek_base_url'],
		urls: {check_key_in_tool: 'https://modelscope.cn/my/myaccesstoken'},
	},
	{
		name: 'PPIO\'s older host (api.ppinfra.com) refusing the key: its key page on ppio.com, where the same account now makes its keys',
		results: scenario(
			endpoint.relay(providerInfo('ppio', 'host'), 'api.ppinfra.com'),
			// A bare 401: PPIO's docs publish no body of their own for a refused key.
			auth.refused(answer(401, 'Unauthorized', {url: 'https://api.ppinfra.com/v3/openai/models'})),
			balance.notDeepSeek(),
		),
		verdict: 'invalid_key',
		exactFixes: true,
		fixes: ['check_key_in_tool', 'use_deepseek_base_url'],
		urls: {check_key_in_tool: 'https://ppio.com/settings/key-management'},
		says: ['PPIO (派欧云)'],
	},
	{
		name: 'Huawei Cloud MaaS refusing the key: no key page of its own (a menu of its console), so its console, named by its product',
		results: scenario(
			endpoint.relay(providerInfo('huawei-maas', 'host'), 'api.modelarts-maas.com'),
			auth.refused(answer(401, 'Unauthorized', {url: 'https://api.modelarts-maas.com/v1/models'})),
			balance.notDeepSeek(),
		),
		verdict: 'invalid_key',
		notFixes: ['check_key_in_tool'],
		urls: {relay_console: 'https://account.huaweicloud.com/usercenter'},
		says: ['Huawei Cloud MaaS'],
		neverSays: ['api.modelarts-maas.com'],
	},
	{
		name: 'Tencent Cloud TokenHub refusing the key (its 401002 "invalid api key"): no key page in its docs, so its console (Tencent Cloud\'s Billing Center), named by its product',
		results: scenario(
			endpoint.relay(providerInfo('tencent-tokenhub', 'host'), 'tokenhub.tencentcloudmaas.com'),
			auth.refused(answer(401, 'invalid api key', {url: 'https://tokenhub.tencentcloudmaas.com/v1/models'})),
			balance.notDeepSeek(),
		),
		verdict: 'invalid_key',
		notFixes: ['check_key_in_tool'],
		urls: {relay_console: 'https://console.cloud.tencent.com/expense/overview'},
		says: ['Tencent Cloud TokenHub'],
		neverSays: ['tokenhub.tencentcloudmaas.com'],
	},
	{
		name: 'SiliconFlow\'s international host refusing the key: that site\'s API keys page, not the Chinese one',
		results: scenario(
			endpoint.relay(providers.siliconflow, 'api.siliconflow.com'),
			auth.refused(answer(401, 'Invalid token', {url: 'https://api.siliconflow.com/v1/models'})),
			balance.relay(providers.siliconflow, {balance: null, outcome: 'refused', message: 'SiliconFlow refused the key when asked for the balance (HTTP 401).'}),
		),
		verdict: 'invalid_key',
		fixes: ['check_key_in_tool', 'use_deepseek_base_url'],
		urls: {check_key_in_tool: 'https://cloud.siliconflow.com/account/ak'},
	},
	{
		name: 'Together refusing the key: its API keys page',
		results: scenario(
			endpoint.relay(providerInfo('together', 'host'), 'api.together.xyz'),
			auth.refused(answer(401, {error: {message: 'Invalid API key provided.', type: 'invalid_request_error', code: 'invalid_api_key'}}, {url: 'https://api.together.xyz/v1/models'})),
			balance.notDeepSeek(),
		),
		verdict: 'invalid_key',
		exactFixes: true,
		fixes: ['check_key_in_tool', 'use_deepseek_base_url'],
		urls: {check_key_in_tool: 'https://api.together.ai/settings/projects/~current/api-keys'},
	},
	{
		name: 'DashScope international refusing the key: the Singapore console\'s API keys page, not the China one',
		results: scenario(
			endpoint.relay(providerInfo('dashscope', 'host'), 'dashscope-intl.aliyuncs.com'),
			auth.refused(answer(401, {error: {message: 'Incorrect API key provided. ', type: 'invalid_request_error', code: 'invalid_api_key'}}, {url: 'https://dashscope-intl.aliyuncs.com/compatible-mode/v1/models'})),
			balance.notDeepSeek(),
		),
		verdict: 'invalid_key',
		exactFixes: true,
		fixes: ['check_key_in_tool', 'use_deepseek_base_url'],
		urls: {check_key_in_tool: 'https://modelstudio.console.alibabacloud.com/?tab=model#/api-key'},
	},
	{
		name: 'DashScope in the US refusing the key: no API keys page known for that host, so its console',
		results: scenario(
			endpoint.relay(providerInfo('dashscope', 'host'), 'dashscope-us.aliyuncs.com'),
			auth.refused(answer(401, {error: {message: 'Incorrect API key provided. ', type: 'invalid_request_error', code: 'invalid_api_key'}}, {url: 'https://dashscope-us.aliyuncs.com/compatible-mode/v1/models'})),
			balance.notDeepSeek(),
		),
		verdict: 'invalid_key',
		exactFixes: true,
		fixes: ['relay_console', 'use_deepseek_base_url'],
		urls: {relay_console: 'https://usercenter2.aliyun.com/finance/fund-management/overview'},
	},
	{
		name: 'a new-api gateway answering 无效的令牌 (invalid or used-up token)',
		results: scenario(
			endpoint.relay(providerInfo('new-api', 'fingerprint'), gateway),
			auth.refused(answer(401, {error: {message: '无效的令牌', type: 'new_api_error'}}, {url: gatewayUrl('/v1/models')})),
			balance.relay(providerInfo('new-api', 'fingerprint'), {balance: null, outcome: 'refused', message: 'New API refused the key when asked for its balance.'}),
		),
		verdict: 'invalid_key',
		fixes: ['relay_console'],
		notFixes: ['top_up', 'create_key'],
	},
	// ---- blocked there: the operator banned the user, or the token is disabled ----
	{
		name: 'a gateway token its own reading says expired: named with its day, before the refusal\'s "disabled or expired"',
		results: scenario(
			endpoint.relay(providers.oneApi, gateway),
			auth.refused(answer(401, {error: {message: '该令牌已过期', type: 'one_api_error'}}, {url: gatewayUrl('/v1/models')})),
			balance.relay(providers.oneApi, {balance: {...providerBalance(providers.oneApi, '1.50', false), expiredOn: '2026-01-01'}, outcome: 'read', message: 'This One API token expired on 2026-01-01.'}),
		),
		verdict: 'invalid_key',
		fixes: ['enable_token', 'use_deepseek_base_url'],
		exactFixes: true,
		says: [/^This token expired on 2026-01-01, as gateway\.example\.org reports it/],
	},
	{
		name: 'a banned user whose token also reads expired: the ban, which only the operator lifts',
		results: scenario(
			endpoint.relay(providers.oneApi, gateway),
			auth.refused(answer(403, {error: {message: '用户已被封禁', type: 'one_api_error'}}, {url: gatewayUrl('/v1/models')})),
			balance.relay(providers.oneApi, {balance: {...providerBalance(providers.oneApi, '1.50', false), expiredOn: '2026-01-01'}, outcome: 'read', message: 'This One API token expired on 2026-01-01.'}),
		),
		verdict: 'invalid_key',
		fixes: ['ask_operator'],
		says: [`${gateway} has blocked your account`],
	},
	{
		name: 'a one-api gateway that banned the user (403 用户已被封禁): ask its operator, not for a new key',
		results: scenario(
			endpoint.relay(providers.oneApi, gateway),
			auth.refused(answer(403, {error: {message: '用户已被封禁', type: 'one_api_error'}}, {url: gatewayUrl('/v1/models')})),
			balance.relay(providers.oneApi, {balance: null, outcome: 'refused', message: 'One API refused the key when asked for its balance.'}),
		),
		verdict: 'invalid_key',
		exactFixes: true,
		fixes: ['ask_operator', 'use_deepseek_base_url'],
		urls: {ask_operator: null},
		says: [`${gateway} has blocked your account`, '"用户已被封禁"', 'whatever key you send. A new key or a top-up will not help.', 'DeepSeek account is not involved'],
		// Asking whoever runs it to lift the block is the first fix's to say (with "only they can").
		neverSays: ['use a key', 'rejects', `Only whoever runs ${gateway}`, 'lift'],
	},
	{
		name: 'the balance command at a one-api gateway that banned the user: the balance reading\'s 403 says the block, as the key check\'s would',
		results: scenario(
			endpoint.relay(providers.oneApi, gateway),
			balance.relay(providers.oneApi, {
				balance: null,
				outcome: 'refused',
				message: 'Refused (HTTP 403) with "用户已被封禁": the account behind this key is blocked there.',
				said: {signature: {provider: 'one-api', kind: 'invalid_key', message: 'blocked', status: 403, blocked: 'account'}, httpStatus: 403, errorMessage: '用户已被封禁'},
			}),
		),
		verdict: 'invalid_key',
		exactFixes: true,
		fixes: ['ask_operator', 'use_deepseek_base_url'],
		says: [`${gateway} has blocked your account there (HTTP 403 "用户已被封禁")`],
	},
	{
		name: 'a host that cannot be told apart, banning the user: the same, through the key rule',
		results: scenario(
			endpoint.cannotTell(gateway),
			auth.refused(answer(403, {error: {message: 'User has been banned', type: 'new_api_error'}}, {url: gatewayUrl('/v1/models')})),
		),
		verdict: 'invalid_key',
		exactFixes: true,
		fixes: ['ask_operator', 'use_deepseek_base_url'],
		says: [`${gateway} has blocked your account`, '"User has been banned"'],
		neverSays: ['deleted', 'another account'],
	},
	{
		name: 'a gateway that blocked the user until a date: the block ends then, or its operator lifts it sooner',
		results: scenario(
			endpoint.cannotTell(gateway),
			auth.refused(answer(403, {error: {message: 'Your account has been suspended until 2026-08-19 14:39.', type: 'new_api_error'}}, {url: gatewayUrl('/v1/models')})),
		),
		verdict: 'invalid_key',
		exactFixes: true,
		fixes: ['ask_operator', 'use_deepseek_base_url'],
		says: [`${gateway} has blocked your account`, `It says the block lasts until 2026-08-19 14:39: wait until then, or ask whoever runs ${gateway} to lift it sooner`],
		neverSays: [`Only whoever runs ${gateway}`],
	},
	{
		name: 'a gateway token disabled in its console (401 该令牌状态不可用): enable it or make another there',
		results: scenario(
			endpoint.notDeepSeek(gateway),
			auth.refused(answer(401, {error: {message: '该令牌状态不可用', type: 'one_api_error'}}, {url: gatewayUrl('/v1/models')})),
			balance.notDeepSeek(),
		),
		verdict: 'invalid_key',
		exactFixes: true,
		fixes: ['enable_token', 'use_deepseek_base_url'],
		urls: {enable_token: null},
		says: [`${gateway} has disabled this token, or it has expired (HTTP 401 "该令牌状态不可用"). Your DeepSeek account is not involved.`],
		// Enabling it or making a new one in its console is the first fix's to say.
		neverSays: ['has blocked your account', `${gateway}'s console`, 'enable it'],
	},
	{
		name: 'a New API gateway refusing the token\'s group (403 无权访问 auto 分组) on every call: move the token to a usable group there, not a new key',
		results: scenario(
			endpoint.notDeepSeek(gateway),
			auth.refused(answer(403, {error: {code: '', message: '无权访问 auto 分组', type: 'new_api_error'}}, {url: gatewayUrl('/v1/models')})),
			balance.notDeepSeek(),
		),
		verdict: 'invalid_key',
		exactFixes: true,
		fixes: ['enable_token', 'use_deepseek_base_url'],
		says: [`${gateway} refuses the group this token is in (HTTP 403 "无权访问 auto 分组")`, 'A new key in the same group will not help'],
		// Moving the token to another group is the first fix's to say.
		neverSays: ['has disabled this token', 'use a key that service gives you', 'Move the token', 'console'],
		titles: {enable_token: 'Move this token to a group your account can use'},
	},
	{
		name: 'OpenRouter with everything working: the calls still do not reach DeepSeek',
		results: scenario(
			endpoint.relay(providers.openrouter, openRouterHost),
			auth.accepted(['deepseek/deepseek-chat'], 'https://openrouter.ai/api/v1/models'),
			balance.relay(providers.openrouter, {balance: providerBalance(providers.openrouter, '7.5', false), outcome: 'read', message: 'This OpenRouter key has 7.5 USD left of its 10 USD limit.'}),
		),
		verdict: 'wrong_endpoint',
		fixes: ['relay_console', 'use_deepseek_base_url'],
		urls: {relay_console: openRouterConsole},
		says: ['OpenRouter', openRouterHost],
	},
	{
		name: 'a base URL that does not answer like DeepSeek and rejects the key',
		results: scenario(
			endpoint.notDeepSeek(gateway),
			auth.refused(answer(401, {error: {message: 'Invalid token'}}, {url: gatewayUrl('/v1/models')})),
			balance.notDeepSeek(),
		),
		verdict: 'invalid_key',
		fixes: ['use_deepseek_base_url', 'check_key_in_tool'],
		// Named by its host: nothing recognised the service. DeepSeek's address is the first fix's to give, not the summary's too.
		says: ['not DeepSeek', gateway, 'the key it wants is one that service gives you.'],
		neverSays: ['api.deepseek.com', 'point the tool'],
	},

	// ---- the relay rule: a definite answer says what is wrong at THAT service ----
	{
		name: 'SiliconFlow (by host) 402 {"code":30001,"message":"Sorry, your account balance is insufficient"}',
		results: scenario(
			endpoint.relay(providers.siliconflow, siliconFlowHost),
			balance.relay(providers.siliconflow, {balance: null, outcome: 'unsupported', message: 'SiliconFlow no longer offers a balance reading through its API.'}),
			probe.answered(answer(402, {code: 30001, message: 'Sorry, your account balance is insufficient', data: null}, {url: siliconFlowUrl}), 'deepseek-ai/DeepSeek-V3'),
		),
		verdict: 'relay_insufficient_balance',
		fixes: ['top_up_relay', 'use_deepseek_base_url'],
		urls: {top_up_relay: providers.siliconflow.consoleUrl},
		says: ['SiliconFlow', 'not DeepSeek'],
	},
	{
		name: 'SiliconFlow (by host) 403 with the same 30001 body',
		results: scenario(
			endpoint.relay(providers.siliconflow, siliconFlowHost),
			probe.answered(answer(403, {code: 30001, message: 'Sorry, your account balance is insufficient', data: null}, {url: siliconFlowUrl}), 'deepseek-ai/DeepSeek-V3'),
		),
		verdict: 'relay_insufficient_balance',
		urls: {top_up_relay: providers.siliconflow.consoleUrl},
	},
	{
		name: 'a gateway (unknown host) 403 with a Chinese quota message',
		results: scenario(
			endpoint.notDeepSeek(gateway),
			balance.notDeepSeek(),
			probe.answered(answer(403, {error: {message: '您的账户额度不足，请充值后再试', type: 'api_error'}}, {url: gatewayUrl('/v1/chat/completions')}), 'deepseek-chat'),
		),
		verdict: 'relay_insufficient_balance',
		fixes: ['ask_operator', 'use_deepseek_base_url'],
		says: [gateway],
	},
	{
		name: 'a gateway 403 {"code":"INSUFFICIENT_BALANCE","message":…} (codes as strings)',
		results: scenario(
			endpoint.notDeepSeek(gateway),
			probe.answered(answer(403, {code: 'INSUFFICIENT_BALANCE', message: 'Insufficient account balance'}, {url: gatewayUrl('/v1/chat/completions')}), 'deepseek-chat'),
		),
		verdict: 'relay_insufficient_balance',
		says: [gateway],
	},
	{
		name: 'OpenRouter "requires more credits … can only afford": the request is too large for the credit left',
		results: scenario(
			endpoint.relay(providers.openrouter, openRouterHost),
			balance.relay(providers.openrouter, {balance: providerBalance(providers.openrouter, null, false, {unlimited: true}), outcome: 'read', message: 'This OpenRouter key has no spending cap.'}),
			probe.answered(answer(402, {error: {message: 'This request requires more credits, or fewer max_tokens. You requested up to 65536 tokens, but can only afford 10114. To increase, visit https://openrouter.ai/settings/credits and upgrade to a paid account', code: 402, metadata: {provider_name: null}}, user_id: 'user_x'}, {url: openRouterChat}), 'deepseek/deepseek-chat'),
		),
		verdict: 'relay_insufficient_balance',
		fixes: ['lower_max_tokens', 'top_up_relay', 'use_deepseek_base_url'],
		exactFixes: true,
		urls: {top_up_relay: openRouterConsole, lower_max_tokens: null},
		says: ['OpenRouter', 'max_tokens', 'top up'],
	},
	{
		name: 'OpenRouter "Prompt tokens limit exceeded": the prompt alone costs more than the credit left, so a shorter one helps, max_tokens does not',
		results: scenario(
			endpoint.relay(providers.openrouter, openRouterHost),
			probe.answered(answer(402, '402 Prompt tokens limit exceeded: 23229 > 14796. To increase, visit https://openrouter.ai/settings/credits and upgrade to a paid account', {url: openRouterChat}), 'deepseek/deepseek-chat'),
		),
		verdict: 'relay_insufficient_balance',
		fixes: ['shorter_prompt', 'top_up_relay', 'use_deepseek_base_url'],
		exactFixes: true,
		says: ['OpenRouter', 'prompt this long', 'shorter'],
		neverSays: ['max_tokens'],
	},
	{
		name: 'a free key\'s cap on a prompt\'s tokens at a relay (ChatAnywhere\'s 403, chatanywhere/GPT_API_free#496): a shorter conversation or a paid key, not a top-up',
		results: scenario(
			endpoint.cannotTell('api.chatanywhere.tech'),
			probe.answered(answer(403, '403 免费API限制模型输入token小于4096，如有更多需求，请访问 https://api.chatanywhere.tech/#/shop 购买付费API。', {bodyProblem: 'not_json', contentType: 'text/plain', url: 'https://api.chatanywhere.tech/v1/chat/completions'}), 'deepseek-chat'),
		),
		verdict: 'relay_insufficient_balance',
		fixes: ['shorter_prompt', 'ask_operator', 'use_deepseek_base_url'],
		exactFixes: true,
		titles: {
			ask_operator: 'Ask whoever runs api.chatanywhere.tech for a paid key: the free key takes shorter prompts only',
			// The cap the answer names (小于4096), a number to set a context length by.
			shorter_prompt: 'Send a shorter conversation (start a new chat, or lower the context length in your tool): your key there takes prompts of up to 4096 tokens only',
		},
		says: ['api.chatanywhere.tech', 'takes prompts of up to 4096 tokens only', 'whatever your credit'],
		neverSays: ['credit left', 'top up', 'not DeepSeek\'s API', 'a limited number'],
	},
	{
		name: 'the same cap in English words (ChatAnywhere\'s JSON, chatanywhere/GPT_API_free#331): its number said too',
		results: scenario(
			endpoint.cannotTell('api.chatanywhere.com.cn'),
			probe.answered(answer(403, {error: {message: 'The number of prompt tokens for free accounts is limited to 4096. If you have additional requirements, please visit https://buyca.tech to purchase a premium key.', type: 'chatanywhere_error', param: null, code: '403 FORBIDDEN'}}, {url: 'https://api.chatanywhere.com.cn/v1/chat/completions'}), 'deepseek-chat'),
		),
		verdict: 'relay_insufficient_balance',
		fixes: ['shorter_prompt', 'ask_operator', 'use_deepseek_base_url'],
		says: ['takes prompts of up to 4096 tokens only'],
	},
	{
		name: 'the same when the key\'s own monthly limit is what is left: its limit is raised, or the prompt shortened',
		results: scenario(
			endpoint.relay(providers.openrouter, openRouterHost),
			probe.answered(answer(402, 'Prompt tokens limit exceeded: 230799 > 91442. To increase, visit https://openrouter.ai/settings/keys and\ncreate a key with a higher monthly limit', {url: openRouterChat}), 'deepseek/deepseek-v4-pro'),
		),
		verdict: 'relay_insufficient_balance',
		fixes: ['shorter_prompt', 'raise_key_limit', 'top_up_relay', 'use_deepseek_base_url'],
		exactFixes: true,
		says: ['OpenRouter', 'prompt this long', "raise your key's limit"],
		neverSays: ['max_tokens'],
	},
	{
		name: '"Insufficient credits" on a gateway that is not OpenRouter is that gateway\'s, named by its host',
		results: scenario(
			endpoint.notDeepSeek(gateway),
			probe.answered(answer(402, {error: {message: 'Insufficient credits. Add more using https://openrouter.ai/settings/credits', code: 402}}, {url: gatewayUrl('/v1/chat/completions')}), 'deepseek-chat'),
		),
		verdict: 'relay_insufficient_balance',
		fixes: ['ask_operator'],
		notFixes: ['top_up_relay'],
		says: [gateway],
		neverSays: ['OpenRouter'],
	},
	{
		name: 'a base URL that cannot be told apart, refusing money in words that are not DeepSeek\'s',
		results: scenario(
			endpoint.cannotTell(gateway),
			balance.unexpected(answer(404, {error: {message: 'Not Found'}}, {url: gatewayUrl('/user/balance')})),
			probe.answered(answer(403, {error: {message: 'user quota is not enough', type: 'one_api_error', code: 'insufficient_user_quota'}}, {url: gatewayUrl('/v1/chat/completions')}), 'deepseek-chat'),
		),
		verdict: 'relay_insufficient_balance',
		says: [gateway, 'not DeepSeek'],
		notFixes: ['top_up'],
	},
	{
		name: 'a base URL that cannot be told apart, answering DeepSeek\'s own 402: DeepSeek\'s balance',
		results: scenario(endpoint.cannotTell(gateway), probe.answered(deepseekAnswers.insufficient(gatewayUrl('/chat/completions')))),
		verdict: 'insufficient_balance',
	},
	{
		name: 'a gateway answering 200 with an upstream "Error code: 402 - {…}" text: the money behind the gateway',
		results: scenario(
			endpoint.relay(providers.oneApi, gateway),
			probe.answered(answer(200, 'Error code: 402 - {\'error\': {\'message\': \'Insufficient Balance\', \'type\': \'unknown_error\', \'param\': None, \'code\': \'invalid_request_error\'}}', {bodyProblem: 'not_json', contentType: 'text/plain', url: gatewayUrl('/v1/chat/completions')}), 'deepseek-chat'),
		),
		verdict: 'relay_insufficient_balance',
		exactFixes: true,
		fixes: ['ask_operator', 'use_deepseek_base_url'],
		notFixes: ['top_up_relay', 'top_up'],
		says: ['One API', 'DeepSeek', /passed on/],
	},
	{
		name: 'OpenRouter passing on DeepSeek\'s own 402 for OpenRouter\'s account there, the user\'s OpenRouter balance fine: not a top-up at OpenRouter',
		results: scenario(
			endpoint.relay(providers.openrouter, openRouterHost),
			balance.relay(providers.openrouter, {balance: providerBalance(providers.openrouter, null, false, {unlimited: true}), outcome: 'read', message: 'This OpenRouter key has no spending cap.'}),
			probe.answered(answer(402, {error: {message: 'Provider returned error', code: 402, metadata: {raw: '{"error":{"message":"Insufficient Balance","type":"unknown_error","param":null,"code":"invalid_request_error"}}', provider_name: 'DeepSeek', is_byok: false}}, user_id: 'user_x'}, {url: openRouterChat}), 'deepseek/deepseek-v4-flash'),
		),
		verdict: 'relay_insufficient_balance',
		exactFixes: true,
		fixes: ['relay_console', 'use_deepseek_base_url'],
		notFixes: ['top_up_relay', 'top_up'],
		says: ['OpenRouter', 'DeepSeek', /passed on/, /may well be fine/],
		neverSays: [/your balance there is used up/],
	},
	{
		name: 'the same upstream 402 while OpenRouter\'s own balance reads used up: top up there after all',
		results: scenario(
			endpoint.relay(providers.openrouter, openRouterHost),
			balance.relay(providers.openrouter, {balance: providerBalance(providers.openrouter, '0', true, {granted: '10'}), outcome: 'read', message: 'Used up.'}),
			probe.answered(answer(402, {error: {message: 'Provider returned error', code: 402, metadata: {raw: '{"error":{"message":"Insufficient Balance","type":"unknown_error","param":null,"code":"invalid_request_error"}}', provider_name: 'DeepSeek', is_byok: false}}}, {url: openRouterChat}), 'deepseek/deepseek-v4-flash'),
		),
		verdict: 'relay_insufficient_balance',
		fixes: ['top_up_relay'],
		neverSays: [/passed on/],
	},
	{
		name: 'an unknown service passing DeepSeek\'s whole 402 body on: whoever runs it tops up its upstream account',
		results: scenario(
			network.reached(gateway),
			endpoint.notDeepSeek(gateway),
			auth.accepted(['deepseek-chat'], gatewayUrl('/v1/models')),
			balance.notDeepSeek(),
			probe.answered(answer(402, {error: {message: 'Insufficient Balance', type: 'unknown_error', param: null, code: 'invalid_request_error'}}, {url: gatewayUrl('/v1/chat/completions')}), 'deepseek-chat'),
		),
		verdict: 'relay_insufficient_balance',
		exactFixes: true,
		fixes: ['ask_operator', 'use_deepseek_base_url'],
		says: [gateway, /passed on DeepSeek's own answer/],
	},
	{
		name: 'a proxy on this computer passing DeepSeek\'s whole 402 body on: most likely the user\'s own DeepSeek account, topped up at DeepSeek',
		results: scenario(
			network.reached(localProxy),
			endpoint.notDeepSeek(localProxy),
			auth.accepted(['deepseek-chat'], `http://${localProxy}/v1/models`),
			balance.notDeepSeek(),
			probe.answered(answer(402, {error: {message: 'Insufficient Balance', type: 'unknown_error', param: null, code: 'invalid_request_error'}}, {url: `http://${localProxy}/v1/chat/completions`}), 'deepseek-chat'),
		),
		verdict: 'relay_insufficient_balance',
		exactFixes: true,
		fixes: ['top_up', 'use_deepseek_base_url'],
		says: [localProxy, /a proxy on this computer/, /most likely your own account/],
		neverSays: [/does not matter/, /whoever runs/],
	},
	{
		name: 'an unknown service passing DeepSeek\'s words without its type, in an AI SDK error with the DeepSeek URL it called: whoever runs it tops up its upstream account',
		results: scenario(
			network.reached(gateway),
			endpoint.notDeepSeek(gateway),
			auth.accepted(['deepseek-chat'], gatewayUrl('/v1/models')),
			balance.notDeepSeek(),
			probe.answered(answer(402, 'request failed with status 402: {"error":{"message":"Insufficient Balance","type":"AI_APICallError","param":{"statusCode":402,"url":"https://api.deepseek.com/chat/completions"}}}', {bodyProblem: 'not_json', contentType: 'text/plain', url: gatewayUrl('/v1/chat/completions')}), 'deepseek-chat'),
		),
		verdict: 'relay_insufficient_balance',
		exactFixes: true,
		fixes: ['ask_operator', 'use_deepseek_base_url'],
		says: [gateway, /passed on DeepSeek's own answer/],
		neverSays: [/your balance there is used up/],
	},
	{
		name: 'DeepSeek itself answering its words without its type (an AI SDK error naming its URL): the user\'s own DeepSeek account, topped up there',
		results: scenario(balance.reading(readings.zero), probe.answered(answer(402, 'POST https://api.deepseek.com/chat/completions failed\nAI_APICallError: Insufficient Balance', {bodyProblem: 'not_json', contentType: 'text/plain', url: `${officialBase}/chat/completions`}))),
		verdict: 'insufficient_balance',
		fixes: ['top_up'],
		neverSays: [/passed on/, /whoever runs/],
	},
	{
		name: 'an unknown service\'s own "Insufficient balance" (its own type): its balance, the top-up is there',
		results: scenario(
			network.reached(gateway),
			endpoint.notDeepSeek(gateway),
			auth.accepted(['deepseek-chat'], gatewayUrl('/v1/models')),
			balance.notDeepSeek(),
			probe.answered(answer(402, {error: {message: 'Insufficient balance', type: 'insufficient_balance', code: 'insufficient_balance'}}, {url: gatewayUrl('/v1/chat/completions')}), 'deepseek-chat'),
		),
		verdict: 'relay_insufficient_balance',
		fixes: ['ask_operator', 'use_deepseek_base_url'],
		says: [/your balance there is used up/],
		neverSays: [/passed on/],
	},
	{
		name: 'OpenRouter relaying an upstream 429 (Provider returned error, rate-limited upstream)',
		results: scenario(
			endpoint.relay(providers.openrouter, openRouterHost),
			probe.answered(answer(429, {error: {message: 'Provider returned error', code: 429, metadata: {raw: 'deepseek/deepseek-chat-v3-0324:free is temporarily rate-limited upstream. Please retry shortly, or add your own key to accumulate your rate limits: https://openrouter.ai/settings/integrations', provider_name: 'Chutes'}}, user_id: 'user_x'}, {url: openRouterChat}), 'deepseek/deepseek-chat-v3-0324:free'),
		),
		verdict: 'rate_limited',
		fixes: ['reduce_concurrency', 'retry_later', 'relay_console', 'use_deepseek_base_url'],
		urls: {reduce_concurrency: 'https://openrouter.ai/docs/api-reference/limits'},
		notFixes: ['top_up', 'top_up_relay'],
		says: ['OpenRouter', '429'],
		neverSays: ['DeepSeek answers'],
	},
	{
		name: 'a 429 at SiliconFlow\'s international host: its own rate-limit page for that host, not DeepSeek\'s',
		results: scenario(
			endpoint.relay(providers.siliconflow, 'api.siliconflow.com'),
			probe.answered(answer(429, {code: 50603, message: 'Request was rejected due to rate limiting. Details: TPM limit reached.', data: null}, {url: 'https://api.siliconflow.com/v1/chat/completions'}), 'deepseek-ai/DeepSeek-V3'),
		),
		verdict: 'rate_limited',
		urls: {reduce_concurrency: 'https://docs.siliconflow.com/en/userguide/rate-limits/rate-limit-and-upgradation'},
	},
	{
		name: 'a 429 at an unrecognised service: no rate-limit page to name, never DeepSeek\'s',
		results: scenario(
			endpoint.notDeepSeek(gateway),
			probe.answered(answer(429, {error: {message: 'Too many requests', type: 'rate_limit'}}, {url: gatewayUrl('/v1/chat/completions')}), 'deepseek-chat'),
		),
		verdict: 'rate_limited',
		fixes: ['reduce_concurrency'],
		urls: {reduce_concurrency: null},
	},
	{
		name: 'OpenRouter 429 that offers credits for a higher free limit is a rate limit, not money',
		results: scenario(
			endpoint.relay(providers.openrouter, openRouterHost),
			probe.answered(answer(429, {error: {message: 'Rate limit exceeded: free-models-per-day. Add 10 credits to unlock 1000 free model requests per day', code: 429}}, {url: openRouterChat}), 'deepseek/deepseek-chat:free'),
		),
		verdict: 'rate_limited',
		says: ['OpenRouter'],
	},
	{
		name: 'a gateway 429 that says the credits are used up is money (xAI-style spending limit)',
		results: scenario(
			endpoint.notDeepSeek(gateway),
			probe.answered(answer(429, {code: 'Some resource has been exhausted', error: 'Your team has either used all available credits or reached its monthly spending limit. To continue making API requests, please purchase more credits or raise your spending limit.'}, {url: gatewayUrl('/v1/chat/completions')}), 'deepseek-chat'),
		),
		verdict: 'relay_insufficient_balance',
	},
	{
		name: 'a One API gateway answering 503 with no channel for the model: the model is not open to this key there, not a failure',
		results: scenario(
			endpoint.relay(providers.oneApi, gateway),
			auth.accepted(['deepseek-chat', 'gpt-4o'], gatewayUrl('/v1/models')),
			probe.answered(answer(503, {error: {message: '当前分组 default 下对于模型 deepseek-chat 无可用渠道 (request id: 2025121521151664761470129816750)', type: 'one_api_error'}}, {url: gatewayUrl('/v1/chat/completions')}), 'deepseek-chat'),
		),
		verdict: 'model_not_found',
		exactFixes: true,
		fixes: ['use_listed_model', 'relay_model_names', 'ask_operator'],
		says: ['One API lists the model "deepseek-chat" but refuses it to this key (HTTP 503)', 'gpt-4o'],
		neverSays: ['DeepSeek answers', 'DeepSeek\'s side', 'retry'],
	},
	{
		name: 'a relay answering {"type":"server_error","message":…,"statusCode":503}',
		results: scenario(
			endpoint.notDeepSeek(gateway),
			auth.unexpected(answer(503, {type: 'server_error', message: 'Service temporarily unavailable', statusCode: 503}, {url: gatewayUrl('/v1/models')})),
		),
		verdict: 'server_error',
		fixes: ['ask_operator'],
		says: [gateway],
	},

	// ---- DeepSeek busy or broken: not a balance problem ----
	{
		// The balance unread (its own 429): not "not a balance problem", as the wizard's 429 result leaves it open too.
		name: '429 on auth, the balance unread',
		results: scenario(auth.unexpected(deepseekAnswers.rateLimited()), balance.unexpected(deepseekAnswers.rateLimited(`${officialBase}/user/balance`))),
		verdict: 'rate_limited',
		fixes: ['reduce_concurrency', 'status_page'],
		exactFixes: true,
		urls: {reduce_concurrency: platformUrls.rateLimit, status_page: platformUrls.statusPage},
		says: ['429', 'Whether the balance plays a part is unknown, as it could not be read', 'based on your remaining balance'],
		neverSays: ['not a balance problem'],
	},
	{
		name: '429 on the probe with a healthy balance',
		results: scenario(probe.answered(deepseekAnswers.rateLimited(`${officialBase}/chat/completions`))),
		verdict: 'rate_limited',
		fixes: ['reduce_concurrency', 'status_page'],
		exactFixes: true,
		says: ['too many requests at once for this account. This is not a balance problem.'],
	},
	{
		name: '429 on the probe with a low balance: it lowers the limit, so the top-up joins sending fewer',
		results: scenario(probe.answered(deepseekAnswers.rateLimited(`${officialBase}/chat/completions`)), balance.reading(readings.low)),
		verdict: 'rate_limited',
		fixes: ['reduce_concurrency', 'top_up', 'status_page'],
		exactFixes: true,
		says: ['Your balance is low too, and DeepSeek lowers that limit as the balance runs low: top up to raise it.'],
		neverSays: ['not a balance problem'],
	},
	{
		name: '429 on auth while the balance reads zero',
		results: scenario(auth.unexpected(deepseekAnswers.rateLimited()), balance.reading(readings.zero)),
		verdict: 'rate_limited',
	},
	{
		name: '500 on auth',
		results: scenario(auth.unexpected(deepseekAnswers.serverError())),
		verdict: 'server_error',
		fixes: ['retry_with_backoff', 'status_page'],
		notFixes: ['top_up'],
		says: ['HTTP 500', 'not your balance'],
	},
	{
		name: '503 on auth while the balance check errored with 503 too',
		results: scenario(auth.unexpected(deepseekAnswers.overloaded()), balance.unexpected(deepseekAnswers.overloaded(`${officialBase}/user/balance`))),
		verdict: 'server_error',
		notFixes: ['top_up', 'contact_support'],
		says: ['HTTP 503', 'overloaded'],
	},
	{
		name: '503 on the probe only',
		results: scenario(probe.answered(deepseekAnswers.overloaded(`${officialBase}/chat/completions`))),
		verdict: 'server_error',
	},
	{
		name: '429 on the probe beats 503 on /user/balance',
		results: scenario(balance.unexpected(deepseekAnswers.overloaded(`${officialBase}/user/balance`)), probe.answered(deepseekAnswers.rateLimited(`${officialBase}/chat/completions`))),
		verdict: 'rate_limited',
		fixes: ['reduce_concurrency', 'status_page'],
		exactFixes: true,
		says: ['DeepSeek answers 429 Rate Limit Reached'],
	},
	{
		name: '503 on /models beats a zero balance, and the empty balance is said too, with the top-up',
		results: scenario(auth.unexpected(deepseekAnswers.overloaded()), balance.reading(readings.zero)),
		verdict: 'server_error',
		fixes: ['top_up', 'retry_with_backoff', 'status_page'],
		exactFixes: true,
		says: ['DeepSeek answers HTTP 503 (server overloaded)', 'Your balance is empty too (0.00 CNY', 'until you top up'],
		neverSays: ['not your balance'],
	},
	{
		name: 'a 429 with a zero balance: the rate limit now, and the empty balance behind it',
		results: scenario(probe.answered(deepseekAnswers.rateLimited()), balance.reading(readings.zero)),
		verdict: 'rate_limited',
		fixes: ['top_up', 'reduce_concurrency', 'status_page'],
		exactFixes: true,
		says: ['429 Rate Limit Reached', 'Your balance is empty too (0.00 CNY'],
		neverSays: ['not a balance problem'],
	},
	{
		name: 'a 503 with money on the account: not the balance',
		results: scenario(auth.unexpected(deepseekAnswers.overloaded())),
		verdict: 'server_error',
		fixes: ['retry_with_backoff', 'status_page'],
		exactFixes: true,
		says: ['not your balance'],
	},

	// ---- answers that are not errors in OpenAI's shape ----
	{
		name: 'a 200 with an empty body (only keep-alive lines) is overload, never "the call worked"',
		results: scenario(probe.answered(answer(200, '', {bodyProblem: 'empty', text: '\n\n: keep-alive\n\n', url: officialChat, traceId}))),
		verdict: 'server_error',
		fixes: ['retry_with_backoff', 'status_page'],
		says: ['accepted the call but sent no answer'],
		neverSays: ['worked', 'No problem'],
	},
	{
		name: 'a 200 whose body is DeepSeek\'s 900-second queue timeout error',
		results: scenario(probe.answered(answer(200, {error: {message: 'We were unable to start processing your request within the 900-second timeout limit. Please try again later.', type: 'timeout_error'}}, {url: officialChat, traceId}))),
		verdict: 'server_error',
		says: ['DeepSeek'],
		neverSays: ['No problem'],
	},
	{
		name: 'the same timeout as plain text after keep-alive lines',
		results: scenario(probe.answered(answer(200, 'We were unable to start processing your request within the 900-second timeout limit', {bodyProblem: 'not_json', contentType: 'text/plain', text: '\n\nWe were unable to start processing your request within the 900-second timeout limit', url: officialChat}))),
		verdict: 'server_error',
		neverSays: ['rewrites the answers'],
	},
	{
		name: 'a 401 for an OpenRouter key: the vendor, never "deleted"; a DeepSeek key first',
		results: scenario(keyFormat.of(openRouterKey), auth.refused(deepseekAnswers.unauthorized(openRouterKey), openRouterKey)),
		verdict: 'invalid_key',
		fixes: ['create_key', 'check_key_in_tool'],
		says: ['a key from OpenRouter', 'only keys made on its own platform'],
		neverSays: ['deleted', 'revoked', 'another account'],
	},
	{
		name: 'a 401 for a ModelScope access token sent to DeepSeek: ModelScope named, a DeepSeek key first',
		results: scenario(keyFormat.of(modelScopeToken), auth.refused(deepseekAnswers.unauthorized(modelScopeToken), modelScopeToken)),
		verdict: 'invalid_key',
		exactFixes: true,
		fixes: ['create_key', 'check_key_in_tool'],
		says: ['a key from ModelScope', 'only keys made on its own platform'],
		neverSays: ['deleted', 'revoked', 'another account'],
	},
	{
		name: 'a 401 for a key in quotes: the quotes, never "deleted"',
		results: scenario(keyFormat.of(`"${testKey}"`), auth.refused(deepseekAnswers.unauthorized(`"${testKey}"`), `"${testKey}"`)),
		verdict: 'invalid_key',
		fixes: ['check_key_in_tool'],
		says: ['wrapped in quotes', 'remove them'],
		neverSays: ['deleted', 'revoked'],
	},
	{
		name: 'a 401 for an sk- key of the wrong length (cut short when copied): its length, never "deleted"',
		results: scenario(keyFormat.of('sk-0123456789abcd'), auth.refused(deepseekAnswers.unauthorized('sk-0123456789abcd'), 'sk-0123456789abcd')),
		verdict: 'invalid_key',
		fixes: ['check_key_in_tool'],
		says: ['The key has 17 characters where a DeepSeek key has 35'],
		neverSays: ['deleted', 'revoked', 'another account'],
	},
	{
		name: 'a 401 for a placeholder key: the placeholder',
		results: scenario(keyFormat.of('sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'), auth.refused(deepseekAnswers.unauthorized('sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'), 'sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')),
		verdict: 'invalid_key',
		says: ['placeholder'],
		neverSays: ['deleted', 'revoked'],
	},
	{
		name: 'a 401 for a well-shaped key the server received as sent: deleted, or another account\'s',
		results: scenario(auth.refused(deepseekAnswers.unauthorized())),
		verdict: 'invalid_key',
		says: [`received this very key (…${testKey.slice(-4)})`, 'deleted, or it belongs to another account'],
		neverSays: ['revoked', 'this key:'],
	},
	{
		name: '401 echoing ****_KEY: the tool sends a placeholder, not a key',
		results: scenario(auth.refused(answer(401, deepseekError('Authentication Fails, Your api key: ****_KEY is invalid', 'authentication_error'), {traceId}))),
		verdict: 'invalid_key',
		fixes: ['check_key_in_tool'],
		says: ['placeholder', '…_KEY'],
		neverSays: ['revoked', 'deleted', 'replaced it'],
	},
	{
		name: '401 echoing ****18b" (a key with the quote it was written between): the quote, not a placeholder',
		results: scenario(auth.refused(answer(401, deepseekError('Authentication Fails, Your api key: ****18b" is invalid', 'authentication_error'), {traceId}))),
		verdict: 'invalid_key',
		fixes: ['check_key_in_tool'],
		says: ['…18b"', 'a stray " after it', 'Remove the "'],
		neverSays: ['placeholder', 'replaced it'],
	},
	{
		name: '401 echoing ****eek} (an unexpanded template)',
		results: scenario(auth.refused(answer(401, {error: {message: 'Authentication Fails, Your API key: ****eek} is invalid', type: 'authentication_error', param: null, code: 'invalid_request_error'}}))),
		verdict: 'invalid_key',
		says: ['placeholder'],
	},
	{
		// continuedev/continue#10352: the key setting held a file's name or path.
		name: '401 echoing ****json (a file\'s name sent in the key\'s place), not a placeholder or another key',
		results: scenario(auth.refused(answer(401, deepseekError('Authentication Fails, Your api key: ****json is invalid', 'authentication_error'), {traceId}))),
		verdict: 'invalid_key',
		fixes: ['check_key_in_tool'],
		says: ['…json', 'the name or path of a file was sent in the key\'s place', 'not the file that holds it'],
		neverSays: ['placeholder', 'replaced it'],
	},
	{
		name: '401 echoing ****Njk= (an encoded value, not a key)',
		results: scenario(auth.refused(answer(401, 'Authentication Fails, Your api key: ****Njk= is invalid', {bodyProblem: 'not_json', contentType: 'text/plain'}))),
		verdict: 'invalid_key',
		says: ['placeholder'],
	},
	{
		// Letters, but no DeepSeek key (hex digits) ends like that: Python's unset None sent as
		// text (and ****null, continuedev/continue#10019, which a summary here may not show).
		name: '401 echoing ****None (an unset key sent as text), not another key swapped in',
		results: scenario(auth.refused(answer(401, 'Authentication Fails, Your api key: ****None is invalid', {bodyProblem: 'not_json', contentType: 'text/plain'}))),
		verdict: 'invalid_key',
		says: ['placeholder', '…None'],
		neverSays: ['replaced it'],
	},
	{
		name: 'a 401 in plain text on every call is the key, not something rewriting the answers',
		results: scenario(
			auth.refused(answer(401, 'Error code: 401 - {\'error\': {\'message\': \'Authentication Fails, Your api key: ****97fe is invalid\'}}', {bodyProblem: 'malformed_json', contentType: 'text/plain'})),
			balance.unexpected(answer(401, 'Error code: 401 - {\'error\': {\'message\': \'Authentication Fails, Your api key: ****97fe is invalid\'}}', {bodyProblem: 'malformed_json', contentType: 'text/plain', url: `${officialBase}/user/balance`})),
		),
		verdict: 'invalid_key',
		says: ['replaced it'],
		neverSays: ['rewrites the answers'],
	},
	{
		name: '401 while the status page shows an outage: the outage, named',
		results: scenario(
			serviceStatus.trouble('partial_outage', 'V3 API is recovering'),
			auth.refused(answer(401, deepseekError('Authentication Fails (no such user)', 'authentication_error'))),
			balance.unexpected(answer(401, deepseekError('Authentication Fails (no such user)', 'authentication_error'), {url: `${officialBase}/user/balance`})),
		),
		verdict: 'service_outage',
		fixes: ['status_page', 'retry_with_backoff', 'check_key_in_tool'],
		// The summary says to try again once it recovers: the retry fix must not say "never retry 401".
		titles: {retry_with_backoff: 'Retry once DeepSeek has recovered'},
		says: ['V3 API is recovering', '401'],
	},
	{
		name: 'the balance reading refused with 401 while the status page shows an outage, the key check not run (reading the balance): the outage, as for the key check',
		results: scenario(serviceStatus.trouble('full_outage'), balance.unexpected(deepseekAnswers.unauthorized(testKey, `${officialBase}/user/balance`))).filter(result => result.id !== 'auth'),
		verdict: 'service_outage',
		fixes: ['status_page', 'retry_with_backoff', 'check_key_in_tool'],
		exactFixes: true,
		says: ['during outages DeepSeek has refused valid keys'],
	},
	{
		name: 'the balance reading refused with 401, the key check not run, no outage: the key',
		results: scenario(balance.unexpected(deepseekAnswers.unauthorized(testKey, `${officialBase}/user/balance`))).filter(result => result.id !== 'auth'),
		verdict: 'invalid_key',
	},
	{
		name: '401 during an outage, but the server got another key: the key',
		results: scenario(serviceStatus.trouble('full_outage'), auth.refused(deepseekAnswers.unauthorized('sk-' + 'fedcba9876543210'.repeat(2)))),
		verdict: 'invalid_key',
		says: ['replaced it'],
	},
	{
		name: '401 during a minor incident: the key, with the incident named',
		results: scenario(serviceStatus.trouble('degraded', 'Elevated API error rates'), auth.refused(deepseekAnswers.unauthorized())),
		verdict: 'invalid_key',
		fixes: ['check_key_in_tool', 'status_page'],
		says: ['Elevated API error rates'],
	},
	{
		name: 'DeepSeek 429 that ties concurrency to the balance: the top-up it asks for first, then sending fewer',
		results: scenario(probe.answered(answer(429, deepseekError('Your current concurrency is 40, which exceeds your concurrency limit of 39 based on your remaining balance. Please top up your balance to restore your concurrency.', 'rate_limit_reached_error'), {url: officialChat, traceId}))),
		verdict: 'rate_limited',
		fixes: ['top_up', 'reduce_concurrency', 'status_page'],
		exactFixes: true,
		says: ['balance'],
	},
	{
		name: 'a 429 from a base URL that cannot be told apart never says "DeepSeek answers"',
		results: scenario(endpoint.cannotTell(gateway), auth.unexpected(answer(429, {msg: '请求过于频繁，请稍后再试'}, {url: gatewayUrl('/v1/models')}))),
		verdict: 'rate_limited',
		says: [gateway],
		neverSays: ['DeepSeek answers'],
	},
	{
		name: 'a 502 from a base URL that cannot be told apart never says "DeepSeek answers"',
		results: scenario(endpoint.cannotTell(gateway), auth.unexpected(answer(502, {detail: 'Bad Gateway'}, {url: gatewayUrl('/v1/models')}))),
		verdict: 'server_error',
		says: [gateway, '502'],
		neverSays: ['DeepSeek answers'],
	},

	// ---- the model the calls name ----
	{
		name: 'DeepSeek answers 400 "Model Not Exist" to a model it does not have: the model, with the ids it lists',
		results: scenario(auth.accepted(), probe.answered(answer(400, deepseekError('Model Not Exist', 'invalid_request_error'), {url: officialChat, traceId}), 'deepseek-gpt')),
		verdict: 'model_not_found',
		exactFixes: true,
		fixes: ['use_listed_model', 'model_list'],
		urls: {model_list: platformUrls.pricing, use_listed_model: null},
		says: ['DeepSeek does not offer the model "deepseek-gpt" (HTTP 400)', 'It lists: deepseek-v4-flash, deepseek-v4-pro.', 'not your key or your balance'],
		neverSays: ['No clear cause'],
	},
	{
		name: 'DeepSeek answers 400 "The supported API model names are …, but you passed x": the model, not a refused request',
		results: scenario(auth.accepted(), probe.answered(answer(400, deepseekError('The supported API model names are deepseek-flash, deepseek-v4-pro, but you passed deepseek/deepseek-v4-flash-vision-exp.', 'invalid_request_error'), {url: officialChat, traceId}), 'deepseek/deepseek-v4-flash-vision-exp')),
		verdict: 'model_not_found',
		exactFixes: true,
		fixes: ['use_listed_model', 'model_list'],
		says: ['DeepSeek does not offer the model "deepseek/deepseek-v4-flash-vision-exp" (HTTP 400)', 'not your key or your balance'],
		neverSays: ['No clear cause'],
	},
	{
		name: 'DeepSeek\'s model answer with no model list: no ids, and it says so',
		results: scenario(auth.unexpected(failure('other', 'The answer could not be read.')), probe.answered(answer(400, deepseekError('Model Not Exist', 'invalid_request_error'), {url: officialChat, traceId}), 'deepseek-r1')),
		verdict: 'model_not_found',
		fixes: ['use_listed_model', 'model_list'],
		says: ['"deepseek-r1"', 'Its model list could not be read.'],
	},
	{
		name: 'an empty DeepSeek balance outranks the model answer (money blocks every call)',
		results: scenario(auth.accepted(), balance.reading(readings.zero), probe.answered(answer(400, deepseekError('Model Not Exist', 'invalid_request_error'), {url: officialChat, traceId}), 'deepseek-gpt')),
		verdict: 'insufficient_balance',
		fixes: ['top_up'],
	},
	{
		name: 'a model answer outranks an outage on the status page while the API answers',
		results: scenario(serviceStatus.trouble('partial_outage'), auth.accepted(), probe.answered(answer(400, deepseekError('Model Not Exist', 'invalid_request_error'), {url: officialChat, traceId}), 'deepseek-gpt')),
		verdict: 'model_not_found',
		says: ['"deepseek-gpt"'],
	},
	{
		name: 'DeepSeek lists the models but answers the chat call 404 in no words of a model (Codex calling /responses): the path, said (unknown: the calls do reach DeepSeek)',
		results: scenario(auth.accepted(), probe.answered(answer(404, 'unexpected status 404 Not Found: Unknown error, url: https://api.deepseek.com/responses', {url: officialChat, traceId}))),
		verdict: 'unknown',
		exactFixes: true,
		fixes: ['fix_base_url', 'use_deepseek_base_url', 'contact_support'],
		says: ['lists the models for your key but answers 404 Not Found to the chat call', 'https://api.deepseek.com/anthropic'],
		neverSays: ['No clear cause', 'not DeepSeek\'s API', 'do not reach DeepSeek'],
	},
	{
		name: 'the same 404 to a tool that posts to the address as entered (Subtitle Edit, SubtitleEdit#13044): its first fix is the whole endpoint',
		results: scenario(auth.accepted(), probe.answered(answer(404, undefined, {text: 'Response status code does not indicate success: 404 (Not Found).', contentType: 'text/plain', url: officialChat, traceId}))),
		verdict: 'unknown',
		fixes: ['fix_base_url'],
		titles: {fix_base_url: 'If your tool calls the address exactly as you enter it, enter the whole endpoint: https://api.deepseek.com/chat/completions'},
	},
	{
		name: 'DeepSeek\'s refusal as Roo Code prints it ("OpenAI completion error: 400 …", RooCodeInc/Roo-Code#12203): quoted without the client\'s words, which name OpenAI',
		results: scenario(auth.accepted(), probe.answered(answer(400, undefined, {text: '400\nOpenAI completion error: 400 The `reasoning_content` in the thinking mode must be passed back to the API.', contentType: 'text/plain', url: officialChat, traceId}))),
		verdict: 'unknown',
		fixes: ['change_request'],
		says: ['"The `reasoning_content` in the thinking mode must be passed back to the API"'],
		neverSays: ['OpenAI'],
	},
	{
		name: 'DeepSeek takes the key and answers the chat call 400 in no words any rule reads (Spring\'s WebClient prints the status line only, spring-ai#6118): the request, with what to change',
		results: scenario(auth.accepted(), probe.answered(answer(400, undefined, {text: 'org.springframework.web.reactive.function.client.WebClientResponseException$BadRequest: 400 Bad Request from POST https://api.deepseek.com/chat/completions', contentType: 'text/plain', url: officialChat, traceId}))),
		verdict: 'unknown',
		exactFixes: true,
		fixes: ['change_request', 'contact_support'],
		says: ['DeepSeek refuses the request itself (HTTP 400', 'not the key or the balance'],
		neverSays: ['No clear cause'],
	},
	{
		name: 'and a 422 whose words Markdown mangled ("Invalid maxtokens value", Clawith#571) the same',
		results: scenario(auth.accepted(), probe.answered(answer(422, undefined, {text: '[LLM Error] HTTP 422: {"error":{"message":"Invalid maxtokens value, the valid range of maxtokens is [1, 393216]","type":"invalidrequesterror"}}', contentType: 'text/plain', url: officialChat, traceId}))),
		verdict: 'unknown',
		fixes: ['change_request'],
		neverSays: ['No clear cause'],
	},
	{
		name: 'but where the model list did not answer, a bare 400 to the chat call says no more than that',
		results: scenario(auth.unexpected(failure('other', 'The answer could not be read.')), probe.answered(answer(400, undefined, {text: '400 Bad Request', contentType: 'text/plain', url: officialChat, traceId}))),
		verdict: 'unknown',
		notFixes: ['change_request'],
		says: ['No clear cause'],
	},
	{
		name: 'and a 404 that names the model is the model\'s',
		results: scenario(auth.accepted(), probe.answered(answer(404, deepseekError('The model `deepseek-gpt` does not exist or you do not have access to it.', 'invalid_request_error'), {url: officialChat, traceId}), 'deepseek-gpt')),
		verdict: 'model_not_found',
		says: ['"deepseek-gpt"'],
	},
	{
		name: 'the chat call\'s 404 outranks an outage on the status page while the API answers',
		results: scenario(serviceStatus.trouble('partial_outage'), auth.accepted(), probe.answered(answer(404, 'Not Found', {url: officialChat, traceId}))),
		verdict: 'unknown',
		says: ['answers 404 Not Found to the chat call'],
	},
	// ---- the request itself is refused (too long, max_tokens, content): not the key, not the money ----
	{
		name: 'DeepSeek refuses the request\'s content (400 "Content Exists Risk"): unknown, and it says neither key nor balance is at fault',
		results: scenario(auth.accepted(), balance.reading(readings.toppedUp), probe.answered(answer(400, deepseekError('Content Exists Risk', 'invalid_request_error'), {url: officialChat, traceId}))),
		verdict: 'unknown',
		// What the summary says to do first (change the request), support after. The first fix carries DeepSeek's
		// error codes page, what the wizard's Enter opens (not support's address, the next fix's).
		fixes: ['change_request', 'contact_support'],
		urls: {change_request: platformUrls.errorCodes},
		exactFixes: true,
		// DeepSeek's moderation: the words are what to change, not the request's length or parameters.
		says: ['DeepSeek\'s content moderation refused what the request says (HTTP 400 "Content Exists Risk"): not the key or the balance'],
		titles: {change_request: 'Reword or leave out what the moderation flagged (in the prompt, the system prompt, an attached file or earlier turns your app sends again), then try again'},
		neverSays: ['No clear cause', 'top up', 'not accepted', 'max_tokens'],
	},
	{
		name: 'a new-api gateway\'s own word list ("Sensitive words detected", 500, before any upstream is asked): its moderation, reworded, asked of whoever runs it',
		results: scenario(
			endpoint.notDeepSeek(gateway),
			auth.accepted(),
			probe.answered(answer(500, {error: {message: 'Sensitive words detected', type: 'new_api_error', param: '', code: 'sensitive_words_detected'}}, {url: gatewayUrl('/v1/chat/completions')})),
		),
		verdict: 'unknown',
		fixes: ['change_request', 'ask_operator'],
		urls: {change_request: null},
		exactFixes: true,
		says: [`${gateway}'s content moderation refused what the request says (HTTP 500 "Sensitive words detected")`],
		titles: {change_request: 'Reword or leave out what the moderation flagged (in the prompt, the system prompt, an attached file or earlier turns your app sends again), then try again'},
		neverSays: ['server error', 'wait'],
	},
	{
		name: 'a gateway passes on "maximum context length" (400): the request, not "your calls do not reach DeepSeek"',
		results: scenario(
			endpoint.notDeepSeek(gateway),
			auth.accepted(),
			probe.answered(answer(400, deepseekError('This model\'s maximum context length is 131072 tokens. However, you requested 131329 tokens.', 'invalid_request_error'), {url: gatewayUrl('/v1/chat/completions')})),
		),
		verdict: 'unknown',
		fixes: ['change_request', 'ask_operator'],
		// DeepSeek's error codes say nothing of what another service refuses.
		urls: {change_request: null},
		exactFixes: true,
		says: [`${gateway} refuses the request itself (HTTP 400`],
		neverSays: ['not DeepSeek\'s API', 'top it up'],
	},
	{
		name: 'DeepSeek\'s 402 to the key check is the balance talking, not a refused key',
		results: scenario(auth.refused(deepseekAnswers.insufficient()), balance.unexpected(deepseekAnswers.insufficient()), probe.answered(deepseekAnswers.insufficient())),
		verdict: 'insufficient_balance',
		fixes: ['top_up'],
		notFixes: ['create_key', 'check_key_in_tool'],
		neverSays: ['not accepted'],
	},
	{
		name: 'a refused key outranks the model answer',
		results: scenario(auth.refused(deepseekAnswers.unauthorized()), probe.answered(answer(400, deepseekError('Model Not Exist', 'invalid_request_error'), {url: officialChat, traceId}), 'deepseek-gpt')),
		verdict: 'invalid_key',
	},
	{
		name: 'a gateway that cannot be told apart from DeepSeek answering 503 "no channel for this model": the model, not a failure to retry',
		results: scenario(
			endpoint.cannotTell(gateway),
			auth.accepted(['deepseek-chat'], gatewayUrl('/v1/models')),
			probe.answered(answer(503, {error: {message: '当前分组 vip 下对于模型 deepseek-chat 无可用渠道', type: 'new_api_error'}}, {url: gatewayUrl('/v1/chat/completions')}), 'deepseek-chat'),
		),
		verdict: 'model_not_found',
		fixes: ['use_listed_model', 'ask_operator'],
		notFixes: ['retry_later', 'retry_with_backoff'],
		says: [`${gateway} lists the model "deepseek-chat" but refuses it to this key (HTTP 503)`],
	},
	{
		name: 'a New API gateway with no price set for the model (model_price_error, 500 in its 2025 builds): its operator prices it, not a failure to retry or a wrong address',
		results: scenario(
			endpoint.cannotTell(gateway),
			auth.accepted(['deepseek-v4-flash', 'deepseek-v4-pro'], gatewayUrl('/v1/models')),
			probe.answered(answer(500, {error: {message: '模型 deepseek-v4-pro 倍率或价格未配置，请设置或开始自用模式；Model deepseek-v4-pro ratio or price not set, please set or start self-use mode (request id: 20250408175742944465429Eo37aZWQ)', type: 'new_api_error', param: '', code: 'model_price_error'}}, {url: gatewayUrl('/v1/chat/completions')}), 'deepseek-v4-pro'),
		),
		verdict: 'model_not_found',
		exactFixes: true,
		fixes: ['ask_operator', 'use_listed_model'],
		says: [`${gateway} refuses the model "deepseek-v4-pro" because no price is set for it there (HTTP 500)`, 'It lists: deepseek-v4-flash.'],
		neverSays: ['Retry later', 'not DeepSeek\'s API', 'refuses it to this key'],
		titles: {ask_operator: 'to set a price for that model'},
	},
	{
		name: 'a gateway passing on DeepSeek\'s "The supported API model names are …, but you passed x": DeepSeek refuses the name the gateway sent on, which its operator maps',
		results: scenario(
			endpoint.cannotTell(gateway),
			auth.accepted(['deepseek-v4-flash-none', 'deepseek-v4-flash'], gatewayUrl('/v1/models')),
			probe.answered(answer(400, {error: {type: 'invalid_request_error', message: 'The supported API model names are deepseek-v4-pro or deepseek-v4-flash, but you passed deepseek-v4-flash-none. (request id: 2026043002434817)'}, type: 'error'}, {url: gatewayUrl('/v1/chat/completions')}), 'deepseek-v4-flash-none'),
		),
		verdict: 'model_not_found',
		exactFixes: true,
		fixes: ['use_listed_model', 'model_list', 'ask_operator'],
		says: [`${gateway} passes the model name "deepseek-v4-flash-none" on to DeepSeek, which does not serve a model by that name (HTTP 400)`],
		neverSays: ['refuses it to this key'],
		titles: {ask_operator: 'to map that model name to one DeepSeek serves'},
	},
	{
		name: 'a 403 that denies the model to this key is the model, not a refused key',
		results: scenario(
			endpoint.cannotTell(gateway),
			auth.accepted(['deepseek-v4-flash-0731'], gatewayUrl('/v1/models')),
			probe.answered(answer(403, {message: 'Access to model denied. Please make sure you are eligible for using the model.', type: 'AccessDenied.Unpurchased', code: 'AccessDenied.Unpurchased'}, {url: gatewayUrl('/v1/chat/completions')}), 'deepseek-v4-flash'),
		),
		verdict: 'model_not_found',
		fixes: ['use_listed_model', 'relay_model_names', 'ask_operator'],
		notFixes: ['check_key_in_tool', 'model_list'],
		says: [`${gateway} does not offer the model "deepseek-v4-flash" (HTTP 403)`, 'deepseek-v4-flash-0731'],
	},
	{
		name: 'OpenRouter: "deepseek-chat is not a valid model ID": its own names, the DeepSeek ones first',
		results: scenario(
			network.reached(openRouterHost),
			endpoint.relay(providers.openrouter, openRouterHost),
			auth.accepted(['openai/gpt-4o', 'deepseek/deepseek-r1', 'deepseek/deepseek-chat', 'anthropic/claude-3.5-sonnet'], 'https://openrouter.ai/api/v1/models'),
			balance.relay(providers.openrouter, {balance: providerBalance(providers.openrouter, null, false, {unlimited: true}), outcome: 'read', message: 'This OpenRouter key has no spending cap.'}),
			probe.answered(answer(400, {error: {message: 'deepseek-chat is not a valid model ID', code: 400}, user_id: 'user_2x7DNyswjOHVRWDYVMCIROyGjsS'}, {url: openRouterChat}), 'deepseek-chat'),
		),
		verdict: 'model_not_found',
		exactFixes: true,
		fixes: ['use_listed_model', 'relay_model_names'],
		says: ['OpenRouter does not offer the model "deepseek-chat" (HTTP 400)', 'It lists: deepseek/deepseek-chat, deepseek/deepseek-r1, openai/gpt-4o'],
		neverSays: ['not DeepSeek\'s API'],
	},
	{
		name: 'NVIDIA NIM\'s 404 "Function …: Not found for account …": a listed model this account cannot call',
		results: scenario(
			endpoint.relay(providerInfo('nvidia', 'host'), nvidiaHost),
			auth.accepted(['deepseek-ai/deepseek-v4-pro', 'moonshotai/kimi-k2.6'], `https://${nvidiaHost}/v1/models`),
			probe.answered(
				answer(404, {status: 404, title: 'Not Found', detail: "Function '23d4f03a-b8a6-4adb-a183-7daa083a09cc': Not found for account 'Ab1EzDFj7NoQ-ABzl5JqcPLREQPLS8B7Pez92BZeEWQ1'"}, {url: `https://${nvidiaHost}/v1/chat/completions`}),
				'moonshotai/kimi-k2.6',
			),
		),
		verdict: 'model_not_found',
		exactFixes: true,
		fixes: ['use_listed_model', 'relay_model_names'],
		says: ['NVIDIA NIM lists the model "moonshotai/kimi-k2.6" but refuses it to this key (HTTP 404)', 'deepseek-ai/deepseek-v4-pro'],
		neverSays: ["not DeepSeek's API"],
	},
	{
		name: 'NVIDIA NIM\'s bare "404 page not found" to the chat call while its model list answers: a model id it does not serve (a retired one, nestcn/docs.nestjs.cn#564)',
		results: scenario(
			endpoint.relay(providerInfo('nvidia', 'host'), nvidiaHost),
			auth.accepted(['deepseek-ai/deepseek-v4-flash-0731', 'moonshotai/kimi-k2.6'], `https://${nvidiaHost}/v1/models`),
			probe.answered(answer(404, undefined, {text: '404 page not found', contentType: 'text/plain; charset=utf-8', url: `https://${nvidiaHost}/v1/chat/completions`}), 'deepseek-ai/deepseek-v3_1'),
		),
		verdict: 'model_not_found',
		exactFixes: true,
		fixes: ['use_listed_model', 'relay_model_names'],
		says: ['NVIDIA NIM does not offer the model "deepseek-ai/deepseek-v3_1" (HTTP 404)', 'deepseek-ai/deepseek-v4-flash-0731'],
		neverSays: ["not DeepSeek's API", 'path in your base URL'],
	},
	{
		name: 'but the same page to the model list too is the path at NVIDIA NIM, not the model',
		results: scenario(
			endpoint.relay(providerInfo('nvidia', 'host'), nvidiaHost),
			auth.unexpected(answer(404, undefined, {text: '404 page not found', contentType: 'text/plain; charset=utf-8', url: `https://${nvidiaHost}/models`})),
			probe.answered(answer(404, undefined, {text: '404 page not found', contentType: 'text/plain; charset=utf-8', url: `https://${nvidiaHost}/chat/completions`}), 'deepseek-ai/deepseek-v4-flash-0731'),
		),
		verdict: 'wrong_endpoint',
		says: [`${nvidiaHost} answers 404 Not Found to the model list and to the chat call alike: the path in your base URL is probably wrong`],
		fixes: ['fix_base_url', 'relay_console', 'use_deepseek_base_url'],
		exactFixes: true,
		titles: {fix_base_url: 'Correct the path in the base URL to the address NVIDIA'},
	},
	{
		name: 'a relay whose own balance is used up: money outranks its model answer',
		results: scenario(
			endpoint.relay(providers.openrouter, openRouterHost),
			balance.relay(providers.openrouter, {balance: providerBalance(providers.openrouter, '0', true, {granted: '10'}), outcome: 'read', message: 'This OpenRouter key has used up its 10 USD limit.'}),
			probe.answered(answer(400, {error: {message: 'deepseek-chat is not a valid model ID', code: 400}}, {url: openRouterChat}), 'deepseek-chat'),
		),
		verdict: 'relay_insufficient_balance',
	},
	{
		name: 'SiliconFlow\'s 20012 for a name with the wrong capitals: its exact ids, the DeepSeek ones first',
		results: scenario(
			endpoint.relay(providers.siliconflow, siliconFlowHost),
			auth.accepted(['Qwen/Qwen2.5-7B-Instruct', 'deepseek-ai/DeepSeek-V3', 'deepseek-ai/DeepSeek-R1'], `https://${siliconFlowHost}/v1/models`),
			probe.answered(answer(400, {code: 20012, message: 'Model does not exist. Please check it carefully.', data: null}, {url: siliconFlowUrl}), 'deepseek-ai/deepseek-r1'),
		),
		verdict: 'model_not_found',
		says: ['SiliconFlow does not offer the model "deepseek-ai/deepseek-r1"', 'It lists: deepseek-ai/DeepSeek-V3, deepseek-ai/DeepSeek-R1, Qwen/Qwen2.5-7B-Instruct'],
	},

	// ---- the status page ----
	{
		name: 'status page full outage and API 503',
		results: scenario(serviceStatus.trouble('full_outage'), auth.unexpected(deepseekAnswers.overloaded())),
		verdict: 'service_outage',
		fixes: ['status_page', 'retry_with_backoff'],
		urls: {status_page: platformUrls.statusPage},
		says: ['status page', 'full outage'],
	},
	{
		name: 'status page outage and the API timing out',
		results: scenario(serviceStatus.trouble('partial_outage'), auth.unexpected(failure('timeout', 'No answer from api.deepseek.com within 10000 ms.'))),
		verdict: 'service_outage',
	},
	{
		name: 'OpenRouter answering 502 during DeepSeek\'s outage: it may pass the outage on, and it is named',
		results: scenario(
			serviceStatus.trouble('full_outage'),
			network.reached(openRouterHost),
			endpoint.relay(providers.openrouter, openRouterHost),
			probe.answered(answer(502, {error: {message: 'Provider returned error', code: 502, metadata: {raw: 'upstream connect error', provider_name: 'DeepSeek'}}}, {url: openRouterChat}), 'deepseek/deepseek-chat'),
		),
		verdict: 'service_outage',
		fixes: ['status_page', 'retry_later', 'relay_console'],
		exactFixes: true,
		urls: {relay_console: openRouterConsole},
		says: ['Your calls go to OpenRouter, not DeepSeek, and it answers HTTP 502', 'full outage', 'sends your calls on to DeepSeek'],
	},
	{
		name: 'an unrecognised gateway answering 503 during DeepSeek\'s outage: whoever runs it is asked if it lasts',
		results: scenario(
			serviceStatus.trouble('partial_outage'),
			endpoint.notDeepSeek(gateway),
			auth.unexpected(answer(503, {type: 'server_error', message: 'Service temporarily unavailable', statusCode: 503}, {url: gatewayUrl('/v1/models')})),
		),
		verdict: 'service_outage',
		fixes: ['status_page', 'retry_later', 'ask_operator'],
		exactFixes: true,
		says: [gateway, 'HTTP 503', 'partial outage'],
	},
	{
		name: 'Cloudflare\'s challenge (503) in front of a gateway during DeepSeek\'s outage: the block, not the outage',
		results: scenario(serviceStatus.trouble('full_outage'), endpoint.notDeepSeek(gateway), auth.unexpected(gatewayPage(503, cloudflareChallenge, '/v1/models'))),
		verdict: 'unknown',
		fixes: ['ask_operator'],
		says: ['Cloudflare'],
	},
	{
		name: 'a cloud that serves the models itself answering 503 during DeepSeek\'s outage: its own failure, not DeepSeek\'s outage',
		results: scenario(
			serviceStatus.trouble('full_outage'),
			endpoint.relay(providers.siliconflow, 'api.siliconflow.cn'),
			probe.answered(answer(503, {code: 50505, message: 'Model service overloaded. Please try again later.', data: null}, {url: 'https://api.siliconflow.cn/v1/chat/completions'}), 'deepseek-ai/DeepSeek-V3'),
		),
		verdict: 'server_error',
		notFixes: ['status_page'],
		says: ['SiliconFlow', 'HTTP 503'],
		neverSays: ['status page', 'outage'],
	},
	{
		name: 'answers from DeepSeek that stop halfway: reached, not "could not be reached"; the status page first',
		results: scenario(
			auth.unexpected({...failure('timeout', 'api.deepseek.com started answering (HTTP 200) but stopped sending before the answer was complete (gave up after 10.0 s): try again later.'), partialStatus: 200}),
			balance.unexpected({...failure('timeout', 'api.deepseek.com started answering (HTTP 200) but stopped sending before the answer was complete (gave up after 10.0 s): try again later.', `${officialBase}/user/balance`), partialStatus: 200}),
		),
		verdict: 'network_error',
		fixes: ['status_page', 'check_network'],
		exactFixes: true,
		says: ['The API was reached, but its answers came back incomplete. api.deepseek.com started answering (HTTP 200)'],
		neverSays: ['could not be reached'],
	},
	{
		name: 'a gateway\'s answer closed mid-body: reached; the network first, then whoever runs it: DeepSeek\'s status page says nothing about that server',
		results: scenario(
			endpoint.cannotTell(gateway),
			auth.unexpected({...failure('connection_reset', `${gateway} closed the connection in the middle of its answer (HTTP 200): the answer is incomplete; try again.`, gatewayUrl('/v1/models')), partialStatus: 200}),
		),
		verdict: 'network_error',
		fixes: ['check_network', 'ask_operator'],
		exactFixes: true,
		says: ['The API was reached, but its answers came back incomplete'],
	},
	{
		name: 'answers that stall at a proxy on this computer: the network alone (the user runs it; DeepSeek\'s status page says nothing about it)',
		results: scenario(
			endpoint.cannotTell('127.0.0.1:4000'),
			auth.unexpected({...failure('timeout', '127.0.0.1:4000 started answering (HTTP 200) but stopped sending before the answer was complete (gave up after 10.0 s): try again later.', 'http://127.0.0.1:4000/models'), partialStatus: 200}),
		),
		verdict: 'network_error',
		fixes: ['check_network'],
		exactFixes: true,
		says: ['The API was reached, but its answers came back incomplete'],
	},
	{
		name: 'a timeout before any answer, where the host took the connection: reached and slow, not "could not be reached"',
		results: scenario(auth.unexpected(failure('timeout', 'api.deepseek.com did not answer within 10.0 s: the service may be slow or unreachable from here; try again, or allow more time with --timeout.'))),
		verdict: 'network_error',
		fixes: ['retry_later', 'status_page'],
		exactFixes: true,
		says: ['The API was reached but answers slowly: api.deepseek.com took the connection in'],
		neverSays: ['could not be reached'],
	},
	{
		name: 'a gateway that cannot be reached during DeepSeek\'s outage: the network, not the outage',
		results: scenario(
			serviceStatus.trouble('full_outage'),
			endpoint.notDeepSeek(gateway),
			auth.unexpected(failure('connection_refused', `${gateway} refused the connection.`, gatewayUrl('/v1/models'))),
		),
		verdict: 'network_error',
		fixes: ['check_network'],
		says: [gateway],
	},
	{
		name: 'a proxy asking for a login during DeepSeek\'s outage: the proxy, not the outage',
		results: scenario(
			serviceStatus.trouble('full_outage'),
			network.refusedAtProxy(),
			auth.unexpected({...failure('proxy', 'The proxy http://proxy.corp.example:3128 (from HTTPS_PROXY) asks for a login (HTTP 407).'), code: '407'}),
		),
		verdict: 'network_error',
		fixes: ['check_proxy', 'status_page'],
		exactFixes: true,
	},
	{
		name: 'a proxy whose tunnel to DeepSeek fails with 502 during DeepSeek\'s outage: the outage',
		results: scenario(
			serviceStatus.trouble('full_outage'),
			auth.unexpected({...failure('proxy', 'The proxy http://proxy.corp.example:3128 (from HTTPS_PROXY) refused the tunnel to api.deepseek.com (HTTP 502).'), code: '502'}),
		),
		verdict: 'service_outage',
		fixes: ['status_page', 'retry_with_backoff'],
		exactFixes: true,
	},
	{
		name: 'status page outage with the API fine',
		results: scenario(serviceStatus.trouble('partial_outage')),
		verdict: 'service_outage',
		fixes: ['status_page'],
		says: ['look fine'],
	},
	{
		name: 'status page unreadable with the API fine',
		results: scenario(serviceStatus.unknown()),
		verdict: 'ok',
		exactFixes: true,
		fixes: [],
	},
	{
		name: 'status page degraded with the API fine: nothing blocks the calls, and the incident is named as a warning',
		results: scenario(serviceStatus.trouble('degraded', 'Elevated API error rates')),
		verdict: 'ok',
		fixes: ['status_page'],
		exactFixes: true,
		says: ['Nothing blocks your calls, but 1 warning — DeepSeek status: degraded', 'Elevated API error rates'],
		neverSays: ['No problem found'],
	},
	{
		name: 'zero balance beats a status page outage whose API answers',
		results: scenario(serviceStatus.trouble('full_outage'), balance.reading(readings.zero)),
		verdict: 'insufficient_balance',
	},
	{
		name: 'a status page outage beats a 404 no rule names, and vouches for nothing it could not check',
		results: scenario(serviceStatus.trouble('partial_outage'), auth.unexpected(deepseekAnswers.notFound())),
		verdict: 'service_outage',
		fixes: ['status_page', 'retry_with_backoff'],
		exactFixes: true,
		says: ['partial outage', 'Not everything could be checked', 'HTTP 404'],
		neverSays: ['look fine'],
	},
	{
		name: 'a status page outage when the key and balance were not checked at all',
		results: [serviceStatus.trouble('partial_outage')],
		verdict: 'service_outage',
		says: ['partial outage', 'most likely due to it'],
		neverSays: ['look fine'],
	},
	{
		name: 'during an outage, a 401 next to a web page from api.deepseek.com: something rewrites the answers',
		results: scenario(
			serviceStatus.trouble('full_outage'),
			auth.refused(answer(401, deepseekError('Authentication Fails (no such user)', 'authentication_error'))),
			balance.unexpected(portal('/user/balance')),
		),
		verdict: 'network_error',
		fixes: ['check_proxy', 'status_page'],
		says: ['rewrites the answers'],
	},

	// ---- the network ----
	{
		name: 'network check fails on DNS',
		results: scenario(network.dnsFailed(), endpoint.official(), auth.unexpected(failure('dns', 'Cannot resolve api.deepseek.com.')), balance.unexpected(failure('dns', 'Cannot resolve api.deepseek.com.', `${officialBase}/user/balance`))),
		verdict: 'network_error',
		fixes: ['check_dns', 'status_page'],
		urls: {check_dns: null},
		says: ['could not be reached. Cannot resolve'],
	},
	{
		name: 'auth times out where the network check could not connect: "could not be reached"',
		results: scenario(network.refused(), auth.unexpected(failure('timeout', 'No answer from api.deepseek.com within 10000 ms.'))),
		verdict: 'network_error',
		fixes: ['check_network'],
		says: ['could not be reached'],
	},
	{
		name: 'connection reset on auth, where the network check connected to the host: the connection was made and cut off, never "could not be reached" under that ✔ row',
		results: scenario(auth.unexpected(failure('connection_reset', 'The connection to api.deepseek.com was reset.'))),
		verdict: 'network_error',
		says: [/^The API was reached, but the connection was cut before any answer: the connection to api\.deepseek\.com was reset\.$/],
		neverSays: ['could not be reached'],
	},
	{
		name: 'connection reset on auth, where the network check could not connect: "could not be reached"',
		results: scenario(network.refused(), auth.unexpected(failure('connection_reset', 'The connection to api.deepseek.com was reset.'))),
		verdict: 'network_error',
		says: [/^The API could not be reached: /],
	},
	{
		name: 'the proxy refuses',
		results: scenario(auth.unexpected(failure('proxy', 'The proxy refused the connection.'))),
		verdict: 'network_error',
		fixes: ['check_proxy'],
	},
	{
		name: 'the proxy refuses: its own sentence is the summary (it names the proxy and says what to do), its fix before the status page',
		results: scenario(network.refusedAtProxy(), auth.unexpected(failure('proxy', 'The proxy http://proxy.corp.example:3128 (from HTTPS_PROXY) asks for a login (HTTP 407).'))),
		verdict: 'network_error',
		fixes: ['check_proxy', 'status_page'],
		says: [/^The proxy http:\/\/proxy\.corp\.example:3128 \(from HTTPS_PROXY\) asks for a login \(HTTP 407\)\.$/],
	},
	{
		name: 'the network check failed at the proxy and no API check says why: still the proxy, in the network check\'s words',
		results: scenario(network.refusedAtProxy(), auth.unexpected(failure('other', 'The request failed.')), balance.unexpected(failure('other', 'The request failed.', `${officialBase}/user/balance`))),
		verdict: 'network_error',
		fixes: ['check_proxy', 'status_page'],
		says: [/^The proxy http:\/\/proxy\.corp\.example:3128 \(from HTTPS_PROXY\) refused the connection: start the proxy/],
		neverSays: ['could not be reached'],
		titles: {check_proxy: 'Check the host and port of the proxy in HTTPS_PROXY (http://proxy.corp.example:3128) with whoever runs it, or unset HTTPS_PROXY to connect directly'},
	},
	{
		name: 'nothing listens at a proxy on this computer (a proxy or VPN app that is not running): starting it comes first, not "check it or NO_PROXY"',
		results: scenario(network.refusedAtProxy('http://127.0.0.1:7890'), auth.unexpected({...failure('proxy', 'The proxy http://127.0.0.1:7890 (from HTTPS_PROXY) refused the connection.'), code: 'ECONNREFUSED'})),
		verdict: 'network_error',
		fixes: ['check_proxy', 'status_page'],
		exactFixes: true,
		titles: {check_proxy: 'Start the proxy app at http://127.0.0.1:7890 (it is not running, or listens on another port), or unset HTTPS_PROXY to connect directly'},
	},
	{
		name: 'the proxy refused the tunnel with an answer (an API check\'s 403), while the network check\'s connect was refused: the general proxy fix, not "start it"',
		results: scenario(network.refusedAtProxy('http://127.0.0.1:7890'), auth.unexpected({...failure('proxy', 'The proxy refused the tunnel (HTTP 403).'), code: '403'})),
		verdict: 'network_error',
		fixes: ['check_proxy', 'status_page'],
		titles: {check_proxy: 'Check the proxy in HTTPS_PROXY / HTTP_PROXY, or leave this host out of it with NO_PROXY'},
	},
	{
		name: 'the network check failed at the proxy but the API checks got answers: not the proxy',
		results: scenario(network.refusedAtProxy()),
		verdict: 'ok',
		neverSays: ['proxy'],
	},
	{
		name: 'TLS intercepted',
		results: scenario(auth.unexpected(failure('tls', 'The certificate of api.deepseek.com is not trusted.'))),
		verdict: 'network_error',
		fixes: ['check_tls'],
		titles: {check_tls: 'allow api.deepseek.com or set NODE_EXTRA_CA_CERTS'},
	},
	{
		name: 'TLS intercepted on the way to another service: the host to allow is that one, not DeepSeek\'s',
		results: scenario(
			endpoint.notDeepSeek(gateway),
			auth.unexpected(failure('tls', `The certificate of ${gateway} is not trusted.`, gatewayUrl('/v1/models'))),
		),
		verdict: 'network_error',
		fixes: ['check_tls'],
		titles: {check_tls: `allow ${gateway} or set NODE_EXTRA_CA_CERTS`},
	},
	{
		name: 'a plain http:// base URL to another computer: the key was never sent, so the fix is https, not support',
		results: scenario(
			auth.unexpected(failure('insecure_url', 'Refusing to send your API key to gateway.example.org over plain http: use an https:// base URL.', 'http://gateway.example.org/models')),
			balance.unexpected(failure('insecure_url', 'Refusing to send your API key to gateway.example.org over plain http: use an https:// base URL.', 'http://gateway.example.org/user/balance')),
		),
		verdict: 'unknown',
		fixes: ['use_https'],
		notFixes: ['contact_support', 'status_page'],
		says: ['Nothing was checked with your key', 'gateway.example.org over plain http'],
		neverSays: ['No clear cause'],
	},
	{
		name: 'the same at a relay known by its host: still wrong_endpoint, but the summary says the key was never sent and https comes first, not its console',
		results: scenario(
			endpoint.relay(providers.siliconflow, siliconFlowHost),
			auth.unexpected(failure('insecure_url', `Refusing to send your API key to ${siliconFlowHost} over plain http: use an https:// base URL.`, `http://${siliconFlowHost}/v1/models`)),
			balance.unexpected(failure('insecure_url', `Refusing to send your API key to ${siliconFlowHost} over plain http: use an https:// base URL.`, `http://${siliconFlowHost}/v1/user/info`)),
		),
		verdict: 'wrong_endpoint',
		fixes: ['use_https', 'relay_console', 'use_deepseek_base_url'],
		exactFixes: true,
		says: ['Nothing was checked with your key', `${siliconFlowHost} over plain http`],
		neverSays: ['errors and balance there are'],
	},
	{
		name: 'connection refused while the status page is unreadable',
		results: scenario(network.refused(), serviceStatus.unknown(), auth.unexpected(failure('connection_refused', 'api.deepseek.com refused the connection.'))),
		verdict: 'network_error',
	},
	{
		name: 'a network failure beats the relay rule',
		results: scenario(network.dnsFailed(openRouterHost), endpoint.relay(providers.openrouter, openRouterHost), auth.unexpected(failure('dns', 'Cannot resolve openrouter.ai.', 'https://openrouter.ai/api/v1/models'))),
		verdict: 'network_error',
	},
	{
		name: 'the network check fails but every API check got its answer',
		results: scenario(network.refused()),
		verdict: 'ok',
		neverSays: ['could not be reached'],
	},
	{
		name: 'the network check fails but auth got a 401: the key, not the network',
		results: scenario(network.refused(), auth.refused(deepseekAnswers.unauthorized()), balance.unexpected(deepseekAnswers.unauthorized(testKey, `${officialBase}/user/balance`))),
		verdict: 'invalid_key',
	},
	{
		name: 'inside WSL 2, the proxy on 127.0.0.1 refuses: mirrored networking, then Windows\' address with Allow LAN, then a proxy inside WSL; not "start the proxy"',
		results: scenario(network.wslRefusedAtProxy(), auth.unexpected(failure('proxy', 'The proxy http://127.0.0.1:7890 (from HTTPS_PROXY) refused the connection.')), balance.unexpected(failure('proxy', 'The proxy http://127.0.0.1:7890 (from HTTPS_PROXY) refused the connection.', `${officialBase}/user/balance`))),
		verdict: 'network_error',
		fixes: ['wsl_networking', 'check_proxy', 'check_network'],
		exactFixes: true,
		titles: {
			wsl_networking: "Turn on WSL's mirrored networking, where 127.0.0.1 is Windows' (Windows 11 22H2 or newer): add networkingMode=mirrored under [wsl2] in %UserProfile%\\.wslconfig, then run wsl --shutdown",
			check_proxy: 'Or set HTTPS_PROXY=http://172.29.96.1:7890, Windows\' address as WSL sees it, and turn on "Allow LAN" in the proxy app',
			check_network: 'Or run the proxy inside WSL',
		},
		says: ['The proxy http://127.0.0.1:7890 (from HTTPS_PROXY) refused the connection, and this is WSL 2: in its default (NAT) networking, 127.0.0.1 is the Linux VM itself, not Windows'],
		neverSays: ['start the proxy'],
	},
	{
		name: 'inside WSL 2 with no default route read: the proxy fix says where to find Windows\' address',
		results: scenario(network.wslRefusedAtProxy(null), auth.unexpected(failure('proxy', 'The proxy http://127.0.0.1:7890 (from HTTPS_PROXY) refused the connection.')), balance.unexpected(failure('proxy', 'The proxy http://127.0.0.1:7890 (from HTTPS_PROXY) refused the connection.', `${officialBase}/user/balance`))),
		verdict: 'network_error',
		fixes: ['wsl_networking', 'check_proxy', 'check_network'],
		exactFixes: true,
		titles: {check_proxy: 'Or set HTTPS_PROXY to Windows\' address as WSL sees it (after "via" in ip route show default), with the same port, and turn on "Allow LAN" in the proxy app'},
	},
	{
		name: 'inside WSL 2 in bridged networking (wslinfo): the sentence names that mode, and the proxy fix sends the user to ipconfig, not to the gateway (the LAN\'s router)',
		results: scenario(network.wslRefusedAtProxy(null, 'bridged'), auth.unexpected(failure('proxy', 'The proxy http://127.0.0.1:7890 (from HTTPS_PROXY) refused the connection.')), balance.unexpected(failure('proxy', 'The proxy http://127.0.0.1:7890 (from HTTPS_PROXY) refused the connection.', `${officialBase}/user/balance`))),
		verdict: 'network_error',
		fixes: ['wsl_networking', 'check_proxy', 'check_network'],
		exactFixes: true,
		titles: {check_proxy: 'Or set HTTPS_PROXY to Windows\' address as WSL sees it (the IPv4 address ipconfig shows in Windows), with the same port, and turn on "Allow LAN" in the proxy app'},
		says: ['refused the connection, and this is WSL 2: in its bridged networking, 127.0.0.1 is the Linux VM itself, not Windows'],
		neverSays: ['ip route show default', 'default (NAT)'],
	},
	{
		name: 'inside WSL 2, a base URL on localhost refuses: mirrored networking, then Windows\' address in the base URL, then the relay inside WSL',
		results: scenario(network.wslRefused(), auth.unexpected(failure('connection_refused', 'localhost:3000 refused the connection.', 'http://localhost:3000/models')), balance.unexpected(failure('connection_refused', 'localhost:3000 refused the connection.', 'http://localhost:3000/user/balance'))),
		verdict: 'network_error',
		fixes: ['wsl_networking', 'fix_base_url', 'check_network'],
		exactFixes: true,
		titles: {
			fix_base_url: 'Or put 172.29.96.1, Windows\' address as WSL sees it, in place of localhost in the base URL, with the relay listening on all addresses (0.0.0.0) and its port open in Windows\' firewall',
			check_network: 'Or run the relay or gateway inside WSL',
		},
		says: ['The API could not be reached. localhost:3000 refused the connection, and this is WSL 2: in its default (NAT) networking, localhost is the Linux VM itself, not Windows, so a relay or gateway running on Windows (one-api, new-api, LiteLLM…) is not reached there.'],
	},
	{
		name: 'a proxy app\'s fake-ip address refuses the connection before any TCP connection: nothing carries it, so the app with its TUN mode on (or its HTTP port), then the DNS cache it may have left, not the status page',
		results: scenario(network.fakeIpFailed('connection_refused', undefined, true), auth.unexpected(failure('connection_refused', 'api.deepseek.com refused the connection.')), balance.unexpected(failure('connection_refused', 'api.deepseek.com refused the connection.', `${officialBase}/user/balance`))),
		verdict: 'network_error',
		fixes: ['check_network', 'check_dns'],
		exactFixes: true,
		titles: {check_network: 'Start your proxy app (Clash, Surge, sing-box…) with TUN mode on, or set HTTPS_PROXY to its HTTP port (for example http://127.0.0.1:7890)', check_dns: 'If you quit the proxy app, flush the DNS cache: '},
		says: ['resolved to 198.18.0.2, a fake-ip address of a proxy app', 'nothing carries calls to that address now (the app has quit or its TUN mode is off), yet the DNS cache still holds it'],
	},
	{
		name: 'a proxy app\'s fake-ip address took the TCP connection and then failed before TLS: that app or its node, then the DNS cache, not the status page',
		results: scenario(network.fakeIpFailed('connection_refused'), auth.unexpected(failure('connection_refused', 'api.deepseek.com refused the connection.')), balance.unexpected(failure('connection_refused', 'api.deepseek.com refused the connection.', `${officialBase}/user/balance`))),
		verdict: 'network_error',
		fixes: ['check_network', 'check_dns'],
		exactFixes: true,
		titles: {check_network: 'Open your proxy app (Clash, Surge, sing-box…): check that it is running, pick another node, or set api.deepseek.com to DIRECT in its rules', check_dns: 'If you quit the proxy app, flush the DNS cache: '},
		says: ['resolved to 198.18.0.2, a fake-ip address of a proxy app'],
	},
	{
		name: 'a failed TLS handshake at a fake-ip address keeps the TLS fix: the certificate is not the app\'s route',
		results: scenario(network.fakeIpFailed('tls'), auth.unexpected(failure('tls', 'TLS to api.deepseek.com failed (EPROTO).')), balance.unexpected(failure('tls', 'TLS to api.deepseek.com failed (EPROTO).', `${officialBase}/user/balance`))),
		verdict: 'network_error',
		fixes: ['check_tls', 'status_page'],
		exactFixes: true,
		neverSays: ['proxy app'],
	},
	{
		name: 'reached through a proxy app\'s fake-ip address, then every call timed out: the node it picked first, then the status page',
		results: scenario(network.reachedThroughFakeIp(), auth.unexpected(failure('timeout', 'No answer within 10 s.')), balance.unexpected(failure('timeout', 'No answer within 10 s.', `${officialBase}/user/balance`))),
		verdict: 'network_error',
		fixes: ['check_network', 'status_page'],
		exactFixes: true,
		titles: {check_network: 'Open your proxy app (Clash, Surge, sing-box…): check that it is running, pick another node, or set api.deepseek.com to DIRECT in its rules'},
		says: ['The calls go through a proxy app\'s fake-ip address (198.18.0.2) in its TUN mode, which connected: the node it picked is the likely cause.'],
	},
	{
		name: 'reached through a proxy app\'s fake-ip address, then a certificate not trusted: the TLS fix, the app not named',
		results: scenario(network.reachedThroughFakeIp(), auth.unexpected(failure('tls', 'TLS to api.deepseek.com failed (EPROTO).')), balance.unexpected(failure('tls', 'TLS to api.deepseek.com failed (EPROTO).', `${officialBase}/user/balance`))),
		verdict: 'network_error',
		fixes: ['check_tls', 'status_page'],
		exactFixes: true,
		neverSays: ['proxy app'],
	},
	{
		name: 'reached through a proxy app\'s fake-ip address: a good run stays good',
		results: scenario(network.reachedThroughFakeIp()),
		verdict: 'ok',
		neverSays: ['Open your proxy app', 'flush'],
	},
	{
		name: 'the network check fails and the API checks got no answer for another reason',
		results: scenario(network.dnsFailed(), auth.unexpected(failure('other', 'The request failed.')), balance.unexpected(failure('other', 'The request failed.', `${officialBase}/user/balance`))),
		verdict: 'network_error',
		fixes: ['check_dns'],
	},

	// ---- answers that are not an API's ----
	{
		name: 'HTML instead of JSON at a base URL that is not DeepSeek\'s',
		results: scenario(
			network.reached(gateway),
			endpoint.cannotTell(gateway),
			auth.unexpected(portal('/models', `https://${gateway}`)),
			balance.unexpected(portal('/user/balance', `https://${gateway}`)),
		),
		verdict: 'wrong_endpoint',
		fixes: ['use_deepseek_base_url'],
		says: [gateway, 'web page'],
	},
	{
		name: 'a redirect to a login page in front of the service (Cloudflare Access): the login, not "not an API"',
		results: scenario(
			endpoint.cannotTell(gateway),
			auth.unexpected(redirect(302, accessLogin, gatewayUrl('/models'))),
			balance.unexpected(redirect(302, accessLogin, gatewayUrl('/user/balance'))),
		),
		verdict: 'wrong_endpoint',
		fixes: ['ask_operator', 'use_deepseek_base_url'],
		exactFixes: true,
		titles: {ask_operator: `Ask whoever runs ${gateway} for an address without the login page`},
		says: [`The base URL redirects every call (HTTP 302) to a login page at ${new URL(accessLogin).host}`],
	},
	{
		name: 'a redirect to the same call at another path of the same host: set the base URL there',
		results: scenario(
			endpoint.cannotTell(gateway),
			auth.unexpected(redirect(308, gatewayUrl('/api/v1/models'), gatewayUrl('/models'))),
			balance.unexpected(redirect(308, gatewayUrl('/api/v1/user/balance'), gatewayUrl('/user/balance'))),
		),
		verdict: 'wrong_endpoint',
		fixes: ['fix_base_url', 'use_deepseek_base_url'],
		exactFixes: true,
		titles: {fix_base_url: `Set the base URL to https://${gateway}/api/v1`},
		says: [`The base URL redirects (HTTP 308) to https://${gateway}/api/v1/models instead of answering`],
	},
	{
		name: 'a base URL on this computer where nothing listens (a local relay not running): checking the service is the only fix, not DeepSeek\'s status page',
		results: scenario(
			network.refused('127.0.0.1'),
			endpoint.unreachable('127.0.0.1:3000'),
			auth.unexpected(failure('connection_refused', '127.0.0.1:3000 refused the connection.', 'http://127.0.0.1:3000/models')),
			balance.unexpected(failure('connection_refused', '127.0.0.1:3000 refused the connection.', 'http://127.0.0.1:3000/user/balance')),
		),
		verdict: 'network_error',
		fixes: ['check_network'],
		exactFixes: true,
	},
	{
		name: 'a redirect to the same call at another domain: the service seems to have moved; ask whoever runs it (the key would go there), never "set it"',
		results: scenario(
			endpoint.cannotTell(gateway),
			auth.unexpected(redirect(301, 'https://api.new-relay.example/v1/models', gatewayUrl('/models'))),
			balance.unexpected(redirect(301, 'https://api.new-relay.example/v1/user/balance', gatewayUrl('/user/balance'))),
		),
		verdict: 'wrong_endpoint',
		fixes: ['ask_operator', 'use_deepseek_base_url'],
		exactFixes: true,
		titles: {ask_operator: `Ask whoever runs ${gateway} whether the service moved to https://api.new-relay.example/v1; if it did, set that as the base URL (your key goes to it with every call)`},
		says: ['to the same API call at api.new-relay.example: the service seems to have moved there'],
		neverSays: ['not an API\'s address'],
	},
	{
		name: 'a redirect to the same call at api.deepseek.com: the base URL only forwards to DeepSeek\'s own API, whose address is the fix',
		results: scenario(
			endpoint.cannotTell(gateway),
			auth.unexpected(redirect(307, 'https://api.deepseek.com/models', gatewayUrl('/models'))),
			balance.unexpected(redirect(307, 'https://api.deepseek.com/user/balance', gatewayUrl('/user/balance'))),
		),
		verdict: 'wrong_endpoint',
		fixes: ['use_deepseek_base_url'],
		exactFixes: true,
		says: ['to DeepSeek\'s own API: use its address, https://api.deepseek.com, as the base URL.'],
		neverSays: ['not an API\'s address'],
	},
	{
		name: 'a redirect from api.deepseek.com (which never sends one): something in between, not a wrong base URL',
		results: scenario(auth.unexpected(redirect(302, 'http://wifi.example.net/portal', `${officialBase}/models`))),
		verdict: 'network_error',
		says: ['rewrites the answers'],
	},
	{
		name: 'a redirect to a login page at a service already found not to be DeepSeek: the login, not only "not DeepSeek"',
		results: scenario(endpoint.notDeepSeek(gateway), auth.unexpected(redirect(302, accessLogin, gatewayUrl('/models'))), balance.notDeepSeek()),
		verdict: 'wrong_endpoint',
		fixes: ['ask_operator', 'use_deepseek_base_url'],
		says: ['The base URL redirects every call (HTTP 302) to a login page'],
	},
	{
		name: 'Cloudflare\'s own refusal of one call next to a redirect to its login page on another: the refusal, which stopped the call first',
		results: scenario(
			endpoint.cannotTell(gateway),
			auth.unexpected(gatewayPage(403, cloudflareDenied, '/models')),
			balance.unexpected(redirect(302, accessLogin, gatewayUrl('/user/balance'))),
		),
		verdict: 'unknown',
		fixes: ['ask_operator', 'use_deepseek_base_url'],
		neverSays: ['login page'],
	},
	{
		name: 'a redirect of the balance while the key check passed: not read as the base URL\'s fault',
		results: scenario(endpoint.cannotTell(gateway), balance.unexpected(redirect(302, accessLogin, gatewayUrl('/user/balance')))),
		verdict: 'wrong_endpoint',
		notFixes: ['ask_operator', 'fix_base_url'],
		neverSays: ['login page'],
	},
	{
		name: 'malformed JSON at a base URL that is not DeepSeek\'s',
		results: scenario(endpoint.cannotTell(gateway), auth.unexpected(answer(200, '{"object":"list","data":[', {bodyProblem: 'malformed_json', url: gatewayUrl('/models')}))),
		verdict: 'wrong_endpoint',
		says: [gateway],
	},
	{
		name: 'a huge answer at a base URL that is not DeepSeek\'s',
		results: scenario(endpoint.cannotTell(gateway), balance.unexpected(answer(200, '', {bodyProblem: 'too_large', url: gatewayUrl('/user/balance')}))),
		verdict: 'wrong_endpoint',
	},
	{
		name: 'HTML at a base URL whose /user/balance already said "not DeepSeek": the relay rule\'s sentence',
		results: scenario(endpoint.notDeepSeek(gateway), auth.unexpected(portal('/models', `https://${gateway}`)), balance.notDeepSeek()),
		verdict: 'wrong_endpoint',
		says: [`${gateway} is not DeepSeek's API: your calls do not reach DeepSeek`],
	},
	{
		name: '404 to /models and to chat at another service: the base URL\'s path, not "not DeepSeek"',
		results: scenario(
			endpoint.notDeepSeek(gateway),
			auth.unexpected(answer(404, 'HTTP GET https://gateway.example.org/api/v3/v1/models failed with status code 404', {url: gatewayUrl('/api/v3/v1/models')})),
			probe.answered(answer(404, 'HTTP POST https://gateway.example.org/api/v3/v1/chat/completions failed with status code 404', {url: gatewayUrl('/api/v3/v1/chat/completions')})),
		),
		verdict: 'wrong_endpoint',
		says: [`${gateway} answers 404 Not Found to the model list and to the chat call alike: the path in your base URL is probably wrong`],
		neverSays: ['is not DeepSeek\'s API'],
		// The path is what to correct, first: DeepSeek's address is the way out, not the fix.
		fixes: ['fix_base_url', 'use_deepseek_base_url'],
		exactFixes: true,
		titles: {fix_base_url: 'Correct the path in the base URL to the address the service\'s docs give for API calls'},
	},
	{
		name: 'a 404 to /models alone (a relay that lists no models) is no wrong path',
		results: scenario(
			endpoint.notDeepSeek(gateway),
			auth.unexpected(answer(404, {error: {message: 'Not Found'}}, {url: gatewayUrl('/models')})),
			probe.answered(answer(200, {id: 'x', object: 'chat.completion', choices: [{index: 0, message: {role: 'assistant', content: 'hi'}, finish_reason: 'length'}]}, {url: gatewayUrl('/chat/completions')}), 'deepseek-chat'),
		),
		verdict: 'wrong_endpoint',
		neverSays: ['404 Not Found to the model list and to the chat call'],
	},
	{
		name: 'OpenRouter answering a web page (a bot check) on /models and 402 on chat: its credits, not a wrong URL',
		results: scenario(
			endpoint.relay(providers.openrouter, openRouterHost),
			auth.unexpected(answer(403, '<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>Enable JavaScript and cookies to continue</body></html>', {bodyProblem: 'not_json', contentType: 'text/html; charset=UTF-8', url: 'https://openrouter.ai/api/v1/models'})),
			probe.answered(answer(402, {error: {code: 402, message: 'Insufficient credits. Add more using https://openrouter.ai/settings/credits'}}, {url: openRouterChat}), 'deepseek/deepseek-chat'),
		),
		verdict: 'relay_insufficient_balance',
		fixes: ['top_up_relay', 'use_deepseek_base_url'],
		exactFixes: true,
		urls: {top_up_relay: openRouterConsole},
	},
	{
		name: 'Cloudflare\'s access-denied page (error 1010) in front of a gateway on every call: not the key, the money or the URL',
		results: scenario(
			endpoint.notDeepSeek(gateway),
			auth.unexpected(gatewayPage(403, cloudflareDenied, '/v1/models')),
			probe.answered(gatewayPage(403, cloudflareDenied, '/v1/chat/completions'), 'deepseek-chat'),
		),
		verdict: 'unknown',
		fixes: ['ask_operator', 'use_deepseek_base_url'],
		exactFixes: true,
		says: ['Cloudflare error 1010', 'not the key or the balance'],
	},
	{
		name: 'Cloudflare\'s one-line "error code: 1010" to every call with the key is not a refused key',
		results: scenario(
			endpoint.notDeepSeek(gateway),
			...gatewayPageToEveryCall(403, 'error code: 1010'),
		),
		verdict: 'unknown',
		fixes: ['ask_operator'],
	},
	{
		name: 'Cloudflare\'s challenge to every call of a host that cannot be told apart: not a wrong base URL',
		results: scenario(
			endpoint.cannotTell(gateway),
			auth.unexpected(gatewayPage(403, cloudflareChallenge, '/models')),
			balance.unexpected(gatewayPage(403, cloudflareChallenge, '/user/balance')),
			probe.answered(gatewayPage(403, cloudflareChallenge, '/chat/completions'), 'deepseek-chat'),
		),
		verdict: 'unknown',
		fixes: ['ask_operator', 'use_deepseek_base_url'],
		exactFixes: true,
		says: ['its check for browsers'],
		neverSays: ['base URL is probably wrong'],
	},
	{
		name: 'a call that timed out next to Cloudflare\'s challenge on another: the network first',
		results: scenario(
			endpoint.cannotTell(gateway),
			auth.unexpected(gatewayPage(403, cloudflareChallenge, '/models')),
			probe.failed(failure('timeout', 'No answer within 10000 ms.', gatewayUrl('/chat/completions')), 'deepseek-chat'),
		),
		verdict: 'network_error',
	},
	{
		name: 'Squid\'s own page instead of a host\'s answers: the proxy in between, not a wrong base URL',
		results: scenario(
			endpoint.cannotTell(gateway),
			...gatewayPageToEveryCall(403, '<!-- ERR_ACCESS_DENIED -->\n</div>\n</body></html>\n', ''),
		),
		verdict: 'network_error',
		fixes: ['check_proxy'],
		exactFixes: true,
		says: ['Squid'],
		neverSays: ['base URL is probably wrong'],
	},
	{
		// mitmproxy 8.1.1's page when it could not reach the host (test/fixtures/proxies/mitmproxy-502.http): its 502, not the service's.
		name: 'mitmproxy\'s own 502 page instead of a host\'s answers: the proxy could not reach it, not a server error there',
		results: scenario(
			endpoint.cannotTell(gateway),
			...gatewayPageToEveryCall(502, '<html>\n<head>\n    <title>502 Bad Gateway</title>\n</head>\n<body>\n    <h1>502 Bad Gateway</h1>\n    <p>[Errno -2] Name or service not known</p>\n</body>\n</html>\n', ''),
		),
		verdict: 'network_error',
		fixes: ['check_proxy'],
		exactFixes: true,
		says: ['A proxy (mitmproxy, by its page) answers instead of', 'it could not reach', 'not your key or your balance'],
		neverSays: ['refuses them', 'Retry later'],
	},
	{
		name: 'a proxy on this computer passing on its provider\'s lock on the account (Kiro through OmniRoute): that provider lifts it, not whoever runs the proxy',
		results: lockedBehindOmniRoute('[ERROR] [403]: Your User ID (777777) temporarily is suspended. We\'ve locked your account as a security precaution.'),
		verdict: 'invalid_key',
		fixes: ['ask_operator', 'use_deepseek_base_url'],
		exactFixes: true,
		titles: {ask_operator: 'Ask the provider localhost:20128 sends your calls to'},
		says: ['a proxy on this computer', 'Only that provider can lift it', 'If the proxy calls DeepSeek with your key, that is your DeepSeek account'],
		neverSays: ['Only whoever runs localhost:20128', 'Your DeepSeek account is not involved', 'lasts until'],
	},
	{
		name: 'a proxy on this computer passing on DeepSeek\'s own suspension until a date (OmniRoute#10667): it may be the user\'s DeepSeek account, and the lock ends then',
		results: lockedBehindOmniRoute('Due to violation of user policies, your account has been suspended until August 19, 2026 14:39. If you have any questions, please \n.'),
		verdict: 'invalid_key',
		fixes: ['ask_operator', 'use_deepseek_base_url'],
		exactFixes: true,
		says: ['a proxy on this computer', 'It says the lock lasts until August 19, 2026 14:39: wait until then, or ask that provider to lift it sooner', 'If the proxy calls DeepSeek with your key, that is your DeepSeek account'],
		neverSays: ['Your DeepSeek account is not involved', 'Only that provider can lift it'],
	},
	{
		name: 'a proxy on this computer passing on DeepSeek\'s own 404 "Not Found. Please check the configuration." (claude-code-router#250): it reaches DeepSeek at a wrong address, not "does not reach DeepSeek"',
		results: scenario(
			endpoint.notDeepSeek('127.0.0.1:3456'),
			auth.accepted(['deepseek-chat'], 'http://127.0.0.1:3456/v1/models'),
			probe.answered(answer(404, {error: {message: 'Error from provider: {\n  "event_id": "30-clou-200-20250719232440-dbfc7a22",\n  "error_msg": "Not\n     Found. Please check the configuration."\n}\n\n', type: 'api_error', code: 'provider_response_error'}}, {url: 'http://127.0.0.1:3456/v1/chat/completions'}), 'deepseek-chat'),
		),
		verdict: 'unknown',
		fixes: ['fix_base_url', 'use_deepseek_base_url'],
		exactFixes: true,
		titles: {fix_base_url: 'In 127.0.0.1:3456 (it runs on this computer), set DeepSeek\'s address as it expects it'},
		says: ['a proxy on this computer', 'it does reach DeepSeek, but at an address DeepSeek does not serve', 'https://api.deepseek.com/chat/completions'],
		neverSays: ['is not DeepSeek\'s API', 'do not reach DeepSeek'],
	},
	{
		name: 'the same passed on by a gateway elsewhere: whoever runs it corrects the DeepSeek address it calls',
		results: scenario(
			endpoint.notDeepSeek(gateway),
			probe.answered(answer(404, {event_id: '30-inst-128-20250121121528-c081afe0', error_msg: 'Not Found. Please check the configuration.'}, {url: gatewayUrl('/v1/chat/completions')}), 'deepseek-chat'),
		),
		verdict: 'unknown',
		fixes: ['ask_operator', 'use_deepseek_base_url'],
		exactFixes: true,
		titles: {ask_operator: `Ask whoever runs ${gateway} to correct the DeepSeek address`},
		says: ['it does reach DeepSeek'],
		neverSays: ['a proxy on this computer'],
	},
	{
		name: 'a gateway\'s own 404 carrying the 404 of the service behind it in `details` (Pollinations, pollinations/pollinations#4602): the address set is served, what is missing is behind it',
		results: scenario(
			endpoint.notDeepSeek(gateway),
			auth.accepted(['deepseek-chat'], gatewayUrl('/v1/models')),
			probe.answered(answer(404, {error: '404 Not Found', status: 404, details: {error: {message: 'openai error: Resource not found', type: null, param: null, code: '404'}, provider: 'openai'}}, {url: gatewayUrl('/v1/chat/completions')}), 'deepseek-chat'),
		),
		verdict: 'unknown',
		fixes: ['ask_operator', 'use_deepseek_base_url'],
		exactFixes: true,
		says: ['passed on a 404 from the service behind it ("openai error: Resource not found")', 'Not the key, not the address'],
		neverSays: ['do not reach DeepSeek', 'path in your base URL'],
	},
	{
		name: 'a 404 in other words from another service is still "not DeepSeek\'s API" (wrong_endpoint)',
		results: scenario(
			endpoint.notDeepSeek('127.0.0.1:3456'),
			probe.answered(answer(404, {error: {message: 'Not Found', type: 'api_error'}}, {url: 'http://127.0.0.1:3456/v1/chat/completions'}), 'deepseek-chat'),
		),
		verdict: 'wrong_endpoint',
		neverSays: ['it does reach DeepSeek'],
	},
	{
		name: 'a proxy on this computer passing on "402 Insufficient Balance" from its provider (OmniRoute, Codex++): the account set up in it ran out, not a balance "on 127.0.0.1:8000"',
		results: scenario(
			endpoint.notDeepSeek('127.0.0.1:8000'),
			auth.accepted(['deepseek-chat'], 'http://127.0.0.1:8000/v1/models'),
			probe.answered(answer(402, 'API Error: 402 Insufficient Balance', {bodyProblem: 'not_json', contentType: 'text/plain', url: 'http://127.0.0.1:8000/v1/chat/completions'}), 'deepseek-chat'),
		),
		verdict: 'relay_insufficient_balance',
		fixes: ['top_up_relay', 'use_deepseek_base_url'],
		exactFixes: true,
		titles: {top_up_relay: 'In 127.0.0.1:8000 (it runs on this computer): top up the account it uses at its provider'},
		says: ['a service on this computer', 'A local proxy or router has no balance of its own'],
		neverSays: ['top it up on 127.0.0.1:8000', 'ask whoever runs it'],
	},
	{
		name: 'a LiteLLM proxy on this computer whose key budget is spent: its own budget, for whoever runs it, not a provider behind it',
		results: scenario(
			endpoint.notDeepSeek('localhost:4000'),
			probe.answered(answer(400, {error: {message: 'Budget has been exceeded! Current cost: 0.0010747, Max budget: 0.0', type: 'budget_exceeded', param: null, code: '400'}}, {url: 'http://localhost:4000/v1/chat/completions'}), 'deepseek-chat'),
		),
		verdict: 'relay_insufficient_balance',
		neverSays: ['A local proxy or router has no balance of its own'],
	},
	{
		name: 'an unidentified gateway on this computer refusing for its own quota with 403 (额度不足): its balance there, not a local proxy\'s account',
		results: scenario(
			endpoint.notDeepSeek('localhost:3000'),
			probe.answered(answer(403, {code: 403, msg: '您的账户额度不足，请充值后再试'}, {url: 'http://localhost:3000/v1/chat/completions'}), 'deepseek-chat'),
		),
		verdict: 'relay_insufficient_balance',
		neverSays: ['A local proxy or router has no balance of its own'],
	},
	{
		name: 'the same 402 from a service on another computer: its balance there, not a local proxy\'s account',
		results: scenario(
			endpoint.notDeepSeek(gateway),
			probe.answered(answer(402, 'API Error: 402 Insufficient Balance', {bodyProblem: 'not_json', contentType: 'text/plain', url: gatewayUrl('/v1/chat/completions')}), 'deepseek-chat'),
		),
		verdict: 'relay_insufficient_balance',
		says: ['your balance there is used up.'],
		neverSays: ['a service on this computer'],
	},
	{
		name: 'a one-api gateway on this computer that banned the user: its own ban, for whoever runs it, not a provider behind it',
		results: scenario(
			endpoint.relay(providers.oneApi, 'localhost:3000'),
			auth.refused(answer(403, {error: {message: '用户已被封禁', type: 'one_api_error'}}, {url: 'http://localhost:3000/v1/models'})),
		),
		verdict: 'invalid_key',
		fixes: ['ask_operator'],
		says: ['localhost:3000 has blocked your account'],
		neverSays: ['a proxy on this computer'],
	},
	{
		name: 'OpenAI refusing the calls for the country they come from: not the key (it failed the key check too) nor the money',
		results: scenario(
			endpoint.relay(providerInfo('openai', 'host'), 'api.openai.com'),
			auth.refused(answer(403, {error: {code: 'unsupported_country_region_territory', message: 'Country, region, or territory not supported', param: null, type: 'request_forbidden'}}, {url: 'https://api.openai.com/v1/models'})),
			probe.answered(answer(403, {error: {code: 'unsupported_country_region_territory', message: 'Country, region, or territory not supported', param: null, type: 'request_forbidden'}}, {url: 'https://api.openai.com/v1/chat/completions'}), 'gpt-4o-mini'),
		),
		verdict: 'unknown',
		fixes: ['change_region'],
		says: ['refuses them for the country or region they come from', 'not the key, not the balance'],
		neverSays: ['rejects this key'],
	},
	{
		name: 'a gateway passing on its upstream\'s region refusal: where its server calls from, for whoever runs it',
		results: scenario(
			endpoint.notDeepSeek(gateway),
			auth.accepted(['deepseek-chat'], gatewayUrl('/v1/models')),
			probe.answered(answer(403, {error: {message: 'Country, region, or territory not supported (request id: 2024072510422562564674066306279)', type: 'request_forbidden', param: '', code: 'unsupported_country_region_territory'}}, {url: gatewayUrl('/v1/chat/completions')}), 'deepseek-chat'),
		),
		verdict: 'unknown',
		fixes: ['change_region', 'ask_operator', 'use_deepseek_base_url'],
		exactFixes: true,
		titles: {change_region: 'what counts is where its own server calls from'},
	},
	{
		name: 'a gateway refusing the calls for the IP address they come from (the key\'s allow-list): not the key (it failed the key check too) nor the money',
		results: scenario(
			endpoint.notDeepSeek(gateway),
			auth.refused(answer(403, {code: 'ACCESS_DENIED', message: 'Access denied. Your IP is 203.0.113.7'}, {url: gatewayUrl('/v1/models')})),
			probe.answered(answer(403, {code: 'ACCESS_DENIED', message: 'Access denied. Your IP is 203.0.113.7'}, {url: gatewayUrl('/v1/chat/completions')}), 'deepseek-chat'),
		),
		verdict: 'unknown',
		fixes: ['allow_address', 'ask_operator', 'use_deepseek_base_url'],
		exactFixes: true,
		says: ['refuses them for the IP address they come from', 'Not the key, not the balance', 'Access denied. Your IP is 203.0.113.7'],
		neverSays: ['rejects the key'],
		titles: {allow_address: 'add the IP address your calls come from to this key\'s allowed IPs'},
	},
	{
		name: 'Azure refusing the calls by its virtual network or firewall rules: the resource\'s networking, not the key (it failed the key check too) nor the money',
		results: scenario(
			endpoint.relay(providerInfo('azure', 'host'), 'myresource.openai.azure.com'),
			auth.refused(answer(403, {code: '403', message: 'A Virtual Network is configured for this resource. Please use the correct endpoint for making requests. Check https://aka.ms/cogsvc-vnet for more details.'}, {url: 'https://myresource.openai.azure.com/openai/models'})),
			probe.answered(answer(403, {code: '403', message: 'A Virtual Network is configured for this resource. Please use the correct endpoint for making requests. Check https://aka.ms/cogsvc-vnet for more details.'}, {url: 'https://myresource.openai.azure.com/openai/chat/completions'}), 'DeepSeek-R1'),
		),
		verdict: 'unknown',
		fixes: ['allow_address', 'relay_console', 'use_deepseek_base_url'],
		exactFixes: true,
		says: ['the resource there refuses them for the network they come from', 'Not the key, not the balance'],
		neverSays: ['rejects this key', 'this key there takes calls only'],
		titles: {allow_address: 'Call from a network the resource in Azure AI Foundry allows (through its private endpoint, where it has one), or add the IP address your calls come from to the allowed addresses in its networking (firewall) settings'},
	},
	{
		name: 'a service that takes the calls only from its own app (CodeBuddy\'s 11128 through a proxy): not the key nor the money, and not a wrong address',
		results: scenario(
			endpoint.notDeepSeek(gateway),
			auth.accepted(['deepseek-chat'], gatewayUrl('/v1/models')),
			probe.answered(answer(400, {code: 11128, message: 'Illegal API invocation from an unapproved channel'}, {url: gatewayUrl('/v1/chat/completions')}), 'deepseek-chat'),
		),
		verdict: 'unknown',
		fixes: ['use_own_app', 'ask_operator', 'use_deepseek_base_url'],
		exactFixes: true,
		says: ['takes them only from its own app or an approved channel', 'a new key or a top-up will not help', 'Illegal API invocation from an unapproved channel'],
		neverSays: ['rejects the key', 'not DeepSeek\'s API'],
		titles: {use_own_app: 'only from its own app, or get a plan or key meant for API use'},
	},
	{
		name: 'W&B Inference\'s 403 "The inference gateway is not enabled for your organization": a setting of the account there, not the key, the money or a wrong address',
		results: wandbAnswers(403, 'The inference gateway is not enabled for your organization'),
		verdict: 'unknown',
		fixes: ['enable_service', 'relay_console', 'use_deepseek_base_url'],
		exactFixes: true,
		titles: {enable_service: 'Enable the service for your account in W&B Inference\'s console (for an organization\'s account, its administrator does that), or use a team account where it is enabled'},
		says: ['does not let this account use it', 'not enabled there for your account or its organization', 'not a rate limit', 'The inference gateway is not enabled for your organization'],
		neverSays: ['Top up', 'Send fewer', 'not DeepSeek\'s API', 'rejects'],
	},
	{
		name: 'a role without the service\'s permission (Hatz\'s 403 "Your role does not include LLM Gateway access."): an administrator adds it to the role; not "not enabled for your organization"',
		results: wandbAnswers(403, 'Your role does not include LLM Gateway access.'),
		verdict: 'unknown',
		fixes: ['enable_service', 'relay_console', 'use_deepseek_base_url'],
		exactFixes: true,
		titles: {enable_service: 'Ask an administrator at W&B Inference to give your role access to the service (or to give you a role that has it)'},
		says: ['does not let this account use it', 'your role there does not include access to it', 'not a rate limit'],
		neverSays: ['not enabled there for your account or its organization', 'Top up', 'not DeepSeek\'s API'],
	},
	{
		name: 'W&B Inference\'s 429 "isn\'t available for personal accounts": a team account, not a rate limit to wait out',
		results: wandbAnswers(429, 'W&B Inference isn\'t available for personal accounts. Please switch to a non-personal account to access W&B Inference.'),
		verdict: 'unknown',
		fixes: ['enable_service', 'relay_console', 'use_deepseek_base_url'],
		exactFixes: true,
		titles: {enable_service: 'Use a team (organization) account at W&B Inference, not a personal one: create a team there and make the calls with it'},
		says: ['W&B Inference is not open to personal accounts', 'not a rate limit', 'waiting will not help'],
		neverSays: ['Top up', 'Send fewer', 'too many requests'],
	},
	{
		name: 'and W&B Inference\'s real concurrency 429 is still a rate limit',
		results: wandbAnswers(429, 'Concurrency limit reached for requests'),
		verdict: 'rate_limited',
		fixes: ['reduce_concurrency'],
		neverSays: ['does not let this account use it'],
	},
	{
		name: 'an HTTP 407 answer from a relay\'s host: a proxy in between wants a login, not a refused key or a wrong URL',
		results: scenario(
			endpoint.notDeepSeek(gateway),
			...gatewayPageToEveryCall(407, 'OpenAI API Response was: Error: Request failed with status code 407.'),
		),
		verdict: 'network_error',
		fixes: ['check_proxy'],
		exactFixes: true,
		says: [`A proxy between you and ${gateway} answers HTTP 407`, 'user and password'],
		neverSays: ['not DeepSeek\'s API'],
	},
	{
		name: 'an HTTP 407 on DeepSeek\'s own host: the proxy, and its status page second',
		results: scenario(auth.unexpected(answer(407, '<html><head><title>407 Proxy Authentication Required</title></head></html>', {bodyProblem: 'not_json', contentType: 'text/html', url: `${officialBase}/models`}))),
		verdict: 'network_error',
		fixes: ['check_proxy', 'status_page'],
		exactFixes: true,
		says: ['api.deepseek.com answers HTTP 407'],
	},
	{
		name: 'this computer\'s own proxy failing, next to a 407 answer: its own sentence, which names it and its variable, comes first',
		results: scenario(
			network.refusedAtProxy(),
			auth.unexpected({...failure('proxy', 'The proxy http://proxy.corp.example:3128 (from HTTPS_PROXY) asks for a login (HTTP 407).'), code: '407'}),
			probe.answered(answer(407, 'Proxy Authentication Required', {bodyProblem: 'not_json', contentType: 'text/plain', url: `${officialBase}/chat/completions`})),
		),
		verdict: 'network_error',
		says: ['(from HTTPS_PROXY)'],
		neverSays: ['A proxy between you'],
	},
	{
		name: 'a gateway\'s 500 passing on that it cannot verify its upstream\'s certificate: something intercepts HTTPS there, not a failure to retry',
		results: scenario(
			endpoint.notDeepSeek(gateway),
			auth.accepted(['deepseek-chat'], gatewayUrl('/v1/models')),
			probe.answered(answer(500, {error: {message: 'do request failed: Post "https://hk.xty.app/v1/chat/completions": tls: failed to verify certificate: x509: certificate signed by unknown authority', type: 'one_api_error', code: 'do_request_failed'}}, {url: gatewayUrl('/v1/chat/completions')}), 'deepseek-chat'),
		),
		verdict: 'network_error',
		fixes: ['check_tls'],
		exactFixes: true,
		titles: {check_tls: `On the machine that runs ${gateway}`},
		says: [`${gateway} answers HTTP 500 because its own call`, 'certificate signed by unknown authority', 'retrying will not help'],
		neverSays: ['Retry later'],
	},
	{
		name: 'a proxy on this computer answering 502 that its own call to DeepSeek got no answer (CC Switch): the way out from it, not a failure at DeepSeek to retry',
		results: scenario(
			network.reached('127.0.0.1:15721'),
			endpoint.notDeepSeek('127.0.0.1:15721'),
			auth.accepted(['deepseek-chat'], 'http://127.0.0.1:15721/v1/models'),
			balance.notDeepSeek(),
			probe.answered(answer(502, {error: {message: 'CC Switch local proxy failed while handling Codex endpoint /responses. Provider: deepseek; model: deepseek-v4-pro; cause: connection failed: error sending request for url (https://api.deepseek.com/v1/chat/completions)', type: 'proxy_error', code: 'cc_switch_forward_failed'}}, {url: 'http://127.0.0.1:15721/v1/chat/completions'}), 'deepseek-chat'),
		),
		verdict: 'network_error',
		fixes: ['check_network', 'status_page'],
		exactFixes: true,
		titles: {check_network: 'Check how 127.0.0.1:15721 goes out to the service behind it'},
		says: ['a proxy on this computer', 'could not get through to the service behind it (connection failed: error sending request for url (https://api.deepseek.com/v1/chat/completions))', 'not DeepSeek\'s servers'],
		neverSays: ['Retry later', 'whoever runs it'],
	},
	{
		name: 'a proxy on this computer that got no answer at all on one call and does not trust its upstream\'s certificate on another: its way out first, where nothing gets through',
		results: scenario(
			endpoint.notDeepSeek('127.0.0.1:15721'),
			auth.unexpected(answer(502, {error: {message: 'tls: failed to verify certificate: x509: certificate signed by unknown authority', type: 'proxy_error'}}, {url: 'http://127.0.0.1:15721/v1/models'})),
			probe.answered(answer(502, {error: {message: 'connection failed: error sending request for url (https://api.deepseek.com/chat/completions)', type: 'proxy_error'}}, {url: 'http://127.0.0.1:15721/v1/chat/completions'}), 'deepseek-chat'),
		),
		verdict: 'network_error',
		fixes: ['check_network', 'status_page'],
		exactFixes: true,
	},
	{
		name: 'an egress proxy refusing the calls by its policy (OpenShell\'s 403 "connection not allowed by policy", NemoClaw): the proxy, never the key',
		results: scenario(endpoint.notDeepSeek(gateway), ...gatewayPageToEveryCall(403, "Error: Error code: 403 - {'error': 'connection not allowed by policy'}")),
		verdict: 'network_error',
		fixes: ['check_proxy'],
		exactFixes: true,
		says: [`A proxy between you and ${gateway} refuses these calls by its policy (connection not allowed by policy)`, 'Not the key, not the balance'],
		neverSays: ['rejects the key', 'not DeepSeek\'s API'],
	},
	{
		name: 'OpenShell\'s policy_denied JSON ("GET host/path not permitted by policy"): the same proxy refusal',
		results: scenario(
			endpoint.notDeepSeek(gateway),
			auth.unexpected(answer(403, {detail: `GET ${gateway}/v1/models not permitted by policy`, error: 'policy_denied'}, {url: gatewayUrl('/v1/models')})),
		),
		verdict: 'network_error',
		fixes: ['check_proxy'],
		exactFixes: true,
		says: [`(GET ${gateway}/v1/models not permitted by policy)`],
	},
	{
		name: 'a 407 on one call and a proxy\'s policy refusal on another: the login comes first (nothing passes the proxy without it)',
		results: scenario(
			endpoint.notDeepSeek(gateway),
			auth.unexpected(gatewayPage(407, 'Proxy Authentication Required', '/v1/models')),
			probe.answered(gatewayPage(403, "{'error': 'connection not allowed by policy'}", '/v1/chat/completions'), 'deepseek-chat'),
		),
		verdict: 'network_error',
		fixes: ['check_proxy'],
		exactFixes: true,
		says: ['answers HTTP 407'],
	},
	beforeLocalNoAnswer(
		'a proxy\'s policy refusal on one call and a local proxy\'s "no answer" on another: the refusal in between comes first',
		[403, "{'error': 'connection not allowed by policy'}"],
		['refuses these calls by its policy'],
	),
	beforeLocalNoAnswer(
		'a 407 on one call and a local proxy\'s "no answer" on another: the proxy that wants a login, on this side, comes first',
		[407, 'Proxy Authentication Required'],
		['answers HTTP 407'],
	),
	{
		name: 'a proxy on this computer answering a bare 502 "Unknown error" (Codex++): its log and the VPN or system proxy in its way, never "ask whoever runs it"',
		results: scenario(
			endpoint.notDeepSeek('127.0.0.1:57321'),
			auth.accepted(['deepseek-chat'], 'http://127.0.0.1:57321/v1/models'),
			probe.answered(answer(502, 'unexpected status 502 Bad Gateway: Unknown error, url: http://127.0.0.1:57321/v1/responses', {bodyProblem: 'not_json', contentType: 'text/plain', url: 'http://127.0.0.1:57321/v1/chat/completions'}), 'deepseek-chat'),
		),
		verdict: 'server_error',
		fixes: ['retry_later', 'check_network', 'use_deepseek_base_url'],
		exactFixes: true,
		says: ['a service on this computer', 'its own log or window says which', 'VPN or system proxy'],
		neverSays: ['whoever runs it'],
	},
	{
		name: 'a recognised gateway on this computer (one-api) answering a bare 502: its own failure, asked about as before',
		results: scenario(
			endpoint.relay(providers.oneApi, localProxy),
			probe.answered(answer(502, 'Bad Gateway', {bodyProblem: 'not_json', contentType: 'text/plain', url: `http://${localProxy}/v1/chat/completions`}), 'deepseek-chat'),
		),
		verdict: 'server_error',
		notFixes: ['check_network'],
	},
	{
		name: 'a proxy on this computer passing on its provider\'s failure in words: that failure, asked about as before, no VPN advice',
		results: scenario(
			endpoint.notDeepSeek('127.0.0.1:3456'),
			auth.accepted(['deepseek-chat'], 'http://127.0.0.1:3456/v1/models'),
			probe.answered(answer(500, {error: {message: 'Error from provider(sambanova,DeepSeek-V3.1: 500): Something went wrong! Unknown error when running prediction service.', type: 'api_error'}}, {url: 'http://127.0.0.1:3456/v1/chat/completions'}), 'deepseek-chat'),
		),
		verdict: 'server_error',
		notFixes: ['check_network'],
		// Retrying, then telling whoever runs it, are the fixes' to say: not the summary's above them too.
		fixes: ['retry_later', 'ask_operator'],
		says: ['not your DeepSeek account.'],
		neverSays: ['Retry later', 'ask whoever runs it'],
	},
	{
		name: 'a remote gateway saying the same of its own call: its way out is its operator\'s, a failure on its side',
		results: scenario(
			endpoint.notDeepSeek(gateway),
			auth.accepted(['deepseek-chat'], gatewayUrl('/v1/models')),
			probe.answered(answer(502, {error: {message: 'connection failed: error sending request for url (https://api.deepseek.com/chat/completions)', type: 'proxy_error'}}, {url: gatewayUrl('/v1/chat/completions')}), 'deepseek-chat'),
		),
		verdict: 'server_error',
		notFixes: ['check_network'],
		fixes: ['retry_later', 'ask_operator'],
		says: [`Your calls go to ${gateway}`, 'a failure on its side (or at the provider behind it), not your DeepSeek account.'],
		neverSays: ['Retry later', 'ask whoever runs it'],
	},
	{
		name: 'the same words in a 4xx are no upstream certificate: the service said them of something else',
		results: scenario(
			endpoint.notDeepSeek(gateway),
			probe.answered(answer(400, {error: {message: 'Invalid image URL: self-signed certificate', type: 'invalid_request_error'}}, {url: gatewayUrl('/v1/chat/completions')}), 'deepseek-chat'),
		),
		verdict: 'wrong_endpoint',
		notFixes: ['check_tls'],
	},
	{
		name: 'a 407 on one call and an upstream certificate failure on another: the proxy on this side comes first',
		results: scenario(
			endpoint.notDeepSeek(gateway),
			auth.unexpected(gatewayPage(407, 'Proxy Authentication Required', '/v1/models')),
			probe.answered(answer(500, {error: {message: 'tls: failed to verify certificate: x509: certificate signed by unknown authority', type: 'one_api_error'}}, {url: gatewayUrl('/v1/chat/completions')}), 'deepseek-chat'),
		),
		verdict: 'network_error',
		fixes: ['check_proxy'],
		exactFixes: true,
	},
	{
		name: 'a service that answered in words that it cannot verify its upstream, next to Cloudflare\'s challenge on another call: the words, not the block',
		results: scenario(
			endpoint.cannotTell(gateway),
			auth.unexpected(gatewayPage(403, cloudflareChallenge, '/models')),
			balance.unexpected(gatewayPage(502, 'upstream error: x509: certificate signed by unknown authority', '/user/balance')),
		),
		verdict: 'network_error',
		fixes: ['check_tls'],
		exactFixes: true,
	},
	{
		name: 'a front server\'s 502 page to the balance and the chat call of a host that cannot be told: its failure, not a wrong URL',
		results: scenario(
			endpoint.cannotTell(gateway),
			balance.unexpected(gatewayPage(502, cloudflareBadGateway, '/user/balance')),
			probe.answered(gatewayPage(502, cloudflareBadGateway, '/chat/completions'), 'deepseek-chat'),
		),
		verdict: 'server_error',
	},
	{
		name: 'HTML instead of JSON from api.deepseek.com: something intercepts',
		results: scenario(auth.unexpected(portal('/models')), balance.unexpected(portal('/user/balance'))),
		verdict: 'network_error',
		fixes: ['check_proxy', 'status_page'],
		says: ['rewrites the answers'],
	},
	{
		name: 'malformed JSON from api.deepseek.com',
		results: scenario(balance.unexpected(answer(200, '{"is_available": tr', {bodyProblem: 'malformed_json', url: `${officialBase}/user/balance`}))),
		verdict: 'network_error',
		fixes: ['check_proxy'],
	},
	{
		name: 'a huge answer from api.deepseek.com',
		results: scenario(auth.unexpected(answer(200, '', {bodyProblem: 'too_large'}))),
		verdict: 'network_error',
	},

	// ---- nothing wrong, and advice ----
	{
		name: 'everything passes',
		results: healthyRun(),
		verdict: 'ok',
		fixes: [],
		exactFixes: true,
		says: ['No problem found', '47.44 CNY'],
	},
	{
		name: 'everything passes and the probe worked',
		results: scenario(probe.answered(answer(200, {id: 'x', choices: [{message: {content: 'Hi'}}]}, {url: `${officialBase}/chat/completions`, traceId}))),
		verdict: 'ok',
		fixes: [],
		exactFixes: true,
	},
	{
		name: 'a low balance: nothing blocks the calls, one warning, never "no problem"',
		results: scenario(balance.reading(readings.low)),
		verdict: 'ok',
		fixes: ['top_up', 'set_alert'],
		exactFixes: true,
		urls: {top_up: platformUrls.topUp, set_alert: null},
		says: ['Nothing blocks your calls, but 1 warning — Balance: 0.35 CNY', 'below 1.00'],
		neverSays: ['No problem found'],
	},
	{
		name: 'two warnings are counted',
		results: scenario(balance.reading(readings.low), usageTrend.fastBurn()),
		verdict: 'ok',
		fixes: ['top_up', 'set_alert', 'check_usage'],
		says: ['but 2 warnings — Balance: 0.35 CNY', 'Spending trend: About 20.00 CNY a day'],
	},
	{
		name: 'a low balance against the user\'s own alert level',
		results: scenario(balance.reading(readings.toppedUp, {alertThreshold: {amount: '50', currency: 'CNY'}})),
		verdict: 'ok',
		fixes: ['top_up', 'set_alert'],
		says: ['below 50'],
	},
	{
		name: 'only bonus credit left',
		results: scenario(balance.reading(readings.bonusOnly)),
		verdict: 'ok',
		fixes: ['top_up', 'set_alert'],
		says: ['bonus credit'],
	},
	{
		name: 'a fast burn rate',
		results: scenario(usageTrend.fastBurn()),
		verdict: 'ok',
		fixes: ['check_usage'],
		urls: {check_usage: platformUrls.usage},
		says: ['20.00 CNY a day'],
	},
	{
		name: 'a leaked key with everything else fine',
		results: scenario(keyExposure.leaked()),
		verdict: 'key_exposed',
		fixes: ['rotate_key', 'check_usage'],
		exactFixes: true,
		urls: {rotate_key: platformUrls.apiKeys},
		says: ['committed', 'Create a new key'],
	},
	{
		name: 'a leaked key and DeepSeek\'s status page showing trouble: the cause of failing calls first',
		results: scenario(keyExposure.leaked(), serviceStatus.trouble('full_outage')),
		verdict: 'service_outage',
		fixes: ['status_page', 'rotate_key'],
	},
	{
		name: 'a leaked key and a 429',
		results: scenario(keyExposure.leaked(), auth.unexpected(deepseekAnswers.rateLimited())),
		verdict: 'rate_limited',
		fixes: ['reduce_concurrency', 'rotate_key'],
	},
	{
		name: 'a leaked key and an answer no rule names: the certain finding before "unknown"',
		results: scenario(keyExposure.leaked(), auth.unexpected(deepseekAnswers.notFound())),
		verdict: 'key_exposed',
		fixes: ['rotate_key'],
		says: ['committed'],
	},
	{
		name: 'a committed .env file with everything else fine',
		results: scenario(keyExposure.suspicious()),
		verdict: 'ok',
		fixes: ['rotate_key'],
	},
	{
		name: 'a leaked key and a zero balance',
		results: scenario(keyExposure.leaked(), balance.reading(readings.zero)),
		verdict: 'insufficient_balance',
		fixes: ['top_up', 'rotate_key'],
	},
	{
		name: 'a leaked key and a 401',
		results: scenario(keyExposure.leaked(), auth.refused(deepseekAnswers.unauthorized())),
		verdict: 'invalid_key',
		fixes: ['rotate_key'],
	},
	{
		name: 'a leaked key behind a relay with an empty balance',
		results: scenario(
			keyExposure.leaked(),
			endpoint.relay(providers.openrouter, openRouterHost),
			balance.relay(providers.openrouter, {balance: providerBalance(providers.openrouter, '0', true), outcome: 'read', message: 'Used up.'}),
		),
		verdict: 'relay_insufficient_balance',
		fixes: ['top_up_relay', 'rotate_key'],
	},

	// ---- no clear cause ----
	{
		name: 'auth answers 404 at api.deepseek.com',
		results: scenario(auth.unexpected(deepseekAnswers.notFound())),
		verdict: 'unknown',
		fixes: ['contact_support', 'status_page'],
		urls: {contact_support: platformUrls.supportMail},
		says: ['No clear cause', 'HTTP 404'],
	},
	{
		name: 'the probe refused with 400 while everything else is fine',
		results: scenario(probe.answered(answer(400, deepseekError400(), {url: `${officialBase}/chat/completions`, traceId}))),
		verdict: 'unknown',
		says: ['HTTP 400'],
	},
];

function deepseekError400(): unknown {
	return {error: {message: 'Invalid Format', type: 'invalid_request_error', param: null, code: 'invalid_request_error'}};
}

/** Text a person can read: no holes where a value was missing, no key; sentences end like one. */
function assertReadable(text: string, what: string, sentence = true): void {
	assert.ok(text.trim().length > 10, `${what} is empty: ${JSON.stringify(text)}`);
	assert.equal(text, text.trim(), `${what} has surrounding whitespace`);
	if (sentence) assert.match(text, /[.!?)]$/, `${what} does not end like a sentence: ${text}`);
	assert.doesNotMatch(text, /\bundefined\b|\bnull\b|\[object |NaN/, `${what} has a hole: ${text}`);
	assert.ok(!text.includes(testKey), `${what} holds the whole key`);
}

function assertDiagnosis(row: Row, diagnosis: Diagnosis): void {
	const ids = diagnosis.fixes.map(fix => fix.id);
	assert.equal(diagnosis.verdict, row.verdict, `verdict; summary: ${diagnosis.summary}; fixes: ${ids.join(', ')}`);
	assertReadable(diagnosis.summary, 'summary');
	for (const fix of diagnosis.fixes) {
		assertReadable(fix.title, `title of fix ${fix.id}`, false);
		assert.match(fix.id, /^[a-z_]+$/);
		if (fix.url !== null) assert.match(fix.url, /^(?:https:\/\/[^\s]+|mailto:[^\s@]+@[^\s@]+)$/, `url of ${fix.id}`);
	}
	assert.equal(new Set(ids).size, ids.length, `fixes repeat: ${ids.join(', ')}`);
	// A new key is a fix of its own there (or no help: a replaced key), so checking the key sent does not offer one too.
	const checkKey = diagnosis.fixes.find(fix => fix.id === 'check_key_in_tool');
	if (checkKey && (ids.includes('create_key') || ids.includes('check_proxy'))) assert.doesNotMatch(checkKey.title, /new key/, `title of check_key_in_tool next to ${ids.join(', ')}`);
	if (row.exactFixes) assert.deepEqual(ids, row.fixes ?? []);
	for (const id of row.fixes ?? []) assert.ok(ids.includes(id), `fix ${id} missing from ${ids.join(', ')}`);
	for (const id of row.notFixes ?? []) assert.ok(!ids.includes(id), `fix ${id} should not be in ${ids.join(', ')}`);
	for (const [id, url] of Object.entries(row.urls ?? {})) {
		assert.equal(diagnosis.fixes.find(fix => fix.id === id)?.url, url, `url of fix ${id}`);
	}
	for (const [id, part] of Object.entries(row.titles ?? {})) {
		const title = diagnosis.fixes.find(fix => fix.id === id)?.title ?? '';
		assert.ok(title.includes(part), `title of fix ${id} should say "${part}": ${title}`);
	}
	for (const part of row.says ?? []) {
		if (typeof part === 'string') assert.ok(diagnosis.summary.includes(part), `summary should say "${part}": ${diagnosis.summary}`);
		else assert.match(diagnosis.summary, part);
	}
	for (const part of row.neverSays ?? []) {
		if (typeof part === 'string') assert.ok(!diagnosis.summary.includes(part), `summary should not say "${part}": ${diagnosis.summary}`);
		else assert.doesNotMatch(diagnosis.summary, part);
	}
}

for (const row of rows) {
	test(`diagnose: ${row.name} → ${row.verdict}`, row.todo ? {todo: row.todo} : {}, () => {
		if (process.env.PEEK) console.log(row.name, '\n   ', diagnose(row.results).summary, '\n   ', diagnose(row.results).fixes.map(f => f.title).join(' | '));
		assertDiagnosis(row, diagnose(row.results));
		// The results' order is the runner's business, never the diagnosis'.
		assert.deepEqual(diagnose([...row.results].reverse()), diagnose(row.results));
	});
}

test('a gateway nothing names, its balance used up: whoever runs it is asked for a top-up only, not also "to look into its errors" (English and Chinese)', () => {
	const results = scenario(
		endpoint.notDeepSeek(gateway),
		probe.answered(answer(403, {code: 403, msg: '您的账户额度不足，请充值后再试'}, {url: gatewayUrl('/v1/chat/completions')}), 'deepseek-chat'),
	);
	try {
		for (const [language, title] of [['en', `Ask whoever runs ${gateway} to top up your balance or token there`], ['zh-CN', `请 ${gateway} 的管理员为你在那里的余额或令牌充值`]] as const) {
			setLanguage(language);
			const diagnosis = diagnose(results);
			assert.equal(diagnosis.verdict, 'relay_insufficient_balance');
			assert.deepEqual(diagnosis.fixes[0], {id: 'ask_operator', title, url: null});
		}
	} finally {
		setLanguage('en');
	}
});

test('W&B Inference refusing the account: the summary says once that the DeepSeek account is not involved, and leaves who enables it or the team account to the first fix, which says only what to do; its console after it names no key or balance (English and Chinese)', () => {
	const refusals = [
		wandbAnswers(403, 'The inference gateway is not enabled for your organization'),
		wandbAnswers(429, 'W&B Inference isn\'t available for personal accounts. Please switch to a non-personal account to access W&B Inference.'),
	];
	try {
		for (const [language, notInvolved, fixSays] of [['en', 'your DeepSeek account is not involved', /administrator|team/], ['zh-CN', '这与你的 DeepSeek 账号无关', /管理员|团队/]] as const) {
			setLanguage(language);
			for (const results of refusals) {
				const diagnosis = diagnose(results);
				const fix = diagnosis.fixes[0]?.title ?? '';
				assert.equal(diagnosis.summary.split(notInvolved).length - 1, 1, diagnosis.summary);
				assert.equal(diagnosis.fixes[0]?.id, 'enable_service');
				assert.doesNotMatch(fix, /DeepSeek/);
				// Who enables it, or the team account: the fix's (W&B's own words, quoted, may name neither).
				assert.match(fix, fixSays);
				assert.doesNotMatch(diagnosis.summary, fixSays);
				// Its console next, for the account's organization or team: not "check your key, balance" after "not the key, not the balance".
				assert.equal(diagnosis.fixes[1]?.id, 'relay_console');
				assert.equal(diagnosis.fixes[1]?.url, 'https://wandb.ai/subscriptions');
				assert.doesNotMatch(diagnosis.fixes[1]?.title ?? '', /key|balance|余额/);
			}
		}
	} finally {
		setLanguage('en');
	}
});

test('a relay\'s own 429 or 5xx: whoever runs it is asked about its limits or its errors, not for a top-up', () => {
	const askOf = (results: ReturnType<typeof scenario>) => diagnose(results).fixes.find(fix => fix.id === 'ask_operator')?.title ?? '';
	const limited = askOf(scenario(
		endpoint.notDeepSeek(gateway),
		probe.answered(answer(429, {error: {message: 'Too many requests', type: 'rate_limit'}}, {url: gatewayUrl('/v1/chat/completions')}), 'deepseek-chat'),
	));
	assert.match(limited, /how many requests it allows your key/);
	const failing = askOf(scenario(
		endpoint.notDeepSeek(gateway),
		auth.unexpected(answer(503, {type: 'server_error', message: 'Service temporarily unavailable', statusCode: 503}, {url: gatewayUrl('/v1/models')})),
	));
	assert.match(failing, /only they can see what goes wrong on their side/);
	for (const title of [limited, failing]) assert.doesNotMatch(title, /top up|balance/i, title);
});

/** Whether the row's expectations fail for this diagnosis. */
function rowFails(row: Row, diagnosis: Diagnosis): boolean {
	try {
		assertDiagnosis(row, diagnosis);
		return false;
	} catch (error) {
		if (error instanceof assert.AssertionError) return true;
		throw error;
	}
}

test('diagnose: swapping any two neighbouring rules fails at least one row', () => {
	const live = rows.filter(row => !row.todo);
	for (let index = 0; index + 1 < orderedRules.length; index++) {
		const swapped = [...orderedRules];
		const [first, second] = [swapped[index]!, swapped[index + 1]!];
		[swapped[index], swapped[index + 1]] = [second, first];
		const noticed = live.filter(row => rowFails(row, diagnose(row.results, swapped)));
		assert.ok(noticed.length > 0, `swapping ${first.name} and ${second.name} fails no row: add a row that pins their order`);
	}
});

test('diagnose: every verdict is reached by at least one row', () => {
	const reached = new Set(rows.filter(row => !row.todo).map(row => row.verdict));
	const missing = verdicts.filter(verdict => !reached.has(verdict));
	assert.deepEqual(missing, []);
});

test('diagnose: a relay\'s empty balance never sends the user to DeepSeek\'s top-up page', () => {
	// Except a proxy on this computer passing DeepSeek's own 402 on: the DeepSeek account behind it is mostly the user's (its own row says so).
	const ownProxy = (name: string) => name.startsWith('a proxy on this computer passing DeepSeek');
	for (const row of rows.filter(candidate => candidate.verdict === 'relay_insufficient_balance' && !ownProxy(candidate.name))) {
		const urls = diagnose(row.results).fixes.map(fix => fix.url);
		assert.ok(!urls.includes(platformUrls.topUp), row.name);
	}
});

test('diagnose: DeepSeek\'s 402 passed on by any service the provider table names sends the user to that service\'s console for the host called (a host\'s own where it has one), to whoever runs it where it has none; never to a DeepSeek page', () => {
	// One host each rule stands for: `*` as one label, a leading `*.` as a workspace's.
	const hostOf = (pattern: string) => pattern.replace(/^\*\./, 'ws1.').replaceAll('*', 'x');
	let checked = 0;
	for (const row of providerTable.filter(candidate => isOtherService(candidate.id))) {
		for (const rule of row.hosts) {
			const host = hostOf(rule.pattern);
			const provider = detectByHost(`https://${host}/v1`);
			assert.ok(provider?.id === row.id, host);
			const diagnosis = diagnose(scenario(
				endpoint.relay(provider, host),
				probe.answered(answer(402, {error: {message: 'Insufficient Balance', type: 'unknown_error', code: 'invalid_request_error'}}, {url: `https://${host}/v1/chat/completions`}), 'deepseek-chat'),
			));
			const where = `${row.id} at ${host}`;
			assert.equal(diagnosis.verdict, 'relay_insufficient_balance', where);
			// Its own account upstream ran dry: its support, through its console (no link where it has none).
			assert.equal(diagnosis.fixes[0]?.url, rule.consoleUrl ?? row.consoleUrl, where);
			for (const fix of diagnosis.fixes) assert.ok(fix.url === null || !new URL(fix.url).hostname.endsWith('deepseek.com'), `${where}: ${fix.url}`);
			checked++;
		}
	}
	assert.ok(checked > 40, `${checked} hosts`);
});

test('diagnose: a positive balance with a 402 puts the trace id in the summary and in the support fix', () => {
	const diagnosis = diagnose(scenario(probe.answered(deepseekAnswers.insufficient())));
	const support = diagnosis.fixes.find(fix => fix.id === 'contact_support');
	assert.ok(support);
	assert.ok(support.title.includes(traceId), support.title);
	assert.ok(diagnosis.summary.includes(traceId), diagnosis.summary);
});

test('diagnose: unknown gives support the trace id of the call that failed, not of one that worked', () => {
	const failedCall = 'c0ffee00c0ffee00c0ffee00c0ffee00';
	const diagnosis = diagnose(scenario(probe.answered(answer(400, deepseekError('Content Exists Risk'), {url: officialChat, traceId: failedCall}))));
	assert.equal(diagnosis.verdict, 'unknown');
	assert.deepEqual(diagnosis.fixes[1], {id: 'contact_support', title: `Write to DeepSeek support (api-service@deepseek.com) with trace id ${failedCall}`, url: 'mailto:api-service@deepseek.com'});
});

test('diagnose: a refused connection sends the user to the base URL\'s host and port first, not to their internet connection', () => {
	const diagnosis = diagnose(scenario(network.refused('127.0.0.1:18699'), auth.unexpected(failure('connection_refused', '127.0.0.1:18699 refused the connection.', 'http://127.0.0.1:18699/models'))));
	assert.equal(diagnosis.verdict, 'network_error');
	const [first] = diagnosis.fixes;
	assert.equal(first?.id, 'check_network');
	assert.match(first?.title ?? '', /^Check the base URL's host and port, and that the service there is running/);
});

test('diagnose: nothing at all to go on is ok, with no fixes', () => {
	const diagnosis = diagnose([]);
	assert.equal(diagnosis.verdict, 'ok');
	assert.deepEqual(diagnosis.fixes, []);
	assertReadable(diagnosis.summary, 'summary');
});

test('diagnose: summaries read cleanly when they quote a check that ends its own sentence', () => {
	const quoting = [
		scenario(balance.reading(readings.low), probe.answered(deepseekAnswers.insufficient())),
		scenario(balance.reading(readings.bonusOnly), probe.answered(deepseekAnswers.insufficient())),
		scenario(serviceStatus.trouble('full_outage'), auth.unexpected(deepseekAnswers.overloaded())),
		scenario(serviceStatus.trouble('partial_outage')),
	];
	for (const results of quoting) {
		const {summary} = diagnose(results);
		assert.doesNotMatch(summary, /\.\.(?!\.)|\.\)/, summary);
	}
});

// ---- the provider in `check --json` ----

test('diagnose: a rate limit sent with 200 (a gateway passing on an upstream\'s) says what came back, not 429, in both languages', () => {
	// A gateway the fingerprints cannot name (a recognised relay has its own sentence, in the relay rule).
	const results = scenario(
		endpoint.cannotTell(gateway),
		probe.answered(answer(200, 'relay error (channel id 2, user id: 1): Open api daily request limit reached', {bodyProblem: 'not_json', contentType: 'text/plain; charset=utf-8', url: gatewayUrl('/v1/chat/completions')})),
	);
	const english = diagnose(results);
	assert.equal(english.verdict, 'rate_limited');
	assert.equal(english.summary, `Too many requests: ${gateway} answers with a rate-limit error (sent with HTTP 200, not 429); this is not a balance problem.`);
	setLanguage('zh-CN');
	try {
		assert.equal(diagnose(results).summary, `请求太多：${gateway} 返回了限流错误（随 HTTP 200 发回，而不是 429）。这不是余额问题。`);
	} finally {
		setLanguage('en');
	}
	const at429 = diagnose(scenario(endpoint.cannotTell(gateway), probe.answered(answer(429, {error: {message: 'Too many requests'}}, {url: gatewayUrl('/v1/chat/completions')}))));
	assert.equal(at429.summary, `Too many requests: ${gateway} answers 429 (rate limited); this is not a balance problem.`);
});

test('diagnosedProvider: the endpoint check\'s provider when it found one', () => {
	assert.deepEqual(diagnosedProvider(healthyRun()), providers.deepseek);
	assert.deepEqual(diagnosedProvider(scenario(endpoint.relay(providers.openrouter, openRouterHost))), providers.openrouter);
});

test('diagnosedProvider: an error\'s wording never names the service; an unrecognised one is named by its host', () => {
	for (const wording of ['Volcengine', 'insufficient_quota', '"Insufficient credits" on a gateway']) {
		const row = rows.find(candidate => candidate.name.includes(wording));
		assert.ok(row, wording);
		assert.deepEqual(diagnosedProvider(row.results), {...providers.unknown, name: gateway}, wording);
	}
	const deepseekWording = scenario(endpoint.cannotTell(gateway), probe.answered(deepseekAnswers.insufficient(gatewayUrl('/chat/completions'))));
	assert.equal(diagnosedProvider(deepseekWording)?.id, 'unknown');
});

test('diagnosedProvider: the host beats a signature', () => {
	const results = scenario(
		endpoint.relay(providers.openrouter, openRouterHost),
		probe.answered(answer(403, {error: {code: 'AccountOverdueError', message: 'overdue', type: 'Forbidden'}}, {url: 'https://openrouter.ai/api/v1/chat/completions'})),
	);
	assert.deepEqual(diagnosedProvider(results), providers.openrouter);
});

test('diagnosedProvider: null when no endpoint check ran and nothing names a service', () => {
	assert.equal(diagnosedProvider([keyPresent.found(), auth.accepted()]), null);
});

test('diagnosisTraceIds: every distinct trace id, once', () => {
	const results = scenario(auth.unexpected(answer(500, deepseekError400(), {traceId: 'aaa'})), probe.answered(answer(402, deepseekError400(), {traceId: 'bbb', url: `${officialBase}/chat/completions`})));
	assert.deepEqual(diagnosisTraceIds(results).sort(), ['aaa', 'bbb', traceId].sort());
	assert.deepEqual(diagnosisTraceIds([keyPresent.found()]), []);
});

// ---- the fixtures are what the real checks produce ----

async function runReal(check: Check, routes: Parameters<typeof fakeApi>[0], overrides: Partial<CheckContext> = {}): Promise<Omit<CheckResult, 'durationMs' | 'title'>> {
	const outcome = await check.run(testContext({api: fakeApi(routes), ...overrides}), new AbortController().signal);
	return {id: check.id, ...outcome};
}

function withoutTiming({durationMs: _durationMs, title: _title, ...rest}: CheckResult): Omit<CheckResult, 'durationMs' | 'title'> {
	return rest;
}

test('fixtures: auth results match the auth check', async () => {
	const models = `${officialBase}/models`;
	assert.deepEqual(await runReal(authCheck, {[models]: deepseekAnswers.models()}), withoutTiming(auth.accepted()));
	assert.deepEqual(await runReal(authCheck, {[models]: deepseekAnswers.unauthorized()}), withoutTiming(auth.refused(deepseekAnswers.unauthorized())));
	const otherKey = deepseekAnswers.unauthorized('sk-' + 'fedcba9876543210'.repeat(2));
	assert.deepEqual(await runReal(authCheck, {[models]: otherKey}), withoutTiming(auth.refused(otherKey)));
	assert.deepEqual(await runReal(authCheck, {[models]: deepseekAnswers.rateLimited()}), withoutTiming(auth.unexpected(deepseekAnswers.rateLimited())));
	const reset = failure('connection_reset', 'The connection was reset.');
	assert.deepEqual(await runReal(authCheck, {[models]: reset}), withoutTiming(auth.unexpected(reset)));
	assert.deepEqual(await runReal(authCheck, {[models]: portal('/models')}), withoutTiming(auth.unexpected(portal('/models'))));
	const tokenGone = answer(401, {error: {message: '该令牌额度已用尽 token.RemainQuota = 0', type: 'one_api_error'}}, {url: gatewayUrl('/v1/models')});
	assert.deepEqual(
		await runReal(authCheck, {[gatewayUrl('/v1/models')]: tokenGone}, {baseUrl: `https://${gateway}`, callBaseUrl: gatewayUrl('/v1')}),
		withoutTiming(auth.refused(tokenGone)),
	);
});

test('fixtures: balance results match the balance check', async () => {
	const endpointResults = new Map([['endpoint', endpoint.official()]] as const);
	for (const reading of [readings.toppedUp, readings.zero, readings.low, readings.newAccount]) {
		assert.deepEqual(
			await runReal(balanceCheck, {'/user/balance': deepseekAnswers.balance(reading)}, {results: endpointResults}),
			withoutTiming(balance.reading(reading)),
		);
	}
	assert.deepEqual(
		await runReal(balanceCheck, {'/user/balance': deepseekAnswers.balance(readings.zero)}, {results: endpointResults, balanceHistory: bonusHistory}),
		withoutTiming(balance.reading(readings.zero, {balanceHistory: bonusHistory})),
	);
	const overloaded = deepseekAnswers.overloaded(`${officialBase}/user/balance`);
	assert.deepEqual(await runReal(balanceCheck, {'/user/balance': overloaded}, {results: endpointResults}), withoutTiming(balance.unexpected(overloaded)));
	const notDeepSeek = new Map([['endpoint', endpoint.notDeepSeek()]] as const);
	assert.deepEqual(await runReal(balanceCheck, {}, {results: notDeepSeek}), withoutTiming(balance.notDeepSeek()));
	assert.deepEqual(await runReal(balanceCheck, {}, {apiKey: undefined}), withoutTiming(balance.noKey()));
});

test('fixtures: probe results match the probe check', async () => {
	const routes = (reply: ReturnType<typeof answer>) => ({[`${officialBase}/models`]: deepseekAnswers.models(), [`${officialBase}/chat/completions`]: reply});
	for (const reply of [deepseekAnswers.insufficient(), deepseekAnswers.rateLimited(`${officialBase}/chat/completions`), answer(400, deepseekError400(), {url: `${officialBase}/chat/completions`})]) {
		assert.deepEqual(await runReal(probeCheck, routes(reply), {allowProbe: true}), withoutTiming(probe.answered(reply)));
	}
	assert.deepEqual(await runReal(probeCheck, {}), withoutTiming(probe.notAllowed()));
	assert.deepEqual(await runReal(probeCheck, {}, {probeConsent: 'flag'}), withoutTiming(probe.notAllowed()));
	assert.deepEqual(await runReal(probeCheck, {}, {probeConsent: 'question'}), withoutTiming(probe.declined()), 'the wizard asked: no flag to name');
});

test('fixtures: the endpoint result for api.deepseek.com matches the endpoint check', async () => {
	assert.deepEqual(await runReal(endpointCheck, {}), withoutTiming(endpoint.official()));
	assert.deepEqual(await runReal(endpointCheck, {}, {rawBaseUrl: 'https://api.deepseek.com/anthropic/'}), withoutTiming(endpoint.inAnthropicFormat(endpoint.official())), 'a base URL ending in /anthropic');
});

test('diagnose: the advice to use DeepSeek names its /anthropic address where the base URL the user had is for Anthropic-format tools (Claude Code on Zhipu\'s /api/anthropic), its bare one elsewhere; in both languages', () => {
	const bigModel = 'open.bigmodel.cn';
	const refused = answer(429, {type: 'error', error: {type: '1113', message: 'Insufficient balance or no resource package. Please recharge.'}}, {url: `https://${bigModel}/api/chat/completions`});
	const openAiTool = scenario(endpoint.notDeepSeek(bigModel), auth.accepted(['glm-4.6'], `https://${bigModel}/api/models`), probe.answered(refused, 'glm-4.6'));
	const anthropicTool = openAiTool.map(result => (result.id === 'endpoint' ? endpoint.inAnthropicFormat(result) : result));
	const useDeepSeek = (results: CheckResult[]) => diagnose(results).fixes.find(fix => fix.id === 'use_deepseek_base_url')?.title ?? '';
	assert.equal(diagnose(anthropicTool).verdict, 'relay_insufficient_balance');
	assert.match(useDeepSeek(anthropicTool), /set the base URL to https:\/\/api\.deepseek\.com\/anthropic \(/);
	assert.match(useDeepSeek(openAiTool), /set the base URL to https:\/\/api\.deepseek\.com and/);
	setLanguage('zh-CN');
	try {
		assert.match(useDeepSeek(anthropicTool), /base URL 设为 https:\/\/api\.deepseek\.com\/anthropic（/);
		assert.match(useDeepSeek(openAiTool), /base URL 设为 https:\/\/api\.deepseek\.com 并/);
	} finally {
		setLanguage('en');
	}
});

test('fixtures: the endpoint check names /beta at the end of a base URL at another service (deepSeekPath), never at DeepSeek', async () => {
	const openRouter = {baseUrl: 'https://openrouter.ai/api', callBaseUrl: 'https://openrouter.ai/api/v1', rawBaseUrl: 'https://openrouter.ai/api/v1/beta/'};
	assert.deepEqual((await runReal(endpointCheck, {}, openRouter)).details?.deepSeekPath, {path: '/beta', base: 'https://openrouter.ai/api/v1'});
	assert.equal((await runReal(endpointCheck, {}, {rawBaseUrl: 'https://api.deepseek.com/beta'})).details?.deepSeekPath, undefined, 'DeepSeek serves its /beta');
	assert.equal((await runReal(endpointCheck, {}, {...openRouter, rawBaseUrl: 'https://openrouter.ai/api/v1'})).details?.deepSeekPath, undefined);
});

test('diagnose: a base URL at another service ending in /beta, DeepSeek\'s own path (new-api\'s 404 "Invalid URL (POST /v1/beta/chat/completions)"), first says to take /beta out of the base URL set for that service, not to use DeepSeek; in both languages', () => {
	const invalidUrl = answer(404, {error: {message: 'Invalid URL (POST /v1/beta/chat/completions)', type: 'invalid_request_error', param: '', code: ''}}, {url: gatewayUrl('/v1/chat/completions')});
	const withBeta = (result: CheckResult): CheckResult => ({...result, details: {...result.details, deepSeekPath: {path: '/beta', base: gatewayUrl('/v1')}}});
	const plain = scenario(endpoint.notDeepSeek(gateway), auth.accepted(), probe.answered(invalidUrl));
	const beta = plain.map(result => (result.id === 'endpoint' ? withBeta(result) : result));
	assert.equal(diagnose(beta).verdict, 'wrong_endpoint');
	assert.deepEqual(diagnose(beta).fixes.map(fix => fix.id), ['fix_base_url', 'use_deepseek_base_url']);
	assert.equal(diagnose(beta).fixes[0]?.title, `Set the base URL for ${gateway} to https://${gateway}/v1, without /beta: /beta is DeepSeek's own address for its beta features, which ${gateway} does not serve`);
	assert.deepEqual(diagnose(plain).fixes.map(fix => fix.id), ['use_deepseek_base_url'], 'no /beta: no such fix');
	// A relay named by its product: the same first, then its console; also where both calls got 404 (the path rule).
	const openRouter = scenario(withBeta(endpoint.relay(providers.openrouter, openRouterHost)), auth.unexpected(answer(404, {error: {message: 'Not Found'}}, {url: gatewayUrl('/v1/models')})), probe.answered(invalidUrl));
	assert.deepEqual(diagnose(openRouter).fixes.map(fix => fix.id), ['fix_base_url', 'relay_console', 'use_deepseek_base_url']);
	assert.match(diagnose(openRouter).fixes[0]?.title ?? '', /^Set the base URL for OpenRouter to /);
	setLanguage('zh-CN');
	try {
		assert.equal(diagnose(beta).fixes[0]?.title, `把 ${gateway} 的 base URL 设为不带 /beta 的 https://${gateway}/v1：/beta 是 DeepSeek 自己的测试版功能地址，${gateway} 不提供`);
	} finally {
		setLanguage('en');
	}
});

test('diagnose: Volcengine Ark\'s "Safe Experience Mode" fix names its Model Activation page in Chinese too (开通管理, 安心体验模式), and links it only for the host whose page is known', () => {
	const paused = (host: string) => scenario(
		endpoint.relay(providerInfo('volcengine-ark', 'host'), host),
		probe.answered(answer(429, {error: {code: 'SetLimitExceeded', message: 'Your account [2100000000] has reached the set inference limit for the [deepseek-v3-2] model, and the model service has been paused.'}}, {url: `https://${host}/api/v3/chat/completions`}), 'deepseek-v3-2'),
	);
	assert.equal(diagnose(paused('ark.cn-shanghai.volces.com')).fixes[0]?.url, 'https://console.volcengine.com/finance', 'another region: its console, not Beijing\'s page');
	setLanguage('zh-CN');
	try {
		assert.equal(diagnose(paused('ark.cn-beijing.volces.com')).fixes[0]?.title, '在 Volcengine Ark 控制台的开通管理页面，为这个模型调整或关闭“安心体验模式”，让调用按付费价格继续');
	} finally {
		setLanguage('en');
	}
});

test('diagnose: Volcengine Ark\'s model refusals its console lifts read in Chinese too (开通, 推理接入点), as activating the model or sending an endpoint\'s id', () => {
	setLanguage('zh-CN');
	try {
		const notOpen = diagnose(arkRefusesModel(404, 'Your account 2106993666 has not activated the model deepseek-v3-1-250821. Please activate the model service in the Ark Console.'));
		assert.equal(notOpen.summary, 'Volcengine Ark 拒绝调用模型“deepseek-v3-1-250821”（HTTP 404）：你的账号在那里没有开通它。这不是 key 或余额的问题。');
		assert.equal(notOpen.fixes[0]?.title, '在 Volcengine Ark 的控制台（模型开通页面）开通这个模型，再重新调用');
		const byId = diagnose(arkRefusesModel(404, 'Accessing the model via Model ID is not allowed for your account. Please use a custom endpoint ID instead.'));
		assert.match(byId.summary, /^Volcengine Ark 不允许用模型 ID 调用模型“deepseek-v3-1-250821”（HTTP 404）：你在那里的账号只能用推理接入点的 ID（形如 ep-…）调用模型/);
		assert.equal(byId.fixes[0]?.title, '在 Volcengine Ark 的控制台为这个模型创建推理接入点，把它的 ID（ep-…）作为调用的“model”发送');
	} finally {
		setLanguage('en');
	}
});

test('diagnose: Azure\'s refusal by its network rules says so of the resource in Chinese too, never of the key', () => {
	const refusal = answer(403, {code: '403', message: 'Access denied due to Virtual Network/Firewall rules.'}, {url: 'https://myresource.openai.azure.com/openai/chat/completions'});
	const results = scenario(endpoint.relay(providerInfo('azure', 'host'), 'myresource.openai.azure.com'), auth.refused(refusal), probe.answered(refusal, 'DeepSeek-R1'));
	setLanguage('zh-CN');
	try {
		const found = diagnose(results);
		assert.match(found.summary, /那里的资源按来源网络拒绝了这些调用/);
		assert.equal(found.fixes[0]?.title, '从 Azure AI Foundry 中这个资源允许的网络发起调用（有专用终结点时经由它），或在它的网络（防火墙）设置里把调用发出的 IP 地址加进允许的地址');
	} finally {
		setLanguage('en');
	}
});

test('diagnose: a request refused by a gateway or an unknown service asks whoever runs it about the request, never to top up (relay rule and the fallback alike), in both languages', () => {
	const refusal = answer(400, deepseekError('Error from provider (DeepSeek): The `reasoning_content` in the thinking mode must be passed back to the API.', 'invalid_request_error'), {url: gatewayUrl('/v1/chat/completions')});
	const relayed = scenario(endpoint.notDeepSeek(gateway), auth.accepted(), probe.answered(refusal));
	const unsure = scenario(endpoint.cannotTell(gateway), auth.accepted(), probe.answered(refusal));
	for (const results of [relayed, unsure]) {
		const ask = diagnose(results).fixes.find(fix => fix.id === 'ask_operator');
		assert.equal(ask?.title, `If the same request keeps being refused, ask whoever runs ${gateway} what it takes`);
		setLanguage('zh-CN');
		try {
			assert.equal(diagnose(results).fixes.find(fix => fix.id === 'ask_operator')?.title, `如果同样的请求一再被拒绝，请问 ${gateway} 的管理员它接受什么样的请求`);
		} finally {
			setLanguage('en');
		}
	}
});

test('diagnose: a request refused for its messages\' order (a tool call not answered) quotes the answer; what to change is the first fix, not said twice, in both languages', () => {
	const said = 'An assistant message with \'tool_calls\' must be followed by tool messages responding to each \'tool_call_id\'.';
	const results = scenario(probe.answered(answer(400, {error: {message: said, type: 'invalid_request_error'}})));
	const english = diagnose(results);
	assert.equal(english.verdict, 'unknown');
	assert.equal(
		english.summary,
		`DeepSeek refuses the request itself (HTTP 400 "An assistant message with 'tool_calls' must be followed by tool messages responding to each 'tool_call_id'"), not the key or the balance.`,
	);
	assert.equal(english.fixes[0]?.id, 'change_request');
	assert.equal(english.fixes[0]?.title, 'Change what your app sends (its length, max_tokens, content, or message order: each tool call followed by its tool message), then try again');
	setLanguage('zh-CN');
	try {
		assert.equal(
			diagnose(results).summary,
			`DeepSeek 拒绝的是请求本身（HTTP 400，“An assistant message with 'tool_calls' must be followed by tool messages responding to each 'tool_call_id'”），不是 key，也不是余额。`,
		);
		assert.equal(diagnose(results).fixes[0]?.title, '修改应用发送的请求（长度、max_tokens、内容或消息顺序：每个工具调用后面紧跟它的工具消息），然后再试');
	} finally {
		setLanguage('en');
	}
});

test('the request-refused sentence without a message from the server does not point to one', () => {
	assert.equal(
		diagnoseMessages.requestRefused({name: 'GitHub Models', status: 413, said: undefined}),
		'GitHub Models refuses the request itself (HTTP 413), not the key or the balance.',
	);
	setLanguage('zh-CN');
	try {
		assert.equal(
			diagnoseMessages.requestRefused({name: 'GitHub Models', status: 413, said: undefined}),
			'GitHub Models 拒绝的是请求本身（HTTP 413），不是 key，也不是余额。',
		);
	} finally {
		setLanguage('en');
	}
});

test('diagnose: a gateway passing on DeepSeek\'s "no balance" asks whoever runs it to top up the account it uses there, not the user\'s', () => {
	const diagnosis = diagnose(scenario(
		endpoint.notDeepSeek(gateway),
		probe.answered(answer(402, {error: {message: 'Insufficient Balance', type: 'unknown_error', param: null, code: 'invalid_request_error'}}, {url: gatewayUrl('/v1/chat/completions')}), 'deepseek-chat'),
	));
	assert.equal(diagnosis.verdict, 'relay_insufficient_balance');
	const [first] = diagnosis.fixes;
	assert.equal(first?.id, 'ask_operator');
	assert.match(first?.title ?? '', new RegExp(`^Ask whoever runs ${gateway} to top up the account it uses at DeepSeek`));
	assert.doesNotMatch(first?.title ?? '', /your balance or token there/);
});

test('diagnose: a recognised service passing on DeepSeek\'s "no balance" sends the user to its support from its console, not to check their own balance there', () => {
	const opencode = providerInfo('opencode-zen', 'host');
	const diagnosis = diagnose(scenario(
		endpoint.relay(opencode, 'opencode.ai'),
		probe.answered(answer(402, {error: {message: 'Insufficient Balance', type: 'unknown_error', param: null, code: 'invalid_request_error'}}, {url: 'https://opencode.ai/zen/go/v1/chat/completions'}), 'deepseek-v4-pro'),
	));
	assert.equal(diagnosis.verdict, 'relay_insufficient_balance');
	assert.match(diagnosis.summary, /the account OpenCode Zen itself uses at DeepSeek cannot pay/);
	const [first] = diagnosis.fixes;
	assert.deepEqual(
		{id: first?.id, url: first?.url, title: first?.title},
		{
			id: 'relay_console',
			url: opencode.consoleUrl,
			title: "Ask OpenCode Zen's support to refill its own DeepSeek account (not yours), or pick a model there that another provider serves",
		},
	);
});

test('diagnose: W&B Inference not enabled for the organization reads in Chinese with its status and words apart (HTTP 403，“…”), the service said once', () => {
	setLanguage('zh-CN');
	try {
		const refused = diagnose(wandbAnswers(403, 'The inference gateway is not enabled for your organization'));
		assert.match(refused.summary, /^你的调用发往 W&B Inference，而不是 DeepSeek；它不允许这个账号使用（HTTP 403，“The inference gateway is not enabled for your organization”）：这项服务没有为你的账号或账号所在的组织开通。/);
		assert.equal(refused.fixes[0]?.title, '在 W&B Inference 的控制台为你的账号开通这项服务（组织账号由组织的管理员开通），或改用已经开通的团队账号');
	} finally {
		setLanguage('en');
	}
});

test('the long-context extra usage fix at Anthropic\'s own API, in Chinese: the subscriber\'s own usage page, no one else to ask; a relay passing it on still asks whoever runs it', async () => {
	const {fixes} = await import('../../source/fixes.js');
	setLanguage('zh-CN');
	try {
		assert.equal(fixes.extraUsageOn(providerInfo('anthropic', 'host'), 'Anthropic API').title, '在 claude.ai/settings/usage 的用量设置里开启额外用量（Claude Code 里用 /extra-usage），需要先添加付款方式');
		assert.match(fixes.extraUsageOn(providerInfo('unknown', 'fingerprint'), 'relay.example').title, /或请管理员开启/);
	} finally {
		setLanguage('en');
	}
});
