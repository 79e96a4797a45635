// --help explains every flag the command line accepts, in both languages, under its
// Options heading (not only in a usage line), in 88 columns or fewer.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {cliOptions} from '../../source/cli.js';
import {setLanguage, type Language} from '../../source/messages/language.js';
import {usageMessages} from '../../source/messages/usage.js';
import {displayWidth} from '../../source/text/width.js';

for (const [language, from, to] of [['en', '\nOptions\n', '\nEnvironment\n'], ['zh-CN', '\n选项\n', '\n环境变量\n']] as const) {
	test(`--help (${language}) lists every flag under its options`, t => {
		setLanguage(language as Language);
		t.after(() => setLanguage('en'));
		const text = usageMessages.text('0.0.0');
		const section = text.slice(text.indexOf(from), text.indexOf(to));
		assert.ok(section.length > from.length, 'the options section is there');
		for (const [name, option] of Object.entries(cliOptions)) {
			assert.match(section, new RegExp(`^  (?:-${'short' in option ? option.short : 'x'}, )?--${name}\\b`, 'm'), `--${name}`);
		}
		for (const line of section.split('\n')) assert.ok(displayWidth(line) <= 88, `too wide: ${line}`);
	});
}

// The global --help is relied on: pinned byte for byte in both languages (the version aside).
for (const language of ['en', 'zh-CN'] as const) {
	test(`--help (${language}) is the text it has always been`, t => {
		setLanguage(language);
		t.after(() => setLanguage('en'));
		const pinned = readFileSync(new URL(`../fixtures/help/global-${language}.txt`, import.meta.url), 'utf8');
		assert.equal(usageMessages.text('0.0.0'), pinned);
	});
}
