// The check runner with fake checks (no network): concurrency, `needs`, order, timing,
// crashes, deadlines, cancellation, callbacks and masking of the key.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {fileURLToPath} from 'node:url';
import {checkDeadlineMs, runChecks, type RunOptions} from '../../source/checks/runner.js';
import type {Check, CheckContext, CheckId, CheckOutcome} from '../../source/checks/types.js';
import {testContext, testKey} from '../helpers/results.js';

const passed = (summary = 'Fine.'): CheckOutcome => ({status: 'pass', summary, details: {}});

function fakeCheck(id: CheckId, run: Check['run'], needs?: CheckId[]): Check {
	return {id, title: `Fake ${id}`, run, ...(needs ? {needs} : {})};
}

/** A promise with its resolve function, for checks that wait on the test. */
function deferred<T = void>(): {promise: Promise<T>; resolve: (value: T) => void} {
	let resolve!: (value: T) => void;
	const promise = new Promise<T>(done => {
		resolve = done;
	});
	return {promise, resolve};
}

const never = () => new Promise<CheckOutcome>(() => undefined);

function run(checks: Check[], options: Partial<RunOptions> = {}, context: Partial<CheckContext> = {}) {
	return runChecks(checks, testContext(context), {signal: new AbortController().signal, ...options});
}

test('runner: independent checks run at the same time', async () => {
	const events: string[] = [];
	const bothStarted = deferred();
	let started = 0;
	const waitForTheOther = (id: string): Check['run'] => async () => {
		events.push(`start ${id}`);
		if (++started === 2) bothStarted.resolve();
		// Run in series, the first check would wait here until its deadline.
		await bothStarted.promise;
		events.push(`end ${id}`);
		return passed();
	};
	const results = await run([fakeCheck('network', waitForTheOther('network')), fakeCheck('service_status', waitForTheOther('service_status'))]);
	assert.deepEqual(results.map(result => result.status), ['pass', 'pass']);
	assert.deepEqual(events.slice(0, 2).sort(), ['start network', 'start service_status']);
});

test('runner: a check starts only after the checks it needs, and sees their results', async () => {
	const events: string[] = [];
	const release = deferred();
	const checks = [
		fakeCheck('usage_trend', async ctx => {
			events.push('run usage_trend');
			const balance = ctx.results.get('balance');
			assert.equal(balance?.summary, '5.00 CNY');
			assert.equal(ctx.results.get('key_present')?.status, 'pass', 'needs of needs are done too');
			return passed();
		}, ['balance']),
		fakeCheck('balance', async () => {
			events.push('run balance');
			await release.promise;
			return {status: 'pass', summary: '5.00 CNY', details: {}};
		}, ['key_present']),
		fakeCheck('key_present', async () => {
			events.push('run key_present');
			return passed();
		}),
	];
	const running = run(checks, {
		onStart: id => {
			events.push(`start ${id}`);
			if (id === 'balance') release.resolve();
		},
		onResult: result => events.push(`result ${result.id}`),
	});
	const results = await running;
	assert.deepEqual(results.map(result => result.status), ['pass', 'pass', 'pass']);
	const at = (event: string) => events.indexOf(event);
	assert.ok(at('result key_present') < at('start balance'), events.join(', '));
	assert.ok(at('result balance') < at('start usage_trend'), events.join(', '));
});

test('runner: a check\'s later step does not hold the checks that need it; its row, timing and the results get what it returns', async () => {
	const events: string[] = [];
	const release = deferred();
	const present: Check = {
		...fakeCheck('key_present', async () => passed('Found.')),
		async later(_ctx, _signal, outcome) {
			events.push('later key_present');
			await release.promise;
			return {status: 'warn', summary: `${outcome.summary} And another.`, details: {startupKey: {kind: 'file', file: '~/.zshrc', masked: 'sk-…dddd'}}};
		},
	};
	const format = fakeCheck('key_format', async ctx => {
		events.push(`run key_format, key_present ${ctx.results.get('key_present')?.status}`);
		release.resolve();
		return passed();
	}, ['key_present']);
	const results = await run([present, format], {onResult: result => events.push(`result ${result.id}`)});
	assert.deepEqual(events, ['later key_present', 'run key_format, key_present pass', 'result key_format', 'result key_present']);
	assert.deepEqual([results[0]?.status, results[0]?.summary, results[0]?.details], ['warn', 'Found. And another.', {startupKey: {kind: 'file', file: '~/.zshrc', masked: 'sk-…dddd'}}]);
	// A later step that throws is the check's error, as a run that throws.
	const broken: Check = {...fakeCheck('key_present', async () => passed()), later: async () => { throw new Error('nope'); }};
	assert.equal((await run([broken]))[0]?.status, 'error');
});

