// `report --out FILE`: written beside, mode 0600, renamed into place (an existing 0644
// file ends 0600); a symbolic link is refused; `--out -` is stdout.
import assert from 'node:assert/strict';
import {chmodSync, existsSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync, mkdirSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import {fakeKey} from '../fake/server.js';
import {runCli, tempConfigDir} from '../helpers/run-cli.js';
import {fakeEnv, useFake} from '../helpers/with-fake.js';

const fake = useFake();
const env = () => fakeEnv(fake(), 'zero_balance');
const nothingLost = 'Nothing is lost: deepseek-fix report without --out (or with --out -) prints the report.';

test('an existing 0644 file is replaced by the report and ends 0600; nothing else is left in the folder', {skip: process.platform === 'win32'}, async () => {
	fake().setScenario('zero_balance');
	const dir = tempConfigDir();
	const file = path.join(dir, 'report.md');
	writeFileSync(file, 'an older report\n', {mode: 0o644});
	chmodSync(file, 0o644);
	const run = await runCli(['report', '--out', file], env());
	assert.equal(run.code, 1, run.stderr);
	assert.equal(run.stderr, `Report written to ${file} (no API key in it).\n`);
	assert.equal(statSync(file).mode & 0o777, 0o600);
	const text = readFileSync(file, 'utf8');
	assert.match(text, /^# deepseek-fix support report/);
	assert.ok(!text.includes(fakeKey));
	assert.deepEqual(readdirSync(dir), ['report.md'], 'no temporary file left behind');
});

test('a symbolic link as --out is refused with a sentence; the link and what it points to are untouched', async () => {
	fake().setScenario('zero_balance');
	const dir = tempConfigDir();
	const outside = path.join(tempConfigDir(), 'elsewhere.txt');
	writeFileSync(outside, 'not yours\n');
	const link = path.join(dir, 'report.md');
	symlinkSync(outside, link);
	const run = await runCli(['report', '--out', link], env());
	assert.equal(run.code, 2);
	assert.equal(run.stderr, `deepseek-fix: could not write ${link}: it is a symbolic link, and the report is not written through links: give the path of a real file. ${nothingLost}\n`);
	assert.ok(lstatSync(link).isSymbolicLink());
	assert.equal(readFileSync(outside, 'utf8'), 'not yours\n');
	assert.deepEqual(readdirSync(dir), ['report.md']);
});

test('a folder as --out: said as a folder, and exit 2', async () => {
	const dir = tempConfigDir();
	const folder = path.join(dir, 'reports');
	mkdirSync(folder);
	const run = await runCli(['report', '--out', folder], env());
	assert.equal(run.code, 2);
	assert.equal(run.stderr, `deepseek-fix: could not write ${folder}: it is a folder (EISDIR): give the path of a file in it. ${nothingLost}\n`);
});

test('a file in a folder that does not exist: says so in words, not only the system\'s code, and exit 2, before any request (no paid call for nothing)', async () => {
	const file = path.join(tempConfigDir(), 'no-such-folder', 'report.md');
	const before = fake().requests.length;
	const run = await runCli(['report', '--probe', '--out', file], env());
	assert.equal(run.code, 2);
	assert.equal(run.stderr, `deepseek-fix: could not write ${file}: its folder does not exist (ENOENT): give a path in an existing folder. ${nothingLost}\n`);
	assert.deepEqual(fake().requests.slice(before), [], 'the checks never ran');
});

test('a folder as --out, or a path through a file: refused before any request', async () => {
	const dir = tempConfigDir();
	const file = path.join(dir, 'a-file');
	writeFileSync(file, 'x\n');
	for (const out of [dir, path.join(file, 'report.md')]) {
		const before = fake().requests.length;
		const run = await runCli(['report', '--out', out], env());
		assert.equal(run.code, 2, out);
		assert.deepEqual(fake().requests.slice(before), [], `${out}: the checks never ran`);
	}
});

test('--out - prints the report on stdout and writes no file', async () => {
	fake().setScenario('zero_balance');
	const cwd = tempConfigDir();
	const run = await runCli(['report', '--out', '-'], env(), {cwd});
	assert.equal(run.code, 1);
	assert.match(run.stdout, /^# deepseek-fix support report/);
	assert.equal(run.stderr, '');
	assert.equal(existsSync(path.join(cwd, '-')), false);
});

test('a path with an escape sequence, a bidi mark, a line break and the key: named cleaned, on one line, the key masked', async () => {
	const dir = tempConfigDir();
	const file = path.join(dir, '\u001B[31mred\u202E', `x\ny${fakeKey}.md`);
	const run = await runCli(['report', '--out', file], env());
	assert.equal(run.code, 2);
	assert.equal(run.stderr, `deepseek-fix: could not write ${dir}/red/x ysk-…${fakeKey.slice(-4)}.md: its folder does not exist (ENOENT): give a path in an existing folder. ${nothingLost}\n`);
});
