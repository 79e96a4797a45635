// The named functions of the code `check` and `balance` load, compiled when their file loads
// instead of when they are first called, so that Node's compile cache keeps them.
//
// Why: V8 compiles a function the first time it is called, and Node's compile cache keeps only
// what was compiled while the file loaded (the module's top level and the CommonJS bodies that
// scripts/eager-modules.mjs marks). So every run compiled again each function of ours and of
// undici's that it called: of the ~14 ms of CPU from main() to the first request, a second run
// in the same process needs ~2, and of the ~10 ms from the first answer to the exit ~4
// (docs/development.md, "What each change saved"). A function expression in
// parentheses is compiled as its file loads; so each function declaration at a module's top
// level (`function f(…) {…}`) becomes `var f = (function f(…) {…});`.
//
// That is not the same as a declaration in one way: a declaration is hoisted, usable from the
// start of its scope, and `var f` holds the function only once its line has run. So a
// declaration stays one where it may be called before its line: where its name appears in
// what runs before that line (the statements above it in its scope), or in the body of a
// declaration named there, and so on. Whatever runs after the line finds the `var` set.
//
// Only the files `check` and `balance` load (scripts/build.mjs): the wizard's chunk is not in
// the compile cache after a killed run, and compiling all of it as it loads cost its first
// frame more than it saved (docs/development.md, "Tried and not kept").
//
// The rewrite is textual, over esbuild's unminified output (after eager-modules.mjs): a
// declaration at a module's top level is a line `function name(…) {` at column 0 closed by a
// line `}`, and one in a CommonJS body the same at four spaces within the body. An async
// function is marked the same way (V8 compiles `(async function …)` at load too; an arrow
// function waits for its first call, parentheses or not). Generators are left as they are; so
// is a function whose text holds a template literal spanning lines, where a line `}` could be
// inside the literal, unless its text up to that line parses as the one declaration. The build
// minifies the result, which fails on anything that is no longer JavaScript.
import {Parser, tokenizer} from 'acorn';

/** One declaration line at `indent`: `function name(params) {` or `async function name(params) {` on one line. */
const declarationAt = indent => new RegExp(`^${indent}(?:async )?function ([\\w$]+)\\([^\\n]*\\) \\{$`, 'gm');

/**
 * The functions a scope's statements only store, with the name they are stored under: a
 * `var`/`let`/`const` whose value is a function or an arrow, or an object or array literal
 * holding them (a message table's sentences, a provider's rules), and a class's methods. Their
 * bodies run only when called, and calling them needs that name first. Anything else in a statement (a call's
 * argument, a computed key, a class body) is not counted here: its names count where they
 * stand. Read with acorn; a scope it cannot parse has none (every name then counts).
 */
