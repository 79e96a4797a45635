// The sweep: for a fake scenario, what `check --json --probe` concludes and where the
// wizard ends on "Run every check" (the paid call allowed) and on the 402 path ("My own
// code", the base URL from the environment, the key in DEEPSEEK_API_KEY, the paid call
// allowed where it asks). The wizard's ending is the verdict its leaf remembers (what
// `lastDiagnosis` holds and the support report says) and the leaf's first fix.
// Scenarios that play a named service's host (scenarios.ts, `host`) are served there: the
// name resolves to 127.0.0.1 (`world` adds it), and every other name fails to resolve.
import './map-hosts.mjs';
import './fake-container.mjs';
import {readProjectEnv} from '../../source/project-env.js';
import {buildContext} from '../../source/context.js';
import {runDiagnosis} from '../../source/engine.js';
import {checkIds, type CheckId} from '../../source/checks/types.js';
import {nodeOf, verdictLeaf} from '../../source/tree/nodes.js';
import {loadSettings} from '../../source/settings/index.js';
import {wizardText} from '../../source/messages/wizard.js';
import {glyphs} from '../../source/text/glyphs.js';
import {namingFor} from '../../source/providers/naming.js';
import type {ProviderInfo} from '../../source/providers/types.js';
import type {Verdict} from '../../source/verdict.js';
import {drive, flat, world, type Driven, type World} from '../wizard/helpers.js';
import type {ScenarioName} from '../fake/server.js';
import {setTimeout as delay} from 'node:timers/promises';

/** Short enough that the scenarios that never answer end quickly, long enough for a loaded machine. */
export const sweepTimeoutMs = 1500;

/** `provider`: the service check named, whose full name a result screen gives once and its short name after. */
export type CheckEnding = {verdict: Verdict; fix: string | undefined; fixTitle: string | undefined; provider?: ProviderInfo | null};
/** Where the walk stopped: a leaf (its verdict and first fix), or a question that is the end of what the checks can tell. */
export type WizardEnding = {node: string; verdict: Verdict | undefined; screen: string};

/** `check --json --probe` against the fake of `w`, in-process, as the check command runs it (only the checks `ids`, when given). */
export async function checkEnding(w: World, ids: readonly CheckId[] = checkIds): Promise<CheckEnding> {
	const signal = new AbortController().signal;
	const built = buildContext({env: w.env, flags: {probe: true, timeoutMs: sweepTimeoutMs}, settings: loadSettings(w.env).settings, signal, cwd: w.configDir, projectEnv: readProjectEnv(w.configDir, w.env)});
	if (!built.ok) throw new Error(built.message);
	const report = await runDiagnosis(built.ctx, ids, {signal});
	return {verdict: report.verdict, fix: report.fixes[0]?.id, fixTitle: report.fixes[0]?.title, provider: report.provider};
}

const running = (frame: string) => frame.includes(wizardText.ui.running) || frame.includes(wizardText.ui.waiting);

/** Wait until no check runs and a question or a result is on screen. */
async function settled(app: Driven, timeoutMs = 20_000): Promise<string> {
	const deadline = Date.now() + timeoutMs;
	let last = '';
	let same = 0;
	for (;;) {
		const frame = app.lastFrame();
		if (!running(frame) && frame.includes(glyphs.pointer)) {
			same = frame === last ? same + 1 : 0;
			if (same >= 3) return frame;
		}
		last = frame;
		if (Date.now() > deadline) throw new Error(`never settled:\n${frame}`);
		await delay(20);
	}
}

const question = (frame: string) => `question: ${frame.split('\n').find(line => line.trimEnd().endsWith('?'))?.trim() ?? ''}`;

/** The diagnosis the leaf on screen remembers (after its paint): its node and verdict; undefined when none comes. */
async function remembered(w: World, before: string | undefined) {
	for (let tries = 0; tries < 100; tries++) {
		const last = loadSettings(w.env).settings.lastDiagnosis;
		if (last && JSON.stringify(last.path) !== before) return last;
		await delay(20);
	}
	return undefined;
}

