// Where an agent app's key or base URL is set, as a Chinese reader reads it (docs/development.md, "Chinese terms
// and punctuation"). Before: "把 DEEPSEEK_API_KEY 设为 Claude Code 的 ~/.claude/settings.json 中的
// env.ANTHROPIC_AUTH_TOKEN 的 key（sk-…abcd）…": four 的 in one noun, the thing to do buried at the front. Now the
// one rule of `appSettingPlaceZh`: the place never names the app ("~/.claude/settings.json 里的 …", "环境变量 …");
// the sentence names the app once, as the one that sends the key or the calls, says where the key comes from
// (来自 …), then what to do. Every app's sentence below, whole, so a return of the old shape fails here.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {checkMessages} from '../../source/messages/checks.js';
import {fixMessages} from '../../source/messages/fixes.js';
import {inChinese} from '../helpers/chinese.js';
import {agentAppUserFiles, type AgentApp} from '../../source/deepseek/facts.js';
import {codexEnvKeyName} from '../../source/text/app-setting.js';

const keys: ReadonlyArray<[AgentApp, string, string]> = [
	['claude_code', 'ANTHROPIC_AUTH_TOKEN', agentAppUserFiles.claude_code],
	['opencode', 'provider.deepseek.options.apiKey', agentAppUserFiles.opencode],
	['continue', 'models[0].apiKey', agentAppUserFiles.continue],
	['aider', 'openai-api-key', agentAppUserFiles.aider],
	['aider', 'api-key deepseek', agentAppUserFiles.aider],
	['aider', 'AIDER_OPENAI_API_KEY', ''],
	['codex', codexEnvKeyName('model_providers.ds', 'MY_DS_KEY'), agentAppUserFiles.codex],
];

test('the fix that checks an app\'s key names the sender, then where the key comes from, then what to do, for every app', () => {
	const fixes = inChinese(() => keys.map(([app, variable, file]) => fixMessages.setKeyFromApp({app, variable, file, masked: 'sk-…abcd'})));
	assert.deepEqual(fixes, [
		'Claude Code 发送的 key（sk-…abcd）来自 ~/.claude/settings.json 里的 ANTHROPIC_AUTH_TOKEN：要检查它，把 DEEPSEEK_API_KEY 设成它，或在向导里选择它',
		'OpenCode 发送的 key（sk-…abcd）来自 ~/.config/opencode/opencode.json 里的 provider.deepseek.options.apiKey：要检查它，把 DEEPSEEK_API_KEY 设成它，或在向导里选择它',
		'Continue 发送的 key（sk-…abcd）来自 ~/.continue/config.yaml 里的 models[0].apiKey：要检查它，把 DEEPSEEK_API_KEY 设成它，或在向导里选择它',
		'Aider 发送的 key（sk-…abcd）来自 ~/.aider.conf.yml 里的 openai-api-key：要检查它，把 DEEPSEEK_API_KEY 设成它，或在向导里选择它',
		// An item under a list entry: 里 without 的, so only the one 下的 is left.
		'Aider 发送的 key（sk-…abcd）来自 ~/.aider.conf.yml 里 api-key 下的 deepseek=：要检查它，把 DEEPSEEK_API_KEY 设成它，或在向导里选择它',
		'Aider 发送的 key（sk-…abcd）来自环境变量 AIDER_OPENAI_API_KEY：要检查它，把 DEEPSEEK_API_KEY 设成它，或在向导里选择它',
		'Codex 发送的 key（sk-…abcd）来自环境变量 MY_DS_KEY：要检查它，把 DEEPSEEK_API_KEY 设成它，或在向导里选择它',
	]);
	// The command that checks it where the app sends it follows 设成它 (one 并); 设成它 as the summary above says it.
	assert.equal(
		inChinese(() => fixMessages.setKeyFromApp({app: 'claude_code', variable: 'ANTHROPIC_AUTH_TOKEN', file: agentAppUserFiles.claude_code, masked: 'sk-…abcd', baseUrl: 'https://openrouter.ai/api'})),
		'Claude Code 发送的 key（sk-…abcd）来自 ~/.claude/settings.json 里的 ANTHROPIC_AUTH_TOKEN：要检查它，把 DEEPSEEK_API_KEY 设成它并运行 deepseek-fix check --base-url https://openrouter.ai/api，或在向导里选择它',
	);
	for (const fix of fixes) assert.doesNotMatch(fix, /中的|设为/, 'no 的-chain around the place, no 设为 before it (设成它 after)');
});

test('"checks one key, the app sends another" says the other key\'s place after 来自, the app once as the sender', () => {
	const said = inChinese(() => keys.map(([app, name, settingsFile]) => checkMessages.keyPresent.otherInApp({file: '.env', source: 'env', used: 'sk-…abcd', app, name, settingsFile, masked: 'sk-…dddd', more: 0})));
	assert.equal(said[0], '检查的是 DEEPSEEK_API_KEY（sk-…abcd）；Claude Code 发送的是另一个 key（sk-…dddd），来自 ~/.claude/settings.json 里的 ANTHROPIC_AUTH_TOKEN：它的调用用的是那个 key 的账号。');
	assert.equal(said[4], '检查的是 DEEPSEEK_API_KEY（sk-…abcd）；Aider 发送的是另一个 key（sk-…dddd），来自 ~/.aider.conf.yml 里 api-key 下的 deepseek=：它的调用用的是那个 key 的账号。');
	assert.equal(said[6], '检查的是 DEEPSEEK_API_KEY（sk-…abcd）；Codex 发送的是另一个 key（sk-…dddd），来自环境变量 MY_DS_KEY：它的调用用的是那个 key 的账号。');
	for (const one of said) assert.doesNotMatch(one, /中的|设置了另一个/);
});

test('an app\'s base URL elsewhere: the file\'s setting is the subject, the app named once, as whose calls go there', () => {
	const said = inChinese(() => checkMessages.endpoint.withElsewhere('', checkMessages.endpoint.inApp('continue', 'models[0].apiBase', agentAppUserFiles.continue), 'relay.example', 1, 'continue'));
	assert.equal(said, '但 ~/.continue/config.yaml 里的 models[0].apiBase 会让 Continue 的调用发往 relay.example。');
});
