// The corpus of real error answers (test/fixtures/real-errors.json) through the engine:
// each answer is served from a local server playing the user's own host (api.deepseek.com,
// openrouter.ai, a relay…) over real sockets, every live check runs with the paid call
// allowed, and the verdict must be the one the thread's root cause calls for. Nothing here
// knows the entries: the same code reads every answer.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import type {ServerResponse} from 'node:http';
import type {CheckId} from '../../source/checks/types.js';
import {buildContext} from '../../source/context.js';
import {createApiClient} from '../../source/deepseek/client.js';
import {defaultStatusUrl} from '../../source/deepseek/facts.js';
import {runDiagnosis} from '../../source/engine.js';
import {detectByHost, hostOfBaseUrl} from '../../source/providers/detect.js';
import {providerTable} from '../../source/providers/table.js';
import type {ProviderId} from '../../source/providers/types.js';
import {defaultSettings} from '../../source/settings/schema.js';
import {verdicts, type CheckReport} from '../../source/verdict.js';
import {statusSummary, type ComponentStatus} from '../fake/status-page.js';
import {startAnyHostServer, type AnyHostRequest, type AnyHostServer} from '../helpers/any-host-server.js';
import {tempConfigDir} from '../helpers/run-cli.js';
import {testKey} from '../helpers/results.js';

type Entry = {
	id: string;
	source: {repo?: string; kind: 'issue' | 'pull' | 'doc' | 'page'; number?: number; url: string};
	baseUrl: string;
	on: 'chat' | 'every_call';
	status: number;
	headers: Record<string, string>;
	body: string;
	statusPage?: {api: ComponentStatus; title?: string};
	rootCause: string;
	verdict: string;
	/** A fix id the diagnosis must offer, where the verdict alone does not say what to do. */
	fix?: string;
	/** Links the diagnosis must give, by fix id, where the answer names the page (the user's own billing page). */
	links?: Record<string, string>;
	note?: string;
};

const corpus = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '..', 'fixtures', 'real-errors.json'), 'utf8')) as {entries: Entry[]};

/** Every live check that talks to the base URL or the status page (the network check dials real DNS). */
const checkIds: readonly CheckId[] = ['key_present', 'key_format', 'endpoint', 'auth', 'balance', 'service_status', 'probe'];

const statusPath = new URL(defaultStatusUrl).pathname;

/** The host as the user's base URL names it; the service behind it answers as the entry says. */
function serve(entry: Entry) {
	return (request: AnyHostRequest, response: ServerResponse) => {
		const answer = (status: number, body: string, headers: Record<string, string>) => response.writeHead(status, headers).end(body);
		if (request.path === statusPath) {
			const summary = statusSummary(entry.statusPage?.api ?? 'operational', entry.statusPage?.title);
			answer(summary.status, summary.body, summary.headers);
			return;
		}
		const isChat = request.method === 'POST' && request.path.endsWith('/chat/completions');
		if (isChat || (entry.on === 'every_call' && request.authorization !== undefined)) {
			answer(entry.status, entry.body, entry.headers);
			return;
		}
		if (request.method === 'GET' && request.path.endsWith('/models')) {
			answer(200, JSON.stringify({object: 'list', data: [{id: 'deepseek-chat', object: 'model', owned_by: 'system'}]}), {'content-type': 'application/json'});
			return;
		}
		answer(404, JSON.stringify({error: {message: 'Not Found', type: 'invalid_request_error'}}), {'content-type': 'application/json'});
	};
}

async function diagnoseEntry(server: AnyHostServer, entry: Entry): Promise<CheckReport> {
	server.setHandler(serve(entry));
	const controller = new AbortController();
	const built = buildContext({
		env: {DEEPSEEK_API_KEY: testKey, DEEPSEEK_BASE_URL: entry.baseUrl},
		flags: {probe: true},
		settings: defaultSettings(),
		signal: controller.signal,
		cwd: tempConfigDir(),
	});
	assert.ok(built.ok, built.ok ? '' : built.message);
	const api = createApiClient({baseUrl: built.ctx.baseUrl, apiKey: testKey, timeoutMs: 5000, signal: controller.signal, dispatcher: server.dispatcher});
	return runDiagnosis({...built.ctx, api}, checkIds, {signal: controller.signal});
}

/**
 * Hosts of the corpus that the provider table must name by their product (not "the service
 * at HOST"): a row removed or a host pattern that no longer matches fails their entries.
 */
