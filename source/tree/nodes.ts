// The decision tree as data: questions, the live checks each step runs, and where their
// results lead. Leaves (what was found and the fix) are listed in leaves.ts and built in leaves/.
import {amountText} from '../text/amount.js';
import {inEnvironmentFile, settingsFileOfJson} from '../text/app-setting.js';
import {projectEnvName} from '../project-env.js';
import type {CheckId} from '../checks/types.js';
import {variableName} from '../checks/key-present.js';
import {openAiRoot, type KeyElsewhere} from '../context.js';
import {agentApps, agentAppUserFiles, isAgentApp, keyEnvVar, type AgentApp} from '../deepseek/facts.js';
import {deepSeekUrlInsteadOf, normaliseBaseUrl} from '../deepseek/url.js';
import {detectByHost} from '../providers/detect.js';
import {inFull} from '../providers/naming.js';
import {passesKeyOn} from '../providers/table.js';
import {arrivalSentence} from '../checks/balance.js';
import {isZeroAmount} from '../domain/decimal.js';
import {isModelName} from '../domain/models.js';
import {canPay, toppedUp} from '../domain/top-up.js';
import {onLanguageChange} from '../messages/language.js';
import {wizardText} from '../messages/wizard.js';
import {checkMessages} from '../messages/checks.js';
import type {Verdict} from '../verdict.js';
import {sanitize} from '../text/safe.js';
import * as facts from './facts.js';
import {leaves} from './leaves.js';
import {checkAppKeyOptions} from './leaves/shared.js';
import {vendorFixFile} from '../checks/app-keys.js';
import type {AppKeyOffer, ChecksNode, InputNode, Known, MenuNode, NodeId, Option, TreeNode, VariableKeyOffer, View, WaitNode} from './types.js';

/**
 * The top-up this walk found arrived: in these results, or in those before "Check again" while
 * the balance still pays. It is the same top-up then, so its question (and the answer given,
 * which "Check again" replays) stands: this run's own readings, which the balance check now
 * compares with, would otherwise hide it and send a user who said the calls work to the paid call's question.
 */
function arrival(view: View): ReturnType<typeof facts.toppedUpSince> {
	const now = facts.toppedUpSince(view.results);
	if (now) return now;
	const earlier = (view.before ? facts.toppedUpSince(view.before) : undefined) ?? sinceLastResult(view);
	return earlier && canPay(facts.reading(view.results)) ? earlier : undefined;
}

/**
 * The top-up that arrived since last time's result (of this account), in the currency that pays now: `balance --wait`
 * or the wizard's wait remembered the new money, so this run's balance check, comparing with that reading, sees none.
 */
function sinceLastResult(view: View): ReturnType<typeof facts.toppedUpSince> {
	const earlier = view.known.lastDiagnosis?.toppedUpSince;
	return earlier && earlier.currency === facts.mainBalance(facts.reading(view.results))?.currency ? earlier : undefined;
}

export const startNode: NodeId = 'start';


/** Where a diagnosis leads when a step has no more specific rule. */
export const verdictLeaf: Readonly<Record<Verdict, NodeId>> = {
	ok: 'leaf.ok',
	no_key: 'leaf.no_key',
	invalid_key: 'leaf.invalid_key',
	insufficient_balance: 'leaf.zero_balance',
	wrong_endpoint: 'leaf.relay',
	relay_insufficient_balance: 'leaf.relay',
	service_outage: 'leaf.outage',
	rate_limited: 'leaf.rate_limited',
	server_error: 'leaf.server_error',
	network_error: 'leaf.network',
	model_not_found: 'leaf.model_not_found',
	key_exposed: 'leaf.key_exposed',
	unknown: 'leaf.unknown',
};

/** Verdicts the relay leaf words for the service the calls go to, when that is not DeepSeek. */
const elsewhereVerdicts: ReadonlySet<Verdict> = new Set(['rate_limited', 'server_error', 'invalid_key']);

/** The diagnosis' leaf; a 402 while the balance shows credit goes to the "still 402" questions. */
function byVerdict(view: View): NodeId {
	// Another service's rate limit, failure or refusal of the key: the relay leaf names it
	// (the 429, 5xx and refused-key leaves are DeepSeek's).
	if (facts.goesElsewhere(view.results) && elsewhereVerdicts.has(view.diagnosis.verdict)) return 'leaf.relay';
	const reading = facts.reading(view.results);
	if (view.diagnosis.verdict === 'insufficient_balance' && reading) {
		const state = facts.balanceState(reading);
		if (state === 'positive' || state === 'bonus_only') return 'p402.still_402';
	}
	return verdictLeaf[view.diagnosis.verdict];
}

/** Causes the checks can see that are not the symptom picked: the result names what they saw (as `check` does). */
const seenInstead: ReadonlySet<Verdict> = new Set(['invalid_key', 'relay_insufficient_balance', 'rate_limited', 'server_error']);

/**
 * The leaf for a cause the checks saw other than the one the user reported (`reported`):
 * a refused key (there, when the calls go elsewhere), money run out there, a 429 or 5xx.
 * Undefined when they saw none.
 */
function otherCauseSeen(view: View, reported: Verdict): NodeId | undefined {
	if (facts.keyRejected(view.results)) return facts.goesElsewhere(view.results) ? 'leaf.relay' : 'leaf.invalid_key';
	const {verdict} = view.diagnosis;
	// Answers no API client can read (a web page, cut JSON) from a host nothing recognises:
	// the base URL, as check says, never a 429's or a 5xx's advice. A gateway that answers in
	// JSON is named by the symptom's own result.
	if (verdict === 'wrong_endpoint' && !facts.recognisedElsewhere(view.results) && facts.unreadableCheck(view.results) !== undefined) return byVerdict(view);
	// A request refused for what it is or where it comes from (a content filter, an address not
	// allowed): what to change, and whom to ask, as check says; never the symptom's advice.
	if (verdict === 'unknown' && (facts.refusedCheck(view.results) ?? facts.addressRefusedCheck(view.results) ?? facts.clientRefusedCheck(view.results) ?? facts.accountRefused(view.results)) !== undefined) return byVerdict(view);
	return verdict !== reported && seenInstead.has(verdict) ? byVerdict(view) : undefined;
}

const byVerdictRoutes: readonly NodeId[] = [...new Set([...Object.values(verdictLeaf), 'p402.still_402'])];

