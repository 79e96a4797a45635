// Why this exists: after a short CLI run, node waits ~80–110 ms at exit for V8 to finish
// optimising llhttp (undici's WebAssembly HTTP parser) in the background — work that a
// process about to exit never uses (measured: docs/development.md, `npm run bench`). Keeping
// WebAssembly on V8's baseline compiler avoids the wait. `--liftoff-only` is a V8 flag
// without a stability promise, so it is guarded: if a future V8 drops or rejects it, the
// only cost is the old exit delay.
//
// When it is set matters. Changing any V8 flag changes V8's flag hash, and from then on
// Node's built-in code cache no longer matches: every built-in module loaded after it
// (`node:tls` for an https URL, `node:crypto`, `node:child_process`…) is compiled from
// source, ~2 × slower. Setting it back does not help. So it is set as late as it can be:
// just before the first WebAssembly module is compiled, which undici does when its first
// connection is up (tls is loaded by then). node:v8 comes through getBuiltinModule, not
// an ES import, which would build a facade reading all of its exports.

let armed = false;

/** The part of the WebAssembly global this needs (the compiler's lib has no WebAssembly types here). */
type WasmGlobal = {Module: new (bytes: ArrayBufferView | ArrayBuffer) => object};

function setLiftoffOnly(): void {
	try {
		process.getBuiltinModule('node:v8').setFlagsFromString('--liftoff-only');
	} catch {
		// Unknown flag in this V8: keep the default behaviour.
	}
}

/**
 * Call once, before the first HTTP request, in short-lived (non-interactive) commands:
 * the flag is set when the first WebAssembly module is compiled, and
 * `WebAssembly.Module` is itself again from then on.
 */
export function skipWasmOptimisation(): void {
	if (armed || process.env.DEEPSEEK_FIX_NO_V8_FLAGS) return;
	armed = true;
	const wasm = (globalThis as unknown as {WebAssembly: WasmGlobal}).WebAssembly;
	const original = wasm.Module;
	wasm.Module = new Proxy(original, {
		construct(target, args) {
			wasm.Module = original;
			setLiftoffOnly();
			return Reflect.construct(target, args) as object;
		},
	});
}
