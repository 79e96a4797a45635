// After the build: cli.js and every chunk it imports statically (what `check` loads before
// its first request) become one file, cli.js. Each ES module Node loads costs its own
// resolution (a realpath), read, decode, cache lookup and link; esbuild's code splitting
// leaves a dozen chunks there, by which of the lazily loaded entries share each module, and
// has no way to group them. The chunks loaded later (the rest of the check code, the wizard,
// `config` …) import what they share with the start from cli.js instead, under names
// prefixed with the chunk's, so each module still runs once.
import {existsSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {build} from 'esbuild';

/** Relative imports of a built file: static ones (`import … from "./x.js"`, `import "./x.js"`) and dynamic ones. */
function relativeImports(text) {
	const found = [];
	for (const match of text.matchAll(/\b(import\s*\(\s*)?(?:from\s*|import\s*)?"(\.\.?\/[^"]+\.js)"/g)) {
		const before = text.slice(Math.max(0, match.index - 40), match.index + match[0].length - match[2].length - 2);
		const isDynamic = match[1] !== undefined;
		const isStatic = !isDynamic && /(?:\bfrom|\bimport)\s*$/.test(before);
		if (isDynamic || isStatic) found.push({path: match[2], dynamic: isDynamic});
	}
	return found;
}

/** Names a built chunk exports: its closing `export {a as b, c};`. */
function exportedNames(text) {
	const match = /export\s*\{([^}]*)\}\s*;?\s*$/.exec(text);
	if (!match) return [];
	return match[1].split(',').map(part => part.trim()).filter(Boolean).map(part => part.split(/\s+as\s+/).at(-1));
}

const prefix = file => `${path.basename(file, '.js').replaceAll(/[^A-Za-z0-9]/g, '_')}$`;

/**
 * Merges dist/cli.js with the chunks it reaches by static imports. Returns the number of files
 * merged into it. Throws if a file left afterwards still names one that is gone. The files'
 * banners (the build's `require`) are taken off before and put back on the result by the
 * build's own functions.
 */
export async function mergeStart(dist, {minify, withoutBanner, withBanner}) {
	const read = file => readFileSync(path.join(dist, file), 'utf8');
	const merged = new Set(['cli.js']);
	const queue = ['cli.js'];
	while (queue.length > 0) {
		const file = queue.pop();
		for (const {path: target, dynamic} of relativeImports(read(file))) {
			const resolved = path.join(path.dirname(file), target);
			if (!dynamic && !merged.has(resolved)) {
				merged.add(resolved);
				queue.push(resolved);
			}
		}
	}
	let entry = 'export * from "./cli.js";\n';
	for (const file of merged) {
		if (file === 'cli.js') continue;
		const names = exportedNames(read(file));
		entry += `import "./${file}";\n`;
		if (names.length > 0) entry += `export {${names.map(name => `${name} as ${prefix(file)}${name}`).join(', ')}} from "./${file}";\n`;
	}
	const keepOthersOutside = {
		name: 'keep-later-chunks-outside',
		setup(esbuild) {
			esbuild.onResolve({filter: /^\.\.?\//}, args => {
				const file = path.relative(dist, path.join(args.resolveDir, args.path));
				return merged.has(file) ? undefined : {path: `./${file}`, external: true};
			});
			esbuild.onLoad({filter: /\.js$/}, args => ({contents: withoutBanner(readFileSync(args.path, 'utf8')), loader: 'js'}));
		},
	};
	const result = await build({
		stdin: {contents: entry, resolveDir: dist, sourcefile: 'start.js'},
		bundle: true,
		format: 'esm',
		platform: 'node',
		target: 'node22',
		minify,
		legalComments: 'none',
		write: false,
		logLevel: 'warning',
		plugins: [keepOthersOutside],
	});
	// The CommonJS bodies marked for eager compilation (scripts/eager-modules.mjs) must come through this second pass
	// with their parentheses, or Node's compile cache stops keeping them: a quiet loss of start-up time.
	const eagerBodies = text => text.match(/:\s*\(function\s*\(/g)?.length ?? 0;
	const markedBefore = [...merged].reduce((sum, file) => sum + eagerBodies(read(file)), 0);
	const markedAfter = eagerBodies(result.outputFiles[0].text);
	if (markedAfter !== markedBefore) throw new Error(`cli.js: ${markedAfter} of ${markedBefore} CommonJS bodies kept their eager-compilation parentheses through the merge (scripts/merge-start.mjs)`);
	writeFileSync(path.join(dist, 'cli.js'), withBanner(path.join(dist, 'cli.js'), result.outputFiles[0].text));
	for (const file of merged) if (file !== 'cli.js') rmSync(path.join(dist, file));

	const fromStart = (specifiers, file) =>
		specifiers
			.split(',')
			.map(part => part.trim())
			.filter(Boolean)
			.map(part => {
				const [name, local = name] = part.split(/\s+as\s+/);
				return `${prefix(file)}${name} as ${local}`;
			})
			.join(', ');
	for (const name of readdirSync(path.join(dist, 'chunks'))) {
		const file = `chunks/${name}`;
		const text = read(file)
			.replaceAll(/import\s*\{([^}]*)\}\s*from\s*"\.\/([^"]+\.js)"/g, (whole, specifiers, target) => (merged.has(`chunks/${target}`) ? `import {${fromStart(specifiers, `chunks/${target}`)}} from "../cli.js"` : whole))
			.replaceAll(/import\s*"\.\/([^"]+\.js)"/g, (whole, target) => (merged.has(`chunks/${target}`) ? 'import "../cli.js"' : whole));
		writeFileSync(path.join(dist, file), text);
	}
	for (const file of ['cli.js', ...readdirSync(path.join(dist, 'chunks')).map(name => `chunks/${name}`)]) {
		for (const {path: target} of relativeImports(read(file))) {
			if (!existsSync(path.join(dist, path.dirname(file), target))) throw new Error(`${file} imports ${target}, which the merge into cli.js removed (scripts/merge-start.mjs)`);
		}
	}
	return merged.size;
}
