// A monotonic clock in milliseconds since the process started, as `performance.now()`
// reads it. `performance` itself would do, but its first use loads perf_hooks and ten
// modules behind it, on the way to every run's first request or between its answers
// (docs/development.md, "Performance"); the process's own uptime is there from the start.
// The build gives bundled packages this clock for `performance.now()` too
// (`monotonicClock` in scripts/builtin-imports.mjs).
export function monotonicMs(): number {
	return process.uptime() * 1000;
}
