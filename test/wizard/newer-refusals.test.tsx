// The newest kinds of refusal the signature rules read, walked as a user who meets them would: "They fail with
// something else" › "Something else / not sure: run every check", the key in DEEPSEEK_API_KEY, the paid call allowed.
// At 40×15, 60×20 and 100×30 (where more fixes show), in English and Chinese: the result's title says what was found,
// its first fix is the one that helps, and nothing on it says what check's ending contradicts (a key's limit or a top-up
// for a workspace's budget, its key and balance to check after a guardrail's block).
import '../helpers/map-hosts.mjs';
import {afterEach, test} from 'node:test';
import assert from 'node:assert/strict';
import {setLanguage} from '../../source/messages/language.js';
import {fixMessages} from '../../source/messages/fixes.js';
import {wizardText} from '../../source/messages/wizard.js';
import type {ScenarioName} from '../fake/server.js';
import {assertFits, drive, firstFixShown, squeezed, world} from './helpers.js';

afterEach(() => setLanguage('en'));

/** Start › other errors › not sure, the key in DEEPSEEK_API_KEY, yes to the paid call: in the language on screen. */
const steps = () => [wizardText.start.options.failsOther, wizardText.other.unsure, 'DEEPSEEK_API_KEY', wizardText.probe.yes];

type Case = {scenario: ScenarioName; about: string; title: () => string; firstFix: () => string; never?: () => string[]};

const cases: Case[] = [
	{
		scenario: 'openrouter_workspace_budget',
		about: 'a workspace\'s budget spent (OpenRouter\'s 403): its administrators raise it, not a key\'s limit or a top-up',
		title: () => wizardText.leaves.relay.adminBudget({name: 'OpenRouter'}),
		firstFix: () => fixMessages.askAdminBudget('OpenRouter'),
		never: () => [wizardText.leaves.relay.keyLimitUsedUp({name: 'OpenRouter'}), wizardText.leaves.relay.balanceUsedUp('OpenRouter')],
	},
	{
		scenario: 'openrouter_guardrail',
		about: 'a guardrail blocking the prompt (OpenRouter\'s 403): the words to change first, never its key and balance to check',
		title: () => wizardText.leaves.unknown.titleModerated,
		firstFix: () => fixMessages.changeFlaggedContent,
		never: () => [fixMessages.relayConsole('OpenRouter')],
	},
];

for (const c of cases) {
	for (const language of ['en', 'zh-CN'] as const) {
		for (const size of [{columns: 40, rows: 15}, {columns: 60, rows: 20}, {columns: 100, rows: 30}]) {
			test(`${c.about} (${language}, ${size.columns}×${size.rows})`, async () => {
				setLanguage(language);
				const w = await world(c.scenario);
				const app = drive(w.props(), size);
				try {
					await app.waitFor(wizardText.start.question, 5000);
					for (const step of steps()) await app.choose(step);
					const leaf = await app.waitFor(language === 'en' ? 'What to do:' : '解决办法：', 10_000);
					assert.ok(squeezed(leaf).includes(squeezed(`✖ ${c.title()}`)) || squeezed(leaf).includes(squeezed(`⚠ ${c.title()}`)), `the title:\n${leaf}`);
					assert.equal(squeezed(firstFixShown(leaf)), squeezed(c.firstFix()), leaf);
					for (const words of c.never?.() ?? []) assert.ok(!squeezed(leaf).includes(squeezed(words)), `never "${words}":\n${leaf}`);
					assertFits(app, size.columns, size.rows);
				} finally {
					app.unmount();
					await w.close();
				}
			});
		}
	}
}
