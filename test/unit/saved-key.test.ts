// Where DEEPSEEK_API_KEY is saved for later shells, as key_present reads it when no key was found:
// a shell's start-up file (never its value), or Windows' user or system environment variables.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {savedKey, type KeyStores} from '../../source/deepseek/saved-key.js';
import {windowsRegistry} from '../helpers/windows-registry.js';

const never = new AbortController().signal;

function unix(files: Record<string, string>, env: Record<string, string> = {HOME: '/home/ada'}): KeyStores {
	return {platform: 'linux', env, readFile: path => files[path], run: async () => undefined};
}

test('a start-up file that sets it: export, a bare assignment, fish\'s set -gx; the first file as ~/…, its value never kept', async () => {
	assert.deepEqual(await savedKey(unix({'/home/ada/.zshrc': 'alias ll="ls -l"\nexport DEEPSEEK_API_KEY=sk-saved-for-later\n'}), never), {kind: 'file', file: '~/.zshrc'});
	assert.deepEqual(await savedKey(unix({'/home/ada/.bashrc': 'DEEPSEEK_API_KEY="sk-saved-for-later"\n'}), never), {kind: 'file', file: '~/.bashrc'});
	assert.deepEqual(await savedKey(unix({'/home/ada/.config/fish/config.fish': 'set -gx DEEPSEEK_API_KEY sk-saved-for-later\n'}), never), {kind: 'file', file: '~/.config/fish/config.fish'});
	// zsh's own files come before bash's.
	const both = {'/home/ada/.zshrc': 'export DEEPSEEK_API_KEY=sk-a\n', '/home/ada/.profile': 'export DEEPSEEK_API_KEY=sk-b\n'};
	assert.deepEqual(await savedKey(unix(both), never), {kind: 'file', file: '~/.zshrc'});
});

test('not set: a comment, another variable, an empty assignment, no file, no HOME', async () => {
	assert.equal(await savedKey(unix({'/home/ada/.zshrc': '# export DEEPSEEK_API_KEY=sk-old\n'}), never), undefined);
	assert.equal(await savedKey(unix({'/home/ada/.zshrc': 'export OPENAI_API_KEY=sk-0123\nexport MY_DEEPSEEK_API_KEY=sk-1\n'}), never), undefined);
	assert.equal(await savedKey(unix({'/home/ada/.bashrc': 'export DEEPSEEK_API_KEY=\n'}), never), undefined);
	assert.equal(await savedKey(unix({}), never), undefined);
	assert.equal(await savedKey(unix({'/home/ada/.zshrc': 'export DEEPSEEK_API_KEY=sk-a\n'}, {}), never), undefined);
	// Set to nothing in quotes, and a line that unsets it after one that set it: a new shell has no key.
	assert.equal(await savedKey(unix({'/home/ada/.bashrc': 'export DEEPSEEK_API_KEY=""\n'}), never), undefined);
	assert.equal(await savedKey(unix({'/home/ada/.zshrc': 'export DEEPSEEK_API_KEY=sk-a\nunset DEEPSEEK_API_KEY\n'}), never), undefined);
	assert.equal(await savedKey(unix({'/home/ada/.config/fish/config.fish': 'set -gx DEEPSEEK_API_KEY sk-a\nset -e DEEPSEEK_API_KEY\n'}), never), undefined);
});

test('set to a value only the shell knows, or by declare -x: still saved for new shells (the same reader as the key compared, startup-key.test.ts)', async () => {
	assert.deepEqual(await savedKey(unix({'/home/ada/.zshrc': 'export DEEPSEEK_API_KEY="$(pass show deepseek)"\n'}), never), {kind: 'file', file: '~/.zshrc'});
	assert.deepEqual(await savedKey(unix({'/home/ada/.config/fish/config.fish': 'set -gx DEEPSEEK_API_KEY (cat ~/.deepseek)\n'}), never), {kind: 'file', file: '~/.config/fish/config.fish'});
	assert.deepEqual(await savedKey(unix({'/home/ada/.bashrc': 'declare -x DEEPSEEK_API_KEY=sk-saved-for-later\n'}), never), {kind: 'file', file: '~/.bashrc'});
});

test('Windows: the user\'s environment variables first, then the system\'s, by reg.exe\'s full path; an empty value is not a key', async () => {
	const user = windowsRegistry({user: 'sk-saved-for-later'});
	assert.deepEqual(await savedKey(user.stores, never), {kind: 'windows_user'});
	assert.deepEqual(user.calls, [[String.raw`C:\WINDOWS\System32\reg.exe`, 'query', String.raw`HKCU\Environment`, '/v', 'DEEPSEEK_API_KEY']]);
	assert.deepEqual(await savedKey(windowsRegistry({system: 'sk-saved-for-later'}).stores, never), {kind: 'windows_system'});
	assert.equal(await savedKey(windowsRegistry({}).stores, never), undefined);
	assert.equal(await savedKey(windowsRegistry({user: ''}).stores, never), undefined);
});
