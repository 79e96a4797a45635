// A program run in a pseudo-terminal of 100 × 30 (util-linux `script`), timed by what it
// paints: shared by the bench and scripts/paint-pair.ts, so both measure the same way.
import {spawn} from 'node:child_process';
import {performance} from 'node:perf_hooks';

const keyDelayMs = 150;

/**
 * Runs `command` in `cwd`; `steps` are [text to wait for, keys to send then]. Resolves with
 * the time each text first appeared (ms from start) and kills the program after the last.
 */
export function inTerminal(command: string, env: NodeJS.ProcessEnv, cwd: string, steps: Array<[string, string]>): Promise<number[]> {
	return new Promise((resolve, reject) => {
		const began = performance.now();
		const child = spawn('script', ['-qfec', command, '/dev/null'], {env: {...env, COLUMNS: '100', LINES: '30'}, cwd, stdio: ['pipe', 'pipe', 'ignore']});
		let seen = '';
		const times: number[] = [];
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`${command}: no "${steps[times.length]?.[0]}" within 20 s`));
		}, 20_000);
		child.stdout.on('data', (chunk: Buffer) => {
			if (times.length === steps.length) return;
			seen += chunk.toString('utf8');
			for (let step = steps[times.length]; step && seen.includes(step[0]); step = steps[times.length]) {
				times.push(performance.now() - began);
				seen = seen.slice(seen.indexOf(step[0]) + step[0].length);
				// Keys a moment after the screen: ink turns on raw mode in an effect after painting.
				const keys = step[1];
				if (keys) setTimeout(() => child.stdin.write(keys), keyDelayMs);
			}
			if (times.length === steps.length) {
				clearTimeout(timer);
				child.kill('SIGKILL');
				resolve(times);
			}
		});
	});
}
