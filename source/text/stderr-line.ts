// A sentence the tool writes on stderr (an error, a notice), as a terminal shows it: wrapped at
// spaces to the window's width, where the terminal itself would cut words in two. Into a pipe
// or a file it stays one line per sentence, as scripts and logs read it.
import {wrapPlain} from './wrap.js';

type Stream = {isTTY?: boolean | undefined; columns?: number | undefined};

/** `text` and its line end, wrapped to `stream`'s columns when it is a terminal. */
export function stderrLine(text: string, stream: Stream): string {
	const width = stream.isTTY === true && stream.columns !== undefined && stream.columns > 0 ? stream.columns : undefined;
	if (width === undefined) return `${text}\n`;
	return `${text.split('\n').flatMap(line => wrapPlain(line, {width})).join('\n')}\n`;
}
