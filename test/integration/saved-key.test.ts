// The built CLI without a key in its environment, where the user's ~/.bashrc sets one: the key is
// saved for later shells, and this one has not read it (opened before, or a program not started
// from the shell). key_present says where, the fix is to load it, and the key itself never shows.
import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {test} from 'node:test';
import {runCli, tempConfigDir} from '../helpers/run-cli.js';

// Not key-shaped: the repository's own scan (key_exposure) must find no key in this file.
const savedKey = 'sk-saved-never-shown';

/** A home folder whose start-up file `file` sets the key. */
function homeWith(file: string, line: string): string {
	const home = mkdtempSync(path.join(tmpdir(), 'dsf-home-'));
	mkdirSync(path.dirname(path.join(home, file)), {recursive: true});
	writeFileSync(path.join(home, file), `# my settings\nalias ll='ls -l'\n${line}\n`);
	return home;
}

type CheckJson = {verdict: string; summary: string; fixes: Array<{id: string; title: string}>; checks: Array<{id: string; summary: string; details: Record<string, unknown>}>};

test('no key here, ~/.bashrc exports one: where it is saved, then "open a new terminal or source it", never the key', async () => {
	const env = {HOME: homeWith('.bashrc', `export DEEPSEEK_API_KEY=${savedKey}`), DEEPSEEK_FIX_CONFIG_DIR: tempConfigDir(), DEEPSEEK_BASE_URL: 'http://127.0.0.1:9'};
	const run = await runCli(['check', '--json'], env);
	const json = JSON.parse(run.stdout) as CheckJson;
	const present = json.checks.find(check => check.id === 'key_present');
	assert.equal(present?.summary, 'No key in this shell\'s environment, but ~/.bashrc sets DEEPSEEK_API_KEY: a shell started before that line was written has not read it, nor has a program started without your shell (an IDE, cron, a service). Open a new terminal or run source ~/.bashrc; for an IDE or cron, set it there.');
	assert.deepEqual(present?.details['savedKey'], {kind: 'file', file: '~/.bashrc'});
	assert.equal(json.verdict, 'no_key');
	assert.equal(json.summary, present?.summary);
	assert.deepEqual(json.fixes.map(fix => [fix.id, fix.title]).slice(0, 1), [['set_key', 'Open a new terminal, or run source ~/.bashrc, then run deepseek-fix again']]);
	assert.deepEqual(json.fixes.map(fix => fix.id), ['set_key', 'create_key']);
	assert.doesNotMatch(run.stdout + run.stderr, /never-shown/);
});

test('in Chinese, fish\'s config: the same, in Chinese', async () => {
	const env = {HOME: homeWith('.config/fish/config.fish', `set -gx DEEPSEEK_API_KEY ${savedKey}`), DEEPSEEK_FIX_CONFIG_DIR: tempConfigDir(), DEEPSEEK_BASE_URL: 'http://127.0.0.1:9', DEEPSEEK_FIX_LANG: 'zh-CN', COLUMNS: '1000'};
	const run = await runCli(['check'], env);
	assert.match(run.stdout, /当前 shell 的环境里没有 key，但 ~\/\.config\/fish\/config\.fish 里设置了 DEEPSEEK_API_KEY/);
	assert.match(run.stdout, / 1\. 打开一个新终端，或运行 source ~\/\.config\/fish\/config\.fish，然后再运行一次 deepseek-fix/);
	assert.doesNotMatch(run.stdout + run.stderr, /never-shown/);
});

test('no key anywhere (the tests\' own empty home): the plain "no API key found"', async () => {
	const run = await runCli(['check', '--json'], {DEEPSEEK_FIX_CONFIG_DIR: tempConfigDir(), DEEPSEEK_BASE_URL: 'http://127.0.0.1:9'});
	const json = JSON.parse(run.stdout) as CheckJson;
	assert.equal(json.checks.find(check => check.id === 'key_present')?.summary, 'No API key found: set DEEPSEEK_API_KEY or paste one in the wizard.');
	assert.equal(json.checks.find(check => check.id === 'key_present')?.details['savedKey'], undefined);
});
