// skipWasmOptimisation sets V8's short-run flags (--liftoff-only…) only when the first WebAssembly module is
// compiled: a flag set earlier would make every built-in loaded in between (node:tls…)
// miss Node's code cache. Run in a child process: the flag and the patched global must
// not leak into the test runner.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import path from 'node:path';
import {test} from 'node:test';

const source = path.join(import.meta.dirname, '..', '..', 'source', 'fast-exit.ts');

/** Runs `body` after importing fast-exit.ts with node:v8's setFlagsFromString recorded. */
function run(body: string, env: Record<string, string> = {}): Record<string, unknown> {
	const script = `
		const v8 = process.getBuiltinModule('node:v8');
		const flags = [];
		const set = v8.setFlagsFromString;
		v8.setFlagsFromString = flag => { flags.push(flag); set.call(v8, flag); };
		const {skipWasmOptimisation, collectYoungGeneration} = await import(${JSON.stringify(source)});
		const {PerformanceObserver} = await import('node:perf_hooks');
		const gcs = [];
		new PerformanceObserver(list => gcs.push(...list.getEntries())).observe({entryTypes: ['gc']});
		// Whether collectYoungGeneration made a young-generation collection (kind 1) while it ran:
		// a collection is synchronous, so one that starts between the two reads is its own.
		const collects = async () => {
			const from = performance.now();
			collectYoungGeneration();
			const to = performance.now();
			await new Promise(resolve => setTimeout(resolve, 20)); // gc entries arrive asynchronously
			return gcs.some(entry => entry.detail.kind === 1 && entry.startTime >= from && entry.startTime <= to);
		};
		const out = {};
		const emptyModule = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]);
		${body}
		process.stdout.write(JSON.stringify({...out, flags}));`;
	const {DEEPSEEK_FIX_NO_V8_FLAGS: _, ...rest} = process.env;
	const stdout = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {env: {...rest, ...env}, encoding: 'utf8'});
	return JSON.parse(stdout) as Record<string, unknown>;
}

test('the flags are set at the first WebAssembly compile, not when armed', () => {
	const out = run(`
		const original = WebAssembly.Module;
		skipWasmOptimisation();
		out.beforeCompile = [...flags];
		const mod = new WebAssembly.Module(emptyModule);
		out.isModule = mod instanceof original;
		out.instantiates = new WebAssembly.Instance(mod, {}) instanceof WebAssembly.Instance;
		out.restored = WebAssembly.Module === original;
		new WebAssembly.Module(emptyModule);
		skipWasmOptimisation();`);
	assert.deepEqual(out['beforeCompile'], []);
	assert.deepEqual(out['flags'], ['--liftoff-only', '--no-minor-gc-task', '--no-maglev', '--no-turbofan', '--expose-gc'], 'set once, at the first compile');
	assert.equal(out['isModule'], true);
	assert.equal(out['instantiates'], true);
	assert.equal(out['restored'], true, 'WebAssembly.Module is the original again');
});

test('DEEPSEEK_FIX_NO_V8_FLAGS leaves V8 and WebAssembly alone', () => {
	const out = run(`
		const original = WebAssembly.Module;
		skipWasmOptimisation();
		out.untouched = WebAssembly.Module === original;
		new WebAssembly.Module(emptyModule);`, {DEEPSEEK_FIX_NO_V8_FLAGS: '1'});
	assert.equal(out['untouched'], true);
	assert.deepEqual(out['flags'], []);
});

test('collectYoungGeneration collects the young generation only once the flags are set, and never throws', () => {
	const out = run(`
		out.unarmed = await collects();
		skipWasmOptimisation();
		out.armed = await collects();
		new WebAssembly.Module(emptyModule);
		out.afterCompile = await collects();`);
	assert.equal(out['unarmed'], false, 'gc is not exposed before the flags are set');
	assert.equal(out['armed'], false, 'nor before the first WebAssembly compile');
	assert.equal(out['afterCompile'], true);
});

test('collectYoungGeneration does nothing when V8 refuses --expose-gc, or with DEEPSEEK_FIX_NO_V8_FLAGS', () => {
	const refused = run(`
		const accept = v8.setFlagsFromString;
		v8.setFlagsFromString = flag => {
			if (flag === '--expose-gc') throw new Error('unknown flag');
			accept(flag);
		};
		skipWasmOptimisation();
		new WebAssembly.Module(emptyModule);
		out.collected = await collects();`);
	assert.equal(refused['collected'], false);
	assert.deepEqual(refused['flags'], ['--liftoff-only', '--no-minor-gc-task', '--no-maglev', '--no-turbofan'], 'the other flags are still set');
	const off = run(`
		skipWasmOptimisation();
		new WebAssembly.Module(emptyModule);
		out.collected = await collects();`, {DEEPSEEK_FIX_NO_V8_FLAGS: '1'});
	assert.equal(off['collected'], false);
});
