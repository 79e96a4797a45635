// Pure, defensive parsers for the answers the tool reads: balance, models, and
// the status page (error bodies: error-body.ts). They accept the real shapes and reject anything else with a reason.
import {isJsonObject} from '../json.js';
import {shapeMessages} from '../messages/http.js';
import {oneLine, stripTerminalEscapes} from '../text/safe.js';
import type {BalanceInfo, BalanceReading} from '../domain/balance.js';
import {isDecimalString} from '../domain/decimal.js';
import type {ModelList} from '../domain/models.js';
import type {Parsed} from './types.js';


function reject<T>(reason: string): Parsed<T> {
	return {ok: false, reason};
}

/** Server-provided text made printable: escapes stripped, one line, bounded. */
function printable(text: string, max: number): string {
	return oneLine(stripTerminalEscapes(text), max);
}

// ─── /user/balance ──────────────────────────────────────────────────────────────

/** A decimal string, or a finite number turned into one (some relays send numbers). */
function amount(value: unknown): string | undefined {
	const text = typeof value === 'string' ? value.trim()
		: typeof value === 'number' && Number.isFinite(value) ? String(value)
		: undefined;
	return text !== undefined && isDecimalString(text) ? text : undefined;
}

/**
 * A currency as an ISO 4217 code is written: three Latin letters (DeepSeek sends CNY or USD; a relay
 * may send another code, or write it in lower case). Anything else (the key echoed back, a piece of a
 * web page) is no currency: the answer is unreadable, and the value is never shown.
 */
const currencyCode = /^[A-Za-z]{3}$/;

const amountFields = [
	['total_balance', 'total'],
	['granted_balance', 'granted'],
	['topped_up_balance', 'toppedUp'],
] as const;

/** DeepSeek's `{is_available, balance_infos: [...]}`. An empty list is valid (a new account). */
export function parseBalance(json: unknown): Parsed<BalanceReading> {
	if (!isJsonObject(json)) return reject(shapeMessages.balance.notAnObject);
	if (typeof json.is_available !== 'boolean') return reject(shapeMessages.balance.noAvailability);
	if (!Array.isArray(json.balance_infos)) return reject(shapeMessages.balance.noBalanceList);
	const balances: BalanceInfo[] = [];
	for (const [index, entry] of (json.balance_infos as unknown[]).entries()) {
		if (!isJsonObject(entry) || typeof entry.currency !== 'string' || entry.currency.trim() === '') {
			return reject(shapeMessages.balance.badEntry({index}));
		}
		const currency = stripTerminalEscapes(entry.currency).trim();
		if (!currencyCode.test(currency)) return reject(shapeMessages.balance.badCurrency({index}));
		const info: BalanceInfo = {currency: currency.toUpperCase(), total: '', granted: '', toppedUp: ''};
		for (const [field, key] of amountFields) {
			const value = amount(entry[field]);
			if (value === undefined) return reject(shapeMessages.balance.badAmount({field, index}));
			info[key] = value;
		}
		balances.push(info);
	}
	return {ok: true, value: {isAvailable: json.is_available, balances}};
}

// ─── /models ────────────────────────────────────────────────────────────────────

/**
 * OpenAI-style `{object: 'list', data: [{id, owned_by?}]}` (`object` may be missing, as
 * some relays omit it). `ownedBy` holds the distinct owners in first-seen order.
 */
export function parseModels(json: unknown): Parsed<ModelList> {
	// Together answers a bare array instead of OpenAI's `{object: 'list', data: [...]}`.
	const entries: unknown = Array.isArray(json) ? json : isJsonObject(json) ? json.data : undefined;
	if (!Array.isArray(json)) {
		if (!isJsonObject(json)) return reject(shapeMessages.models.notAnObject);
		if (json.object !== undefined && json.object !== 'list') return reject(shapeMessages.models.notAList);
		if (!Array.isArray(entries)) return reject(shapeMessages.models.noDataList);
	}
	const ids: string[] = [];
	const owners = new Set<string>();
	for (const [index, entry] of (entries as unknown[]).entries()) {
		if (!isJsonObject(entry) || typeof entry.id !== 'string' || entry.id.trim() === '') {
			return reject(shapeMessages.models.badEntry({index}));
		}
		ids.push(printable(entry.id, 200));
		if (typeof entry.owned_by === 'string' && entry.owned_by.trim() !== '') owners.add(printable(entry.owned_by, 100));
	}
	return {ok: true, value: {ids, ownedBy: [...owners]}};
}

// ─── Status page (Flashduty) ────────────────────────────────────────────────────

/** Component statuses, least severe first (the order `worst` uses). */
const componentStatuses = ['operational', 'maintenance', 'degraded', 'partial_outage', 'full_outage'] as const;
type ComponentStatus = (typeof componentStatuses)[number];

/** Atlassian Statuspage names for the same states, in case the page switches vocabulary. */
const statusSynonyms: Readonly<Record<string, ComponentStatus>> = {
	degraded_performance: 'degraded',
	major_outage: 'full_outage',
	under_maintenance: 'maintenance',
};

function toComponentStatus(raw: string): ComponentStatus | undefined {
	const normalised = raw.trim().toLowerCase().replace(/[\s-]+/g, '_');
	return (componentStatuses as readonly string[]).includes(normalised)
		? (normalised as ComponentStatus)
		: statusSynonyms[normalised];
}

type StatusSummary = {
	components: {name: string; status: ComponentStatus}[];
	/** Incidents/maintenances in progress; `title` is '' when the page gave none. */
	activeChanges: {title: string; status?: string}[];
	/** The most severe component status ('operational' when there are no components). */
	worst: ComponentStatus;
};

/**
 * `{"data": {"page": {...}, "components": [{name, status}], "active_changes": [...]}}`.
 * An unknown status is rejected: the caller then reports "unknown", never an outage.
 */
export function parseStatusSummary(json: unknown): Parsed<StatusSummary> {
	if (!isJsonObject(json) || !isJsonObject(json.data)) return reject(shapeMessages.status.notAnObject);
	const {data} = json;
	if (!Array.isArray(data.components)) return reject(shapeMessages.status.noComponents);
	const components: StatusSummary['components'] = [];
	let worst: ComponentStatus = 'operational';
	for (const [index, entry] of (data.components as unknown[]).entries()) {
		if (!isJsonObject(entry) || typeof entry.name !== 'string' || typeof entry.status !== 'string') {
			return reject(shapeMessages.status.badComponent({index}));
		}
		const status = toComponentStatus(entry.status);
		if (status === undefined) return reject(shapeMessages.status.unknownStatus({status: printable(entry.status, 40)}));
		components.push({name: printable(entry.name, 100), status});
		if (componentStatuses.indexOf(status) > componentStatuses.indexOf(worst)) worst = status;
	}
	const changes: unknown[] = Array.isArray(data.active_changes) ? data.active_changes : [];
	const activeChanges = changes.filter(isJsonObject).map(change => {
		const title = typeof change.title === 'string' ? change.title : typeof change.name === 'string' ? change.name : '';
		const status = typeof change.status === 'string' ? printable(change.status, 40) : undefined;
		return status === undefined ? {title: printable(title, 200)} : {title: printable(title, 200), status};
	});
	return {ok: true, value: {components, activeChanges, worst}};
}
