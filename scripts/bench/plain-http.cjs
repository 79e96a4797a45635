// The yardstick for `check --json` in `npm run bench`: a minimal node:http script making
// the same requests the check makes against the fake, all at once (the base URL's
// /api/status, /models and /user/balance, and the status page), reading and parsing
// every body, then exiting. CommonJS, the cheapest way Node starts a script (an ES module
// importing node:http costs ~60 ms more here). What `check` costs above this is its own
// start-up and work.
'use strict';
const http = require('node:http');

const {DEEPSEEK_BASE_URL: base, DEEPSEEK_STATUS_URL: status, DEEPSEEK_API_KEY: key} = process.env;

function get(url) {
	return new Promise((resolve, reject) => {
		http.get(url, {headers: {authorization: `Bearer ${key}`, accept: 'application/json'}}, response => {
			let body = '';
			response.setEncoding('utf8');
			response.on('data', chunk => (body += chunk));
			response.on('end', () => resolve(JSON.parse(body)));
		}).on('error', reject);
	});
}

Promise.all([`${base}/api/status`, `${base}/models`, `${base}/user/balance`, status].map(url => get(url))).catch(error => {
	process.stderr.write(`${error.message}\n`);
	process.exitCode = 2;
});
