// Exact comparison of decimal amounts as strings (balances, thresholds): no float rounding.

const decimalPattern = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** `47.44`, `-0.5`, `.5`, `5.`, `+3`: what compareDecimal accepts (no exponents). */
export function isDecimalString(text: string): boolean {
	return decimalPattern.test(text.trim());
}

type Decimal = {negative: boolean; integer: string; fraction: string};

function toDecimal(text: string): Decimal {
	const trimmed = text.trim();
	if (!decimalPattern.test(trimmed)) throw new RangeError(`Not a decimal amount: ${JSON.stringify(text)}`);
	const negative = trimmed.startsWith('-');
	const [integerPart = '', fractionPart = ''] = trimmed.replace(/^[+-]/, '').split('.');
	const integer = integerPart.replace(/^0+/, '');
	const fraction = fractionPart.replace(/0+$/, '');
	// -0.00 is zero, not below it.
	return {negative: negative && (integer !== '' || fraction !== ''), integer, fraction};
}

function compareMagnitude(a: Decimal, b: Decimal): -1 | 0 | 1 {
	if (a.integer.length !== b.integer.length) return a.integer.length < b.integer.length ? -1 : 1;
	if (a.integer !== b.integer) return a.integer < b.integer ? -1 : 1;
	const width = Math.max(a.fraction.length, b.fraction.length);
	const fa = a.fraction.padEnd(width, '0');
	const fb = b.fraction.padEnd(width, '0');
	return fa === fb ? 0 : fa < fb ? -1 : 1;
}

/**
 * Exact comparison of decimal strings (`"0.10"` vs `"0.1"` is 0; no float rounding).
 * Throws RangeError for text that is not a decimal: validate user input with isDecimalString first.
 */
export function compareDecimal(a: string, b: string): -1 | 0 | 1 {
	const da = toDecimal(a);
	const db = toDecimal(b);
	if (da.negative !== db.negative) return da.negative ? -1 : 1;
	const magnitude = compareMagnitude(da, db);
	return da.negative ? ((-magnitude || 0) as -1 | 0 | 1) : magnitude;
}

export function isZeroAmount(amount: string): boolean {
	return compareDecimal(amount, '0') === 0;
}

/** How many decimals `text` is written with (`47.44`: 2, `5`: 0). */
function places(text: string): number {
	return text.trim().split('.')[1]?.length ?? 0;
}

/** `a − b`, exactly, written with as many decimals as the more precise of the two (`47.44 − 0.35` is `47.09`, `50 − 0.5` is `49.5`). */
export function subtractDecimal(a: string, b: string): string {
	const width = Math.max(places(a), places(b));
	const scaled = (text: string) => {
		const {negative, integer, fraction} = toDecimal(text);
		const magnitude = BigInt(`${integer || '0'}${fraction.padEnd(width, '0')}`);
		return negative ? -magnitude : magnitude;
	};
	const difference = scaled(a) - scaled(b);
	const digits = (difference < 0n ? -difference : difference).toString().padStart(width + 1, '0');
	const sign = difference < 0n ? '-' : '';
	return width === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -width)}.${digits.slice(-width)}`;
}