/**
 * Answer the paid-call questions (yes, and the first model offered: the default, as check
 * --probe picks it) and take the paid call a result offers; stop at any other question or result.
 */
async function walkOn(app: Driven, w: World): Promise<WizardEnding> {
	let seen: string | undefined;
	for (let round = 0; round < 5; round++) {
		const frame = await settled(app);
		if ([wizardText.probe.questionEverything, wizardText.probe.question, wizardText.probe.questionUnread].some(asked => frame.includes(asked))) {
			await app.choose(wizardText.probe.yes);
			continue;
		}
		if (frame.includes(wizardText.probeModel.question)) {
			await app.press('\r');
			continue;
		}
		if (frame.includes(wizardText.still402.question)) return {node: 'p402.still_402', verdict: undefined, screen: frame};
		const last = await remembered(w, seen);
		if (!last) return {node: question(frame), verdict: undefined, screen: frame};
		seen = JSON.stringify(last.path);
		const paidThere = [wizardText.actions.probeThere, wizardText.actions.probeThere401, wizardText.actions.probeThereSymptom].find(label => flat(frame).includes(label));
		if (paidThere) {
			await app.choose(paidThere);
			continue;
		}
		return {node: (last.path.at(-1) ?? '').split('=')[0] ?? '', verdict: last.verdict, screen: frame};
	}
	throw new Error(`the walk did not end:\n${app.lastFrame()}`);
}

/** The wizard's ways in that end at a result: "Run every check", the 402 path, the "Other error" symptoms, the balance and the spending. */
export const paths = ['all', '402', '401', '429', '5xx', 'net', 'balance', 'drain'] as const;
export type SweepPath = (typeof paths)[number];

/** The check step each path other than "Run every check" and 402 runs (the checks it can see with), nodes.ts. */
const pathStep: Partial<Record<SweepPath, string>> = {'401': 'p401.check', '429': 'p429.check', '5xx': 'p5xx.check', net: 'pnet.check', balance: 'balance.check', drain: 'drain.check'};

/** The checks a path runs; undefined for "Run every check" and the 402 path (compared with check's verdict alone). */
export function pathChecks(path: SweepPath): readonly CheckId[] | undefined {
	const id = pathStep[path];
	if (id === undefined) return undefined;
	const node = nodeOf(id);
	if (node.kind !== 'checks') throw new Error(`${id} is not a checks step`);
	return node.checks;
}

/** The answers that take the wizard from its start to a path's checks (the key: DEEPSEEK_API_KEY). */
const way: Record<SweepPath, readonly string[]> = {
	all: [wizardText.start.options.everything, 'DEEPSEEK_API_KEY', wizardText.probe.yes],
	'402': ['My calls fail with 402', 'My own code', 'from DEEPSEEK_BASE_URL', 'The key in DEEPSEEK_API_KEY'],
	'401': [wizardText.start.options.failsOther, wizardText.other.e401, 'DEEPSEEK_API_KEY'],
	'429': [wizardText.start.options.failsOther, wizardText.other.e429, 'DEEPSEEK_API_KEY'],
	// No key question: the key the wizard finds (DEEPSEEK_API_KEY here).
	'5xx': [wizardText.start.options.failsOther, wizardText.other.e5xx],
	net: [wizardText.start.options.failsOther, wizardText.other.network],
	balance: [wizardText.start.options.balance, 'DEEPSEEK_API_KEY'],
	drain: [wizardText.start.options.drains, 'DEEPSEEK_API_KEY'],
};

/** Variables set over the world's (a proxy, another base URL): `check` and the wizard run with them both. */
export type SweepEnv = Record<string, string>;

