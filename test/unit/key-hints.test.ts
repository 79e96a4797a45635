// The key hints at the bottom of the wizard: worded to fit the window on one row, from the
// narrowest the wizard draws in, and still naming ? on questions and results.
import {test, afterEach} from 'node:test';
import assert from 'node:assert/strict';
import {setLanguage} from '../../source/messages/language.js';
import {wizardText} from '../../source/messages/wizard.js';
import {displayWidth} from '../../source/text/width.js';
import {minimumWindow} from '../../source/ui/frame-layout.js';
import {hintLine, type HintKind} from '../../source/ui/key-hints.js';

afterEach(() => setLanguage('en'));

const languages = [
	{language: 'en', help: '? help', quit: 'q quit'},
	{language: 'zh-CN', help: '? 帮助', quit: 'q 退出'},
] as const;

test('questions and results name ? help at 40, 45 and 51 columns, on one row ending in quit, in English and Chinese', () => {
	for (const {language, help, quit} of languages) {
		setLanguage(language);
		for (const width of [40, 45, 51, 52, 100]) {
			const line = hintLine('menu', width);
			assert.ok(line.includes(` · ${help} · `), `${language} at ${width}: ${line}`);
			assert.ok(line.endsWith(quit), `${language} at ${width}: ${line}`);
			assert.ok(displayWidth(line) <= width, `${language} at ${width}: ${line} is ${displayWidth(line)} wide`);
			assert.ok(line.includes('Esc'), `${language} at ${width}: Esc back is named`);
		}
	}
});

test('every hint line fits the narrowest window the wizard draws in, in both languages', () => {
	for (const {language} of languages) {
		setLanguage(language);
		for (const kind of Object.keys(wizardText.ui.hints) as HintKind[]) {
			const line = hintLine(kind, minimumWindow.columns);
			assert.ok(displayWidth(line) <= minimumWindow.columns, `${language} ${kind}: ${line}`);
		}
	}
});
