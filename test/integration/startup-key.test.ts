// The built CLI with DEEPSEEK_API_KEY in its environment while the user's ~/.zshrc saves another
// key for new shells (made after this terminal started): key_present warns with both masked, a
// refused key's diagnosis says to use the saved one first, and the saved key is never whole in
// the text, the JSON, the report or the settings folder.
import assert from 'node:assert/strict';
import {mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';
import {runCli, tempConfigDir} from '../helpers/run-cli.js';
import {fakeEnv, useFake} from '../helpers/with-fake.js';

const fake = useFake();
// Built, so that no key-shaped string sits in this file.
const savedKey = 'sk-' + 'aaaabbbbccccdddd'.repeat(2);
const home = mkdtempSync(path.join(tmpdir(), 'dsf-home-'));
after(() => rmSync(home, {recursive: true, force: true}));
writeFileSync(path.join(home, '.zshrc'), `# my settings\nalias ll='ls -l'\nexport DEEPSEEK_API_KEY='${savedKey}'  # the new one\n`);

type Json = {verdict: string; summary: string; fixes: Array<{id: string; title: string}>; checks: Array<{id: string; status: string; summary: string; details: Record<string, unknown>}>};

/** Every 8 characters of the saved key after sk-: none may appear anywhere. */
function assertNoSavedKey(text: string, where: string): void {
	for (let at = 3; at + 8 <= savedKey.length; at++) assert.ok(!text.includes(savedKey.slice(at, at + 8)), `${where} holds a piece of the saved key`);
}

/** The text of every file under `folder`. */
function filesIn(folder: string): string {
	return readdirSync(folder, {recursive: true, encoding: 'utf8'}).map(name => path.join(folder, name)).filter(file => statSync(file).isFile()).map(file => readFileSync(file, 'utf8')).join('\n');
}

test('the environment\'s key refused, ~/.zshrc saves another: use that one first (not checked), both masked, never whole anywhere', async () => {
	fake().setScenario('invalid_key');
	const configDir = tempConfigDir();
	const env = fakeEnv(fake(), 'invalid_key', {HOME: home, SHELL: '/bin/zsh', DEEPSEEK_FIX_CONFIG_DIR: configDir});
	const run = await runCli(['check', '--json'], env);
	const json = JSON.parse(run.stdout) as Json;
	const present = json.checks.find(check => check.id === 'key_present');
	assert.equal(present?.status, 'warn');
	assert.equal(present?.summary, 'Found in DEEPSEEK_API_KEY (sk-…cdef), but ~/.zshrc sets another key (sk-…dddd): a terminal or editor started before that line changed keeps the old one. Open a new terminal or run source ~/.zshrc, and restart your editor.');
	assert.deepEqual(present?.details['startupKey'], {kind: 'file', file: '~/.zshrc', masked: 'sk-…dddd'});
	assert.equal(json.verdict, 'invalid_key');
	assert.match(json.summary, /~\/\.zshrc sets another key \(sk-…dddd, not checked\): this terminal or editor was started before that line changed and still has the old one\.$/);
	assert.deepEqual(json.fixes.map(fix => fix.id), ['set_key', 'check_key_in_tool', 'create_key']);
	assert.equal(json.fixes[0]?.title, 'Use the key in ~/.zshrc: open a new terminal or run source ~/.zshrc, restart your editor if the program runs from it, then run deepseek-fix again');
	const text = await runCli(['check'], env);
	const report = await runCli(['report'], env);
	assert.match(report.stdout, /~\/\.zshrc sets another key \(sk-…dddd\)/);
	for (const [where, output] of [['check --json', run], ['check', text], ['report', report]] as const) assertNoSavedKey(output.stdout + output.stderr, where);
	assertNoSavedKey(filesIn(configDir), 'the settings folder');
});

test('the environment\'s key accepted, ~/.zshrc saves the same one, or a value only the shell knows: no warning', async () => {
	fake().setScenario('ok');
	const same = mkdtempSync(path.join(tmpdir(), 'dsf-home-'));
	try {
		for (const line of [`export DEEPSEEK_API_KEY=${fakeEnv(fake())['DEEPSEEK_API_KEY']}`, 'export DEEPSEEK_API_KEY="$(pass show deepseek)"']) {
			writeFileSync(path.join(same, '.zshrc'), `${line}\n`);
			const run = await runCli(['check', '--json'], fakeEnv(fake(), 'ok', {HOME: same, SHELL: '/bin/zsh'}));
			const present = (JSON.parse(run.stdout) as Json).checks.find(check => check.id === 'key_present');
			assert.deepEqual([present?.status, present?.details['startupKey']], ['pass', undefined], line);
		}
	} finally {
		rmSync(same, {recursive: true, force: true});
	}
});

test('in Chinese: the row and the first fix', async () => {
	fake().setScenario('invalid_key');
	const run = await runCli(['check'], fakeEnv(fake(), 'invalid_key', {HOME: home, SHELL: '/bin/zsh', DEEPSEEK_FIX_LANG: 'zh-CN', COLUMNS: '1000'}));
	assert.match(run.stdout, /来自 DEEPSEEK_API_KEY（sk-…cdef），但 ~\/\.zshrc 设置了另一个 key（sk-…dddd）/);
	assert.match(run.stdout, / 1\. 使用 ~\/\.zshrc 里的 key：打开一个新终端或运行 source ~\/\.zshrc/);
	assertNoSavedKey(run.stdout + run.stderr, 'check in Chinese');
});
