// Preload for scripts/paint-pair.ts (node --import): the wizard's main-thread CPU and time
// when each answer's headers and body arrive (undici's diagnostics channels) and when the
// frame holding PAINT_TEXT is written (and the first frame, holding PAINT_FIRST_TEXT), saved to PAINT_MARKS_FILE as that frame is written
// (the pair script kills the wizard once it sees the frame). Main-thread CPU, not the
// process's: V8's background threads would blur it.
import diagnosticsChannel from 'node:diagnostics_channel';
import {renameSync, writeFileSync} from 'node:fs';

const cpuMs = () => {
	const {user, system} = process.threadCpuUsage();
	return (user + system) / 1000;
};
const marks = {firstWriteCpu: undefined, firstAnswerCpu: undefined, bodies: [], frameCpu: undefined, frameWall: undefined};
diagnosticsChannel.subscribe('undici:request:headers', () => {
	marks.firstAnswerCpu ??= cpuMs();
});
diagnosticsChannel.subscribe('undici:request:trailers', () => {
	marks.bodies.push({cpu: cpuMs(), wall: performance.now()});
});

const write = process.stdout.write;
let seen = false;
process.stdout.write = function (chunk, ...rest) {
	if (marks.firstWriteCpu === undefined && process.env.PAINT_FIRST_TEXT && String(chunk).includes(process.env.PAINT_FIRST_TEXT)) marks.firstWriteCpu = cpuMs();
	if (!seen && String(chunk).includes(process.env.PAINT_TEXT)) {
		seen = true;
		marks.frameCpu = cpuMs();
		marks.frameWall = performance.now();
		const file = process.env.PAINT_MARKS_FILE;
		writeFileSync(`${file}.part`, JSON.stringify(marks));
		renameSync(`${file}.part`, file);
	}
	return write.call(this, chunk, ...rest);
};
