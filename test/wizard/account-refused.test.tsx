// W&B Inference refusing the account outright (its 403 "not enabled for your organization", its 429
// "isn't available for personal accounts"): the fake plays https://api.inference.wandb.ai on 127.0.0.1
// (map-hosts.mjs; the test certificate names it), so the wizard names the service, as a user's would.
// "Run every check" with the paid call, at 40×15 and 60×20, in English and Chinese: the title names
// W&B Inference (not 127.0.0.1), the first fix is whole and says only what to do, the DeepSeek account
// is said to be uninvolved once, Enter opens W&B's console.
import '../helpers/map-hosts.mjs';
import {afterEach, test} from 'node:test';
import assert from 'node:assert/strict';
import {setLanguage} from '../../source/messages/language.js';
import {fixMessages} from '../../source/messages/fixes.js';
import {wizardText} from '../../source/messages/wizard.js';
import {glyphs} from '../../source/text/glyphs.js';
import {drive, firstFixShown, focusedLabel, squeezed, world} from './helpers.js';

process.env.TEST_LOOPBACK_HOSTS = 'api.inference.wandb.ai';

afterEach(() => setLanguage('en'));

const name = 'W&B Inference';

const steps = {
	en: ['Run every check', 'The key in DEEPSEEK_API_KEY', 'Yes, make the one paid test call'],
	'zh-CN': ['运行全部检查', 'DEEPSEEK_API_KEY', '可以，发起这次付费测试调用'],
} as const;
const notInvolved = {en: 'your DeepSeek account is not involved', 'zh-CN': '这与你的 DeepSeek 账号无关'} as const;

for (const [scenario, refused] of [['gateway_account_not_enabled', 'not_enabled'], ['gateway_personal_account', 'personal']] as const) {
	const personal = refused === 'personal';
	for (const language of ['en', 'zh-CN'] as const) {
		for (const size of [{columns: 40, rows: 15}, {columns: 60, rows: 20}]) {
			test(`W&B Inference ${personal ? 'refusing a personal account (429)' : 'not enabled for the organization (403)'} (${language}, ${size.columns}×${size.rows}, Run every check with the paid call): the title names it, the first fix whole and only what to do`, async () => {
				setLanguage(language);
				const w = await world(scenario);
				const app = drive(w.props(), size);
				try {
					await app.waitFor(wizardText.start.question, 5000);
					for (const step of steps[language]) await app.choose(step);
					// The result's crumb ends the breadcrumb row, and its menu below has the pointer on W&B's
					// console: the result drawn down to what Enter acts on, in one frame (each frame is
					// written whole, and the result is not redrawn after it).
					const leaf = await app.waitFor(new RegExp(`${wizardText.leaves.relay.crumbAccountRefused({refused})}$[\\s\\S]*^ *${glyphs.pointer} .*wandb\\.ai/subscriptions`, 'm'), 10_000);
					assert.ok(squeezed(leaf).includes(squeezed(`✖ ${wizardText.leaves.relay.accountRefused({name, refused})}`)), `the title names the service:\n${leaf}`);
					assert.doesNotMatch(leaf, /127\.0\.0\.1/, leaf);
					assert.equal(squeezed(firstFixShown(leaf)), squeezed(fixMessages.enableService({name, refused})), leaf);
					// Said in the summary (where the window shows it), never again under it.
					assert.ok(squeezed(leaf).split(squeezed(notInvolved[language])).length - 1 <= 1, leaf);
					assert.ok(focusedLabel(leaf).includes('wandb.ai/subscriptions'), leaf);
				} finally {
					app.unmount();
					await w.close();
				}
			});
		}
	}
}
