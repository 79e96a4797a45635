// The equivalent command on a result screen and in the record left after quitting runs
// as the wizard did: --lang when a script would otherwise speak another language than the
// one shown, --model when --model chose the paid call's model. The language is chosen as
// the CLI chooses it (startLanguage), then the real wizard runs against the fake.
import {test, afterEach} from 'node:test';
import assert from 'node:assert/strict';
import type {Flags} from '../../source/context.js';
import {currentLanguage, setLanguage} from '../../source/messages/language.js';
import {rememberLanguage} from '../../source/settings/index.js';
import {startLanguage} from '../../source/start-language.js';
import {drive, flat, leftOnTerminal, walkEveryCheck, world, type Driven, type World} from './helpers.js';

afterEach(() => setLanguage('en'));

/** The equivalent command on a screen (a result: the menu follows it; the record: it ends it), whatever the wrapping. */
const commandOn = (screen: string) => /(?:Same from a script: |脚本里的等效命令：)(deepseek-fix.*?) ?(?:❯|$)/.exec(flat(screen).trim())?.[1];

/** Start the wizard as `deepseek-fix <argv>` would in `w`'s environment, walk to a result: the command on it and in the record. */
async function commands(w: World, argv: string[], options: {before?: (app: Driven) => Promise<void>; flags?: Flags; paid?: boolean} = {}) {
	startLanguage(argv, w.env);
	const app = drive(w.props({flags: options.flags}));
	try {
		await app.waitFor(/What is happening\?|遇到了什么情况？/);
		await options.before?.(app);
		await walkEveryCheck(app, options.paid);
		const shown = commandOn(await app.waitFor(/Same from a script|脚本里的等效命令/));
		await app.press('q');
		await app.exited;
		return {shown, recorded: commandOn(leftOnTerminal(app)), language: currentLanguage()};
	} finally {
		app.unmount();
		await w.close();
	}
}

test('started with --lang zh-CN: the command on the result and in the record has --lang zh-CN', async () => {
	const w = await world('zero_balance');
	const {shown, recorded} = await commands(w, ['--lang', 'zh-CN']);
	assert.match(shown ?? '', /^deepseek-fix check --base-url http:\/\/127\.0\.0\.1:\d+ --lang zh-CN$/);
	assert.equal(recorded, shown);
});

test('Chinese from DEEPSEEK_FIX_LANG, the remembered choice or the locale: a script speaks it too, no --lang', async () => {
	const fromEnv = await commands(await world('zero_balance', {env: {DEEPSEEK_FIX_LANG: 'zh-CN'}}), []);
	assert.match(fromEnv.shown ?? '', /^deepseek-fix check --base-url http:\/\/127\.0\.0\.1:\d+$/);
	assert.equal(fromEnv.recorded, fromEnv.shown);
	assert.equal(fromEnv.language, 'zh-CN');
	const fromLocale = await commands(await world('zero_balance', {env: {LANG: 'zh_CN.UTF-8'}}), []);
	assert.deepEqual([fromLocale.language, fromLocale.shown?.includes('--lang')], ['zh-CN', false], fromLocale.shown);
	const remembering = await world('zero_balance');
	const saved = await rememberLanguage(remembering.env, 'zh-CN');
	assert.ok(saved.ok);
	const fromSettings = await commands(remembering, []);
	assert.deepEqual([fromSettings.language, fromSettings.shown?.includes('--lang')], ['zh-CN', false], fromSettings.shown);
});

test('--lang en over DEEPSEEK_FIX_LANG=zh-CN: --lang en, which a script needs', async () => {
	const {shown} = await commands(await world('zero_balance', {env: {DEEPSEEK_FIX_LANG: 'zh-CN'}}), ['--lang', 'en']);
	assert.match(shown ?? '', /^deepseek-fix check --base-url \S+ --lang en$/);
});

test('L on the start screen, not remembered: --lang; remembered: none', async () => {
	const switched = await commands(await world('zero_balance'), [], {before: async app => {
		await app.press('L');
		await app.waitFor('遇到了什么情况？');
	}});
	assert.match(switched.shown ?? '', /^deepseek-fix check --base-url \S+ --lang zh-CN$/);
	assert.equal(switched.recorded, switched.shown);
	const kept = await commands(await world('zero_balance'), [], {before: async app => {
		await app.press('L');
		await app.choose('以后都用中文');
		await app.waitFor('已记住你的语言：中文');
		await app.waitFor('遇到了什么情况？');
	}});
	assert.deepEqual([kept.language, kept.shown?.includes('--lang')], ['zh-CN', false], kept.shown);
});

test('--model with the paid call: the command on the result and in the record names that model; without the paid call it does not', async () => {
	const flags = {model: 'deepseek-v4-pro'};
	const paid = await commands(await world('ok'), [], {flags, paid: true});
	assert.match(paid.shown ?? '', /^deepseek-fix check --probe --model deepseek-v4-pro --base-url http:\/\/127\.0\.0\.1:\d+$/);
	assert.equal(paid.recorded, paid.shown);
	const unpaid = await commands(await world('ok'), [], {flags});
	assert.match(unpaid.shown ?? '', /^deepseek-fix check --base-url \S+$/);
});
