// Driving the real wizard in tests: a terminal of a chosen size (ink-testing-library's
// streams, plus rows), key presses with the pauses ink needs, and waiting for text.
import {EventEmitter} from 'node:events';
import {test} from 'node:test';
import {readFileSync} from 'node:fs';
import {mkdtemp, readdir, readFile, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import {setTimeout as delay} from 'node:timers/promises';
import assert from 'node:assert/strict';
import {renderApp, type AppProps} from '../../source/app.js';
import {setLanguage} from '../../source/messages/language.js';
import {wizardText} from '../../source/messages/wizard.js';
import {glyphs} from '../../source/text/glyphs.js';
import {displayWidth} from '../../source/text/width.js';
import {loadSettings} from '../../source/settings/index.js';
import {scenario} from '../fake/scenarios.js';
import {fakeKey, startFake, type ActivityEntry, type FakeServer, type ScenarioName} from '../fake/server.js';

export const keys = {
	down: '\u001B[B',
	up: '\u001B[A',
	enter: '\r',
	escape: '\u001B',
	backspace: '\u007F',
	ctrlC: '\u0003',
} as const;

/** Colours and other escape sequences out: tests read what a person reads. */
const escapes = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)/g;
export const plain = (frame: string | undefined) => (frame ?? '').replace(escapes, '');

/** The bracketed-paste requests written so far, in order: true for on (ESC[?2004h), false for off. */
export const pasteModes = (app: Pick<Driven, 'raw'>) => app.raw().flatMap(write => [...write.matchAll(/\u001B\[\?2004([hl])/g)].map(match => match[1] === 'h'));

/** The screen as one line of words: sentences are found whatever the wrapping. */
export const flat = (frame: string) => frame.replace(/\s+/g, ' ');
/** A frame without any white space: a sentence compared whole wherever the window wrapped it. */
export const squeezed = (text: string) => text.replaceAll(/\s+/g, '');

/** The first fix under "What to do:" as shown: its "→" row and the rows that carry it on. */
export function firstFixShown(screen: string): string {
	const lines = screen.split('\n');
	const start = lines.findIndex(line => line.startsWith('  → '));
	if (start === -1) return '';
	const rest = lines.slice(start + 1);
	const end = rest.findIndex(line => !line.startsWith('    '));
	return [lines[start]?.slice(4) ?? '', ...rest.slice(0, end === -1 ? rest.length : end)].join(' ');
}

class TestStdout extends EventEmitter {
	readonly frames: string[] = [];
	constructor(
		public columns: number,
		public rows: number,
		/** A terminal (what the wizard erases on a resize depends on it). */
		readonly isTTY = false,
	) {
		super();
	}

	/** As a real stream: an empty write shows nothing, and the callback runs once written. */
	write = (frame: string, encodingOrCallback?: BufferEncoding | (() => void), callback?: () => void) => {
		if (frame !== '') this.frames.push(frame);
		const done = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback;
		if (done) process.nextTick(done);
		return true;
	};
}

class TestStdin extends EventEmitter {
	isTTY = true;
	private data: string | null = null;
	write = (data: string) => {
		this.data = data;
		this.emit('readable');
		this.emit('data', data);
	};

	read = () => {
		const {data} = this;
		this.data = null;
		return data;
	};

	setEncoding() {}
	setRawMode() {}
	resume() {}
	pause() {}
	ref() {}
	unref() {}
}

export type Driven = {
	lastFrame(): string;
	/** Every frame drawn so far (plain text). */
	frames(): string[];
	/** Everything written so far, escape sequences included. */
	raw(): string[];
	/** The terminal changes size (as a window resize does). */
	resize(size: {columns: number; rows: number}): void;
	/** Write one chunk, then give ink time to handle it (Escape needs its ~20 ms flush). */
	press(...chunks: string[]): Promise<void>;
	/** Type text into a field as one chunk (like a paste). */
	type(text: string): Promise<void>;
	/** Resolves when the text shows up; fails the test with the screen when it does not. */
	waitFor(text: string | RegExp, timeoutMs?: number): Promise<string>;
	/** Move to the option whose label contains `label` and pick it. */
	choose(label: string): Promise<void>;
	/** The exit code the app reported on quit. */
	exited: Promise<number>;
	unmount(): void;
};

/** The menu's pointer as this run draws it (ASCII where the locale is not UTF-8). */
const pointer = glyphs.pointer;

/** The label of the item the pointer is on, its wrapped lines (indented further) joined. */
export function focusedLabel(frame: string): string {
	const lines = frame.split('\n');
	const at = lines.findIndex(line => line.trimStart().startsWith(pointer));
	if (at === -1) return '';
	const rest = lines.slice(at + 1);
	const more = rest.findIndex(line => !line.startsWith('    '));
	return [lines[at] ?? '', ...rest.slice(0, more === -1 ? rest.length : more)].map(line => line.trim()).join(' ');
}

/** Poll `lastFrame` until it contains `text` (no fixed long sleeps). */
export async function waitForText(lastFrame: () => string, text: string | RegExp, timeoutMs = 5000): Promise<string> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const frame = lastFrame();
		if (typeof text === 'string' ? frame.includes(text) : text.test(frame)) return frame;
		if (Date.now() > deadline) throw new Error(`Timed out waiting for ${String(text)}. The screen:\n${frame}`);
		await delay(10);
	}
}

