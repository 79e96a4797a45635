// `check` without --json: the coloured, wrapped text report.
import {firstRowSaying, resultsOf, slowAnswer} from '../checks/details.js';
import {resultsSaidOnce} from '../checks/same-as-above.js';
import type {CheckResult} from '../checks/types.js';
import {checkMessages} from '../messages/checks.js';
import {diagnoseMessages, type DiagnoseMessages} from '../messages/diagnose.js';
import {namedInFull, namingFor, type Naming} from '../providers/naming.js';
import {textReportMessages} from '../messages/report.js';
import {checkStatusIcons} from '../text/status-icons.js';
import {paint, type Style} from '../text/style.js';
import {displayWidth} from '../text/width.js';
import {fittingIndent, wrapSpans, type Span, type WrapOptions} from '../text/wrap.js';
import type {CheckReport, Verdict} from '../verdict.js';
import {officialApiHost} from '../deepseek/facts.js';
import {sanitize} from '../text/safe.js';
import {safeLine} from './safe-line.js';

export type TextRenderOptions = {
	/** What colourWanted() (text/colour.ts) decided; false: no escape sequence at all. */
	color: boolean;
	/** Terminal columns; lines are wrapped to fit (default 80). A fix's link is never broken; a longer word in a sentence is (plainWrap). */
	width?: number;
	/** The key in use, masked wherever it appears (anything key-shaped is masked anyway). */
	key?: string;
};

const defaultWidth = 80;
const minimumWidth = 20;

/** A terminal that reports 0 columns (a pseudo-terminal with no size, a serial console) has an unknown width, not a tiny one. */
function textWidth(width: number | undefined): number {
	return width !== undefined && width > 0 ? Math.max(minimumWidth, Math.floor(width)) : defaultWidth;
}

/**
 * How the plain commands' text wraps: to the terminal's width, and a word wider than a row (a long base URL,
 * a file's path) broken after a `/`, `?` or `&` near the edge, as the wizard breaks it (text/wrap.ts
 * `breakLong`), never inside a masked key. A fix's own link is not wrapped: it has a row to itself.
 */
export function plainWrap(options: Pick<TextRenderOptions, 'width' | 'color'>): WrapOptions {
	return {width: textWidth(options.width), color: options.color, breakLong: true};
}

/**
 * The service's name to put in brackets after the base URL, if any: a service nothing recognises is
 * named by its host (the endpoint check), already in the URL, so it gets none.
 */
export function bracketedProvider(report: CheckReport): string | undefined {
	return report.provider && report.provider.id !== 'unknown' ? report.provider.name : undefined;
}

function headerText(report: CheckReport, key: string | undefined, name: Naming): string {
	const common = {tool: report.tool.name, version: report.tool.version, baseUrl: report.baseUrl};
	const provider = bracketedProvider(report);
	const text = provider === undefined ? textReportMessages.header(common) : textReportMessages.headerWithProvider({...common, provider});
	return safeLine(name(text), key);
}

/** One row: its mark, its title, and its result as said (`summary`: "Same as above." where it repeats the row above). */
function checkLines(check: CheckResult, summary: string, options: WrapOptions & {key: string | undefined}, name: Naming): string[] {
	const {icon, color} = checkStatusIcons[check.status];
	const spans: Span[] = [
		{text: icon, styles: [color]},
		{text: safeLine(check.title, options.key), styles: ['bold']},
		{text: textReportMessages.checkSeparator, joined: true},
		{text: safeLine(name(summary), options.key), joined: true},
	];
	return wrapSpans(spans, {...options, hangingIndent: '  '});
}

function verdictStyles(verdict: Verdict): Style[] {
	return ['bold', verdict === 'ok' ? 'green' : 'red'];
}

/**
 * The numbered fixes with their links (also under an unreadable balance). Fixes in a row
 * on the same page (a refused key: check it, create one) show its link once, under the
 * last of them: the same line twice in a row reads like a mistake.
 */
export function fixLines(report: CheckReport, options: WrapOptions & {key: string | undefined}, name: Naming = namedInFull): string[] {
	if (report.fixes.length === 0) return wrapSpans([{text: textReportMessages.noFixes}], options);
	const numberWidth = String(report.fixes.length).length + 2;
	const lines = wrapSpans([{text: textReportMessages.fixesHeading, styles: ['bold']}], options);
	report.fixes.forEach((fix, index) => {
		const number = `${index + 1}.`.padStart(numberWidth);
		const hanging = ' '.repeat(numberWidth + 1);
		lines.push(...wrapSpans([{text: safeLine(name(fix.title), options.key)}], {...options, indent: `${number} `, hangingIndent: hanging}));
		if (fix.url && report.fixes[index + 1]?.url !== fix.url) {
			const url = safeLine(fix.url, options.key);
			lines.push(fittingIndent(hanging, displayWidth(url), options.width) + paint(url, ['cyan'], options.color));
		}
	});
	return lines;
}

/** The command that allows the one paid call. */
const probeCommand = 'deepseek-fix check --probe';

/**
 * The paid call was not allowed (the key is there) and the balance shows credit, or nothing was
 * found while the balance could not be read: only a real call tells what the user's program
 * gets, so the report says how to make one.
 */
function suggestsProbe(report: CheckReport): boolean {
	const status = (id: string) => report.checks.find(check => check.id === id)?.status;
	const balance = status('balance');
	// Credit shown (an empty balance would only get 402), or nothing found while the balance could not be read here.
	const credit = (balance === 'pass' || balance === 'warn') && report.balance !== null;
	return status('key_present') === 'pass' && status('probe') === 'skip' && (credit || (report.verdict === 'ok' && balance === 'skip'));
}

