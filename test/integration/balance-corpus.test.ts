// The corpus of real balance answers (test/fixtures/real-balances.json) through the BUILT
// CLI: each answer is served on 127.0.0.1 for the host the user's base URL names
// (api.deepseek.com, openrouter.ai, api.siliconflow.cn, a gateway…; the child's lookups are
// mapped there by map-hosts.mjs), `balance --json` must read exactly the amounts the entry
// says (strings, never rounded) and `check --json` must judge the balance as it says.
// Nothing here knows the entries: the same code reads every answer.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {listenOnLoopback} from '../helpers/raw-server.js';
import {runCli, tempConfigDir} from '../helpers/run-cli.js';
import {testKey} from '../helpers/results.js';

type Answer = {path: string; status: number; headers: Record<string, string>; body: string; scaffold?: true};

type Entry = Answer & {
	id: string;
	source: {repo?: string; kind: 'issue' | 'pull' | 'doc'; number?: number; url: string};
	provider: string;
	baseUrl: string;
	/** Further answers the reader asks for (OpenRouter's /credits; a gateway's /api/status). */
	more?: Answer[];
	expect: {
		/** read: amounts below; refused: the key was not accepted there; unreadable: no reading. */
		reading: 'read' | 'refused' | 'unreadable';
		balances?: Array<{currency: string; total: string | null; granted: string | null; toppedUp: string | null; limit?: string}>;
		exhausted?: boolean;
		unlimited?: boolean;
		/** The balance check's status in `check --json`. */
		check: 'pass' | 'warn' | 'fail' | 'error' | 'skip';
	};
	note?: string;
};

type BalanceJson = {
	balance: {balances: NonNullable<Entry['expect']['balances']>; isAvailable?: boolean; unlimited?: boolean; exhausted?: boolean} | null;
	provider: {id: string} | null;
	checks: Array<{id: string; status: string; summary: string; details: Record<string, unknown>}>;
};

const fixtures = path.resolve(import.meta.dirname, '..', 'fixtures');
const corpus = JSON.parse(readFileSync(path.join(fixtures, 'real-balances.json'), 'utf8')) as {entries: Entry[]};
const tls = {key: readFileSync(path.join(fixtures, 'tls', 'server-key.pem')), cert: readFileSync(path.join(fixtures, 'tls', 'server.pem'))};

/** The entry now being served: the one local host answers for every name. */
let current: Entry | undefined;
const asked: string[] = [];

function answer(request: http.IncomingMessage, response: http.ServerResponse) {
	const pathname = new URL(request.url ?? '/', 'http://x').pathname;
	asked.push(`${request.method} ${request.headers.host ?? ''}${pathname}`);
	const entry = current;
	const found = entry ? [entry, ...(entry.more ?? [])].find(one => one.path === pathname) : undefined;
	if (found) {
		response.writeHead(found.status, found.headers).end(found.body);
		return;
	}
	// What the real services answer for a path they do not have.
	response.writeHead(404, {'content-type': 'application/json'}).end(JSON.stringify({error: {message: 'Not Found', type: 'invalid_request_error'}}));
}

const plain = http.createServer(answer);
const secure = https.createServer(tls, answer);
let ports = {http: 0, https: 0};

before(async () => {
	ports = {http: await listenOnLoopback(plain), https: await listenOnLoopback(secure)};
});
after(async () => {
	for (const server of [plain, secure]) {
		server.closeAllConnections();
		server.close();
	}
});

/** The entry's base URL with the local port of its scheme (the host name stays). */
function localBaseUrl(entry: Entry): string {
	const url = new URL(entry.baseUrl);
	url.port = String(url.protocol === 'https:' ? ports.https : ports.http);
	return url.toString().replace(/\/$/, '');
}

function envFor(entry: Entry): Record<string, string> {
	return {
		DEEPSEEK_API_KEY: testKey,
		DEEPSEEK_BASE_URL: localBaseUrl(entry),
		DEEPSEEK_FIX_CONFIG_DIR: tempConfigDir(),
		NO_COLOR: '1',
		NODE_EXTRA_CA_CERTS: path.join(fixtures, 'tls', 'ca.pem'),
		NODE_OPTIONS: `--import ${path.resolve(import.meta.dirname, '..', 'helpers', 'map-hosts.mjs')}`,
		// The status page is not part of this: its name does not resolve, so that check is skipped.
		TEST_LOOPBACK_HOSTS: new URL(entry.baseUrl).hostname,
	};
}

