// The command line's contract beyond verdicts: flags, exit codes, text output, balance
// alerts, reports, non-interactive default, old Node, and the key never shown whole.
import assert from 'node:assert/strict';
import {execFileSync, spawnSync, type ChildProcess} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmdirSync, statSync, writeFileSync, readdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, test} from 'node:test';
import {displayWidth} from '../../source/text/width.js';
import {fakeKey} from '../fake/server.js';
import {closedPort} from '../helpers/raw-server.js';
import {binPath, runCli, tempConfigDir} from '../helpers/run-cli.js';
import {fakeEnv, useFake} from '../helpers/with-fake.js';

const fake = useFake();
const envFor = (extra: Record<string, string | undefined> = {}) => fakeEnv(fake(), 'ok', extra);

describe('arguments', () => {
	test('--version prints the package version', async () => {
		const run = await runCli(['--version'], envFor());
		const pkg = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')) as {version: string};
		assert.equal(run.stdout.trim(), pkg.version);
		assert.equal(run.code, 0);
	});

	test('--version and --help on every command, before and after its name: the version, or that command\'s help, exit 0 and no request', async () => {
		const pkg = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')) as {version: string};
		const nothingAnswers = envFor({DEEPSEEK_BASE_URL: `http://127.0.0.1:${await closedPort()}`});
		const lines = ['check', 'balance', 'report', 'config'].flatMap(command => ['--version', '--help'].flatMap(flag => [[command, flag], [flag, command]]));
		const runs = await Promise.all(lines.map(async line => ({line, run: await runCli(line, nothingAnswers)})));
		for (const {line, run} of runs) {
			const [command] = line.filter(word => !word.startsWith('--'));
			assert.equal(run.code, 0, line.join(' '));
			assert.equal(run.stderr, '', line.join(' '));
			if (line.includes('--version')) assert.equal(run.stdout, `${pkg.version}\n`, line.join(' '));
			else assert.ok(run.stdout.startsWith(`deepseek-fix ${command} — `), `${line.join(' ')}: ${run.stdout.slice(0, 80)}`);
		}
	});

	test('--help lists every command and flag', async () => {
		const run = await runCli(['--help'], envFor());
		assert.equal(run.code, 0);
		for (const word of ['check', 'balance', 'report', 'config', '--json', '--probe', '--below', '--out', '--path', '--reset', '--base-url', '--timeout', 'DEEPSEEK_API_KEY', 'NO_COLOR']) {
			assert.ok(run.stdout.includes(word), `help mentions ${word}`);
		}
	});

	// The third column: the command whose help the sentence points to ('' for the global help).
	for (const [args, pattern, help] of [
		[['check', '--jsn'], /unknown option "--jsn"/, 'check '],
		[['chekc'], /unknown command "chekc": did you mean check\? \(commands/, ''],
		[['check', '--belwo', '5'], /unknown option "--belwo" \(did you mean --below\?\)/, 'check '],
		[['check', '--jsno'], /unknown option "--jsno" \(did you mean --json\?\)/, 'check '],
		[['check', '--xyz'], /unknown option "--xyz"\. For usage, run/, 'check '],
		[['--xyz'], /unknown option "--xyz"\. For usage, run/, ''],
		[['balance', '--bogus'], /unknown option "--bogus"\. For usage, run/, 'balance '],
		[['--lang', 'en', 'report', '--timeout'], /--timeout needs a value/, 'report '],
		[['Help'], /unknown command "Help": did you mean --help\?/, ''],
		[['help', 'chekc'], /unknown command "chekc": did you mean check\?/, ''],
		[['help', 'balance', '--bogus'], /unknown option "--bogus"/, 'balance '],
		[['check', '--below', '5'], /--below does not apply to "check"/, 'check '],
		[['check', '--wait'], /--wait does not apply to "check"/, 'check '],
		[['--below', '5'], /--below does not apply to "deepseek-fix"/, ''],
		// --out's value is not the command.
		[['--out', 'balance', 'check'], /--out does not apply to "check"/, 'check '],
		[['balance', '--below', 'five'], /--below needs an amount/, 'balance '],
		// `report --out "$FILE"` with FILE unset: not the report on stdout where a file was meant.
		[['report', '--out', ''], /--out needs a file name \(or - to print the report\), not ""/, 'report '],
		[['report', '--out='], /--out needs a file name/, 'report '],
		[['check', '--timeout', '-3'], /--timeout needs a whole number of milliseconds between 100 and 600000, not "-3"/, 'check '],
		[['balance', '--below', '-5'], /--below needs an amount such as 5 or 2\.50, not "-5"/, 'balance '],
		[['config', '--path', '--reset'], /cannot be used together/, 'config '],
		[['config', '--forget-key', '--reset', '--json'], /^deepseek-fix: --path, --reset and --forget-key cannot be used together: use one of them\./, 'config '],
		[['config', '--path', '--forget-key'], /--path, --reset and --forget-key cannot be used together/, 'config '],
		[['check', '--forget-key'], /--forget-key does not apply to "check"/, 'check '],
		[['check', 'balance'], /unexpected argument "balance"/, 'check '],
	] as const) {
		test(`bad arguments: ${args.join(' ')} → exit 2 with a sentence and the help to read`, async () => {
			const run = await runCli(args, envFor());
			assert.equal(run.code, 2);
			assert.match(run.stderr, pattern);
			// Plain, no backticks: the terminal shows no Markdown.
			assert.ok(run.stderr.endsWith(`. For usage, run deepseek-fix ${help}--help\n`), run.stderr);
			assert.equal(run.stdout, '');
		});
	}

	test('a base URL that is not a URL → exit 2', async () => {
		const run = await runCli(['check', '--base-url', 'api.deepseek'], envFor());
		assert.equal(run.code, 2);
		assert.match(run.stderr, /base URL/);
	});

	for (const [args, variable] of [
		[[], undefined],
		[['check', '--json'], undefined],
		[['check', '--json'], 'DEEPSEEK_BASE_URL'],
		[['balance', '--json'], undefined],
		[['report'], undefined],
		[['config'], undefined],
	] as const) {
		const line = variable ? `${variable}=ftp://x deepseek-fix ${args.join(' ')}` : `deepseek-fix ${[...args, '--base-url', 'ftp://x'].join(' ')}`;
		test(`${line}: exit 2, that one line on stderr and nothing on stdout (no half document)`, async () => {
			const run = variable ? await runCli(args, envFor({[variable]: 'ftp://x'})) : await runCli([...args, '--base-url', 'ftp://x'], envFor());
			assert.equal(run.code, 2);
			assert.equal(run.stdout, '');
			assert.match(run.stderr, /^deepseek-fix: the base URL (given with --base-url|in DEEPSEEK_BASE_URL) cannot be used\. The base URL uses ftp:\/\/ .*\n$/);
		});
	}

	test('the key is never sent over plain http to a non-loopback host', async () => {
		const run = await runCli(['check', '--json', '--base-url', 'http://example.invalid'], envFor(), {limitMs: 30_000});
		const json = JSON.parse(run.stdout) as {checks: Array<{id: string; details: Record<string, unknown>}>};
		const auth = json.checks.find(item => item.id === 'auth');
		assert.equal(auth?.details.reason, 'insecure_url');
	});
});

describe('check', () => {
	test('without --json: a readable report, no escape codes under NO_COLOR', async () => {
		fake().setScenario('zero_balance');
		const run = await runCli(['check'], envFor());
		assert.equal(run.code, 1);
		assert.match(run.stdout, /0\.00 CNY/);
		assert.match(run.stdout, /platform\.deepseek\.com\/top_up/);
		assert.doesNotMatch(run.stdout, /\u001B\[/);
	});

	test('into a pipe: wrapped at 80 columns, or at COLUMNS when it is set (a URL is never broken); config wraps only with COLUMNS', async () => {
		fake().setScenario('zero_balance');
		const words = (text: string) => text.replaceAll(/\d+ ms/g, 'N ms').replaceAll(/\s+/g, ' ');
		// A URL or a path is one word, never broken: the lines that hold one are left out.
		const widest = (text: string) => Math.max(...text.split('\n').filter(line => !/https?:\/\/|\/config\.json/.test(line)).map(line => line.length));
		const plain = await runCli(['check'], envFor());
		assert.ok(widest(plain.stdout) > 60 && widest(plain.stdout) <= 80, `default width: widest line ${widest(plain.stdout)}`);
		const narrow = await runCli(['check'], envFor({COLUMNS: '44'}));
		assert.equal(narrow.code, 1);
		assert.ok(widest(narrow.stdout) <= 44, `COLUMNS=44: widest line ${widest(narrow.stdout)}`);
		assert.equal(words(narrow.stdout), words(plain.stdout), 'the same words, wrapped otherwise');
		const ignored = await runCli(['check'], envFor({COLUMNS: 'wide'}));
		assert.ok(widest(ignored.stdout) > 60, `a COLUMNS that is not a number is ignored: widest line ${widest(ignored.stdout)}`);
		const balance = await runCli(['balance'], envFor({COLUMNS: '44'}));
		assert.ok(widest(balance.stdout) <= 44, `balance, COLUMNS=44: widest line ${widest(balance.stdout)}`);
		const configEnv = envFor({DEEPSEEK_FIX_CONFIG_DIR: path.join(mkdtempSync(path.join(tmpdir(), 'dsf-cols-')), 'a-settings-folder-with-a-rather-long-name-for-this')});
		const config = await runCli(['config'], configEnv);
		const configNarrow = await runCli(['config'], {...configEnv, COLUMNS: '44'});
		assert.ok(widest(config.stdout) > 44, `config unwrapped in a pipe: widest line ${widest(config.stdout)}`);
		assert.ok(widest(configNarrow.stdout) <= 44, `config, COLUMNS=44: widest line ${widest(configNarrow.stdout)}`);
	});

	test('no key → no_key, exit 1, a link to create one, and no request carries a key', async () => {
		fake().setScenario('ok');
		const before = fake().requests.length;
		const run = await runCli(['check', '--json'], envFor({DEEPSEEK_API_KEY: undefined}));
		assert.equal(run.code, 1);
		const json = JSON.parse(run.stdout) as {verdict: string; fixes: Array<{url: string | null}>};
		assert.equal(json.verdict, 'no_key');
		assert.ok(json.fixes.some(fix => fix.url === 'https://platform.deepseek.com/api_keys'));
		const requests = fake().requests.slice(before);
		assert.ok(requests.some(request => request.path === '/status/summary'), 'the run did reach the fake');
		assert.deepEqual(requests.filter(request => request.authorization !== undefined), []);
	});

	test('no key: the fix\'s command is written for the login shell (fish here), and reads as before in sh and without SHELL', async () => {
		fake().setScenario('ok');
		const setKeyTitle = async (shell: string | undefined) => {
			const run = await runCli(['check', '--json'], envFor({DEEPSEEK_API_KEY: undefined, SHELL: shell}));
			const json = JSON.parse(run.stdout) as {fixes: Array<{id: string; title: string}>};
			return json.fixes.find(fix => fix.id === 'set_key')?.title;
		};
		const [fish, bash, none] = await Promise.all([setKeyTitle('/usr/local/bin/fish'), setKeyTitle('/bin/bash'), setKeyTitle(undefined)]);
		assert.equal(fish, 'Set it for your tool, e.g. in fish: set -gx DEEPSEEK_API_KEY sk-… (or paste it in the wizard)');
		assert.equal(bash, 'Set it for your tool, e.g. export DEEPSEEK_API_KEY=sk-… (or paste it in the wizard)');
		assert.equal(none, bash);
	});

	test('without --probe no paid call is made', async () => {
		fake().setScenario('ok');
		const before = fake().requests.length;
		await runCli(['check', '--json'], envFor());
		const chat = fake().requests.slice(before).filter(request => request.path.includes('chat/completions'));
		assert.deepEqual(chat, []);
	});

	test('with --probe exactly one 1-token call is made', async () => {
		fake().setScenario('ok');
		const before = fake().requests.length;
		await runCli(['check', '--json', '--probe'], envFor());
		const chat = fake().requests.slice(before).filter(request => request.path.includes('chat/completions'));
		assert.equal(chat.length, 1);
		assert.equal((JSON.parse(chat[0]!.body) as {max_tokens: number}).max_tokens, 1);
	});

	test('a server echoing the whole key: masked everywhere', async () => {
		fake().setScenario('key_echo');
		const run = await runCli(['check'], envFor());
		const json = await runCli(['check', '--json'], envFor());
		for (const output of [run.stdout, run.stderr, json.stdout, json.stderr]) assert.ok(!output.includes(fakeKey));
		assert.match(json.stdout, /…/);
	});

	test('Ctrl+C mid-check: every request aborted, "Cancelled.", exit 130, promptly', async () => {
		fake().setScenario('slow');
		let sent = 0;
		const run = await runCli(['check', '--json'], envFor(), {
			onSpawn: child => {
				// Interrupt once the requests are in flight (the fake has seen them).
				const before = fake().requests.length;
				const poll = setInterval(() => {
					if (fake().requests.length >= before + 3) {
						clearInterval(poll);
						sent = Date.now();
						child.kill('SIGINT');
					}
				}, 10);
			},
		});
		assert.equal(run.code, 130);
		assert.match(run.stderr, /Cancelled\./);
		assert.equal(run.stdout, '');
		assert.ok(Date.now() - sent < 15_000, 'ends after Ctrl+C, not after the 30 s answer');
	});

	test('SIGTERM or SIGHUP mid-check (kill, systemd, a closed terminal): requests aborted, one line, 128 + the signal', async () => {
		fake().setScenario('slow');
		const stopOnceSent = (signal: NodeJS.Signals, options: {closeStderr?: boolean} = {}) => (child: ChildProcess) => {
			// Nowhere to say it: the line is lost, the code is not (and nothing crashes).
			if (options.closeStderr) child.stderr!.destroy();
			const before = fake().requests.length;
			const poll = setInterval(() => {
				if (fake().requests.length >= before + 3) {
					clearInterval(poll);
					child.kill(signal);
				}
			}, 10);
		};
		for (const [signal, code, lang, line] of [
			['SIGTERM', 143, 'en', 'Stopped (SIGTERM).\n'],
			['SIGHUP', 129, 'en', 'Stopped (SIGHUP).\n'],
			['SIGTERM', 143, 'zh-CN', '已停止（SIGTERM）。\n'],
		] as const) {
			const run = await runCli(['check', '--json'], {...envFor(), DEEPSEEK_FIX_LANG: lang}, {onSpawn: stopOnceSent(signal)});
			assert.equal(run.code, code, `${signal}: ${run.stderr}`);
			assert.equal(run.stderr, line);
			assert.equal(run.stdout, '');
			assert.ok(run.ms < 15_000, 'ends after the signal, not after the 30 s answer');
		}
		const closed = await runCli(['check', '--json'], envFor(), {onSpawn: stopOnceSent('SIGTERM', {closeStderr: true})});
		assert.equal(closed.code, 143);
	});

	test('a warning is counted next to "Nothing blocks your calls", never "No problem found"; credit and no --probe: the paid call is suggested', async () => {
		fake().setScenario('low_balance');
		const run = await runCli(['check'], envFor());
		assert.equal(run.code, 0);
		const text = run.stdout.replace(/\s+/g, ' ');
		// The row's sentence once: the verdict line names the row, not its words again.
		assert.ok(text.includes('Nothing blocks your calls, but the Balance row above warns.'), run.stdout);
		assert.equal(text.split('0.35 CNY (granted 0.00, topped up 0.35)').length - 1, 1, run.stdout);
		assert.ok(!text.includes('No problem found'), run.stdout);
		assert.ok(text.includes('To see what a real call gets (one 1-token call, a fraction of a cent): deepseek-fix check --probe'), run.stdout);
		const probed = await runCli(['check', '--probe'], envFor());
		assert.ok(!probed.stdout.includes('deepseek-fix check --probe'), 'the call was made: nothing to suggest');
		fake().setScenario('zero_balance');
		const empty = await runCli(['check'], envFor());
		assert.ok(!empty.stdout.includes('deepseek-fix check --probe'), 'an empty balance: a real call would only get 402');
	});

	test('check remembers the balance reading, after its output; an unchanged one minutes later is not written again', async () => {
		fake().setScenario('ok');
		const dir = tempConfigDir();
		const file = path.join(dir, 'config.json');
		const first = await runCli(['check', '--json'], envFor({DEEPSEEK_FIX_CONFIG_DIR: dir}));
		assert.equal(JSON.parse(first.stdout).verdict, 'ok', 'the document is as before');
		const saved = JSON.parse(readFileSync(file, 'utf8')) as {balanceHistory: Array<{total: string}>};
		assert.deepEqual(saved.balanceHistory.map(sample => sample.total), ['47.44']);
		const written = statSync(file).mtimeMs;
		await runCli(['check'], envFor({DEEPSEEK_FIX_CONFIG_DIR: dir}));
		assert.equal(statSync(file).mtimeMs, written, 'the same reading again: no write (no conf to load)');
		fake().setScenario('low_balance');
		await runCli(['check'], envFor({DEEPSEEK_FIX_CONFIG_DIR: dir}));
		const after = JSON.parse(readFileSync(file, 'utf8')) as {balanceHistory: Array<{total: string}>};
		assert.deepEqual(after.balanceHistory.map(sample => sample.total), ['47.44', '0.35'], 'a new reading is written');
	});

	test('not a terminal: plain deepseek-fix prints the check report instead of the wizard', async () => {
		fake().setScenario('ok');
		const run = await runCli([], envFor());
		assert.equal(run.code, 0);
		assert.match(run.stdout, /No problem found/);
		assert.match(run.stderr, /Not a terminal/);
	});
});

describe('balance', () => {
	test('--below: exit 1 under the threshold, 0 above', async () => {
		fake().setScenario('low_balance');
		const under = await runCli(['balance', '--below', '1'], envFor());
		assert.equal(under.code, 1);
		assert.match(under.stdout, /below 1/);
		// Able to pay, yet under the threshold: a cron mail carries where to top up.
		assert.match(under.stdout, /What to do:\n 1\. Top up your balance .*\n {4}https:\/\/platform\.deepseek\.com\/top_up\n$/);
		const over = await runCli(['balance', '--below', '0.10'], envFor());
		assert.equal(over.code, 0);
		assert.match(over.stdout, /^Balance 0\.35 CNY is not below 0\.10 CNY\.\n\nBalance at /);
		assert.doesNotMatch(over.stdout, /top_up/, 'not under it: no link');
	});

	test('the alert set in the wizard: plain balance says when the balance is under it, in its currency, never with --below (its own line says it)', async () => {
		fake().setScenario('low_balance');
		const withAlert = (currency: string) => {
			const dir = tempConfigDir();
			writeFileSync(path.join(dir, 'config.json'), JSON.stringify({schemaVersion: 1, balanceHistory: [], alertThreshold: '5', alertCurrency: currency}));
			return envFor({DEEPSEEK_FIX_CONFIG_DIR: dir});
		};
		const [under, otherCurrency, below, none] = await Promise.all([
			runCli(['balance'], withAlert('CNY')),
			runCli(['balance'], withAlert('USD')),
			runCli(['balance', '--below', '5'], withAlert('CNY')),
			runCli(['balance'], envFor()),
		]);
		assert.equal(under.code, 0, 'a warning, as check says it: not a problem');
		assert.match(under.stdout.replaceAll('\n', ' '), / topped up 0\.35 \(does not expire\) Under your low-balance alert of 5 CNY \(set in the wizard; deepseek-fix config shows it\)\. $/);
		for (const run of [otherCurrency, below, none]) assert.doesNotMatch(run.stdout, /low-balance alert/);
		fake().setScenario('ok');
		assert.doesNotMatch((await runCli(['balance'], withAlert('CNY'))).stdout, /low-balance alert/, '47.44 is not under 5');
	});

	test('--below with two currencies compares the one that pays: an empty USD row listed before 71.46 CNY is not "the total"', async () => {
		fake().setScenario('usd_empty_cny_funded');
		const [over, at, under] = await Promise.all([runCli(['balance', '--below', '50', '--json'], envFor()), runCli(['balance', '--below', '71.46'], envFor()), runCli(['balance', '--below', '71.47'], envFor())]);
		const listed = (JSON.parse(over.stdout) as {balance: {balances: Array<{currency: string}>}}).balance.balances.map(info => info.currency);
		assert.deepEqual(listed, ['USD', 'CNY'], 'the document keeps the answer\'s order');
		assert.equal(over.code, 0, over.stderr);
		assert.equal(over.stderr, 'Balance 71.46 CNY is not below 50 CNY.\n');
		assert.equal(at.code, 0, 'at the amount is not under it');
		assert.equal(under.code, 1);
		assert.match(under.stdout, /^Balance 71\.46 CNY is below 71\.47 CNY\./);
	});

	test('--below under the balance: the outcome first (what a cron mail opens with), and no advice to run --below', async () => {
		fake().setScenario('zero_balance');
		const [under, json, plain] = await Promise.all([runCli(['balance', '--below', '5'], envFor()), runCli(['balance', '--below', '5', '--json'], envFor()), runCli(['balance'], envFor())]);
		assert.equal(under.code, 1);
		assert.match(under.stdout, /^Balance 0\.00 CNY is below 5 CNY\.\n\nBalance at .*\n0\.00 CNY\n/);
		assert.match(under.stdout, /What to do:\n 1\. Top up your balance/, 'the fixes stay');
		assert.doesNotMatch(under.stdout, /--below|Get warned next time/);
		assert.equal((under.stdout.match(/is below 5 CNY/g) ?? []).length, 1);
		// JSON: the outcome on stderr, and the set_alert fix left out too.
		assert.equal(json.code, 1);
		assert.equal(json.stderr, 'Balance 0.00 CNY is below 5 CNY.\n');
		assert.deepEqual((JSON.parse(json.stdout) as {fixes: Array<{id: string}>}).fixes.map(fix => fix.id), ['top_up', 'check_transactions', 'check_account']);
		// Without --below the alert is still suggested.
		assert.match(plain.stdout, /Get warned next time: run deepseek-fix balance --below 5 from cron/);
	});

	test('--below with no balance read says "could not be read" once, in the balance text (why, what to do), and its own line only what that means for the threshold; it fits the width in both languages', async () => {
		fake().setScenario('invalid_key');
		const runs = await Promise.all(([['en', '60'], ['en', '40'], ['zh-CN', '40']] as const).map(([lang, columns]) => runCli(['balance', '--below', '5'], envFor({DEEPSEEK_FIX_LANG: lang, COLUMNS: columns}))));
		for (const [index, run] of runs.entries()) {
			const columns = index === 0 ? 60 : 40;
			assert.equal(run.code, 1);
			const flat = run.stdout.replaceAll('\n', index === 2 ? '' : ' ');
			assert.equal(flat.split(index === 2 ? '无法查询余额' : 'could not be read').length - 1, 1, run.stdout);
			assert.match(flat, index === 2 ? /解决办法：/ : /What to do:/);
			const wide = run.stdout.split('\n').filter(line => displayWidth(line) > columns);
			assert.deepEqual(wide, [], `wider than ${columns} columns`);
		}
		assert.match(runs[0]?.stdout ?? '', /\nWith no balance to compare, --below 5 exits 1, as for a\nbalance under it\.\n$/);
		// With --json the line is alone on stderr: it says the whole, and where the reason is.
		const json = await runCli(['balance', '--below', '5', '--json'], envFor());
		assert.equal(json.code, 1);
		assert.match(json.stderr, /^The balance could not be read, so it was not compared with --below 5 \(exit code 1\); the JSON's summary says why/);
	});

	test('--json prints the balance document', async () => {
		fake().setScenario('usd');
		const run = await runCli(['balance', '--json'], envFor());
		const json = JSON.parse(run.stdout) as {balance: {balances: Array<{currency: string}>}};
		assert.equal(json.balance.balances[0]?.currency, 'USD');
	});

	test('text output shows granted and topped-up parts', async () => {
		fake().setScenario('bonus_only');
		const run = await runCli(['balance'], envFor());
		assert.match(run.stdout, /5\.00/);
		assert.match(run.stdout, /bonus|granted/i);
	});

	test('an empty balance comes with the top-up link', async () => {
		fake().setScenario('zero_balance');
		const run = await runCli(['balance'], envFor());
		assert.equal(run.code, 1);
		assert.match(run.stdout, /^0\.00 CNY$/m);
		assert.match(run.stdout, /What to do:\n 1\. Top up your balance .*\n {4}https:\/\/platform\.deepseek\.com\/top_up\n/);
		fake().setScenario('ok');
		assert.ok(!(await runCli(['balance'], envFor())).stdout.includes('What to do'), 'credit: nothing to do');
	});

	test('a refused key: the balance command says so and sends to the keys page, not to support', async () => {
		fake().setScenario('invalid_key');
		const run = await runCli(['balance', '--json'], envFor());
		assert.equal(run.code, 1);
		const json = JSON.parse(run.stdout) as {verdict: string; summary: string; fixes: Array<{id: string; url: string | null}>};
		assert.equal(json.verdict, 'invalid_key');
		assert.match(json.summary, /^The key is not accepted\./);
		assert.deepEqual(json.fixes.map(fix => fix.id), ['check_key_in_tool', 'create_key']);
		// JSON keeps each fix's link; the text says the page once, under the second of the two.
		assert.deepEqual(json.fixes.map(fix => fix.url), ['https://platform.deepseek.com/api_keys', 'https://platform.deepseek.com/api_keys']);
		const text = await runCli(['balance'], envFor());
		assert.match(text.stdout, /What to do:\n 1\. Check which key your tool really sends\n 2\. Create an API key on the DeepSeek platform\n {4}https:\/\/platform\.deepseek\.com\/api_keys\n$/);
	});

	test('readings are remembered for the burn rate; an unchanged one minutes later is not written again', async () => {
		fake().setScenario('ok');
		const dir = tempConfigDir();
		const file = path.join(dir, 'config.json');
		await runCli(['balance'], envFor({DEEPSEEK_FIX_CONFIG_DIR: dir}));
		const saved = JSON.parse(readFileSync(file, 'utf8')) as {balanceHistory: unknown[]; apiKey?: string};
		assert.equal(saved.balanceHistory.length, 1);
		assert.equal(saved.apiKey, undefined, 'the key is not written unless remembered');
		assert.ok(!readFileSync(file, 'utf8').includes(fakeKey));
		const written = statSync(file).mtimeMs;
		await runCli(['balance', '--json'], envFor({DEEPSEEK_FIX_CONFIG_DIR: dir}));
		assert.equal(statSync(file).mtimeMs, written, 'the same reading again: no write (no conf to load)');
		fake().setScenario('low_balance');
		await runCli(['balance'], envFor({DEEPSEEK_FIX_CONFIG_DIR: dir}));
		const after = JSON.parse(readFileSync(file, 'utf8')) as {balanceHistory: Array<{total: string}>};
		assert.deepEqual(after.balanceHistory.map(sample => sample.total), ['47.44', '0.35'], 'a new reading is written');
	});
});

describe('report', () => {
	test('--out writes a redacted Markdown report', async () => {
		fake().setScenario('probe_402');
		const dir = tempConfigDir();
		const file = path.join(dir, 'report.md');
		const run = await runCli(['report', '--out', file], envFor());
		assert.match(run.stderr, /Report written/);
		const text = readFileSync(file, 'utf8');
		assert.match(text, /deepseek-fix/);
		assert.ok(!text.includes(fakeKey));
		assert.equal(statSync(file).mode & 0o777, 0o600);
	});

	test('--probe: the report carries the trace id of the real 402 for support', async () => {
		fake().setScenario('probe_402');
		const run = await runCli(['report', '--probe'], envFor());
		assert.equal(run.code, 1);
		const probeRow = run.stdout.split('\n').find(line => line.includes('`probe`'));
		const traceId = /Trace id: ([0-9a-f]{32})/.exec(probeRow ?? '')?.[1];
		assert.ok(traceId, `the probe row names the 402's trace id: ${probeRow}`);
		assert.match(probeRow ?? '', /402/);
		assert.ok(run.stdout.includes(`\`${traceId}\``), 'and it is listed among the trace ids for support');
	});

	test('an unwritable --out → exit 2 with a sentence', async () => {
		const run = await runCli(['report', '--out', '/nonexistent-dir/report.md'], envFor());
		assert.equal(run.code, 2);
		assert.match(run.stderr, /could not write/);
	});
});

describe('settings file problems', () => {
	test('a corrupt settings file is moved aside, with a message, and the check still runs', async () => {
		fake().setScenario('ok');
		const dir = tempConfigDir();
		writeFileSync(path.join(dir, 'config.json'), '{"schemaVersion": 1, "baseUrl": ');
		const run = await runCli(['check', '--json'], envFor({DEEPSEEK_FIX_CONFIG_DIR: dir}));
		assert.equal(run.code, 0);
		assert.match(run.stderr, /moved/i);
		const aside = readdirSync(dir).filter(name => name.startsWith('config.json.'));
		assert.equal(aside.length, 1);
		assert.equal(readFileSync(path.join(dir, aside[0]!), 'utf8'), '{"schemaVersion": 1, "baseUrl": ');
	});
});

describe('old Node', () => {
	// The devDependency `node20` (the npm package node@20) installs a real Node 20, in CI
	// too; `node@22` keeps the `node` command. Missing, this test fails: it never skips.
	const oldNode = path.resolve(import.meta.dirname, '../../node_modules/node20/bin/node');
	test('on Node 20: one friendly line on stderr, nothing on stdout, exit 2', async () => {
		assert.ok(existsSync(oldNode), `no Node 20 at ${oldNode}: run npm ci (the node20 devDependency installs it)`);
		const version = execFileSync(oldNode, ['-p', 'process.versions.node'], {encoding: 'utf8'}).trim();
		assert.match(version, /^20\./);
		const run = await runCli(['check'], envFor(), {node: oldNode});
		assert.equal(run.code, 2);
		assert.equal(run.stderr, `deepseek-fix needs Node.js 22.19.0 or newer (this is ${version}): install a current Node from https://nodejs.org and run it again.\n`);
		assert.equal(run.stdout, '');
	});
});

test('run from a folder that was deleted under the shell: one sentence saying so and what to do, exit 2 (config still works)', () => {
	const gone = mkdtempSync(path.join(tmpdir(), 'dsfix-gone-'));
	const runIn = (...args: string[]) => {
		const script = 'cd "$GONE" && rmdir "$GONE" && exec "$NODE_BIN" "$BIN" "$@"';
		const env = {...envFor(), PATH: process.env.PATH, HOME: process.env.HOME, DEEPSEEK_FIX_LANG: 'en', GONE: gone, NODE_BIN: process.execPath, BIN: binPath};
		const result = spawnSync('sh', ['-c', script, 'sh', ...args], {env, encoding: 'utf8', timeout: 60_000});
		mkdirSync(gone, {recursive: true});
		return result;
	};
	const check = runIn('check');
	assert.equal(check.status, 2);
	assert.equal(check.stderr, 'deepseek-fix: the folder you are in no longer exists (it was deleted or moved away): cd into an existing folder, then run it again.\n');
	assert.equal(check.stdout, '');
	assert.equal(runIn('config', '--path').status, 0, 'config reads no folder');
	rmdirSync(gone);
});

test('no DEEPSEEK_FIX_CONFIG_DIR: the settings are read and written in the OS folder without conf\'s -nodejs suffix', async () => {
	const home = mkdtempSync(path.join(tmpdir(), 'dsfix-home-'));
	const env = envFor({DEEPSEEK_FIX_CONFIG_DIR: undefined, XDG_CONFIG_HOME: undefined, HOME: home});
	const folder = path.join(home, '.config', 'deepseek-fix');
	assert.equal((await runCli(['config', '--path'], env)).stdout, `${path.join(folder, 'config.json')}\n`);
	fake().setScenario('ok');
	assert.equal((await runCli(['balance'], env)).code, 0);
	assert.ok(existsSync(path.join(folder, 'config.json')), 'the reading is remembered there');
	assert.deepEqual(readdirSync(path.join(home, '.config')), ['deepseek-fix']);
});

describe('precedence: flag > environment > ./.env > remembered setting > default', () => {
	test('the base URL each layer gives wins over the next, as check --json names it; the key from the environment over the remembered one', async () => {
		const port = await closedPort();
		const folder = mkdtempSync(path.join(tmpdir(), 'dsfix-layers-'));
		const noDotenv = mkdtempSync(path.join(tmpdir(), 'dsfix-layers-'));
		const settings = tempConfigDir();
		const rememberedKey = `sk-${'fedcba9876543210'.repeat(2)}`;
		writeFileSync(path.join(settings, 'config.json'), JSON.stringify({schemaVersion: 1, baseUrl: `http://127.0.0.1:${port}/remembered`, keySource: 'remembered', apiKey: rememberedKey}));
		writeFileSync(path.join(folder, '.env'), `DEEPSEEK_BASE_URL=http://127.0.0.1:${port}/dotenv\n`);
		// Only this computer answers: the default host, mapped to nothing, fails by name and no request leaves.
		const offline = {NODE_OPTIONS: `--import ${path.resolve(import.meta.dirname, '..', 'helpers', 'map-hosts.mjs')}`};
		const layers = {...envFor({DEEPSEEK_FIX_CONFIG_DIR: settings, DEEPSEEK_BASE_URL: `http://127.0.0.1:${port}/env`}), ...offline};
		const used = async (env: Record<string, string | undefined>, flags: readonly string[] = [], cwd = folder) => {
			const run = await runCli(['check', '--json', '--timeout', '1000', ...flags], env, {cwd});
			const document = JSON.parse(run.stdout) as {baseUrl: string; checks: Array<{id: string; details: {source?: string}}>};
			return {baseUrl: document.baseUrl, keySource: document.checks.find(item => item.id === 'key_present')?.details.source};
		};
		const all = await used(layers, ['--base-url', fake().baseUrl]);
		assert.deepEqual(all, {baseUrl: fake().baseUrl, keySource: 'env'});
		assert.equal((await used(layers)).baseUrl, `http://127.0.0.1:${port}/env`);
		const noVariables = {...layers, DEEPSEEK_BASE_URL: undefined, DEEPSEEK_API_KEY: undefined};
		assert.deepEqual(await used(noVariables), {baseUrl: `http://127.0.0.1:${port}/dotenv`, keySource: 'remembered'});
		assert.equal((await used(noVariables, [], noDotenv)).baseUrl, `http://127.0.0.1:${port}/remembered`);
		assert.equal((await used({...noVariables, DEEPSEEK_FIX_CONFIG_DIR: tempConfigDir()}, [], noDotenv)).baseUrl, 'https://api.deepseek.com');
	});
});
