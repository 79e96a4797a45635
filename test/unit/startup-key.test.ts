// Another DeepSeek key saved for new shells than this shell's (deepseek/saved-key.ts): the
// start-up files' last literal assignment, the user's shell's file read last, Windows' stores;
// only literal DeepSeek-shaped values are compared, and the saved key comes back masked only.
import assert from 'node:assert/strict';
import diagnosticsChannel from 'node:diagnostics_channel';
import {test} from 'node:test';
import {lastKeyIn, shellWord, startupFilesOf, startupKey, type KeyStores} from '../../source/deepseek/saved-key.js';
import {keyPresent} from '../../source/checks/key-present.js';
import type {CheckContext} from '../../source/checks/types.js';
import {projectEnvFrom} from '../../source/project-env.js';
import {testContext, testKey} from '../helpers/results.js';
import {windowsRegistry} from '../helpers/windows-registry.js';

// Built, so that no key-shaped string sits in this file.
const newKey = 'sk-' + 'aaaabbbbccccdddd'.repeat(2);
const never = new AbortController().signal;

/** key_present as the runner runs it: `run`, then its `later` step (the start-up key). */
async function present(ctx: CheckContext) {
	return keyPresent.later!(ctx, never, await keyPresent.run(ctx, never));
}

function unix(files: Record<string, string>, env: Record<string, string> = {HOME: '/home/ada'}): KeyStores {
	return {platform: 'linux', env, readFile: path => files[path], run: async () => undefined};
}

test('a shell word: quotes, escapes and a trailing comment; expansions are not literals', () => {
	assert.deepEqual(shellWord(`'${newKey}' # new`), {value: newKey, literal: true});
	assert.deepEqual(shellWord(`"${newKey}";`), {value: newKey, literal: true});
	assert.deepEqual(shellWord(`sk-\\a"b"'c'`), {value: 'sk-abc', literal: true});
	for (const value of ['$(pass show deepseek)', '"$(cat ~/.key)"', '${OTHER_KEY}', '$OTHER_KEY', '`cat key`', '(cat ~/.key)', '"sk-$SUFFIX"', "'unclosed"]) {
		assert.equal(shellWord(value).literal, false, value);
	}
});

const set = (value: string | null) => ({kind: 'set', value});
const unset = {kind: 'unset'};

test('a file\'s key: export, declare -x, a bare assignment, quotes, fish\'s set -gx; the last line wins; comments and other names do not count', () => {
	assert.deepEqual(lastKeyIn(`export DEEPSEEK_API_KEY=${newKey}\n`), set(newKey));
	assert.deepEqual(lastKeyIn(`DEEPSEEK_API_KEY="${newKey}"  # made in May\r\n`), set(newKey));
	assert.deepEqual(lastKeyIn(`  export DEEPSEEK_API_KEY='${newKey}'\n`), set(newKey));
	assert.deepEqual(lastKeyIn(`declare -x DEEPSEEK_API_KEY=${newKey}\n`), set(newKey));
	assert.deepEqual(lastKeyIn(`set -gx DEEPSEEK_API_KEY ${newKey}\n`), set(newKey));
	assert.deepEqual(lastKeyIn(`set --global --export DEEPSEEK_API_KEY "${newKey}"\n`), set(newKey));
	assert.deepEqual(lastKeyIn(`export DEEPSEEK_API_KEY=${testKey}\nexport DEEPSEEK_API_KEY=${newKey}\n`), set(newKey));
	assert.deepEqual(lastKeyIn(`export DEEPSEEK_API_KEY=${newKey}\n# export DEEPSEEK_API_KEY=${testKey}\n`), set(newKey));
	assert.equal(lastKeyIn(`export MY_DEEPSEEK_API_KEY=${testKey}\nexport OPENAI_API_KEY=${testKey}\n`), undefined);
	assert.equal(lastKeyIn('export DEEPSEEK_API_KEY\nset -q DEEPSEEK_API_KEY\n'), undefined);
	assert.equal(lastKeyIn(''), undefined);
});

