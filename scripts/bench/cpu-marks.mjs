// Preload for measuring `check` on a busy machine (node --import), where wall time says
// little: at exit, writes to BENCH_CPU_MARKS_FILE (JSON, ms) the process's CPU time when
// its first request was written, when the first and the last answer's headers arrived, and
// at exit. `firstRequest + (exit - lastAnswer)` is the CPU work the round trip cannot hide;
// `exit - firstAnswer` adds the handling of the answers that came before the last one.
// Read from undici's diagnostics channels; the plain node:http script reports through
// Node's own http channels.
import diagnosticsChannel from 'node:diagnostics_channel';
import {writeFileSync} from 'node:fs';

const cpuMs = () => {
	const {user, system} = process.cpuUsage();
	return (user + system) / 1000;
};
const marks = {firstRequest: undefined, firstAnswer: undefined, lastAnswer: undefined, exit: undefined};
const sent = () => {
	marks.firstRequest ??= cpuMs();
};
const answered = () => {
	marks.firstAnswer ??= cpuMs();
	marks.lastAnswer = cpuMs();
};
diagnosticsChannel.subscribe('undici:client:sendHeaders', sent);
diagnosticsChannel.subscribe('undici:request:headers', answered);
diagnosticsChannel.subscribe('http.client.request.start', sent);
diagnosticsChannel.subscribe('http.client.response.finish', answered);

process.on('exit', () => {
	marks.exit = cpuMs();
	writeFileSync(process.env.BENCH_CPU_MARKS_FILE, JSON.stringify(marks));
});