/**
 * The summaries that are opening words of their own (diagnoseMessages.leads), then a row's result: each as it
 * quotes a row's (undefined where it cannot: a refusal's rest is what follows the row's "Rejected (401)").
 */
const quoting: ReadonlyArray<readonly [keyof DiagnoseMessages['leads'], (row: string) => string | undefined]> = [
	['network', row => diagnoseMessages.network(row)],
	['answersCutOff', row => diagnoseMessages.answersCutOff(row)],
	['connectionCutOff', row => diagnoseMessages.connectionCutOff(row)],
	['interceptedAnswers', row => diagnoseMessages.interceptedAnswers(row)],
	['unknown', row => diagnoseMessages.unknown(row)],
	['invalidKey', row => diagnoseMessages.invalidKey(row)],
	['insufficient', row => diagnoseMessages.insufficient(row)],
	['keyNotSentInsecure', row => diagnoseMessages.keyNotSentInsecure(row)],
	['keyRejected', row => (row.startsWith(checkMessages.auth.rejected401) ? diagnoseMessages.keyRejected(row.slice(checkMessages.auth.rejected401.length)) : undefined)],
];

/** The verdict line where the summary is its lead and then a row's result: the lead alone, naming the row. */
function ledByRow(report: CheckReport): string | undefined {
	for (const check of report.checks) {
		if (check.status === 'pass') continue;
		const kind = quoting.find(([, quote]) => quote(check.summary) === report.summary)?.[0];
		if (kind) return textReportMessages.verdictLeadAsRow({lead: diagnoseMessages.leads[kind], title: check.title});
	}
	return undefined;
}

/**
 * The verdict line where the summary quotes a row's result in brackets (answers no client can read, at the host the
 * endpoint check read): the same sentence with the row named in the brackets, not its result again.
 */
function bracketsRow(report: CheckReport): string | undefined {
	const host = report.checks.find(check => check.id === 'endpoint')?.details['host'];
	if (typeof host !== 'string') return undefined;
	const row = report.checks.find(check => check.status !== 'pass' && diagnoseMessages.unreadableAnswers(host, check.summary) === report.summary);
	return row && diagnoseMessages.unreadableAnswers(host, textReportMessages.seeRow({title: row.title}));
}

/**
 * The verdict line for a reached host that answered too slowly (the diagnosis's slowAnswer, from the same fact,
 * checks/details.ts slowAnswer, and the endpoint check's host, as diagnose/network.ts makes it): the first row that says
 * the timeout is named, not said again, as the wizard's slow result does.
 */
function slowByRow(report: CheckReport): string | undefined {
	const slow = report.verdict === 'network_error' ? slowAnswer(resultsOf(report.checks)) : undefined;
	if (!slow) return undefined;
	const host = report.checks.find(check => check.id === 'endpoint')?.details['host'];
	if (diagnoseMessages.slowAnswer({host: typeof host === 'string' ? sanitize(host) : officialApiHost, connectMs: slow.connectMs}) !== report.summary) return undefined;
	const first = firstRowSaying(report.checks, slow.id);
	const row = report.checks.find(check => check.id === first);
	return row && textReportMessages.slowAsRow({title: row.title, connectMs: slow.connectMs});
}

/**
 * The verdict line: the diagnosis's sentence, or — where that sentence is word for word a row's
 * result above it — the verdict in words and that row's title, so the same long sentence is not read twice.
 */
function verdictText(report: CheckReport): string {
	const row = report.checks.find(check => check.status !== 'pass' && check.summary === report.summary);
	if (row) return textReportMessages.verdictAsRow({verdict: diagnoseMessages.verdictNames[report.verdict], title: row.title});
	// Or its opening words and then a row's result (a refused connection: the Network row's five lines again).
	const led = ledByRow(report) ?? bracketsRow(report) ?? slowByRow(report);
	if (led) return led;
	// Nothing blocks the calls and the summary is every ⚠ row again (a proxy's warning alone is seven lines): their titles.
	// (Each row's sentence as the summary quotes it; okWithWarnings itself stays the diagnosis's: report-in-the-wait.test.ts.)
	const warned = report.checks.filter(check => check.status === 'warn');
	const repeats = warned.every(check => report.summary.includes(diagnoseMessages.warning({title: check.title, summary: check.summary})));
	return report.verdict === 'ok' && warned.length > 0 && repeats ? textReportMessages.verdictAsWarnRows({titles: warned.map(check => check.title)}) : report.summary;
}

/** The readable report of `check` (no --json). */
export function renderText(report: CheckReport, options: TextRenderOptions): string {
	const wrap = {...plainWrap(options), key: options.key};
	// The service is named in full where it is first named (the header), by its short name after.
	const name = namingFor(report.provider);
	const lines: string[] = [];
	lines.push(...wrapSpans([{text: headerText(report, options.key, name), styles: ['bold']}], wrap), '');
	if (report.checks.length === 0) lines.push(...wrapSpans([{text: textReportMessages.noChecks}], wrap));
	const said = resultsSaidOnce(report.checks);
	report.checks.forEach((check, index) => lines.push(...checkLines(check, said[index] ?? check.summary, wrap, name)));
	lines.push('', ...wrapSpans([{text: safeLine(name(verdictText(report)), options.key), styles: verdictStyles(report.verdict)}], wrap));
	if (suggestsProbe(report)) lines.push(...wrapSpans([{text: textReportMessages.suggestProbe({command: probeCommand})}], wrap));
	lines.push('', ...fixLines(report, wrap, name));
	return `${lines.join('\n')}\n`;
}
