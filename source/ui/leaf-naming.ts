// A result screen names the service in full at its first mention and by its short name after
// (providers/naming.ts): the title first, then the rows, the lines and the fixes, counting only
// what the window keeps.
import type {ProviderInfo} from '../providers/types.js';
import {namedInFull, namingFor} from '../providers/naming.js';
import type {LeafContent} from '../tree/types.js';
import type {CheckRowState} from './check-row-state.js';
import type {LeafLayout, LeafPart} from './leaf-layout.js';

export type NamedLeaf = {content: LeafContent; rows: CheckRowState[]};

/**
 * The leaf's texts named in the order they are read. `shown`: the parts a layout keeps; the others are
 * no mention and stay as `before` had them, so that the layout measures them the same.
 */
function named(content: LeafContent, rows: readonly CheckRowState[], provider: ProviderInfo | undefined, shown?: {parts: readonly LeafPart[]; before: NamedLeaf}): NamedLeaf {
	const name = namingFor(provider);
	// A row cut at the edge or to its gist may show none of the name: no mention to count on.
	const kept = (kind: 'check' | 'line' | 'fix', index: number) =>
		shown === undefined || shown.parts.some(part => part.kind === kind && part.index === index && !(part.kind === 'check' && (part.cut || part.brief !== undefined)));
	const title = name(content.title);
	const namedRows = rows.map((row, index) =>
		typeof row.state !== 'object' ? row : kept('check', index) ? {...row, state: {...row.state, summary: name(row.state.summary)}} : (shown?.before.rows[index] ?? row),
	);
	const lines = content.lines.map((line, index) => (kept('line', index) ? name(line) : (shown?.before.content.lines[index] ?? line)));
	const fixes = content.fixes.map((fix, index) => (kept('fix', index) ? {...fix, title: name(fix.title)} : (shown?.before.content.fixes[index] ?? fix)));
	return {content: {...content, title, lines, fixes}, rows: namedRows};
}

const textsOf = ({content, rows}: NamedLeaf): string[] => [content.title, ...rows.map(row => (typeof row.state === 'object' ? row.state.summary : '')), ...content.lines, ...content.fixes.map(fix => fix.title)];

/**
 * The leaf named over every text and laid out, then named again over the parts that layout keeps (a row or
 * line left out of a small window is no first mention) and laid out again where that changed a text.
 */
export function namedLayout(content: LeafContent, rows: readonly CheckRowState[], provider: ProviderInfo | undefined, layoutOf: (leaf: NamedLeaf) => LeafLayout): NamedLeaf & {layout: LeafLayout} {
	// A service named one way throughout (DeepSeek, one without a short or Chinese name): one layout, as the texts are.
	// A result screen is laid out on every render of the paint after the last answer: no naming passes where none renames.
	if (namingFor(provider) === namedInFull) {
		const leaf = {content, rows: [...rows]};
		return {...leaf, layout: layoutOf(leaf)};
	}
	const every = named(content, rows, provider);
	const first = layoutOf(every);
	const shown = named(content, rows, provider, {parts: first.parts, before: every});
	const before = textsOf(every);
	const same = textsOf(shown).every((text, index) => text === before[index]);
	return {...shown, layout: same ? first : layoutOf(shown)};
}
