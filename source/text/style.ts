// Terminal styles as SGR escape sequences, for the plain commands' text (the wizard styles
// through ink instead, with the same colour names).

/** Colour names shared with ink's `<Text color>`, so the wizard can use the same tables. */
export type Colour = 'red' | 'green' | 'yellow' | 'cyan' | 'magenta' | 'gray';

export type Style = 'bold' | 'dim' | Colour;

/** Each style's SGR codes: the one that turns it on, the one that turns it off. */
const sgr: Record<Style, readonly [number, number]> = {
	bold: [1, 22],
	dim: [2, 22],
	gray: [90, 39],
	red: [31, 39],
	green: [32, 39],
	yellow: [33, 39],
	cyan: [36, 39],
	magenta: [35, 39],
};

/** `text` in `styles`; with `color` false (see text/colour.ts) the text as it is. */
export function paint(text: string, styles: readonly Style[], color: boolean): string {
	if (!color || styles.length === 0) return text;
	const open = styles.map(style => `\u001B[${sgr[style][0]}m`).join('');
	const close = styles.map(style => `\u001B[${sgr[style][1]}m`).reverse().join('');
	return `${open}${text}${close}`;
}
