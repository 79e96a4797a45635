// Writes source/text/chinese-word-list.ts: the Chinese words of the messages (source/messages/zh-CN/), which wrapping
// keeps whole (source/text/chinese-words.ts). ICU's dictionary (Node's full ICU, here at build time only) reads each
// run of Chinese characters in those files into words; its words of two characters or more are listed (the words it
// reads as two are in source/text/chinese-words.ts, icuMisses). The services' Chinese names (the provider table's
// chineseName and Chinese shortName: 阿里云百炼, 百炼) are listed whole: ICU knows few of them (百|炼, 魔|搭).
// test/unit/chinese-words.test.ts fails when a message or a name brings a word the list lacks.
// Run: node --import tsx scripts/chinese-words.ts
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {providerTable} from '../source/providers/table.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const listFile = path.join(root, 'source/text/chinese-word-list.ts');

/** Every word of two Han characters or more that ICU reads in the Chinese message files' runs of Han characters. */
export function icuWordsOfMessages(): Set<string> {
	const dir = path.join(root, 'source/messages/zh-CN');
	const segmenter = new Intl.Segmenter('zh', {granularity: 'word'});
	const words = new Set<string>();
	for (const file of readdirSync(dir).filter(name => name.endsWith('.ts'))) {
		for (const [run] of readFileSync(path.join(dir, file), 'utf8').matchAll(/\p{Script=Han}{2,}/gu)) {
			for (const {segment} of segmenter.segment(run)) if (/^\p{Script=Han}{2,}$/u.test(segment)) words.add(segment);
		}
	}
	return words;
}

/**
 * The services' Chinese names: each Chinese short name whole, and each run of Han characters of a Chinese name cut
 * around the short name it holds (阿里云|百炼, 腾讯云|知识引擎|原子能力, 开放平台). No word longer than four
 * characters, as in the messages: the matching reads as many lengths at each character as the longest word has.
 */
export function serviceNameWords(): Set<string> {
	const words = new Set<string>();
	for (const row of providerTable) {
		const short = row.shortName?.['zh-CN'] ?? '';
		if (/^\p{Script=Han}{2,}$/u.test(short)) words.add(short);
		for (const run of row.chineseName?.match(/\p{Script=Han}{2,}/gu) ?? []) {
			for (const piece of short === '' ? [run] : run.split(short)) if (piece.length >= 2) words.add(piece);
		}
	}
	return words;
}

/** Every word the list holds: the messages' and the services' names. */
export function chineseWords(): Set<string> {
	return new Set([...icuWordsOfMessages(), ...serviceNameWords()]);
}

/** The list file's text for `words`. */
export function listSource(words: Iterable<string>): string {
	const sorted = [...new Set(words)].sort();
	const lines: string[] = [];
	for (let index = 0; index < sorted.length; index += 30) lines.push(sorted.slice(index, index + 30).join(' '));
	return `// Written by scripts/chinese-words.ts (do not edit): the Chinese words of the messages and the services' names, kept whole by wrapping.\nexport const chineseWordList = [\n${lines.map(line => `\t'${line}',`).join('\n')}\n].join(' ');\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	writeFileSync(listFile, listSource(chineseWords()));
	console.log(`wrote ${path.relative(root, listFile)}`);
}
