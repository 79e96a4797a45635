// `node --import tsx scripts/wizard-sweep.ts [scenario …]`: for every fake scenario (or the
// ones named), the verdict and first fix of `check --json --probe` next to where the wizard
// ends on each of its ways to a result (test/helpers/sweep.ts, `paths`): "Run every check"
// (the paid call allowed), the 402 path ("My own code", the base URL from DEEPSEEK_BASE_URL,
// the key in DEEPSEEK_API_KEY, the paid call allowed where it asks), "Other error" → 401 /
// 429 / 5xx / network, "Check my balance" and "Something drains my balance" (the key in
// DEEPSEEK_API_KEY, the paid call taken where a result offers it): the result's node and the
// verdict it remembers. A cell marked ≠ disagrees with check (`agrees` says what agreeing
// means on each path); the exit code is 1 when any does. Below a row, each result for the
// same situation as check's whose first fix is not check's (`sameFirstFix` says when the
// wizard may start elsewhere, and why); they count towards the exit code too.
// test/wizard/sweep.test.tsx runs a representative set of these; this runs them all (~5 min
// on a 2-core machine: the scenarios that never answer wait out their deadlines).
import {isScenarioName, scenarioNames, type ScenarioName} from '../test/fake/scenarios.js';
import {agrees, firstFix, paths, sameFirstFix, sweepOne} from '../test/helpers/sweep.js';

const asked = process.argv.slice(2);
const unknown = asked.filter(name => !isScenarioName(name));
if (unknown.length > 0) throw new Error(`no such scenario: ${unknown.join(', ')}`);
const names: readonly ScenarioName[] = asked.length > 0 ? asked.filter(name => isScenarioName(name)) : scenarioNames;

let differ = 0;
let fixesDiffer = 0;
process.stdout.write(`scenario | check --json --probe | ${paths.join(' | ')}\n`);
for (const name of names) {
	const swept = await sweepOne(name);
	const {check} = swept;
	const cells: string[] = [];
	const notes: string[] = [];
	let rowDiffers = false;
	for (const path of paths) {
		const wizard = swept.endings[path];
		if (!wizard) continue;
		const seen = swept.seen[path];
		const ok = agrees(check, wizard, path, seen);
		if (!ok) rowDiffers = true;
		const subset = seen && seen.verdict !== check.verdict ? ` [sees ${seen.verdict}]` : '';
		cells.push(`${wizard.node} ${wizard.verdict ?? '–'}${subset}${ok ? '' : ' ≠'}`);
		const same = sameFirstFix(check, wizard, path, seen);
		if (same === false) {
			fixesDiffer++;
			const against = wizard.verdict === seen?.verdict ? seen : check;
			notes.push(`    ${path}: first fix "${firstFix(wizard.screen) || '–'}", check's "${against?.fixTitle ?? '–'}" (${against?.fix ?? '–'})`);
		}
	}
	if (rowDiffers) differ++;
	process.stdout.write(`${name} | ${check.verdict} ${check.fix ?? '–'} | ${cells.join(' | ')}\n${notes.map(line => `${line}\n`).join('')}`);
}
process.stdout.write(`${names.length} scenarios, ${differ} with a wizard ending that disagrees with check, ${fixesDiffer} results with another first fix for the same situation\n`);
process.exit(differ > 0 || fixesDiffer > 0 ? 1 : 0);
