// The built CLI under a Chinese locale whose characters are not UTF-8 (zh_CN.GBK): it writes
// only UTF-8, which such a terminal shows as mojibake, so it speaks English and says why on a
// terminal, and says nothing in a pipe (a cron job would mail it every run). --lang zh-CN
// and DEEPSEEK_FIX_LANG=zh-CN still give Chinese, silently. The symbols beside the rows are
// ASCII there, whatever the language: UTF-8's ✔ and ✖ both read as the same two GBK characters.
import assert from 'node:assert/strict';
import {after, before, describe, test} from 'node:test';
import {fakeKey, startFake, type FakeServer} from '../fake/server.js';
import {runCli, tempConfigDir} from '../helpers/run-cli.js';
import {runInTerminal, terminalAvailable, words} from '../helpers/terminal.js';

const han = /\p{Script=Han}/u;
const notice = "your locale's character set is GBK, not UTF-8";

/** LANG=zh_CN.GBK and no DEEPSEEK_FIX_LANG (the helpers pin English otherwise). */
const gbk = () => ({LANG: 'zh_CN.GBK', DEEPSEEK_FIX_LANG: undefined, DEEPSEEK_FIX_CONFIG_DIR: tempConfigDir()});

describe('a GBK locale in a terminal', {skip: !terminalAvailable && 'needs util-linux script'}, () => {
	// --help is answered by bin.js's own chunk, config by cli.js: both choose the language.
	for (const args of [['--help'], ['config']]) {
		test(`deepseek-fix ${args.join(' ')}: English, and the notice says why and what to do`, async () => {
			const run = await runInTerminal(args, gbk());
			const shown = words(run.output);
			assert.equal(run.code, 0, shown);
			assert.ok(shown.includes(notice), shown);
			assert.ok(shown.includes('--lang zh-CN'), shown);
			assert.ok(!han.test(shown), `no Chinese: ${shown}`);
		});

		test(`deepseek-fix ${args.join(' ')} --lang zh-CN: Chinese, and no notice`, async () => {
			const run = await runInTerminal([...args, '--lang', 'zh-CN'], gbk());
			const shown = words(run.output);
			assert.equal(run.code, 0, shown);
			assert.ok(han.test(shown), shown);
			assert.ok(!shown.includes(notice), shown);
		});
	}

	test('DEEPSEEK_FIX_LANG=zh-CN: Chinese, and no notice', async () => {
		const run = await runInTerminal(['config'], {...gbk(), DEEPSEEK_FIX_LANG: 'zh-CN'});
		const shown = words(run.output);
		assert.ok(han.test(shown), shown);
		assert.ok(!shown.includes(notice), shown);
	});

	test('LANG=zh_CN.UTF-8 with LC_CTYPE=zh_CN.GBK: the characters are GBK, so English', async () => {
		const run = await runInTerminal(['config'], {...gbk(), LANG: 'zh_CN.UTF-8', LC_CTYPE: 'zh_CN.GBK'});
		const shown = words(run.output);
		assert.ok(shown.includes(notice), shown);
		assert.ok(!han.test(shown), shown);
	});
});

describe('a GBK locale in a pipe', () => {
	for (const args of [['--help'], ['config'], ['config', '--json']]) {
		test(`deepseek-fix ${args.join(' ')}: English, and nothing on stderr`, async () => {
			const run = await runCli(args, gbk());
			assert.equal(run.code, 0, run.stderr);
			assert.equal(run.stderr, '');
			assert.ok(!han.test(run.stdout), run.stdout);
		});
	}

	test('a UTF-8 Chinese locale is still Chinese', async () => {
		const run = await runCli(['config'], {...gbk(), LANG: 'zh_CN.UTF-8'});
		assert.ok(han.test(run.stdout), run.stdout);
		assert.equal(run.stderr, '');
	});
});

