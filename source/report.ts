// Renders a CheckReport: JSON (`check --json`), coloured text (`check`), balance text
// (`balance`) and the redacted Markdown support report (`report`). No ink/react here:
// the fast, non-interactive commands load this. Every string is sanitised once more on
// the way out (defence in depth: no key, no escape sequences from the network).
import type {CheckResult, CheckStatus} from './checks/types.js';
import {supportEmail} from './deepseek/facts.js';
import {isOwnFixUrl} from './fixes.js';
import {balanceTextMessages, markdownMessages, statusWords, textReportMessages} from './messages/report.js';
import {oneLine, sanitize, sanitizeDeep} from './text/safe.js';
import type {BalanceJson, CheckReport, Verdict} from './verdict.js';

export type TextRenderOptions = {
	/** What colourWanted() (text/colour.ts) decided; false: no escape sequence at all. */
	color: boolean;
	/** Terminal columns; lines are wrapped to fit (default 80). URLs are never broken. */
	width?: number;
	/** The key in use, masked wherever it appears (anything key-shaped is masked anyway). */
	key?: string;
};

export type MarkdownMeta = {
	os: string;
	node: string;
	generatedAt: string;
	traceIds: readonly string[];
	/** The wizard's path through the tree, when the report comes from the wizard. */
	path?: readonly string[];
};

const defaultWidth = 80;
const minimumWidth = 20;

/** One line of safe text (summaries and titles must not break the layout). */
function safeLine(text: string, key: string | undefined): string {
	return oneLine(sanitize(text, key), 2000);
}

// ---------------------------------------------------------------------------- JSON

/** Exactly the `check --json` document, 2-space indented, with a final newline. */
export function renderJson(report: CheckReport, options: {key?: string} = {}): string {
	return `${JSON.stringify(sanitizeDeep(report, options.key), null, 2)}\n`;
}

// ---------------------------------------------------------------------------- styling and wrapping

/** Colour names shared with ink's `<Text color>`, so the wizard can use the same tables. */
type Colour = 'red' | 'green' | 'yellow' | 'cyan' | 'magenta' | 'gray';
type Style = 'bold' | 'dim' | Colour;
const sgr: Record<Style, readonly [number, number]> = {
	bold: [1, 22],
	dim: [2, 22],
	gray: [90, 39],
	red: [31, 39],
	green: [32, 39],
	yellow: [33, 39],
	cyan: [36, 39],
	magenta: [35, 39],
};

function paint(text: string, styles: readonly Style[], color: boolean): string {
	if (!color || styles.length === 0) return text;
	const open = styles.map(style => `\u001B[${sgr[style][0]}m`).join('');
	const close = styles.map(style => `\u001B[${sgr[style][1]}m`).reverse().join('');
	return `${open}${text}${close}`;
}

/** Terminal columns a string takes: East Asian wide characters count two. */
export function displayWidth(text: string): number {
	let width = 0;
	for (const char of text) {
		const code = char.codePointAt(0) ?? 0;
		const wide =
			(code >= 0x1100 && code <= 0x115f) ||
			(code >= 0x2e80 && code <= 0xa4cf) ||
			(code >= 0xac00 && code <= 0xd7a3) ||
			(code >= 0xf900 && code <= 0xfaff) ||
			(code >= 0xfe30 && code <= 0xfe4f) ||
			(code >= 0xff00 && code <= 0xff60) ||
			(code >= 0xffe0 && code <= 0xffe6) ||
			(code >= 0x20000 && code <= 0x3fffd);
		width += wide ? 2 : 1;
	}
	return width;
}

type Span = {text: string; styles?: readonly Style[]};

type WrapOptions = {width: number; color: boolean; indent?: string; hangingIndent?: string};

/**
 * Word-wrap styled text. Widths are measured before colouring, so escape sequences never
 * count; a word longer than a line (a URL) gets a line of its own and is not broken.
 */
function wrapSpans(spans: readonly Span[], options: WrapOptions): string[] {
	const indent = options.indent ?? '';
	const hanging = options.hangingIndent ?? indent;
	const words = spans.flatMap(span =>
		span.text
			.split(' ')
			.filter(word => word !== '')
			.map(word => ({text: word, styles: span.styles ?? []})),
	);
	const lines: string[] = [];
	let line = indent;
	let lineWidth = displayWidth(indent);
	let lineHasWords = false;
	for (const word of words) {
		const wordWidth = displayWidth(word.text);
		if (lineHasWords && lineWidth + 1 + wordWidth > options.width) {
			lines.push(line);
			line = hanging;
			lineWidth = displayWidth(hanging);
			lineHasWords = false;
		}
		if (lineHasWords) {
			line += ' ';
			lineWidth += 1;
		}
		line += paint(word.text, word.styles, options.color);
		lineWidth += wordWidth;
		lineHasWords = true;
	}
	if (lineHasWords || lines.length === 0) lines.push(line);
	return lines;
}

