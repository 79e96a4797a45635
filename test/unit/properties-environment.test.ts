// Properties over generated environments: every variable the tool reads (the key, the base and
// status URLs, the language, the settings folder, COLUMNS, NO_COLOR / FORCE_COLOR, the proxy
// variables, LANG / LC_ALL) unset, right, or any value (empty, huge, escapes, bidi, NUL, the
// key spliced in, a URL with the key in it, a closed port), for `check --json` run by main() in
// this process against the fake on 127.0.0.1 with a short --timeout. It never throws, exits with
// a contract code (0, 1 or 2), prints a document valid against docs/schema when it prints one
// (always, unless it exits 2), and says on stderr only clear lines: no escape sequence, no stack
// trace, no whole key, in stdout or stderr.
import assert from 'node:assert/strict';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';
import fc from 'fast-check';
import '../helpers/property-seed.js';
import {setLanguage} from '../../source/messages/language.js';
import {fakeKey, startFake, type FakeServer} from '../fake/server.js';
import {assertNoControls, assertNoWholeKey, hostileText, keyForm, stringsOf} from '../helpers/hostile-input.js';
import {describeErrors, schemaValidators} from '../helpers/json-schemas.js';
import {closedPort} from '../helpers/raw-server.js';
import {mainOutput} from '../helpers/main-output.js';

// The fake on a port the system gives, and a port nothing listens on (closedPort: below 1024, never handed out to
// another test's server): the arbitraries below are made with both, so they come first.
const fake: FakeServer = await startFake({scenario: 'ok'});
const fakePort = Number(new URL(fake.baseUrl).port);
const closedPortNumber = await closedPort();
const closed = `http://127.0.0.1:${closedPortNumber}`;

after(async () => {
	await fake.close();
});

const validators = schemaValidators();
const scratch = mkdtempSync(path.join(tmpdir(), 'deepseek-fix-env-'));
const aFile = path.join(scratch, 'a-file');
writeFileSync(aFile, 'not a folder');

/** Unset, or one of `values`. */
const maybe = (...values: Array<fc.Arbitrary<string>>) => fc.option(fc.oneof(...values), {nil: undefined, freq: 3});
/** Hostile text with no `/` (a folder name stays inside the scratch folder). */
const name = hostileText(fakeKey).map(text => text.replaceAll('/', '_').replaceAll('\\', '_'));
const huge = fc.constant('x'.repeat(70_000));

const url = (port: () => number) =>
	fc.oneof(
		fc.constant('fake').map(() => `http://127.0.0.1:${port()}`),
		fc.constantFrom(closed, `${closed}/v1`, `127.0.0.1:${closedPortNumber}`, `"${closed}"`, `http://user:${fakeKey}@127.0.0.1:${closedPortNumber}`, `${closed}/?key=${fakeKey}`, `ｈｔｔｐ：／／127.0.0.1:${closedPortNumber}`, 'ftp://127.0.0.1', 'http://', '', ' '),
		hostileText(fakeKey).map(text => `${closed}/${text}`),
		hostileText(fakeKey),
		huge,
	);

