// A base URL that redirects every call: the wizard's result rows say the redirect's address once, as check's report
// does (checks/same-as-above.ts): the Balance row, redirected like the Authentication row above it, says "the same
// redirect as above". Walked "They fail with something else" › "not sure: run every check", in English and Chinese,
// where the rows are drawn whole (100×40) and at 60×40.
import '../helpers/map-hosts.mjs';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {textReportMessages} from '../../source/messages/report.js';
import {wizardText} from '../../source/messages/wizard.js';
import {flatIn, resultInBothLanguages} from './helpers.js';

const steps = () => [wizardText.start.options.failsOther, wizardText.other.unsure, 'DEEPSEEK_API_KEY', wizardText.probe.no];

for (const [scenario, address] of [['redirect_login', 'acme.cloudflareaccess.com/cdn-cgi/access/login'], ['redirect_host', 'api.new-relay.example/user/balance']] as const) {
	for (const size of [{columns: 100, rows: 40}, {columns: 60, rows: 40}]) {
		test(`${scenario}: the redirect's address once in the rows, the Balance row says the same redirect (${size.columns}×${size.rows})`, async () => {
			await resultInBothLanguages(scenario, size, async app => {
				for (const step of steps()) await app.choose(step);
			}, (leaf, language) => {
				const flat = flatIn(language, leaf);
				const same = flatIn(language, textReportMessages.sameRedirect({status: scenario === 'redirect_login' ? 302 : 301}));
				assert.ok(flat.includes(same), `"${same}":\n${leaf}`);
				if (scenario === 'redirect_login') assert.equal(flat.split(address).length - 1, 1, leaf);
				else assert.ok(!flat.includes(address), leaf);
			}, {host: null});
		});
	}
}