/** Word-wrap plain text to `width` columns (indent on the first line, hangingIndent after). */
export function wrapPlain(text: string, options: {width: number; indent?: string; hangingIndent?: string}): string[] {
	return wrapSpans([{text}], {...options, color: false});
}

function textWidth(width: number | undefined): number {
	return Math.max(minimumWidth, Math.floor(width ?? defaultWidth));
}

// ---------------------------------------------------------------------------- check text

/** The symbol and colour of each check status (one table for the text report and the wizard). */
export const checkStatusIcons: Readonly<Record<CheckStatus, {icon: string; color: Colour}>> = {
	pass: {icon: '✔', color: 'green'},
	fail: {icon: '✖', color: 'red'},
	warn: {icon: '⚠', color: 'yellow'},
	skip: {icon: '○', color: 'gray'},
	error: {icon: '!', color: 'magenta'},
};

function headerText(report: CheckReport, key: string | undefined): string {
	const common = {tool: report.tool.name, version: report.tool.version, baseUrl: report.baseUrl};
	const text = report.provider
		? textReportMessages.headerWithProvider({...common, provider: report.provider.name})
		: textReportMessages.header(common);
	return safeLine(text, key);
}

function checkLines(check: CheckResult, options: WrapOptions & {key: string | undefined}): string[] {
	const {icon, color} = checkStatusIcons[check.status];
	const spans: Span[] = [
		{text: icon, styles: [color]},
		{text: safeLine(check.title, options.key), styles: ['bold']},
		{text: textReportMessages.checkSeparator},
		{text: safeLine(check.summary, options.key)},
	];
	return wrapSpans(spans, {...options, hangingIndent: '  '});
}

function verdictStyles(verdict: Verdict): Style[] {
	return ['bold', verdict === 'ok' ? 'green' : 'red'];
}

function fixLines(report: CheckReport, options: WrapOptions & {key: string | undefined}): string[] {
	if (report.fixes.length === 0) return wrapSpans([{text: textReportMessages.noFixes}], options);
	const numberWidth = String(report.fixes.length).length + 2;
	const lines = wrapSpans([{text: textReportMessages.fixesHeading, styles: ['bold']}], options);
	report.fixes.forEach((fix, index) => {
		const number = `${index + 1}.`.padStart(numberWidth);
		const hanging = ' '.repeat(numberWidth + 1);
		lines.push(...wrapSpans([{text: safeLine(fix.title, options.key)}], {...options, indent: `${number} `, hangingIndent: hanging}));
		if (fix.url) lines.push(hanging + paint(safeLine(fix.url, options.key), ['cyan'], options.color));
	});
	return lines;
}

