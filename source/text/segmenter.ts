// A grapheme segmenter that answers the text the tool draws without ICU, and creates
// Intl.Segmenter only for text that needs it.
//
// The first Intl.Segmenter a process creates costs ~13 ms here: ICU loads its data for
// locale-aware services then (the first NumberFormat or DateTimeFormat would pay it instead;
// the tool makes neither). ink, string-width and ansi-tokenize each create one when their
// module loads, so the wizard paid it before its first frame, for lines holding nothing
// but ASCII, "❯", "…", "·" and Chinese. In text made only of the characters below, every
// UTF-16 unit is a grapheme of its own, so they are answered here; any other text goes to a
// real Intl.Segmenter, created at that moment. The build gives bundled packages this class
// for `Intl.Segmenter` (scripts/build.mjs); test/unit/segmenter.test.ts checks each
// character below against ICU's own segmentation.

/**
 * Characters that are always a grapheme of their own, whatever is next to them: printable
 * and control ASCII (not CR, which joins a following LF), Latin-1, general punctuation,
 * arrows, maths, box drawing, shapes, symbols, dingbats and Braille (the spinner), CJK punctuation, kana
 * (without the two combining sound marks), CJK ideographs, full-width forms (without the two
 * half-width sound marks, which join the character before them).
 * Control characters are in on purpose: the text ink cuts holds its escape sequences and newlines.
 */
// oxlint-disable-next-line no-control-regex
const ownGraphemes = /^[\0-\f\u000E-\u00FF\u2010-\u2027\u2030-\u205E\u2100-\u2BFF\u3000-\u3029\u3030-\u3098\u309B-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uFF01-\uFF9D\uFFE0-\uFFEE]*$/;

/**
 * Whether QuickSegmenter cuts `text` into one grapheme per UTF-16 unit. The build's string-width
 * (scripts/string-width-plugin.mjs) reads this name: such text is measured unit by unit.
 */
export function oneUnitGraphemes(text: string): boolean {
	return ownGraphemes.test(text);
}

/** The real one, read past the build's replacement of `Intl.Segmenter` with this module's class. */
const IcuSegmenter = globalThis.Intl.Segmenter;

type Segments = ReturnType<Intl.Segmenter['segment']>;

/** `input` cut into one-unit graphemes, as Intl.Segmenter's segments read. */
function unitSegments(input: string): Segments {
	const at = (index: number): Intl.SegmentData | undefined => index >= 0 && index < input.length ? {segment: input[index]!, index, input} : undefined;
	return {
		containing: (index = 0) => at(Math.trunc(Number(index)) || 0),
		* [Symbol.iterator](): Generator<Intl.SegmentData, undefined> {
			for (let index = 0; index < input.length; index++) yield at(index)!;
			return undefined;
		},
	};
}

/** Intl.Segmenter, except that text of `ownGraphemes` is cut without ICU (grapheme granularity only). */
export class QuickSegmenter {
	readonly #locales: ConstructorParameters<typeof Intl.Segmenter>[0];
	readonly #options: Intl.SegmenterOptions | undefined;
	#icu: Intl.Segmenter | undefined;

	constructor(locales?: ConstructorParameters<typeof Intl.Segmenter>[0], options?: Intl.SegmenterOptions) {
		this.#locales = locales;
		this.#options = options;
	}

	segment(input: string): Segments {
		const text = String(input);
		if ((this.#options?.granularity ?? 'grapheme') === 'grapheme' && oneUnitGraphemes(text)) return unitSegments(text);
		return this.#real().segment(text);
	}

	resolvedOptions(): Intl.ResolvedSegmenterOptions {
		return this.#real().resolvedOptions();
	}

	#real(): Intl.Segmenter {
		this.#icu ??= new IcuSegmenter(this.#locales, this.#options);
		return this.#icu;
	}

	static supportedLocalesOf(...parameters: Parameters<typeof Intl.Segmenter.supportedLocalesOf>): string[] {
		return IcuSegmenter.supportedLocalesOf(...parameters);
	}
}
