// Why this exists: after a short CLI run, node waits ~80–110 ms at exit for V8 to finish
// optimising llhttp (undici's WebAssembly HTTP parser) in the background — work that a
// process about to exit never uses (measured: docs/development.md, `npm run bench`). Keeping
// WebAssembly on V8's baseline compiler avoids the wait. `--liftoff-only` is a V8 flag
// without a stability promise, so it is guarded: if a future V8 drops or rejects it, the
// only cost is the old exit delay. Set at run time (not on the command line) so node's
// built-in code cache stays valid. node:v8 comes through getBuiltinModule, not an ES
// import, which would build a facade reading all of its exports (~1.5 ms at start-up).

let applied = false;

/** Call once, before the first HTTP request, in short-lived (non-interactive) commands. */
export function skipWasmOptimisation(): void {
	if (applied || process.env.DEEPSEEK_FIX_NO_V8_FLAGS) return;
	applied = true;
	try {
		process.getBuiltinModule('node:v8').setFlagsFromString('--liftoff-only');
	} catch {
		// Unknown flag in this V8: keep the default behaviour.
	}
}
