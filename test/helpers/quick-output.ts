// ink's Output as the build has it (scripts/ink-output-plugin.mjs) beside ink's own, for the
// tests that hold the two to the same frames.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {quickInkOutput} from '../../scripts/ink-output-plugin.mjs';

type Clip = {x1?: number; x2?: number; y1?: number; y2?: number};
type Transformer = (line: string, index: number) => string;
export type Operation = {type: 'write'; x: number; y: number; text: string; transformers: Transformer[]} | {type: 'clip'; clip: Clip} | {type: 'unclip'};
export type Output = {
	operations: Operation[];
	write(x: number, y: number, text: string, options: {transformers: Transformer[]}): void;
	clip(clip: Clip): void;
	unclip(): void;
	get(): {output: string; height: number};
};
export type OutputClass = new (options: {width: number; height: number}) => Output;

/** ink's own output.js: the module ink's renderer uses. */
export const inkOutputUrl = new URL('output.js', import.meta.resolve('ink'));

export async function inkOutput(): Promise<OutputClass> {
	return ((await import(inkOutputUrl.href)) as {default: OutputClass}).default;
}

/** The build's output.js, in a folder of its own, importing the same modules ink's does. */
export async function quickOutput(): Promise<OutputClass> {
	let source = quickInkOutput(readFileSync(fileURLToPath(inkOutputUrl), 'utf8'));
	for (const name of ['string-width', '@alcalzone/ansi-tokenize']) source = source.replaceAll(`from '${name}'`, `from '${import.meta.resolve(name)}'`);
	const folder = mkdtempSync(path.join(os.tmpdir(), 'ink-output-'));
	const file = path.join(folder, 'output.mjs');
	writeFileSync(file, source);
	try {
		return ((await import(pathToFileURL(file).href)) as {default: OutputClass}).default;
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
}

/** The frame `Output` makes of `operations` in a grid of `width` × `height`. */
export function frameOf(Output: OutputClass, width: number, height: number, operations: readonly Operation[]): string {
	const output = new Output({width, height});
	for (const operation of operations) {
		if (operation.type === 'write') output.write(operation.x, operation.y, operation.text, {transformers: operation.transformers});
		else if (operation.type === 'clip') output.clip(operation.clip);
		else output.unclip();
	}
	const {output: text, height: rows} = output.get();
	return `${rows}\n${text}`;
}