/** The leaf for a DeepSeek balance reading; undefined when there is none. */
function balanceLeaf(view: View, positive: NodeId, bonusOnly: NodeId = positive): NodeId | undefined {
	const reading = facts.reading(view.results);
	if (!reading) return undefined;
	const state = facts.balanceState(reading);
	if (state === 'empty' || state === 'unavailable') return 'leaf.zero_balance';
	return state === 'bonus_only' ? bonusOnly : positive;
}

function checks(
	id: NodeId,
	crumb: string,
	title: string,
	ids: readonly CheckId[],
	routes: readonly NodeId[],
	route: (view: View) => NodeId,
): ChecksNode {
	return {kind: 'checks', id, crumb, title, checks: ids, routes: [...new Set([...routes, ...byVerdictRoutes])], route};
}

/** An agent app's settings send calls elsewhere than the base URL in use: "Run every check" asks where first. */
function appSendsElsewhere(known: Known): AgentApp | undefined {
	const found = known.otherBaseUrls.find(other => isAgentApp(other.source))?.source;
	return isAgentApp(found) ? found : undefined;
}

/**
 * Another tool's base-URL variable (OPENAI_BASE_URL…, in the environment or a dotenv file) that sends its calls elsewhere
 * than the base URL in use; not its vendor's own API unless with a DeepSeek key (known.ts, context.ts sendsElsewhere).
 */
function variableSendsElsewhere(known: Known): Known['otherBaseUrls'][number] | undefined {
	return known.otherBaseUrls.find(other => !isAgentApp(other.source));
}

/**
 * Where "Run every check" and the 401 path start: the base-URL question where an app's settings or another tool's
 * variable (OPENAI_BASE_URL…) name another address, else the key. A key is refused, and money spent, where it is sent:
 * the key that tool sends (OPENAI_API_KEY) is checked there, not at DeepSeek.
 */
const startOf = (prefix: 'all' | 'p401', known: Known): NodeId =>
	appSendsElsewhere(known) || variableSendsElsewhere(known) ? `${prefix}.base_url` : `${prefix}.key`;
const everythingStart = (known: Known): NodeId => startOf('all', known);

/**
 * The answer a base-URL pick records (the wizard's path: the support report, the walk replayed by "check again the same
 * way"): `env:NAME` for a variable, in the environment or a dotenv file; `app:APP:SETTING` for an agent app's own
 * setting, as the app names it (`app:aider:set-env DEEPSEEK_API_BASE`, `app:claude_code:ANTHROPIC_BASE_URL`). Before,
 * an app's was `env:SETTING` too, read as a variable; a path remembered so still replays (step.ts replayedAnswer).
 */
function baseUrlPickId(other: {name: string; source?: string | undefined}): string {
	return isAgentApp(other.source) ? `${appPickPrefix}${other.source}:${other.name}` : `env:${other.name}`;
}

export const appPickPrefix = 'app:';

/**
 * An address another program sends a DeepSeek key to that is its vendor's own API, which refuses every DeepSeek key: an
 * agent app's (known.appKeysToVendor: Claude Code's ANTHROPIC_BASE_URL at api.anthropic.com) or another tool's variable
 * (deepSeekKeyTo: OPENAI_BASE_URL at api.openai.com, a DeepSeek key in OPENAI_API_KEY). Checking there would only hand the
 * key to that vendor: picked, the key is checked where the fix sends it (`url`'s path on DeepSeek's base URL here) and
 * offered first. `setting` set to `url` is that fix, in `file` (the app's settings) or `dotenvFile`; `keyVariable` holds the key.
 * `sameKey`: its key (masked) where the question offers it under another row only (DEEPSEEK_API_KEY holds the same key):
 * the help names it so, as that row shows it.
 */
type KeyToVendor = {host: string; setting: string; url: string; keyVariable: string; app?: AgentApp; file?: string; dotenvFile?: string; sameKey?: string};

function keyToVendorAt(known: Known, other: Known['otherBaseUrls'][number]): KeyToVendor | undefined {
	const host = URL.parse(other.url)?.host;
	if (isAgentApp(other.source)) {
		const sent = known.appKeysToVendor?.find(each => each.source === other.source && each.host === host);
		// Its key offered on its own, else (the same key as DEEPSEEK_API_KEY's, in the shell or a dotenv file) under that row.
		const offered = sent && known.appKeys?.[sent.source];
		return sent && {host: sanitize(sent.host), setting: sent.setting, url: sent.deepSeekUrl, keyVariable: offered ? sent.name : keyEnvVar, ...(offered ? {app: sent.source} : {sameKey: sanitize(sent.masked)}), file: sanitize(vendorFixFile(sent))};
	}
	const sent = other.deepSeekKeyTo;
	if (!sent || !host) return undefined;
	// A key the question offers first under another name (the same value in DEEPSEEK_API_KEY) has no row of its own.
	const ownRow = known.variableKeys?.some(offer => offer.name === sent.keyVariable);
	return {host, setting: other.name, url: deepSeekUrlInsteadOf(sent.vendor), keyVariable: sent.keyVariable, ...(other.source === 'dotenv' ? {dotenvFile: other.dotenvFile ?? projectEnvName} : {}), ...(ownRow ? {} : {sameKey: sanitize(sent.masked)})};
}

/** Where such a key is checked instead: the DeepSeek address its fix names (`/anthropic` for Anthropic's format), on DeepSeek's base URL here. */
const checkedAtDeepSeek = (known: Known, to: KeyToVendor): string => known.deepseekBaseUrl.replace(/\/+$/, '') + (URL.parse(to.url)?.pathname.replace(/\/+$/, '') ?? '');

/** The vendor's address the base-URL question picked (`choices.toVendor`, its pick's id), and what it is: its key is checked at DeepSeek. */
function keyToVendorPicked({known, choices}: View): {other: Known['otherBaseUrls'][number]; to: KeyToVendor} | undefined {
	const other = choices.toVendor === undefined ? undefined : known.otherBaseUrls.find(each => baseUrlPickId(each) === choices.toVendor);
	const to = other && keyToVendorAt(known, other);
	return other && to ? {other, to} : undefined;
}

/**
 * "Which address?" and the field to type one, for one branch; both lead to `next`. The address in use first, then
 * each other one the environment, a dotenv file or an agent app's settings name (the app's as it writes it), DeepSeek's own.
 */