describe('the symbols under a locale not in UTF-8', () => {
	let fake: FakeServer | undefined;
	before(async () => {
		fake = await startFake({scenario: 'low_balance'});
	});
	after(async () => {
		await fake?.close();
	});
	const env = (locale: Record<string, string | undefined>) => {
		if (!fake) throw new Error('the fake is only running inside tests');
		return {DEEPSEEK_API_KEY: fakeKey, DEEPSEEK_BASE_URL: fake.baseUrl, DEEPSEEK_STATUS_URL: fake.statusUrl, DEEPSEEK_FIX_CONFIG_DIR: tempConfigDir(), NO_COLOR: '1', TERM: 'xterm-256color', ...locale};
	};
	const symbols = /[✔✖⚠ℹ○√×‼]/u;

	test('check with LANG=zh_CN.GBK: + x ! beside the rows, in English', async () => {
		const run = await runCli(['check'], env({LANG: 'zh_CN.GBK', DEEPSEEK_FIX_LANG: undefined}));
		assert.doesNotMatch(run.stdout, symbols, run.stdout);
		assert.match(run.stdout, /^\+ API key: /mu, run.stdout);
		assert.match(run.stdout, /^! Balance: 0\.35 CNY/mu, run.stdout);
	});

	test('check with LANG=en_US.ISO-8859-1 --lang zh-CN: ASCII too (the symbols follow the characters, not the language)', async () => {
		const run = await runCli(['check', '--lang', 'zh-CN'], env({LANG: 'en_US.ISO-8859-1'}));
		assert.doesNotMatch(run.stdout, symbols, run.stdout);
		assert.match(run.stdout, /^\+ API key/mu, run.stdout);
		assert.ok(han.test(run.stdout), run.stdout);
	});

	test('check with LANG=zh_CN.UTF-8 keeps the symbols', async () => {
		const run = await runCli(['check', '--lang', 'en'], env({LANG: 'zh_CN.UTF-8'}));
		assert.match(run.stdout, /^✔ API key: /mu, run.stdout);
		assert.match(run.stdout, /^⚠ Balance: 0\.35 CNY/mu, run.stdout);
	});
});

describe('every byte of check and balance under LANG=zh_CN.GBK is ASCII', () => {
	const notAscii = /\P{ASCII}/u;
	const firstNotAscii = (text: string) => {
		const at = text.search(notAscii);
		return at === -1 ? undefined : `"${text.slice(at, at + 1)}" in: ${text.slice(Math.max(0, at - 80), at + 40)}`;
	};
	// An empty balance, a relay, and a gateway that answers in Chinese (quoted, it is "?" there).
	const scenarios = ['zero_balance', 'openai_relay', 'one_api_no_channel'] as const;
	// --json too: the masked key's "…" and the fake status page's Chinese component names are \u escapes there.
	const commands = [['check', '--probe'], ['balance'], ['check', '--json'], ['balance', '--json']];
	for (const scenario of scenarios) {
		for (const args of commands) {
			test(`${scenario}: ${args.join(' ')} in a pipe and on a terminal`, async () => {
				const fake = await startFake({scenario});
				try {
					const env = {LANG: 'zh_CN.GBK', DEEPSEEK_FIX_LANG: undefined, DEEPSEEK_API_KEY: fakeKey, DEEPSEEK_BASE_URL: fake.baseUrl, DEEPSEEK_STATUS_URL: fake.statusUrl, DEEPSEEK_FIX_CONFIG_DIR: tempConfigDir(), TERM: 'xterm-256color'};
					const piped = await runCli(args, env);
					assert.ok(piped.stdout.length > 0, piped.stderr);
					assert.equal(firstNotAscii(piped.stdout + piped.stderr), undefined);
					if (!terminalAvailable) return;
					const shown = await runInTerminal(args, env);
					assert.ok(shown.output.length > 0);
					assert.equal(firstNotAscii(shown.output), undefined);
				} finally {
					await fake.close();
				}
			});
		}
	}

	test('check --json there: the same document a program reads, "…" and Chinese names as \\u escapes', async () => {
		const fake = await startFake({scenario: 'zero_balance'});
		try {
			const env = {DEEPSEEK_FIX_LANG: undefined, DEEPSEEK_API_KEY: fakeKey, DEEPSEEK_BASE_URL: fake.baseUrl, DEEPSEEK_STATUS_URL: fake.statusUrl, DEEPSEEK_FIX_CONFIG_DIR: tempConfigDir()};
			const [gbk, utf8] = await Promise.all([runCli(['check', '--json'], {...env, LANG: 'zh_CN.GBK'}), runCli(['check', '--json', '--lang', 'en'], {...env, LANG: 'en_US.UTF-8'})]);
			assert.ok(gbk.stdout.includes(String.raw`"sk-\u2026`), gbk.stdout);
			assert.ok(utf8.stdout.includes('"sk-…'), 'in UTF-8 the character itself');
			const read = (text: string) => JSON.parse(text) as {checks: Array<{id: string; details: Record<string, unknown>}>};
			const keyFormat = (text: string) => read(text).checks.find(check => check.id === 'key_format')?.details;
			assert.deepEqual(keyFormat(gbk.stdout), keyFormat(utf8.stdout));
		} finally {
			await fake.close();
		}
	});
});