function storedFunctions(text, sourceType) {
	let program;
	try {
		program = Parser.parse(text, {ecmaVersion: 'latest', sourceType, allowHashBang: true, allowAwaitOutsideFunction: true, allowReturnOutsideFunction: true});
	} catch {
		return {stored: [], bindings: new Set()};
	}
	const stored = [];
	const collect = (node, name, anyValue = false) => {
		if (!node) return;
		// A field's value (`anyValue`) runs with each `new`, whatever it is.
		if (anyValue || node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression') stored.push({name, start: node.start, end: node.end});
		else if (node.type === 'ObjectExpression') for (const property of node.properties) collect(property.type === 'Property' ? property.value : undefined, name);
		else if (node.type === 'ArrayExpression') for (const element of node.elements) collect(element, name);
	};
	// A class's methods and its instances' fields run once the class is named (`new X`, `X.prototype`); its
	// static fields and blocks, its `extends` and computed keys run where it stands.
	const collectClass = (node, name) => {
		for (const member of node.body.body) {
			if (!member.computed && (member.type === 'MethodDefinition' || (member.type === 'PropertyDefinition' && !member.static))) collect(member.value, name, true);
		}
	};
	// Where a statement names what it declares: that is no use of the name.
	const bindings = new Set();
	for (const statement of program.body) {
		if (statement.type === 'ClassDeclaration') {
			bindings.add(statement.id.start);
			collectClass(statement, statement.id.name);
		}
		if (statement.type !== 'VariableDeclaration') continue;
		for (const declarator of statement.declarations) {
			if (declarator.id.type !== 'Identifier') continue;
			bindings.add(declarator.id.start);
			if (declarator.init?.type === 'ClassExpression') collectClass(declarator.init, declarator.id.name);
			else collect(declarator.init, declarator.id.name);
		}
	}
	return {stored: stored.sort((a, b) => a.start - b.start), bindings};
}

/**
 * The names `text` uses in code, by where they stand: `namesIn(start, end)` is the set of
 * identifiers between those offsets, read with a real tokenizer (acorn), so that a name in a
 * string, a template's text, a regular expression or a comment does not count (the message
 * tables' sentences hold words such as "run"), nor a property's name (after a dot, or an
 * object's key: the provider table's `keysUrl:`), nor a name where a statement declares it,
 * nor a name inside a function that `stored` holds: `storedNames(name)` has those, by the name the function is stored under. Where the
 * tokenizer cannot read the text, every identifier-like word counts, as a plain search finds
 * it: that only keeps more.
 */
function namesOf(text, {stored, bindings}) {
	const tokens = [];
	try {
		// A name after a dot is a property; one between `{` or `,` and `:` is an object's key or a label (a
		// conditional's `a ? b : c` has `?` or an operand before the name, a `case x:` has `case`).
		let before;
		let previous;
		for (const token of tokenizer(text, {ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true, allowAwaitOutsideFunction: true, allowReturnOutsideFunction: true})) {
			const label = token.type.label;
			const isKey = label === ':' && ['{', ','].includes(before);
			if (previous?.type.label === 'name' && !['.', '?.'].includes(before) && !isKey && !bindings.has(previous.start)) tokens.push({start: previous.start, name: previous.value});
			before = previous?.type.label;
			previous = token;
		}
		if (previous?.type.label === 'name' && !['.', '?.'].includes(before)) tokens.push({start: previous.start, name: previous.value});
	} catch {
		const words = (start, end) => new Set(text.slice(start, end).match(/(?<![\w$.])[A-Za-z_$][\w$]*/g) ?? []);
		return {namesIn: words, storedNames: () => new Set()};
	}
	// Each token inside a stored function belongs to the name it is stored under (the ranges are sorted and apart).
	const byStore = new Map();
	let next = 0;
	for (const token of tokens) {
		while (next < stored.length && stored[next].end <= token.start) next++;
		if (next < stored.length && stored[next].start <= token.start) {
			token.store = stored[next].name;
			if (!byStore.has(token.store)) byStore.set(token.store, new Set());
			byStore.get(token.store).add(token.name);
		}
	}
	const namesIn = (start, end) => {
		// The first token at or after `start`, by bisection: the ranges asked cover the text about twice.
		let low = 0;
		let high = tokens.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (tokens[middle].start < start) low = middle + 1;
			else high = middle;
		}
		const names = new Set();
		for (let index = low; index < tokens.length && tokens[index].start < end; index++) if (tokens[index].store === undefined) names.add(tokens[index].name);
		return names;
	};
	return {namesIn, storedNames: name => byStore.get(name) ?? new Set()};
}

/** Any declaration (async and generators included) that starts a line at `indent`: what its scope hoists. */
const anyDeclarationAt = indent => new RegExp(`^${indent}(?:async )?function\\*? ?([\\w$]+)\\(`, 'gm');

/** Whether `text` is one function declaration and nothing else (acorn parses it so). */
function isOneDeclaration(text) {
	try {
		const {body} = Parser.parse(text, {ecmaVersion: 'latest', sourceType: 'module'});
		return body.length === 1 && body[0].type === 'FunctionDeclaration' && body[0].end === text.trimEnd().length;
	} catch {
		return false;
	}
}

/**
 * The declarations of one scope, `text` from the scope's start to its end: each with its
 * name, where it starts and ends (after its closing line), and whether it may become eager.
 */
