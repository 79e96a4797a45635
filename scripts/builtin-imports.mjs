// Static imports of Node's built-in modules, rewritten after the build into plain reads of
// `process.getBuiltinModule()`.
//
// Why: an ES import of a built-in (`import {readFileSync} from 'node:fs'`) goes through a
// module facade that reads every export of the built-in, and Node defines many of them as
// lazy getters that load more modules when read. `node:fs`'s facade alone loads fs/promises,
// readline, fs streams and watchers; `node:util`'s loads worker_threads, the diff and colour
// helpers. None of them ever runs in `check`, yet each run paid for them before its first
// request (docs/development.md, "Performance"). A destructuring read takes only the names the
// file uses.
//
// The rewrite is textual, over esbuild's own output, where every static import is one
// statement at the top of a file. The build counts them in the metafile first and stops if
// the rewrite did not find each one, so a change in esbuild's output cannot slip through.

/** One static import of a built-in, in esbuild's output (minified or not). */
const builtinImport = /import\s*(?:\*\s*as\s*([\w$]+)|([\w$]+)\s*(?:,\s*(\{[^}]*\}))?|(\{[^}]*\}))\s*from\s*"(node:[a-z_/]+)";?/g;

/** `{a as b, c}` → `{a: b, c}` (import clause to destructuring pattern). */
const asPattern = clause => clause.replace(/([\w$]+)\s+as\s+([\w$]+)/g, '$1: $2');

/**
 * The file's text with each static import of a built-in made a `const` read of it, and how
 * many it rewrote. `node:process` is the global itself; `globalThis` because a file may
 * bind its own `process` (an unminified build keeps `import process from 'node:process'`).
 */
export function withoutBuiltinFacades(text) {
	let count = 0;
	const rewritten = text.replace(builtinImport, (_statement, namespace, defaultName, namedAfterDefault, named, specifier) => {
		count++;
		const source = specifier === 'node:process' ? 'globalThis.process' : `globalThis.process.getBuiltinModule(${JSON.stringify(specifier)})`;
		const reads = [];
		if (namespace ?? defaultName) reads.push(`const ${namespace ?? defaultName} = ${source};`);
		const clause = namedAfterDefault ?? named;
		if (clause) reads.push(`const ${asPattern(clause)} = ${source};`);
		return reads.join('');
	});
	return {text: rewritten, count};
}

/** How many static imports of built-ins esbuild's metafile lists for one output file. */
export function builtinImportCount(output) {
	return output.imports.filter(entry => entry.external && entry.kind === 'import-statement' && entry.path.startsWith('node:')).length;
}

/**
 * esbuild options: `performance.now()` in bundled packages (undici's idle timer, read
 * between the answers) is source/monotonic.ts's clock, the same reading without loading
 * perf_hooks and the ten modules behind it. Used by the build and the bench's undici floor.
 */
export const monotonicClock = {
	inject: [new URL('../source/monotonic.ts', import.meta.url).pathname],
	define: {'performance.now': 'monotonicMs'},
};