function baseUrlStep(prefix: string, next: NodeId, text: Pick<MenuNode, 'question' | 'help'>): [MenuNode, InputNode] {
	const typed = `${prefix}.base_url_input`;
	return [
		{
			kind: 'menu',
			id: `${prefix}.base_url`,
			crumb: wizardText.baseUrl.crumb,
			...text,
			options: ({known}) => {
				const seen = new Set([known.baseUrl]);
				// Beside another tool's address, DeepSeek's default is not "the right one": it is DeepSeek's own API.
				const beside = known.baseUrlSource === 'default' && known.otherBaseUrls.some(other => other.url !== known.baseUrl);
				const options: Option[] = [{id: 'current', label: beside ? wizardText.baseUrl.currentDeepSeek(known.baseUrl) : wizardText.baseUrl.current(known.baseUrl, known.baseUrlSource, known.dotenvFiles?.baseUrl ?? projectEnvName), next}];
				for (const other of known.otherBaseUrls) {
					if (seen.has(other.url)) continue;
					seen.add(other.url);
					// Shown as written and checked where the tool's calls go (its /v1 kept, as `check --base-url` keeps it): a one-api
					// behind OPENAI_BASE_URL=http://host:3000/v1 answers its API under /v1 only, its web app at the bare address.
					const address = other.written ?? other.url;
					const label = isAgentApp(other.source) ? wizardText.baseUrl.fromApp(other.source, address)
						: other.source === 'dotenv' ? wizardText.baseUrl.fromProjectEnv(address, other.name, other.dotenvFile ?? projectEnvName)
						: wizardText.baseUrl.fromEnv(address, other.name);
					// A vendor's own API, which refuses the DeepSeek key sent there: that key is checked where its fix sends it.
					const toVendor = keyToVendorAt(known, other);
					const id = baseUrlPickId(other);
					options.push({id, label, next, sets: toVendor ? {baseUrl: checkedAtDeepSeek(known, toVendor), toVendor: id} : {baseUrl: openAiRoot(address)}});
				}
				if (!seen.has(known.deepseekBaseUrl)) {
					options.push({id: 'deepseek', label: wizardText.baseUrl.deepseek(known.deepseekBaseUrl), next, sets: {baseUrl: known.deepseekBaseUrl}});
				}
				options.push({id: 'type', label: wizardText.baseUrl.typeIt, next: typed});
				return options;
			},
		},
		{
			kind: 'input',
			id: typed,
			crumb: wizardText.baseUrl.inputCrumb,
			question: () => wizardText.baseUrl.inputQuestion,
			help: () => [wizardText.baseUrl.inputHelp],
			secret: false,
			placeholder: wizardText.baseUrl.placeholder,
			validate: value => {
				const parsed = normaliseBaseUrl(value);
				if (!parsed.ok) return parsed.reason;
				// Refused here, not at the checks: the key never goes out over plain http but to this computer.
				return parsed.value.protocol === 'http:' && !parsed.value.isLoopback ? wizardText.baseUrl.plainHttp({host: parsed.value.host}) : undefined;
			},
			sets: value => ({baseUrl: value.trim()}),
			next,
		},
	];
}

/** "Which address should be checked?", where an agent app's settings or another tool's variable send calls elsewhere: asked only then. */
const baseUrlToCheck: Pick<MenuNode, 'question' | 'help'> = {
	question: () => wizardText.baseUrl.questionToCheck,
	help: ({known}) => {
		const app = appSendsElsewhere(known);
		const variable = variableSendsElsewhere(known);
		if (app) return [wizardText.baseUrl.helpApp({app})];
		const toVendor = variable?.deepSeekKeyTo;
		if (variable && toVendor) return [wizardText.baseUrl.helpKeyToVendor({variable: variable.name, keyVariable: toVendor.keyVariable, keyFile: toVendor.keyFile, masked: toVendor.masked, vendor: toVendor.vendor})];
		return variable ? [wizardText.baseUrl.helpVariable({variable: variable.name})] : [];
	},
};

const baseUrlSteps = () => [
	...baseUrlStep('p402', 'p402.key', {question: () => wizardText.baseUrl.question, help: ({choices}) => [wizardText.baseUrl.help[choices.program ?? 'unsure']]}),
	...baseUrlStep('all', 'all.key', baseUrlToCheck),
	// A key refused (401) is refused where it is sent: the app's own address may be the one its key belongs to.
	...baseUrlStep('p401', 'p401.key', baseUrlToCheck),
];

/** The address the base-URL question picked, normalised as the known addresses' `url` (a pick is kept as written). */
function pickedAddress(choices: View['choices']): string | undefined {
	const parsed = choices.baseUrl === undefined ? undefined : normaliseBaseUrl(choices.baseUrl);
	return parsed?.ok ? parsed.value.url : choices.baseUrl;
}

/**
 * The agent app whose address the base-URL question picked, and the key its settings offer with it: the key that app
 * sends there (none where the address is no app's, or that app's key is offered under another name already).
 */
function appKeySentWith(view: View): {app: AgentApp; offered: AppKeyOffer} | undefined {
	const {known, choices} = view;
	const picked = pickedAddress(choices);
	if (picked === undefined) return undefined;
	const app = keyToVendorPicked(view)?.to.app ?? known.otherBaseUrls.find(other => other.url === picked && isAgentApp(other.source))?.source;
	const offered = isAgentApp(app) ? known.appKeys?.[app] : undefined;
	return isAgentApp(app) && offered ? {app, offered} : undefined;
}

/**
 * The key in another tool's variable (OPENAI_API_KEY…) the key question offers: the one that tool sends to the address
 * picked (OPENAI_BASE_URL's; `baseVariable` names it, `baseFile` the dotenv file it is in), else, with no key found, the
 * DeepSeek-shaped one the start screen names. Only ever sent where picked here. The key and its base-URL variable may
 * each be in the environment or a dotenv file, as a program here gets them (known.ts).
 */
