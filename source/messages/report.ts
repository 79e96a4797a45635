// Sentences and labels of the rendered reports (report.ts): `check` text, `balance` text,
// and the Markdown support report. Values passed in are already sanitised.
import {amountText} from '../text/amount.js';
import type {CheckStatus} from '../checks/types.js';
import {localized, type Messages} from './language.js';
import * as zhCN from './zh-CN/report.js';

/** Words for check statuses where a symbol is not enough (Markdown, screen readers). */
const statusWordsEn: Record<CheckStatus, string> = {
	pass: 'pass',
	warn: 'warning',
	fail: 'fail',
	skip: 'skipped',
	error: 'could not run',
};

const textReportMessagesEn = {
	header: (p: {tool: string; version: string; baseUrl: string}) => `${p.tool} ${p.version} · ${p.baseUrl}`,
	headerWithProvider: (p: {tool: string; version: string; baseUrl: string; provider: string}) =>
		`${p.tool} ${p.version} · ${p.baseUrl} (${p.provider})`,
	/**
	 * Between a check's title and its one-line result: a colon, as the wizard's rows have it. Results may
	 * start with a dash of their own ("HTTP 401 — a 1-token call…", "HTTP 503——…"), and two dashes in a
	 * row read as a typo.
	 */
	checkSeparator: ': ',
	/** A row's result where it is word for word the row's just above it (checks/same-as-above.ts); `check --json` keeps it whole. */
	sameAsAbove: 'Same as above.',
	/** A row whose redirect is the row's just above (same status, same host): the long URL once. */
	sameRedirect: (p: {status: number}) => `HTTP ${p.status} too: the same redirect as above (not followed).`,
	noChecks: 'No checks were run.',
	fixesHeading: 'What to do:',
	noFixes: 'Nothing to fix.',
	/** Under the verdict when the balance shows credit and the paid call was not allowed. */
	suggestProbe: (p: {command: string}) => `To see what a real call gets (one 1-token call, a fraction of a cent): ${p.command}`,
	/**
	 * The verdict line where the diagnosis is word for word a row above (a key found in an agent app's
	 * settings, a proxy's failure): the verdict in words (`verdict`) and the row's title, not the same long
	 * sentence twice, as verdictLeadAsRow says it. The JSON keeps the sentence as its summary.
	 */
	verdictAsRow: (p: {verdict: string; title: string}) => `${p.verdict.charAt(0).toUpperCase()}${p.verdict.slice(1)}: see the ${p.title} row above.`,
	/**
	 * The verdict line where the diagnosis is its opening words (`lead`: "The API could not be reached", diagnoseMessages.leads)
	 * and then a row's result word for word: those words and the row's title, not that result again.
	 */
	verdictLeadAsRow: (p: {lead: string; title: string}) => `${p.lead}: see the ${p.title} row above.`,
	/**
	 * The verdict line for a reached host that answered too slowly (diagnoseMessages.slowAnswer), under the row that
	 * timed out (`title`): that row says the wait and the --timeout; this adds how fast the connection was taken.
	 */
	slowAsRow: (p: {title: string; connectMs: number}) =>
		`The API was reached but answers slowly: see the ${p.title} row above. It took the connection in ${p.connectMs} ms; the service may be busy or overloaded.`,
	/**
	 * The verdict line for a redirect to another path of the same API (diagnoseMessages.redirectToBaseUrl), under the
	 * row that says the whole URL (`title`): the URL is read there once; the fix says the base URL to set.
	 */
	redirectAsRow: (p: {status: number; title: string}) =>
		`The base URL redirects (HTTP ${p.status}) to the address in the ${p.title} row above instead of answering: the API answers at that address now.`,
	/** In place of a row's result a verdict quotes in brackets (unreadable answers): where to read it. */
	seeRow: (p: {title: string}) => `see the ${p.title} row above`,
	/** The same where nothing blocks the calls and the verdict would repeat every ⚠ row word for word: their titles, once. */
	verdictAsWarnRows: (p: {titles: readonly string[]}) =>
		`Nothing blocks your calls, but ${p.titles.length === 1 ? `the ${p.titles[0]!} row above warns` : `${p.titles.length} rows above warn: ${p.titles.slice(0, -1).join(', ')} and ${p.titles.at(-1)!}`}.`,
};

const balanceTextMessagesEn = {
	heading: (p: {where: string}) => `Balance at ${p.where}`,
	/** Where, when the service behind the base URL is known. */
	withProvider: (p: {baseUrl: string; provider: string}) => `${p.baseUrl} (${p.provider})`,
	relayHeading: (p: {provider: string}) => `Balance at ${p.provider} (the relay's own balance, not DeepSeek's)`,
	total: (p: {currency: string; total: string}) => amountText(p.total, p.currency),
	granted: (p: {amount: string}) => `granted ${p.amount} (bonus credit: spent first, expires)`,
	toppedUp: (p: {amount: string}) => `topped up ${p.amount} (does not expire)`,
	relayRemaining: (p: {amount: string; unit: string}) => `${p.amount} ${p.unit} left`,
	/** What a relay's remaining amount is left of: the key's limit, a token's quota, or the credits bought. */
	relayLimit: (p: {amount: string; unit: string}) => `of ${p.amount} ${p.unit} in all`,
	relayGranted: (p: {amount: string; unit: string}) => `granted ${p.amount} ${p.unit}`,
	relayToppedUp: (p: {amount: string; unit: string}) => `topped up ${p.amount} ${p.unit}`,
	quotaUnit: 'quota units',
	unlimited: 'This key has no spending limit of its own.',
	/** A gateway token past its expiry (`date`, YYYY-MM-DD). */
	tokenExpired: (p: {date: string}) => `This token expired on ${p.date}: the gateway refuses calls with it, whatever is left.`,
	readFrom: (p: {source: string}) => `Read from ${p.source}.`,
	notAvailable: 'DeepSeek says this account cannot make calls right now (is_available: false).',
	/** Plain `balance` (no --below) under the alert remembered in the wizard: it still says so. */
	underAlert: (p: {amount: string; currency: string}) => `Under your low-balance alert of ${amountText(p.amount, p.currency)} (set in the wizard; deepseek-fix config shows it).`,
	noBalances: 'The service returned no balance entries.',
	unreadable: 'The balance could not be read.',
	unreadableBecause: (p: {reason: string}) => `The balance could not be read. ${p.reason}`,
	/** The service offers no balance reading for a key (`why`: the balance row's sentence), then the diagnosis. */
	notOffered: (p: {why: string; reason: string}) => `${p.why} ${p.reason}`,
};

