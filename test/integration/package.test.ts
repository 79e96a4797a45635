// What the published package carries besides the code: our LICENSE, and the copyright and
// licence notices of every package the build bundled (esbuild's metafile says which).
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {test} from 'node:test';
import {runCli, tempConfigDir} from '../helpers/run-cli.js';
import {fakeEnv, useFake} from '../helpers/with-fake.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

test('LICENSE is MIT, as package.json says, for the deepseek-fix contributors', () => {
	const licence = read('LICENSE');
	assert.match(licence, /^MIT License\n\nCopyright \(c\) \d{4} deepseek-fix contributors\n/);
	assert.equal((JSON.parse(read('package.json')) as {license: string}).license, 'MIT');
});

test('THIRD-PARTY-NOTICES.txt names every bundled package, with the licence text it ships', () => {
	const metafile = JSON.parse(read('.tmp/build/metafile.json')) as {inputs: Record<string, unknown>};
	// Each bundled file under node_modules belongs to the package folder right after the last node_modules/.
	const dirs = new Set(
		Object.keys(metafile.inputs).flatMap(input => {
			const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/.][^/]*)\//.exec(input);
			return match?.[1] ? [match[1]] : [];
		}),
	);
	const names = new Set<string>();
	const notices = read('dist/THIRD-PARTY-NOTICES.txt');
	for (const dir of dirs) {
		const manifest = JSON.parse(read(path.join(dir, 'package.json'))) as {name: string; version: string};
		names.add(manifest.name);
		assert.ok(notices.includes(`\n${manifest.name} ${manifest.version} (`), `${manifest.name} ${manifest.version} (${dir}) is missing`);
		for (const file of readdirSync(path.join(root, dir)).filter(name => /^(?:licen[cs]e|copying|notice)/i.test(name))) {
			assert.ok(notices.includes(read(path.join(dir, file)).trim()), `the text of ${dir}/${file} is missing`);
		}
	}
	for (const name of ['ink', 'react', 'undici', 'conf', 'proper-lockfile', 'chalk', 'yoga-layout']) assert.ok(names.has(name), `${name} is bundled`);
	// A package without a licence file of its own: its copyright line and the MIT text.
	assert.match(notices, /yoga-layout [\d.]+ \(MIT\)[\s\S]*?Copyright \(c\) Meta Platforms[\s\S]*?Permission is hereby granted/);
});

test('the tarball holds LICENSE and the notices, and is under a megabyte, as the readme says', () => {
	assert.ok(existsSync(path.join(root, 'dist', 'THIRD-PARTY-NOTICES.txt')), 'built');
	const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
	const [packed] = JSON.parse(execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: root, encoding: 'utf8'})) as Array<{size: number; files: Array<{path: string}>}>;
	const files = new Set(packed?.files.map(file => file.path));
	assert.ok(files.has('LICENSE'));
	assert.ok(files.has('dist/THIRD-PARTY-NOTICES.txt'));
	// readme.md, "From a packed tarball": "(under a megabyte)".
	assert.ok(packed && packed.size < 1_000_000, `the tarball is ${packed?.size} bytes`);
});

const fake = useFake();

/** What the package may hold: the built code, its notices, the docs the readme links to, and npm's own files. */
const packable = [/^LICENSE$/, /^readme\.md$/, /^package\.json$/, /^dist\/(?:bin|bin-later|cli)\.js$/, /^dist\/THIRD-PARTY-NOTICES\.txt$/, /^dist\/help\.json$/, /^dist\/chunks\/[\w-]+\.js$/, /^docs\/[\w-]+\.md$/, /^docs\/schema\/[\w-]+\.schema\.json$/];

test('the packed tarball, unpacked away from the repo, holds only what it should and runs on its own: --version, --help, check --json', async () => {
	const folder = mkdtempSync(path.join(os.tmpdir(), 'deepseek-fix-packed-'));
	try {
		const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
		const [packed] = JSON.parse(execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', folder], {cwd: root, encoding: 'utf8'})) as Array<{filename: string; files: Array<{path: string}>}>;
		assert.ok(packed);
		// No source maps, tests, fixtures, CI files or stray temp files.
		assert.deepEqual(packed.files.map(file => file.path).filter(file => !packable.some(allowed => allowed.test(file))), []);
		execFileSync('tar', ['-xzf', path.join(folder, packed.filename), '-C', folder]);
		const bin = path.join(folder, 'package', 'dist', 'bin.js');
		// Run from a folder of its own with a HOME of its own: nothing of the repo's (source/, node_modules/) within reach.
		const home = mkdtempSync(path.join(folder, 'home-'));
		const options = {bin, cwd: folder};
		const version = await runCli(['--version'], {HOME: home}, options);
		assert.equal(version.stdout, `${(JSON.parse(read('package.json')) as {version: string}).version}\n`);
		const help = await runCli(['--help'], {HOME: home}, options);
		assert.equal(help.code, 0, help.stderr);
		assert.match(help.stdout, /^Usage$/m);
		fake().setScenario('zero_balance');
		const check = await runCli(['check', '--json'], {...fakeEnv(fake(), 'zero_balance'), HOME: home, DEEPSEEK_FIX_CONFIG_DIR: tempConfigDir()}, options);
		assert.equal(check.stderr, '');
		assert.equal(check.code, 1);
		assert.equal((JSON.parse(check.stdout) as {verdict: string}).verdict, 'insufficient_balance');
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
});
