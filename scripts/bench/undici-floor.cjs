// The floor with undici, for `npm run bench`: the four GETs of plain-http.cjs, at once,
// through the same parts of undici deepseek-fix bundles (the bench builds this file with
// the build's own plugins and clock, scripts/undici-plugins.mjs and builtin-imports.mjs),
// with the same start-up aids (Node's compile cache, turned on by the bench's launcher
// before this file loads, and the short-run V8 flags: see source/fast-exit.ts), bodies
// read and parsed. Nothing else: what `check --json` costs above this is the tool's own
// work, not the HTTP client's.
'use strict';
const Dispatcher = require('undici/lib/dispatcher/dispatcher.js');
const request = require('undici/lib/api/api-request.js');
const Agent = require('undici/lib/dispatcher/agent.js');
// After the built-ins undici needs are loaded, as the tool does (source/fast-exit.ts): a
// V8 flag set earlier would make them miss Node's code cache.
for (const flag of require('../../source/fast-exit.ts').shortRunFlags) require('node:v8').setFlagsFromString(flag);

// As source/deepseek/undici-parts.ts does: the method undici's index.js would add.
Object.assign(Dispatcher.prototype, {request});
const {DEEPSEEK_BASE_URL: base, DEEPSEEK_STATUS_URL: status, DEEPSEEK_API_KEY: key} = process.env;
const agent = new Agent({allowH2: false});

async function get(url) {
	const {origin, pathname} = new URL(url);
	const response = await agent.request({origin, path: pathname, method: 'GET', headers: {authorization: `Bearer ${key}`, accept: 'application/json'}});
	return JSON.parse(await response.body.text());
}

Promise.all([`${base}/api/status`, `${base}/models`, `${base}/user/balance`, status].map(url => get(url)))
	.then(() => agent.destroy())
	.catch(error => {
		process.stderr.write(`${error.message}\n`);
		process.exitCode = 2;
	});
