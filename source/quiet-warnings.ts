// Warnings Node or undici would print on stderr about something this tool has already
// decided and says in its own words: noise above the report (and inside `check --json 2>&1`),
// or, in the wizard, lines written over its screen. Every other warning still shows.

const quieted: string[] = [];

/** From now on, a process warning whose message starts with `prefix` is not printed. */
export function quietWarning(prefix: string): void {
	if (quieted.includes(prefix)) return;
	if (quieted.length === 0) {
		const emit = process.emitWarning.bind(process);
		process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
			const message = String(warning instanceof Error ? warning.message : warning);
			if (quieted.some(start => message.startsWith(start))) return;
			(emit as (...args: unknown[]) => void)(warning, ...rest);
		}) as typeof process.emitWarning;
	}
	quieted.push(prefix);
}
