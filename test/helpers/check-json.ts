// `check --json` through the built CLI, read as the tests read it: nothing on stderr, the JSON parsed.
import assert from 'node:assert/strict';
import {runCli} from './run-cli.js';

export type CheckJson = {
	verdict: string;
	summary: string;
	fixes: Array<{id: string; title: string; url: string | null}>;
	checks: Array<{id: string; status: string; summary: string; details: Record<string, unknown>}>;
};

export async function checkJson(environment: Record<string, string | undefined>): Promise<CheckJson> {
	const run = await runCli(['check', '--json'], environment);
	assert.equal(run.stderr, '', run.stderr);
	return JSON.parse(run.stdout) as CheckJson;
}
