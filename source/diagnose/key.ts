// The key: none (or one no request can carry), refused (a 401, read with the key's echo and shape), refused during
// an outage, or committed to git. noKey is the first rule of all (rules.ts); keyExposed comes near the end, as it
// blocks no call.
import type {CheckId} from '../checks/types.js';
import {isAgentApp} from '../deepseek/facts.js';
import {isPlaceholderTail} from '../deepseek/error-body.js';
import type {KeyElsewhere, KeySentElsewhere} from '../context.js';
import {ownApiVendor} from '../deepseek/url.js';
import {fixes, type MadeFix} from '../fixes.js';
import {diagnoseMessages} from '../messages/diagnose.js';
import {checkMessages} from '../messages/checks.js';
import {moneyKinds, type SignatureKind} from '../providers/signatures/index.js';
import {dedupe, type Facts, type Rule} from './facts.js';
import type {Diagnosis} from '../verdict.js';
import {blockedThere} from './relay.js';
import {refusedKeyIsTheirs, withKeysToVendor} from './app-fixes.js';

/**
 * No key to check — or one no request can carry: characters no HTTP header can hold (a
 * zero-width or no-break space, a look-alike copied out of a web page or a chat), so no
 * request with it is sent, by this tool or any other. Both certain, from the key alone.
 */
export const noKey: Rule = facts => {
	if (facts.string('key_format', 'shape') === 'non_ascii') {
		return {verdict: 'invalid_key', summary: facts.result('key_format')?.summary ?? '', fixes: [fixes.copyKeyAgain()]};
	}
	if (facts.status('key_present') !== 'fail') return undefined;
	const found = noKeyFound(facts);
	// An agent app sends its DeepSeek key to its vendor's own API (Claude Code's to Anthropic's): the 401 the person came
	// with. key_present's summary says it first, and that app's setting is the first fix, before checking its key.
	const toVendor = facts.appKeysToVendor();
	if (toVendor.length === 0) return found;
	return {...found, summary: facts.result('key_present')?.summary ?? found.summary, fixes: dedupe([...toVendor.map(sent => fixes.appToDeepSeek(sent)), ...found.fixes])};
};

/** Why there is no key, and what to do: a blank variable, a key found elsewhere, a relay's token, one saved for later shells, none. */
function noKeyFound(facts: Facts): Diagnosis {
	// A blank variable most likely lost a key the user has (an unset $VAR in a script, a .env not loaded): filling it comes first.
	if (facts.detail('key_present', 'envBlank') === true) return {verdict: 'no_key', summary: diagnoseMessages.noKeyBlank, fixes: fixes.fillBlankKey()};
	// The key is in the folder's .env, which no loader reads as saved (UTF-16): saving it again is the fix, not a new key.
	const utf16 = facts.dotenvUtf16();
	if (utf16) return {verdict: 'no_key', summary: facts.result('key_present')?.summary ?? diagnoseMessages.noKey, fixes: [fixes.saveDotenvUtf8(utf16.file)]};
	// …or on a line whose ＝ was typed full-width: typing it again is the fix.
	const fullWidth = facts.dotenvFullWidth();
	if (fullWidth) return {verdict: 'no_key', summary: facts.result('key_present')?.summary ?? diagnoseMessages.noKey, fixes: [fixes.halfWidthEquals(fullWidth)]};
	// Another tool's variable holds a DeepSeek-shaped key: that key is the likely one, not a new one to create.
	// Checked where its tool sends it (OPENAI_BASE_URL's address): there it is the key that works or not.
	const sent = facts.keysSentElsewhere();
	const found = facts.keyElsewhere();
	if (found) return {verdict: 'no_key', summary: facts.result('key_present')?.summary ?? diagnoseMessages.noKey, fixes: [...keyFoundFixes(facts, found, sent), fixes.createKey()]};
	// Not DeepSeek-shaped, but sent to another address (a relay's token): checking it there answers the question, not a new DeepSeek key.
	const [relayKey] = sent;
	if (relayKey) return {verdict: 'no_key', summary: diagnoseMessages.noKey, fixes: [fixes.setKeySentFrom(relayKey), fixes.createKey()]};
	// Saved for later shells but not in this one: loading it is the fix, not a new key.
	const saved = facts.savedKey();
	if (saved) return {verdict: 'no_key', summary: facts.result('key_present')?.summary ?? diagnoseMessages.noKey, fixes: [fixes.loadSavedKey(saved), fixes.createKey()]};
	return {verdict: 'no_key', summary: diagnoseMessages.noKey, fixes: [fixes.createKey(), fixes.setKey()]};
}