const arbitraryEnv = fc.record({
	// The key in use as a person sets it (spaces, "Bearer ", an invisible character copied along), or junk.
	DEEPSEEK_API_KEY: maybe(fc.constantFrom(fakeKey, ` ${fakeKey}\n`, `Bearer ${fakeKey}`, `${fakeKey}\u200B`, `"${fakeKey}"`, `${fakeKey}\n${fakeKey}`), keyForm(fakeKey), hostileText(fakeKey), fc.constantFrom('', ' ', 'sk-'), huge),
	DEEPSEEK_BASE_URL: maybe(url(() => fakePort)),
	DEEPSEEK_STATUS_URL: maybe(url(() => fakePort).map(base => (base.startsWith(`http://127.0.0.1:${fakePort}`) ? `${base}/status/summary` : base))),
	DEEPSEEK_FIX_LANG: maybe(fc.constantFrom('en', 'zh-CN', 'zh', 'fr', 'EN', ''), hostileText(fakeKey)),
	DEEPSEEK_FIX_CONFIG_DIR: maybe(
		fc.constant('fresh').map(() => mkdtempSync(path.join(scratch, 'config-'))),
		name.map(text => path.join(scratch, `c-${text}`)),
		fc.constantFrom(aFile, path.join(aFile, 'below'), '~/deepseek-fix', '', ' '),
	),
	COLUMNS: maybe(fc.constantFrom('0', '-1', 'NaN', '1e9', '40', '80', '', '９０', 'Infinity'), hostileText()),
	NO_COLOR: maybe(fc.constantFrom('', '0', '1', 'true'), hostileText()),
	FORCE_COLOR: maybe(fc.constantFrom('', '0', '1', '3', 'false'), hostileText()),
	HTTPS_PROXY: maybe(fc.constantFrom(closed, `http://user:${fakeKey}@127.0.0.1:${closedPortNumber}`, `127.0.0.1:${closedPortNumber}`, `socks5://127.0.0.1:${closedPortNumber}`, ''), hostileText(fakeKey)),
	HTTP_PROXY: maybe(fc.constantFrom(closed, `http://${fakeKey}@127.0.0.1:${closedPortNumber}`, ''), hostileText(fakeKey)),
	NO_PROXY: maybe(fc.constantFrom('*', '127.0.0.1', 'localhost,127.0.0.1', '.example', ',', ''), hostileText()),
	ALL_PROXY: maybe(fc.constantFrom(closed, `socks5h://user:${fakeKey}@127.0.0.1:${closedPortNumber}`, ''), hostileText(fakeKey)),
	LANG: maybe(fc.constantFrom('zh_CN.UTF-8', 'en_US.UTF-8', 'C', 'POSIX', 'zh_CN.GB18030', ''), hostileText()),
	LC_ALL: maybe(fc.constantFrom('zh_CN.UTF-8', 'C', ''), hostileText()),
}).map(env => Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined)) as Record<string, string>);

test('check --json in any environment: no throw, a contract exit code, a valid document, clear stderr lines, no whole key', async t => {
	t.after(() => setLanguage('en'));
	const home = mkdtempSync(path.join(scratch, 'home-'));
	await fc.assert(
		fc.asyncProperty(arbitraryEnv, async env => {
			// Never the real home: the settings folder's fallback and the agent apps' settings are read there.
			const full = {HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), ...env};
			const {code, stdout, stderr} = await mainOutput(['check', '--json', '--timeout', '400'], full, scratch);
			const shown = `env ${JSON.stringify(env).slice(0, 600)}: exit ${code}, stderr ${JSON.stringify(stderr.slice(0, 600))}`;
			assert.ok([0, 1, 2].includes(code), shown);
			if (code !== 2 || stdout !== '') {
				let document: unknown;
				assert.doesNotThrow(() => (document = JSON.parse(stdout)), `stdout is one JSON document: ${shown}`);
				assert.ok(validators.check(document), `${describeErrors(validators.check.errors)} (${shown})`);
				for (const text of stringsOf(document)) assertNoControls(text, `a string of the document (${shown})`);
			}
			// The key in use is never shown whole, whichever variable holds it too (in a run without it, key-shaped text elsewhere is any text).
			if (env['DEEPSEEK_API_KEY']?.includes(fakeKey)) {
				assertNoWholeKey(stdout, fakeKey, `stdout (${shown})`);
				assertNoWholeKey(stderr, fakeKey, `stderr (${shown})`);
			}
			for (const line of stderr.split('\n').slice(0, -1)) {
				assertNoControls(line, `a stderr line (${shown})`);
				assert.ok(line.trim() !== '', `no blank line on stderr: ${shown}`);
				assert.doesNotMatch(line, /^\s+at |Error:|\[object /, `no stack trace or raw error: ${shown}`);
			}
			assert.ok(stderr === '' || stderr.endsWith('\n'), `stderr ends its line: ${shown}`);
			assert.ok(stderr.split('\n').length <= 8, `a few lines on stderr: ${shown}`);
		}),
		{numRuns: 30, includeErrorInReport: true},
	);
});

