// Our own functions, compiled when their file loads instead of at their first call, so that
// Node's compile cache keeps them (eager-modules.mjs has why only load-time code is kept).
//
// Why: the wizard's result frame and the checks' judging of the answers run ~160 of our
// functions for the first time after the last answer, and V8 compiled each of them there, on
// every run (docs/development.md, "Performance"). V8 compiles a function expression written in
// parentheses as its file loads, and then the cache has it.
//
// Each top-level function declaration of a module under source/ in esbuild's unminified output
// (`function name(…) {` at the start of a line, its body indented, `}` alone closing it)
// becomes `var name = (function name(…) {…});`. That moves the function's value from the
// start of the file to its own line, so a declaration stays as it is when its name appears
// earlier in code that runs as the file loads (anything outside a top-level function's body:
// `setImmediate(main)`, a table `{run: check}`), where it would read undefined.

const moduleComment = /^\/\/ (\S+)$/;
const declaration = /^(?:async )?function\*? ([\w$]+)\(/;
/** A name, and the dots before it: after one dot it is a property (`.step`), not the name. */
const identifier = /(\.*)([A-Za-z_$][\w$]*)/g;
/** A comment's line in esbuild's output (a line comment, or a line of a block comment). */
const commentLine = /^\s*(?:\/\/|\/\*|\*\/|\*(?: |$))/;
/** An object's key at the start of a line (`  run: check,`: `run` names nothing). */
const lineKey = /^\s*[\w$]+:(?!:)/;

/** A quote next to a slash: maybe in a regular expression, where it opens no string. */
const quoteBySlash = /\/["'`]|["'`]\//;

/**
 * The line's code without the text of its strings and template strings (a template's `${…}`
 * is code); the whole line where that reading could be wrong (a string left open at its end,
 * a quote that may be in a regular expression), which only counts more names.
 */
function codeOf(line) {
	if (quoteBySlash.test(line)) return line;
	let code = '';
	/** What encloses each character: '' for code, a quote, or '{' for a block or a template's `${`. */
	const stack = [''];
	for (let index = 0; index < line.length; index++) {
		const char = line[index];
		const inside = stack.at(-1);
		if (inside === '"' || inside === "'" || inside === '`') {
			if (char === '\\') index++;
			else if (char === inside) stack.pop();
			else if (inside === '`' && char === '$' && line[index + 1] === '{') {
				stack.push('{');
				index++;
			}
			continue;
		}
		if (char === '"' || char === "'" || char === '`' || char === '{') stack.push(char);
		else if (char === '}' && stack.length > 1) stack.pop();
		code += char === '"' || char === "'" || char === '`' ? ' ' : char;
	}
	return stack.some(inside => inside === '"' || inside === "'" || inside === '`') ? line : code;
}

/**
 * The names a line uses. Counting too many only keeps a declaration as it is: a word of a
 * regular expression counts.
 */
const namesIn = line =>
	commentLine.test(line) ? [] : [...codeOf(line.replace(lineKey, ' ')).matchAll(identifier)].filter(match => match[1].length !== 1).map(match => match[2]);

/** The text with our own top-level functions made eager, and how many were and were not. */
export function withEagerFunctions(text, isOurs = module => module.startsWith('source/')) {
	const lines = text.split('\n');
	/** Each declaration: its line, its name, whether its module is ours, its closing line. */
	const declarations = [];
	/** The first line at which each name appears in code that runs as the file loads. */
	const firstLoadUse = new Map();
	let ours = false;
	let open;
	let exportList = false;
	for (const [index, line] of lines.entries()) {
		// The file's export list (`export {` … `};`) runs nothing.
		if (exportList || line === 'export {') {
			exportList = line !== '};';
			continue;
		}
		if (open) {
			for (const name of namesIn(line)) open.uses.add(name);
			if (line === '}') {
				open.end = index;
				open = undefined;
			}
			continue;
		}
		const comment = moduleComment.exec(line);
		if (comment) {
			ours = isOurs(comment[1]);
			continue;
		}
		const match = declaration.exec(line);
		if (match) {
			open = {start: index, name: match[1], ours, uses: new Set()};
			declarations.push(open);
			continue;
		}
		for (const name of namesIn(line)) if (!firstLoadUse.has(name)) firstLoadUse.set(name, index);
	}
	if (open) throw new Error(`the function ${open.name} was not closed (scripts/eager-functions.mjs)`);
	// A function that runs as the file loads runs its body then: what it names counts as named there.
	const byName = new Map(declarations.map(found => [found.name, found]));
	for (let changed = true; changed; ) {
		changed = false;
		for (const [name, at] of firstLoadUse) {
			for (const used of byName.get(name)?.uses ?? []) {
				if ((firstLoadUse.get(used) ?? Infinity) <= at) continue;
				firstLoadUse.set(used, at);
				changed = true;
			}
		}
	}
	let count = 0;
	let kept = 0;
	for (const {start, end, name, ours: eager} of declarations) {
		if (!eager) continue;
		if ((firstLoadUse.get(name) ?? Infinity) < start) {
			kept++;
			continue;
		}
		lines[start] = `var ${name} = (${lines[start]}`;
		lines[end] = '});';
		count++;
	}
	return {text: lines.join('\n'), count, kept};
}