test('runner: a need that is not in the list is ignored', async () => {
	const results = await run([fakeCheck('usage_trend', async ctx => passed(`balance seen: ${ctx.results.has('balance')}`), ['balance'])]);
	assert.equal(results[0]?.status, 'pass');
	assert.equal(results[0]?.summary, 'balance seen: false');
});

test('runner: results given from an earlier run are what a check reads for its needs; only the listed checks run', async () => {
	const earlier = {id: 'balance' as const, title: 'Balance', status: 'pass' as const, summary: '5.00 CNY', durationMs: 1, details: {}};
	const results = await run([fakeCheck('usage_trend', async ctx => passed(`balance seen: ${ctx.results.get('balance')?.summary ?? 'none'}`), ['balance'])], {given: [earlier]});
	assert.deepEqual(results.map(result => `${result.id}: ${result.summary}`), ['usage_trend: balance seen: 5.00 CNY']);
});

test('runner: results come back in the order given, not the order they finished', async () => {
	const slowDone = deferred();
	const results = await run([
		fakeCheck('auth', async () => {
			await slowDone.promise;
			return passed('slow');
		}),
		fakeCheck('balance', async () => {
			slowDone.resolve();
			return passed('fast');
		}),
	], {});
	assert.deepEqual(results.map(result => [result.id, result.summary]), [['auth', 'slow'], ['balance', 'fast']]);
	assert.deepEqual(results.map(result => result.title), ['Fake auth', 'Fake balance']);
});

test('runner: durationMs is the time the check took', async () => {
	const results = await run([
		fakeCheck('network', () => new Promise(resolve => setTimeout(() => resolve(passed()), 40))),
		fakeCheck('endpoint', async () => passed()),
	]);
	const [slow, fast] = results;
	assert.ok(slow && fast);
	assert.ok(Number.isInteger(slow.durationMs) && Number.isInteger(fast.durationMs));
	// Bounds that hold however loaded the machine is: a 40 ms timer never fires early, and
	// the instant check cannot take longer than the one that waited for it.
	assert.ok(slow.durationMs >= 35, `slow took ${slow.durationMs} ms`);
	assert.ok(fast.durationMs >= 0 && fast.durationMs < slow.durationMs, `fast took ${fast.durationMs} ms, slow ${slow.durationMs} ms`);
});

test('runner: a check that throws becomes an error with a safe summary; the others are unaffected', async () => {
	const checks = [
		fakeCheck('auth', async () => {
			throw new Error(`\u001B[31mboom\u001B[0m while sending ${testKey}`);
		}),
		fakeCheck('balance', () => {
			throw new TypeError('thrown before any promise');
		}),
		fakeCheck('probe', async () => {
			throw 'a bare string';
		}),
		fakeCheck('endpoint', async () => passed()),
	];
	const [thrown, syncThrown, stringThrown, fine] = await run(checks);
	assert.equal(thrown?.status, 'error');
	assert.equal(thrown?.summary, `The check itself failed: boom while sending sk-…${testKey.slice(-4)}.`, 'an error\'s message gets its full stop');
	assert.deepEqual(thrown?.details, {});
	assert.equal(syncThrown?.status, 'error');
	assert.equal(syncThrown?.summary, 'The check itself failed: thrown before any promise.');
	assert.equal(stringThrown?.status, 'error');
	assert.equal(stringThrown?.summary, 'The check itself failed: a bare string.');
	assert.equal(fine?.status, 'pass');
});

test('runner: a stalled check is cut at checkDeadlineMs(timeoutMs) as an error', async () => {
	const timeoutMs = 50;
	const deadline = checkDeadlineMs(timeoutMs);
	let sawAbort = false;
	const began = performance.now();
	const [stuck, fine] = await run([
		// Like a request whose socket stays open and silent: it holds the event loop.
		fakeCheck('network', (_ctx, signal) => {
			const socket = setTimeout(() => undefined, 30_000);
			signal.addEventListener('abort', () => {
				sawAbort = true;
				clearTimeout(socket);
			});
			return never();
		}),
		fakeCheck('endpoint', async () => passed()),
	], {}, {timeoutMs});
	const took = performance.now() - began;
	assert.equal(stuck?.status, 'error');
	assert.equal(stuck?.summary, 'Gave up after 600 ms without a result.');
	assert.deepEqual(stuck?.details, {reason: 'timeout'});
	assert.ok(sawAbort, 'the check\'s own signal is aborted at the deadline');
	assert.ok(took >= deadline - 10 && took < deadline + 1000, `took ${Math.round(took)} ms for a ${deadline} ms deadline`);
	assert.equal(fine?.status, 'pass');
});

