// Test preload for the CLI child (`node --import <this file> dist/bin.js …`): plays WSL's own
// /usr/bin/wslinfo, which the network check asks for WSL 2's networking mode after a refused
// loopback connection. TEST_WSLINFO_MODE is what it prints ("nat", "mirrored"…); "missing" plays
// a WSL from before 2.0, which has no wslinfo; "stuck" one that never answers, so that only
// execFile's own timeout or the caller's signal ends it. Every other program runs as usual.
// Plain JavaScript: the child is the built CLI on plain Node, without tsx.
import childProcess from 'node:child_process';
import {syncBuiltinESMExports} from 'node:module';

const wslinfo = '/usr/bin/wslinfo';
const realExecFile = childProcess.execFile;

childProcess.execFile = function execFile(file, ...rest) {
	const mode = process.env.TEST_WSLINFO_MODE;
	if (file !== wslinfo || mode === undefined) return Reflect.apply(realExecFile, this, [file, ...rest]);
	const callback = rest.findLast(argument => typeof argument === 'function');
	const options = rest.find(argument => argument && typeof argument === 'object' && !Array.isArray(argument)) ?? {};
	const failWith = (message, code) => callback(Object.assign(new Error(message), {code}), '', '');
	if (mode === 'missing') {
		setImmediate(() => failWith(`spawn ${wslinfo} ENOENT`, 'ENOENT'));
		return;
	}
	if (mode === 'stuck') {
		// As execFile does: killed at its timeout, or ended at once by its signal.
		const timer = options.timeout > 0 ? setTimeout(() => failWith(`Command failed: ${wslinfo}`, null), options.timeout) : undefined;
		options.signal?.addEventListener('abort', () => {
			clearTimeout(timer);
			failWith('The operation was aborted', 'ABORT_ERR');
		}, {once: true});
		return;
	}
	setImmediate(() => callback(null, `${mode}\n`, ''));
};
syncBuiltinESMExports();
