// A named service that takes these calls only from its own app (OpenCode Zen's 403
// FreeTierError, the corpus entry opencode-zen-403-free-tier-only-from-within-opencode): the
// fake plays opencode.ai over https on 127.0.0.1 (map-hosts.mjs). With the paid call allowed,
// the 402 path and "Other errors" end on the own-app result, in English and Chinese, in a
// small and a large window: its title and first fix whole, Enter on its console, never a paid
// call, a top-up or a new key.
import '../helpers/map-hosts.mjs';
import {afterEach, test} from 'node:test';
import assert from 'node:assert/strict';
import {setLanguage} from '../../source/messages/language.js';
import {fixMessages} from '../../source/messages/fixes.js';
import {wizardText} from '../../source/messages/wizard.js';
import {glyphs} from '../../source/text/glyphs.js';
import {drive, firstFixShown, focusedLabel, squeezed, world, type Driven} from './helpers.js';

process.env.TEST_LOOPBACK_HOSTS = 'opencode.ai';

afterEach(() => setLanguage('en'));

const name = 'OpenCode Zen';

const ways = {
	en: {
		'402': ['My calls fail with 402', 'My own code', 'from DEEPSEEK_BASE_URL', 'The key in DEEPSEEK_API_KEY'],
		other: () => [wizardText.start.options.failsOther, wizardText.other.unsure, 'DEEPSEEK_API_KEY', wizardText.probe.yes],
	},
	'zh-CN': {
		'402': ['调用失败，报 402', '我自己的代码', '来自 DEEPSEEK_BASE_URL', 'DEEPSEEK_API_KEY 里的 key'],
		other: () => [wizardText.start.options.failsOther, wizardText.other.unsure, 'DEEPSEEK_API_KEY', wizardText.probe.yes],
	},
} as const;

async function ownAppResult(app: Driven, path: '402' | 'other', language: 'en' | 'zh-CN'): Promise<string> {
	if (path === '402') {
		for (const answer of ways[language]['402']) await app.choose(answer);
		// The relay's money reading first (the user saw a 402), then the paid call it offers, with the model listed first.
		await app.choose(wizardText.actions.probeThere);
		await app.waitFor(wizardText.probeModel.question.slice(0, 12), 8000);
		await app.press('\r');
	} else {
		for (const answer of ways[language].other()) await app.choose(answer);
	}
	// The result's own crumb ends the breadcrumb row (the title's first words, the service's
	// name, are on the check list too, which a busy machine may still be drawing), and its menu
	// below has the pointer on the console: the result drawn down to what Enter acts on, in one
	// frame (each frame is written whole, and the result is not redrawn after it).
	return app.waitFor(new RegExp(`${wizardText.leaves.relay.crumbClientRefused}$[\\s\\S]*^ *${glyphs.pointer} .*opencode\\.ai/auth`, 'm'), 10_000);
}

for (const language of ['en', 'zh-CN'] as const) {
	for (const path of ['402', 'other'] as const) {
		for (const size of [{columns: 40, rows: 15}, {columns: 100, rows: 30}]) {
			test(`OpenCode Zen's 403 FreeTierError (${language}, the ${path} path with the paid call, ${size.columns}×${size.rows}): the own-app result, its title and first fix whole, Enter opens its console, no top-up or new key`, async () => {
				setLanguage(language);
				const w = await world('opencode_zen_own_app_only', {host: 'opencode.ai'});
				const app = drive(w.props(), size);
				try {
					await app.waitFor(wizardText.start.question, 5000);
					const leaf = await ownAppResult(app, path, language);
					assert.ok(squeezed(leaf).includes(squeezed(`✖ ${wizardText.leaves.relay.clientRefused({name})}`)), `the title whole:\n${leaf}`);
					assert.match(leaf, new RegExp(`${wizardText.leaves.relay.crumbClientRefused}$`, 'm'), leaf);
					assert.equal(squeezed(firstFixShown(leaf)), squeezed(fixMessages.useOwnApp({name})), leaf);
					// In the taller window (the 402 path, without every check's row), the console's fix says what to look for there: never "check your key, balance" after "not the key, not the balance".
					if (size.rows >= 30 && path === '402') assert.ok(squeezed(leaf).includes(squeezed(fixMessages.ownAppConsole({name}))), leaf);
					assert.ok(!squeezed(leaf).includes(squeezed(fixMessages.relayConsole(name))), leaf);
					const enter = focusedLabel(leaf);
					assert.ok(enter.includes('opencode.ai/auth'), enter);
					for (const label of [wizardText.actions.probeThere, wizardText.actions.probeThere401, wizardText.actions.probeThereSymptom]) assert.ok(!enter.includes(label.slice(0, 8)), enter);
					for (const never of [fixMessages.topUp, fixMessages.createKey, 'platform.deepseek.com/top_up', 'platform.deepseek.com/api_keys']) assert.ok(!squeezed(leaf).includes(squeezed(never)), `${never}\n${leaf}`);
					assert.doesNotMatch(leaf, /top up on DeepSeek|Top up on OpenCode|在 DeepSeek 充值|到 DeepSeek 充值/i, leaf);
				} finally {
					app.unmount();
					await w.close();
				}
			});
		}
	}
}
