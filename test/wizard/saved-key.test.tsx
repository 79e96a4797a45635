// No key in the wizard's environment, while the user's ~/.zshrc sets one: the start screen says
// where it is saved, and the key step says why this shell lacks it and what gets it (check's
// key_present says the same). The key itself is never read out of the file.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {flat, session, world} from './helpers.js';

function homeWithZshrc(): string {
	const home = mkdtempSync(path.join(tmpdir(), 'dsf-wizard-home-'));
	writeFileSync(path.join(home, '.zshrc'), 'export DEEPSEEK_API_KEY=sk-saved-never-shown\n');
	return home;
}

test('a key saved in ~/.zshrc, not in this shell: the start screen and the key step say so, the key never shows', async () => {
	const w = await world('ok', {key: undefined, env: {HOME: homeWithZshrc()}});
	await session(w, async app => {
		assert.match(app.lastFrame(), /Key: none in this shell \(~\/\.zshrc sets it\)/);
		await app.choose('Run every check');
		const screen = await app.waitFor('Which API key should be checked?');
		assert.match(flat(screen), /~\/\.zshrc sets DEEPSEEK_API_KEY, but this shell has not read it: quit, open a new terminal or run source ~\/\.zshrc, and start deepseek-fix again; or paste the key here\./);
		assert.doesNotMatch(app.frames().join('\n'), /never-shown/);
	});
});

test('no such line (an empty home): the plain "not set"', async () => {
	const w = await world('ok', {key: undefined, env: {HOME: mkdtempSync(path.join(tmpdir(), 'dsf-wizard-home-'))}});
	await session(w, async app => {
		assert.match(app.lastFrame(), /Key: none \(DEEPSEEK_API_KEY is not set\)/);
	});
});