async function runJson(entry: Entry, args: string[]): Promise<BalanceJson> {
	const run = await runCli(args, envFor(entry));
	assert.ok(!`${run.stdout}${run.stderr}`.includes(testKey), 'the key never appears whole');
	try {
		return JSON.parse(run.stdout) as BalanceJson;
	} catch {
		throw new Error(`not JSON (exit ${run.code}): ${run.stdout}\n${run.stderr}`);
	}
}

describe('the corpus of real balance answers', () => {
	test('holds at least 12 real answers, each with a source and a conclusion', () => {
		assert.ok(corpus.entries.length >= 12, `${corpus.entries.length} entries`);
		assert.equal(new Set(corpus.entries.map(entry => entry.id)).size, corpus.entries.length, 'ids are unique');
		for (const entry of corpus.entries) {
			assert.match(entry.source.url, /^https:\/\//, entry.id);
			if (entry.source.kind !== 'doc') assert.ok(entry.source.repo && entry.source.number, entry.id);
			assert.ok(entry.expect.reading !== 'read' || entry.expect.balances, `${entry.id}: a reading says its amounts`);
			for (const one of [entry, ...(entry.more ?? [])]) {
				assert.doesNotMatch(one.body, /sk-[A-Za-z0-9-]{20,}/, `${entry.id}: no key-shaped string`);
				JSON.parse(one.body);
			}
		}
	});

	for (const entry of corpus.entries) {
		const from = entry.source.repo ? `${entry.source.repo}#${entry.source.number}` : entry.source.url;
		test(`${entry.id} (${from}) → ${entry.expect.reading}, check ${entry.expect.check}`, async () => {
			current = entry;
			asked.length = 0;
			const read = await runJson(entry, ['balance', '--json']);
			const seen = JSON.stringify(read.balance);
			assert.ok(asked.some(line => line.endsWith(entry.path)), `asked ${asked.join(', ')}`);
			assert.equal(read.provider?.id, entry.provider, seen);
			const balanceCheck = read.checks.find(check => check.id === 'balance');
			assert.ok(balanceCheck, 'the balance check ran');
			if (entry.expect.reading === 'read') {
				assert.ok(read.balance, `no reading: ${balanceCheck.summary}`);
				assert.deepEqual(read.balance.balances, entry.expect.balances, `${seen}\n${balanceCheck.summary}`);
				if (entry.expect.exhausted !== undefined) assert.equal(Boolean(read.balance.exhausted), entry.expect.exhausted, seen);
				if (entry.expect.unlimited !== undefined) assert.equal(Boolean(read.balance.unlimited), entry.expect.unlimited, seen);
			} else {
				assert.ok(!read.balance || read.balance.balances.length === 0, `read ${seen} from an answer that has none`);
				const outcome = balanceCheck.details.outcome;
				if (outcome !== undefined) assert.equal(outcome, entry.expect.reading === 'refused' ? 'refused' : 'failed', balanceCheck.summary);
			}
			const checked = await runJson(entry, ['check', '--json']);
			const judged = checked.checks.find(check => check.id === 'balance');
			assert.equal(judged?.status, entry.expect.check, judged?.summary);
			// A DeepSeek balance the check passes is not under its default low mark for `balance --below` either
			// (the currency that pays is compared, not the first listed).
			if (entry.provider === 'deepseek' && entry.expect.check === 'pass') {
				const below = await runCli(['balance', '--below', '1'], envFor(entry));
				assert.equal(below.code, 0, below.stdout);
				// Its listing starts with that currency too, as check's row does (an empty USD was listed first).
				const funded = entry.expect.balances?.find(info => info.total !== null && Number(info.total) > 0);
				const firstListed = below.stdout.split('\n').find(line => /^-?[\d.]+ [A-Z]{3}$/.test(line));
				if (funded) assert.ok(firstListed?.endsWith(` ${funded.currency}`), below.stdout);
			}
		});
	}
});
