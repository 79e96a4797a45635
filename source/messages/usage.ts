// The sentences of the help texts (en): `--help` and each command's `--help`, laid out by
// source/help.ts. Each flag is explained once here, for both. A module of its own: the tiny
// bin chunk answers a help request with it without loading the rest of the tool.
import {defaultBaseUrl} from '../deepseek/facts.js';
import {localized, type Messages} from './language.js';
import * as zhCN from './zh-CN/usage.js';

const usageMessagesEn = {
	title: (p: {version: string}) => `deepseek-fix ${p.version} — find out why DeepSeek API calls fail, and fix it`,
	/** The first line of a command's own --help: the command and what it does. */
	commandTitle: (p: {command: string; summary: string}) => `deepseek-fix ${p.command} — ${p.summary}`,
	headings: {usage: 'Usage', options: 'Options', environment: 'Environment', exitCodes: 'Exit codes', examples: 'Examples'},
	/** What each usage line does (both helps wrap it to their width). */
	forms: {
		wizard: 'the interactive wizard (a plain check when not in a terminal)',
		check: 'run every check, no questions asked',
		balance: 'show the balance; exit 1 when it is under AMOUNT',
		balanceWait: 'wait for a top-up: exit 0 once the balance can pay (and is not under AMOUNT), 1 when the time is up',
		report: 'write a redacted Markdown report for support',
		config: 'show, locate or reset remembered settings, or forget the remembered key alone',
	},
	/** Each flag, as both helps explain it (wrapped to their width). */
	flags: {
		'base-url': `API base URL (default: DEEPSEEK_BASE_URL, else ${defaultBaseUrl})`,
		'key-from': 'check the key an agent app sends, from its settings: claude-code, opencode, continue, aider or codex',
		timeout: 'deadline for each network request (default 10000)',
		probe: 'allow one paid 1-token call to reproduce a 402',
		model: "the model that call uses, as your app sends it (default: the one you last picked in the wizard, else DeepSeek's chat model or the DeepSeek model a relay lists)",
		json: 'print one JSON document',
		below: 'exit 1 when the balance is under AMOUNT, e.g. 5 or 2.50',
		wait: 'wait until the balance can pay again',
		'wait-max': 'how long --wait waits at most: 90s, 10m, 1h, or milliseconds (default 10m; --timeout stays the deadline of each request)',
		every: 'how often --wait looks at the free balance endpoint (default 5s)',
		out: 'write the report to FILE instead of printing it',
		path: 'print where the settings file is',
		reset: 'delete the settings file',
		'forget-key': 'forget the remembered key, keep the rest',
		lang: 'Simplified Chinese or English (default: DEEPSEEK_FIX_LANG, else the language remembered in the wizard, else the locale)',
		help: 'show this help',
		version: 'show the version',
	},
	/** After a flag in the global help: the commands that take it. */
	forCommands: (p: {commands: readonly string[]}) => ` (${p.commands.join(', ')})`,
	exits: {
		ok: 'no problem found',
		problem: 'a problem was found',
		couldNotRun: 'could not run as asked',
		cancelled: 'cancelled (Ctrl+C)',
		terminated: 'stopped by SIGTERM (kill, systemd, docker stop, timeout)',
		hungUp: 'stopped by SIGHUP (the terminal closed)',
		closed: 'the output was closed early',
	},
	exitSummary: (p: {ok: string; problem: string; couldNotRun: string; cancelled: string; closed: string}) =>
		`Exit codes: 0 ${p.ok}, 1 ${p.problem}, 2 ${p.couldNotRun},\n130 ${p.cancelled}, 143 or 129 stopped by SIGTERM or SIGHUP,\n141 ${p.closed}.`,
	/**
	 * Each command's own help: what it does, its exit codes (130 and 141 are added), what its
	 * examples do. Its first line says what its usage line says, or its `summary` when it has two.
	 */
	commands: {
		check: {
			about:
				"Runs every check at once, without asking anything: the key, the base URL, the network, the balance, DeepSeek's status page and more. Prints each result, the verdict and the steps that fix it; --json prints one JSON document instead, for scripts and CI. No call costs money unless you add --probe.",
			exits: {
				0: 'no problem found',
				1: 'a problem was found: the verdict names it',
				2: 'could not run as asked: bad arguments, an unusable base URL, or a settings file that can be neither read nor moved aside',
			},
			examples: {
				plain: 'every check; exit 1 when something is wrong',
				ci: 'CI: fail the job when the key or the account is broken, keep the JSON',
				probe: 'reproduce a 402 with one paid 1-token call, with the model your app sends',
			},
		},
		balance: {
			summary: 'show the balance, or wait for a top-up',
			about:
				"Reads the balance from DeepSeek's free balance endpoint (never a paid call) and prints it, with whether it can pay for calls; DeepSeek's reading is remembered for the spending trend. --below makes it an alarm for cron; --wait reads it again until a top-up has arrived, so that a job can start again once the balance can pay.",
			exits: {
				0: 'no problem found; with --below: the balance is not under AMOUNT; with --wait: the balance can pay',
				1: 'a problem was found; with --below: the balance is under AMOUNT, or could not be read; with --wait: --wait-max ran out first',
				2: 'could not run as asked; with --wait also when there is no DeepSeek balance to watch (no key, a refused key, or the calls go to another service)',
			},
			examples: {
				cron: 'cron, hourly: run your alert when the balance is under 5 or cannot be read',
				wait: 'after paying: wait up to 30 minutes for the money, then restart the job',
				json: 'the balance as one JSON document, for a script',
			},
		},
		report: {
			about:
				"Runs every check and writes a Markdown report for DeepSeek's support or a relay's administrator: the results, the verdict, your system and the trace ids of the answers. The key is never in it. It is printed, or written to the file --out names, which only you can read.",
			exits: {
				0: 'no problem found',
				1: 'a problem was found (the report is written all the same)',
				2: 'could not run as asked, or FILE could not be written (a symbolic link or a folder is refused)',
			},
			examples: {
				support: 'a report for support, with the trace id of one real (paid, 1-token) call',
				screen: 'read it on screen first',
			},
		},
		config: {
			about:
				'Shows what the wizard remembered (a remembered key only masked), where the settings file is (--path), deletes it (--reset), or forgets only the remembered key and keeps the rest, such as the balance history (--forget-key). It makes no network request; --json prints one JSON document instead.',
			exits: {
				0: 'done',
				2: 'could not run as asked: bad arguments, a settings file that cannot be read, --reset could not delete it, or --forget-key could not change it',
			},
			examples: {
				show: 'what is remembered',
				path: 'where the settings file is',
				forgetKey: 'forget the remembered key; the balance history and the other settings stay',
				reset: 'forget everything, a remembered key too',
			},
		},
	},
};

// The same sentences in Simplified Chinese: zh-CN/usage.ts, of the same type.
export type UsageMessages = Messages<typeof usageMessagesEn>;
export const usageMessages: UsageMessages = localized({en: usageMessagesEn, 'zh-CN': zhCN.usageMessages});