const markdownMessagesEn = {
	title: 'deepseek-fix support report',
	intro:
		'Generated by deepseek-fix to help support find out why DeepSeek API calls fail. It contains no API key.',
	/** `verdict` and `summary` are already Markdown code spans; `name` is the verdict in words (as the Chinese names it too), capitalised as a label's value. */
	verdict: (p: {verdict: string; name: string; summary: string}) => `**Verdict:** ${p.name.charAt(0).toUpperCase()}${p.name.slice(1)} (${p.verdict}): ${p.summary}`,
	aboutHeading: 'Setup',
	fieldColumn: 'Field',
	valueColumn: 'Value',
	baseUrl: 'Base URL',
	provider: 'Service behind the base URL',
	providerValue: (p: {name: string; detectedBy: 'host' | 'fingerprint' | 'error'}) => `${p.name} (detected by ${p.detectedBy})`,
	providerUnknown: 'not determined',
	/** A service nothing recognises (its provider id `unknown`, named by its host): not "detected". */
	providerNotRecognised: (p: {name: string}) => `${p.name} (not recognised)`,
	generatedAt: 'Generated',
	toolVersion: 'deepseek-fix version',
	nodeVersion: 'Node.js version',
	os: 'Operating system',
	checksHeading: 'Checks',
	checkColumn: 'Check',
	/** A check's title and its id (already a code span) in the table. */
	checkCell: (p: {title: string; id: string}) => `${p.title} (${p.id})`,
	statusColumn: 'Status',
	resultColumn: 'Result',
	timeColumn: 'Time',
	duration: (p: {ms: number}) => `${p.ms} ms`,
	balanceHeading: 'Balance',
	currencyColumn: 'Currency',
	totalColumn: 'Total',
	grantedColumn: 'Granted (bonus)',
	toppedUpColumn: 'Topped up',
	leftColumn: 'Left',
	limitColumn: 'In all (the limit, or the credits bought)',
	available: (p: {available: boolean}) =>
		p.available ? 'DeepSeek reports the account can make calls (is_available: true).' : 'DeepSeek reports the account cannot make calls (is_available: false).',
	traceIdsHeading: 'Trace ids',
	traceIdsIntro: (p: {email: string}) => `Give these to DeepSeek support (${p.email}): they identify the requests.`,
	/**
	 * The calls went to another service (or the tool cannot tell): DeepSeek's support cannot look them up. `operated`: a
	 * self-hosted gateway or a host nothing recognises, whose operator is asked; else a named cloud or reseller, its support.
	 */
	traceIdsIntroElsewhere: (p: {name: string; operated: boolean}) =>
		`The calls went to ${p.name}, not DeepSeek: if you ask ${p.operated ? 'whoever runs it' : 'its support'}, give them these: they identify the requests there.`,
	noTraceIds: 'No trace ids were recorded.',
	relayBalance: (p: {provider: string}) => `This is the balance of ${p.provider}, the relay in use, not DeepSeek's own balance.`,
	pathHeading: 'Steps taken in the wizard',
	fixesHeading: 'What to do',
	noFixes: 'Nothing to fix.',
	/** `link` is already Markdown: a link to our own page, or a server's address as code. */
	fixWithUrl: (p: {title: string; link: string}) => `${p.title}: ${p.link}`,
	keyNotIncluded:
		'The API key is not included in this report: wherever a key is mentioned it is shortened to its last four characters (sk-…abcd).',
};

// Every table above in each language; the Simplified Chinese ones are in zh-CN/report.ts, of the same types.
export type StatusWords = Messages<typeof statusWordsEn>;
export type TextReportMessages = Messages<typeof textReportMessagesEn>;
export type BalanceTextMessages = Messages<typeof balanceTextMessagesEn>;
export type MarkdownMessages = Messages<typeof markdownMessagesEn>;
export const statusWords: StatusWords = localized({en: statusWordsEn, 'zh-CN': zhCN.statusWords});
export const textReportMessages: TextReportMessages = localized({en: textReportMessagesEn, 'zh-CN': zhCN.textReportMessages});
export const balanceTextMessages: BalanceTextMessages = localized({en: balanceTextMessagesEn, 'zh-CN': zhCN.balanceTextMessages});
export const markdownMessages: MarkdownMessages = localized({en: markdownMessagesEn, 'zh-CN': zhCN.markdownMessages});
