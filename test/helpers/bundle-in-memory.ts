// Bundles a few files held in memory as the build bundles the tool (one ES module output), for
// the tests of the build's rewrites of esbuild's output (scripts/eager-*.mjs).
import {build, type Plugin} from 'esbuild';

/** esbuild's unminified output for `entry.js` of `files` (name → source). */
export async function bundleInMemory(files: Record<string, string>): Promise<string> {
	const inMemory: Plugin = {
		name: 'in-memory',
		setup(builder) {
			builder.onResolve({filter: /.*/}, args => ({path: args.path.replace('./', ''), namespace: 'memory'}));
			builder.onLoad({filter: /.*/, namespace: 'memory'}, args => ({contents: files[args.path], loader: 'js'}));
		},
	};
	const result = await build({entryPoints: ['entry.js'], bundle: true, format: 'esm', platform: 'node', write: false, plugins: [inMemory], logLevel: 'silent'});
	return result.outputFiles[0]!.text;
}
