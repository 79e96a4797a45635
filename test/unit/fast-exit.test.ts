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
		const {skipWasmOptimisation} = await import(${JSON.stringify(source)});
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
	assert.deepEqual(out['flags'], ['--liftoff-only', '--no-minor-gc-task'], 'set once, at the first compile');
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
