// The published package stands on its own: every relative link in the Markdown it carries
// (the readme, docs/) points at a file inside the package — as `npm pack` would publish
// it — and at a heading that exists there. A link to a file the package leaves out, or
// out of the package, breaks for everyone who reads the docs from npm.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import {headingAnchors, withoutFences} from '../helpers/markdown.js';

const root = path.resolve(import.meta.dirname, '..', '..');

/** The files `npm pack` would publish, as package-relative paths with `/`. */
function packedFiles(): string[] {
	const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
	const output = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: root, encoding: 'utf8'});
	const [packed] = JSON.parse(output) as Array<{files: Array<{path: string}>}>;
	return packed?.files.map(file => file.path) ?? [];
}

/** Markdown without fenced code blocks and inline code spans: what is left can link. */
function prose(markdown: string): string {
	return withoutFences(markdown).replace(/(`+)[\s\S]*?\1/g, '');
}

/** The targets of `[text](target)` and `![alt](target)` links. */
function linkTargets(markdown: string): string[] {
	return [...prose(markdown).matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].flatMap(match => (match[1] ? [match[1]] : []));
}

test('headings get the anchors GitHub gives them', () => {
	const anchors = headingAnchors('# Relays, resellers and clouds\n### The JSON document of `check --json` and `balance --json`\n```sh\n# a comment, not a heading\n```\n## Notes\n## Notes\n');
	assert.deepEqual([...anchors], ['relays-resellers-and-clouds', 'the-json-document-of-check---json-and-balance---json', 'notes', 'notes-1']);
});

test('links inside code are not links', () => {
	assert.deepEqual(linkTargets('See [the docs](docs/a.md#x) and `[bad](javascript:alert(1))`.\n```md\n[also](nowhere.md)\n```\n![logo](img/logo.png "Logo")'), ['docs/a.md#x', 'img/logo.png']);
});

test('every relative link in the packed Markdown points inside the package, at a heading that exists', () => {
	const files = packedFiles();
	const packed = new Set(files);
	const markdownFiles = files.filter(file => file.endsWith('.md'));
	assert.ok(packed.has('readme.md'), 'the readme is packed');
	assert.ok(markdownFiles.some(file => file.startsWith('docs/')), 'docs/ is packed, since the readme links into it');
	const broken: string[] = [];
	let checked = 0;
	for (const file of markdownFiles) {
		for (const target of linkTargets(readFileSync(path.join(root, file), 'utf8'))) {
			if (/^[a-z][a-z\d+.-]*:/i.test(target)) continue; // https:, mailto: …: not a file of ours
			checked++;
			const [pathPart = '', anchor] = target.split('#', 2);
			const resolved = pathPart === '' ? file : path.posix.normalize(path.posix.join(path.posix.dirname(file), decodeURIComponent(pathPart)));
			const isFolder = files.some(packedFile => packedFile.startsWith(`${resolved.replace(/\/$/, '')}/`));
			if (resolved.startsWith('..') || (!packed.has(resolved) && !isFolder)) {
				broken.push(`${file}: ${target} (${resolved} is not in the package)`);
				continue;
			}
			if (anchor && resolved.endsWith('.md') && !headingAnchors(readFileSync(path.join(root, resolved), 'utf8')).has(anchor)) {
				broken.push(`${file}: ${target} (no heading #${anchor} in ${resolved})`);
			}
		}
	}
	assert.deepEqual(broken, []);
	assert.ok(checked > 20, `the readme and docs link to each other (${checked} links checked)`);
});