// The two readers rely on the difference: a value only the shell knows still saves a key for new shells (the
// "open a new terminal" advice, savedInStartupFile), but gives none to compare (startupKeyInFiles); unset and empty give neither.
test('a value only the shell knows, last: set, with no literal value; an unset, an erase or an empty one, last: unset', () => {
	assert.deepEqual(lastKeyIn(`export DEEPSEEK_API_KEY=${newKey}\nexport DEEPSEEK_API_KEY="$(pass show deepseek)"\n`), set(null));
	assert.deepEqual(lastKeyIn('set -gx DEEPSEEK_API_KEY (cat ~/.deepseek)\n'), set(null));
	assert.deepEqual(lastKeyIn('export DEEPSEEK_API_KEY="$EMPTY_ONE"\n'), set(null));
	assert.deepEqual(lastKeyIn(`export DEEPSEEK_API_KEY=${newKey}\nunset DEEPSEEK_API_KEY\n`), unset);
	assert.deepEqual(lastKeyIn(`set -gx DEEPSEEK_API_KEY ${newKey}\nset -e DEEPSEEK_API_KEY\n`), unset);
	assert.deepEqual(lastKeyIn(`export DEEPSEEK_API_KEY=${newKey}\nexport DEEPSEEK_API_KEY=\n`), unset);
	assert.deepEqual(lastKeyIn('export DEEPSEEK_API_KEY=""\n'), unset);
});

test('the user\'s shell\'s files, the one a new terminal reads last first; all of them for another shell', () => {
	assert.deepEqual(startupFilesOf('/bin/zsh'), ['.zshrc', '.zprofile', '.zshenv']);
	assert.deepEqual(startupFilesOf('/usr/bin/bash'), ['.bashrc', '.bash_profile', '.profile']);
	assert.deepEqual(startupFilesOf('/opt/homebrew/bin/fish'), ['.config/fish/config.fish']);
	assert.equal(startupFilesOf(undefined).length, 7);
	assert.equal(startupFilesOf('/bin/dash').length, 7);
});

test('another key saved: where and masked, never whole; the same key, another shape, a non-literal: nothing', async () => {
	const home = (file: string, text: string, shell = '/bin/zsh') => unix({[`/home/ada/${file}`]: text}, {HOME: '/home/ada', SHELL: shell});
	const found = await startupKey(home('.zshrc', `export DEEPSEEK_API_KEY=${newKey}\n`), testKey, never);
	assert.deepEqual(found, {kind: 'file', file: '~/.zshrc', masked: 'sk-…dddd'});
	assert.doesNotMatch(JSON.stringify(found), /aaaabbbb/);
	assert.equal(await startupKey(home('.zshrc', `export DEEPSEEK_API_KEY=${testKey}\n`), testKey, never), undefined);
	// The same key as this shell's, which carries quotes around it: no other key.
	assert.equal(await startupKey(home('.zshrc', `export DEEPSEEK_API_KEY=${newKey}\n`), `"${newKey}"`, never), undefined);
	assert.equal(await startupKey(home('.zshrc', 'export DEEPSEEK_API_KEY=sk-not-a-deepseek-key\n'), testKey, never), undefined);
	assert.equal(await startupKey(home('.zshrc', 'export DEEPSEEK_API_KEY="$(security find-generic-password -w -s deepseek)"\n'), testKey, never), undefined);
	// Another shell's file: a new zsh never reads ~/.bashrc.
	assert.equal(await startupKey(home('.bashrc', `export DEEPSEEK_API_KEY=${newKey}\n`), testKey, never), undefined);
	assert.deepEqual(await startupKey(home('.bashrc', `export DEEPSEEK_API_KEY=${newKey}\n`, '/bin/bash'), testKey, never), {kind: 'file', file: '~/.bashrc', masked: 'sk-…dddd'});
	// No home folder: nothing read.
	assert.equal(await startupKey(unix({'/home/ada/.zshrc': `export DEEPSEEK_API_KEY=${newKey}\n`}, {}), testKey, never), undefined);
});

test('the file read last wins: ~/.zshrc over ~/.zshenv, even where ~/.zshrc holds this shell\'s key or a value only the shell knows', async () => {
	const both = (zshrc: string) => unix({'/home/ada/.zshrc': zshrc, '/home/ada/.zshenv': `export DEEPSEEK_API_KEY=${newKey}\n`}, {HOME: '/home/ada', SHELL: '/bin/zsh'});
	assert.equal(await startupKey(both(`export DEEPSEEK_API_KEY=${testKey}\n`), testKey, never), undefined);
	assert.equal(await startupKey(both('export DEEPSEEK_API_KEY=$(pass show deepseek)\n'), testKey, never), undefined);
	assert.deepEqual(await startupKey(both('alias ll="ls -l"\n'), testKey, never), {kind: 'file', file: '~/.zshenv', masked: 'sk-…dddd'});
});

test('Windows: the user\'s variables, else the system\'s, by reg.exe; the user\'s win; %…% is no literal', async () => {
	const user = windowsRegistry({user: newKey, system: testKey});
	assert.deepEqual(await startupKey(user.stores, testKey, never), {kind: 'windows_user', masked: 'sk-…dddd'});
	assert.equal(user.calls.length, 1);
	assert.equal(await startupKey(windowsRegistry({user: testKey, system: newKey}).stores, testKey, never), undefined);
	assert.deepEqual(await startupKey(windowsRegistry({system: newKey}).stores, testKey, never), {kind: 'windows_system', masked: 'sk-…dddd'});
	assert.equal(await startupKey(windowsRegistry({user: '%DEEPSEEK_KEY_2%'}).stores, testKey, never), undefined);
	assert.equal(await startupKey(windowsRegistry({}).stores, testKey, never), undefined);
});

