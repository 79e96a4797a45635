// The test call's row says what the call itself showed (its status, the service's words);
// what that answer means is the summary's, said once under the rows. For every scenario of
// the fake, in English and in Chinese, `check --probe` (in-process, as the sweep runs it):
// the row and the summary share no run of words beyond the service's own quoted words.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import '../helpers/map-hosts.mjs';
import {readProjectEnv} from '../../source/project-env.js';
import {buildContext} from '../../source/context.js';
import {runDiagnosis} from '../../source/engine.js';
import {checkIds} from '../../source/checks/types.js';
import {loadSettings} from '../../source/settings/index.js';
import {setLanguage, type Language} from '../../source/messages/language.js';
import {scenarioNames} from '../fake/scenarios.js';
import {sweepTimeoutMs} from '../helpers/sweep.js';
import {world} from '../wizard/helpers.js';

/** The text with the service's quoted words, the trace id, the model's name and addresses (where a redirect sends the call, the base URL to set) taken out (they may rightly be in both). */
const ours = (text: string, model: string): string =>
	text
		.replaceAll(/"[^"]*"|“[^”]*”/gu, ' ')
		.replaceAll(/trace id[:：]?\s*\S+/giu, ' ')
		.replaceAll(/https?:\/\/[^\s（），。]+/gu, ' ')
		.replaceAll(model, ' ')
		.replaceAll(/\s+/gu, ' ');

/** The runs of `size` characters (of our own words) the two texts share. */
function shared(row: string, summary: string, size: number): string[] {
	const runs = new Set<string>();
	for (let start = 0; start + size <= summary.length; start++) runs.add(summary.slice(start, start + size));
	const found: string[] = [];
	for (let start = 0; start + size <= row.length; start++) if (runs.has(row.slice(start, start + size))) found.push(row.slice(start, start + size));
	return found;
}

// A run this long is a phrase said twice (English: some five words; Chinese: a clause, longer than the few words
// that name what came back, "，但返回的是错误而不是回复" (English "an error instead of an answer"), which the summary
// may rightly say again).
const runSize: Record<Language, number> = {en: 32, 'zh-CN': 14};

for (const language of ['en', 'zh-CN'] as const) {
	test(`check --probe (${language}): the test call's row never repeats the summary, for every scenario of the fake`, async () => {
		setLanguage(language);
		try {
			for (const name of scenarioNames) {
				const w = await world(name);
				try {
					const signal = new AbortController().signal;
					const built = buildContext({env: w.env, flags: {probe: true, timeoutMs: sweepTimeoutMs}, settings: loadSettings(w.env).settings, signal, cwd: w.configDir, projectEnv: readProjectEnv(w.configDir, w.env)});
					assert.ok(built.ok);
					const report = await runDiagnosis(built.ctx, checkIds, {signal});
					const probe = report.checks.find(check => check.id === 'probe');
					if (probe?.status !== 'fail') continue;
					const model = typeof probe.details['model'] === 'string' ? probe.details['model'] : '';
					// The summary's evidence in brackets ("(HTTP 200 with broken JSON when listing models)") cites a row, as it should.
					const explained = report.summary.replaceAll(/\([^()]*\)|（[^（）]*）/gu, ' ');
					const twice = shared(ours(probe.summary, model), ours(explained, model), runSize[language]);
					assert.deepEqual(twice, [], `${name}: the row "${probe.summary}" repeats the summary "${report.summary}"`);
				} finally {
					await w.close();
				}
			}
		} finally {
			setLanguage('en');
		}
	});
}