export function drive(props: AppProps, size: {columns: number; rows: number; tty?: boolean} = {columns: 100, rows: 40}): Driven {
	const stdout = new TestStdout(size.columns, size.rows, size.tty);
	const stderr = new TestStdout(size.columns, size.rows);
	const stdin = new TestStdin();
	let reportExit: (code: number) => void = () => {};
	const exited = new Promise<number>(resolve => (reportExit = resolve));
	const instance = renderApp(
		{
			...props,
			onExit: code => {
				props.onExit?.(code);
				reportExit(code);
			},
		},
		{
			stdout: stdout as unknown as NodeJS.WriteStream,
			stderr: stderr as unknown as NodeJS.WriteStream,
			stdin: stdin as unknown as NodeJS.ReadStream,
			debug: true,
			exitOnCtrlC: false,
			patchConsole: false,
		},
	);
	// A write that only switches a terminal mode (bracketed paste on or off) draws nothing: the screen is the frame before it.
	const lastFrame = () => plain(stdout.frames.findLast(frame => !/^(?:\u001B\[\?[\d;]*[hl])+$/.test(frame)));
	const press = async (...chunks: string[]) => {
		for (const chunk of chunks) {
			stdin.write(chunk);
			await delay(chunk === keys.escape ? 40 : 15);
		}
	};
	const waitFor = (text: string | RegExp, timeoutMs?: number) => waitForText(lastFrame, text, timeoutMs);
	return {
		lastFrame,
		frames: () => stdout.frames.map(frame => plain(frame)),
		raw: () => [...stdout.frames],
		resize(next) {
			stdout.columns = next.columns;
			stdout.rows = next.rows;
			stdout.emit('resize');
		},
		press,
		type: text => press(text),
		waitFor,
		async choose(label) {
			// The option may be below the visible part of a long list: wait for the list, then move.
			await waitFor(pointer);
			for (let moves = 0; moves < 30; moves++) {
				if (focusedLabel(lastFrame()).includes(label)) {
					await press(keys.enter);
					return;
				}
				await press(keys.down);
			}
			throw new Error(`No option "${label}" in:\n${lastFrame()}`);
		},
		exited,
		unmount: () => instance.unmount(),
	};
}

export type World = {
	fake: FakeServer;
	env: Record<string, string>;
	configDir: string;
	activity: ActivityEntry[];
	/** Props for <App> with this world's settings as they are on disk now. */
	props(extra?: Partial<AppProps>): AppProps;
	close(): Promise<void>;
};

/**
 * The test-only certificate (test/fixtures/tls), and its CA trusted from now on in this
 * process: for `world(…, {host})`, where the fake plays a named host over https (the test
 * file maps that name to 127.0.0.1 by importing ../helpers/map-hosts.mjs).
 */
function testTls(): {key: Buffer; cert: Buffer} {
	const folder = path.resolve(import.meta.dirname, '..', 'fixtures', 'tls');
	const authority = readFileSync(path.join(folder, 'ca.pem'), 'utf8');
	if (!tls.getCACertificates('default').includes(authority)) tls.setDefaultCACertificates([...tls.getCACertificates('default'), authority]);
	return {key: readFileSync(path.join(folder, 'server-key.pem')), cert: readFileSync(path.join(folder, 'server.pem'))};
}

/** Adds `host` to the names test/helpers/map-hosts.mjs resolves to 127.0.0.1 (it reads them at each lookup). */
function mapToLoopback(host: string): void {
	const names = (process.env['TEST_LOOPBACK_HOSTS'] ?? '').split(',').map(item => item.trim()).filter(Boolean);
	if (!names.includes(host)) process.env['TEST_LOOPBACK_HOSTS'] = [...names, host].join(',');
}

/**
 * A fake DeepSeek playing `name`, a fresh settings folder, and the environment pointing at both.
 * `host` (by default the scenario's own, scenarios.ts) is served over https and added to the
 * names map-hosts.mjs sends to 127.0.0.1: a test file that plays one imports that preload.
 * `host: null` plays the scenario on bare 127.0.0.1 even so: a service no host names.
 */
export async function world(name: ScenarioName, options: {key?: string | undefined; env?: Record<string, string>; host?: string | null} = {}): Promise<World> {
	const activity: ActivityEntry[] = [];
	const host = options.host === null ? undefined : options.host ?? scenario(name).host;
	if (host) mapToLoopback(host);
	const fake = await startFake({scenario: name, onActivity: entry => activity.push(entry), ...(host ? {tls: testTls()} : {})});
	const configDir = await mkdtemp(path.join(os.tmpdir(), 'deepseek-fix-wizard-'));
	const origin = host ? fake.baseUrl.replace('127.0.0.1', host) : fake.baseUrl;
	const env: Record<string, string> = {
		DEEPSEEK_BASE_URL: origin + (scenario(name).basePath ?? ''),
		DEEPSEEK_STATUS_URL: fake.statusUrl,
		DEEPSEEK_FIX_CONFIG_DIR: configDir,
		// The locale a script would fall back on (and so the equivalent command's --lang): English, whatever this machine's.
		LANG: 'C.UTF-8',
		...('key' in options ? (options.key === undefined ? {} : {DEEPSEEK_API_KEY: options.key}) : {DEEPSEEK_API_KEY: fakeKey}),
		...options.env,
	};
	return {
		fake,
		env,
		configDir,
		activity,
		props: extra => ({
			env,
			settingsLoad: loadSettings(env),
			cwd: configDir,
			openUrl: async () => {},
			now: () => new Date('2026-11-20T10:00:00Z'),
			deepseekBaseUrl: fake.baseUrl,
			...extra,
		}),
		async close() {
			await fake.close();
			// A save after the last paint may still be writing there (use-quit.ts): retried until it is done.
			await rm(configDir, {recursive: true, force: true, maxRetries: 10, retryDelay: 20});
		},
	};
}

/**
 * A world whose relay is where OPENAI_BASE_URL points (as written, its /v1 kept) and its token in OPENAI_API_KEY, with no
 * DeepSeek base URL or key set: the relay's address, returned.
 */
export async function relayInOpenAiVariables(name: ScenarioName): Promise<{w: World; relay: string}> {
	const w = await world(name, {key: undefined});
	const relay = w.env.DEEPSEEK_BASE_URL!;
	delete w.env.DEEPSEEK_BASE_URL;
	w.env.OPENAI_BASE_URL = relay;
	w.env.OPENAI_API_KEY = fakeKey;
	return {w, relay};
}

/** The paid calls (POST …/chat/completions) the fake of `w` received. */
export const chatCalls = (w: World) => w.fake.requests.filter(request => request.method === 'POST' && request.path.endsWith('/chat/completions'));

/** Run one wizard session in `w` (from the start screen), closing the fake and the settings folder after. */
export async function session(w: World, run: (app: Driven) => Promise<void>, extra: Parameters<World['props']>[0] = {}, size?: {columns: number; rows: number; tty?: boolean}): Promise<void> {
	const app = drive(w.props(extra), size);
	try {
		await app.waitFor('What is happening?');
		await run(app);
	} finally {
		app.unmount();
		await w.close();
	}
}

/** Start › 402 › program › the base URL in use › the key in DEEPSEEK_API_KEY. */
export async function walk402(app: Driven, program = 'My own code'): Promise<void> {
	await app.choose('My calls fail with 402');
	await app.choose(program);
	await app.choose('from DEEPSEEK_BASE_URL');
	await app.choose('The key in DEEPSEEK_API_KEY');
}

/** On a key question: "Paste a key", then the hidden field is open. */
export async function openKeyField(app: Driven): Promise<void> {
	await app.choose('Paste a key');
	await app.waitFor('Paste the key, then press Enter');
}

/** On a key question: paste `key` into the hidden field and press Enter. */
export async function pasteKey(app: Driven, key: string): Promise<void> {
	await openKeyField(app);
	await app.type(key);
	await app.press(keys.enter);
}

/**
 * The 402 path (my own code, the base URL and key in use) to `scenario`'s result at `size`, in English and in Chinese:
 * `look` gets each language's result screen, once its fixes show; every frame fits. `paidCall`: yes to the one paid test
 * call, with deepseek-v4-flash, when the path asks.
 */
export async function result402InBothLanguages(name: ScenarioName, size: {columns: number; rows: number}, look: (leaf: string, language: 'en' | 'zh-CN') => void, paidCall = false): Promise<void> {
	const paths = {
		en: [['My calls fail with 402', 'My own code', 'from DEEPSEEK_BASE_URL', 'The key in DEEPSEEK_API_KEY'], ['Yes, make the one paid test call', 'deepseek-v4-flash']],
		'zh-CN': [['调用失败，报 402', '我自己的代码', 'DEEPSEEK_BASE_URL）', 'DEEPSEEK_API_KEY 里的 key'], ['可以，发起这次付费测试调用', 'deepseek-v4-flash']],
	} as const;
	await resultInBothLanguages(name, size, async (app, language) => {
		const [steps, paid] = paths[language];
		for (const step of paidCall ? [...steps, ...paid] : steps) await app.choose(step);
	}, look);
}

/**
 * `walk` to `scenario`'s result at `size` (the world made with `options`), in English and in Chinese: `look` gets each
 * language's result screen, once its fixes show, while that language is set; every frame fits.
 */
export async function resultInBothLanguages(name: ScenarioName, size: {columns: number; rows: number}, walk: (app: Driven, language: 'en' | 'zh-CN') => Promise<void>, look: (leaf: string, language: 'en' | 'zh-CN') => void, options?: Parameters<typeof world>[1]): Promise<void> {
	for (const [language, fixes] of [['en', 'What to do:'], ['zh-CN', '解决办法：']] as const) {
		setLanguage(language);
		const w = await world(name, options);
		const app = drive(w.props(), size);
		try {
			await walk(app, language);
			look(await app.waitFor(fixes, 8000), language);
			assertFits(app, size.columns, size.rows);
		} finally {
			app.unmount();
			setLanguage('en');
			await w.close();
		}
	}
}

/** Start › "They fail with something else" › "Timeouts, connection resets", in `language`: the way to the network's result. */
export async function walkTimeouts(app: Driven, language: 'en' | 'zh-CN'): Promise<void> {
	const steps = language === 'en' ? ['They fail with something else', 'Timeouts, connection resets'] : ['调用报了别的错', '超时、连接被重置'];
	for (const step of steps) await app.choose(step);
}

/** A screen's text as one line: English joins wrapped rows with a space, Chinese with nothing. */
export const flatIn = (language: 'en' | 'zh-CN', text: string) => text.replaceAll(/\s+/g, language === 'en' ? ' ' : '');

/** walk402 › the one paid test call with deepseek-v4-flash: its result comes next. */
export async function walk402PaidCall(app: Driven): Promise<void> {
	await walk402(app);
	await app.choose('Yes, make the one paid test call');
	await app.choose('deepseek-v4-flash');
}

/** walk402PaidCall (which probe_402 refuses with 402) › "None of these": on to the support result. */
export async function walkToSupportAfterPaidCall(app: Driven): Promise<void> {
	await walk402PaidCall(app);
	await app.choose('None of these');
}

/**
 * Start › Run every check › the key in DEEPSEEK_API_KEY › no paid call (or, `paid`, the one
 * paid test call): the checks start. In the language on screen (the labels are read from
 * the message tables at each step).
 */
export async function walkEveryCheck(app: Driven, paid = false): Promise<void> {
	await app.choose(wizardText.start.options.everything);
	await app.choose('DEEPSEEK_API_KEY');
	await app.choose(paid ? wizardText.probe.yes : wizardText.probe.no);
}

/** What stays on the terminal after quitting: the last frame with anything on it (ink ends with an empty write). */
export const leftOnTerminal = (app: Driven) => app.frames().filter(frame => frame.trim() !== '').at(-1) ?? '';

import {waitUntil} from '../helpers/wait-until.js';
export {waitUntil};

/**
 * Every line of every frame drawn so far fits the width, and no frame is as tall as the
 * terminal: ink redraws in place only while the frame is shorter than the window.
 */
export function assertFits(app: Driven, columns: number, rows: number, from = 0) {
	for (const frame of app.frames().slice(from)) {
		const lines = frame.replace(/\n$/, '').split('\n');
		assert.ok(lines.length < rows, `${lines.length} rows of ${rows}:\n${frame}`);
		for (const line of lines) assert.ok(displayWidth(line) <= columns, `wider than ${columns}: "${line}"`);
	}
}

/** What an app's key is called on the screens `testAppKeyFits` walks, in one language. */
type AppKeyLabels = {
	/** Part of the start screen's key line naming the app's setting. */
	start: string;
	/** The base-URL answer to pick. */
	baseUrl: string;
	/** The key question's answer that is the app's key. */
	key: string;
};

/**
 * One test per size (40x15, 60x20) and language: with no key in the shell and the app's key set up
 * by `setUp` (which returns any variables the app needs), the start screen names the app's key, and
 * Start › 402 › an agent app › `baseUrl` › the key question offers it; every frame fits and none holds
 * the key whole.
 */
export function testAppKeyFits(app: string, setUp: (w: World) => Promise<Record<string, string> | void>, labels: Record<'en' | 'zh-CN', AppKeyLabels>): void {
	for (const [columns, rows] of [[40, 15], [60, 20]] as const) {
		for (const language of ['en', 'zh-CN'] as const) {
			test(`${app}'s key on the start screen and the key question fit ${columns}x${rows} in ${language}`, async () => {
				setLanguage(language);
				const w = await world('zero_balance', {key: undefined});
				const env = {...w.env, ...(await setUp(w)), DEEPSEEK_FIX_LANG: language};
				const driven = drive(w.props({env}), {columns, rows});
				const {start, baseUrl, key} = labels[language];
				try {
					await driven.waitFor(wizardText.start.question);
					await waitUntil(() => flatIn(language, driven.lastFrame()).includes(flatIn(language, start)), `the start screen names ${app}'s key:\n${driven.lastFrame()}`);
					await driven.choose(language === 'en' ? 'My calls fail with 402' : '调用失败，报 402');
					await driven.choose(language === 'en' ? 'An editor or agent app' : '编辑器插件或 AI 编程工具');
					await driven.choose(baseUrl);
					await driven.waitFor(key);
					assertFits(driven, columns, rows);
					for (const frame of driven.frames()) assert.ok(!frame.includes(fakeKey), 'never whole on screen');
				} finally {
					driven.unmount();
					await w.close();
					setLanguage('en');
				}
			});
		}
	}
}

/**
 * From a result reached with an app's key: save a support report, then remember the settings.
 * The report is written, no file the wizard wrote and no frame holds the key whole, and the
 * app's key is not remembered as where the key comes from.
 */
export async function saveAndRememberWithoutTheKey(app: Driven, w: World): Promise<void> {
	await app.choose('Save a support report');
	await app.waitFor(/deepseek-fix-report-/);
	await app.choose('Remember these settings');
	await app.waitFor(/Remembered the base URL/);
	const written = await readdir(w.configDir);
	assert.ok(written.some(name => name.startsWith('deepseek-fix-report-')), written.join());
	for (const name of written.filter(file => file.endsWith('.md') || file.endsWith('.json'))) {
		assert.ok(!(await readFile(path.join(w.configDir, name), 'utf8')).includes(fakeKey), `${name} never holds the key whole`);
	}
	assert.equal(loadSettings(w.env).settings.keySource, undefined, 'the pick is not remembered as a source');
	for (const frame of app.frames()) assert.ok(!frame.includes(fakeKey), 'never whole on screen');
}
