// The built CLI under a Chinese locale whose characters are not UTF-8 (zh_CN.GBK): it writes
// only UTF-8, which such a terminal shows as mojibake, so it speaks English and says why on a
// terminal, and says nothing in a pipe (a cron job would mail it every run). --lang zh-CN
// and DEEPSEEK_FIX_LANG=zh-CN still give Chinese, silently.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
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
