// ink's development mode, left out of the build (an esbuild plugin, used by scripts/build.mjs).
//
// ink 8 turns it on when DEV=true, a variable many shells and .env files set for other
// programs. It then reads its own package.json beside its code, which in dist/ is not there,
// and prints the failure with its stack above the wizard; and it hooks React DevTools, whose
// package the build leaves out anyway. The build reads every `process.env['DEV'] === 'true'`
// of ink as false, so the tool behaves the same whatever DEV says.
import {readFileSync} from 'node:fs';

const devTest = "process.env['DEV'] === 'true'";

/** ink's files that test DEV, and how many times each does. */
const devTests = {'reconciler.js': 2, 'ink.js': 1};

/** `source` (ink's `file`) with its DEV tests false. Throws (the build stops) when ink no longer reads as expected. */
export function withoutInkDev(file, source) {
	const count = source.split(devTest).length - 1;
	if (count !== devTests[file]) {
		throw new Error(`node_modules/ink/build/${file} tests DEV ${count} times, not ${devTests[file]}: see scripts/ink-dev-plugin.mjs`);
	}
	return source.replaceAll(devTest, 'false');
}

/** esbuild plugin: ink with its development mode off. */
export const inkDevPlugin = {
	name: 'ink-dev-off',
	setup(build) {
		build.onLoad({filter: /node_modules\/ink\/build\/(?:reconciler|ink)\.js$/}, args => ({
			contents: withoutInkDev(args.path.slice(args.path.lastIndexOf('/') + 1), readFileSync(args.path, 'utf8')),
			loader: 'js',
		}));
	},
};