const namedHosts: Readonly<Record<string, ProviderId>> = {
	'opencode.ai': 'opencode-zen',
	'api.groq.com': 'groq',
	'router.huggingface.co': 'huggingface',
	'ai-gateway.vercel.sh': 'vercel-ai-gateway',
	'api.venice.ai': 'venice',
	'api.cline.bot': 'cline',
	'api.kilo.ai': 'kilo',
	'ollama.com': 'ollama-cloud',
	'api.cloudflare.com': 'cloudflare-workers-ai',
	'api.cerebras.ai': 'cerebras',
	'api.sambanova.ai': 'sambanova',
	'api.pinference.ai': 'prime-intellect',
	'api.inference.wandb.ai': 'wandb-inference',
	'bedrock-runtime.us-east-1.amazonaws.com': 'bedrock',
	'open.bigmodel.cn': 'zhipu',
	'api-inference.modelscope.cn': 'modelscope',
	'openrouter.ai': 'openrouter',
	'api.siliconflow.cn': 'siliconflow',
	'api.anthropic.com': 'anthropic',
	'api.openai.com': 'openai',
};

/** Product names of every service in the provider table (DeepSeek aside). */
const vendorNames = providerTable.filter(row => !['deepseek', 'unknown', 'one-api', 'new-api'].includes(row.id)).map(row => row.name);

describe('the corpus of real error answers', () => {
	let server: AnyHostServer | undefined;
	before(async () => {
		server = await startAnyHostServer();
	});
	after(async () => {
		await server?.close();
	});

	test('every host the table must name has entries in the corpus', () => {
		const hosts = new Set(corpus.entries.map(entry => new URL(entry.baseUrl).host));
		for (const host of Object.keys(namedHosts)) assert.ok(hosts.has(host), `no entry for ${host}`);
	});

	test('holds at least 30 real cases, each with a source, a root cause and a known verdict', () => {
		assert.ok(corpus.entries.length >= 30, `${corpus.entries.length} entries`);
		assert.equal(new Set(corpus.entries.map(entry => entry.id)).size, corpus.entries.length, 'ids are unique');
		for (const entry of corpus.entries) {
			assert.match(entry.source.url, /^https:\/\//, entry.id);
			if (entry.source.kind === 'issue' || entry.source.kind === 'pull') assert.ok(entry.source.repo && entry.source.number, entry.id);
			assert.ok(entry.rootCause.length > 20, entry.id);
			assert.ok((verdicts as readonly string[]).includes(entry.verdict), entry.id);
			assert.doesNotMatch(entry.body, /sk-[0-9a-f]{32}/, `${entry.id}: no key-shaped string`);
		}
	});

	for (const entry of corpus.entries) {
		test(`${entry.id} (${entry.source.repo ? `${entry.source.repo}#${entry.source.number}` : entry.source.url}) → ${entry.verdict}`, async () => {
			assert.ok(server);
			const before = server.requests.length;
			const report = await diagnoseEntry(server, entry);
			const seen = `${report.summary}\n${report.checks.map(check => `${check.id} ${check.status}: ${check.summary}`).join('\n')}`;
			assert.equal(report.verdict, entry.verdict, seen);
			if (entry.fix) assert.ok(report.fixes.some(fix => fix.id === entry.fix), `fix ${entry.fix} missing from ${report.fixes.map(fix => fix.id).join(', ')}`);
			for (const [id, url] of Object.entries(entry.links ?? {})) assert.equal(report.fixes.find(fix => fix.id === id)?.url, url, `${id}'s link`);
			// Every request went to the user's own host (or the status page), over real sockets.
			const host = hostOfBaseUrl(entry.baseUrl) ?? '';
			const hosts = new Set(server.requests.slice(before).map(request => request.host));
			assert.ok(hosts.has(host), `asked ${[...hosts].join(', ')}`);
			// The service is named by its product when the host names one, else by its host,
			// never by a vendor whose host it is not.
			const byHost = detectByHost(entry.baseUrl);
			for (const name of vendorNames) {
				if (name !== byHost?.name) assert.ok(!report.summary.includes(name), `names ${name}: ${report.summary}`);
			}
			const named = namedHosts[new URL(entry.baseUrl).host];
			if (named) {
				assert.equal(report.provider?.id, named, `${entry.baseUrl} is named ${report.provider?.name}`);
				assert.equal(report.provider?.detectedBy, 'host');
			}
			if (report.provider?.id === 'unknown') assert.equal(report.provider.name, new URL(entry.baseUrl).host);
			assert.ok(!JSON.stringify(report).includes(testKey), 'the key never appears whole');
		});
	}
});