function variableKeyOffer(view: View): {offer: VariableKeyOffer; baseVariable?: string; baseFile?: string} | undefined {
	const {known, choices} = view;
	// A vendor's own API picked: checked at DeepSeek, but the key offered is still the one sent to that API.
	const picked = keyToVendorPicked(view)?.other.url ?? pickedAddress(choices);
	const sentThere = picked === undefined ? undefined : known.variableKeys?.find(offer => offer.sentTo === picked);
	const base = sentThere && known.otherBaseUrls.find(other => other.url === picked && other.name === sentThere.baseVariable && !isAgentApp(other.source));
	if (sentThere && base) return {offer: sentThere, baseVariable: base.name, ...(base.source === 'dotenv' ? {baseFile: base.dotenvFile ?? projectEnvName} : {})};
	const elsewhere = known.keyElsewhere;
	const named = elsewhere && !elsewhere.source ? known.variableKeys?.find(offer => offer.name === elsewhere.name && Boolean(offer.dotenvFile) === Boolean(elsewhere.inProjectEnv)) : undefined;
	return named ? {offer: named} : undefined;
}

/** "Which key?" and the paste field, for one branch; both lead to `next`. */
/**
 * Whose key a relay or gateway takes: the one it gave you; but a gateway that passes the key on (Cloudflare AI Gateway,
 * Helicone) takes your DeepSeek key, as the start screen says of it, and DeepSeek's own address needs no word.
 */
function gatewayKeyHelp(view: View): string | undefined {
	const found = detectByHost(view.choices.baseUrl ?? view.known.baseUrl);
	if (found?.id === 'deepseek') return undefined;
	return found && passesKeyOn(found.id) ? wizardText.key.helpGatewayPassesKeyOn({name: found.name}) : wizardText.key.helpGateway;
}

/**
 * The DeepSeek key question after a relay's result: where the key in DEEPSEEK_API_KEY is the one the service in between
 * just refused or took (the help above says whose), the cursor starts on "Paste a key", not on sending that service's key
 * to DeepSeek. Not at a gateway that passes the user's own DeepSeek key on (Cloudflare AI Gateway, Helicone): that key is right.
 */
function deepSeekKeyStart(view: View): string | undefined {
	const {calls} = view.choices;
	const found = facts.provider(view.results);
	if (!calls || !view.known.envKey || !found || found.id === 'deepseek' || passesKeyOn(found.id)) return undefined;
	return (calls.keyChoice ?? 'env') === 'env' ? 'paste' : undefined;
}

/** An app's offered key is the shell's variable `elsewhere` names (the same name and key), not its settings'. */
const isOfferedFromShell = (offered: AppKeyOffer | undefined, elsewhere: KeyElsewhere): boolean =>
	offered?.file === inEnvironmentFile && offered.name === elsewhere.name && offered.masked === elsewhere.masked && !elsewhere.inProjectEnv;

function keyStep(prefix: string, next: NodeId, extraHelp?: (view: View) => string | undefined): [MenuNode, InputNode] {
	const paste = `${prefix}.key_paste`;
	const help = (view: View) => {
		const elsewhere = view.known.keyElsewhere;
		const sentWith = appKeySentWith(view);
		const toVendor = keyToVendorPicked(view)?.to;
		const inVariable = variableKeyOffer(view);
		// The variable named is the shell's key an app sends (Claude Code's ANTHROPIC_AUTH_TOKEN): offered as that app's.
		const shellApp = elsewhere && !elsewhere.source ? agentApps.find(app => isOfferedFromShell(view.known.appKeys?.[app], elsewhere)) : undefined;
		const extra =
			extraHelp?.(view) ??
			(toVendor ? wizardText.key.helpToVendor(toVendor)
				: view.choices.program === 'gateway' ? gatewayKeyHelp(view)
				: inVariable?.baseVariable ? wizardText.key.helpVariable({variable: inVariable.offer.name, masked: inVariable.offer.masked, baseVariable: inVariable.baseVariable, file: inVariable.offer.dotenvFile, baseFile: inVariable.baseFile})
				: sentWith ? wizardText.key.helpApp({app: sentWith.app, variable: sentWith.offered.name, masked: sentWith.offered.masked, file: sentWith.offered.file})
				: view.known.dotenvUtf16 ? checkMessages.keyPresent.dotenvUtf16(view.known.dotenvUtf16)
				: view.known.dotenvFullWidth ? checkMessages.keyPresent.dotenvFullWidthEquals(view.known.dotenvFullWidth)
				: elsewhere?.source ? wizardText.key.helpApp({app: elsewhere.source, variable: elsewhere.name, masked: elsewhere.masked, file: settingsFileOfJson(elsewhere, agentAppUserFiles[elsewhere.source])})
				: elsewhere && shellApp ? wizardText.key.helpApp({app: shellApp, variable: elsewhere.name, masked: elsewhere.masked, file: inEnvironmentFile})
				: elsewhere ? wizardText.key.helpElsewhere({variable: variableName(elsewhere), masked: elsewhere.masked, offered: inVariable !== undefined})
				: view.known.keySavedIn ? wizardText.key.helpSaved(view.known.keySavedIn)
				: view.known.envKey && view.known.startupKey ? wizardText.key.helpStartup(view.known.startupKey)
				: undefined);
		// The vendor's API refusing the key first: in a short window it is the line kept.
		if (toVendor && extra) return [extra, wizardText.key.help];
		return extra ? [wizardText.key.help, extra] : [wizardText.key.help];
	};
	return [
		{
			kind: 'menu',
			id: `${prefix}.key`,
			crumb: wizardText.key.crumb,
			// "it" only after the question about the program that makes the calls.
			question: ({choices}) => (prefix === 'ds' ? wizardText.key.questionDeepSeek : choices.program ? wizardText.key.question : wizardText.key.questionToCheck),
			help,
			...(prefix === 'ds' ? {startAt: deepSeekKeyStart} : {}),
			options: view => {
				const {known} = view;
				// The key each agent app sends, from its settings (Claude Code's, OpenCode's, Continue's, Aider's, Codex's): checked only when picked here.
				const appOptions = agentApps.flatMap(app => {
					const offered = known.appKeys?.[app];
					return offered ? [{id: app, label: wizardText.key.app(app, offered.masked, offered.file === inEnvironmentFile ? offered.name : undefined), next, sets: {keyChoice: app}} satisfies Option] : [];
				});
				// Where the address picked is an app's, that app's key first: it is the key sent there.
				const sentWith = appKeySentWith(view)?.app;
				// Another tool's variable: first where that tool sends it to the address picked (it is the key sent there), else after the apps'.
				const inVariable = variableKeyOffer(view);
				const variableOptions = inVariable ? [{id: `variable:${inVariable.offer.name}`, label: wizardText.key.variable(inVariable.offer.name, inVariable.offer.masked, inVariable.offer.dotenvFile), next, sets: {keyChoice: inVariable.offer.name}} satisfies Option] : [];
				const variableFirst = inVariable?.baseVariable !== undefined;
				return [
					...(variableFirst ? variableOptions : []),
					...appOptions.filter(option => option.id === sentWith),
					...(known.envKey ? [{id: 'env', label: wizardText.key.env(known.envKey), next, sets: {keyChoice: 'env'}} satisfies Option] : []),
					// After the environment's, as dotenv loads it (a program here sends it when the shell sets none).
					...(known.projectEnvKey ? [{id: 'dotenv', label: wizardText.key.projectEnv(known.projectEnvKey, known.dotenvFiles?.key ?? projectEnvName), next, sets: {keyChoice: 'dotenv'}} satisfies Option] : []),
					...appOptions.filter(option => option.id !== sentWith),
					...(variableFirst ? [] : variableOptions),
					...(known.rememberedKey
						? [{id: 'remembered', label: wizardText.key.remembered(known.rememberedKey), next, sets: {keyChoice: 'remembered'}} satisfies Option]
						: []),
					{id: 'paste', label: wizardText.key.paste, next: paste},
					{id: 'none', label: wizardText.key.none, next: 'leaf.no_key'},
				];
			},
		},
		{
			kind: 'input',
			id: paste,
			crumb: wizardText.key.pasteCrumb,
			question: () => wizardText.key.pasteQuestion,
			help: () => [wizardText.key.pasteHelp],
			secret: true,
			validate: value => (value.trim() === '' ? wizardText.key.empty : undefined),
			sets: () => ({keyChoice: 'prompt'}),
			next,
		},
	];
}

