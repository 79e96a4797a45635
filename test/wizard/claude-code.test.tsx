// The wizard where Claude Code keeps its DeepSeek key and base URL in its settings files, not
// in the shell: the start screen says a key is there, the 402 path for an agent app offers
// that base URL and that key, and the checks then run with what Claude Code sends. Masked on
// every screen, in both languages, at 40x15 and 60x20.
import {test, afterEach} from 'node:test';
import assert from 'node:assert/strict';
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fakeKey} from '../fake/server.js';
import {setLanguage} from '../../source/messages/language.js';
import {assertFits, drive, flat, flatIn, world, type World, testAppKeyFits, saveAndRememberWithoutTheKey} from './helpers.js';

afterEach(() => setLanguage('en'));

const masked = `sk-…${fakeKey.slice(-4)}`;
const otherKey = 'sk-' + 'aaaabbbbccccdddd'.repeat(2);

/** The project's .claude/settings.json (the wizard runs in the world's folder) with Claude Code's key and `/anthropic` base URL. */
async function claudeCodeSettings(w: World, env: Record<string, string> = {ANTHROPIC_AUTH_TOKEN: fakeKey, ANTHROPIC_BASE_URL: `${w.fake.baseUrl}/anthropic`}): Promise<void> {
	await mkdir(path.join(w.configDir, '.claude'), {recursive: true});
	await writeFile(path.join(w.configDir, '.claude', 'settings.json'), JSON.stringify({env}));
}

/** The start screen with Claude Code's settings `env` gives, at 60×20 and 40×15, in English and Chinese: it says `notes` after the key line, fits, and never shows the key whole. */
async function startNoteFits(env: (w: World) => Record<string, string>, notes: Readonly<Record<'en' | 'zh-CN', string>>, options: {noKey?: true; short?: Readonly<Record<'en' | 'zh-CN', string>>; shell?: Record<string, string>} = {}): Promise<void> {
	for (const size of [{columns: 60, rows: 20}, {columns: 40, rows: 15}]) {
		for (const language of ['en', 'zh-CN'] as const) {
			setLanguage(language);
			const w = await world('ok', options.noKey ? {key: undefined} : {});
			await claudeCodeSettings(w, env(w));
			// `shell`: variables of the environment the wizard starts in (Claude Code's key comes from there where its settings set none).
			const app = drive(w.props(options.shell ? {env: {...w.env, ...options.shell}} : {}), size);
			try {
				const start = flatIn(language, await app.waitFor(language === 'en' ? 'What is happening?' : '遇到了什么情况？'));
				// Whole, or (a short window) its one-row line where the whole would leave no row for the base URL.
				const note = Math.max(start.indexOf(flatIn(language, notes[language])), options.short ? start.indexOf(flatIn(language, options.short[language])) : -1);
				assert.ok(note > start.indexOf('sk-…'), `under the key line: ${language} ${size.columns}: ${start}`);
				// The base URL the checks call stays on the screen, under the note.
				assert.ok(start.slice(note).search(/127\.0\.0\.1:\d+/) > 0, `the base URL kept: ${language} ${size.columns}: ${start}`);
				for (const frame of app.frames()) assert.ok(!frame.includes(otherKey), 'never whole on screen');
				assertFits(app, size.columns, size.rows);
			} finally {
				app.unmount();
				await w.close();
			}
		}
	}
}