test('key_present: the environment\'s key and another in ~/.zshrc warns, both masked; a key from elsewhere or the same one passes', async () => {
	const zshrc = unix({'/home/ada/.zshrc': `export DEEPSEEK_API_KEY="${newKey}"\n`}, {HOME: '/home/ada', SHELL: '/bin/zsh'});
	const stale = await present(testContext({keyStores: zshrc}));
	assert.deepEqual(stale, {
		status: 'warn',
		summary: 'Found in DEEPSEEK_API_KEY (sk-…cdef), but ~/.zshrc sets another key (sk-…dddd): a terminal or editor started before that line changed keeps the old one. Open a new terminal or run source ~/.zshrc, and restart your editor.',
		details: {source: 'env', startupKey: {kind: 'file', file: '~/.zshrc', masked: 'sk-…dddd'}},
	});
	assert.doesNotMatch(JSON.stringify(stale), /aaaabbbb|0123456789/);
	// A pasted or remembered key was chosen on purpose: the start-up file says nothing about it, and is not read.
	let reads = 0;
	const counted: KeyStores = {...zshrc, readFile: file => (reads++, zshrc.readFile(file))};
	assert.equal((await present(testContext({keyStores: counted, keySource: 'remembered'}))).status, 'pass');
	assert.equal(reads, 0);
	const same = unix({'/home/ada/.zshrc': `export DEEPSEEK_API_KEY=${testKey}\n`}, {HOME: '/home/ada', SHELL: '/bin/zsh'});
	assert.equal((await present(testContext({keyStores: same}))).status, 'pass');
});

test('key_present: the .env\'s other key keeps its sentence, with the start-up file\'s key in the details too', async () => {
	const zshrc = unix({'/home/ada/.zshrc': `export DEEPSEEK_API_KEY=${newKey}\n`}, {HOME: '/home/ada', SHELL: '/bin/zsh'});
	const result = await present(testContext({keyStores: zshrc, projectEnv: projectEnvFrom(`DEEPSEEK_API_KEY=${newKey}\n`)}));
	assert.equal(result.status, 'warn');
	assert.match(result.summary, /^Found in DEEPSEEK_API_KEY \(sk-…cdef\), but this folder's \.env sets another key/);
	assert.deepEqual(result.details['startupKey'], {kind: 'file', file: '~/.zshrc', masked: 'sk-…dddd'});
});

test('key_present on Windows: reg.exe only after the requests are on the wire, the user\'s variables named', async () => {
	// A request undici created and has not written yet, as its diagnostics channels tell it (deepseek/wire.ts listens).
	const request = {};
	diagnosticsChannel.channel('undici:request:create').publish({request});
	const registry = windowsRegistry({user: newKey});
	const running = present(testContext({keyStores: registry.stores}));
	for (let turn = 0; turn < 5; turn++) await new Promise(resolve => setImmediate(resolve));
	assert.equal(registry.calls.length, 0, 'reg.exe ran before the request was written');
	diagnosticsChannel.channel('undici:client:sendHeaders').publish({request});
	const result = await running;
	assert.equal(registry.calls.length, 1);
	assert.equal(result.summary, 'Found in DEEPSEEK_API_KEY (sk-…cdef), but Windows\' user environment variables hold another key (sk-…dddd): a window or editor opened before it was saved keeps the old one. Open a new terminal, and restart your editor.');
	assert.deepEqual(result.details['startupKey'], {kind: 'windows_user', masked: 'sk-…dddd'});
});

test('key_present outside Windows: the start-up files are read only after the requests are on the wire', async () => {
	const request = {};
	diagnosticsChannel.channel('undici:request:create').publish({request});
	let reads = 0;
	const stores = unix({'/home/ada/.zshrc': `export DEEPSEEK_API_KEY=${newKey}\n`}, {HOME: '/home/ada', SHELL: '/bin/zsh'});
	const running = present(testContext({keyStores: {...stores, readFile: file => (reads++, stores.readFile(file))}}));
	for (let turn = 0; turn < 5; turn++) await new Promise(resolve => setImmediate(resolve));
	assert.equal(reads, 0, 'a start-up file was read before the request was written');
	diagnosticsChannel.channel('undici:client:sendHeaders').publish({request});
	assert.equal((await running).status, 'warn');
	assert.equal(reads, 1);
});
