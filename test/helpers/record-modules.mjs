// Preload (NODE_OPTIONS=--import) for the start-up tests: at exit, writes the built-in
// modules the process loaded, one per line, to the file RECORD_MODULES_FILE names.
// Plain JavaScript so that the built CLI can load it without tsx, and without an ES
// import of node:fs, whose module facade would itself load what the tests look for.
const file = process.env.RECORD_MODULES_FILE;
process.on('exit', () => {
	const builtins = process.moduleLoadList.filter(entry => entry.startsWith('NativeModule ')).map(entry => entry.slice('NativeModule '.length));
	process.getBuiltinModule('node:fs').writeFileSync(file, `${builtins.join('\n')}\n`);
});
