// The command line cron and scripts run (`check --json`, `balance --json`) read without node:util's parseArgs:
// its first call in a process costs ~0.4 ms of CPU (Node compiles its code then), all of it before `check`'s first
// request. Only lines whose reading cannot differ: anything else goes to parseArgs.

type Options = Readonly<Record<string, {readonly type: 'boolean' | 'string'}>>;

/**
 * What strict parseArgs (positionals allowed) gives for a line of words and boolean `--flags` of `options` only:
 * each flag true, in the order written, in an object without a prototype as parseArgs makes it, and the words.
 * Undefined for any other word starting with '-' (a flag's value, `--flag=`, a short flag, `--`, `-`, a flag not
 * in `options`), which parseArgs then reads, and refuses where it must.
 */
export function plainLine(args: readonly string[], options: Options): {values: Record<string, true>; positionals: string[]} | undefined {
	const values: Record<string, true> = Object.create(null) as Record<string, true>;
	const positionals: string[] = [];
	for (const arg of args) {
		if (!arg.startsWith('-')) {
			positionals.push(arg);
			continue;
		}
		const name = arg.slice(2);
		if (!arg.startsWith('--') || !Object.hasOwn(options, name) || options[name]!.type !== 'boolean') return undefined;
		values[name] = true;
	}
	return {values, positionals};
}
