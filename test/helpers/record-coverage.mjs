// Preload (NODE_OPTIONS=--import) for the report-in-the-wait test: writes to the file
// RECORD_COVERAGE_FILE, as the first answer's headers arrive, every function of the built
// CLI's files with how often it had run by then (V8's precise coverage, function by function).
// Plain JavaScript, so that the built CLI loads it without tsx.
import diagnosticsChannel from 'node:diagnostics_channel';
import inspector from 'node:inspector';

const session = new inspector.Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.startPreciseCoverage', {callCount: true, detailed: false});
let taken = false;
diagnosticsChannel.subscribe('undici:request:headers', () => {
	if (taken) return;
	taken = true;
	session.post('Profiler.takePreciseCoverage', (error, coverage) => {
		const scripts = error ? [] : coverage.result.filter(script => script.url.includes('/dist/'));
		const functions = scripts.flatMap(script => script.functions.map(({functionName, ranges: [range]}) => ({url: script.url, name: functionName, start: range.startOffset, end: range.endOffset, count: range.count})));
		process.getBuiltinModule('node:fs').writeFileSync(process.env.RECORD_COVERAGE_FILE, JSON.stringify(functions));
	});
});
