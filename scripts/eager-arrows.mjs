// The arrow functions of the code `check` and `balance` load, written as parenthesised function
// expressions where that cannot change what they do, so that V8 compiles them as their file
// loads and Node's compile cache keeps them.
//
// Why: after scripts/eager-functions.mjs, the functions a `check --json` still compiled at its
// first call, on every run, were mostly arrow functions and class and object methods (V8's
// function events, docs/development.md "What each change saved"). V8 12.4 compiles an arrow
// function at its first call, parentheses or not, but compiles a parenthesised function
// expression (`(function (…) {…})`) with the code around it when that code is compiled: at
// load for a module's top level, and with it for a function itself compiled at load. So an
// arrow becomes `(function (…) {…})` (an expression body `{ return (…); }`) where:
// - the code it sits in is compiled at load: a module's top level, or the body of a function
//   expression in parentheses that is itself in such code (the CommonJS bodies of
//   eager-modules.mjs, the declarations eager-functions.mjs rewrote, the arrows rewritten
//   here). Anywhere else (a method, a declaration, a class) it would only move the compiling
//   from the arrow's first call to its enclosing function's;
// - it is a variable's value or a call's argument (`placesThatRun` below), not an object's
//   property;
// - nothing inside it, nested functions included, names `this`, `arguments`, `super` or
//   `new.target` / `import.meta` (which an arrow takes from around it and a function does not).
//   A conservative rule: `obj.arguments` or a nested function's own `this` keep it an arrow too.
// What else differs does not matter to bundled code that never constructs its callbacks: a
// function expression can be called with `new` and has a `prototype`; its name is inferred the
// same way (`var f = (function…)` is named `f`), and so are its length and its parameters
// (defaults, rest and destructuring are the same syntax in both).
//
// The rewrite reads esbuild's unminified output with a real parser (acorn), edits only the
// arrows' own tokens (the `async`, the parameters' parentheses, the `=>`, the expression body's
// braces), and parses the result again: the build stops if anything does not read as expected.
import {Parser} from 'acorn';

const parse = (text, sourceType) => Parser.parse(text, {ecmaVersion: 'latest', sourceType, preserveParens: true, allowHashBang: true, allowReturnOutsideFunction: sourceType === 'script'});

// White space and block comments (esbuild writes `/* @__PURE__ */` before a call), where the edits look between tokens.
const gap = String.raw`(?:\s|/\*(?:[^*]|\*(?!/))*\*/)*`;
const only = (...parts) => new RegExp(`^${parts.join('')}$`);

const isFunction = node => node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression';

/** The AST nodes directly under `node`, in source order. */
function childrenOf(node) {
	const children = [];
	for (const [key, value] of Object.entries(node)) {
		if (key === 'type' || key === 'start' || key === 'end') continue;
		for (const each of Array.isArray(value) ? value : [value]) if (each && typeof each.type === 'string') children.push(each);
	}
	return children;
}

/**
 * The arrows whose text names `this`, `arguments`, `super`, `new.target` or `import.meta`
 * anywhere inside (nested functions included), by walking once: each node reports whether its
 * subtree names one.
 */
function arrowsBoundToContext(root) {
	const bound = new Set();
	const names = node => {
		let found = node.type === 'ThisExpression' || node.type === 'Super' || node.type === 'MetaProperty' || (node.type === 'Identifier' && node.name === 'arguments');
		for (const child of childrenOf(node)) if (names(child)) found = true;
		if (found && node.type === 'ArrowFunctionExpression') bound.add(node);
		return found;
	};
	names(root);
	return bound;
}

/**
 * The edits that write one arrow as a parenthesised function expression: each `{pos, end,
 * text, closing, depth}`, `end` past `pos` where source text goes.
 */
