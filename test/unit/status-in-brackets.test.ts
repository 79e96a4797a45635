// The status page's words put into a verdict's brackets read once bracketed: "reports trouble (full outage, API service)",
// not "(full outage, API service)"; the same in Chinese (text/quoted.ts unbracketed).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {checkMessages} from '../../source/messages/checks.js';
import {diagnoseMessages} from '../../source/messages/diagnose.js';
import {wizardText} from '../../source/messages/wizard.js';
import {tablesOf} from '../../source/messages/language.js';
import {sentencesOf} from '../helpers/message-sentences.js';

type Tables = {diagnose: typeof diagnoseMessages; checks: typeof checkMessages};

test('no outage verdict puts brackets in brackets, in either language', () => {
	for (const language of ['en', 'zh-CN'] as const) {
		const {diagnose, checks} = {diagnose: tablesOf(diagnoseMessages)?.[language], checks: tablesOf(checkMessages)?.[language]} as Tables;
		const statuses = [
			checks.serviceStatus.trouble('full_outage', ['API 服务'], undefined, false),
			checks.serviceStatus.trouble('partial_outage', ['API 服务', '网页对话服务'], 'Slow answers', false),
		];
		const sentences = statuses.flatMap(status => [
			diagnose.outage(status),
			diagnose.outageApiFine(status),
			diagnose.outageNotChecked({status}),
			diagnose.outageUnchecked({status, detail: 'D'}),
			diagnose.outageElsewhere({name: 'N', httpStatus: 502, status}),
			diagnose.outageKeyRefused(status),
			diagnose.invalidKeyDuringIncident('K.', status),
		]);
		assert.ok(statuses.every(status => /[(（]/u.test(status)), 'the status names its components in brackets');
		assert.deepEqual(sentences.filter(sentence => /\([^()]*\(|（[^（）]*（/u.test(sentence)), [], language);
	}
	assert.match(diagnoseMessages.outageApiFine(checkMessages.serviceStatus.trouble('full_outage', ['API 服务'], undefined, false)), /^DeepSeek's status page reports trouble \(full outage, API service\)\. /);
});

test('a server\'s words follow its HTTP status the same way in every Chinese sentence: "（HTTP 403，“…”）", as the refusals write it, not "HTTP 403“…”" in some', () => {
	const stand = {name: 'N', status: 403, httpStatus: 403, said: 'S', host: 'h', detail: 'D', model: 'm'};
	const sentences = [diagnoseMessages, wizardText].flatMap(table => sentencesOf(tablesOf(table)?.['zh-CN'], [stand]));
	assert.ok(sentences.filter(sentence => /HTTP 403，“S”/u.test(sentence)).length >= 10, 'the sentences quoting a server');
	assert.deepEqual(sentences.filter(sentence => /HTTP 403“/u.test(sentence)), []);
});
