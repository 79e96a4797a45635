// One check row on its own under ink-testing-library, 40 columns wide: its icon, the text
// wrapped under itself (not under the icon), cut at the edge, or brief.
import {test} from 'node:test';
import assert from 'node:assert/strict';
// tsx compiles test files with the classic JSX runtime: React must be in scope.
import React from 'react';
import {Box} from 'ink';
import {render} from 'ink-testing-library';
import {CheckList, CheckRow} from '../../source/ui/check-list.js';
import {Wrapped} from '../../source/ui/text-blocks.js';
import type {CheckRowState} from '../../source/ui/check-row-state.js';
import {plain} from './helpers.js';

const balance: CheckRowState = {
	id: 'balance',
	title: 'Balance',
	state: {id: 'balance', title: 'Balance', status: 'fail', summary: '0.00 CNY (granted 0.00, topped up 0.00): nothing left to pay for calls. Top up first.', details: {}, durationMs: 5},
};

function drawn(element: React.ReactElement): string {
	const {lastFrame, unmount} = render(element);
	const frame = plain(lastFrame());
	unmount();
	return frame;
}

test('a check row that wraps goes on under its text, two columns in, never under its icon', () => {
	assert.equal(drawn(<CheckRow row={balance} width={40} />), ['✖ Balance: 0.00 CNY (granted 0.00,', '  topped up 0.00): nothing left to pay', '  for calls. Top up first.'].join('\n'));
});

test('a cut check row ends after its last whole word that fits, with "…" (never a word cut short: "topp…"); a brief one keeps its first sentence when that fits', () => {
	assert.equal(drawn(
		<Box width={40}>
			<CheckRow cut row={balance} width={40} />
		</Box>,
	), '✖ Balance: 0.00 CNY (granted 0.00,…');
	// A made-up Chinese row whose cut lands right after a full-width comma.
	const chinese: CheckRowState = {id: 'auth', title: '身份验证', state: {id: 'auth', title: '身份验证', status: 'error', summary: 'HTTP 503——获取模型列表，“Server Overloaded”。', details: {}, durationMs: 5}};
	assert.equal(drawn(
		<Box width={40}>
			<CheckRow cut row={chinese} width={40} />
		</Box>,
	), '! 身份验证: HTTP 503——获取模型列表…', 'between two Chinese characters is a word boundary too; a comma with nothing after it is left out');
	assert.equal(drawn(<CheckRow cut brief="restated" row={balance} width={100} />), '✖ Balance: 0.00 CNY (granted 0.00, topped up 0.00): nothing left to pay for calls.');
	// Not even its first clause fits: the line under it says it, so it points there; a row the title may say again is cut
	// (before the bracket its cut would leave open on one word).
	const proxy: CheckRowState = {id: 'network', title: 'Network', state: {id: 'network', title: 'Network', status: 'fail', summary: 'The proxy http://127.0.0.1:7890 (from HTTPS_PROXY) refused the connection: start the proxy.', details: {}, durationMs: 5}};
	assert.equal(drawn(<CheckRow cut brief="restated" row={proxy} width={60} />), '✖ Network: see below.');
	assert.equal(drawn(<CheckRow cut brief="restatedAlso" row={proxy} width={60} />), '✖ Network: The proxy http://127.0.0.1:7890…');
	// Its first clause fits: it ends there, not in the middle of the next one.
	const portal: CheckRowState = {id: 'endpoint', title: 'Where calls go', state: {id: 'endpoint', title: 'Where calls go', status: 'fail', summary: '127.0.0.1:8080 answers with a web page: calls do not reach DeepSeek, and its errors are not DeepSeek\'s.', details: {}, durationMs: 5}};
	for (const brief of ['restated', 'restatedAlso'] as const) {
		assert.equal(drawn(<CheckRow cut brief={brief} row={portal} width={60} />), '✖ Where calls go: 127.0.0.1:8080 answers with a web page…');
	}
});

