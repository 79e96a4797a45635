// The docs against the files they point to, so that a move or a rename cannot leave them
// naming what is gone: every path in backticks, and the trees of source/ that
// docs/architecture.md draws and docs/development.md's Layout sums up.
import assert from 'node:assert/strict';
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import {section} from '../helpers/markdown.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const docs = ['readme.md', ...readdirSync(path.join(root, 'docs')).filter(file => file.endsWith('.md')).map(file => `docs/${file}`)];

/** Every file and folder under `folder` (a repository path), as repository paths; folders end in `/`. */
const treeOf = (folder: string) =>
	readdirSync(path.join(root, folder), {recursive: true, withFileTypes: true}).map(entry => {
		const at = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
		return entry.isDirectory() ? `${at}/` : at;
	});
const repository = ['source', 'test', 'scripts', 'docs'].flatMap(treeOf);
/** The folders of source/, each by its own name (`balance`, `zh-CN` …). */
const sourceFolderNames = new Set(repository.filter(at => at.startsWith('source/') && at.endsWith('/')).map(at => path.posix.basename(at)));

/** The words in backticks, each with its line number. */
function codeSpans(markdown: string): Array<{code: string; line: number}> {
	return [...markdown.matchAll(/`([^`\n]+)`/g)].map(match => ({code: match[1] ?? '', line: markdown.slice(0, match.index).split('\n').length}));
}

/**
 * The repository paths a backticked word names, or nothing: one that starts at the root (`source/…`, `test/…`,
 * `scripts/…`, `docs/…`), or one under a folder of source/ (`deepseek/wire.ts`, `balance/gateway.ts`). A pattern
 * (`<name>`, `*`, `…`) or a command line is no path; `:12` (a line) and `#anchor` are left off.
 */
function pathIn(code: string): string | undefined {
	if (/[<>*…\s{}$]/.test(code)) return undefined;
	const bare = code.replace(/[:#].*$/, '');
	const first = bare.split('/')[0] ?? '';
	if (!bare.includes('/')) return undefined;
	// Other projects' docs/ folders are quoted too (docs/relays.md): ours holds the pages and schema/ only.
	if (first === 'docs') return /^docs\/([^/]+|schema\/.*)$/.test(bare) ? bare : undefined;
	if (['source', 'test', 'scripts'].includes(first)) return bare;
	if (sourceFolderNames.has(first) && /\.(ts|tsx|mjs|cjs)$|\/$/.test(bare)) return bare;
	return undefined;
}

const exists = (named: string) =>
	['source', 'test', 'scripts', 'docs'].includes(named.split('/')[0] ?? '')
		? existsSync(path.join(root, named))
		: repository.some(at => at.startsWith('source/') && (at.endsWith(`/${named}`) || `${at}/` === `source/${named}`));

test('every path the docs name in backticks is there', () => {
	const missing = docs.flatMap(file =>
		codeSpans(read(file)).flatMap(({code, line}) => {
			const named = pathIn(code);
			return named === undefined || exists(named) ? [] : [`${file}:${line} ${named}`];
		}));
	assert.deepEqual(missing, []);
});

/** docs/architecture.md's tree of source/: the code block that starts with `source/`. */
function sourceTree(): string {
	const architecture = read('docs/architecture.md');
	const start = architecture.indexOf('```\nsource/\n');
	assert.notEqual(start, -1, 'docs/architecture.md draws the tree of source/');
	return architecture.slice(start + 4, architecture.indexOf('```', start + 4));
}

test('docs/architecture.md\'s tree of source/ lists every file and folder at its top, and nothing that is gone', () => {
	const tree = sourceTree();
	const listed = [...tree.matchAll(/^ {2}(\S+)/gm)].map(([, name]) => name ?? '');
	const top = readdirSync(path.join(root, 'source'), {withFileTypes: true}).map(entry => (entry.isDirectory() ? `${entry.name}/` : entry.name));
	assert.deepEqual(listed.filter(name => !top.includes(name)), [], 'listed but not in source/');
	assert.deepEqual(top.filter(name => !listed.includes(name)), [], 'in source/ but not listed');
});

test('docs/architecture.md\'s tree of source/ describes every folder, and every file it names is in the folder it is named under', () => {
	const tree = sourceTree();
	const folders = repository.filter(at => at.startsWith('source/') && at.endsWith('/') && at.split('/').length > 3);
	assert.deepEqual(folders.filter(folder => !tree.includes(`${path.posix.basename(folder)}/`)), [], 'a folder inside a folder of source/ the tree does not name');
	const wrong: string[] = [];
	let folder = '';
	for (const line of tree.split('\n')) {
		const top = /^ {2}(\S+\/)/.exec(line)?.[1];
		if (top !== undefined) folder = top;
		else if (/^ {2}\S/.test(line)) folder = '';
		for (const [name] of line.matchAll(/[\w.-]+\.(?:tsx?|cjs)\b/g)) {
			const under = repository.filter(at => at.startsWith(`source/${folder}`) && path.posix.basename(at) === name);
			if (under.length === 0) wrong.push(`${folder}${name}`);
		}
	}
	assert.deepEqual(wrong, []);
});

test('docs/development.md\'s Layout names every folder at the top of source/', () => {
	const layout = section(read('docs/development.md'), '## Layout');
	const folders = readdirSync(path.join(root, 'source'), {withFileTypes: true}).filter(entry => entry.isDirectory()).map(entry => `source/${entry.name}/`);
	assert.deepEqual(folders.filter(folder => !layout.includes(`\`${folder}\``)), []);
});