/** `10`, `2.50`, `10 usd`: an amount and an optional currency. */
const alertPattern = /^(\d{1,12}(?:\.\d{1,4})?)(?:\s*([A-Za-z]{3}))?$/;

function alertCurrency(view: View): string {
	return facts.mainBalance(facts.reading(view.results))?.currency ?? view.known.currency ?? 'CNY';
}

/**
 * The balance holds topped-up credit and the test call did not just get 402: the 402 the user saw may have come
 * before that top-up arrived. Granted credit alone says no top-up arrived.
 */
function topUpShows(view: View): boolean {
	const main = facts.mainBalance(facts.reading(view.results));
	return facts.httpStatus(view.results, 'probe') !== 402 && main !== undefined && !isZeroAmount(main.toppedUp);
}

/** The balance that pays, as its questions' help says it, where one was read. */
function balanceRead(results: View['results']): string | undefined {
	const main = facts.mainBalance(facts.reading(results));
	return main ? amountText(main.total, main.currency) : undefined;
}

/** Why a payment made is not in this key's balance: still pending, another login's account, declined. */
const paymentNotHere = (): Option[] => [
	{id: 'topup', label: wizardText.still402.topup, next: 'leaf.topup_pending'},
	{id: 'account', label: wizardText.still402.account, next: 'leaf.other_account'},
	{id: 'payment', label: wizardText.still402.payment, next: 'leaf.payment_failed'},
];

