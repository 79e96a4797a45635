// The Linux console (TERM=linux) and Windows' classic console host have no ✔, ✖, ⚠, ℹ, ❯ or
// Braille in their fonts: there the built command line draws figures' fallbacks (√ × ‼ i >,
// a turning line for the spinner), the same way for the plain report and the wizard, and
// every other terminal keeps the symbols.
import assert from 'node:assert/strict';
import {after, before, test} from 'node:test';
import {fakeKey, startFake, type FakeServer} from '../fake/server.js';
import {runCli, tempConfigDir} from '../helpers/run-cli.js';
import {keysOnScreens, runInTerminal, terminalAvailable} from '../helpers/terminal.js';

const skip = !terminalAvailable && 'no util-linux `script` here to give the command a terminal';

let fake: FakeServer | undefined;
before(async () => {
	// Slow enough for the wizard's spinner to turn while the checks run.
	fake = await startFake({scenario: 'low_balance', latencyMs: 400});
});
after(async () => {
	await fake?.close();
});

function env(term: string): Record<string, string | undefined> {
	if (!fake) throw new Error('the fake is only running inside tests');
	return {DEEPSEEK_API_KEY: fakeKey, DEEPSEEK_BASE_URL: fake.baseUrl, DEEPSEEK_STATUS_URL: fake.statusUrl, DEEPSEEK_FIX_CONFIG_DIR: tempConfigDir(), NO_COLOR: '1', TERM: term};
}

/** Symbols a console font cannot draw, the spinner's Braille included. */
const undrawable = /[✔✖⚠ℹ❯\u2800-\u28FF]/u;

for (const scenario of ['zero_balance', 'low_balance'] as const) {
	test(`check (${scenario}) with TERM=linux: √ × ‼ beside the rows, none of ✔ ✖ ⚠; elsewhere the symbols`, async () => {
		fake!.setScenario(scenario);
		const linux = await runCli(['check'], env('linux'));
		assert.doesNotMatch(linux.stdout, undrawable, linux.stdout);
		assert.match(linux.stdout, /^√ API key: /mu, linux.stdout);
		assert.match(linux.stdout, scenario === 'zero_balance' ? /^× Balance: 0\.00 CNY/mu : /^‼ Balance: 0\.35 CNY/mu, linux.stdout);

		const xterm = await runCli(['check'], env('xterm-256color'));
		assert.match(xterm.stdout, /^✔ API key: /mu, xterm.stdout);
		assert.match(xterm.stdout, scenario === 'zero_balance' ? /^✖ Balance: 0\.00 CNY/mu : /^⚠ Balance: 0\.35 CNY/mu, xterm.stdout);
	});
}

/** Every screen of "Run every check" to the result, then q: the whole output and the record left behind. */
async function walk(term: string): Promise<string> {
	fake!.setScenario('zero_balance');
	// Down first (the wizard reads keys itself only once its first frame is drawn), then down to "Run every check",
	// the key from the environment, no paid call, and q on the result.
	const keys = keysOnScreens([
		['Run every check', '\u001B[B'],
		[`${term === 'linux' ? '>' : '❯'} They fail with something else`, '\u001B[B\u001B[B\u001B[B\r'],
		['The key in DEEPSEEK_API_KEY', '\r'],
		['No, skip it', '\r'],
		['Your DeepSeek balance is empty', 'q'],
	]);
	const run = await runInTerminal([], env(term), {limitMs: 30_000, react: keys.react});
	assert.deepEqual(keys.left(), [], run.output);
	// The wizard ends with the verdict's exit code, as check does: 1 for a balance that cannot pay.
	assert.equal(run.code, 1, run.output);
	return run.output;
}

test('the wizard with TERM=linux: > for the pointer, a turning line while checks run, √ and × on the rows and the result, and none of the symbols a console cannot draw', {skip}, async () => {
	const output = await walk('linux');
	assert.doesNotMatch(output, undrawable, JSON.stringify(output));
	assert.match(output, /> My calls fail with 402/u);
	assert.match(output, /(?:^|\n)[-\\|/] [A-Z][a-z]+: running/u);
	assert.match(output, /× Your DeepSeek balance is empty/u);
	assert.match(output, /√ API key/u);
});

test('the wizard in another terminal keeps ❯, the Braille spinner and ✔ ✖', {skip}, async () => {
	const output = await walk('xterm-256color');
	assert.match(output, /❯ My calls fail with 402/u);
	assert.match(output, /[\u2800-\u28FF] [A-Z][a-z]+: running/u);
	assert.match(output, /✖ Your DeepSeek balance is empty/u);
	assert.match(output, /✔ API key/u);
});
