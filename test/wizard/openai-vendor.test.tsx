// OPENAI_BASE_URL at OpenAI's own API with a DeepSeek key in OPENAI_API_KEY (the OpenAI SDK then sends the DeepSeek key to
// OpenAI, which answers 401 "Incorrect API key provided"): picking that address in "which address?" checks that key at
// DeepSeek, never at OpenAI, as Claude Code's address at api.anthropic.com does (claude-code.test.tsx); the key question
// says why in one line, and the result gives check's fix first.
import {test, afterEach} from 'node:test';
import assert from 'node:assert/strict';
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fakeKey} from '../fake/server.js';
import {setLanguage} from '../../source/messages/language.js';
import {checkEnding, firstFix} from '../helpers/sweep.js';
import {assertFits, drive, flat, flatIn, world} from './helpers.js';

afterEach(() => setLanguage('en'));

const otherKey = 'sk-' + 'aaaabbbbccccdddd'.repeat(2);
const toOpenAi = {OPENAI_BASE_URL: 'https://api.openai.com/v1', OPENAI_API_KEY: fakeKey};

type KeyQuestionLabels = Readonly<Record<'en' | 'zh-CN', {all: string; address: string; key: string; help: string; first: string; start?: readonly string[]}>>;

/**
 * At 60×20 and 40×15, in English and Chinese: the start screen says one of `start` (where given), and picking the vendor's
 * address the key question says `help` whole, its key first, fitting and never showing a key whole.
 */
async function keyQuestionSays(env: Record<string, string>, labels: KeyQuestionLabels, setUp: (w: {configDir: string}) => Promise<void> = async () => {}): Promise<void> {
	for (const size of [{columns: 60, rows: 20}, {columns: 40, rows: 15}]) {
		for (const language of ['en', 'zh-CN'] as const) {
			setLanguage(language);
			const said = labels[language];
			const w = await world('ok', {key: otherKey, env});
			await setUp(w);
			const app = drive(w.props(), size);
			try {
				if (said.start) {
					// Read after the first frame (Codex's config): waited for.
					const start = flatIn(language, await app.waitFor('api.openai.com'));
					assert.ok(said.start.some(note => start.includes(flatIn(language, note))), `${language} ${size.columns}: ${start}`);
				}
				await app.choose(said.all);
				await app.choose(said.address);
				const frame = await app.waitFor(said.key);
				assert.ok(flatIn(language, frame).includes(flatIn(language, said.help)), `${language} ${size.columns}: ${frame}`);
				assert.ok(flat(frame).includes(said.first), `${language} ${size.columns}: its key first:\n${frame}`);
				for (const each of app.frames()) assert.ok(!each.includes(fakeKey) && !each.includes(otherKey), 'never whole on screen');
				assertFits(app, size.columns, size.rows);
			} finally {
				app.unmount();
				await w.close();
			}
		}
	}
}

test('OPENAI_BASE_URL at api.openai.com with a DeepSeek key in OPENAI_API_KEY: picking that address, the key question says OpenAI\'s API refuses it and gives the fix (60×20 and 40×15, English and Chinese), that key first', async () => {
	const labels = {
		en: {all: 'Run every check', address: 'from OPENAI_BASE_URL', key: 'Which API key', help: 'api.openai.com refuses every DeepSeek key: set OPENAI_BASE_URL to https://api.deepseek.com. Pick the key in OPENAI_API_KEY to check it at DeepSeek instead.', first: '❯ The key in OPENAI_API_KEY'},
		'zh-CN': {all: '运行全部检查', address: '来自 OPENAI_BASE_URL', key: '要检查哪个 API key', help: 'api.openai.com 不接受任何 DeepSeek key：把 OPENAI_BASE_URL 设为 https://api.deepseek.com。选择 OPENAI_API_KEY 里的 key，即可改在 DeepSeek 检查它。', first: '❯ OPENAI_API_KEY'},
	} as const;
	await keyQuestionSays(toOpenAi, labels);
});

