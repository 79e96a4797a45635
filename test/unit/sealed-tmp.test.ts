// The tests' scratch folders are sealed (helpers/sealed-tmp.ts, preloaded through isolate-git.ts): the readers
// that walk up from the folder they run in stop at the sealed folder's .git, so a stray opencode.json,
// .opencode/ or .env in the machine's temporary folder (or at /) cannot change a test's result.
// This file does not import the helper itself: it checks that the preload did its work.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {openCodeConfigFiles} from '../../source/opencode-config.js';

test('a scratch folder is inside a folder with a .git of its own, and OpenCode\'s walk from it stops there, never reaching the machine\'s temporary folder', () => {
	const sealed = tmpdir();
	assert.ok(existsSync(path.join(sealed, '.git')), `${sealed} holds no .git: is test/helpers/isolate-git.ts preloaded?`);
	const project = mkdtempSync(path.join(sealed, 'dsfix-sealed-'));
	const home = mkdtempSync(path.join(sealed, 'dsfix-sealed-home-'));
	try {
		const deep = path.join(project, 'a', 'b');
		mkdirSync(deep, {recursive: true});
		const walked = openCodeConfigFiles(deep, {HOME: home}, {managedDir: null})
			.map(file => path.dirname(file.file))
			.filter(folder => !folder.startsWith(home));
		for (const folder of walked) assert.ok(folder.startsWith(sealed), `OpenCode's walk reads ${folder}, outside ${sealed}`);
		assert.ok(walked.includes(sealed) && walked.includes(path.join(sealed, '.opencode')), 'the walk goes up to the sealed folder itself');
	} finally {
		rmSync(project, {recursive: true, force: true});
		rmSync(home, {recursive: true, force: true});
	}
});