test('no key in the shell, Claude Code\'s in its settings: the start screen says so, an agent app\'s 402 walk offers its base URL and key, and the checks use them', async () => {
	const w = await world('zero_balance', {key: undefined});
	await claudeCodeSettings(w);
	// No DEEPSEEK_BASE_URL either: the shell knows nothing of DeepSeek.
	const app = drive(w.props({env: {...w.env, DEEPSEEK_BASE_URL: undefined}}));
	try {
		const start = flat(await app.waitFor('What is happening?'));
		assert.match(start, new RegExp(`Key: none in DEEPSEEK_API_KEY; Claude Code's settings hold one \\(${masked}\\)`));
		await app.choose('My calls fail with 402');
		await app.choose('An editor or agent app');
		// As Claude Code's settings write it (the user recognises it), though the checks use its root.
		assert.match(flat(await app.waitFor('Which address')), /The base URL in Claude Code's settings \(http:\/\/127\.0\.0\.1:\d+\/anthropic\)/);
		await app.choose("The base URL in Claude Code's settings");
		const keyQuestion = flat(await app.waitFor('Which API key'));
		assert.match(keyQuestion, new RegExp(`Claude Code's \\.claude/settings\\.json sets ANTHROPIC_AUTH_TOKEN to a DeepSeek-shaped key \\(${masked}\\)`));
		await app.choose("The key in Claude Code's settings");
		const leaf = flat(await app.waitFor('Your DeepSeek balance is empty', 10_000));
		// The script's command never holds the key: the sentence says where a script must get it.
		assert.match(leaf, /Same from a script, with DEEPSEEK_API_KEY set to the key in Claude Code's settings: deepseek-fix check --base-url http:\/\/127\.0\.0\.1:\d+ /, leaf);
		const sent = w.fake.requests.filter(request => request.path.includes('/user/balance'));
		assert.ok(sent.length > 0 && sent.every(request => request.authorization === `Bearer ${fakeKey}`), 'the key Claude Code sends, to the base URL it sends it to');
		assert.ok(sent.every(request => request.path === '/user/balance'), 'at the root of /anthropic');
		await saveAndRememberWithoutTheKey(app, w);
	} finally {
		app.unmount();
		await w.close();
	}
});

test('a key in DEEPSEEK_API_KEY and another in Claude Code\'s settings: the key question offers both, and picking Claude Code\'s checks that one', async () => {
	const w = await world('ok', {key: otherKey});
	await claudeCodeSettings(w, {ANTHROPIC_AUTH_TOKEN: fakeKey});
	const app = drive(w.props());
	try {
		await app.waitFor('What is happening?');
		await app.choose('My calls fail with 402');
		await app.choose('An editor or agent app');
		await app.choose('from DEEPSEEK_BASE_URL');
		const keyQuestion = flat(await app.waitFor('Which API key'));
		assert.match(keyQuestion, /The key in DEEPSEEK_API_KEY \(sk-…dddd\)/);
		assert.match(keyQuestion, new RegExp(`The key in Claude Code's settings \\(${masked}\\)`));
		await app.choose("The key in Claude Code's settings");
		await app.waitFor(/Money left|balance/i, 10_000);
		const models = w.fake.requests.filter(request => request.path.endsWith('/models'));
		assert.ok(models.length > 0 && models.every(request => request.authorization === `Bearer ${fakeKey}`));
	} finally {
		app.unmount();
		await w.close();
	}
});

test('the same key in the shell and in Claude Code\'s settings is offered once', async () => {
	const w = await world('ok');
	await claudeCodeSettings(w, {ANTHROPIC_AUTH_TOKEN: fakeKey});
	const app = drive(w.props());
	try {
		await app.waitFor('What is happening?');
		await app.choose('My calls fail with 402');
		await app.choose('My own code');
		await app.choose('from DEEPSEEK_BASE_URL');
		const keyQuestion = flat(await app.waitFor('Which API key'));
		assert.doesNotMatch(keyQuestion, /Claude Code's settings/);
	} finally {
		app.unmount();
		await w.close();
	}
});

testAppKeyFits('Claude Code', w => claudeCodeSettings(w, {ANTHROPIC_AUTH_TOKEN: fakeKey, ANTHROPIC_BASE_URL: 'https://relay.example/anthropic'}), {
	en: {start: "Claude Code's settings hold one", baseUrl: "The base URL in Claude Code's settings", key: "The key in Claude Code's settings"},
	'zh-CN': {start: 'Claude Code 的设置里有一个', baseUrl: 'Claude Code 设置里的 base URL', key: 'Claude Code 设置里的 key'},
});

test('a key in the shell, and Claude Code sends another to DeepSeek: the start screen notes it under the key line (its calls bill that key\'s account), masked, at 60×20 and 40×15, in English and Chinese; not where it sends the same key', async () => {
	const notes = {en: `Another key in Claude Code's settings: sk-…dddd (Claude Code sends that one)`, 'zh-CN': 'Claude Code 设置里是另一个 key：sk-…dddd（Claude Code 发送的是它）'} as const;
	await startNoteFits(w => ({ANTHROPIC_AUTH_TOKEN: otherKey, ANTHROPIC_BASE_URL: `${w.fake.baseUrl}/anthropic`}), notes);
	setLanguage('en');
	const same = await world('ok');
	await claudeCodeSettings(same);
	const app = drive(same.props());
	try {
		assert.doesNotMatch(flat(await app.waitFor('What is happening?')), /Another key in Claude Code's settings/);
	} finally {
		app.unmount();
		await same.close();
	}
});

test('Claude Code\'s settings set only its base URL (DeepSeek\'s) and the shell\'s ANTHROPIC_AUTH_TOKEN holds another key: the start screen names that variable, not its settings, at 60×20 and 40×15, in English and Chinese', async () => {
	const notes = {en: 'Another key in ANTHROPIC_AUTH_TOKEN: sk-…dddd (Claude Code sends that one)', 'zh-CN': '环境变量 ANTHROPIC_AUTH_TOKEN 里是另一个 key：sk-…dddd（Claude Code 发送的是它）'} as const;
	await startNoteFits(w => ({ANTHROPIC_BASE_URL: `${w.fake.baseUrl}/anthropic`}), notes, {shell: {ANTHROPIC_AUTH_TOKEN: otherKey}});
});

test('Claude Code and OpenCode each send another key: the start screen notes each on a line of its own at 60×20, and names both in one line at 40×15 (no room for two), in English and Chinese; the leaf of every check offers each app\'s key', async () => {
	const thirdKey = 'sk-' + '1111222233334444'.repeat(2);
	const perApp = {
		en: [`Another key in Claude Code's settings: sk-…dddd (Claude Code sends that one)`, `Another key in OpenCode's config: sk-…4444 (OpenCode sends that one)`],
		'zh-CN': ['Claude Code 设置里是另一个 key：sk-…dddd（Claude Code 发送的是它）', 'OpenCode 配置里是另一个 key：sk-…4444（OpenCode 发送的是它）'],
	} as const;
	/** Claude Code's settings and OpenCode's config each send another key to the fake. */
	const twoApps = async () => {
		const w = await world('ok');
		await claudeCodeSettings(w, {ANTHROPIC_AUTH_TOKEN: otherKey, ANTHROPIC_BASE_URL: `${w.fake.baseUrl}/anthropic`});
		await writeFile(path.join(w.configDir, 'opencode.json'), JSON.stringify({provider: {deepseek: {options: {apiKey: thirdKey, baseURL: `${w.fake.baseUrl}/v1`}}}}));
		return w;
	};
	const together = {en: 'Other keys in Claude Code and OpenCode (each sends its own)', 'zh-CN': '发送别的 key 的应用：Claude Code、OpenCode'} as const;
	for (const size of [{columns: 60, rows: 20}, {columns: 40, rows: 15}]) {
		for (const language of ['en', 'zh-CN'] as const) {
			setLanguage(language);
			const w = await twoApps();
			const app = drive(w.props(), size);
			try {
				const start = flatIn(language, await app.waitFor(language === 'en' ? 'What is happening?' : '遇到了什么情况？'));
				const expected = size.columns === 60 ? perApp[language] : [together[language]];
				for (const note of expected) assert.ok(start.includes(flatIn(language, note)), `${language} ${size.columns}: ${start}`);
				if (size.columns === 40) assert.ok(!start.includes(flatIn(language, perApp[language][0]).slice(0, 20)), 'one line, not one per app');
				for (const frame of app.frames()) assert.ok(!frame.includes(otherKey) && !frame.includes(thirdKey), 'never whole on screen');
				assertFits(app, size.columns, size.rows);
			} finally {
				app.unmount();
				await w.close();
			}
		}
	}
	setLanguage('en');
	const w = await twoApps();
	const app = drive(w.props());
	try {
		await app.waitFor('What is happening?');
		await app.choose('Run every check');
		await app.choose('The key in DEEPSEEK_API_KEY');
		await app.choose('No, skip it');
		const leaf = flat(await app.waitFor('Check the key OpenCode sends'));
		assert.match(leaf, /Check the key Claude Code sends: deepseek-fix check --key-from claude-code/);
		assert.match(leaf, /Check the key OpenCode sends: deepseek-fix check --key-from opencode/);
		assert.match(leaf, /Check the key Claude Code sends \(sk-…dddd\).*Check the key OpenCode sends \(sk-…4444\)/);
	} finally {
		app.unmount();
		await w.close();
	}
});

test('a key in the shell (or none), and Claude Code\'s settings hold a DeepSeek key with no base URL (it goes to api.anthropic.com): the start screen notes it under the key line at 60×20 and 40×15, in English and Chinese, and the 401 path\'s results (key accepted, key refused) give the fix', async () => {
	const notes = {en: 'Claude Code sends its DeepSeek key to api.anthropic.com', 'zh-CN': 'Claude Code 把 DeepSeek key 发给了 api.anthropic.com'} as const;
	await startNoteFits(() => ({ANTHROPIC_AUTH_TOKEN: otherKey}), notes);
	setLanguage('en');
	const w = await world('ok');
	await claudeCodeSettings(w, {ANTHROPIC_AUTH_TOKEN: otherKey});
	const app = drive(w.props());
	try {
		await app.waitFor('What is happening?');
		await app.choose('They fail with something else');
		await app.choose('401 Authentication Fails');
		await app.choose('The key in DEEPSEEK_API_KEY');
		const leaf = flat(await app.waitFor('DeepSeek accepts this key', 10_000));
		assert.match(leaf, /In the "env" of \.claude\/settings\.json, set ANTHROPIC_BASE_URL to https:\/\/api\.deepseek\.com\/anthropic \(Claude Code sends/, leaf);
	} finally {
		app.unmount();
		await w.close();
	}
	// DeepSeek refuses the key in the shell (another one): the refused leaf gives the leaf's first step, then Claude Code's fix.
	const refused = await world('invalid_key');
	await claudeCodeSettings(refused, {ANTHROPIC_AUTH_TOKEN: otherKey});
	const refusedApp = drive(refused.props());
	try {
		await refusedApp.waitFor('What is happening?');
		await refusedApp.choose('They fail with something else');
		await refusedApp.choose('401 Authentication Fails');
		await refusedApp.choose('The key in DEEPSEEK_API_KEY');
		const leaf = flat(await refusedApp.waitFor('DeepSeek does not accept this key', 10_000));
		assert.match(leaf, /In the "env" of \S+, set ANTHROPIC_BASE_URL to https:\/\/api\.deepseek\.com\/anthropic/, leaf);
	} finally {
		refusedApp.unmount();
		await refused.close();
	}
	// No key in the shell at all: the same note, under the line that offers Claude Code's key.
	await startNoteFits(() => ({ANTHROPIC_AUTH_TOKEN: otherKey}), notes, {noKey: true, short: {en: 'Claude Code\'s key → api.anthropic.com', 'zh-CN': 'Claude Code 的 key → api.anthropic.com'}});
	setLanguage('en');
	// Sent to DeepSeek's Anthropic endpoint: no such note.
	const fixed = await world('ok');
	await claudeCodeSettings(fixed, {ANTHROPIC_AUTH_TOKEN: otherKey, ANTHROPIC_BASE_URL: 'https://api.deepseek.com/anthropic'});
	const again = drive(fixed.props());
	try {
		assert.doesNotMatch(flat(await again.waitFor('What is happening?')), /sends its DeepSeek key to/);
	} finally {
		again.unmount();
		await fixed.close();
	}
});

test('Claude Code\'s settings point ANTHROPIC_BASE_URL at api.anthropic.com with a DeepSeek key: picking that address, the key question says Anthropic\'s API refuses it and gives the fix (60×20 and 40×15, English and Chinese), and its key is checked at DeepSeek, never sent to Anthropic', async () => {
	const settings = {ANTHROPIC_AUTH_TOKEN: fakeKey, ANTHROPIC_BASE_URL: 'https://api.anthropic.com'};
	const labels = {
		en: {all: 'Run every check', address: "The base URL in Claude Code's settings", key: 'Which API key', help: "api.anthropic.com refuses every DeepSeek key: set ANTHROPIC_BASE_URL to https://api.deepseek.com/anthropic in .claude/settings.json. Pick Claude Code's key to check it at DeepSeek instead."},
		'zh-CN': {all: '运行全部检查', address: 'Claude Code 设置里的 base URL', key: '要检查哪个 API key', help: 'api.anthropic.com 不接受任何 DeepSeek key：在 .claude/settings.json 里把 ANTHROPIC_BASE_URL 设为 https://api.deepseek.com/anthropic。选择 Claude Code 的 key，即可改在 DeepSeek 检查它。'},
	} as const;
	for (const size of [{columns: 60, rows: 20}, {columns: 40, rows: 15}]) {
		for (const language of ['en', 'zh-CN'] as const) {
			setLanguage(language);
			const w = await world('ok', {key: otherKey});
			await claudeCodeSettings(w, settings);
			const app = drive(w.props(), size);
			try {
				await app.choose(labels[language].all);
				await app.choose(labels[language].address);
				const question = flatIn(language, await app.waitFor(labels[language].key));
				assert.ok(question.includes(flatIn(language, labels[language].help)), `${language} ${size.columns}: ${question}`);
				assert.doesNotMatch(question, /pick it to check the key Claude Code sends|即可检查 Claude Code 发送的 key/);
				for (const frame of app.frames()) assert.ok(!frame.includes(fakeKey) && !frame.includes(otherKey), 'never whole on screen');
				assertFits(app, size.columns, size.rows);
			} finally {
				app.unmount();
				await w.close();
			}
		}
	}
	setLanguage('en');
	const w = await world('ok', {key: otherKey});
	await claudeCodeSettings(w, settings);
	const app = drive(w.props());
	try {
		await app.choose('Run every check');
		await app.choose("The base URL in Claude Code's settings");
		const question = flat(await app.waitFor('Which API key'));
		// Its key first: the one the user came to check.
		assert.match(question, /❯ The key in Claude Code's settings/, question);
		await app.choose("The key in Claude Code's settings");
		await app.choose('No, skip it');
		// DeepSeek accepts it: nothing blocks the calls but Claude Code's address, whose fix comes first.
		const leaf = flat(await app.waitFor('Nothing blocks your calls', 10_000));
		assert.match(leaf, /→ In the "env" of \S+, set ANTHROPIC_BASE_URL to https:\/\/api\.deepseek\.com\/anthropic/, leaf);
		const sent = w.fake.requests.filter(request => request.path.endsWith('/models'));
		assert.ok(sent.length > 0 && sent.every(request => request.authorization === `Bearer ${fakeKey}`), 'Claude Code\'s key, checked at DeepSeek');
	} finally {
		app.unmount();
		await w.close();
	}
});
