// The settings file's shape (schema version 1), its defaults, and a validator that keeps
// what is valid and drops the rest (it never throws: a bad field must not cost the others).
import {isJsonObject} from '../json.js';
import type {BalanceSample, KeySource} from '../checks/types.js';
import {isAgentApp, type AgentApp} from '../deepseek/facts.js';
import {accountPattern} from '../domain/balance-history.js';
import {isModelName} from '../domain/models.js';
import {isLanguage, type Language} from '../messages/language.js';
import {verdicts, type Verdict} from '../verdict.js';

export const currentSchemaVersion = 1;

/** Where the key comes from, as remembered; `flag` is never remembered (it is per run), nor is the key picked from Claude Code's settings. */
export type RememberedKeySource = Exclude<KeySource, 'flag' | AgentApp | 'variable'>;
export const rememberedKeySources: readonly RememberedKeySource[] = ['env', 'dotenv', 'remembered', 'prompt', 'none'];

/** The last diagnosis, so the wizard can offer to re-check it. */
export type RememberedDiagnosis = {
	at: string;
	verdict: Verdict;
	summary: string;
	/** The wizard's path through the tree (node ids), to re-run it. */
	path: string[];
	baseUrl: string;
	/** The language `summary` is in; absent in files from before there were two, which are English. */
	language?: Language;
	/** Whose it was: the base URL and key its checks ran with, as a fingerprint (accountOf); absent when none ran with a key, and in files from before. */
	account?: string;
	/** Where that key came from (the environment, a .env file, pasted, an app's settings): to say which key it was, where it is not the one in use. */
	keySource?: KeySource;
};

export type Settings = {
	schemaVersion: typeof currentSchemaVersion;
	baseUrl?: string;
	keySource?: RememberedKeySource;
	/** Only present when the user chose "remember" (rememberKey). */
	apiKey?: string;
	/** Oldest first, bounded (see compactHistory). */
	balanceHistory: BalanceSample[];
	/** Decimal string: alert when the total balance is under this. */
	alertThreshold?: string;
	alertCurrency?: string;
	lastDiagnosis?: RememberedDiagnosis;
	/** The model picked for the test call in the wizard (offered first next time). */
	probeModel?: string;
	/** The language the user chose to keep (the wizard's L, then "remember"). */
	language?: Language;
};

export function defaultSettings(): Settings {
	return {schemaVersion: currentSchemaVersion, balanceHistory: []};
}

/**
 * History bound. At most this many readings are kept, oldest dropped first. Before that,
 * within one currency of one account a run of equal readings keeps only its first and last: the middle
 * ones add nothing to a burn-rate line (the first says when the balance got there, the
 * last that it was still there), whatever their age, so a cron job that sees the same
 * balance every hour does not push the real changes out of the window.
 */
export const historyLimit = 200;

export function compactHistory(samples: readonly BalanceSample[]): BalanceSample[] {
	const indicesByCurrency = new Map<string, number[]>();
	samples.forEach((sample, index) => {
		const series = `${sample.account ?? ''} ${sample.currency}`;
		const list = indicesByCurrency.get(series) ?? [];
		list.push(index);
		indicesByCurrency.set(series, list);
	});
	const amount = (value: string | undefined) => (value === undefined ? undefined : Number(value));
	const same = (a: BalanceSample | undefined, b: BalanceSample | undefined) =>
		a !== undefined &&
		b !== undefined &&
		amount(a.total) === amount(b.total) &&
		amount(a.granted) === amount(b.granted) &&
		amount(a.toppedUp) === amount(b.toppedUp) &&
		a.unavailable === b.unavailable;
	const dropped = new Set<number>();
	for (const indices of indicesByCurrency.values()) {
		for (let k = 1; k < indices.length - 1; k++) {
			const at = (offset: number) => samples[indices[k + offset] ?? -1];
			if (same(at(-1), at(0)) && same(at(0), at(1))) dropped.add(indices[k] ?? -1);
		}
	}
	return samples.filter((_, index) => !dropped.has(index)).slice(-historyLimit);
}

const signedDecimal = /^-?\d{1,15}(?:\.\d{1,10})?$/;
const unsignedDecimal = /^\d{1,15}(?:\.\d{1,10})?$/;
const currencyPattern = /^[A-Za-z][A-Za-z0-9_-]{0,15}$/;
const printableNoSpace = /^[\x21-\x7E]{8,512}$/;

export function isDecimal(value: unknown): value is string {
	return typeof value === 'string' && unsignedDecimal.test(value);
}

function isTimestamp(value: unknown): value is string {
	return typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));
}

export function isHttpUrl(value: unknown): value is string {
	if (typeof value !== 'string' || value.length > 2048) return false;
	try {
		const url = new URL(value);
		return url.protocol === 'https:' || url.protocol === 'http:';
	} catch {
		return false;
	}
}

function isSignedDecimal(value: unknown): value is string {
	return typeof value === 'string' && signedDecimal.test(value);
}

