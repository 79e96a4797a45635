// Command-line texts (en): argument errors, command outcomes. The usage text is in usage.ts.

export const cliMessages = {
	badArguments: (problem: string) => `deepseek-fix: ${problem}. Run \`deepseek-fix --help\` for usage.`,
	unknownCommand: (name: string) => `unknown command "${name}" (commands: check, balance, report, config)`,
	tooManyCommands: (extra: string) => `unexpected argument "${extra}"`,
	flagNotFor: (flag: string, command: string) => `--${flag} does not apply to "${command}"`,
	badTimeout: (value: string) => `--timeout needs a whole number of milliseconds between 100 and 600000, not "${value}"`,
	badBelow: (value: string) => `--below needs an amount such as 5 or 2.50, not "${value}"`,
	pathAndReset: '--path and --reset cannot be used together',
	badModel: (value: string) => `--model needs a model name such as deepseek-chat (one word, no spaces), not "${value}"`,
	modelNeedsProbe: '--model names the model of the paid test call: add --probe to make that call',
	badBaseUrl: (reason: string) => `deepseek-fix: the base URL cannot be used: ${reason}`,
	cancelled: 'Cancelled.',
	settingsUnusable: 'deepseek-fix: the settings file cannot be read or moved aside; fix its permissions or set DEEPSEEK_FIX_CONFIG_DIR.',
	below: (total: string, currency: string, threshold: string) => `Balance ${total} ${currency} is below ${threshold} ${currency}.`,
	notBelow: (total: string, currency: string, threshold: string) => `Balance ${total} ${currency} is not below ${threshold} ${currency}.`,
	balanceUnreadable: 'The balance could not be read, so it cannot be compared; see the problem above.',
	reportWritten: (file: string) => `Report written to ${file} (no API key in it).`,
	reportFailed: (file: string, reason: string) => `deepseek-fix: could not write ${file}: ${reason}`,
	reportSymlink: (file: string) =>
		`deepseek-fix: ${file} is a symbolic link, and the report is not written through links: give the path of a real file, or --out - to print it.`,
	reportNotAFile: (file: string) =>
		`deepseek-fix: ${file} is not a regular file (a folder, a device or a pipe): give the path of a file, or --out - to print it.`,
	notInteractive: 'Not a terminal: running the plain check instead of the wizard.',
	oldWizardUnavailable: 'The wizard could not start in this terminal; running the plain check instead.',
} as const;
