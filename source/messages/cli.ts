// Command-line texts (en): usage, argument errors, command outcomes.
import {defaultBaseUrl} from '../deepseek/facts.js';

export const usage = (version: string) => `deepseek-fix ${version} — find out why DeepSeek API calls fail, and fix it

Usage
  deepseek-fix                     the interactive wizard (a plain check when not in a terminal)
  deepseek-fix check [--json] [--probe [--model NAME]]
                                   run every check, no questions asked
  deepseek-fix balance [--json] [--below AMOUNT]
                                   show the balance; exit 1 when it is under AMOUNT
  deepseek-fix report [--out FILE] [--probe [--model NAME]]
                                   write a redacted Markdown report for support
  deepseek-fix config [--path | --reset] [--json]
                                   show, locate or reset remembered settings

Options
  --base-url URL   API base URL (default ${defaultBaseUrl}, or DEEPSEEK_BASE_URL)
  --timeout MS     deadline for each network request (default 10000)
  --probe          allow one paid 1-token call to reproduce a 402 (check, report)
  --model NAME     the model that call uses, as your app sends it (default: DeepSeek's
                   chat model, or the DeepSeek model a relay lists)
  --json           print one JSON document (check, balance, config)
  -h, --help       show this help
  -v, --version    show the version

Environment
  DEEPSEEK_API_KEY, DEEPSEEK_BASE_URL, DEEPSEEK_STATUS_URL, DEEPSEEK_FIX_CONFIG_DIR,
  HTTPS_PROXY / HTTP_PROXY / NO_PROXY, NO_COLOR / FORCE_COLOR

Exit codes: 0 no problem found, 1 a problem was found, 2 could not run as asked,
130 cancelled (Ctrl+C), 141 the output was closed early.
`;

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