function declarationsIn(text, indent) {
	const declarations = [];
	for (const match of text.matchAll(anyDeclarationAt(indent))) {
		const closing = text.indexOf(`\n${indent}}\n`, match.index);
		if (closing < 0) return undefined; // not esbuild's shape: leave the scope alone
		declarations.push({name: match[1], start: match.index, end: closing + indent.length + 3, plain: false});
	}
	for (const match of text.matchAll(declarationAt(indent))) {
		const found = declarations.find(declaration => declaration.start === match.index);
		const body = text.slice(found.start, found.end);
		// A template literal over several lines (a line with an odd number of backticks): its `}` line may be inside it,
		// unless the text up to that line parses as this one declaration.
		found.plain = !body.split('\n').some(line => (line.split('`').length - 1) % 2 === 1) || isOneDeclaration(body);
	}
	// Overlapping extents mean a closing line was not the declaration's own: leave the scope alone.
	for (let index = 1; index < declarations.length; index++) if (declarations[index].start < declarations[index - 1].end) return undefined;
	return declarations;
}

/**
 * Which declarations of a scope may be called before their own line has run, and so stay
 * declarations: those named in what runs before that line (the scope's statements above it,
 * the declarations' bodies and the functions those statements only store left out), or in
 * the body of a declaration or a stored function so named, and so on.
 * Code that runs after the line (what follows it, other modules importing this one) finds the
 * `var` set. A name counts wherever it appears in code (a property's value, an arrow not yet
 * called, a function body that may never run): that only keeps more.
 */
function stayingDeclarations(text, declarations, sourceType) {
	const byName = new Map(declarations.map(declaration => [declaration.name, declaration]));
	const {namesIn, storedNames} = namesOf(text, storedFunctions(text, sourceType));
	const bodyNames = new Map(declarations.map(declaration => [declaration, namesIn(declaration.start, declaration.end)]));
	const reached = new Set();
	const reachedNames = new Set();
	const reach = names => {
		const pending = [...names];
		while (pending.length > 0) {
			const name = pending.pop();
			if (reachedNames.has(name)) continue;
			reachedNames.add(name);
			// The functions stored under the name may run from here on, and so may a declaration of that name.
			pending.push(...storedNames(name));
			const declaration = byName.get(name);
			if (!declaration) continue;
			reached.add(declaration);
			pending.push(...bodyNames.get(declaration));
		}
	};
	// A name declared twice in one scope (possible in a sloppy CommonJS body): the last one is hoisted over both.
	const stay = new Set(declarations.filter(declaration => declarations.some(other => other !== declaration && other.name === declaration.name)));
	let ranUpTo = 0;
	for (const declaration of declarations) {
		// What runs before this line: the statements between the previous declaration and this one.
		reach(namesIn(ranUpTo, declaration.start));
		ranUpTo = declaration.end;
		if (!declaration.plain || reached.has(declaration)) stay.add(declaration);
	}
	return stay;
}

/** One scope's text with its eligible declarations rewritten, and how many. */
function eagerScope(text, indent, sourceType) {
	const declarations = declarationsIn(text, indent);
	if (!declarations) return {text, count: 0};
	const stay = stayingDeclarations(text, declarations, sourceType);
	let out = text;
	let count = 0;
	for (const declaration of declarations.filter(each => !stay.has(each)).reverse()) {
		const closing = declaration.end - 2; // the `}` of `\n${indent}}\n`
		out = `${out.slice(0, declaration.start)}${indent}var ${declaration.name} = (${out.slice(declaration.start + indent.length, closing)}});${out.slice(closing + 1)}`;
		count++;
	}
	return {text: out, count};
}

/** A CommonJS body as eager-modules.mjs leaves it: `"path": (function(params) {` … `  })`. */
const commonJsBody = /^( {2}"[^"\n]+": \(function\([^)\n]*\) \{\n)([\s\S]*?)(\n {2}\}\)\n\}\);)$/gm;

/**
 * The text with the declarations at each module's top level (and in each CommonJS body)
 * written as parenthesised function expressions where that cannot change what runs, and how
 * many were.
 */
export function withEagerFunctions(text) {
	let count = 0;
	// The CommonJS bodies first, each a scope of its own; their lines are indented, so the top level's pass below skips them.
	const withBodies = text.replace(commonJsBody, (_whole, opening, body, closing) => {
		const eager = eagerScope(`${body}\n`, '    ', 'script');
		count += eager.count;
		return `${opening}${eager.text.slice(0, -1)}${closing}`;
	});
	const top = eagerScope(withBodies, '', 'module');
	return {text: top.text, count: count + top.count};
}
