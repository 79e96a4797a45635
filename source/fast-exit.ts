// Why this exists: after a short CLI run, node waits ~80–110 ms at exit for V8 to finish
// optimising llhttp (undici's WebAssembly HTTP parser) in the background — work that a
// process about to exit never uses (measured: docs/development.md, `npm run bench`). Keeping
// WebAssembly on V8's baseline compiler (`--liftoff-only`) avoids the wait. And V8 runs a
// young-generation collection as a task once that space is 80 % full, which in a short
// run comes as it is about to exit (3–5 ms for memory nobody will reuse):
// `--no-minor-gc-task` leaves collecting to when space runs out. And V8's optimising
// compilers (Maglev, TurboFan) compile hot functions on a background thread, which a run of
// a few hundred milliseconds hardly gains from (a check makes a handful of such jobs, 1–25 ms
// each, the later ones after the first answer): `--no-maglev --no-turbofan` keep the rest of
// the run on the interpreter and the baseline compiler, which took 2–5 % off its CPU. All
// are V8 flags without a stability promise, so each is guarded: if a future V8 drops or
// rejects one, the only cost is the old delay.
//
// When they are set matters. Changing any V8 flag changes V8's flag hash, and from then on
// Node's built-in code cache no longer matches: every built-in module loaded after it
// (`node:tls` for an https URL, `node:crypto`, `node:child_process`…) is compiled from
// source, ~2 × slower. Setting it back does not help. So it is set as late as it can be:
// just before the first WebAssembly module is compiled, which undici does when its first
// connection is up (tls is loaded by then). node:v8 comes through getBuiltinModule, not
// an ES import, which would build a facade reading all of its exports.
//
// The last flag, `--expose-gc`, is set with the others so that it costs no cache miss of its
// own. It lets `collectYoungGeneration` ask for one young-generation collection while the
// requests travel (cli.tsx calls it once they are written, before any answer): a run fills
// that space a third time as it handles the answers, and the collection (~2 ms) then fell
// between the first answer and the exit. Done in the wait, the answers' handling starts
// with the space empty and makes no collection before the exit (docs/development.md,
// "What each change saved").

let armed = false;

/** The part of the WebAssembly global this needs (the compiler's lib has no WebAssembly types here). */
type WasmGlobal = {Module: new (bytes: ArrayBufferView | ArrayBuffer) => object};

/** The V8 flags for a short run (see above). */
export const shortRunFlags = ['--liftoff-only', '--no-minor-gc-task', '--no-maglev', '--no-turbofan', '--expose-gc'] as const;

/** Whether `--expose-gc` was set (and accepted) by this module. */
let gcExposed = false;

function setShortRunFlags(): void {
	const v8 = process.getBuiltinModule('node:v8');
	for (const flag of shortRunFlags) {
		try {
			v8.setFlagsFromString(flag);
			if (flag === '--expose-gc') gcExposed = true;
		} catch {
			// Unknown flag in this V8: keep the default behaviour.
		}
	}
}

/**
 * Call once, before the first HTTP request, in short-lived (non-interactive) commands:
 * the flags are set when the first WebAssembly module is compiled, and
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
			setShortRunFlags();
			return Reflect.construct(target, args) as object;
		},
	});
}

/** V8's `gc()` as `--expose-gc` installs it in a new context; `type: 'minor'` collects the young generation only. */
type GcFunction = (options: {type: 'minor'}) => void;

/**
 * One young-generation collection now, if the short-run flags exposed V8's `gc` (see above);
 * otherwise, or should anything about it fail, nothing. Never throws.
 */
export function collectYoungGeneration(): void {
	if (!gcExposed) return;
	try {
		// `gc` is installed in contexts created after the flag, not in this one.
		const gc = process.getBuiltinModule('node:vm').runInNewContext('gc') as GcFunction;
		gc({type: 'minor'});
	} catch {
		// Not exposed after all, or a V8 whose gc() takes other options: no collection.
	}
}