function arrowEdits(text, arrow, depth) {
	const fail = why => {
		throw new Error(`eager-arrows: ${why} in the arrow at ${arrow.start}: ${JSON.stringify(text.slice(arrow.start, arrow.start + 80))}`);
	};
	const edits = [];
	let head = arrow.start;
	if (arrow.async) {
		if (!text.startsWith('async', head)) fail('no `async` where the arrow starts');
		head += 'async'.length;
	}
	const lastParam = arrow.params.at(-1);
	const arrowToken = text.indexOf('=>', lastParam ? lastParam.end : head);
	if (arrowToken < 0 || arrowToken >= arrow.body.start) fail('no `=>` before the body');
	// A lone parameter written without parentheses (`x => …`) gets them.
	const bare = arrow.params.length === 1 && !only(gap, String.raw`\(`, '[^]*').test(text.slice(head, lastParam.start));
	if (bare) {
		if (!only(gap).test(text.slice(head, lastParam.start)) || lastParam.type !== 'Identifier') fail('an unparenthesised parameter that is not a name');
		if (!only(gap).test(text.slice(lastParam.end, arrowToken))) fail('text between the parameter and `=>`');
	} else {
		const between = lastParam ? text.slice(lastParam.end, arrowToken) : text.slice(head, arrowToken);
		if (!(lastParam ? only(gap, ',?', gap, String.raw`\)`, gap) : only(gap, String.raw`\(`, gap, String.raw`\)`, gap)).test(between)) fail('unexpected text before `=>`');
		if (!only(gap, String.raw`\(`, '[^]*').test(text.slice(head, lastParam ? lastParam.start : arrowToken))) fail('parameters without their parenthesis');
	}
	if (!only(gap).test(text.slice(arrowToken + 2, arrow.body.start))) fail('text between `=>` and the body');
	const opening = `(${arrow.async ? 'async ' : ''}function${bare ? '(' : ''}`;
	edits.push({pos: arrow.start, end: head, text: arrow.async ? opening : `${opening}${text.slice(arrow.start, head)}`, closing: false, depth});
	if (bare) edits.push({pos: lastParam.end, end: lastParam.end, text: ')', closing: true, depth});
	edits.push({pos: arrowToken, end: arrowToken + 2, text: '', closing: false, depth});
	const expression = arrow.body.type !== 'BlockStatement';
	if (expression) edits.push({pos: arrow.body.start, end: arrow.body.start, text: '{ return (', closing: false, depth});
	edits.push({pos: arrow.end, end: arrow.end, text: expression ? '); })' : ')', closing: true, depth});
	return edits;
}

/** `text` with `edits` applied: at one place, closings first (the innermost first), then openings (the outermost first). */
function applied(text, edits) {
	const ordered = edits.toSorted((a, b) => a.pos - b.pos || Number(b.closing) - Number(a.closing) || (a.closing ? b.depth - a.depth : a.depth - b.depth));
	let out = '';
	let cursor = 0;
	for (const edit of ordered) {
		if (edit.pos < cursor) throw new Error(`eager-arrows: overlapping edits at ${edit.pos}`);
		out += text.slice(cursor, edit.pos) + edit.text;
		cursor = edit.end;
	}
	return out + text.slice(cursor);
}

/**
 * Where an arrow is rewritten: a variable's value (`var f = (…) => …`) and a call's or a `new`'s
 * argument (a callback, which runs when the code around it does, as a rule). Not an object's
 * property (the message tables hold hundreds, of which a run calls a few): each function
 * compiled at load is compiled once into the cache but read from it on every run, and marking
 * every arrow cost the start more than it saved (docs/development.md, "Tried and not kept").
 */
const placesThatRun = new Set(['VariableDeclarator', 'CallExpression', 'NewExpression']);

/**
 * The text (esbuild's unminified output; `sourceType` 'module' or 'script') with the arrows in
 * code compiled at load written as parenthesised function expressions where that cannot change
 * what runs, and how many were.
 */
export function withEagerArrows(text, sourceType = 'module') {
	const program = parse(text, sourceType);
	const bound = arrowsBoundToContext(program);
	const edits = [];
	let count = 0;
	// `eager`: whether the code being walked is compiled at load.
	const walk = (node, parent, eager, depth) => {
		let inner = eager;
		if (node.type === 'ArrowFunctionExpression') {
			inner = eager && !bound.has(node) && placesThatRun.has(parent.type);
			if (inner) {
				edits.push(...arrowEdits(text, node, depth));
				count++;
			}
		} else if (isFunction(node)) {
			inner = eager && node.type === 'FunctionExpression' && parent?.type === 'ParenthesizedExpression';
		} else if (node.type === 'ClassBody' || node.type === 'ClassExpression' || node.type === 'ClassDeclaration') {
			inner = false; // methods, fields and static blocks: compiled at their first run
		}
		for (const child of childrenOf(node)) walk(child, node, inner, depth + 1);
	};
	walk(program, undefined, true, 0);
	const out = applied(text, edits);
	// The result must read as JavaScript again, with exactly `count` arrows fewer.
	const arrows = root => {
		let found = 0;
		const visit = node => {
			if (node.type === 'ArrowFunctionExpression') found++;
			for (const child of childrenOf(node)) visit(child);
		};
		visit(root);
		return found;
	};
	const left = arrows(parse(out, sourceType));
	if (left !== arrows(program) - count) throw new Error(`eager-arrows: ${arrows(program)} arrows less ${count} rewritten should leave ${arrows(program) - count}, the result has ${left}`);
	return {text: out, count};
}
