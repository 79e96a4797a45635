// Does the key look like a DeepSeek key? Only ever a warning: the format is observed, not
// documented (docs/deepseek-api.md, "Key shape"), so the server's answer (the auth check) has the last word.
import {checkMessages} from '../messages/checks.js';
import {keyEnvVar} from '../deepseek/facts.js';
import {projectEnvFileOf} from '../project-env.js';
import {quotedValuePattern} from '../text/quoted.js';
import {deepseekKeyLength, deepseekKeyPattern, maskKey, sanitize, unsendableAroundKey, unsendableKeyCharacters} from '../text/safe.js';
import type {Check, CheckOutcome} from './types.js';

/** Text people paste instead of a key, from docs and .env templates. */
const placeholderPattern = /x{4,}|your[-_ ]?(api[-_ ]?)?key|<.*>|\.\.\.|\*{3,}|changeme|placeholder|sk-(?:xxx|123)/i;

/** What a key that is not DeepSeek's most likely is, judged by its prefix. */
const foreignPrefixes: ReadonlyArray<[RegExp, string]> = [
	[/^sk-or-v1-/, 'OpenRouter'],
	[/^sk-ant-/, 'Anthropic'],
	[/^sk-proj-/, 'OpenAI'],
	[/^bce-v3\//, 'Baidu Qianfan'],
	[/^(?:ghp_|github_pat_)/, 'GitHub'],
	[/^AIza/, 'Google'],
	// A ModelScope access token: ms- and a UUID (docs/relays.md).
	[/^ms-[\da-f]{8}-[\da-f]{4}-/i, 'ModelScope'],
];

type KeyShape =
	| {kind: 'deepseek'}
	| {kind: 'whitespace'}
	| {kind: 'quoted'}
	| {kind: 'bearer'}
	/** A whole line of an .env file or a shell (`DEEPSEEK_API_KEY=sk-…`): `name` is the variable's, `prefix` the text before the key. */
	| {kind: 'assignment'; name: string; prefix: string}
	/**
	 * Characters no HTTP header can carry (zero-width spaces, no-break spaces, look-alikes), as `U+200B`. `around`: all
	 * of them are around the key (unsendableAroundKey), which this tool leaves out and the user's program cannot.
	 */
	| {kind: 'non_ascii'; characters: string[]; around?: true}
	| {kind: 'placeholder'}
	| {kind: 'foreign'; vendor: string}
	| {kind: 'unusual'};

/**
 * An sk- key (not another vendor's) of another length than DeepSeek's: most often cut short
 * or doubled when it was copied. From the key, or from the key-format check's details.
 */
export function isSkKeyOfWrongLength(p: {masked: string; length: number}): boolean {
	return p.masked.startsWith('sk-') && p.length !== deepseekKeyLength;
}

/**
 * A line that sets the key, in any shell people copy lines from: `NAME=sk-…` and `export
 * NAME="sk-…"` (an .env file, sh), PowerShell's `$env:NAME="sk-…"`, Nushell's `$env.NAME =
 * "sk-…"`, Command Prompt's `set NAME=sk-…`, fish's `set -gx NAME sk-…` and Windows' `setx NAME
 * "sk-…"`. Only an sk- key after it, so no other token with an = is taken for one.
 */
const assignmentPattern = /^(?:(?:export\s+|set\s+|\$env[:.])?([a-z_]\w*)\s*=\s*|(?:set(?:\s+--?[a-z]+)*|setx)\s+([a-z_]\w*)\s+)(?=["'`“‘＂]?sk-)/i;

/** Where such a line is written: an .env file (a bare `NAME=`), sh's export, PowerShell, Nushell, Command Prompt, fish, setx. */
export type AssignmentShell = 'env' | 'sh' | 'powershell' | 'nushell' | 'cmd' | 'fish' | 'setx';

/** The shell whose line starts with `prefix` (the text before the key, as keyAssignment gives it). */
export function assignmentShell(prefix: string): AssignmentShell {
	if (/^\$env:/i.test(prefix)) return 'powershell';
	if (/^\$env\./i.test(prefix)) return 'nushell';
	if (/^export\s/i.test(prefix)) return 'sh';
	if (/^setx\s/i.test(prefix)) return 'setx';
	// Command Prompt's is set NAME=…; fish's has no = (set -gx NAME sk-…).
	if (/^set\s/i.test(prefix)) return prefix.includes('=') ? 'cmd' : 'fish';
	return 'env';
}

/**
 * The start of such a line: the variable it sets, how long the part before the key is, and that part as it was
 * typed (`prefix`, its spaces made one, without the quote that may open the key: never any of the key).
 */
export function keyAssignment(text: string): {name: string; length: number; prefix: string} | undefined {
	const match = assignmentPattern.exec(text);
	const name = match?.[1] ?? match?.[2];
	return match && name ? {name, length: match[0].length, prefix: match[0].replaceAll(/\s+/gu, ' ').trimEnd()} : undefined;
}


/** "Bearer " before a key: the word the Authorization header puts there. */
export const bearerPattern = /^bearer\s+(?=\S)/i;

/**
 * Pure: classify a key's shape (exported for tests and the wizard). `fromDotenv`: the key was read from a dotenv file,
 * whose usual loaders (dotenv's trim(), python-dotenv's Unicode white space) take a no-break or full-width space around
 * the value as they take a space: there such characters are the plain white space a program's loader leaves out too.
 */
export function keyShape(key: string, fromDotenv = false): KeyShape {
	// Quotes and "Bearer " first, also with a line break around them (a Windows .env read
	// with $(…) gives "sk-…"\r): this tool leaves the spaces out, but sends what they hold.
	const trimmed = key.trim();
	// Around the key, what trim() takes that is not a plain space or line break: said first, as inside the key.
	const around = fromDotenv ? [] : unsendableAroundKey(key);
	if (around.length > 0) {
		const inside = unsendableKeyCharacters(key);
		return inside.length > 0 ? {kind: 'non_ascii', characters: [...new Set([...inside, ...around])].slice(0, 5)} : {kind: 'non_ascii', characters: around, around: true};
	}
	if (quotedValuePattern.test(trimmed)) return {kind: 'quoted'};
	// Tools add "Bearer " themselves.
	if (bearerPattern.test(trimmed)) return {kind: 'bearer'};
	// DEEPSEEK_API_KEY=$(cat .env): the line with its name, where only the key belongs.
	const assignment = keyAssignment(trimmed);
	if (assignment) return {kind: 'assignment', name: assignment.name, prefix: sanitize(assignment.prefix)};
	if (key !== trimmed) return {kind: 'whitespace'};
	if (deepseekKeyPattern.test(key)) return {kind: 'deepseek'};
	const characters = unsendableKeyCharacters(key);
	if (characters.length > 0) return {kind: 'non_ascii', characters};
	if (placeholderPattern.test(key)) return {kind: 'placeholder'};
	const foreign = foreignPrefixes.find(([pattern]) => pattern.test(key));
	if (foreign) return {kind: 'foreign', vendor: foreign[1]};
	return {kind: 'unusual'};
}

/**
 * Pure: the characters no request carries (by code point, as `non_ascii` lists them) are all full-width forms
 * (U+FF01–U+FF5E: ｓｋ－, ０), as an input method's full-width mode types them. The check and the wizard's result both ask.
 */
export function typedFullWidth(characters: readonly string[]): boolean {
	return characters.length > 0 && characters.every(character => /^U\+FF(?:0[1-9A-F]|[1-4][0-9A-F]|5[0-9A-E])$/u.test(character));
}

/** Pure: the key-format check's outcome for `key` (exported for tests); `fromDotenv` as keyShape's. */
export function judgeKeyFormat(key: string, fromDotenv = false): CheckOutcome {
	const shape = keyShape(key, fromDotenv);
	const details = {shape: shape.kind, masked: maskKey(key), length: key.length};
	switch (shape.kind) {
		case 'deepseek': {
			return {status: 'pass', summary: checkMessages.keyFormat.looksRight(maskKey(key)), details};
		}
		case 'foreign': {
			return {status: 'warn', summary: checkMessages.keyFormat.foreign(shape.vendor), details: {...details, vendor: shape.vendor}};
		}
		case 'assignment': {
			const line = checkMessages.keyFormat.wholeLine[assignmentShell(shape.prefix)];
			return {status: 'warn', summary: checkMessages.keyFormat.assignment({prefix: shape.prefix, line}), details: {...details, name: shape.name, prefix: shape.prefix}};
		}
		case 'non_ascii': {
			// A warning like every shape (the check's documented statuses); the diagnosis makes it the finding (diagnose/key.ts noKey).
			// All of them full-width forms (ｓｋ－, ０): an input method in full-width mode typed them, and it is what to switch.
			const summary = shape.around ? checkMessages.keyFormat.aroundKey(shape.characters)
				: typedFullWidth(shape.characters) ? checkMessages.keyFormat.fullWidth(shape.characters)
				: checkMessages.keyFormat.nonAscii(shape.characters);
			return {status: 'warn', summary, details: {...details, characters: shape.characters, ...(shape.around ? {around: true} : {})}};
		}
		default: {
			return {status: 'warn', summary: checkMessages.keyFormat[shape.kind], details};
		}
	}
}

export const keyFormat: Check = {
	id: 'key_format',
	get title() {
		return checkMessages.keyFormat.title;
	},
	needs: ['key_present'],
	async run(ctx) {
		const key = ctx.apiKey;
		if (!key) return {status: 'skip', summary: checkMessages.keyFormat.noKey, details: {}};
		const outcome = judgeKeyFormat(key, ctx.keySource === 'dotenv');
		// A key to mend in a dotenv file: the line to open it at (an invisible character is found nowhere else).
		const line = ctx.keySource === 'dotenv' ? ctx.projectEnv.keyLine : undefined;
		if (outcome.status !== 'warn' || line === undefined) return outcome;
		const file = projectEnvFileOf(ctx.projectEnv, keyEnvVar);
		return {...outcome, summary: checkMessages.keyFormat.setAt(outcome.summary, {file, line}), details: {...outcome.details, dotenvFile: file, dotenvLine: line}};
	},
};
