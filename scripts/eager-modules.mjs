// The bodies of bundled CommonJS modules, compiled when their file loads instead of when
// they first run, so that Node's compile cache keeps them.
//
// Why: esbuild wraps each bundled CommonJS module (undici, conf's helpers, react…) in a
// function that runs when the module is first required: `__commonJS({"path"(exports,
// module) {…}})`. V8 compiles a function lazily, the first time it is called, and Node's
// compile cache keeps only the code compiled while a file loads: so every run of `check`
// compiled undici's module bodies again before its first request. V8 compiles a function
// expression written in parentheses, `(function () {…})`, as the file loads (its heuristic
// for a function about to be called), and then the cache has it. Not every function:
// compiling all of them at load makes the cache larger and the start slower (docs/development.md,
// "Performance"); the named functions of what `check` loads are marked by eager-functions.mjs.
//
// The rewrite is textual, over esbuild's unminified output, whose wrapper always has this
// shape (the body indented below the wrapper's own two-space lines). The build counts the
// wrappers first and stops if the rewrite missed one; esbuild's minifier, run after, keeps
// the parentheses.

/**
 * One wrapper in esbuild's unminified output: its name line, its body, its closing lines.
 * The parameters are `exports, module`, `exports` or none (`exports2, module2` in a
 * CommonJS bundle, where the bundle's own names are taken).
 */
const commonJsWrapper = /__commonJS\(\{\n {2}("[^"\n]+")\(((?:[\w$]+(?:, [\w$]+)?)?)\) \{\n([\s\S]*?)\n {2}\}\n\}\);/g;

/** How many CommonJS wrappers the text holds (each `__commonJS({` that opens one). */
export function commonJsWrapperCount(text) {
	return text.split('__commonJS({').length - 1;
}

/** The text with every CommonJS module body made a parenthesised function expression, and how many. */
export function withEagerCommonJsBodies(text) {
	let count = 0;
	const rewritten = text.replace(commonJsWrapper, (_wrapper, name, parameters, body) => {
		count++;
		return `__commonJS({\n  ${name}: (function(${parameters}) {\n${body}\n  })\n});`;
	});
	return {text: rewritten, count};
}
