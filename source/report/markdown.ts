// `report`: the redacted Markdown support report. Support reads it rendered (a ticket, an
// e-mail, GitHub). Anything that may carry text from a server (summaries, currencies,
// names, notes, trace ids, their links) goes into a code span, where no renderer makes a
// link, an image or HTML of it. Our own sentences and labels are plain text; only our own
// fix pages (isOwnFixUrl) become links.
import {callsReachDeepSeek, resultsOf} from '../checks/details.js';
import {supportEmail} from '../deepseek/facts.js';
import {isOperatedProvider} from '../diagnose/service.js';
import {isOwnFixUrl} from '../fixes.js';
import {diagnoseMessages} from '../messages/diagnose.js';
import {balanceTextMessages, markdownMessages, statusWords} from '../messages/report.js';
import {inFull, namingFor, type Naming} from '../providers/naming.js';
import {oneLine, sanitize} from '../text/safe.js';
import type {BalanceJson, CheckReport} from '../verdict.js';
import {isRelayBalance} from './balance.js';
import {safeLine} from './safe-line.js';

type MarkdownMeta = {
	os: string;
	node: string;
	generatedAt: string;
	traceIds: readonly string[];
	/** The wizard's path through the tree, when the report comes from the wizard. */
	path?: readonly string[];
};

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

function markdownBalance(balance: BalanceJson, provider: string, key: string | undefined, name: Naming): string[] {
	const code = (value: string) => markdownCode(sanitize(value, key));
	const lines: string[] = [];
	if (isRelayBalance(balance)) lines.push(markdownMessages.relayBalance({provider: code(name(provider))}), '');
	if (balance.balances.length > 0) {
		// A relay with a limit has no bonus/paid split: what is left, of how much.
		const limited = balance.balances.some(entry => entry.limit !== undefined);
		const rows = balance.balances.map(entry => (limited ? [entry.currency, entry.total, entry.limit ?? '—'] : [entry.currency, entry.total, entry.granted ?? '—', entry.toppedUp ?? '—']).map(code));
		const columns = limited ? [markdownMessages.leftColumn, markdownMessages.limitColumn] : [markdownMessages.totalColumn, markdownMessages.grantedColumn, markdownMessages.toppedUpColumn];
		lines.push(...markdownTable([markdownMessages.currencyColumn, ...columns], rows), '');
	}
	if (isRelayBalance(balance)) {
		if (balance.expiredOn !== undefined) lines.push(markdownText(balanceTextMessages.tokenExpired({date: balance.expiredOn}), key));
		if (balance.unlimited && !balance.note) lines.push(markdownText(balanceTextMessages.unlimited, key));
		if (balance.note) lines.push(code(name(balance.note)));
		if (balance.source) lines.push(balanceTextMessages.readFrom({source: code(balance.source)}));
	} else {
		lines.push(markdownText(markdownMessages.available({available: balance.isAvailable}), key));
	}
	return lines;
}

/** A fix's page: a link for our own pages, shown as text (not clickable) for any other. */
function markdownFixUrl(url: string, key: string | undefined): string {
	return isOwnFixUrl(url) ? `<${url}>` : markdownCode(sanitize(url, key));
}

/**
 * Whom the trace ids are for: DeepSeek's support only where the calls reach DeepSeek (the rule its fixes follow,
 * fixes.ts supportWhereCallsGo); else the service the calls go to, by its name (the host where nothing named it).
 */
function traceIdsIntro(report: CheckReport, name: Naming): string {
	if (callsReachDeepSeek(resultsOf(report.checks))) return markdownMessages.traceIdsIntro({email: supportEmail});
	return markdownMessages.traceIdsIntroElsewhere({name: markdownCode(sanitize(name(report.provider?.name ?? report.baseUrl))), operated: isOperatedProvider(report.provider ?? undefined)});
}

/** The redacted support report (`report [--out FILE]`): no key, no escape sequences, no live links from servers. */
export function renderMarkdown(report: CheckReport, meta: MarkdownMeta, options: {key?: string} = {}): string {
	const key = options.key;
	const text = (value: string) => markdownText(value, key);
	const code = (value: string) => markdownCode(sanitize(value, key));
	// The service is named in full where the report first names it, by its short name after.
	const name = namingFor(report.provider);
	const provider = !report.provider
		? markdownMessages.providerUnknown
		: report.provider.id === 'unknown'
			? markdownMessages.providerNotRecognised({name: report.provider.name})
			: inFull(markdownMessages.providerValue({name: report.provider.name, detectedBy: report.provider.detectedBy}));
	const lines: string[] = [`# ${markdownMessages.title}`, '', text(markdownMessages.intro), '', markdownMessages.verdict({verdict: code(report.verdict), name: diagnoseMessages.verdictNames[report.verdict], summary: code(name(report.summary))}), ''];

	lines.push(`## ${markdownMessages.aboutHeading}`, '');
	const about: Array<[string, string]> = [
		[markdownMessages.baseUrl, report.baseUrl],
		[markdownMessages.provider, provider],
		[markdownMessages.generatedAt, meta.generatedAt],
		[markdownMessages.toolVersion, report.tool.version],
		[markdownMessages.nodeVersion, meta.node],
		[markdownMessages.os, meta.os],
	];
	// A table's value is read on its own, not after the verdict: the service in full there, whatever the prose did.
	lines.push(...markdownTable([markdownMessages.fieldColumn, markdownMessages.valueColumn], about.map(([field, value]) => [text(field), code(value)])), '');

	lines.push(`## ${markdownMessages.checksHeading}`, '');
	const checkRows = report.checks.map(check => [
		markdownMessages.checkCell({title: text(check.title), id: code(check.id)}),
		statusWords[check.status],
		code(name(check.summary)),
		markdownMessages.duration({ms: Math.round(check.durationMs)}),
	]);
	lines.push(...markdownTable([markdownMessages.checkColumn, markdownMessages.statusColumn, markdownMessages.resultColumn, markdownMessages.timeColumn], checkRows), '');

	if (report.balance) {
		lines.push(`## ${markdownMessages.balanceHeading}`, '', ...markdownBalance(report.balance, report.provider?.name ?? report.balance.provider ?? '', key, name), '');
	}

	lines.push(`## ${markdownMessages.traceIdsHeading}`, '');
	const traceIds = safeTraceIds(meta.traceIds, key);
	if (traceIds.length === 0) lines.push(markdownMessages.noTraceIds, '');
	else lines.push(traceIdsIntro(report, name), '', ...traceIds.map(id => `- ${markdownCode(id)}`), '');

	if (meta.path && meta.path.length > 0) {
		lines.push(`## ${markdownMessages.pathHeading}`, '', meta.path.map(code).join(' → '), '');
	}

	lines.push(`## ${markdownMessages.fixesHeading}`, '');
	if (report.fixes.length === 0) lines.push(markdownMessages.noFixes);
	report.fixes.forEach((fix, index) => {
		const title = code(name(fix.title));
		lines.push(`${index + 1}. ${fix.url ? markdownMessages.fixWithUrl({title, link: markdownFixUrl(fix.url, key)}) : title}`);
	});
	lines.push('', '---', '', markdownMessages.keyNotIncluded, '');
	return lines.join('\n');
}
