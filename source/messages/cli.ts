// Command-line texts (en): argument errors, command outcomes. The usage text is in usage.ts.
import {amountText} from '../text/amount.js';
import {joined} from '../text/clause.js';
import {placeEn} from '../text/dotenv-place.js';
import {agentAppNames, type AgentApp} from '../deepseek/facts.js';
import {localized, type Messages} from './language.js';
import * as zhCN from './zh-CN/cli.js';

const cliMessagesEn = {
	/** `command`: the command the line names, whose own help the sentence points to. */
	badArguments: (p: {problem: string; command: string | undefined}) =>
		`deepseek-fix: ${p.problem}. For usage, run deepseek-fix ${p.command === undefined ? '' : `${p.command} `}--help`,
	unknownOption: (option: string) => `unknown option "${option}"`,
	unknownOptionNearest: (p: {option: string; nearest: string}) => `unknown option "${p.option}" (did you mean ${p.nearest}?)`,
	optionNeedsValue: (option: string) => `${option} needs a value`,
	optionTakesNoValue: (option: string) => `${option} takes no value`,
	/** The line refused for a reason none of the sentences above names (a later Node's parser may refuse more). */
	unreadableLine: 'the command line could not be read: check each option and its value',
	badLanguage: (value: string) => `--lang needs zh-CN (Simplified Chinese) or en (English), or another zh or en tag such as zh-Hans or en-US (a locale only in UTF-8, such as zh_CN.UTF-8), not "${value}"`,
	unknownCommand: (name: string) => `unknown command "${name}" (commands: check, balance, report, config)`,
	unknownCommandNearest: (p: {name: string; nearest: string}) => `unknown command "${p.name}": did you mean ${p.nearest}? (commands: check, balance, report, config)`,
	tooManyCommands: (extra: string) => `unexpected argument "${extra}"`,
	/** A flag or command with a dash that is not "-" (`character`: "–"), as a word processor or a chat app writes it; `meant`: as it must be typed. */
	pastedDash: (p: {argument: string; character: string; meant: string}) =>
		`"${p.argument}" starts with "${p.character}", a dash the command line does not read as "-" (word processors and chat apps turn -- into it): type ${p.meant}`,
	/** A flag or command with a character that does not show (`character`: U+200B), from a copy or an input method (U+3000). */
	pastedInvisible: (p: {argument: string; character: string; meant: string}) =>
		`"${p.argument}" holds a character that does not show (${p.character}), from a copy or an input method: type ${p.meant}`,
	/** A flag or command in full-width characters (`character`: the first, "ｊ"), as an input method types them. */
	pastedFullWidth: (p: {argument: string; character: string; meant: string}) =>
		`"${p.argument}" is written in full-width characters ("${p.character}"), as a Chinese input method types them: type ${p.meant}`,
	flagNotFor: (flag: string, command: string) => `--${flag} does not apply to "${command}"`,
	badTimeout: (value: string) => `--timeout needs a whole number of milliseconds between 100 and 600000, not "${value}"`,
	/** --timeout given a span ("30s"), which it does not take: `ms`, that span in milliseconds. */
	timeoutInMilliseconds: (p: {value: string; ms: number}) => `--timeout takes milliseconds, not a span such as "${p.value}": write --timeout ${p.ms}`,
	badBelow: (value: string) => `--below needs an amount such as 5 or 2.50, not "${value}"`,
	/** config's three ways of acting on the settings file: one at a time. */
	configFlagsTogether: '--path, --reset and --forget-key cannot be used together: use one of them',
	emptyOut: '--out needs a file name (or - to print the report), not ""',
	badModel: (value: string) => `--model needs a model name such as deepseek-v4-flash (one word, no spaces), not "${value}"`,
	/** --key-from names no agent app the tool reads (`names`: those it does, as the flag takes them). */
	badKeyFrom: (p: {value: string; names: readonly string[]}) => `--key-from needs one of ${p.names.join(', ')}, not "${p.value}"`,
	/** The same, where the value is a short or differently written form of one (`claude`, `Claude Code`): that one. */
	badKeyFromNearest: (p: {value: string; names: readonly string[]; nearest: string}) => `--key-from needs one of ${p.names.join(', ')}, not "${p.value}" (did you mean ${p.nearest}?)`,
	/** --key-from without a command: the wizard asks which key in its key question. */
	keyFromNeedsCommand: '--key-from goes with check, balance or report; the wizard asks which key to check (the key in each app\'s settings is offered there)',
	/** --key-from names an agent app whose settings give it no DeepSeek-shaped key. */
	/** `ignoredFile`: a project's config that sets a DeepSeek provider the app ignores (Codex's `.codex/config.toml`). */
	noKeyInApp: (p: {app: AgentApp; file: string; ignoredFile?: string | undefined}) =>
		`${agentAppNames[p.app]}'s settings hold no DeepSeek key (sk- and 32 hex characters) to check: none in ${p.file} or its other settings files${
			p.ignoredFile === undefined ? '' : ` (it ignores the DeepSeek provider in ${p.ignoredFile}: a project's config may not set model_provider or model_providers)`}`,
	modelNeedsProbe: '--model names the model of the paid test call: add --probe to make that call',
	/** `reason` is a sentence of its own; `source`: where the base URL came from, so the user knows what to change. */
	/** `file`: the dotenv file a `dotenv` base URL came from. */
	badBaseUrl: (p: {reason: string; source: 'flag' | 'env' | 'dotenv' | 'remembered' | 'default'; file?: string}) =>
		`deepseek-fix: the base URL ${{flag: 'given with --base-url', env: 'in DEEPSEEK_BASE_URL', dotenv: `in DEEPSEEK_BASE_URL in ${placeEn(p.file ?? '.env')}`, remembered: 'remembered in the settings (deepseek-fix config --reset forgets it)', default: 'by default'}[p.source]} cannot be used. ${p.reason}`,
	cancelled: 'Cancelled.',
	/** Stopped from outside by SIGTERM or SIGHUP (Ctrl+C says `cancelled`). */
	stopped: (signal: string) => `Stopped (${signal}).`,
	settingsUnusable: 'deepseek-fix stopped: it does not run without the settings that file may hold (a remembered base URL, key or language).',
	/** The shell's current folder was deleted or moved away under it. */
	folderGone: 'deepseek-fix: the folder you are in no longer exists (it was deleted or moved away): cd into an existing folder, then run it again.',
	below: (total: string, currency: string, threshold: string) => `Balance ${amountText(total, currency)} is below ${amountText(threshold, currency)}.`,
	notBelow: (total: string, currency: string, threshold: string) => `Balance ${amountText(total, currency)} is not below ${amountText(threshold, currency)}.`,
	/**
	 * `balance --below` when no balance could be read. In text the balance above already says it could not be read, why
	 * and what to do, so the line says only what that means for the threshold; with `--json` it is alone on stderr
	 * (`json`), so it says the whole and where the reason is.
	 */
	balanceUnreadable: (p: {threshold: string; json: boolean}) =>
		p.json
			? `The balance could not be read, so it was not compared with --below ${p.threshold} (exit code 1); the JSON's summary says why and its fixes what to do.`
			: `With no balance to compare, --below ${p.threshold} exits 1, as for a balance under it.`,
	reportWritten: (file: string) => `Report written to ${file} (no API key in it).`,
	/**
	 * After `report` printed on a terminal (wrapped for reading there): how to get it as a file, to attach to a ticket.
	 * `withFlags`: the command had flags of its own (`--probe`, `--base-url`…), which the file's run must keep.
	 */
	reportAsFile: (p: {withFlags: boolean}) =>
		p.withFlags
			? 'To attach the report as a file, run the same command with --out deepseek-report.md added.'
			: 'To attach the report as a file: deepseek-fix report --out deepseek-report.md',
	/** `report --out` not written, and why; the checks' report is not lost: it can be printed. */
	reportFailed: (file: string, reason: string) =>
		`deepseek-fix: could not write ${file}: ${reason}. Nothing is lost: deepseek-fix report without --out (or with --out -) prints the report.`,
	/** Why a file could not be written (private-file.ts's refusal): the system's error code kept in brackets, for searching. */
	writeRefusal: (p: {why: 'symlink' | 'folder' | 'not_a_file' | 'no_new_files' | 'failed'; code: string}) =>
		({
			symlink: 'it is a symbolic link, and the report is not written through links: give the path of a real file',
			folder: `it is a folder (${p.code}): give the path of a file in it`,
			not_a_file: `it is not a regular file but a device or a pipe (${p.code}): give the path of a file`,
			no_new_files: `its folder exists but the system makes no new files there (${p.code}; a system folder such as /proc): choose another folder`,
			failed:
				{
					ENOENT: `its folder does not exist (${p.code}): give a path in an existing folder`,
					ENOTDIR: `a part of the path is not a folder (${p.code})`,
					EACCES: `permission denied (${p.code}): choose a folder you can write to`,
					EPERM: `permission denied (${p.code}): choose a folder you can write to`,
					EROFS: `the file system is read-only (${p.code}): choose another folder`,
					ENOSPC: `the disk is full (${p.code}): free some space, or choose another disk`,
					EDQUOT: `your disk quota is used up (${p.code}): free some space, or choose another disk`,
					EISDIR: `it is a folder (${p.code}): give the path of a file in it`,
				}[p.code] ?? `the system refused (${p.code})`,
		})[p.why],
	badDuration: (p: {flag: string; value: string; min: string; max: string}) =>
		`--${p.flag} needs a span of time between ${p.min} and ${p.max} such as 90s, 10m or 500ms (a bare number is milliseconds), not "${p.value}"`,
	waitOnly: (p: {flag: string}) => `--${p.flag} says how to wait: add --wait`,
	/** The status line while waiting: what matters first, as a narrow terminal cuts the end. */
	waitStatus: (p: {total: string; currency: string; next: string; waited: string; max: string}) =>
		`${amountText(p.total, p.currency)} · next look in ${p.next} · waited ${p.waited} of ${p.max} for a top-up · Ctrl+C stops`,
	/** waitStatus where a narrow terminal has no room for it whole (40 columns): the balance, the next look, the wait so far. */
	waitStatusShort: (p: {total: string; currency: string; next: string; waited: string}) => `${amountText(p.total, p.currency)} · next in ${p.next} · waited ${p.waited}`,
	/** Where even that does not fit: the balance and the next look. */
	waitStatusShortest: (p: {total: string; currency: string; next: string}) => `${amountText(p.total, p.currency)} · next look in ${p.next}`,
	waitStatusUnread: (p: {problem: string; next: string; waited: string; max: string}) =>
		`Next look in ${p.next} · waited ${p.waited} of ${p.max} for a top-up · ${joined('the last look failed', p.problem)}`,
	waitArrived: (p: {total: string; currency: string; waited: string}) => `The balance can pay for calls again: ${amountText(p.total, p.currency)} (after ${p.waited}).`,
	waitNotNeeded: (p: {total: string; currency: string}) => `The balance can already pay for calls: ${amountText(p.total, p.currency)}. Nothing to wait for.`,
	waitNotNeededBelow: (p: {total: string; currency: string; below: string}) => `The balance is not under ${amountText(p.below, p.currency)}: ${amountText(p.total, p.currency)}. Nothing to wait for.`,
	/** After the report, whose fixes already say where to look (the top-up and transactions pages): only what is left to say. */
	waitTimedOut: (p: {total: string; currency: string; waited: string}) =>
		`Stopped waiting after ${p.waited}: the balance is still ${amountText(p.total, p.currency)}. To wait longer, use --wait-max.`,
	waitTimedOutBelow: (p: {total: string; currency: string; below: string; waited: string}) =>
		`Stopped waiting after ${p.waited}: the balance is ${amountText(p.total, p.currency)}, still under ${amountText(p.below, p.currency)}.`,
	waitTimedOutUnread: (p: {waited: string}) => `Stopped waiting after ${p.waited}: the balance could not be read (see above).`,
	waitNothingToWatch: (p: {problem: string}) =>
		`deepseek-fix: --wait watches a DeepSeek balance, and there is none to watch here. ${p.problem}`,
	/** On a terminal's stderr while the checks run (erased before the report): a wait with nothing on screen looks like a hang. */
	checking: (p: {baseUrl: string; timeout: string}) => `Checking ${p.baseUrl}… (up to ${p.timeout} per request; Ctrl+C stops)`,
	notInteractive: 'Not a terminal: running the plain check instead of the wizard.',
	/** notInteractive, in Git Bash's own window on Windows (text/mintty.ts); right also for a pipe out of it, which looks the same. */
	notInteractiveMintty:
		"Not a terminal: running the plain check instead of the wizard. In Git Bash's own window (mintty) Windows programs get no terminal: for the wizard, run winpty npx.cmd deepseek-fix, open Git Bash in Windows Terminal, or use PowerShell.",
	dumbTerminal: 'This terminal (TERM=dumb) cannot redraw the wizard: running the plain check instead. For the wizard, run it in a full terminal.',
};

// Every table above in each language; the Simplified Chinese ones are in zh-CN/cli.ts, of the same types.
export type CliMessages = Messages<typeof cliMessagesEn>;
export const cliMessages: CliMessages = localized({en: cliMessagesEn, 'zh-CN': zhCN.cliMessages});
