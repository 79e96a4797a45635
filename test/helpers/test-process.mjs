// Marks a test process (not a CLI child a test starts): loaded first by isolate-git.ts, read by
// map-hosts.mjs, which in a test process puts its TLS port mapping in place at once (in-process tests
// name their hosts after it has loaded). A global symbol: a child process never inherits it.
globalThis[Symbol.for('deepseek-fix.test-process')] = true;
