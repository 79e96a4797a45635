// Spans of time typed on the command line: `90s`, `10m`, `1h`, `500ms`, or a bare number
// of milliseconds (as --timeout takes them).

const units: Record<string, number> = {ms: 1, s: 1000, m: 60_000, min: 60_000, h: 3_600_000};

/** Milliseconds, or undefined when `text` is not a span (`10m`, `90s`, `1.5m`, `2500`). */
export function parseDuration(text: string): number | undefined {
	const match = /^(\d+(?:\.\d+)?)(ms|s|m|min|h)?$/i.exec(text.trim());
	if (!match) return undefined;
	const [, amount = '', unit = 'ms'] = match;
	const ms = Number(amount) * (units[unit.toLowerCase()] ?? Number.NaN);
	return Number.isFinite(ms) ? Math.round(ms) : undefined;
}
