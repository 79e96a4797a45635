// Every sentence of the message tables that takes no values: the wrapping tests lay them out at many widths.
import {readdirSync} from 'node:fs';
import path from 'node:path';
import {type Language, tablesOf} from '../../source/messages/language.js';

/** Every fixed sentence of `language`'s tables (a string, not a function of values). */
export async function fixedSentences(language: Language): Promise<string[]> {
	const dir = path.join(import.meta.dirname, '../../source/messages');
	const found: string[] = [];
	const collect = (value: unknown): void => {
		if (typeof value === 'string') found.push(value);
		else if (Array.isArray(value)) value.forEach(collect);
		else if (value && typeof value === 'object') Object.values(value).forEach(collect);
	};
	for (const file of readdirSync(dir).filter(name => name.endsWith('.ts') && name !== 'language.ts')) {
		const exported = (await import(path.join(dir, file))) as Record<string, unknown>;
		for (const value of Object.values(exported)) if (value && typeof value === 'object') collect(tablesOf(value)?.[language]);
	}
	return found;
}

export async function chineseSentences(): Promise<string[]> {
	return (await fixedSentences('zh-CN')).filter(text => /\p{Script=Han}/u.test(text));
}
