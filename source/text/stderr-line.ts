// A sentence the tool writes on stderr (an error, a notice), as a terminal shows it: cleaned
// (cleanSentence: it may quote a path, a variable or a word of the line), then wrapped at spaces
// to the window's width, where the terminal itself would cut words in two. Into a pipe or a file
// it stays one line per sentence, as scripts and logs read it.
import {cleanSentence} from './safe.js';
import {wrapPlain} from './wrap.js';

type Stream = {isTTY?: boolean | undefined; columns?: number | undefined};

/**
 * `text`, cleaned, and its line end, wrapped to `stream`'s columns when it is a terminal, else to `width` when given
 * (COLUMNS into a pipe, as the report beside it). `key`: the key in use, masked in every form it may take.
 */
export function stderrLine(text: string, stream: Stream, options: {key?: string | undefined; width?: number | undefined} = {}): string {
	const clean = cleanSentence(text, options.key);
	const width = stream.isTTY === true && stream.columns !== undefined && stream.columns > 0 ? stream.columns : options.width;
	if (width === undefined) return `${clean}\n`;
	return `${wrapPlain(clean, {width}).join('\n')}\n`;
}