const menus = (): MenuNode[] => [
	{
		kind: 'menu',
		id: startNode,
		crumb: wizardText.breadcrumbStart,
		question: () => wizardText.start.question,
		options: ({known}) => [
			...(known.lastDiagnosis
				? [{id: 'recheck', label: known.lastDiagnosis.toppedUpSince ? wizardText.start.options.recheckAfterTopUp : wizardText.start.options.recheck, effect: {type: 'recheck'}} satisfies Option]
				: []),
			{id: '402', label: wizardText.start.options.fails402, next: 'p402.program'},
			{id: 'other', label: wizardText.start.options.failsOther, next: 'other.symptom'},
			{
				id: 'balance',
				// An alert already set is not offered again as if there were none.
				label: known.alert ? wizardText.start.options.balanceAlertSet({amount: known.alert.amount, currency: known.alert.currency ?? known.currency ?? ''}) : wizardText.start.options.balance,
				next: 'balance.key',
			},
			{id: 'drain', label: wizardText.start.options.drains, next: 'drain.key'},
			{id: 'everything', label: wizardText.start.options.everything, next: everythingStart(known)},
			{id: 'faq', label: wizardText.start.options.faq, next: 'faq'},
			...(known.languageToRemember
				? [{id: 'remember_language', label: wizardText.start.options.rememberLanguage, effect: {type: 'remember_language', language: known.languageToRemember}} satisfies Option]
				: []),
		],
	},
	{
		kind: 'menu',
		id: 'p402.program',
		crumb: wizardText.program.crumb,
		question: () => wizardText.program.question,
		help: () => [wizardText.program.help],
		options: () =>
			(['own_code', 'app', 'gateway', 'unsure'] as const).map(program => ({
				id: program,
				label: wizardText.program.options[program],
				next: 'p402.base_url',
				sets: {program},
			})),
	},
	{
		kind: 'menu',
		id: 'p402.probe_consent',
		crumb: wizardText.probe.crumb,
		// Asked with a balance that can pay, or (a gateway that does not pass the balance query on) with none read.
		question: ({results}) => (facts.reading(results) ? wizardText.probe.question : wizardText.probe.questionUnread),
		help: () => [wizardText.probe.help],
		// "No" first: the paid call is never what Enter picks without a look. Without a balance
		// read, "money left" is not known: the 402 the user reported is the finding.
		options: ({results}) => [
			{id: 'no', label: wizardText.probe.no, next: facts.reading(results) ? 'p402.still_402' : 'leaf.zero_balance'},
			// The model question only when /models listed some to pick from.
			{id: 'yes', label: wizardText.probe.yes, next: facts.probeModels(results).length > 0 ? 'p402.probe_model' : 'p402.check_probe', sets: {probe: true}},
		],
	},
	{
		kind: 'menu',
		id: 'p402.probe_model',
		crumb: wizardText.probeModel.crumb,
		question: () => wizardText.probeModel.question,
		help: () => [wizardText.probeModel.help],
		// Ranked by the auth check: last time's pick first (when listed), then the default; then
		// a name not in the list, as the user's program may send (its id has a space: no model's can).
		// The pick is remembered only once the test call did not refute it (wizard/effects.ts).
		options: ({results, known}) => [
			...facts.probeModels(results).map(
				(model): Option => ({
					id: model,
					label: wizardText.probeModel.option(model, model === known.probeModelTried ? 'just_tried' : model === known.probeModel ? 'last_time' : undefined),
					next: 'p402.check_probe',
					sets: {probeModel: model},
				}),
			),
			{id: 'type it', label: wizardText.probeModel.typeIt, next: 'p402.probe_model_input'},
		],
	},
	{
		kind: 'menu',
		id: 'p402.recovered',
		crumb: wizardText.recovered.crumb,
		question: () => wizardText.recovered.question,
		// What changed since the last reading of this account, with the figures and when.
		help: (view, now) => {
			const before = arrival(view);
			const main = facts.mainBalance(facts.reading(view.results));
			return before && main ? [arrivalSentence(before, main, now)] : [];
		},
		// "Yes" first: Enter never picks the paid call's question, let alone the call.
		options: () => [
			{id: 'yes', label: wizardText.recovered.yes, next: 'leaf.calls_work'},
			{id: 'no', label: wizardText.recovered.no, next: 'p402.probe_consent'},
		],
	},
	{
		kind: 'menu',
		id: 'p402.still_402',
		crumb: wizardText.still402.crumb,
		question: () => wizardText.still402.question,
		help: ({results}) => {
			const balance = balanceRead(results);
			if (balance === undefined) return [];
			// Agent apps send other keys (key_present warns): the likeliest reason, said under the balance, naming each.
			const apps = facts.appKeysFound(results).map(({source, masked}) => ({app: source, masked}));
			return [facts.httpStatus(results, 'probe') === 402 ? wizardText.still402.probeRefused(balance) : wizardText.still402.noProbe(balance), ...(apps.length > 0 ? [wizardText.still402.appKeys({apps})] : [])];
		},
		// Their keys first (one option per app): the balance read is the key checked's, not the ones the apps send.
		// Then, where a top-up shows: the 402 came before it arrived (retry now).
		options: view => [
			...checkAppKeyOptions(view),
			...(topUpShows(view) ? [{id: 'before', label: wizardText.still402.before, next: 'leaf.topped_up'}] : []),
			...paymentNotHere(),
			{id: 'none', label: wizardText.still402.none, next: 'leaf.support'},
		],
	},
	{
		kind: 'menu',
		id: 'p402.paid_empty',
		crumb: wizardText.paidEmpty.crumb,
		question: () => wizardText.still402.question,
		// Whose balance it is, by the key checked: the money went somewhere, not to this key's account.
		help: ({results}) => {
			const balance = balanceRead(results);
			return balance === undefined ? [] : [wizardText.paidEmpty.help({balance, masked: facts.checkedKey(results) ?? ''})];
		},
		// Only here, on an empty DeepSeek balance: a top-up at a cloud or relay that sells DeepSeek's models is money there.
		options: () => [...paymentNotHere(), {id: 'elsewhere', label: wizardText.still402.elsewhere, shorter: [wizardText.still402.elsewhereShort], next: 'leaf.paid_elsewhere'}],
	},
	{
		kind: 'menu',
		id: 'other.symptom',
		crumb: wizardText.other.crumb,
		question: () => wizardText.other.question,
		options: ({known}) => [
			{id: '401', label: wizardText.other.e401, next: startOf('p401', known), sets: {reported: '401'}},
			{id: '429', label: wizardText.other.e429, next: 'p429.key', sets: {reported: '429'}},
			{id: '5xx', label: wizardText.other.e5xx, next: 'p5xx.check', sets: {reported: '5xx'}},
			{id: 'network', label: wizardText.other.network, next: 'pnet.check', sets: {reported: 'network'}},
			{id: 'unsure', label: wizardText.other.unsure, next: everythingStart(known)},
		],
	},
	{
		kind: 'menu',
		id: 'all.probe_consent',
		crumb: wizardText.probe.crumb,
		question: () => wizardText.probe.questionEverything,
		// Asked before /models is read: the model is named as the test call will choose it (checks/probe.ts).
		help: ({known}) => [wizardText.probe.help, everythingModel(known)],
		// "No" first, as on the 402 path.
		options: () => [
			{id: 'no', label: wizardText.probe.no, next: 'all.check'},
			{id: 'yes', label: wizardText.probe.yes, next: 'all.check', sets: {probe: true}},
		],
	},
	{
		kind: 'menu',
		id: 'faq',
		crumb: wizardText.faq.crumb,
		question: () => wizardText.faq.question,
		options: () => [
			{id: 'plans', label: wizardText.faq.plans, next: 'leaf.faq_plans'},
			{id: 'auto_reload', label: wizardText.faq.autoReload, next: 'leaf.faq_auto_reload'},
			{id: 'alerts', label: wizardText.faq.alerts, next: 'leaf.faq_alerts'},
			{id: 'teams', label: wizardText.faq.teams, next: 'leaf.faq_teams'},
			{id: 'cache', label: wizardText.faq.cache, next: 'leaf.faq_cache'},
		],
	},
];

/** The model the test call of "Run every check" uses, in words: --model, else last time's pick while listed, else the default. */
function everythingModel(known: Known): string {
	const said = wizardText.probe.everythingModel;
	if (known.modelFlag !== undefined) return said.asked({model: known.modelFlag});
	if (known.probeModel === undefined) return said.default;
	return known.probeModel === known.probeModelTried ? said.justTried({model: known.probeModel}) : said.lastTime({model: known.probeModel});
}

const inputs = (): InputNode[] => [
	{
		kind: 'input',
		id: 'p402.probe_model_input',
		crumb: wizardText.probeModel.inputCrumb,
		question: () => wizardText.probeModel.inputQuestion,
		help: () => [wizardText.probeModel.inputHelp],
		secret: false,
		placeholder: wizardText.probeModel.placeholder,
		validate: value => {
			const name = value.trim();
			if (name === '') return wizardText.probeModel.empty;
			return isModelName(name) ? undefined : wizardText.probeModel.invalid;
		},
		// Used, and remembered after the test call, as a picked model is.
		sets: value => ({probeModel: value.trim()}),
		next: 'p402.check_probe',
	},
	{
		kind: 'input',
		id: 'alert.input',
		crumb: wizardText.alert.crumb,
		question: view => wizardText.alert.question(alertCurrency(view)),
		help: () => [wizardText.alert.help],
		secret: false,
		validate: value => {
			const [, amount] = alertPattern.exec(value.trim()) ?? [];
			if (amount === undefined) return wizardText.alert.invalid;
			return isZeroAmount(amount) ? wizardText.alert.zero : undefined;
		},
		sets: (value, view) => {
			const [, amount, currency] = alertPattern.exec(value.trim()) ?? [];
			return {alertAmount: amount ?? value.trim(), alertCurrency: (currency ?? alertCurrency(view)).toUpperCase()};
		},
		effect: 'save_alert',
		next: 'leaf.alert_saved',
	},
];


