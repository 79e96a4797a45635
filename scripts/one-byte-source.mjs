// After the build: the characters above U+00FF that esbuild leaves as written (it escapes them in
// strings, not in regular-expression literals nor in template literals) written as `\uXXXX`, so
// that each built file is Latin-1 throughout and V8 holds its source as a one-byte string: half
// the memory in the young generation, and a cheaper decode, for every file `check` loads.
//
// The escape means the same thing where it is made: in a regular expression `\uXXXX` (with or
// without the `u` flag; a pair of escaped surrogates is one code point under `u`) matches the
// character itself, and so does in a template literal's cooked text. A character written after a
// backslash (`\。`, an identity escape, possible only without `u`) loses that backslash. A template
// given to a tag other than `String.raw` would see the escape in its raw text: the build stops on
// one. `String.raw` text here is the source of a regular expression, where the escape means the
// character again. Comments (an unminified build keeps them) are escaped too. Anything above
// U+00FF elsewhere (a string esbuild did not escape, a name) stops the build (`assertOneByte`).
import {tokenizer} from 'acorn';

const aboveLatin1 = /[^\u0000-\u00ff]/;
const hex = unit => `\\u${unit.toString(16).toUpperCase().padStart(4, '0')}`;

/** The text of a regular expression or a template's text part with each code unit above 0xFF escaped. */
export function escapedPart(text) {
	let out = '';
	for (let index = 0; index < text.length; index++) {
		const unit = text.charCodeAt(index);
		if (unit === 0x5c && index + 1 < text.length) {
			const next = text.charCodeAt(index + 1);
			out += next > 0xff ? hex(next) : text.slice(index, index + 2);
			index++;
		} else out += unit > 0xff ? hex(unit) : text[index];
	}
	return out;
}

/** Words after which a template starts an expression: no tag. */
const expressionKeywords = new Set(['return', 'typeof', 'void', 'delete', 'throw', 'case', 'in', 'of', 'instanceof', 'yield', 'await', 'else', 'do', 'new']);

/** The tag in front of a template that opens at `start`, as written (`String.raw`), or '' for none. */
function tagBefore(text, start) {
	const before = text.slice(Math.max(0, start - 200), start).trimEnd();
	const tag = /(?:[\w$.]+|[)\]])$/.exec(before)?.[0] ?? '';
	return expressionKeywords.has(tag) ? '' : tag;
}

/** `text` (a built ES module) with its regular expressions' and templates' characters above 0xFF escaped, and how many. */
export function withOneByteSource(text) {
	if (!aboveLatin1.test(text)) return {text, count: 0};
	const edits = [];
	// What encloses the current token: a template's text, a `${…}` inside one, or a plain brace.
	const stack = [];
	// Comments (an unminified build keeps them): escaped the same, their meaning is nobody's.
	const onComment = (_block, comment, start, end) => {
		if (aboveLatin1.test(comment)) edits.push({start, end, text: escapedPart(text.slice(start, end))});
	};
	for (const token of tokenizer(text, {ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true, allowAwaitOutsideFunction: true, onComment})) {
		const label = token.type.label;
		if (label === '`') {
			if (stack.at(-1)?.kind === 'template') stack.pop();
			else stack.push({kind: 'template', tag: tagBefore(text, token.start)});
		} else if (label === '${') stack.push({kind: 'expression'});
		else if (label === '{') stack.push({kind: 'brace'});
		else if (label === '}') stack.pop();
		const part = text.slice(token.start, token.end);
		if ((label === 'regexp' || label === 'template') && aboveLatin1.test(part)) {
			const tag = label === 'template' ? stack.at(-1)?.tag : '';
			if (tag && tag !== 'String.raw') throw new Error(`a template given to ${tag} holds characters above U+00FF: escaping them would change its raw text (scripts/one-byte-source.mjs)`);
			edits.push({start: token.start, end: token.end, text: escapedPart(part)});
		}
	}
	let out = text;
	for (const edit of edits.sort((a, b) => b.start - a.start)) out = `${out.slice(0, edit.start)}${edit.text}${out.slice(edit.end)}`;
	return {text: out, count: edits.length};
}

/** Throws if `text` (the built file `file`) still holds a character above U+00FF. */
export function assertOneByte(file, text) {
	const found = aboveLatin1.exec(text);
	if (found) throw new Error(`${file}: "${found[0]}" at ${found.index} (…${text.slice(Math.max(0, found.index - 40), found.index + 10)}…) is above U+00FF, so V8 would hold the file as a two-byte string (scripts/one-byte-source.mjs)`);
}
