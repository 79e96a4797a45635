// Every sentence of the Chinese message tables that takes no values: the wrapping tests lay them out at 40 and 60 columns.
import {readdirSync} from 'node:fs';
import path from 'node:path';
import {tablesOf} from '../../source/messages/language.js';

export async function chineseSentences(): Promise<string[]> {
	const dir = path.join(import.meta.dirname, '../../source/messages');
	const found: string[] = [];
	const collect = (value: unknown): void => {
		if (typeof value === 'string') found.push(value);
		else if (Array.isArray(value)) value.forEach(collect);
		else if (value && typeof value === 'object') Object.values(value).forEach(collect);
	};
	for (const file of readdirSync(dir).filter(name => name.endsWith('.ts') && name !== 'language.ts')) {
		const exported = (await import(path.join(dir, file))) as Record<string, unknown>;
		for (const value of Object.values(exported)) if (value && typeof value === 'object') collect(tablesOf(value)?.['zh-CN']);
	}
	return found.filter(text => /\p{Script=Han}/u.test(text));
}