/**
 * The calls cannot get through: no answer came (the network, a proxy), or the service that
 * answered says its own call on to the service behind it failed (its way out, or HTTPS
 * intercepted there: check's network_error over that answer). Either is the network leaf's,
 * wherever the calls go, never the relay's "does not reach DeepSeek".
 */
const cannotGetThrough = (view: View) => facts.unreachable(view.results) || (view.diagnosis.verdict === 'network_error' && facts.wayOutFailed(view.results));

const checkSteps = (): ChecksNode[] => [
	// DeepSeek's status too: during its outages it has refused valid keys with 401.
	checks('p402.check_key', wizardText.checks.keyCrumb, wizardText.checks.keyTitle, ['key_format', 'endpoint', 'auth', 'service_status'], ['leaf.network', 'p402.check_balance', 'leaf.outage', 'leaf.invalid_key'], view => {
		if (cannotGetThrough(view)) return 'leaf.network';
		if (facts.goesElsewhere(view.results)) return 'p402.check_balance';
		if (facts.keyRejected(view.results)) return view.diagnosis.verdict === 'service_outage' ? 'leaf.outage' : 'leaf.invalid_key';
		if (facts.status(view.results, 'auth') === 'pass') return 'p402.check_balance';
		return byVerdict(view);
	}),
	checks('p402.check_balance', wizardText.checks.balanceCrumb, wizardText.checks.balanceTitle, ['balance'], ['leaf.network', 'leaf.relay', 'leaf.zero_balance', 'p402.probe_consent', 'p402.recovered', 'leaf.topped_up'], view => {
		if (cannotGetThrough(view)) return 'leaf.network';
		if (facts.goesElsewhere(view.results)) return 'leaf.relay';
		// Checked again after a top-up: the 402 was the empty balance, and that is over.
		if (view.before && toppedUp(facts.reading(view.before), facts.reading(view.results))) return 'leaf.topped_up';
		// The last remembered reading of this account could not pay, and now it can: ask whether the calls work again.
		if (arrival(view)) return 'p402.recovered';
		// No balance read (a gateway that does not pass the query on) and nothing else wrong: only the paid call can see the 402.
		if (!facts.reading(view.results) && view.diagnosis.verdict === 'ok') return 'p402.probe_consent';
		return balanceLeaf(view, 'p402.probe_consent') ?? byVerdict(view);
	}),
	checks('p402.check_probe', wizardText.checks.probeCrumb, wizardText.checks.probeTitle, ['probe'], ['leaf.network', 'leaf.outage', 'leaf.relay', 'p402.still_402', 'leaf.probe_ok'], view => {
		if (cannotGetThrough(view)) return 'leaf.network';
		// A wrong model name is the finding wherever the calls go (the leaf names the service).
		if (view.diagnosis.verdict === 'model_not_found') return 'leaf.model_not_found';
		// So is a refused request (a content filter, a max_tokens out of range): what to change, and whom to ask, as check says.
		if (view.diagnosis.verdict === 'unknown' && facts.refusedCheck(view.results) !== undefined) return 'leaf.unknown';
		// So is DeepSeek's outage, as check says with the same results: diagnose() has weighed whether it explains
		// the call's answer there (a relay that sends calls on to DeepSeek) or outranks a call that went through.
		if (view.diagnosis.verdict === 'service_outage') return 'leaf.outage';
		if (facts.goesElsewhere(view.results)) return 'leaf.relay';
		// A 402 with credit showing is the "money left" question; with no balance read (a gateway that does not pass the query on), the finding.
		if (facts.httpStatus(view.results, 'probe') === 402) return facts.reading(view.results) ? 'p402.still_402' : 'leaf.zero_balance';
		if (facts.status(view.results, 'probe') === 'pass') return 'leaf.probe_ok';
		return byVerdict(view);
	}),
	checks('ds.check', wizardText.checks.deepseekCrumb, wizardText.checks.deepseekTitle, ['key_format', 'auth', 'balance'], ['leaf.network', 'leaf.invalid_key', 'leaf.zero_balance', 'leaf.deepseek_ok'], view => {
		if (cannotGetThrough(view)) return 'leaf.network';
		if (facts.keyRejected(view.results)) return 'leaf.invalid_key';
		return balanceLeaf(view, 'leaf.deepseek_ok') ?? byVerdict(view);
	}),
	// DeepSeek's status too: during its outages it has refused valid keys with 401. The balance
	// too (a free GET): a gateway answers a used-up token with a 401 that does not say so
	// (new-api's 无效的令牌), while its usage endpoint reads 0 left.
	checks('p401.check', wizardText.checks.keyCrumb, wizardText.checks.keyTitle, ['key_format', 'endpoint', 'auth', 'balance', 'service_status'], ['leaf.network', 'leaf.relay', 'leaf.outage', 'leaf.invalid_key', 'leaf.key_ok'], view => {
		if (cannotGetThrough(view)) return 'leaf.network';
		if (facts.goesElsewhere(view.results)) return 'leaf.relay';
		// During an outage the 401s are likelier its doing than the key's, refused now or not (as the diagnosis holds).
		if (view.diagnosis.verdict === 'service_outage') return 'leaf.outage';
		if (facts.keyRejected(view.results)) return 'leaf.invalid_key';
		// The key accepted, and nothing else wrong that these checks see; else that is the finding
		// (an empty balance, say), as check says: never "key accepted" and no more above it.
		if (facts.status(view.results, 'auth') === 'pass' && view.diagnosis.verdict === 'ok') return 'leaf.key_ok';
		return byVerdict(view);
	}),
	// Where the calls go too: another service's 429s are its own (the leaf names it).
	checks('p429.check', wizardText.checks.statusCrumb, wizardText.checks.statusTitle, ['endpoint', 'auth', 'balance', 'service_status'], ['leaf.network', 'leaf.outage', 'leaf.invalid_key', 'leaf.rate_limited'], view => {
		if (cannotGetThrough(view)) return 'leaf.network';
		// Another service's 429s are its own, outage or not (as diagnose() holds).
		if (!facts.goesElsewhere(view.results) && facts.outageAffectsCalls(view.results)) return 'leaf.outage';
		// A refused key, money run out there, a 5xx: not a 429's advice.
		return otherCauseSeen(view, 'rate_limited') ?? 'leaf.rate_limited';
	}),
	// The key and the balance too (free GETs): a refused key, a used-up token or a 429 behind the 5xx is the finding.
	checks('p5xx.check', wizardText.checks.statusCrumb, wizardText.checks.statusTitle, ['endpoint', 'auth', 'balance', 'service_status'], ['leaf.network', 'leaf.outage', 'leaf.invalid_key', 'leaf.server_error'], view => {
		if (cannotGetThrough(view)) return 'leaf.network';
		if (facts.outageAffectsCalls(view.results)) return 'leaf.outage';
		return otherCauseSeen(view, 'server_error') ?? 'leaf.server_error';
	}),
	checks('pnet.check', wizardText.checks.statusCrumb, wizardText.checks.statusTitle, ['network', 'endpoint', 'auth', 'service_status'], ['leaf.network', 'leaf.outage', 'leaf.reachable'], view => {
		if (cannotGetThrough(view)) return 'leaf.network';
		if (facts.outageAffectsCalls(view.results)) return 'leaf.outage';
		// Reached, and answered: a refused key, a refused request, a 429 or a 5xx is the finding, not the network (otherCauseSeen).
		// So are answers from a host nothing recognises that no API client can read (a web page,
		// cut JSON): the base URL, as check says. A recognised service that answers is reachable.
		if (view.diagnosis.verdict === 'wrong_endpoint' && !facts.recognisedElsewhere(view.results)) return byVerdict(view);
		return otherCauseSeen(view, 'network_error') ?? 'leaf.reachable';
	}),
	// DeepSeek's status too: during its outages it has refused valid keys with 401, the balance reading's as well.
	checks('balance.check', wizardText.checks.balanceCrumb, wizardText.checks.balanceTitle, ['balance', 'usage_trend', 'service_status'], ['leaf.network', 'leaf.relay', 'leaf.outage', 'leaf.invalid_key', 'leaf.zero_balance', 'leaf.bonus_only', 'leaf.balance', 'leaf.balance_unread'], view => {
		if (cannotGetThrough(view)) return 'leaf.network';
		if (facts.goesElsewhere(view.results)) return 'leaf.relay';
		// An outage that fails the calls outranks the balance, as check weighs it (with a refused key too).
		if (view.diagnosis.verdict === 'service_outage') return 'leaf.outage';
		if (facts.keyRejected(view.results)) return 'leaf.invalid_key';
		return balanceLeaf(view, 'leaf.balance', 'leaf.bonus_only') ?? (view.diagnosis.verdict === 'ok' ? 'leaf.balance_unread' : byVerdict(view));
	}),
	checks('drain.check', wizardText.checks.drainCrumb, wizardText.checks.drainTitle, ['balance', 'usage_trend', 'key_exposure'], ['leaf.network', 'leaf.relay', 'leaf.invalid_key', 'leaf.drain'], view => {
		if (cannotGetThrough(view)) return 'leaf.network';
		// Spent at another service: its balance and console, not DeepSeek's usage page (as the balance branch).
		if (facts.goesElsewhere(view.results)) return 'leaf.relay';
		// A key refused when reading the balance spends nothing: the key is the finding.
		if (view.diagnosis.verdict === 'invalid_key') return byVerdict(view);
		return 'leaf.drain';
	}),
	checks(
		'all.check',
		wizardText.checks.everythingCrumb,
		wizardText.checks.everythingTitle,
		['key_present', 'key_format', 'network', 'endpoint', 'auth', 'balance', 'service_status', 'probe', 'key_exposure', 'usage_trend'],
		['leaf.bonus_only', 'leaf.balance_unread'],
		view => {
			if (view.diagnosis.verdict === 'ok' && balanceLeaf(view, 'leaf.ok', 'leaf.bonus_only') === 'leaf.bonus_only') return 'leaf.bonus_only';
			// Nothing failed, but no check saw the money: not "no problem found" (as the balance branch ends).
			if (view.diagnosis.verdict === 'ok' && facts.balanceUnseen(view.results)) return 'leaf.balance_unread';
			return byVerdict(view);
		},
	),
];

