// Exact decimal arithmetic on amount strings (relays send floats, cents and raw quota):
// bigint units, never binary floating point, so 10 − 1000/100 is exactly 0.
// (Comparison is domain/decimal.ts's compareDecimal; this adds what relays need on top.)
import {compareDecimal} from '../../domain/decimal.js';

/** units × 10^-scale */
type Decimal = {units: bigint; scale: number};

const plainDecimal = /^[+-]?\d+(?:\.\d+)?$/;
const exponentForm = /^(-?)(\d+)(?:\.(\d+))?e([+-]?\d+)$/i;

/**
 * A JSON amount (number or numeric string) as a plain decimal string, or undefined.
 * A JSON number's shortest round-trip form (what `String()` gives) is the literal the
 * server wrote, so no precision is lost; exponent forms (1e-7) are written out.
 */
export function decimalFromJson(value: unknown): string | undefined {
	if (typeof value === 'number') return Number.isFinite(value) ? expandExponent(String(value)) : undefined;
	if (typeof value !== 'string') return undefined;
	const trimmed = value.trim();
	if (plainDecimal.test(trimmed)) return trimmed.replace(/^\+/, '');
	return exponentForm.test(trimmed) ? expandExponent(trimmed) : undefined;
}

function expandExponent(text: string): string {
	const match = exponentForm.exec(text);
	if (!match) return text;
	const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
	const digits = whole + fraction;
	const point = whole.length + Number(exponent);
	if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
	if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
	return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

function parse(text: string): Decimal {
	const [whole = '0', fraction = ''] = text.replace(/^\+/, '').split('.');
	return {units: BigInt(whole + fraction), scale: fraction.length};
}

/** Whole and fraction digits of a non-negative bigint at `scale`. */
function splitDigits(units: bigint, scale: number): {whole: string; fraction: string} {
	const digits = units.toString().padStart(scale + 1, '0');
	return {whole: digits.slice(0, digits.length - scale), fraction: digits.slice(digits.length - scale)};
}

function render({units, scale}: Decimal): string {
	const negative = units < 0n;
	const {whole, fraction} = splitDigits(negative ? -units : units, scale);
	const body = scale > 0 ? `${whole}.${fraction}` : whole;
	return negative ? `-${body}` : body;
}

function rescale(value: Decimal, scale: number): bigint {
	return scale >= value.scale ? value.units * 10n ** BigInt(scale - value.scale) : value.units / 10n ** BigInt(value.scale - scale);
}

/** a − b, exactly. */
export function subtractDecimal(a: string, b: string): string {
	const left = parse(a);
	const right = parse(b);
	const scale = Math.max(left.scale, right.scale);
	return render({units: rescale(left, scale) - rescale(right, scale), scale});
}

/** value / 10^places, exactly (cents → units is `places` 2). */
export function shiftDecimal(value: string, places: number): string {
	const parsed = parse(value);
	return render({units: parsed.units, scale: parsed.scale + places});
}

/** a / b to `scale` decimals, truncated toward zero; undefined when b is zero. */
export function divideDecimal(a: string, b: string, scale = 6): string | undefined {
	const left = parse(a);
	const right = parse(b);
	if (right.units === 0n) return undefined;
	// a/b = (La·10^-sa)/(Lb·10^-sb); multiply by 10^scale and keep integer units.
	const numerator = left.units * 10n ** BigInt(scale + right.scale);
	const denominator = right.units * 10n ** BigInt(left.scale);
	return render({units: numerator / denominator, scale});
}

/** -1, 0 or 1. */
export function signOfDecimal(value: string): -1 | 0 | 1 {
	return compareDecimal(value, '0');
}

/** Equal as numbers (`10` and `10.00`). */
export function sameDecimal(a: string, b: string): boolean {
	return compareDecimal(a, b) === 0;
}

/**
 * For display: at least 2 decimals, at most 4, cut (not rounded) so that a balance is
 * never shown as more than it is. `-0.0001` cut to `0.00` loses its sign.
 */
export function formatAmount(value: string, minDecimals = 2, maxDecimals = 4): string {
	const parsed = parse(value);
	let scale = Math.min(Math.max(parsed.scale, minDecimals), maxDecimals);
	let units = rescale(parsed, scale);
	while (scale > minDecimals && units % 10n === 0n) {
		units /= 10n;
		scale--;
	}
	return render({units, scale});
}
