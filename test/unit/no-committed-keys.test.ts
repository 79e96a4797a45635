// This repository holds no key-shaped string: a newcomer who tries the tool here against the
// fake (readme, "Try it without a DeepSeek account") must not get "your key is committed".
// Tests build the fake's key from pieces (test/fake/server.ts) instead of writing it out.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {findKeys} from '../../source/checks/key-exposure.js';
import {fakeKey} from '../fake/server.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

test('no tracked file holds a key-shaped string (the fake\'s key included)', () => {
	const files = execFileSync('git', ['ls-files', '-z'], {cwd: root, encoding: 'utf8'}).split('\0').filter(Boolean);
	assert.ok(files.length > 100, `git listed ${files.length} files`);
	const found = files.flatMap(file => {
		const full = path.join(root, file);
		if (!statSync(full, {throwIfNoEntry: false})?.isFile()) return [];
		return findKeys(readFileSync(full, 'utf8'), file, fakeKey).map(finding => `${finding.file}:${finding.line} ${finding.masked} (${finding.kind})`);
	});
	assert.deepEqual(found, []);
});
