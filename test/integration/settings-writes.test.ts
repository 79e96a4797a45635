// Settings writes from the real command line: parallel runs keep every reading, a folder
// that cannot be made is one sentence (no hang), and Ctrl+C ends a wait for the lock.
import assert from 'node:assert/strict';
import {once} from 'node:events';
import {existsSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import {lock} from 'proper-lockfile';
import {loadSettings, rememberKey} from '../../source/settings/index.js';
import {runCli, tempConfigDir} from '../helpers/run-cli.js';
import {runInTerminal, terminalAvailable, words} from '../helpers/terminal.js';
import {fakeKey} from '../fake/server.js';
import {fakeEnv, useFake} from '../helpers/with-fake.js';

const fake = useFake();

test('20 balance runs at once against one settings folder keep all 20 readings', {timeout: 120_000}, async () => {
	fake().setScenario('spending');
	const env = fakeEnv(fake(), 'spending');
	const runs = await Promise.all(Array.from({length: 20}, () => runCli(['balance', '--json'], env, {limitMs: 60_000})));
	for (const run of runs) {
		assert.equal(run.code, 0, run.stderr);
		assert.equal(run.stderr, '');
	}
	const history = loadSettings(env).settings.balanceHistory;
	const shown = runs.map(run => (JSON.parse(run.stdout) as {balance: {balances: Array<{total: string}>}}).balance.balances[0]?.total);
	assert.equal(history.length, 20);
	assert.deepEqual(history.map(sample => sample.total).sort(), shown.sort(), 'each run kept the reading it printed');
	assert.equal(existsSync(path.join(env.DEEPSEEK_FIX_CONFIG_DIR ?? '', 'config.json.lock')), false, 'no lock left behind');
});

test('DEEPSEEK_FIX_CONFIG_DIR=/proc/self/nonexist: balance answers and says in one sentence that the folder cannot be made', {skip: !existsSync('/proc/self') && 'no /proc here'}, async () => {
	fake().setScenario('ok');
	// A recursive mkdir spins forever on this path: the hard limit turns a regression into a failure.
	const run = await runCli(['balance'], fakeEnv(fake(), 'ok', {DEEPSEEK_FIX_CONFIG_DIR: '/proc/self/nonexist'}), {limitMs: 15_000});
	assert.equal(run.code, 0);
	assert.match(run.stdout, /47\.44 CNY/);
	assert.equal(run.stderr, 'Settings could not be saved: the folder /proc/self/nonexist cannot be created (ENOENT at /proc/self/nonexist). Set DEEPSEEK_FIX_CONFIG_DIR to a folder you can write to.\n');
});

test('a settings folder under a regular file: a clear sentence and exit 2, no stack trace', async () => {
	fake().setScenario('ok');
	const file = path.join(tempConfigDir(), 'plain-file');
	writeFileSync(file, '');
	const run = await runCli(['balance'], fakeEnv(fake(), 'ok', {DEEPSEEK_FIX_CONFIG_DIR: path.join(file, 'deepseek-fix')}), {limitMs: 15_000});
	assert.equal(run.code, 2);
	assert.match(run.stderr, /could not be read \(ENOTDIR\): part of that path is a file, not a folder/);
	assert.match(run.stderr, /\ndeepseek-fix stopped: it does not run without the settings that file may hold/);
	assert.doesNotMatch(run.stderr, /permission/, 'not a matter of permissions');
	assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
});

test('Ctrl+C while balance waits for another run\'s lock: exit 130, "Cancelled."', async () => {
	fake().setScenario('ok');
	const env = fakeEnv(fake(), 'ok');
	const file = path.join(env.DEEPSEEK_FIX_CONFIG_DIR ?? '', 'config.json');
	const release = await lock(file, {realpath: false});
	try {
		const run = runCli(['balance'], env, {
			limitMs: 15_000,
			onSpawn: child => {
				// The reading is printed before it is written: from then on the run waits for the lock.
				void once(child.stdout!, 'data').then(() => child.kill('SIGINT'));
			},
		});
		const {code, stderr} = await run;
		assert.equal(code, 130);
		assert.equal(stderr, 'Cancelled.\n');
	} finally {
		await release();
	}
});

test('in a terminal, a save kept waiting by another run\'s lock says so in one line (English and Chinese); Ctrl+C then cancels', {skip: !terminalAvailable && 'no util-linux `script` here'}, async () => {
	fake().setScenario('ok');
	for (const [language, waiting] of [
		['en', /Waiting for another deepseek-fix to finish writing \S*config\.json \(at most 15 s; Ctrl\+C stops\)\./],
		['zh-CN', /正在等另一个 deepseek-fix 写完 \S*config\.json\s*（最多 15 秒；按 Ctrl\+C 停止）。/],
	] as const) {
		const base = fakeEnv(fake(), 'ok');
		const env = {...base, DEEPSEEK_FIX_LANG: language};
		const release = await lock(path.join(base.DEEPSEEK_FIX_CONFIG_DIR ?? '', 'config.json'), {realpath: false});
		try {
			let typed = false;
			const run = await runInTerminal(['balance'], env, {
				react: (output, type) => {
					if (typed || !waiting.test(words(output).replaceAll(/\s*\r?\n\s*/g, ' '))) return;
					typed = true;
					type('\u0003');
				},
			});
			assert.equal(run.code, 130, run.output);
			assert.ok(typed, `the waiting line never showed:\n${run.output}`);
		} finally {
			await release();
		}
	}
});

test('config --forget-key kept waiting by another run\'s lock: the waiting line, then Ctrl+C says "Cancelled." (130) and the key stays', {skip: !terminalAvailable && 'no util-linux `script` here'}, async () => {
	const env = {DEEPSEEK_FIX_CONFIG_DIR: tempConfigDir()};
	assert.equal((await rememberKey(env, fakeKey)).ok, true);
	const release = await lock(path.join(env.DEEPSEEK_FIX_CONFIG_DIR, 'config.json'), {realpath: false});
	try {
		let typed = false;
		const run = await runInTerminal(['config', '--forget-key'], env, {
			react: (output, type) => {
				if (typed || !/Waiting for another deepseek-fix to finish writing/.test(output)) return;
				typed = true;
				type('\u0003');
			},
		});
		assert.equal(run.code, 130, run.output);
		assert.match(words(run.output), /Cancelled\./);
		assert.doesNotMatch(run.output, /Forgot|\n\s+at /);
	} finally {
		await release();
	}
	assert.equal(loadSettings(env).settings.apiKey, fakeKey);
});

test('not in a terminal (cron, whose stderr is mailed), a wait for the lock says nothing: only a save that fails is said', async () => {
	fake().setScenario('ok');
	const env = fakeEnv(fake(), 'ok');
	const file = path.join(env.DEEPSEEK_FIX_CONFIG_DIR ?? '', 'config.json');
	const release = await lock(file, {realpath: false});
	let released = false;
	const run = runCli(['balance'], env, {
		limitMs: 30_000,
		onSpawn: child => {
			// Held well past the quiet second after the reading is printed, then let go: the save lands.
			void once(child.stdout!, 'data').then(() => setTimeout(() => {
				released = true;
				void release();
			}, 2500));
		},
	});
	const {code, stderr} = await run;
	assert.ok(released);
	assert.equal(code, 0);
	assert.equal(stderr, '');
	assert.equal(loadSettings(env).settings.balanceHistory.length, 1, 'the reading was saved once the lock was free');
});

test('DEEPSEEK_FIX_CONFIG_DIR=~/x as cron gives it (unexpanded): used as given, said in one line on stderr, English and Chinese', async () => {
	fake().setScenario('ok');
	const cwd = tempConfigDir();
	const home = tempConfigDir();
	const used = path.join(cwd, '~', 'x');
	for (const [language, line] of [
		['en', `deepseek-fix: DEEPSEEK_FIX_CONFIG_DIR starts with ~, which is not expanded here: the settings are in ${used}. For a folder in your home, give its full path (${path.join(home, 'x')}).\n`],
		['zh-CN', `deepseek-fix：DEEPSEEK_FIX_CONFIG_DIR 以 ~ 开头，但这里不会展开 ~：设置保存在 ${used}。要用主目录下的文件夹，请写完整路径（${path.join(home, 'x')}）。\n`],
	] as const) {
		const run = await runCli(['balance', '--json'], fakeEnv(fake(), 'ok', {DEEPSEEK_FIX_CONFIG_DIR: '~/x', HOME: home, DEEPSEEK_FIX_LANG: language}), {cwd});
		assert.equal(run.code, 0, run.stderr);
		assert.equal(run.stderr, line);
	}
	assert.equal(loadSettings({DEEPSEEK_FIX_CONFIG_DIR: used}).settings.balanceHistory.length, 1, 'the reading is where the line says');
	assert.equal(existsSync(path.join(home, 'x')), false, 'not in the home folder');
	// A ~ further on is no shell's; ~other (another user's home) is not looked up: nothing said.
	for (const dir of [path.join(cwd, 'a~b'), '~other/x']) {
		const run = await runCli(['balance', '--json'], fakeEnv(fake(), 'ok', {DEEPSEEK_FIX_CONFIG_DIR: dir, HOME: home}), {cwd});
		assert.equal(run.stderr, '', dir);
	}
});

test('DEEPSEEK_FIX_CONFIG_DIR with a space at an end, or of spaces only: used as given, said in one line on stderr, English and Chinese', async () => {
	fake().setScenario('ok');
	const cwd = tempConfigDir();
	const meant = path.join(tempConfigDir(), 'cfg');
	// A leading space makes an absolute path relative: the settings go to a folder " " under the current one.
	const used = path.join(cwd, ' ', meant);
	for (const [language, line] of [
		['en', `deepseek-fix: DEEPSEEK_FIX_CONFIG_DIR begins or ends with a space, which is kept as part of the path: the settings are in "${used}". If you meant "${meant}", remove the spaces from the variable.\n`],
		['zh-CN', `deepseek-fix：DEEPSEEK_FIX_CONFIG_DIR 的开头或结尾有空格，空格会保留在路径里：设置保存在 "${used}"。如果想用的是 "${meant}"，请去掉变量里的空格。\n`],
	] as const) {
		const run = await runCli(['balance', '--json'], fakeEnv(fake(), 'ok', {DEEPSEEK_FIX_CONFIG_DIR: ` ${meant}`, DEEPSEEK_FIX_LANG: language}), {cwd});
		assert.equal(run.code, 0, run.stderr);
		assert.equal(run.stderr, line);
	}
	assert.equal(loadSettings({DEEPSEEK_FIX_CONFIG_DIR: used}).settings.balanceHistory.length, 1, 'the reading is where the line says');
	assert.equal(existsSync(meant), false, 'not in the folder without the space');
	// A trailing no-break space (copied from a web page) is kept in the folder's name, and said, with the help too.
	const help = await runCli(['--help'], fakeEnv(fake(), 'ok', {DEEPSEEK_FIX_CONFIG_DIR: `${meant}\u00a0`}), {cwd});
	assert.match(help.stderr, /^deepseek-fix: DEEPSEEK_FIX_CONFIG_DIR begins or ends with a space/u);
	assert.equal(help.stderr.split('\n').length, 2, 'one line');
	// Spaces only: a folder named " " in the current one; the way back is to unset the variable.
	const blank = await runCli(['balance', '--json'], fakeEnv(fake(), 'ok', {DEEPSEEK_FIX_CONFIG_DIR: ' '}), {cwd});
	assert.equal(blank.code, 0, blank.stderr);
	assert.equal(blank.stderr, `deepseek-fix: DEEPSEEK_FIX_CONFIG_DIR holds only spaces, which are kept as a folder's name: the settings are in "${path.join(cwd, ' ')}". To use the usual settings folder, unset the variable.\n`);
	// A space inside the path is no mistake: nothing said.
	const inside = await runCli(['balance', '--json'], fakeEnv(fake(), 'ok', {DEEPSEEK_FIX_CONFIG_DIR: path.join(cwd, 'my settings')}), {cwd});
	assert.equal(inside.stderr, '');
});