test('a brief row never ends its sentence inside the service\'s quoted words: AiHubMix\'s "Incorrect model ID. Please …" is no first sentence (a row cut there read "refused with "Incorrect model ID." with its quote left open)', () => {
	const said = (summary: string, title = 'Test call'): CheckRowState => ({id: 'probe', title, state: {id: 'probe', title, status: 'fail', summary, details: {}, durationMs: 5}});
	const english = said('HTTP 503 — a 1-token call to deepseek-v3.2 was refused with "Incorrect model ID. Please request to view the model page or you do not have permission to use this model": the service has no model by the name the call sent (or not for this key): use a model name from its list.');
	assert.equal(drawn(<CheckRow cut brief="restated" row={english} width={100} />), '✖ Test call: see below.');
	// The same in Chinese, its quotation marks “” and its full stop 。 inside them.
	const chinese = said('HTTP 503，调用被拒绝（“模型名字错误。请进入模型广场查看”）：服务没有这个模型。请使用列表里的名字。', '测试调用');
	assert.equal(drawn(<CheckRow cut brief="restated" row={chinese} width={100} />), '✖ 测试调用: HTTP 503，调用被拒绝（“模型名字错误。请进入模型广场查看”）：服务没有这个模型。');
	// A stop after the quote closes still ends the first sentence.
	const closedQuote = said('HTTP 503 — refused with "Incorrect model ID. Please try again". Another sentence follows here.');
	assert.equal(drawn(<CheckRow cut brief="restated" row={closedQuote} width={100} />), '✖ Test call: HTTP 503 — refused with "Incorrect model ID. Please try again".');
});

test('a waiting row shows its dot and "waiting…"', () => {
	assert.equal(drawn(<CheckRow row={{id: 'balance', title: 'Balance', state: 'waiting'}} width={40} />), '· Balance: waiting…');
});

test('a URL wider than the window, in a line or a check row at 40 columns: rows of its own indented like the text (broken after a / or . near the edge), never at column 0, and the text goes on after its last part', () => {
	const url = 'https://one-api.my-company.example.com/v1';
	const line = drawn(
		<Box width={40}>
			<Wrapped text={`Your calls go to One API (at ${url}), not DeepSeek: its own balance applies.`} width={40} indent="  " />
		</Box>,
	);
	assert.equal(line, ['  Your calls go to One API (at', '  https://one-api.my-company.example.', '  com/v1), not DeepSeek: its own balance', '  applies.'].join('\n'));
	const summary = `Calls go to ${url}/chat/completions here.`;
	const row = drawn(<CheckRow row={{id: 'endpoint', title: 'Where calls go', state: {id: 'endpoint', title: 'Where calls go', status: 'warn', summary, details: {}, durationMs: 5}}} width={40} />);
	for (const shown of row.split('\n')) assert.ok(shown.length <= 40, row);
	assert.ok(row.split('\n').slice(1).every(shown => shown.startsWith('  ')), row);
	// The address is all there, in order, once its rows are joined.
	assert.ok(row.split('\n').map(shown => shown.trim()).join('').includes(`${url}/chat/completions`), row);
});

test('in a check list a row whose result repeats the row drawn above it says "Same as above."; under a row left out, its own sentence', () => {
	const slow = 'Connected, but no answer within 2.0 s: the service answers slowly; allow more time with --timeout.';
	const timedOut = (id: 'endpoint' | 'auth', title: string): CheckRowState => ({id, title, state: {id, title, status: 'error', summary: slow, details: {}, durationMs: 5}});
	const rows = [timedOut('endpoint', 'Where calls go'), timedOut('auth', 'Authentication')];
	// Rows joined where they wrap (under their text, two columns in).
	const list = (modes?: Array<'full' | 'hidden'>) => drawn(<CheckList rows={rows} width={100} modes={modes} />).replace(/\n {2}/g, ' ');
	assert.equal(list(), `! Where calls go: ${slow}\n! Authentication: Same as above.`);
	assert.equal(list(['hidden', 'full']), `! Authentication: ${slow}`);
});