/** `drawn`: told everything the walk wrote to the terminal (escapes included), before the wizard ends. */
export async function wizardEnding(name: ScenarioName, path: SweepPath, size = {columns: 120, rows: 60}, drawn?: (raw: readonly string[]) => void, env?: SweepEnv): Promise<WizardEnding> {
	const w = await world(name, env ? {env} : {});
	const app = drive(w.props({flags: {timeoutMs: sweepTimeoutMs}}), size);
	try {
		await app.waitFor('What is happening?');
		for (const answer of way[path]) await app.choose(answer);
		return await walkOn(app, w);
	} finally {
		drawn?.(app.raw());
		app.unmount();
		await w.close();
	}
}

export type Swept = {
	name: ScenarioName;
	check: CheckEnding;
	/** check's diagnosis from only the checks each path runs: what that path can see. */
	seen: Partial<Record<SweepPath, CheckEnding>>;
	endings: Partial<Record<SweepPath, WizardEnding>>;
};

export async function sweepOne(name: ScenarioName, which: readonly SweepPath[] = paths, env?: SweepEnv): Promise<Swept> {
	const w = await world(name, env ? {env} : {});
	let check: CheckEnding;
	const seen: Swept['seen'] = {};
	try {
		check = await checkEnding(w);
		for (const path of which) {
			const ids = pathChecks(path);
			if (ids) seen[path] = await checkEnding(w, ids);
		}
	} finally {
		await w.close();
	}
	const endings: Swept['endings'] = {};
	for (const path of which) endings[path] = await wizardEnding(name, path, undefined, undefined, env);
	return {name, check, seen, endings};
}

/** Results that answer "is it fine?": the key accepted, the host reachable, the balance, nothing wrong. */
const reassuring: ReadonlySet<string> = new Set(['leaf.ok', 'leaf.key_ok', 'leaf.reachable', 'leaf.balance', 'leaf.deepseek_ok', 'leaf.probe_ok']);

/**
 * Results for the symptom the user reported (a 429, a 5xx, the host reachable), which carry
 * the verdict of what the checks saw: nothing now, or calls that go to another service, which
 * the result names. (The spending's result is not one: where the money goes is its question
 * whatever else is wrong, and it adds the top-up when the balance cannot pay.)
 */
const symptoms: ReadonlySet<string> = new Set(['leaf.rate_limited', 'leaf.server_error', 'leaf.reachable']);

/** A verdict such a result may carry: nothing wrong, or (not a failure in itself) calls that go to another service. */
const quiet = (verdict: Verdict | undefined) => verdict === 'ok' || verdict === 'wrong_endpoint';

/**
 * What "the wizard's ending says what check says" means on each path.
 *
 * "Run every check" and the 402 path run every check check runs: the result remembers
 * check's verdict, or (402) asks "Money left, still 402" — the wizard's form of
 * insufficient_balance while the balance shows credit (nodes.ts, byVerdict), where only the
 * user knows which case it is.
 *
 * The other paths run a subset (`pathChecks`), so `seen` is check's diagnosis from that
 * subset: what the path can see. On them:
 * - a result that answers "is it fine?" (the key accepted, reachable, the balance, no problem
 *   found) only where neither it nor the subset holds a problem (`quiet`): never the balance
 *   above an outage, "key accepted" above an empty balance, or "reachable" above a refusal;
 * - a symptom's result (a 429, a 5xx, reachable) with the verdict of another cause only when
 *   that is `quiet`, or an empty DeepSeek balance (the 429 and 5xx results put it first, with
 *   its top-up, as check does): any other cause the path's checks saw has its own result;
 * - the verdict the result remembers is check's, or the subset's: a path without the paid
 *   call cannot tell a refused request, a model not served or a 402 with credit left from
 *   "ok", nor (the balance and spending paths: no key or endpoint checks; spending: no status
 *   page) what only the other checks see;
 * - where the subset sees nothing wrong, the symptom the user reported is a verdict its path
 *   may keep (429 → rate_limited, 5xx → server_error, a network error → network_error): the
 *   user saw it, the checks cannot see it now, and the result says so.
 */
