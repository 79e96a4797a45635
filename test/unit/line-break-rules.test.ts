// The line-breaking rules for brackets and punctuation (source/text/wrap.ts): over every fixed message of both
// languages, at every width from 24 to 60 columns, under the indents the commands use (config's value column too),
// no row ends with an opening bracket and no row but the first begins with a closing one or with closing punctuation;
// and over every message (values stood in), a flag of this tool that takes a value never ends a row its value could share.
import assert from 'node:assert/strict';
import {readdirSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import {tablesOf} from '../../source/messages/language.js';
import {displayWidth} from '../../source/text/width.js';
import {wrapPlain} from '../../source/text/wrap.js';
import {fixedSentences} from '../helpers/chinese-sentences.js';
import {sentencesOf} from '../helpers/message-sentences.js';

const endsOpen = /[（「《【“([{]$/u;
const startsClosed = /^[）」》】”，。、；：？！)\]}]/u;

test('no row of a fixed message ends with an opening bracket or begins with closing punctuation, at 24 to 60 columns in both languages', async () => {
	const broken: string[] = [];
	let rows = 0;
	for (const language of ['en', 'zh-CN'] as const) {
		for (const message of await fixedSentences(language)) {
			for (const line of message.split('\n')) {
				for (let width = 24; width <= 60; width++) {
					// The plain text, a fix's indents, a help's, and config's 18-column value column where it leaves room.
					const indents = [['', ''], ['  ', '    '], ['    ', '    '], ...(width >= 36 ? [[' '.repeat(18), ' '.repeat(18)]] : [])];
					for (const [indent, hangingIndent] of indents) {
						const wrapped = wrapPlain(line, {width, indent, hangingIndent});
						rows += wrapped.length;
						wrapped.forEach((row, index) => {
							if (endsOpen.test(row.trimEnd())) broken.push(`${language} ${width} ends open: ${JSON.stringify(wrapped)}`);
							if (index > 0 && startsClosed.test(row.trimStart())) broken.push(`${language} ${width} starts closed: ${JSON.stringify(wrapped)}`);
						});
					}
				}
			}
		}
	}
	assert.ok(rows > 200_000, `${rows} rows`);
	assert.deepEqual(broken.slice(0, 5), [], `${broken.length} rows break a rule`);
});

/** A flag of this tool that takes a value (docs/interface.md), at a row's end; the value, at the next row's start. */
const flagAtEnd = /(?:^|\s)(--(?:base-url|key-from|model|below|wait-max|every|out|timeout|lang))$/u;
/** A value as it looks (a number, a file, a URL, a placeholder, an app or a language), not the sentence going on in words. */
const valueAtStart = /^(?!--)(?=\S*[\d/:_-]|\S*\.\w|[A-Z]{2,}\b|(?:claude-code|opencode|continue|aider|codex|en|zh-CN)\b)[^\s，。；：、（）]*[^\s，。；：、（）.,;:]/u;

/** Every sentence of the message tables in `language`: fixed ones, and those of values with stand-in values. */
async function everySentence(language: 'en' | 'zh-CN'): Promise<string[]> {
	const dir = path.join(import.meta.dirname, '../../source/messages');
	// Any value a message asks its parameter object for is "5"; positional parameters are "5" too.
	const values = new Proxy({}, {get: (_target, key) => (typeof key === 'string' ? '5' : undefined)});
	const found: string[] = [];
	for (const file of readdirSync(dir).filter(name => name.endsWith('.ts') && name !== 'language.ts')) {
		const exported = (await import(path.join(dir, file))) as Record<string, unknown>;
		for (const value of Object.values(exported)) if (value && typeof value === 'object') found.push(...sentencesOf(tablesOf(value)?.[language], [values, '5', {withFlags: true}, {withFlags: false}]));
	}
	return found;
}

test('a flag and its value stay on one row where the row can hold both (--out deepseek-report.md, --below 5, --timeout 60000), at 24 to 60 columns in both languages', async () => {
	const broken: string[] = [];
	let lines = 0;
	for (const language of ['en', 'zh-CN'] as const) {
		const sentences = [...(await everySentence(language)), ...['--out deepseek-report.md', '--below 5', '--timeout 60000'].map(pair => `要把报告作为文件附上，请在同一条命令后加上 ${pair} 再运行。`)];
		for (const message of sentences) {
			for (const line of message.split('\n')) {
				if (!/--(?:base-url|key-from|model|below|wait-max|every|out|timeout|lang) /u.test(line)) continue;
				lines++;
				for (let width = 24; width <= 60; width++) {
					for (const [indent, hangingIndent] of [['', ''], ['  ', '    ']] as const) {
						const wrapped = wrapPlain(line, {width, indent, hangingIndent});
						wrapped.forEach((row, index) => {
							const flag = flagAtEnd.exec(row.trimEnd())?.[1];
							const value = valueAtStart.exec(wrapped[index + 1]?.trimStart() ?? '')?.[0];
							if (!flag || !value) return;
							if (displayWidth(hangingIndent) + displayWidth(`${flag} ${value}`) <= width) broken.push(`${language} ${width}: ${JSON.stringify(wrapped)}`);
						});
					}
				}
			}
		}
	}
	assert.ok(lines > 40, `${lines} lines with a flag and its value`);
	assert.deepEqual(broken.slice(0, 5), [], `${broken.length} flags apart from their values`);
});

test('a flag whose value no row can hold breaks after the flag, the value whole on its row; a command setting a variable stays whole; a word after a flag is no value', () => {
	const long = 'then run it with --base-url https://gateway.ai.cloudflare.com/v1/abc/def/deepseek added';
	assert.deepEqual(wrapPlain(long, {width: 40}), ['then run it with --base-url', 'https://gateway.ai.cloudflare.com/v1/abc/def/deepseek', 'added']);
	assert.deepEqual(wrapPlain('Try again with a longer --timeout (such as --timeout 60000), or later', {width: 44}), ['Try again with a longer --timeout (such as', '--timeout 60000), or later']);
	// A command that sets a variable, in each shell's form, is typed as one: never “export” above the rest where a row holds it.
	for (const command of ['export DEEPSEEK_API_KEY=sk-…', 'set -gx DEEPSEEK_API_KEY sk-…', 'set DEEPSEEK_API_KEY=sk-…', '$env.DEEPSEEK_API_KEY = "sk-…"']) {
		for (const [sentence, width] of [[`Then give it to your program, e.g. ${command}`, 58], [`然后把它交给你的程序，例如：${command}`, 40]] as const) {
			assert.deepEqual(wrapPlain(sentence, {width}).at(-1), command, sentence);
		}
	}
	// Chinese straight after the command is the sentence going on, not its value: kept with it, the command was too wide
	// for a row at 40 columns and broke between the name and its value (“DEEPSEEK_API_KEY=” above “sk-…（或…”).
	for (const command of ['export DEEPSEEK_API_KEY=sk-…', 'set -gx DEEPSEEK_API_KEY sk-…', 'set DEEPSEEK_API_KEY=sk-…']) {
		const sentence = `在设置 DEEPSEEK_API_KEY 的地方填入你的 key（它现在是空的），例如 ${command}（或在向导里粘贴）`;
		for (let width = 24; width <= 60; width++) {
			const rows = wrapPlain(sentence, {width, indent: ' 1. ', hangingIndent: '    ', breakLong: true});
			if (4 + displayWidth(command) <= width) assert.ok(rows.some(row => row.includes(command)), `${width}: ${JSON.stringify(rows)}`);
		}
	}
	// “--timeout stays”: the sentence goes on after the flag, and may break there.
	assert.deepEqual(wrapPlain('at most (default 10m; --timeout stays)', {width: 33}), ['at most (default 10m; --timeout', 'stays)']);
});

test('a short Chinese name in quotes stays on one row (an ending naming a row: “调用去向”), at 24 to 60 columns', () => {
	const ending = '连上了 API，但响应很慢，详见上面“调用去向”一行。连接只用了 6 ms，服务可能繁忙或过载。';
	for (let width = 24; width <= 60; width++) {
		const rows = wrapPlain(ending, {width});
		assert.ok(rows.some(row => row.includes('“调用去向”')), `${width}: ${JSON.stringify(rows)}`);
	}
});

test('a gateway\'s name of two words stays on one row (New API), at 24 to 60 columns', () => {
	const note = 'If calls still fail for lack of quota, look at it in New API\'s console.';
	for (let width = 24; width <= 60; width++) {
		const rows = wrapPlain(note, {width});
		assert.ok(rows.some(row => row.includes('New API\'s')), `${width}: ${JSON.stringify(rows)}`);
	}
});

test('no short word alone on a row before a date too wide to share it: the amount before it comes down (config\'s history at 40 columns)', () => {
	assert.deepEqual(wrapPlain('1 reading: 47.44 CNY at 2026-12-05 21:50 UTC', {width: 21}), ['1 reading:', '47.44 CNY at', '2026-12-05 21:50 UTC']);
});

test('a name of two words in straight quotes stays on one row ("Allow LAN"), at every width that holds it', () => {
	const fix = 'Set HTTPS_PROXY=http://192.0.2.1:19051, the host as the container sees it, and turn on "Allow LAN" in the proxy app';
	for (let width = 24; width <= 100; width++) {
		const rows = wrapPlain(fix, {width, indent: '  → ', hangingIndent: '    '});
		assert.ok(rows.every(row => !row.trimEnd().endsWith('"Allow')), `${width}: ${JSON.stringify(rows)}`);
	}
});