/**
 * The fixes for a DeepSeek-shaped key another variable or an app holds: check it where its tool sends it (a relay's
 * address, naming the dotenv files where it and its base URL are in them); where that is OpenAI's or Anthropic's own
 * API, which refuses it, check it at DeepSeek and point the base URL there.
 */
function keyFoundFixes(facts: Facts, found: KeyElsewhere, sent: readonly KeySentElsewhere[]): MadeFix[] {
	const there = found.source ? undefined : sent.find(each => each.name === found.name);
	const vendor = there && ownApiVendor(there.url);
	if (there && vendor) return [fixes.setKeyFrom(found), fixes.baseUrlToVendor(there, vendor)];
	if (there) return [fixes.setKeySentFrom(there)];
	return [fixes.setKeyFrom(found, found.source ? facts.appBaseUrl(found.source) : undefined)];
}

/** The key as the server echoed it proves a wrong or placeholder key was sent. */
function echoShowsWrongKey(facts: Facts): boolean {
	const echoed = facts.string('auth', 'echoedLastFour');
	return echoed !== undefined && (isPlaceholderTail(echoed) || echoed !== facts.string('auth', 'sentLastFour'));
}

/**
 * A 401 while DeepSeek's status page shows an outage: during outages DeepSeek has refused
 * valid keys ("Authentication Fails (no such user)"). Unless the echo shows another key
 * was sent, the outage is the likelier cause.
 */
export const keyRefusedInOutage: Rule = facts => {
	const refusedAt = keyRefusedAt(facts);
	return refusedAt !== undefined && facts.httpStatus(refusedAt) === 401 && facts.status('service_status') === 'fail' && !echoShowsWrongKey(facts)
		? {
			verdict: 'service_outage',
			summary: diagnoseMessages.outageKeyRefused(facts.result('service_status')?.summary ?? ''),
			// Its retry advice says to retry these 401s after the outage, as the summary does, not "never retry 401".
			fixes: [fixes.statusPage(), fixes.retryAfterOutage(), fixes.checkKeyInTool()],
		}
		: undefined;
};

/**
 * The check that saw the key refused: the key check, or — where it did not run (the
 * `balance` command) — a 401 to the balance reading, which is just as definite.
 */
function keyRefusedAt(facts: Facts): CheckId | undefined {
	if (facts.status('auth') === 'fail') return 'auth';
	return facts.status('auth') === undefined && facts.httpStatus('balance') === 401 ? 'balance' : undefined;
}