export function agrees(check: CheckEnding, wizard: WizardEnding, path: SweepPath = 'all', seen?: CheckEnding): boolean {
	if (wizard.node === 'p402.still_402') return check.verdict === 'insufficient_balance';
	if (reassuring.has(wizard.node) && !(quiet(wizard.verdict) && (seen === undefined || quiet(seen.verdict)))) return false;
	if (symptoms.has(wizard.node) && seen !== undefined && wizard.verdict !== undefined && verdictLeaf[wizard.verdict] !== wizard.node && !quiet(wizard.verdict) && wizard.verdict !== 'insufficient_balance') return false;
	if (wizard.verdict === check.verdict) return true;
	if (seen === undefined) return false;
	if (wizard.verdict === seen.verdict) return true;
	return seen.verdict === 'ok' && wizard.verdict === reported[path];
}

/** The verdict of the symptom each path starts from, where the user reported one. */
const reported: Partial<Record<SweepPath, Verdict>> = {'429': 'rate_limited', '5xx': 'server_error', net: 'network_error'};

// Ports differ (check ran against a fake of its own), and so do trace ids: the fake, like DeepSeek, gives each answer its own.
const withoutRunParts = (text: string) => text.replaceAll(/127\.0\.0\.1:\d+/g, '127.0.0.1').replaceAll(/\b[0-9a-f]{32}\b/g, '<trace id>');

/** The first fix on a result screen: the "→" line and its wrapped lines, ports and trace ids left out (check ran against a fake of its own). */
export function firstFix(screen: string): string {
	const lines = screen.split('\n');
	const at = lines.findIndex(line => line.trimStart().startsWith(glyphs.arrow));
	if (at === -1) return '';
	const rest = lines.slice(at + 1);
	const end = rest.findIndex(line => !/^ {4}\S/.test(line) || /^\s+https?:\/\//.test(line));
	return withoutRunParts(flat([lines[at] ?? '', ...rest.slice(0, end === -1 ? rest.length : end)].join(' ')).trim().slice(glyphs.arrow.length).trim());
}

/**
 * Whether a result's first fix is check's: undefined where the rule does not apply, else
 * whether the "→" line is check's first fix.
 *
 * The rule: for the same situation, the first thing the user is told to do is the same in
 * both (one source: diagnose/; a leaf may add steps after it). The same situation is a
 * result that remembers the verdict of the checks its path runs (on "Run every check" and
 * the 402 path, check's), and
 * is that verdict's own result (nodes.ts, verdictLeaf). Elsewhere the wizard knows more than
 * check, and that is why its first step differs:
 * - "ok" (nothing wrong now) on a path the user took for a symptom (a 401, 429, 5xx or network
 *   error, a 402, the spending): the symptom's own advice, since the checks cannot see it now;
 * - a symptom's own result (429, 5xx, reachable, spending) that carries the verdict of what
 *   the checks saw (a relay, say): it answers the symptom reported there;
 * - the relay's result on the 402 path: the user said the calls get 402, so the money there
 *   comes first, where check (no 402 seen) points to the service's console.
 */
export function sameFirstFix(check: CheckEnding, wizard: WizardEnding, path: SweepPath = 'all', seen?: CheckEnding): boolean | undefined {
	// What the path's own checks saw first: a path without the key check cannot know that something replaced the key, say.
	const against = wizard.verdict === seen?.verdict ? seen : wizard.verdict === check.verdict ? check : undefined;
	if (against?.fixTitle === undefined || wizard.verdict === undefined || wizard.verdict === 'ok') return undefined;
	if (verdictLeaf[wizard.verdict] !== wizard.node) return undefined;
	if (path === '402' && wizard.node === 'leaf.relay' && against.verdict !== 'relay_insufficient_balance') return undefined;
	// The fix as check says it, or as a screen says it after naming the service in full above it (providers/naming.ts).
	const later = namingFor(against.provider);
	if (against.provider) later(against.provider.name);
	return [against.fixTitle, later(against.fixTitle)].some(title => firstFix(wizard.screen) === withoutRunParts(flat(title)));
}
