// Properties over generated config files of the agent apps (Claude Code's settings, OpenCode's
// JSONC, Continue's YAML, Codex's TOML, Aider's YAML and .env, a project's .env): a real file with
// hostile text in every name the app lets the user choose (a provider's id, a secret's name, an
// env_key variable) and the key spliced in, then mutated. Any text: the readers never throw, and
// nothing they return for display (a setting's name, its file, its variable) holds the whole key;
// only the `value` they found does, which is shown masked.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import fc from 'fast-check';
import '../helpers/property-seed.js';
import {aiderConfigOf, aiderYamlOf, mergeAiderYamls, withAiderVariables} from '../../source/aider-config.js';
import {claudeCodeEnvFrom} from '../../source/claude-code-env.js';
import {codexConfigOf, parseTomlText} from '../../source/codex-config.js';
import {continueConfigOf, continueModelsOf, parseYamlText} from '../../source/continue-config.js';
import {openCodeConfigOf, openCodeProvidersFrom} from '../../source/opencode-config.js';
import {dotenvValues, projectEnvFrom} from '../../source/project-env.js';
import {arbitraryKey, assertNoWholeKey, hostileText, keyForm, mutatedBody} from '../helpers/hostile-input.js';

/** Every string of a reader's answer but the values it found (which the tool masks itself). */
function shownParts(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(shownParts);
	if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([name, item]) => (name === 'value' ? [] : [name, ...shownParts(item)]));
	return [];
}

/** The values a reader found (`value` fields). */
function foundValues(value: unknown): string[] {
	if (Array.isArray(value)) return value.flatMap(foundValues);
	if (value === null || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([name, item]) => (name === 'value' && typeof item === 'string' ? [item] : foundValues(item)));
}

const q = (text: string) => JSON.stringify(text);

/** One app's file: its text from a key and a name the user chose, and what the reader returns for display. */
type App = {
	name: string;
	file: (key: string, chosen: string) => string;
	read: (text: string, key: string, chosen: string) => Promise<unknown>;
};

const apps: App[] = [
	{
		name: 'Claude Code settings.json',
		file: (key, chosen) => JSON.stringify({env: {ANTHROPIC_AUTH_TOKEN: key, ANTHROPIC_BASE_URL: 'https://api.deepseek.com/anthropic', [chosen]: key}}),
		read: async text => claudeCodeEnvFrom(text, '~/.claude/settings.json'),
	},
	{
		name: 'OpenCode opencode.jsonc',
		file: (key, chosen) => `// mine\n{"provider": {${q(chosen)}: {"npm": "@ai-sdk/openai-compatible", "options": {"apiKey": ${q(key)}, "baseURL": "https://api.deepseek.com/v1"}}, "deepseek": {"options": {"apiKey": ${q(`{env:${chosen}}`)}}},}}`,
		read: async (text, key, chosen) => openCodeConfigOf(openCodeProvidersFrom(text, 'opencode.jsonc'), {[chosen]: key}),
	},
	{
		name: 'Continue config.yaml',
		file: (key, chosen) => `models:\n  - name: ${q(chosen)}\n    provider: deepseek\n    apiKey: ${q(`\${{ secrets.${chosen} }}`)}\n  - provider: openai\n    apiKey: ${q(key)}\n    apiBase: https://api.deepseek.com\n`,
		read: async (text, key) => continueConfigOf(continueModelsOf(await parseYamlText(text)), '~/.continue/config.yaml', name => ({value: key, from: `$${name}`})),
	},
	{
		name: 'Codex config.toml',
		file: (key, chosen) => `model_provider = ${q(chosen)}\n[model_providers.${q(chosen)}]\nbase_url = "https://api.deepseek.com/v1"\nenv_key = ${q(chosen)}\n[model_providers.other]\nbase_url = "https://openrouter.ai/api/v1"\nexperimental_bearer_token = ${q(key)}\n`,
		read: async (text, key, chosen) => codexConfigOf(await parseTomlText(text), '~/.codex/config.toml', {[chosen]: key}),
	},
	{
		name: 'Aider .aider.conf.yml and .env',
		file: (key, chosen) => `model: ${q(chosen)}\napi-key:\n  - ${q(`deepseek=${key}`)}\n  - ${q(`${chosen}=${key}`)}\nset-env:\n  - ${q(`${chosen}=${key}`)}\n  - DEEPSEEK_API_BASE=https://api.deepseek.com\n`,
		read: async (text, key, chosen) => {
			const merged = mergeAiderYamls([{yaml: aiderYamlOf(await parseYamlText(text)), file: '~/.aider.conf.yml'}]);
			const dotenvs = [{values: dotenvValues(`${chosen}=${key}\nAIDER_API_KEY=[deepseek=${key}]\n`), file: '.env'}];
			return aiderConfigOf(dotenvs, withAiderVariables(merged, dotenvs, {[chosen]: key}));
		},
	},
	{
		name: 'a project .env',
		file: (key, chosen) => `DEEPSEEK_API_KEY=${key}\n${chosen}=${key}\nOPENAI_API_KEY="${key}"\nDEEPSEEK_BASE_URL=https://api.deepseek.com # ${chosen}\n`,
		// Its values are the variables' (the key's own too): what it shows is their names and the file.
		read: async text => {
			const found = projectEnvFrom(text, '.env');
			return {names: Object.entries(found.from).flat(), values: [found.key, ...Object.values(found.otherKeys)].flatMap(value => (value === undefined ? [] : [{value}]))};
		},
	},
];

for (const app of apps) {
	test(`${app.name}: any text, no throw, and nothing returned for display holds the whole key`, async () => {
		const arbitrary = arbitraryKey.chain(key =>
			fc.record({
				key: fc.constant(key),
				chosen: fc.oneof(keyForm(key), hostileText(key), fc.constantFrom('deepseek', 'DS_KEY', 'x')),
			}).chain(({key, chosen}) => fc.record({key: fc.constant(key), chosen: fc.constant(chosen), text: mutatedBody(app.file(key, chosen), key)})),
		);
		await fc.assert(
			fc.asyncProperty(arbitrary, async ({key, chosen, text}) => {
				const found = await app.read(text, key, chosen);
				// The key as the reader found it: a name that holds it must not show it. (A text the reader found no key
				// in is only text to it; the runner masks the key in use in what is shown.)
				if (!foundValues(found).some(value => value.trim() === key)) return;
				assertNoWholeKey(shownParts(found).join('\n'), key, `what ${app.name} gives for display`);
			}),
			{numRuns: 200, includeErrorInReport: true},
		);
	});
}

test('the property sees a name that holds the key (the check of the check)', () => {
	const key = `sk-${'0123456789abcdef'.repeat(2)}`;
	assert.throws(() => assertNoWholeKey(shownParts({key: {name: `provider.${key.slice(3)}.options.apiKey`, value: key}}).join('\n'), key, 'a name'));
	assert.doesNotThrow(() => assertNoWholeKey(shownParts({key: {name: 'provider.deepseek.options.apiKey', value: key}}).join('\n'), key, 'a name'));
});