export const invalidKey: Rule = facts => {
	const refusedAt = keyRefusedAt(facts);
	if (refusedAt === undefined) return undefined;
	const blocked = blockedThere(facts);
	if (blocked) return blocked;
	// A money answer to the key check ("Insufficient Balance") is the balance talking, not a refused key.
	const authKind = facts.signature(refusedAt)?.kind as SignatureKind | undefined;
	if (authKind !== undefined && moneyKinds.has(authKind)) return undefined;
	const detail = facts.result(refusedAt)?.summary ?? '';
	// An incident in progress is worth naming next to a 401, even a minor one.
	const incident = facts.status('service_status') === 'warn' ? facts.result('service_status')?.summary : undefined;
	// The server got another key than the one sent: something in between replaced it.
	const replaced = echoShowsWrongKey(facts) && !isPlaceholderTail(facts.string('auth', 'echoedLastFour') ?? '');
	// Another vendor's key: a DeepSeek key is what is missing.
	const shape = facts.string('key_format', 'shape');
	const foreign = shape === 'foreign';
	// "Bearer ", quotes or NAME= sent as part of the key: removing them is the fix the summary names.
	const wrapped = shape === 'bearer' || shape === 'quoted' || shape === 'assignment' ? shape : undefined;
	// A start-up file (or Windows' variables) saves another DeepSeek key for new shells: this shell was started before it
	// changed, and the new key is likely the one meant. Not checked: it may belong with another base URL than this one.
	const stale = replaced || wrapped ? undefined : facts.startupKey();
	// The key checked is the one an agent app's settings hold (picked in the wizard): that file is where a working one goes.
	const fromApp = facts.string('key_present', 'source');
	const keyVariable = facts.string('key_present', 'keyVariable');
	const sentKey = isAgentApp(fromApp) ? fixes.replaceAppKey(fromApp, facts.string('key_present', 'settingsFile'), keyVariable)
		: fromApp === 'variable' && keyVariable ? fixes.replaceVariableKey(keyVariable, facts.string('key_present', 'dotenvFile'))
		: fixes.checkSentKey();
	// A new key is a fix of its own below (or no help at all), so the check does not offer one too.
	const own = replaced ? [fixes.network('proxy'), fixes.checkSentKey()] : foreign ? [fixes.createKey(), sentKey] : wrapped ? [fixes.unwrapKey(wrapped)] : [sentKey];
	const first = stale ? [fixes.useStartupKey(stale), ...own] : own;
	// A replaced key is no reason to make a new one: what replaced it would replace that too.
	const last = replaced ? [] : [fixes.createKey()];
	// A row that opens "Rejected (401)" already says the key is refused: the summary says it once, not "not accepted. Rejected".
	const lead = checkMessages.auth.rejected401;
	const refused = detail.startsWith(lead)
		? facts.quoting(diagnoseMessages.keyRejected(detail.slice(lead.length)), detail, {as: 'lead', lead: 'keyRejected'})
		: facts.quoting(diagnoseMessages.invalidKey(detail), detail, {as: 'lead', lead: 'invalidKey'});
	// Said with more around it (a key saved for new shells, an incident), it quotes no row.
	const said = stale ? {summary: diagnoseMessages.staleKeyRefused(refused.summary, stale)} : incident ? {summary: diagnoseMessages.invalidKeyDuringIncident(refused.summary, incident)} : refused;
	const list = incident ? dedupe([...first, fixes.statusPage(), ...last]) : dedupe([...first, ...last]);
	// An agent app or another tool's variable sends a DeepSeek key to its vendor's own API (key_present's appKeysToVendor,
	// keysSentElsewhere): its fix too, first where the key refused is the one it sends. After dedupe: each app's check_key_in_tool has a subject of its own.
	const to = {apps: facts.appKeysToVendor(), variables: facts.keysSentElsewhere()};
	const withApps = withKeysToVendor(to, refusedKeyIsTheirs(to, fromApp, keyVariable, facts.string('key_format', 'masked')), list);
	return {verdict: 'invalid_key', ...said, fixes: withApps};
};

/**
 * The key in use is in files git tracks here. It blocks no call, so every cause that does
 * comes first; it comes before `unknown`, because a committed key is a certain finding
 * that needs doing something now, while `unknown` only says that a check went wrong in a
 * way we could not name (its row still shows in the report).
 */
export const keyExposed: Rule = facts =>
	facts.status('key_exposure') === 'fail'
		? {verdict: 'key_exposed', summary: diagnoseMessages.keyExposed, fixes: [fixes.rotateKey(), fixes.usage()]}
		: undefined;
