// Settings migrations: each step turns a file of version N into version N+1 (pure).
import {isJsonObject} from '../json.js';
import {currentSchemaVersion} from './schema.js';

type Raw = Record<string, unknown>;

/**
 * Fields of version 1 that version 0 never had. A file without `schemaVersion` that holds
 * them is a version-1 file whose first line was lost in an edit by hand: they are passed on
 * for validate() to keep or to name as dropped, never lost without a word.
 */
const v1OnlyFields = ['keySource', 'apiKey', 'alertThreshold', 'alertCurrency', 'probeModel', 'language', 'lastDiagnosis', 'balanceHistory'] as const;

/**
 * Version 0 is the pre-release shape, which had no `schemaVersion`:
 * `{baseUrl?: string, key?: string, history?: {time: number | string, currency?: string,
 * total: string | number}[]}`: `key` was only ever written when remembered, `time` was
 * epoch milliseconds or an ISO string, and readings without a currency were CNY.
 * Entries this cannot convert are passed on as they are for validate() to drop.
 */
function v0ToV1(old: Raw): Raw {
	const next: Raw = {schemaVersion: 1, baseUrl: old['baseUrl']};
	for (const name of v1OnlyFields) {
		if (old[name] !== undefined) next[name] = old[name];
	}
	if (old['key'] !== undefined) {
		next['apiKey'] = old['key'];
		next['keySource'] = 'remembered';
	}
	const history = old['history'];
	if (Array.isArray(history)) {
		next['balanceHistory'] = history.map((entry: unknown) => {
			if (!isJsonObject(entry)) return entry;
			const time = entry['time'];
			const date = typeof time === 'number' || typeof time === 'string' ? new Date(time) : undefined;
			const total = entry['total'];
			return {
				at: date && !Number.isNaN(date.getTime()) ? date.toISOString() : time,
				currency: entry['currency'] ?? 'CNY',
				total: typeof total === 'number' && Number.isFinite(total) ? String(total) : total,
			};
		});
	}
	return next;
}

/** Keyed by the version a step starts from. */
export const migrations: Readonly<Record<number, (old: Raw) => Raw>> = {
	0: v0ToV1,
};

type Migrated =
	| {kind: 'current'; value: Raw; from: number}
	| {kind: 'newer'; version: number}
	| {kind: 'invalid'; reason: string};

/** Bring a parsed settings object to the current version; never throws. */
export function migrate(raw: unknown): Migrated {
	if (!isJsonObject(raw)) return {kind: 'invalid', reason: 'not an object'};
	const declared = raw['schemaVersion'] ?? 0;
	if (typeof declared !== 'number' || !Number.isInteger(declared) || declared < 0) {
		return {kind: 'invalid', reason: 'schemaVersion is not a version number'};
	}
	if (declared > currentSchemaVersion) return {kind: 'newer', version: declared};
	let value = raw;
	for (let version = declared; version < currentSchemaVersion; version++) {
		const step = migrations[version];
		if (!step) return {kind: 'invalid', reason: `no migration from version ${version}`};
		value = step(value);
	}
	return {kind: 'current', value, from: declared};
}