/** The readable report of `check` (no --json). */
export function renderText(report: CheckReport, options: TextRenderOptions): string {
	const wrap = {width: textWidth(options.width), color: options.color, key: options.key};
	const lines: string[] = [];
	lines.push(...wrapSpans([{text: headerText(report, options.key), styles: ['bold']}], wrap), '');
	if (report.checks.length === 0) lines.push(...wrapSpans([{text: textReportMessages.noChecks}], wrap));
	for (const check of report.checks) lines.push(...checkLines(check, wrap));
	lines.push('', ...wrapSpans([{text: safeLine(report.summary, options.key), styles: verdictStyles(report.verdict)}], wrap));
	lines.push('', ...fixLines(report, wrap));
	return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------- balance text

/** One currency/unit of a balance; a relay's granted/toppedUp are null when it does not split them. */
type BalanceEntry = BalanceJson['balances'][number];

function isReport(input: CheckReport | BalanceJson | null): input is CheckReport {
	return input !== null && 'checks' in input && 'verdict' in input;
}

function isRelayBalance(balance: BalanceJson): boolean {
	return balance.provider !== undefined && balance.provider !== 'deepseek';
}

function unitWords(unit: string): string {
	return unit === 'quota' ? balanceTextMessages.quotaUnit : unit;
}

/** A heading line, then the optional detail lines indented under it. */
function entryLines(heading: string, details: ReadonlyArray<string | undefined>, wrap: WrapOptions, key: string | undefined): string[] {
	const nested = {...wrap, indent: '  ', hangingIndent: '    '};
	return [
		...wrapSpans([{text: safeLine(heading, key), styles: ['bold']}], wrap),
		...details.flatMap(detail => (detail === undefined ? [] : wrapSpans([{text: safeLine(detail, key)}], nested))),
	];
}

function deepseekBalanceLines(entry: BalanceEntry, wrap: WrapOptions, key: string | undefined): string[] {
	const {currency, total, granted, toppedUp} = entry;
	return entryLines(
		balanceTextMessages.total({currency, total}),
		[
			granted === null ? undefined : balanceTextMessages.granted({amount: granted}),
			toppedUp === null ? undefined : balanceTextMessages.toppedUp({amount: toppedUp}),
		],
		wrap,
		key,
	);
}

function relayBalanceLines(balance: BalanceJson, entry: BalanceEntry, wrap: WrapOptions, key: string | undefined): string[] {
	const unit = unitWords(balance.unit ?? entry.currency);
	const {total, granted, toppedUp} = entry;
	return entryLines(
		balanceTextMessages.relayRemaining({amount: total, unit}),
		[
			granted === null ? undefined : balanceTextMessages.relayGranted({amount: granted, unit}),
			toppedUp === null ? undefined : balanceTextMessages.relayToppedUp({amount: toppedUp, unit}),
		],
		wrap,
		key,
	);
}

/** The `balance` command's output: each currency with total, granted and topped-up credit; a relay's with its unit and note. */
export function renderBalanceText(input: CheckReport | BalanceJson | null, options: TextRenderOptions): string {
	const key = options.key;
	const wrap: WrapOptions = {width: textWidth(options.width), color: options.color};
	const report = isReport(input) ? input : undefined;
	const balance = report ? report.balance : (input as BalanceJson | null);
	const lines: string[] = [];
	const say = (text: string, styles: Style[] = []) => lines.push(...wrapSpans([{text: safeLine(text, key), styles}], wrap));

	if (balance && isRelayBalance(balance)) {
		say(balanceTextMessages.relayHeading({provider: report?.provider?.name ?? balance.provider ?? ''}), ['bold']);
	} else if (report) {
		say(balanceTextMessages.heading({where: headerWhere(report)}), ['bold']);
	}
	if (!balance) {
		if (!report) {
			say(balanceTextMessages.unreadable, ['red']);
			return `${lines.join('\n')}\n`;
		}
		// Why it could not be read is the diagnosis (no key, 401, a relay…), with its fixes.
		say(balanceTextMessages.unreadableBecause({reason: report.summary}), ['red']);
		lines.push('', ...fixLines(report, {...wrap, key}));
		return `${lines.join('\n')}\n`;
	}
	const relay = isRelayBalance(balance);
	if (balance.balances.length === 0 && !balance.unlimited) say(balanceTextMessages.noBalances);
	for (const info of balance.balances) {
		lines.push(...(relay ? relayBalanceLines(balance, info, wrap, key) : deepseekBalanceLines(info, wrap, key)));
	}
	if (relay) {
		// The reader's note already explains a key without a cap when it has one.
		if (balance.unlimited && !balance.note) say(balanceTextMessages.unlimited);
		if (balance.note) say(balance.note, ['dim']);
		if (balance.source) say(balanceTextMessages.readFrom({source: balance.source}), ['dim']);
	} else if (!balance.isAvailable) {
		say(balanceTextMessages.notAvailable, ['red']);
	}
	return `${lines.join('\n')}\n`;
}

function headerWhere(report: CheckReport): string {
	return report.provider ? `${report.baseUrl} (${report.provider.name})` : report.baseUrl;
}

// ---------------------------------------------------------------------------- Markdown
// Support reads this rendered (a ticket, an e-mail, GitHub). Anything that may carry text
// from a server (summaries, currencies, names, notes, trace ids, their links) goes into a
// code span, where no renderer makes a link, an image or HTML of it. Our own sentences
// and labels are plain text; only our own fix pages (isOwnFixUrl) become links.

/** Our own sentences and labels: one line, no raw HTML. */
function markdownText(text: string, key: string | undefined): string {
	return safeLine(text, key).replace(/\\/g, '\\\\').replace(/</g, '\\<').replace(/>/g, '\\>');
}

/**
 * `text` as a Markdown code span that shows it exactly: the fence is one backtick longer
 * than the longest run inside, and a space pads text that starts or ends with a
 * backtick. One line.
 */
export function markdownCode(text: string): string {
	const line = oneLine(text, 2000);
	if (line === '') return '';
	const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map(run => run.length));
	const fence = '`'.repeat(longest + 1);
	const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
	return `${fence}${pad}${line}${pad}${fence}`;
}