test('OPENAI_BASE_URL at api.openai.com with a DeepSeek key in OPENAI_API_KEY: that key picked is checked at DeepSeek, and the result gives check\'s fix first (set OPENAI_BASE_URL to DeepSeek\'s)', async () => {
	const w = await world('ok', {key: otherKey, env: toOpenAi});
	const app = drive(w.props());
	let screen: string;
	try {
		await app.choose('Run every check');
		await app.choose('from OPENAI_BASE_URL');
		await app.choose('The key in OPENAI_API_KEY');
		await app.choose('No, skip it');
		screen = await app.waitFor('Nothing blocks your calls', 10_000);
		const sent = w.fake.requests.filter(request => request.path.endsWith('/models'));
		assert.ok(sent.length > 0 && sent.every(request => request.authorization === `Bearer ${fakeKey}`), 'the key in OPENAI_API_KEY, checked at DeepSeek');
		assert.match(flat(screen), /Same from a script, with DEEPSEEK_API_KEY set to the key in OPENAI_API_KEY:/);
	} finally {
		app.unmount();
		await w.close();
	}
	// check, as the script line runs it (DEEPSEEK_API_KEY set to that key), says the same first.
	const script = await world('ok', {key: fakeKey, env: toOpenAi});
	try {
		const check = await checkEnding(script);
		assert.equal(check.verdict, 'ok');
		assert.equal(check.fix, 'fix_base_url');
		assert.match(firstFix(screen), /^Set OPENAI_BASE_URL to https:\/\/api\.deepseek\.com, so the DeepSeek key in OPENAI_API_KEY \(sk-…cdef\) goes to DeepSeek, not to OpenAI's API$/, screen);
		assert.equal(firstFix(screen), flat(check.fixTitle ?? ''));
	} finally {
		await script.close();
	}
});

test('OPENAI_BASE_URL at api.openai.com with a DeepSeek key in OPENAI_API_KEY, on the 401 path: the key refused is that one, so its fix comes first', async () => {
	const w = await world('invalid_key', {key: otherKey, env: toOpenAi});
	const app = drive(w.props());
	try {
		await app.choose('They fail with something else');
		await app.choose('401 Authentication Fails');
		await app.choose('from OPENAI_BASE_URL');
		await app.choose('The key in OPENAI_API_KEY');
		const screen = await app.waitFor('Check again', 10_000);
		assert.match(firstFix(screen), /^Set OPENAI_BASE_URL to https:\/\/api\.deepseek\.com, so the DeepSeek key in OPENAI_API_KEY/, screen);
		assert.ok(w.fake.requests.every(request => request.authorization === undefined || request.authorization === `Bearer ${fakeKey}`), 'only that key sent');
	} finally {
		app.unmount();
		await w.close();
	}
});

test('OPENAI_API_KEY holding the same DeepSeek key as DEEPSEEK_API_KEY: the key question offers it once, as DEEPSEEK_API_KEY\'s, so its line names the key by its masked form, not a row that is not there (40×15, English and Chinese)', async () => {
	const said = {
		en: {all: 'Run every check', address: 'from OPENAI_BASE_URL', key: 'Which API key', pick: 'Pick the key sk-…cdef to check it at DeepSeek instead.', not: 'the key in OPENAI_API_KEY'},
		'zh-CN': {all: '运行全部检查', address: '来自 OPENAI_BASE_URL', key: '要检查哪个 API key', pick: '选择 sk-…cdef 这个 key，即可改在 DeepSeek 检查它。', not: 'OPENAI_API_KEY 里的 key'},
	} as const;
	for (const language of ['en', 'zh-CN'] as const) {
		setLanguage(language);
		const w = await world('ok', {env: toOpenAi});
		const app = drive(w.props(), {columns: 40, rows: 15});
		try {
			await app.choose(said[language].all);
			await app.choose(said[language].address);
			const frame = await app.waitFor(said[language].key);
			assert.ok(flatIn(language, frame).includes(flatIn(language, said[language].pick)), `${language}:\n${frame}`);
			assert.ok(!flatIn(language, frame).includes(flatIn(language, said[language].not)), `${language}: no row is OPENAI_API_KEY's:\n${frame}`);
			assert.ok(frame.includes('DEEPSEEK_API_KEY'), `${language}: its row:\n${frame}`);
			assertFits(app, 40, 15);
		} finally {
			app.unmount();
			await w.close();
		}
	}
});

// Codex's DeepSeek provider at OpenAI's own API (`base_url = "https://api.openai.com/v1"` in its config.toml, the DeepSeek
// key through env_key): the same rule as Claude Code's (key_present's appKeysToVendor), with Codex's own fix, its base_url
// set to DeepSeek's in that file.
const codexKeyEnv = {CODEX_HOME: '.codex', CODEX_DS_KEY: fakeKey};
async function codexToOpenAi(w: {configDir: string}): Promise<void> {
	await mkdir(path.join(w.configDir, '.codex'), {recursive: true});
	await writeFile(path.join(w.configDir, '.codex', 'config.toml'), 'model_provider = "deepseek"\n\n[model_providers.deepseek]\nname = "DeepSeek"\nbase_url = "https://api.openai.com/v1"\nenv_key = "CODEX_DS_KEY"\n');
}
const codexFix = "In .codex/config.toml, set model_providers.deepseek.base_url to https://api.deepseek.com (Codex sends its DeepSeek key to api.openai.com now)";

test('Codex\'s DeepSeek provider at api.openai.com: the start screen says so, picking that address the key question says OpenAI\'s API refuses it and gives Codex\'s fix (60×20 and 40×15, English and Chinese), its key first', async () => {
	const labels = {
		en: {start: ['Codex sends its DeepSeek key to api.openai.com', "Codex's key → api.openai.com"], all: 'Run every check', address: "The base URL in Codex's config", key: 'Which API key', help: 'api.openai.com refuses every DeepSeek key: set model_providers.deepseek.base_url to https://api.deepseek.com in .codex/config.toml. Pick Codex\'s key to check it at DeepSeek instead.', first: "❯ The key in Codex's config"},
		'zh-CN': {start: ['Codex 把 DeepSeek key 发给了 api.openai.com', 'Codex 的 key → api.openai.com'], all: '运行全部检查', address: 'Codex 配置里的 base URL', key: '要检查哪个 API key', help: 'api.openai.com 不接受任何 DeepSeek key：在 .codex/config.toml 里把 model_providers.deepseek.base_url 设为 https://api.deepseek.com。选择 Codex 的 key，即可改在 DeepSeek 检查它。', first: '❯ Codex 配置里的 key'},
	} as const;
	await keyQuestionSays(codexKeyEnv, labels, codexToOpenAi);
});

test('Codex\'s DeepSeek provider at api.openai.com: its key picked is checked at DeepSeek, and the result gives check\'s fix first (its base_url set to DeepSeek\'s in its config.toml)', async () => {
	const w = await world('ok', {key: otherKey, env: codexKeyEnv});
	await codexToOpenAi(w);
	const app = drive(w.props());
	let screen: string;
	try {
		await app.waitFor('api.openai.com');
		await app.choose('Run every check');
		await app.choose("The base URL in Codex's config");
		await app.choose("The key in Codex's config");
		await app.choose('No, skip it');
		screen = await app.waitFor('Nothing blocks your calls', 10_000);
		const sent = w.fake.requests.filter(request => request.path.endsWith('/models'));
		assert.ok(sent.length > 0 && sent.every(request => request.authorization === `Bearer ${fakeKey}`), "Codex's key, checked at DeepSeek");
		// The fix's second row starts with its URL, where firstFix stops: read whole from the screen.
		assert.ok(flat(screen).includes(`→ ${codexFix}`) && flat(screen).indexOf('→ ') === flat(screen).indexOf(`→ ${codexFix}`), `whole and first: ${screen}`);
	} finally {
		app.unmount();
		await w.close();
	}
	// check, with that key in DEEPSEEK_API_KEY, warns the same and gives the same fix first.
	const script = await world('ok', {key: fakeKey, env: codexKeyEnv});
	await codexToOpenAi(script);
	try {
		const check = await checkEnding(script);
		assert.equal(check.verdict, 'ok');
		assert.equal(check.fix, 'check_key_in_tool');
		assert.equal(flat(check.fixTitle ?? ''), codexFix);
	} finally {
		await script.close();
	}
});

test('Codex\'s DeepSeek provider at api.openai.com, at 40×15 (English and Chinese): the result\'s first fix, cut to its rows, still shows where, what and the URL', async () => {
	const shown = {en: 'In .codex/config.toml, set model_providers.deepseek.base_url to https://api.deepseek.com', 'zh-CN': '在 .codex/config.toml 里把 model_providers.deepseek.base_url 设为 https://api.deepseek.com'} as const;
	for (const language of ['en', 'zh-CN'] as const) {
		setLanguage(language);
		const w = await world('ok', {key: otherKey, env: codexKeyEnv});
		await codexToOpenAi(w);
		const app = drive(w.props(), {columns: 40, rows: 15});
		try {
			await app.waitFor('api.openai.com');
			await app.choose(language === 'en' ? 'Run every check' : '运行全部检查');
			await app.choose(language === 'en' ? "The base URL in Codex's config" : 'Codex 配置里的 base URL');
			await app.choose(language === 'en' ? "The key in Codex's config" : 'Codex 配置里的 key');
			await app.choose(language === 'en' ? 'No, skip it' : '不用，跳过');
			const screen = await app.waitFor(language === 'en' ? 'Check again' : '再检查一次', 10_000);
			assert.ok(flatIn(language, screen).includes(flatIn(language, shown[language])), `${language}: ${screen}`);
			assertFits(app, 40, 15);
		} finally {
			app.unmount();
			await w.close();
		}
	}
});

test('Codex\'s DeepSeek provider at api.openai.com, on the 401 path: the key refused is Codex\'s, so its fix comes first', async () => {
	const w = await world('invalid_key', {key: otherKey, env: codexKeyEnv});
	await codexToOpenAi(w);
	const app = drive(w.props());
	try {
		await app.waitFor('api.openai.com');
		await app.choose('They fail with something else');
		await app.choose('401 Authentication Fails');
		await app.choose("The base URL in Codex's config");
		await app.choose("The key in Codex's config");
		const screen = await app.waitFor('Check again', 10_000);
		// The fix's second row starts with its URL, where firstFix stops: read whole from the screen.
		assert.ok(flat(screen).includes(`→ ${codexFix}`) && flat(screen).indexOf('→ ') === flat(screen).indexOf(`→ ${codexFix}`), `whole and first: ${screen}`);
		assert.ok(w.fake.requests.every(request => request.authorization === undefined || request.authorization === `Bearer ${fakeKey}`), 'only that key sent');
	} finally {
		app.unmount();
		await w.close();
	}
});

test('Codex\'s DeepSeek provider at api.openai.com with the same key as DEEPSEEK_API_KEY: the key question names the key it offers by its masked form, as DEEPSEEK_API_KEY\'s row shows it, not a "Codex\'s key" it does not list', async () => {
	const w = await world('ok', {key: fakeKey, env: codexKeyEnv});
	await codexToOpenAi(w);
	const app = drive(w.props());
	try {
		await app.waitFor('api.openai.com');
		await app.choose('Run every check');
		await app.choose("The base URL in Codex's config");
		const frame = flat(await app.waitFor('Which API key'));
		assert.match(frame, /Pick the key sk-…cdef to check it at DeepSeek instead\./);
		assert.doesNotMatch(frame, /The key in Codex's config/);
	} finally {
		app.unmount();
		await w.close();
	}
});