/** Waiting for a top-up: the balance is read again and again until it can pay, or the time is up. */
const waitSteps = (): WaitNode[] => [{kind: 'wait', id: 'wait.topup', crumb: wizardText.wait.crumb, title: wizardText.wait.title, arrived: 'leaf.topped_up', timedOut: 'leaf.wait_over'}];

/**
 * "Also check my DeepSeek account", after a service in between was checked: the key it got (often the one in
 * DEEPSEEK_API_KEY, offered first below) is that service's, so the help says whose it is before asking for DeepSeek's.
 */
function deepSeekKeyHelp(view: View): string {
	const masked = facts.checkedKey(view.results);
	const found = facts.provider(view.results);
	const name = found && found.id !== 'deepseek' ? found.name : undefined;
	// A screen of its own: the service in full (in Chinese by its Chinese name).
	return masked && name ? inFull(wizardText.key.helpDeepSeekSent({masked: sanitize(masked), name: sanitize(name)})) : wizardText.key.helpDeepSeek;
}

const keySteps = () => [
	...keyStep('p402', 'p402.check_key'),
	...keyStep('ds', 'ds.check', deepSeekKeyHelp),
	...keyStep('p401', 'p401.check'),
	...keyStep('p429', 'p429.check'),
	...keyStep('balance', 'balance.check'),
	...keyStep('drain', 'drain.check'),
	...keyStep('all', 'all.probe_consent'),
];

/**
 * The nodes, built in the current language: their crumbs and titles are read here. Built
 * again when the language changes (the wizard's L key); `tree` is a live binding.
 */
function buildTree(): ReadonlyMap<NodeId, TreeNode> {
	return new Map([...menus(), ...baseUrlSteps(), ...keySteps(), ...inputs(), ...checkSteps(), ...waitSteps(), ...leaves()].map(node => [node.id, node] as const));
}

export let tree = buildTree();
onLanguageChange(() => {
	tree = buildTree();
});

export function nodeOf(id: NodeId): TreeNode {
	const node = tree.get(id);
	if (!node) throw new Error(`No such wizard node: ${id}`);
	return node;
}
