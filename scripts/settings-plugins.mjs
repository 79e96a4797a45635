// How the build trims the settings writer, conf and proper-lockfile (esbuild plugins),
// used by scripts/build.mjs. Both load only when a run writes its settings, which
// `balance` does after every answer (to keep its reading), so what they load is on the
// way to every cron run's exit.
//
// conf imports ajv (with ajv-formats) and semver when it loads, but runs them only for
// options this tool never gives it: ajv for `schema`/`ajvOptions`/`rootSchema` (the
// settings are validated by source/settings/schema.ts instead) and semver for
// `migrations` (source/settings/migrate.ts does that). Loading them was ~⅔ of what
// loading conf costs, and `balance` loads conf on every run to keep its reading
// (docs/development.md, "Performance"). Each becomes a stub that throws a sentence if it
// were ever used; the settings tests write through the built bundle, so a conf release
// that starts to use one on the way we call it fails them.
import {readFileSync} from 'node:fs';

/** The modules conf imports and this build leaves out, with what conf needs each for. */
const confStubs = {
	'ajv/dist/2020.js': {what: 'ajv', for: 'a `schema` option', exports: 'export class Ajv2020 { constructor() { fail(); } }'},
	'ajv-formats': {what: 'ajv-formats', for: 'a `schema` option', exports: 'export default {default: fail};'},
	semver: {what: 'semver', for: 'a `migrations` option', exports: 'export default new Proxy({}, {get: fail});'},
};

const confSource = new URL('../node_modules/conf/dist/source/index.js', import.meta.url);

/**
 * Stop the build if conf's own file no longer reads ajv only behind its "no schema, no
 * validator" early return: then a stub could be reached without a schema.
 */
function checkConfStillSkipsAjv() {
	const source = readFileSync(confSource, 'utf8');
	const early = source.indexOf('if (!(options.schema ?? options.ajvOptions ?? options.rootSchema)) {');
	const uses = [...source.matchAll(/new Ajv\(|ajvFormatsModule\.default/g)].map(match => match.index);
	if (early === -1 || uses.length !== 2 || uses.some(index => index < early)) {
		throw new Error(`${confSource.pathname}: conf no longer skips ajv when no schema is given; see scripts/settings-plugins.mjs`);
	}
}

/** esbuild plugin: conf's imports of ajv, ajv-formats and semver get stubs. */
const trimConf = {
	name: 'trim-conf',
	setup(build) {
		checkConfStillSkipsAjv();
		const names = Object.keys(confStubs);
		const filter = new RegExp(`^(?:${names.map(name => name.replaceAll('.', '\\.').replaceAll('/', '\\/')).join('|')})$`);
		build.onResolve({filter}, args => {
			if (!args.importer.includes('/node_modules/conf/')) return undefined;
			return {path: args.path, namespace: 'conf-unused'};
		});
		// conf needs node:crypto only to encrypt, which this tool does not ask for, but its
		// `import crypto from 'node:crypto'` loads crypto (and, through the module facade
		// reading every export, WebCrypto) after the answers: ~4 ms. It gets crypto when
		// it first uses it instead.
		build.onResolve({filter: /^node:crypto$/}, args => {
			if (!args.importer.includes('/node_modules/conf/')) return undefined;
			return {path: 'node:crypto', namespace: 'conf-lazy-builtin'};
		});
		build.onLoad({filter: /.*/, namespace: 'conf-lazy-builtin'}, args => ({
			contents: `export default new Proxy({}, {get: (_, name) => process.getBuiltinModule(${JSON.stringify(args.path)})[name]});\n`,
			loader: 'js',
		}));
		build.onLoad({filter: /.*/, namespace: 'conf-unused'}, args => {
			const stub = confStubs[args.path];
			const message = `${stub.what} is not part of this build of deepseek-fix: conf needs it only for ${stub.for}, which this tool never gives (scripts/settings-plugins.mjs)`;
			return {contents: `function fail() { throw new Error(${JSON.stringify(message)}); }\n${stub.exports}\n`, loader: 'js'};
		});
	},
};

/**
 * esbuild plugin: proper-lockfile gets Node's own fs instead of graceful-fs. graceful-fs
 * queues opens on EMFILE and retries renames on Windows; the lock only makes, stats,
 * touches and removes one folder, and loading graceful-fs (it patches a copy of fs and
 * loads node:assert) took longer than all of that.
 */
const plainFsForLockfile = {
	name: 'plain-fs-for-lockfile',
	setup(build) {
		build.onResolve({filter: /^graceful-fs$/}, args => {
			if (!args.importer.includes('/node_modules/proper-lockfile/')) return undefined;
			return {path: 'node:fs', external: true};
		});
	},
};

/** Every plugin the build gives the settings writer's packages. */
export const settingsPlugins = [trimConf, plainFsForLockfile];
