// The path so far, on the top line; when it is wider than the terminal the oldest steps
// give way to "…", the start and the latest steps stay.

import {Text} from 'ink';
import {wizardText} from '../messages/wizard.js';
import {displayWidth} from '../text/width.js';

/** Pure: the breadcrumb line for `crumbs` in at most `width` columns. */
export function breadcrumbLine(crumbs: readonly string[], width: number): string {
	const {breadcrumbSeparator: separator, breadcrumbEllipsis: ellipsis} = wizardText.ui;
	const full = crumbs.join(separator);
	if (displayWidth(full) <= width || crumbs.length <= 2) return full;
	const [first = '', ...rest] = crumbs;
	// Keep as many of the latest crumbs as fit after "Start › … › ".
	for (let keep = rest.length - 1; keep >= 1; keep--) {
		const line = [first, ellipsis, ...rest.slice(-keep)].join(separator);
		if (displayWidth(line) <= width) return line;
	}
	return [ellipsis, rest.at(-1) ?? ''].join(separator);
}

export function Breadcrumb({crumbs, width}: {crumbs: readonly string[]; width: number}) {
	return (
		<Text color="cyan" wrap="truncate-start">
			{breadcrumbLine(crumbs, width)}
		</Text>
	);
}
