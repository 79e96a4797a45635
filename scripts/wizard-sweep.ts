// `node --import tsx scripts/wizard-sweep.ts [scenario …]`: for every fake scenario (or the
// ones named), the verdict and first fix of `check --json --probe` next to where the wizard
// ends on "Run every check" (the paid call allowed) and on the 402 path ("My own code", the
// base URL from DEEPSEEK_BASE_URL, the key in DEEPSEEK_API_KEY, the paid call allowed where
// it asks): the result's node, the verdict it remembers, and whether its first fix is check's. Rows where a verdict differs are marked; the exit code is 1 when any does.
// test/wizard/sweep.test.tsx runs a representative set of these; this runs them all (~50 s
// on a 2-core machine: the scenarios that never answer wait out their deadlines).
import {isScenarioName, scenarioNames, type ScenarioName} from '../test/fake/scenarios.js';
import {agrees, sweepOne, type CheckEnding, type WizardEnding} from '../test/helpers/sweep.js';
import {flat} from '../test/wizard/helpers.js';

const asked = process.argv.slice(2);
const unknown = asked.filter(name => !isScenarioName(name));
if (unknown.length > 0) throw new Error(`no such scenario: ${unknown.join(', ')}`);
const names: readonly ScenarioName[] = asked.length > 0 ? asked.filter(name => isScenarioName(name)) : scenarioNames;

/** The first fix on a result screen: the "→" line and its wrapped lines, ports left out (check ran against a fake of its own). */
const firstFix = (screen: string) => {
	const lines = screen.split('\n');
	const at = lines.findIndex(line => line.trimStart().startsWith('→'));
	if (at === -1) return '';
	const rest = lines.slice(at + 1);
	const end = rest.findIndex(line => !/^ {4}\S/.test(line) || /^\s+https?:\/\//.test(line));
	return withoutPorts(flat([lines[at] ?? '', ...rest.slice(0, end === -1 ? rest.length : end)].join(' ')).replace(/^\s*→\s*/, '').trim());
};
const withoutPorts = (text: string) => text.replaceAll(/127\.0\.0\.1:\d+/g, '127.0.0.1');
const fixShown = (check: CheckEnding, wizard: WizardEnding) => {
	if (check.fixTitle === undefined) return '';
	return firstFix(wizard.screen) === withoutPorts(flat(check.fixTitle)) ? ' (same first fix)' : ` (first fix: ${firstFix(wizard.screen) || '–'})`;
};
const ending = (check: CheckEnding, wizard: WizardEnding) => `${wizard.node} ${wizard.verdict ?? '–'}${fixShown(check, wizard)}${agrees(check, wizard) ? '' : '  ≠'}`;

let differ = 0;
process.stdout.write('scenario | check --json --probe | Run every check | 402 path\n');
for (const name of names) {
	const {check, all, p402} = await sweepOne(name);
	if (!agrees(check, all) || !agrees(check, p402)) differ++;
	process.stdout.write(`${name} | ${check.verdict} ${check.fix ?? '–'} | ${ending(check, all)} | ${ending(check, p402)}\n`);
}
process.stdout.write(`${names.length} scenarios, ${differ} with a wizard ending whose verdict differs from check's\n`);
process.exit(differ > 0 ? 1 : 0);