/** A valid reading copied field by field (nothing else from the file or caller), or undefined. */
export function cleanSample(value: unknown): BalanceSample | undefined {
	if (!isJsonObject(value)) return undefined;
	const {at, currency, total, granted, toppedUp, account, unavailable} = value;
	if (!isTimestamp(at) || typeof currency !== 'string' || !currencyPattern.test(currency) || !isSignedDecimal(total)) return undefined;
	if ((granted !== undefined && !isSignedDecimal(granted)) || (toppedUp !== undefined && !isSignedDecimal(toppedUp))) return undefined;
	if (account !== undefined && (typeof account !== 'string' || !accountPattern.test(account))) return undefined;
	if (unavailable !== undefined && unavailable !== true) return undefined;
	return {
		at,
		currency,
		total,
		...(granted === undefined ? {} : {granted}),
		...(toppedUp === undefined ? {} : {toppedUp}),
		...(account === undefined ? {} : {account}),
		...(unavailable === true ? {unavailable} : {}),
	};
}

export function isApiKey(value: unknown): value is string {
	return typeof value === 'string' && printableNoSpace.test(value);
}

function isRememberedKeySource(value: unknown): value is RememberedKeySource {
	return rememberedKeySources.some(source => source === value);
}

function isVerdict(value: unknown): value is Verdict {
	return verdicts.some(verdict => verdict === value);
}

function asDiagnosis(value: unknown): RememberedDiagnosis | undefined {
	if (!isJsonObject(value)) return undefined;
	const {at, verdict, summary, path, baseUrl, language, account, keySource} = value;
	const pathOk = Array.isArray(path) && path.length <= 100 && path.every(step => typeof step === 'string');
	if (!isTimestamp(at) || !isVerdict(verdict) || typeof summary !== 'string' || !pathOk || typeof baseUrl !== 'string') {
		return undefined;
	}
	// An account that is no fingerprint is ignored, as a language that is none: the rest is still last time's result.
	const whose = typeof account === 'string' && accountPattern.test(account) ? {account} : {};
	const source = isRememberedKeySource(keySource) || isAgentApp(keySource) ? {keySource} : {};
	return {at, verdict, summary: summary.slice(0, 1000), path: path.map(String), baseUrl, ...(isLanguage(language) ? {language} : {}), ...whose, ...source};
}

/** Names of fields that were present but invalid (for the notice); the rest is kept. */
export type Validated = {settings: Settings; dropped: string[]; readingsDropped?: {dropped: number; of: number}};

/**
 * Keep each valid field of a (migrated) schema-1 object; unknown fields are ignored.
 * Also used on what callers of saveSettings hand back, so the file only ever holds this.
 */
export function validate(raw: unknown): Validated {
	const settings = defaultSettings();
	const dropped: string[] = [];
	let readingsDropped: Validated['readingsDropped'];
	if (!isJsonObject(raw)) return {settings, dropped};
	const keep = <T>(name: string, value: unknown, ok: (v: unknown) => v is T, set: (v: T) => void) => {
		if (value === undefined) return;
		if (ok(value)) set(value);
		else dropped.push(name);
	};
	keep('baseUrl', raw['baseUrl'], isHttpUrl, v => (settings.baseUrl = v));
	keep('keySource', raw['keySource'], isRememberedKeySource, v => (settings.keySource = v));
	keep('apiKey', raw['apiKey'], isApiKey, v => (settings.apiKey = v));
	keep('alertThreshold', raw['alertThreshold'], isDecimal, v => (settings.alertThreshold = v));
	keep('alertCurrency', raw['alertCurrency'], (v): v is string => typeof v === 'string' && currencyPattern.test(v), v => {
		settings.alertCurrency = v;
	});
	keep('probeModel', raw['probeModel'], isModelName, v => (settings.probeModel = v));
	keep('language', raw['language'], isLanguage, v => (settings.language = v));
	const diagnosis = raw['lastDiagnosis'] === undefined ? undefined : asDiagnosis(raw['lastDiagnosis']);
	if (diagnosis) settings.lastDiagnosis = diagnosis;
	else if (raw['lastDiagnosis'] !== undefined) dropped.push('lastDiagnosis');
	const history = raw['balanceHistory'];
	if (Array.isArray(history)) {
		const valid = history.flatMap(entry => cleanSample(entry) ?? []);
		if (valid.length < history.length) dropped.push('balanceHistory');
		// Some readings only: the notice says how many, not as if the whole history were gone.
		if (valid.length > 0 && valid.length < history.length) readingsDropped = {dropped: history.length - valid.length, of: history.length};
		settings.balanceHistory = compactHistory(valid);
	} else if (history !== undefined) {
		dropped.push('balanceHistory');
	}
	return {settings, dropped, ...(readingsDropped ? {readingsDropped} : {})};
}

/** The object written to disk: fixed key order, no undefined values. */
export function toStored(settings: Settings): Record<string, unknown> {
	const stored: Record<string, unknown> = {schemaVersion: currentSchemaVersion};
	const optional = ['baseUrl', 'keySource', 'apiKey', 'alertThreshold', 'alertCurrency', 'lastDiagnosis', 'probeModel', 'language'] as const;
	for (const name of optional) {
		if (settings[name] !== undefined) stored[name] = settings[name];
	}
	stored['balanceHistory'] = settings.balanceHistory;
	return stored;
}