/** A GitHub table; a pipe in a cell is escaped (also inside a code span, as GitHub's tables need). */
function markdownTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
	const line = (cells: readonly string[]) => `| ${cells.map(cell => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
	return [line(header), line(header.map(() => '---')), ...rows.map(line)];
}

/** Trace ids come from response headers: keep only what an id can contain. */
function safeTraceIds(ids: readonly string[], key: string | undefined): string[] {
	const cleaned = ids.map(id => sanitize(id, key).trim()).filter(id => /^[A-Za-z0-9._:-]{1,128}$/.test(id));
	return [...new Set(cleaned)];
}

function markdownBalance(balance: BalanceJson, provider: string, key: string | undefined): string[] {
	const m = markdownMessages;
	const code = (value: string) => markdownCode(sanitize(value, key));
	const lines: string[] = [];
	if (isRelayBalance(balance)) lines.push(m.relayBalance({provider: code(provider)}), '');
	if (balance.balances.length > 0) {
		const rows = balance.balances.map(entry => [entry.currency, entry.total, entry.granted ?? '—', entry.toppedUp ?? '—'].map(code));
		lines.push(...markdownTable([m.currencyColumn, m.totalColumn, m.grantedColumn, m.toppedUpColumn], rows), '');
	}
	if (isRelayBalance(balance)) {
		if (balance.unlimited && !balance.note) lines.push(markdownText(balanceTextMessages.unlimited, key));
		if (balance.note) lines.push(code(balance.note));
		if (balance.source) lines.push(balanceTextMessages.readFrom({source: code(balance.source)}));
	} else {
		lines.push(markdownText(m.available({available: balance.isAvailable}), key));
	}
	return lines;
}

/** A fix's page: a link for our own pages, shown as text (not clickable) for any other. */
function markdownFixUrl(url: string, key: string | undefined): string {
	return isOwnFixUrl(url) ? `<${url}>` : markdownCode(sanitize(url, key));
}

/** The redacted support report (`report [--out FILE]`): no key, no escape sequences, no live links from servers. */
export function renderMarkdown(report: CheckReport, meta: MarkdownMeta, options: {key?: string} = {}): string {
	const m = markdownMessages;
	const key = options.key;
	const text = (value: string) => markdownText(value, key);
	const code = (value: string) => markdownCode(sanitize(value, key));
	const provider = report.provider
		? m.providerValue({name: report.provider.name, detectedBy: report.provider.detectedBy})
		: m.providerUnknown;
	const lines: string[] = [`# ${m.title}`, '', text(m.intro), '', m.verdict({verdict: code(report.verdict), summary: code(report.summary)}), ''];

	lines.push(`## ${m.aboutHeading}`, '');
	const about: Array<[string, string]> = [
		[m.baseUrl, report.baseUrl],
		[m.provider, provider],
		[m.generatedAt, meta.generatedAt],
		[m.toolVersion, report.tool.version],
		[m.nodeVersion, meta.node],
		[m.os, meta.os],
	];
	lines.push(...markdownTable([m.fieldColumn, m.valueColumn], about.map(([field, value]) => [text(field), code(value)])), '');

	lines.push(`## ${m.checksHeading}`, '');
	const checkRows = report.checks.map(check => [
		`${text(check.title)} (${code(check.id)})`,
		statusWords[check.status],
		code(check.summary),
		m.duration({ms: Math.round(check.durationMs)}),
	]);
	lines.push(...markdownTable([m.checkColumn, m.statusColumn, m.resultColumn, m.timeColumn], checkRows), '');

	if (report.balance) {
		lines.push(`## ${m.balanceHeading}`, '', ...markdownBalance(report.balance, report.provider?.name ?? report.balance.provider ?? '', key), '');
	}

	lines.push(`## ${m.traceIdsHeading}`, '');
	const traceIds = safeTraceIds(meta.traceIds, key);
	if (traceIds.length === 0) lines.push(m.noTraceIds, '');
	else lines.push(m.traceIdsIntro({email: supportEmail}), '', ...traceIds.map(id => `- ${markdownCode(id)}`), '');

	if (meta.path && meta.path.length > 0) {
		lines.push(`## ${m.pathHeading}`, '', meta.path.map(code).join(' → '), '');
	}

	lines.push(`## ${m.fixesHeading}`, '');
	if (report.fixes.length === 0) lines.push(m.noFixes);
	report.fixes.forEach((fix, index) => {
		const title = code(fix.title);
		lines.push(`${index + 1}. ${fix.url ? m.fixWithUrl({title, link: markdownFixUrl(fix.url, key)}) : title}`);
	});
	lines.push('', '---', '', m.keyNotIncluded, '');
	return lines.join('\n');
}
