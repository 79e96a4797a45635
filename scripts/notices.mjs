// The copyright and licence notices of every package the build bundles into dist/
// (THIRD-PARTY-NOTICES.txt, shipped in the tarball): esbuild's metafile names each file it
// bundled, and each file under node_modules belongs to one package.
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';

const licenceFile = /^(?:licen[cs]e|copying|notice)(?:[.-].*)?$/i;

/** The MIT licence's permission notice, for a package that declares MIT but ships no licence file. */
const mitPermission = `Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.`;

/** `node_modules/a/node_modules/@s/b/x.js` → `node_modules/a/node_modules/@s/b` (undefined outside node_modules). */
export function packageDirOf(input) {
	const parts = input.split('/');
	const at = parts.lastIndexOf('node_modules');
	if (at === -1) return undefined;
	const name = parts[at + 1]?.startsWith('@') ? parts.slice(at + 1, at + 3) : parts.slice(at + 1, at + 2);
	// Our own build cache (node_modules/.cache) is not a package.
	if (name[0] === undefined || name[0].startsWith('.')) return undefined;
	return [...parts.slice(0, at + 1), ...name].join('/');
}

/** "Copyright …" lines in the comments of the files bundled from a package that ships no licence file. */
function copyrightLines(files, root) {
	const lines = files.flatMap(file => readFileSync(path.join(root, file), 'utf8').split('\n').slice(0, 40));
	const found = lines.map(line => line.replace(/^\s*(?:\/\*+|\*+|\/\/)\s?/, '').trim()).filter(line => /^copyright\b/i.test(line));
	return [...new Set(found)];
}

/** What the notice of a package without a licence file says: its copyright lines and declared licence. */
function declaredNotice(pkg, files, root) {
	const copyright = copyrightLines(files, root);
	const lines = [
		`This package ships no licence file. Its package.json declares the licence ${pkg.licence}${pkg.author ? ` (author: ${pkg.author})` : ''}.`,
		...(copyright.length > 0 ? ['', ...copyright] : []),
		...(pkg.licence === 'MIT' ? ['', mitPermission] : []),
	];
	return lines.join('\n');
}

/** The bundled packages (one entry per name and version), sorted by name: licence and notice text. */
export function bundledPackages(metafile, root) {
	const filesByDir = new Map();
	for (const input of Object.keys(metafile.inputs)) {
		const dir = packageDirOf(input);
		if (dir) filesByDir.set(dir, [...(filesByDir.get(dir) ?? []), input]);
	}
	const byNameAndVersion = new Map();
	for (const [dir, files] of filesByDir) {
		const manifest = JSON.parse(readFileSync(path.join(root, dir, 'package.json'), 'utf8'));
		const pkg = {
			name: manifest.name,
			version: manifest.version,
			licence: typeof manifest.license === 'string' ? manifest.license : 'not declared',
			author: typeof manifest.author === 'string' ? manifest.author : manifest.author?.name,
		};
		const noticeFiles = readdirSync(path.join(root, dir)).filter(name => licenceFile.test(name)).sort();
		const notice = noticeFiles.length > 0
			? noticeFiles.map(name => readFileSync(path.join(root, dir, name), 'utf8').trim()).join('\n\n')
			: declaredNotice(pkg, files, root);
		byNameAndVersion.set(`${pkg.name}@${pkg.version}`, {...pkg, notice});
	}
	return [...byNameAndVersion.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

export function noticesText(packages, tool) {
	const rule = '-'.repeat(78);
	return [
		`Third-party notices for ${tool.name} ${tool.version}`,
		'',
		`${tool.name} is published as a bundle: the code of the packages below is inside dist/.`,
		'Their copyright and licence notices follow, as each package ships them.',
		'',
		...packages.map(pkg => `${rule}\n${pkg.name} ${pkg.version} (${pkg.licence})\n${rule}\n\n${pkg.notice}\n`),
	].join('\n');
}
