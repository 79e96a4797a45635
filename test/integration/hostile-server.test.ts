// A server that echoes the key back in pieces and dresses its messages with invisible
// characters and Markdown: nothing of the key, and nothing invisible, reaches the text
// report, the JSON, the Markdown report or the settings file; no server link renders live.
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import MarkdownIt from 'markdown-it';
import {fakeKey} from '../fake/server.js';
import {runCli} from '../helpers/run-cli.js';
import {fakeEnv, useFake} from '../helpers/with-fake.js';

const fake = useFake();

/** Every slice of 8 characters of the key, in lower case: none may appear in any output. */
const keySlices = Array.from({length: fakeKey.length - 7}, (_, start) => fakeKey.slice(start, start + 8).toLowerCase());

function assertNoKeyRun(output: string, where: string): void {
	const lower = output.toLowerCase();
	const found = keySlices.find(slice => lower.includes(slice));
	assert.equal(found, undefined, `${where} shows 8+ characters of the key:\n${output}`);
}

function assertNothingInvisible(output: string, where: string): void {
	assert.doesNotMatch(output, /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/, `${where} carries bidi or zero-width characters`);
}

test('check, check --json and report: no piece of the echoed key, no invisible characters, no live server link', async () => {
	fake().setScenario('hostile_echo');
	const env = fakeEnv(fake(), 'hostile_echo');
	const runs = {
		text: await runCli(['check', '--probe'], env),
		json: await runCli(['check', '--json', '--probe'], env),
		report: await runCli(['report', '--probe'], env),
	};
	for (const [name, run] of Object.entries(runs)) {
		assert.equal(run.code, 1, `${name}: ${run.stderr}`);
		assertNoKeyRun(run.stdout + run.stderr, name);
		assertNothingInvisible(run.stdout + run.stderr, name);
	}
	// Its balance answer names no currency, so no amount is shown as if read.
	assert.match(runs.text.stdout, /! Balance: Unreadable answer \(HTTP 200\)\. The balance answer's currency/);
	assert.match(runs.report.stdout.replaceAll('\n', ' '), /not a currency code such as CNY or USD/);
	// The server's words are still there, only cleaned: the reader sees what it said.
	assert.match(runs.text.stdout, /Insufficient Balance for sk-…cdef \[click/);
	assert.match(runs.report.stdout, /Insufficient Balance for sk-…cdef \[click here\]\(javascript:alert\(1\)\)/);
	const html = new MarkdownIt({html: true, linkify: true}).render(runs.report.stdout);
	assert.doesNotMatch(html, /<img/, 'the tracking image renders');
	const links = [...html.matchAll(/<a href="([^"]*)"/g)].map(match => match[1] ?? '');
	assert.ok(links.length > 0, 'our own fixes are links');
	for (const link of links) assert.match(link, /^(?:https:\/\/platform\.deepseek\.com\/|https:\/\/api-docs\.deepseek\.com\/|https:\/\/status\.deepseek\.com|mailto:api-service@deepseek\.com)/, `a live link from the server: ${link}`);
});

test('balance: the key-shaped currency is neither shown nor stored in the settings file', async () => {
	fake().setScenario('hostile_echo');
	const env = fakeEnv(fake(), 'hostile_echo');
	const json = await runCli(['balance', '--json'], env);
	const text = await runCli(['balance'], env);
	assertNoKeyRun(json.stdout + json.stderr, 'balance --json');
	assertNoKeyRun(text.stdout + text.stderr, 'balance');
	// The echoed "currency" is no currency code: the balance is an unreadable answer, said so, not a ✔ with the value.
	assert.equal(text.code, 1, text.stderr);
	assert.match(text.stdout.replaceAll('\n', ' '), /not a currency code such as CNY or USD/);
	assert.doesNotMatch(text.stdout, /47\.44/);
	const document = JSON.parse(json.stdout) as {checks: Array<{id: string; status: string}>};
	assert.equal(document.checks.find(check => check.id === 'balance')?.status, 'error');
	// A reading the history cannot hold is left out without a word, as in the wizard: no note the user can do nothing about.
	for (const run of [json, text]) assert.doesNotMatch(run.stderr, /not remembered/);
	const dir = env.DEEPSEEK_FIX_CONFIG_DIR ?? '';
	for (const name of readdirSync(dir)) assertNoKeyRun(readFileSync(path.join(dir, name), 'utf8'), `settings file ${name}`);
});
