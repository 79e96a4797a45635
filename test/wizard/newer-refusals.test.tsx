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

/** `host`: a name to play the scenario at (map-hosts), where its own is not the table's. */
/** `title`, `firstFix` and `never` get the service's name as the screen gives it: its host and port where the table does not know it. */
/** `crumb`: the result's own, which ends the breadcrumb row. */
type Case = {scenario: ScenarioName; about: string; host?: string; crumb?: () => string; title: (name: string) => string; firstFix: (name: string) => string; never?: (name: string) => string[]};

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
	{
		scenario: 'openrouter_choice_error',
		about: 'an error inside a 200\'s first choice (OpenRouter\'s provider dropping mid-answer): an error, not "no answer"; retry first',
		title: () => wizardText.leaves.relay.errorInsteadOfAnswer({name: 'OpenRouter'}),
		firstFix: () => fixMessages.retryLater,
		never: () => [wizardText.leaves.relay.failing({name: 'OpenRouter', status: 200}), fixMessages.relayConsole('OpenRouter')],
	},
	{
		scenario: 'kindo_max_tokens_required',
		about: 'a parameter named as required at 400 (Kindo\'s schema check, on bare 127.0.0.1): the request the app sends',
		title: () => wizardText.leaves.unknown.titleRequestRefused,
		firstFix: () => fixMessages.changeRequest,
	},
	{
		scenario: 'hatz_role_without_access',
		about: 'a role without the gateway\'s permission (Hatz\'s 403, its host a stand-in): an administrator adds it to the role',
		host: 'gateway.example',
		crumb: () => wizardText.leaves.relay.crumbAccountRefused({refused: 'role'}),
		title: name => wizardText.leaves.relay.accountRefused({name, refused: 'role'}),
		firstFix: name => fixMessages.enableService({name, refused: 'role'}),
		never: name => [wizardText.leaves.relay.accountRefused({name, refused: 'not_enabled'})],
	},
	{
		scenario: 'higress_unauthorized_consumer',
		about: 'a gateway\'s consumer not allowed on the route (Higress\'s key-auth 403): whoever runs it allows the key, not a bad key to check',
		host: 'gateway.example',
		crumb: () => wizardText.leaves.relay.crumbAccountRefused({refused: 'consumer'}),
		title: name => wizardText.leaves.relay.accountRefused({name, refused: 'consumer'}),
		firstFix: name => fixMessages.enableService({name, refused: 'consumer'}),
		never: name => [wizardText.leaves.relay.accountRefused({name, refused: 'not_enabled'}), fixMessages.checkKeyInTool],
	},
];

for (const c of cases) {
	for (const language of ['en', 'zh-CN'] as const) {
		for (const size of [{columns: 40, rows: 15}, {columns: 60, rows: 20}, {columns: 100, rows: 30}]) {
			test(`${c.about} (${language}, ${size.columns}×${size.rows})`, async () => {
				setLanguage(language);
				const w = await world(c.scenario, c.host ? {host: c.host} : {});
				const app = drive(w.props(), size);
				const name = c.host ? `${c.host}:${new URL(w.fake.baseUrl).port}` : 'OpenRouter';
				try {
					await app.waitFor(wizardText.start.question, 5000);
					for (const step of steps()) await app.choose(step);
					const leaf = await app.waitFor(language === 'en' ? 'What to do:' : '解决办法：', 10_000);
					assert.ok(squeezed(leaf).includes(squeezed(`✖ ${c.title(name)}`)) || squeezed(leaf).includes(squeezed(`⚠ ${c.title(name)}`)), `the title:\n${leaf}`);
					assert.equal(squeezed(firstFixShown(leaf)), squeezed(c.firstFix(name)), leaf);
					if (c.crumb) assert.ok(leaf.split('\n').some(line => line.trimEnd().endsWith(` › ${c.crumb?.()}`)), `the crumb "${c.crumb()}":\n${leaf}`);
					for (const words of c.never?.(name) ?? []) assert.ok(!squeezed(leaf).includes(squeezed(words)), `never "${words}":\n${leaf}`);
					assertFits(app, size.columns, size.rows);
				} finally {
					app.unmount();
					await w.close();
				}
			});
		}
	}
}
