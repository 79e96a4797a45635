// The reader of the user's small text files (.env, shells' start-up files): a regular file only,
// never waiting on a FIFO, never reading a device, capped, never throwing.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {readSmallFile} from '../../source/small-file.js';
import {savedInStartupFile, startupFileMaxBytes, thisComputer} from '../../source/deepseek/saved-key.js';

const folder = () => mkdtempSync(path.join(tmpdir(), 'dsf-small-file-'));

test('a regular file: its bytes, whole; a larger one: the first bytes up to the cap, not whole', () => {
	const dir = folder();
	writeFileSync(path.join(dir, 'small'), 'export A=1\n');
	assert.deepEqual(readSmallFile(path.join(dir, 'small'), 64), {bytes: Buffer.from('export A=1\n'), whole: true});
	writeFileSync(path.join(dir, 'large'), 'x'.repeat(100));
	const large = readSmallFile(path.join(dir, 'large'), 64);
	assert.equal(large?.bytes.length, 64);
	assert.equal(large?.whole, false);
	writeFileSync(path.join(dir, 'empty'), '');
	assert.deepEqual(readSmallFile(path.join(dir, 'empty'), 64), {bytes: Buffer.alloc(0), whole: true});
});

test('nothing where there is no regular file: missing, a folder, a link to a device, a FIFO (never waited on)', {skip: process.platform === 'win32'}, () => {
	const dir = folder();
	assert.equal(readSmallFile(path.join(dir, 'missing'), 64), undefined);
	assert.equal(readSmallFile(dir, 64), undefined);
	symlinkSync('/dev/zero', path.join(dir, 'zero'));
	assert.equal(readSmallFile(path.join(dir, 'zero'), 64), undefined);
	execFileSync('mkfifo', [path.join(dir, 'fifo')]);
	// A blocking open of a FIFO with no writer would hang this test until its timeout.
	assert.equal(readSmallFile(path.join(dir, 'fifo'), 64), undefined);
});

test('the start-up files on this computer: a FIFO or a device at ~/.zshrc is no file, one over the cap is not read', {skip: process.platform === 'win32', timeout: 5000}, () => {
	const home = folder();
	execFileSync('mkfifo', [path.join(home, '.zshrc')]);
	symlinkSync('/dev/zero', path.join(home, '.bashrc'));
	writeFileSync(path.join(home, '.profile'), `export DEEPSEEK_API_KEY=set\n${'#'.repeat(startupFileMaxBytes)}\n`);
	const stores = thisComputer({HOME: home});
	assert.equal(savedInStartupFile({...stores, platform: 'linux'}), undefined);
	writeFileSync(path.join(home, '.zprofile'), 'export DEEPSEEK_API_KEY=set\n');
	assert.deepEqual(savedInStartupFile({...stores, platform: 'linux'}), {kind: 'file', file: '~/.zprofile'});
});
