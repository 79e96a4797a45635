// The sweep: for a fake scenario, what `check --json --probe` concludes and where the
// wizard ends on "Run every check" (the paid call allowed) and on the 402 path ("My own
// code", the base URL from the environment, the key in DEEPSEEK_API_KEY, the paid call
// allowed where it asks). The wizard's ending is the verdict its leaf remembers (what
// `lastDiagnosis` holds and the support report says) and the leaf's first fix.
import {readProjectEnv} from '../../source/project-env.js';
import {buildContext} from '../../source/context.js';
import {runDiagnosis} from '../../source/engine.js';
import {checkIds} from '../../source/checks/types.js';
import {loadSettings} from '../../source/settings/index.js';
import {wizardText} from '../../source/messages/wizard.js';
import type {Verdict} from '../../source/verdict.js';
import {drive, flat, world, type Driven, type World} from '../wizard/helpers.js';
import type {ScenarioName} from '../fake/server.js';
import {setTimeout as delay} from 'node:timers/promises';

/** Short enough that the scenarios that never answer end quickly, long enough for a loaded machine. */
export const sweepTimeoutMs = 1500;

export type CheckEnding = {verdict: Verdict; fix: string | undefined; fixTitle: string | undefined};
/** Where the walk stopped: a leaf (its verdict and first fix), or a question that is the end of what the checks can tell. */
export type WizardEnding = {node: string; verdict: Verdict | undefined; screen: string};

/** `check --json --probe` against the fake of `w`, in-process, as the check command runs it. */
export async function checkEnding(w: World): Promise<CheckEnding> {
	const signal = new AbortController().signal;
	const built = buildContext({env: w.env, flags: {probe: true, timeoutMs: sweepTimeoutMs}, settings: loadSettings(w.env).settings, signal, cwd: w.configDir, projectEnv: readProjectEnv(w.configDir)});
	if (!built.ok) throw new Error(built.message);
	const report = await runDiagnosis(built.ctx, checkIds, {signal});
	return {verdict: report.verdict, fix: report.fixes[0]?.id, fixTitle: report.fixes[0]?.title};
}

const running = /running…|waiting…/;

/** Wait until no check runs and a question or a result is on screen. */
async function settled(app: Driven, timeoutMs = 20_000): Promise<string> {
	const deadline = Date.now() + timeoutMs;
	let last = '';
	let same = 0;
	for (;;) {
		const frame = app.lastFrame();
		if (!running.test(frame) && frame.includes('❯')) {
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
		if (frame.includes(wizardText.probe.questionEverything) || frame.includes(wizardText.probe.question)) {
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
		const paidThere = [wizardText.actions.probeThere, wizardText.actions.probeThere401].find(label => flat(frame).includes(label));
		if (paidThere) {
			await app.choose(paidThere);
			continue;
		}
		return {node: (last.path.at(-1) ?? '').split('=')[0] ?? '', verdict: last.verdict, screen: frame};
	}
	throw new Error(`the walk did not end:\n${app.lastFrame()}`);
}

export async function wizardEnding(name: ScenarioName, path: 'all' | '402'): Promise<WizardEnding> {
	const w = await world(name);
	const app = drive(w.props({flags: {timeoutMs: sweepTimeoutMs}}), {columns: 120, rows: 60});
	try {
		await app.waitFor('What is happening?');
		if (path === 'all') {
			await app.choose(wizardText.start.options.everything);
			await app.choose('DEEPSEEK_API_KEY');
			await app.choose(wizardText.probe.yes);
		} else {
			await app.choose('My calls fail with 402');
			await app.choose('My own code');
			await app.choose('from DEEPSEEK_BASE_URL');
			await app.choose('The key in DEEPSEEK_API_KEY');
		}
		return await walkOn(app, w);
	} finally {
		app.unmount();
		await w.close();
	}
}

export async function sweepOne(name: ScenarioName) {
	const w = await world(name);
	let check: CheckEnding;
	try {
		check = await checkEnding(w);
	} finally {
		await w.close();
	}
	const all = await wizardEnding(name, 'all');
	const p402 = await wizardEnding(name, '402');
	return {name, check, all, p402};
}

/**
 * The wizard's ending says what check says: its result remembers check's verdict, or it
 * asks "Money left, still 402" — the wizard's form of insufficient_balance while the
 * balance shows credit (nodes.ts, byVerdict), where only the user knows which case it is.
 */
export function agrees(check: CheckEnding, wizard: WizardEnding): boolean {
	if (wizard.node === 'p402.still_402') return check.verdict === 'insufficient_balance';
	return wizard.verdict === check.verdict;
}
