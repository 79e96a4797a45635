// A network failure's sentence joined after the verdict's colon reads as one sentence in English: "The API could not be
// reached: the certificate …", not "…: The certificate …"; a name keeps its capital (text/clause.ts).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {checkMessages} from '../../source/messages/checks.js';
import {cliMessages} from '../../source/messages/cli.js';
import {diagnoseMessages} from '../../source/messages/diagnose.js';
import {httpFailureMessages, proxyMessages} from '../../source/messages/http.js';
import {tablesOf} from '../../source/messages/language.js';
import {wizardText} from '../../source/messages/wizard.js';
import {asClause, joined, joinedZh} from '../../source/text/clause.js';
import {sentencesOf} from '../helpers/message-sentences.js';

/** Every English sentence of a table: functions called with stand-ins (those that need real values are left out). */
const sentences = (value: unknown) => sentencesOf(value, ['7', {variable: 'HTTPS_PROXY', host: 'h', name: 'n', proxy: 'p', url: 'u', failed: 'F', reached: 'R', code: 'E'}]);

test('a sentence joined after a colon opens in lower case on an ordinary word, and keeps a name\'s capital', () => {
	assert.equal(asClause('The certificate of h is not trusted here.'), 'the certificate of h is not trusted here.');
	assert.equal(asClause('Cannot resolve nonexistent.invalid: check the base URL\'s spelling and your DNS.'), 'cannot resolve nonexistent.invalid: check the base URL\'s spelling and your DNS.');
	for (const kept of ['Node does not read it.', 'I see.', 'HTTPS_PROXY is set.', 'TLS to h failed.', 'DeepSeek answered.', 'Windows has it.', 'api.deepseek.com refused the connection.', '']) {
		assert.equal(asClause(kept), kept);
	}
});

test('no network failure reads "…could not be reached: The …" (a capital after the colon in mid-sentence)', () => {
	const failures = [checkMessages.network, httpFailureMessages, proxyMessages].flatMap(table => sentences(tablesOf(table)?.en));
	assert.ok(failures.length > 30, `only ${failures.length} sentences`);
	const joined = failures.flatMap(failure => [diagnoseMessages.network(failure), diagnoseMessages.answersCutOff(failure), diagnoseMessages.unknown(failure)]);
	const capitalAfterColon = joined.filter(sentence => /^[^:]+: \p{Lu}\p{Ll}+(?=[\s,(]|$)/u.test(sentence));
	assert.deepEqual(capitalAfterColon, []);
	const clock = checkMessages.network.certificateNotYetValid({host: 'api.deepseek.com', from: '2026-01-01', to: '2027-01-01', now: '2020-01-01'});
	assert.ok(diagnoseMessages.network(clock).startsWith('The API could not be reached. The certificate api.deepseek.com presented'), 'a sentence with a colon of its own follows a full stop');
});

/** Every English sentence of a table but its titles (a check's name opens a row, never joins a sentence), found at any depth. */
function summaries(value: unknown): string[] {
	if (value && typeof value === 'object' && typeof value !== 'function') {
		return Object.entries(value).flatMap(([key, inner]) => (key === 'title' ? [] : summaries(inner)));
	}
	return sentences(value);
}

test('no check\'s sentence reads "No clear cause found: Unreadable answer" or "the last look failed: Skipped…" (a capital after a colon in mid-sentence)', () => {
	const all = [checkMessages, httpFailureMessages, proxyMessages].flatMap(table => summaries(tablesOf(table)?.en));
	assert.ok(all.length > 150, `only ${all.length} sentences`);
	const joined = all.flatMap(summary => [
		diagnoseMessages.unknown(summary),
		diagnoseMessages.network(summary),
		cliMessages.waitStatusUnread({problem: summary, next: '5 min', waited: '1 min', max: '1 h'}).replace(/^.* failed: /, 'failed: '),
		wizardText.wait.unread({problem: summary, next: '5 s'}),
	]);
	const capitalAfterColon = joined.filter(sentence => /^[^:]+: \p{Lu}\p{Ll}+(?=[\s,(]|$)/u.test(sentence));
	assert.deepEqual(capitalAfterColon, []);
	assert.equal(diagnoseMessages.unknown(checkMessages.balance.unreadable(200, 'R.')), 'No clear cause found: unreadable answer (HTTP 200). R.');
	assert.match(cliMessages.waitStatusUnread({problem: checkMessages.balance.unreadable(200, 'R.'), next: '5 min', waited: '1 min', max: '1 h'}), /the last look failed: unreadable answer \(HTTP 200\)/);
});

test('a sentence from elsewhere is joined one way: after a colon as a clause, or after a full stop where it has a colon of its own; always ending with a stop', () => {
	assert.equal(joined('The API could not be reached', 'Cannot resolve x.invalid.'), 'The API could not be reached: cannot resolve x.invalid.');
	assert.equal(joined('The check itself failed', 'boom'), 'The check itself failed: boom.');
	assert.equal(joined('The API could not be reached', '127.0.0.1:8080 closed the connection without answering: a firewall may be cutting it.'), 'The API could not be reached. 127.0.0.1:8080 closed the connection without answering: a firewall may be cutting it.');
	assert.equal(joined('No clear cause found', 'HTTP 500 at https://example.com/x'), 'No clear cause found: HTTP 500 at https://example.com/x.');
	assert.equal(joinedZh('无法连接 API', '127.0.0.1:8080 没有响应就关闭了连接：可能有防火墙。'), '无法连接 API。127.0.0.1:8080 没有响应就关闭了连接：可能有防火墙。');
	assert.equal(joinedZh('检查本身出错', 'boom'), '检查本身出错：boom。');
	// Every joined sentence of the tables: never two colons of sentences in one, never a missing stop before the next.
	const failures = [checkMessages.network, httpFailureMessages, proxyMessages].flatMap(table => sentences(tablesOf(table)?.en));
	for (const failure of failures) {
		for (const [lead, said] of [['The API could not be reached', diagnoseMessages.network(failure)], ['No clear cause found', diagnoseMessages.unknown(failure)], ['The check itself failed', checkMessages.crashed(failure)]] as const) {
			if (said.startsWith(`${lead}: `)) assert.doesNotMatch(said.slice(lead.length + 2), /:\s/u, said);
			else assert.ok(said.startsWith(`${lead}. `), said);
			assert.match(said, /[.!?…]["')]*$/u, said);
		}
	}
	assert.match(wizardText.wait.unread({problem: checkMessages.crashed('boom'), next: '5 s'}), /^The last look failed\. The check itself failed: boom\. Next look in 5 s\.$/);
});
