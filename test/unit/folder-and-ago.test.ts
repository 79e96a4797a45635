// The two small shared rules a newcomer finds once, not twice: whether a path is a folder (source/folder.ts: never
// throws, what cannot be looked at is no folder) and "N minutes ago" (source/text/ago.ts: the start screen's lines and
// the balance check's, in the language of the moment).
import assert from 'node:assert/strict';
import {mkdtempSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {test} from 'node:test';
import {isFolder} from '../../source/folder.js';
import {setLanguage} from '../../source/messages/language.js';
import {agoFrom} from '../../source/text/ago.js';

test('isFolder: a folder is one; a file, a missing path, a path under a file and a symlink loop are none, without a throw', () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'folder-'));
	const file = path.join(dir, 'file');
	writeFileSync(file, 'x');
	symlinkSync(path.join(dir, 'loop'), path.join(dir, 'loop'));
	assert.equal(isFolder(dir), true);
	assert.equal(isFolder(file), false);
	assert.equal(isFolder(path.join(dir, 'missing')), false);
	assert.equal(isFolder(path.join(file, 'inside')), false);
	assert.equal(isFolder(path.join(dir, 'loop')), false);
});

test('agoFrom: how long before now, in both languages; "just now" for a time after now; nothing without a time or a now', () => {
	const now = new Date('2026-12-05T12:00:00Z');
	try {
		assert.equal(agoFrom('2026-12-05T11:55:00Z', now), '5 minutes ago');
		assert.equal(agoFrom('2026-12-05T12:05:00Z', now), 'just now');
		setLanguage('zh-CN');
		assert.equal(agoFrom('2026-12-05T09:00:00Z', now), '3 小时前');
	} finally {
		setLanguage('en');
	}
	assert.equal(agoFrom(undefined, now), undefined);
	assert.equal(agoFrom('yesterday-ish', now), undefined);
	assert.equal(agoFrom('2026-12-05T11:55:00Z', undefined), undefined);
});