// Found by the property above: a settings folder whose name holds the key, too long to open (ENAMETOOLONG), was named
// whole in the notice that the settings file could not be read.
test('the settings file that could not be read is named with the key in use masked', async () => {
	const folder = path.join(scratch, `c-${fakeKey}${'y'.repeat(300)}`);
	const run = await mainOutput(['check', '--json', '--timeout', '400', '--base-url', closed], {HOME: scratch, DEEPSEEK_API_KEY: fakeKey, DEEPSEEK_FIX_CONFIG_DIR: folder, DEEPSEEK_FIX_LANG: 'en'});
	assert.equal(run.code, 2);
	assert.match(run.stderr, /^Your settings file .*c-sk-…cdefy+\/config\.json could not be read \(ENAMETOOLONG\)/);
	assert.ok(!run.stderr.includes(fakeKey.slice(3)), run.stderr);
});

// Found by the property above: a base URL that is the key in full-width characters was suggested back whole
// ("for example https://ｓｋ－０１２…"), as the flag's was.
test('a base URL that cannot be used is quoted with the key in use masked, from the environment or the flag', async () => {
	// Each printable ASCII character as its full-width form (U+FF01–U+FF5E).
	const fullWidth = fakeKey.replaceAll(/[!-~]/g, character => String.fromCharCode(character.charCodeAt(0) + 0xfee0));
	const env = {HOME: scratch, DEEPSEEK_API_KEY: fakeKey, DEEPSEEK_FIX_CONFIG_DIR: path.join(scratch, 'settings'), DEEPSEEK_FIX_LANG: 'en'};
	for (const run of [await mainOutput(['check', '--json'], {...env, DEEPSEEK_BASE_URL: fullWidth}), await mainOutput(['config', '--base-url', fullWidth], env)]) {
		assert.equal(run.code, 2);
		assert.match(run.stderr, /cannot be used/);
		assert.ok(!run.stderr.includes(fullWidth.slice(3)), run.stderr);
	}
});

// `config` names the settings file on stdout and, when it cannot be read, in a notice on stderr: a folder from
// DEEPSEEK_FIX_CONFIG_DIR with escapes, line breaks, bidi marks or the key in it stays one clean row and one clean line.
test('config with any settings folder: clean rows on stdout, one clean line per notice, no whole key', async t => {
	t.after(() => setLanguage('en'));
	const oneLine = /[\n\r\u2028\u2029\u0085]/;
	await fc.assert(
		fc.asyncProperty(name, fc.constantFrom(scratch, aFile), fc.constantFrom('en', 'zh-CN'), async (folder, parent, language) => {
			const dir = path.join(parent, `c-${folder}`);
			const {code, stdout, stderr} = await mainOutput(['config'], {HOME: scratch, DEEPSEEK_API_KEY: fakeKey, DEEPSEEK_FIX_CONFIG_DIR: dir, DEEPSEEK_FIX_LANG: language});
			const shown = `folder ${JSON.stringify(dir)}: exit ${code}, stdout ${JSON.stringify(stdout.slice(0, 400))}, stderr ${JSON.stringify(stderr.slice(0, 400))}`;
			assert.ok([0, 2].includes(code), shown);
			assertNoWholeKey(stdout, fakeKey, `stdout (${shown})`);
			assertNoWholeKey(stderr, fakeKey, `stderr (${shown})`);
			assertNoControls(stdout, `stdout (${shown})`);
			assertNoControls(stderr, `stderr (${shown})`);
			// The title, then each row on its own line: a line break in the folder's name would start a line of its own.
			const rows = stdout.split('\n').filter(line => line !== '');
			assert.ok(rows.slice(1).every(line => /^ {2}\S/.test(line) || line === rows.at(-1)), `a row per line: ${shown}`);
			for (const line of [...stdout.split('\n'), ...stderr.split('\n')]) assert.ok(!oneLine.test(line), `one line: ${shown}`);
			// Under a file, the settings file cannot be read: one notice, on one line. A name that ends in white space (a \r)
			// gets the notice that says so first (settings/location.ts surroundingSpace): one line too.
			if (parent === aFile) assert.equal(stderr.split('\n').length, dir.trim() === dir ? 2 : 3, `one notice line: ${shown}`);
		}),
		{numRuns: 60, includeErrorInReport: true},
	);
});
