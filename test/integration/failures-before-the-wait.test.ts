// Failures that come before the code loaded during the wait (run-later.js) is there: the client's
// reading of failures comes with that code (deepseek/client.ts), so a proxy variable that holds no
// URL, a refused connection or a failed name lookup, met within milliseconds of the start, loads
// it itself. The built CLI, as users run it: `balance`, whose outcome is the client's failure as
// it came, in both languages; and `check`'s rows, with the same reason and code as ever.
import assert from 'node:assert/strict';
import {after, test} from 'node:test';
import {closedPort} from '../helpers/raw-server.js';
import {runCli} from '../helpers/run-cli.js';
import {mappedHostsEnv} from '../helpers/with-fake.js';
import {currentLanguage, languages, setLanguage, type Language} from '../../source/messages/language.js';
import {proxyMessages} from '../../source/messages/http.js';

const startLanguage = currentLanguage();
after(() => setLanguage(startLanguage));

type Row = {id: string; summary: string; details: Record<string, unknown>};
type Outcome = {text: string; verdict: string; rows: Row[]};

/** `command`, as text (wide enough not to wrap) and as JSON, in `language`. Every name but a loopback one fails to resolve (map-hosts.mjs). */
async function run(command: 'check' | 'balance', language: Language, env: Record<string, string | undefined>): Promise<Outcome> {
	const environment = mappedHostsEnv({DEEPSEEK_FIX_LANG: language, COLUMNS: '1000', ...env});
	const [text, json] = await Promise.all([runCli([command], environment), runCli([command, '--json'], environment)]);
	assert.equal(json.stderr, '', json.stderr);
	const document = JSON.parse(json.stdout) as {verdict: string; checks: Row[]};
	return {text: text.stdout, verdict: document.verdict, rows: document.checks};
}

/** The reason and code of row `id`'s failure. */
function failed(outcome: Outcome, id: string): unknown[] {
	const found = outcome.rows.find(candidate => candidate.id === id);
	assert.ok(found, `no ${id} row`);
	return [found.details.reason, found.details.code];
}

/** The sentence in `language`, from the tables the client reads. */
function said(language: Language, sentence: () => string): string {
	setLanguage(language);
	return sentence();
}

for (const language of languages) {
	test(`${language}: a proxy variable that holds no URL`, async () => {
		const outcome = await run('balance', language, {HTTPS_PROXY: 'http://%zz'});
		assert.equal(outcome.verdict, 'network_error');
		assert.deepEqual(failed(outcome, 'balance'), ['proxy', null]);
		assert.ok(outcome.text.includes(said(language, () => proxyMessages.badVariable({variable: 'HTTPS_PROXY', problem: {kind: 'other'}}))), outcome.text);
	});

	test(`${language}: a proxy that refuses the connection`, async () => {
		const proxy = `http://127.0.0.1:${await closedPort()}`;
		const outcome = await run('balance', language, {HTTPS_PROXY: proxy});
		assert.equal(outcome.verdict, 'network_error');
		assert.deepEqual(failed(outcome, 'balance'), ['proxy', 'ECONNREFUSED']);
		// Going direct fails too here (no name resolves), so unsetting the variable is not offered.
		assert.ok(outcome.text.includes(said(language, () => proxyMessages.refused({proxy, variable: 'HTTPS_PROXY', unsetHelps: false}))), outcome.text);
	});

	test(`${language}: a name that does not resolve, and a refused connection`, async () => {
		const unresolved = await run('balance', language, {DEEPSEEK_BASE_URL: 'https://nowhere.example'});
		assert.equal(unresolved.verdict, 'network_error');
		assert.deepEqual(failed(unresolved, 'balance'), ['dns', 'ENOTFOUND']);
		assert.match(unresolved.text, /nowhere\.example/);
		const refused = await run('check', language, {DEEPSEEK_BASE_URL: `http://127.0.0.1:${await closedPort()}`});
		assert.equal(refused.verdict, 'network_error');
		for (const id of ['auth', 'balance']) assert.deepEqual(failed(refused, id), ['connection_refused', 'ECONNREFUSED']);
	});
}
