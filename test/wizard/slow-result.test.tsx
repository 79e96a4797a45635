// A host that takes the connection and answers later than --timeout (the fake's slow), walked "They fail with something
// else" › "not sure: run every check" with the paid call: the result says the wait once. The row that said it first (Where
// calls go) takes one row, its first clause ("no answer within 0.2 s"), as check's ending names that row; the line under
// it says only what neither the row nor the title says (how fast the connection was taken), never the row's sentence
// again. At 60×20 and 40×15, in English and Chinese.
import '../helpers/map-hosts.mjs';
import {afterEach, test} from 'node:test';
import assert from 'node:assert/strict';
import {checkMessages} from '../../source/messages/checks.js';
import {setLanguage} from '../../source/messages/language.js';
import {wizardText} from '../../source/messages/wizard.js';
import {assertFits, drive, flatIn, world} from './helpers.js';

afterEach(() => setLanguage('en'));

const steps = () => [wizardText.start.options.failsOther, wizardText.other.unsure, 'DEEPSEEK_API_KEY', wizardText.probe.yes];

for (const language of ['en', 'zh-CN'] as const) {
	for (const size of [{columns: 60, rows: 20}, {columns: 40, rows: 15}]) {
		test(`slow answers: the wait said once, the line under it only the connection's time (${language}, ${size.columns}×${size.rows})`, async () => {
			setLanguage(language);
			const w = await world('slow');
			const app = drive(w.props({flags: {timeoutMs: 200}}), size);
			try {
				await app.waitFor(wizardText.start.question, 5000);
				for (const step of steps()) await app.choose(step);
				const leaf = flatIn(language, await app.waitFor(language === 'en' ? 'What to do:' : '解决办法：', 10_000));
				assert.ok(leaf.includes(flatIn(language, wizardText.leaves.network.slowTitle({host: new URL(w.fake.baseUrl).host}))), leaf);
				// The line under the rows: the connection's time, and not the row's "allow more time with --timeout" again.
				assert.match(leaf, language === 'en' ? /It took the connection in \d+ ms; the service may be busy or overloaded\./ : /连接只用了\d+ms，服务可能繁忙或过载。/, leaf);
				// The endpoint row, where drawn, is cut to its first clause: the rest (the title's "slowly", the fix's --timeout) is
				// not said above them.
				const whole = flatIn(language, checkMessages.unreached.answersSlowly({seconds: '0.2'}));
				const after = whole.slice(whole.search(/[:：]/) + 1);
				assert.ok(!leaf.includes(after), `not "${after}":\n${leaf}`);
				assertFits(app, size.columns, size.rows);
			} finally {
				app.unmount();
				await w.close();
			}
		});
	}
}