test('runner: a check whose promise is simply forgotten is cut at the deadline too', async () => {
	// In a child process: when the loop drains, node's test runner would cancel every test.
	const root = fileURLToPath(new URL('../..', import.meta.url));
	const folder = await mkdtemp(path.join(tmpdir(), 'deepseek-fix-runner-'));
	const script = path.join(folder, 'forgotten.mts');
	await writeFile(script, [
		`import {runChecks} from ${JSON.stringify(path.join(root, 'source/checks/runner.ts'))};`,
		`import {testContext} from ${JSON.stringify(path.join(root, 'test/helpers/results.ts'))};`,
		'const check = {id: \'network\', title: \'Forgotten\', run: () => new Promise(() => undefined)} as const;',
		'const results = await runChecks([check], testContext({timeoutMs: 50}), {signal: new AbortController().signal});',
		'console.log(JSON.stringify(results.map(result => result.summary)));',
	].join('\n'));
	try {
		const child = await new Promise<{code: number | null; stdout: string}>(resolve => {
			execFile(process.execPath, ['--import', 'tsx', script], {cwd: root, timeout: 20_000}, (error, stdout) => {
				resolve({code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout});
			});
		});
		assert.equal(child.stdout.trim(), JSON.stringify(['Gave up after 600 ms without a result.']), `exit code ${child.code}`);
		assert.equal(child.code, 0);
	} finally {
		await rm(folder, {recursive: true, force: true});
	}
});

test('runner: checkDeadlineMs leaves room for two requests in series', () => {
	assert.equal(checkDeadlineMs(50), 600);
	assert.equal(checkDeadlineMs(10_000), 20_500);
	assert.ok(checkDeadlineMs(1000) > 2 * 1000);
});

test('runner: an outer abort ends every pending check as "Cancelled." promptly', async () => {
	const controller = new AbortController();
	const started = new Set<CheckId>();
	const checks = [
		fakeCheck('network', never),
		fakeCheck('endpoint', never),
		// Waits for `endpoint`, which never finishes: cancelled before it starts.
		fakeCheck('balance', never, ['endpoint']),
	];
	let abortedAt = 0;
	const results = await runChecks(checks, testContext({timeoutMs: 10_000}), {
		signal: controller.signal,
		onStart: id => {
			started.add(id);
			if (started.has('network') && started.has('endpoint') && abortedAt === 0) {
				abortedAt = performance.now();
				queueMicrotask(() => controller.abort());
			}
		},
	});
	const took = performance.now() - abortedAt;
	assert.deepEqual(results.map(result => [result.id, result.status, result.summary]), [
		['network', 'error', 'Cancelled.'],
		['endpoint', 'error', 'Cancelled.'],
		['balance', 'error', 'Cancelled.'],
	]);
	assert.deepEqual(results.map(result => result.details), [{reason: 'aborted'}, {reason: 'aborted'}, {reason: 'aborted'}]);
	assert.ok(took < 200, `took ${Math.round(took)} ms after the abort`);
});

test('runner: a signal aborted before the run cancels every check without running it', async () => {
	const controller = new AbortController();
	controller.abort();
	let ran = 0;
	const results = await runChecks([fakeCheck('network', async () => {
		ran++;
		return passed();
	})], testContext(), {signal: controller.signal});
	assert.equal(ran, 0);
	assert.equal(results[0]?.summary, 'Cancelled.');
});

test('runner: onStart and onResult are called once per check, with the returned results', async () => {
	const starts: CheckId[] = [];
	const reported: unknown[] = [];
	const checks = [
		fakeCheck('key_present', async () => passed()),
		fakeCheck('auth', async () => passed(), ['key_present']),
		fakeCheck('balance', async () => passed(), ['key_present']),
		fakeCheck('usage_trend', async () => passed(), ['balance', 'key_present']),
	];
	const results = await run(checks, {onStart: id => starts.push(id), onResult: result => reported.push(result)});
	assert.deepEqual([...starts].sort(), ['auth', 'balance', 'key_present', 'usage_trend']);
	assert.equal(reported.length, 4);
	for (const result of results) assert.ok(reported.includes(result), `${result.id} reported as returned`);
});

test('runner: the key in a check\'s summary is masked; details are passed through', async () => {
	const [result] = await run([fakeCheck('auth', async () => ({status: 'fail', summary: `The server saw ${testKey} and ${encodeURIComponent(testKey)}.`, details: {httpStatus: 401}}))]);
	assert.ok(result);
	assert.ok(!result.summary.includes(testKey), result.summary);
	assert.equal(result.summary, `The server saw sk-…${testKey.slice(-4)} and sk-…${testKey.slice(-4)}.`);
	assert.deepEqual(result.details, {httpStatus: 401});
	assert.equal(result.status, 'fail');
});

test('runner: escape sequences in a summary are stripped', async () => {
	const [result] = await run([fakeCheck('endpoint', async () => passed('\u001B]8;;https://evil.example\u0007click\u001B]8;;\u0007 here.'))]);
	assert.equal(result?.summary, 'click here.');
});
