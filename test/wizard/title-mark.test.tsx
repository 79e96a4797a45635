// A result's title is never marked milder than the row it restates: at a captive portal (a web page on every path, the
// endpoint row ✖ and check's exit 1 with wrong_endpoint), "Your calls do not reach DeepSeek" is ✖, not ⚠. Walked "They
// fail with something else" › "not sure: run every check" with the paid call, at 60×20 and 40×15, in English and Chinese.
import '../helpers/map-hosts.mjs';
import {afterEach, test} from 'node:test';
import assert from 'node:assert/strict';
import {setLanguage} from '../../source/messages/language.js';
import {wizardText} from '../../source/messages/wizard.js';
import {assertFits, drive, world} from './helpers.js';

afterEach(() => setLanguage('en'));

const steps = () => [wizardText.start.options.failsOther, wizardText.other.unsure, 'DEEPSEEK_API_KEY', wizardText.probe.yes];

for (const language of ['en', 'zh-CN'] as const) {
	for (const size of [{columns: 60, rows: 20}, {columns: 40, rows: 15}]) {
		test(`a web page on every path: the title is ✖ like the endpoint row it restates (${language}, ${size.columns}×${size.rows})`, async () => {
			setLanguage(language);
			const w = await world('html_portal');
			const app = drive(w.props(), size);
			try {
				await app.waitFor(wizardText.start.question, 5000);
				for (const step of steps()) await app.choose(step);
				const leaf = await app.waitFor(language === 'en' ? 'What to do:' : '解决办法：', 10_000);
				const title = leaf.split('\n')[1] ?? '';
				assert.equal(title, `✖ ${wizardText.leaves.relay.notDeepSeek}`, leaf);
				assert.ok(!leaf.includes(`⚠ ${wizardText.leaves.relay.notDeepSeek}`), leaf);
				assertFits(app, size.columns, size.rows);
			} finally {
				app.unmount();
				await w.close();
			}
		});
	}
}
