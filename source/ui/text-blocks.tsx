// Text blocks of the wizard's screens: wrapped paragraphs, a leaf's title, and the fixes
// with their links (clickable where the terminal supports it, the plain URL otherwise).

import {Box, Text, type TextProps} from 'ink';
import Link from 'ink-link';
import {wizardText} from '../messages/wizard.js';
import {glyphs} from '../text/glyphs.js';
import type {LeafTone} from '../tree/types.js';
import type {Fix} from '../verdict.js';
import {clampLines, wrapLines} from './layout.js';
import {fixUrlLine, leafIndents, showsUrl} from './leaf-layout.js';

export const leafTones: Record<LeafTone, {icon: string; color: string}> = {
	good: {icon: glyphs.tick, color: 'green'},
	bad: {icon: glyphs.cross, color: 'red'},
	warn: {icon: glyphs.warning, color: 'yellow'},
	info: {icon: glyphs.info, color: 'cyan'},
};

/**
 * `text` wrapped to `width` by words, the first line starting with `indent`, later ones
 * with `hanging` (default: the same); at most `rows` lines (cut with "…").
 */
export function Wrapped({text, width, indent = '', hanging = indent, rows, ...style}: {text: string; width: number; indent?: string; hanging?: string; rows?: number} & Omit<TextProps, 'children'>) {
	const lines = wrapLines(text, width, indent, hanging);
	return <Text {...style}>{(rows === undefined ? lines : clampLines(lines, rows)).join('\n')}</Text>;
}

/** What the wizard's input refused, under the field: in red, after a cross. */
export const inputErrorLine = (message: string): string => `${glyphs.cross} ${message}`;

export function LeafTitle({tone, title, width, rows}: {tone: LeafTone; title: string; width: number; rows?: number}) {
	const {icon, color} = leafTones[tone];
	const lines = wrapLines(`${icon} ${title}`, width, '', '  ');
	return <Text bold color={color}>{(rows === undefined ? lines : clampLines(lines, rows)).join('\n')}</Text>;
}

export function FixHeading() {
	return <Text bold>{wizardText.ui.fixHeading}</Text>;
}

/** A fix and its link; `titleRows` cuts the title (with "…"), never the link; `noLink`: the link left out (an action opens it). */
export function FixLine({fix, width, titleRows, noLink = false}: {fix: Fix; width: number; titleRows?: number | undefined; noLink?: boolean | undefined}) {
	const lines = wrapLines(fix.title, width, leafIndents.fixFirst, leafIndents.fixRest);
	return (
		<Box flexDirection="column">
			<Text>{(titleRows === undefined ? lines : clampLines(lines, titleRows)).join('\n')}</Text>
			{showsUrl(fix) && !noLink ? (
				<FixUrl url={fix.url} width={width} />
			) : null}
		</Box>
	);
}

/** The link on a row of its own, whole (see fixUrlLine); the indent outside the link. */
function FixUrl({url, width}: {url: string; width: number}) {
	const line = fixUrlLine(url, width);
	const shown = line.trimStart();
	return (
		<Box paddingLeft={line.length - shown.length}>
			<Link url={url} fallback={false}>
				<Text color="blue">{shown}</Text>
			</Link>
		</Box>
	);
}
