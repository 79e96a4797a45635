// `check` without --json: the coloured, wrapped text report.
import {resultsSaidOnce} from '../checks/same-as-above.js';
import type {CheckId, CheckResult} from '../checks/types.js';
import {diagnoseMessages} from '../messages/diagnose.js';
import {namedInFull, namingFor, type Naming} from '../providers/naming.js';
import {textReportMessages} from '../messages/report.js';
import {checkStatusIcons} from '../text/status-icons.js';
import {paint, type Style} from '../text/style.js';
import {displayWidth} from '../text/width.js';
import {fittingIndent, wrapSpans, type Span, type WrapOptions} from '../text/wrap.js';
import type {CheckReport, Verdict} from '../verdict.js';
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
 * gets, so the report says how to make one. Nothing found includes another service that took the
 * key and whose balance cannot be read here (SiliconFlow, a gateway nothing names): `wrong_endpoint`
 * then says only where the calls go, as it does beside a relay's credit, which suggests the call too.
 */
function suggestsProbe(report: CheckReport): boolean {
	const status = (id: string) => report.checks.find(check => check.id === id)?.status;
	const balance = status('balance');
	// Credit shown (an empty balance would only get 402), or nothing found while the balance could not be read here.
	const credit = (balance === 'pass' || balance === 'warn') && report.balance !== null;
	const nothingFound = report.verdict === 'ok' || (report.verdict === 'wrong_endpoint' && status('auth') === 'pass');
	return status('key_present') === 'pass' && status('probe') === 'skip' && (credit || (nothingFound && balance === 'skip'));
}

/**
 * The verdict line: the diagnosis's sentence, or — where it says a row's result above it again (Diagnosis.quotes) —
 * that row named in its place, so the same long sentence is not read twice: the verdict in words and the row's
 * title (the whole result), the opening words and the title (words of its own, then the result), the row named in
 * the brackets, the wait for a slow host and the row that says it, the redirect and the row that says its URL, or the
 * ⚠ rows' titles (nothing blocks the calls).
 */
function verdictText(report: CheckReport): string {
	const quote = report.quotes;
	if (!quote) return report.summary;
	const title = (id: CheckId) => report.checks.find(check => check.id === id)?.title;
	if (quote.as === 'warnings') return textReportMessages.verdictAsWarnRows({titles: report.checks.filter(check => quote.rows.includes(check.id)).map(check => check.title)});
	const row = title(quote.row);
	if (row === undefined) return report.summary;
	switch (quote.as) {
		case 'whole': return textReportMessages.verdictAsRow({verdict: diagnoseMessages.verdictNames[report.verdict], title: row});
		case 'lead': return textReportMessages.verdictLeadAsRow({lead: diagnoseMessages.leads[quote.lead], title: row});
		case 'brackets': return diagnoseMessages.unreadableAnswers(quote.host, textReportMessages.seeRow({title: row}));
		case 'slow': return textReportMessages.slowAsRow({title: row, connectMs: quote.connectMs});
		case 'redirect': return textReportMessages.redirectAsRow({title: row, status: quote.status});
	}
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
