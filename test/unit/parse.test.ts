import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parseBalance, parseModels, parseStatusSummary} from '../../source/deepseek/parse.js';
import {fakeKey} from '../fake/server.js';
import {compareDecimal, isDecimalString, isZeroAmount} from '../../source/domain/decimal.js';
import {interpretBody, skipKeepAliveLines} from '../../source/deepseek/body.js';
import {
	echoedKeyLastFour,
	fileNameTail,
	isPlaceholderTail,
	parseErrorBody,
	parseErrorText,
	pythonReprToJson,
	readErrorBody,
	strayCharacterAfterKey,
} from '../../source/deepseek/error-body.js';

const key = 'sk-' + '0123456789abcdef'.repeat(2);

function reasonOf<T>(result: {ok: true; value: T} | {ok: false; reason: string}): string {
	assert.equal(result.ok, false, 'expected a rejection');
	return result.ok ? '' : result.reason;
}

test('parseBalance reads DeepSeek\'s balance answer', () => {
	const json = {
		is_available: true,
		balance_infos: [{currency: 'CNY', total_balance: '47.44', granted_balance: '0.00', topped_up_balance: '47.44'}],
	};
	assert.deepEqual(parseBalance(json), {
		ok: true,
		value: {isAvailable: true, balances: [{currency: 'CNY', total: '47.44', granted: '0.00', toppedUp: '47.44'}]},
	});
});

test('parseBalance accepts an empty list (new account) and several currencies', () => {
	assert.deepEqual(parseBalance({is_available: false, balance_infos: []}), {ok: true, value: {isAvailable: false, balances: []}});
	const two = parseBalance({
		is_available: true,
		balance_infos: [
			{currency: 'CNY', total_balance: '1.00', granted_balance: '1.00', topped_up_balance: '0.00'},
			{currency: 'USD', total_balance: '2.5', granted_balance: '0', topped_up_balance: '2.5'},
		],
	});
	assert.ok(two.ok);
	assert.deepEqual(two.value.balances.map(b => b.currency), ['CNY', 'USD']);
});

test('parseBalance converts finite numbers to strings and rejects NaN, objects and exponents', () => {
	const numeric = parseBalance({
		is_available: true,
		balance_infos: [{currency: 'USD', total_balance: 0.1, granted_balance: 0, topped_up_balance: 0.1}],
	});
	assert.ok(numeric.ok);
	assert.deepEqual(numeric.value.balances[0], {currency: 'USD', total: '0.1', granted: '0', toppedUp: '0.1'});
	const entry = (total: unknown) => ({
		is_available: true,
		balance_infos: [{currency: 'CNY', total_balance: total, granted_balance: '0', topped_up_balance: '0'}],
	});
	const badAmount = 'The balance answer\'s "total_balance" in entry 1 is not a decimal amount.';
	assert.equal(reasonOf(parseBalance(entry(Number.NaN))), badAmount);
	assert.equal(reasonOf(parseBalance(entry(Number.POSITIVE_INFINITY))), badAmount);
	assert.equal(reasonOf(parseBalance(entry({amount: '1'}))), badAmount);
	assert.equal(reasonOf(parseBalance(entry('12abc'))), badAmount);
	assert.equal(reasonOf(parseBalance(entry('1e3'))), badAmount);
	assert.equal(reasonOf(parseBalance(entry(undefined))), badAmount);
	assert.equal(reasonOf(parseBalance(entry(null))), badAmount);
});

test('parseBalance rejects other shapes with a reason', () => {
	assert.equal(reasonOf(parseBalance('<html>')), 'The balance answer is not a JSON object, so it is not DeepSeek\'s /user/balance.');
	assert.equal(reasonOf(parseBalance(null)), 'The balance answer is not a JSON object, so it is not DeepSeek\'s /user/balance.');
	assert.equal(reasonOf(parseBalance([])), 'The balance answer is not a JSON object, so it is not DeepSeek\'s /user/balance.');
	assert.equal(reasonOf(parseBalance({balance_infos: []})), 'The balance answer has no true/false "is_available": it is not DeepSeek\'s /user/balance.');
	assert.equal(reasonOf(parseBalance({is_available: 'true', balance_infos: []})), 'The balance answer has no true/false "is_available": it is not DeepSeek\'s /user/balance.');
	assert.equal(reasonOf(parseBalance({is_available: true})), 'The balance answer has no "balance_infos" list: it is not DeepSeek\'s /user/balance.');
	assert.equal(
		reasonOf(parseBalance({is_available: true, balance_infos: [{total_balance: '1'}]})),
		'Entry 1 of "balance_infos" in the balance answer is not an object with a currency.',
	);
	assert.equal(reasonOf(parseBalance({is_available: true, balance_infos: ['CNY']})), 'Entry 1 of "balance_infos" in the balance answer is not an object with a currency.');
	// A relay's error body is not a balance.
	assert.equal(reasonOf(parseBalance({error: {message: 'Invalid URL (GET /v1/user/balance)'}})), 'The balance answer has no true/false "is_available": it is not DeepSeek\'s /user/balance.');
});

test('parseBalance strips escape sequences from the currency', () => {
	const result = parseBalance({
		is_available: true,
		balance_infos: [{currency: '\u001B[31mCNY', total_balance: '1', granted_balance: '0', topped_up_balance: '1'}],
	});
	assert.ok(result.ok);
	assert.equal(result.value.balances[0]?.currency, 'CNY');
});

test('parseBalance reads a currency only as a code of three letters: anything else is an unreadable answer, its value never in the reason', () => {
	const withCurrency = (currency: string) => parseBalance({
		is_available: true,
		balance_infos: [{currency, total_balance: '47.44', granted_balance: '0.00', topped_up_balance: '47.44'}],
	});
	// A relay may write another ISO 4217 code, or in lower case, or with spaces around it.
	for (const [sent, read] of [['EUR', 'EUR'], ['usd', 'USD'], [' CNY ', 'CNY']] as const) {
		const result = withCurrency(sent);
		assert.ok(result.ok, sent);
		assert.equal(result.value.balances[0]?.currency, read);
	}
	// The key echoed back (upper-cased, as the hostile fake does), a piece of a web page, 40 characters, a number-like code, two letters.
	const echoed = fakeKey.slice(3, 19).toUpperCase();
	for (const sent of [echoed, '<b>CNY</b>', 'C'.repeat(40), 'CN1', 'CN', 'RMB yuan']) {
		const result = withCurrency(sent);
		assert.equal(result.ok, false, sent);
		assert.equal(reasonOf(result), 'The balance answer\'s currency in entry 1 of "balance_infos" is not a currency code such as CNY or USD.');
	}
});

test('parseModels reads ids and distinct owners', () => {
	const result = parseModels({
		object: 'list',
		data: [
			{id: 'deepseek-v4-flash', object: 'model', owned_by: 'deepseek'},
			{id: 'deepseek-v4-pro', object: 'model', owned_by: 'deepseek'},
			{id: 'gpt-x', owned_by: 'custom'},
			{id: 'bare'},
		],
	});
	assert.deepEqual(result, {ok: true, value: {ids: ['deepseek-v4-flash', 'deepseek-v4-pro', 'gpt-x', 'bare'], ownedBy: ['deepseek', 'custom']}});
	assert.deepEqual(parseModels({data: []}), {ok: true, value: {ids: [], ownedBy: []}});
});

test('parseModels accepts the bare array Together answers with', () => {
	const result = parseModels([{id: 'deepseek-ai/DeepSeek-V3', object: 'model', organization: 'DeepSeek'}]);
	assert.deepEqual(result, {ok: true, value: {ids: ['deepseek-ai/DeepSeek-V3'], ownedBy: []}});
	assert.equal(reasonOf(parseModels([{name: 'x'}])), 'Entry 1 of the model list has no text "id".');
});

test('parseModels rejects ids that are not strings and other shapes', () => {
	assert.equal(reasonOf(parseModels({object: 'list', data: [{id: 42}]})), 'Entry 1 of the model list has no text "id".');
	assert.equal(reasonOf(parseModels({object: 'list', data: [{id: 'a'}, {name: 'b'}]})), 'Entry 2 of the model list has no text "id".');
	assert.equal(reasonOf(parseModels({object: 'list', data: ['a']})), 'Entry 1 of the model list has no text "id".');
	assert.equal(reasonOf(parseModels({object: 'list'})), 'The model list answer has no "data" list of models.');
	assert.equal(reasonOf(parseModels({object: 'error', data: []})), 'The model list answer is not a list ("object" is not "list").');
	assert.equal(reasonOf(parseModels('list')), 'The model list answer is not a JSON object.');
});

test('parseErrorBody reads Cloudflare\'s error list (its AI Gateway\'s own answers): the first error\'s message and code', () => {
	// As a user posted it (community.cloudflare.com/t/ai-gateway-authentication-failed-401-unauthorized/785119).
	assert.deepEqual(parseErrorBody({success: false, result: [], messages: [], error: [{code: 2009, message: 'Unauthorized'}]}), {message: 'Unauthorized', code: 2009});
	// An empty list, or a list of anything else, is no error message.
	assert.equal(parseErrorBody({success: false, result: [], messages: [], error: []})?.message, undefined);
	assert.equal(parseErrorBody({error: ['x']})?.message, undefined);
});

test('parseErrorBody reads the OpenAI-style error object', () => {
	assert.deepEqual(
		parseErrorBody({error: {message: 'Insufficient Balance', type: 'unknown_error', param: null, code: 'invalid_request_error'}}),
		{message: 'Insufficient Balance', type: 'unknown_error', code: 'invalid_request_error'},
	);
	const openRouter = parseErrorBody({
		error: {code: 402, message: 'Insufficient credits. Add more using https://openrouter.ai/settings/credits', metadata: {limit_source: 'openrouter_credits'}},
	});
	assert.equal(openRouter?.code, 402);
	assert.deepEqual(openRouter?.metadata, {limit_source: 'openrouter_credits'});
	// No message: the type (or code) stands in, so there is always something to show.
	assert.equal(parseErrorBody({error: {type: 'credit_limit'}})?.message, 'credit_limit');
	assert.equal(parseErrorBody({error: {code: 'PRECONDITION_FAILED'}})?.message, 'PRECONDITION_FAILED');
	assert.equal(parseErrorBody({error: {}}), undefined);
});

test('parseErrorBody reads {error: "text"}, SiliconFlow and new-api shapes', () => {
	assert.deepEqual(parseErrorBody({error: 'Unauthorized'}), {message: 'Unauthorized'});
	assert.deepEqual(parseErrorBody({code: 30001, message: 'Sorry, your account balance is insufficient', data: null}), {
		message: 'Sorry, your account balance is insufficient',
		code: 30001,
	});
	assert.deepEqual(parseErrorBody({success: false, message: '无效的令牌'}), {message: '无效的令牌'});
});

test('parseErrorBody reads an error in a one-element list, and an error whose message is another error\'s JSON', () => {
	const google = {error: {code: 400, message: 'API key not valid. Please pass a valid API key.', status: 'INVALID_ARGUMENT'}};
	assert.deepEqual(parseErrorBody([google]), {message: 'API key not valid. Please pass a valid API key.', type: 'INVALID_ARGUMENT', code: 400, status: 400});
	assert.equal(parseErrorBody([]), undefined);
	assert.equal(parseErrorBody([google, google]), undefined, 'a longer list is data, not an error');
	// A gateway's own error, with Google's whole error as the text of its message.
	const wrapped = {error: {message: `${JSON.stringify(google, null, 2)}\n`, code: 400, status: 'Bad Request'}};
	assert.deepEqual(parseErrorBody(wrapped), {message: 'API key not valid. Please pass a valid API key.', type: 'Bad Request', code: 400, status: 400});
	// The inner status counts when the outer names none; a message that only looks like JSON stays as it is.
	assert.equal(parseErrorBody({error: {message: JSON.stringify({error: {message: 'Insufficient Balance', code: 402}})}})?.status, 402);
	assert.equal(parseErrorBody({error: {message: '{not json'}})?.message, '{not json');
	// Nesting is followed a few levels, not forever.
	let deep: unknown = {error: {message: 'innermost'}};
	for (let level = 0; level < 6; level += 1) deep = {error: {message: JSON.stringify(deep)}};
	assert.ok(parseErrorBody(deep)?.message.startsWith('{'), 'past the limit the text is kept');
});

test('parseErrorBody reads the upstream error a gateway wrote its own words around (LiteLLM, claude-code-router)', () => {
	const deepseek = '{"error":{"message":"The `reasoning_content` in the thinking\nmode must be passed back to the API.","type":"invalid_request_error","param":null,"code":"invalid_request_error"}}';
	// LiteLLM's proxy (BitterSecurity/Decepticon#220): words before, its fallback list after, a terminal's line break inside.
	const litellm = {error: {message: `litellm.BadRequestError: DeepseekException - ${deepseek}No fallback model group found for original model_group=deepseek/deepseek-v4-flash. Fallbacks=[{'a': ['b']}] LiteLLM Retried: 3 times`, type: null, param: null, code: '400'}};
	assert.deepEqual(parseErrorBody(litellm), {message: 'The `reasoning_content` in the thinking mode must be passed back to the API.', code: '400'});
	// And as the Python client printed it, the proxy's JSON in repr.
	assert.equal(parseErrorText(`Error code: 400 - {'error': {'message': 'litellm.BadRequestError: DeepseekException - ${deepseek}No fallback', 'type': None, 'param': None, 'code': '400'}}`)?.message, 'The `reasoning_content` in the thinking mode must be passed back to the API.');
	// claude-code-router's "Error from provider(…): " before DeepSeek's escaped body; braces inside its strings do not end it.
	const ccr = {error: {message: 'Error from provider(deepseek,deepseek-chat: 400): {"error":{"message":"Failed to deserialize the JSON body: expected `}` at line 1 column 9","type":"invalid_request_error"}}', type: 'api_error'}};
	assert.equal(parseErrorBody(ccr)?.message, 'Failed to deserialize the JSON body: expected `}` at line 1 column 9');
	// Only a whole error document counts: other JSON after words, or one cut short, leaves the message as it is.
	const schema = 'Invalid arguments for tool call \'notify\': {"message":"hello","code":"x"} is not valid';
	assert.equal(parseErrorBody({error: {message: schema}})?.message, schema);
	const cut = 'Error from provider: {"error":{"message":"Insufficient Balance"';
	assert.equal(parseErrorBody({error: {message: cut}})?.message, cut);
});

test('parseErrorBody reads a percent-encoded message as words, and leaves other percent signs alone', () => {
	const encoded = {code: 'Client specified an invalid argument', error: 'Incorrect%20API%20key%20provided:%20ba***na.%20You%20can%20obtain%20an%20API%20key%20from%20https://console.x.ai.'};
	assert.equal(parseErrorBody(encoded)?.message, 'Incorrect API key provided: ba***na. You can obtain an API key from https://console.x.ai.');
	assert.equal(parseErrorBody({error: {message: 'usage at 100% of the 20% share'}})?.message, 'usage at 100% of the 20% share');
	assert.equal(parseErrorBody({error: {message: 'bad%20%E0%A4%A'}})?.message, 'bad%20%E0%A4%A', 'what does not decode stays as sent');
});

test('parseErrorBody ignores successes and bodies without an error', () => {
	assert.equal(parseErrorBody({code: 20000, message: 'OK', status: true, data: {balance: '1'}}), undefined);
	assert.equal(parseErrorBody({code: 0, message: 'success', data: null}), undefined);
	assert.equal(parseErrorBody({success: true, message: 'ok'}), undefined);
	assert.equal(parseErrorBody({is_available: true, balance_infos: []}), undefined);
	assert.equal(parseErrorBody({code: true, data: {}}), undefined);
	assert.equal(parseErrorBody('Internal Server Error'), undefined);
	assert.equal(parseErrorBody(null), undefined);
	assert.equal(parseErrorBody([{id: 'deepseek-chat', object: 'model', description: 'a model'}]), undefined, 'a bare list of models (Together)');
	assert.equal(parseErrorBody([{error: 'x'}, {error: 'y'}]), undefined, 'only a one-element list around an error is read');
});

// Every shape real services send (the statuses here are what each body names itself).
const shapes: Array<{name: string; json: unknown; message: string; code?: string | number; type?: string; status?: number}> = [
	{name: 'OpenAI/DeepSeek {error: {…}}', json: {error: {message: 'Insufficient Balance', type: 'unknown_error', param: null, code: 'invalid_request_error'}}, message: 'Insufficient Balance', code: 'invalid_request_error', type: 'unknown_error'},
	{name: 'SiliconFlow {code: 30001, message}', json: {code: 30001, message: 'Sorry, your account balance is insufficient', data: null}, message: 'Sorry, your account balance is insufficient', code: 30001},
	{name: 'a string code {code: "INSUFFICIENT_BALANCE", message}', json: {code: 'INSUFFICIENT_BALANCE', message: 'Insufficient account balance'}, message: 'Insufficient account balance', code: 'INSUFFICIENT_BALANCE'},
	{name: '{type, message, statusCode}', json: {type: 'server_error', message: 'Service temporarily unavailable', statusCode: 503}, message: 'Service temporarily unavailable', type: 'server_error', status: 503},
	{name: '{success: false, message}', json: {success: false, message: '无效的令牌'}, message: '无效的令牌'},
	{name: 'FastAPI {detail: "…"}', json: {detail: 'Insufficient credits'}, message: 'Insufficient credits'},
	{name: 'FastAPI {detail: [{msg}]}', json: {detail: [{loc: ['body', 'model'], msg: 'field required', type: 'value_error.missing'}]}, message: 'field required'},
	{name: '{msg}', json: {msg: '余额不足'}, message: '余额不足'},
	{name: '{code: 402, msg}', json: {code: 402, msg: '额度已用尽'}, message: '额度已用尽', code: 402, status: 402},
	{name: 'the code only', json: {code: 30001, message: 42}, message: '30001', code: 30001},
	{name: 'Anthropic {type: "error", error: {type, message}}', json: {type: 'error', error: {type: 'invalid_request_error', message: 'Your credit balance is too low'}}, message: 'Your credit balance is too low', type: 'invalid_request_error'},
	{name: '{success: false, error: {…}, status: 402} (pollinations)', json: {success: false, error: {message: 'Insufficient balance.', code: 'PAYMENT_REQUIRED'}, status: 402}, message: 'Insufficient balance.', code: 'PAYMENT_REQUIRED', status: 402},
	{name: 'Google {error: {code: 429, status: "RESOURCE_EXHAUSTED"}}', json: {error: {code: 429, message: 'Resource has been exhausted (e.g. check quota).', status: 'RESOURCE_EXHAUSTED'}}, message: 'Resource has been exhausted (e.g. check quota).', code: 429, type: 'RESOURCE_EXHAUSTED', status: 429},
	{name: 'OpenRouter "Provider returned error" with the upstream words in metadata.raw', json: {error: {message: 'Provider returned error', code: 429, metadata: {raw: 'rate-limited upstream', provider_name: 'Chutes'}}}, message: 'Provider returned error: rate-limited upstream', code: 429, status: 429},
	{name: 'a gateway message that wraps an upstream status', json: {error: {message: 'Error code: 402 - {\'error\': {\'message\': \'Insufficient Balance\'}}', type: 'upstream_error'}}, message: 'Error code: 402 - {\'error\': {\'message\': \'Insufficient Balance\'}}', type: 'upstream_error', status: 402},
	// Client exception dumps keep the service's answer beside their own generic words.
	{name: 'the Dart openai client\'s dump: the answer under body, not its "Unsuccessful response"', json: {uri: 'https://api.deepseek.com/v1/chat/completions', method: 'POST', code: 400, message: 'Unsuccessful response', body: {error: {message: 'deepseek-reasoner does not support the parameter `presence_penalty`', type: 'invalid_request_error', param: null, code: 'invalid_request_error'}}}, message: 'deepseek-reasoner does not support the parameter `presence_penalty`', code: 'invalid_request_error', type: 'invalid_request_error'},
	{name: 'the AI SDK\'s APICallError: the answer as a JSON string in responseBody, the status beside it', json: {name: 'AI_APICallError', url: 'https://api.deepseek.com/chat/completions', statusCode: 401, responseBody: '{"error":{"message":"Authentication Fails (no such user)","type":"authentication_error","code":"invalid_request_error"}}'}, message: 'Authentication Fails (no such user)', code: 'invalid_request_error', type: 'authentication_error', status: 401},
];

for (const shape of shapes) {
	test(`parseErrorBody: ${shape.name}`, () => {
		const body = parseErrorBody(shape.json);
		assert.ok(body, 'no error read');
		assert.equal(body.message, shape.message);
		assert.equal(body.code, shape.code);
		assert.equal(body.type, shape.type);
		assert.equal(body.status, shape.status);
	});
}

test('parseErrorText: wrapped bodies (Python repr, API Error prefixes), plain text, and what is no error text', () => {
	const repr = parseErrorText('Error code: 402 - {\'error\': {\'message\': \'Insufficient Balance\', \'type\': \'unknown_error\', \'param\': None, \'code\': \'invalid_request_error\'}}');
	assert.deepEqual(repr, {message: 'Insufficient Balance', type: 'unknown_error', code: 'invalid_request_error', status: 402});
	const prefixed = parseErrorText('API Error: 402 {"error":{"message":"This request requires more credits, or fewer max_tokens.","code":402}}');
	assert.equal(prefixed?.message, 'This request requires more credits, or fewer max_tokens.');
	assert.equal(prefixed?.status, 402);
	const python = parseErrorText("{'success': False, 'error': {'message': 'Insufficient balance. This request costs ~0.0028 pollen', 'code': 'PAYMENT_REQUIRED'}, 'status': 402}");
	assert.equal(python?.status, 402);
	assert.equal(python?.code, 'PAYMENT_REQUIRED');
	assert.deepEqual(parseErrorText('402 Insufficient Balance'), {message: '402 Insufficient Balance', status: 402});
	// A client on OpenAI's SDK names its library before the service's words (Roo Code against
	// DeepSeek, RooCodeInc/Roo-Code#12203; Qwen Code): the service's words, the status kept.
	assert.deepEqual(parseErrorText('400\nOpenAI completion error: 400 The `reasoning_content` in the thinking mode must be passed back to the API.'), {
		message: 'The `reasoning_content` in the thinking mode must be passed back to the API.',
		status: 400,
	});
	assert.deepEqual(parseErrorText('OpenAI API error: 400 Access denied, please make sure your account is in good standing.'), {message: 'Access denied, please make sure your account is in good standing.', status: 400});
	// Those words alone are all there is to quote.
	assert.deepEqual(parseErrorText('OpenAI API error'), {message: 'OpenAI API error'});
	// The Python client's exception class before the service's plain text names the library too.
	assert.deepEqual(
		parseErrorText('openai.UnprocessableEntityError: Failed to deserialize the JSON body into the target type: messages[3]: invalid type: sequence, expected a string at line 1 column 27074'),
		{message: 'Failed to deserialize the JSON body into the target type: messages[3]: invalid type: sequence, expected a string at line 1 column 27074'},
	);
	assert.deepEqual(parseErrorText('openai.APIConnectionError'), {message: 'openai.APIConnectionError'}, 'the class alone stays the message');
	// The old openai-python client's wrapper around a body it could not read: the body, with
	// its own parentheses, is the message, and the status is the one the wrapper names.
	assert.deepEqual(parseErrorText('[WARNING][2024-05-10 04:25:32][chat_gpt_bot.py:145] - [CHATGPT] Bad Gateway: HTTP code 401 from API (Authentication Fails (no such user))'), {
		message: 'Authentication Fails (no such user)',
		status: 401,
	});
	assert.equal(parseErrorText('HTTP code 402 from API ({"error":{"message":"Insufficient Balance","type":"unknown_error"}})')?.message, 'Insufficient Balance');
	// A gateway's own words with the upstream's whole answer in `details` (Pollinations, in
	// Python's repr): the upstream's message, with the gateway's status beside it, marked as passed on.
	assert.deepEqual(
		parseErrorText("{'error': 'DeepSeek API error: 400 Bad Request', 'status': 500, 'details': {'error': {'message': 'Invalid max_tokens value, the valid range of max_tokens is [1, 8192]', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_request_error'}}}"),
		{message: 'Invalid max_tokens value, the valid range of max_tokens is [1, 8192]', type: 'invalid_request_error', code: 'invalid_request_error', status: 500, passedOn: true},
	);
	// `details` that is no answer of its own (Cursor's title and detail) leaves the outer error.
	assert.equal(parseErrorText('{"error":"ERROR_PROVIDER_ERROR","details":{"title":"LLM Provider Error","code":"x"}}')?.message, 'ERROR_PROVIDER_ERROR');
	assert.deepEqual(parseErrorText('\n\n: keep-alive\n\nWe were unable to start processing your request within the 900-second timeout limit'), {
		message: 'We were unable to start processing your request within the 900-second timeout limit',
	});
	// Cut short: the message is still found by its field name.
	assert.equal(parseErrorText('Client error: 401 Unauthorized response: {"error":{"message":"Authentication Fails (no such user)","type":"authentication_error","param":null,"code":"invalid_req (truncated...)')?.message, 'Authentication Fails (no such user)');
	// Cut short inside the message itself: its start is still the message, escapes read.
	assert.equal(
		parseErrorText('{"error":{"message":"litellm.APIConnectionError: BedrockException - {\\"message\\":\\"Model access is denied due to IAM user or service role.\\"}.')?.message,
		'litellm.APIConnectionError: BedrockException - {"message":"Model access is denied due to IAM user or service role."}',
	);
	assert.equal(parseErrorText("{'error': {'message': 'Insufficient Bal")?.message, 'Insufficient Bal');
	// The request's parameters quoted before an error cut short (DeepTutor's log line): the
	// object that closes is not the error, the cut one after it is.
	assert.deepEqual(
		parseErrorText("OpenAI API Call Failed, Model: deepseek-chat, Params: {'temperature': 0.5, 'max_tokens': 12000}, Got: Error code: 400 - {'error': {'message': 'Invalid max_tok."),
		{message: 'Invalid max_tok.', status: 400},
	);
	// An error JSON pasted unescaped into a message (Dify's DeepSeek plugin): the first message
	// stops at its opening brace; the one inside it says what happened, without its sibling fields.
	const dify = parseErrorText('Run failed: [deepseek] Error: PluginInvokeError: {"args":{"description":"[models] Error: API request failed with status code 400: {"error":{"message":"The last message of deepseek-reasoner must be a user message.\\",\\"type\\":\\"invalid_request_error\\",\\"param\\":null,\\"code\\":\\"invalid_request_error\\"}}"},"error_type":"InvokeError"}');
	assert.deepEqual(dify, {message: 'The last message of deepseek-reasoner must be a user message.', status: 400});
	// A message that merely ends in a brace, with nothing after it, is still the message.
	assert.equal(parseErrorText('Error: {"message":"upstream said {"')?.message, 'upstream said {');
	assert.equal(parseErrorText(''), undefined);
	assert.equal(parseErrorText('\n\n: keep-alive\n\n'), undefined);
	assert.equal(parseErrorText('<!doctype html><html>Sign in</html>'), undefined);
	assert.equal(parseErrorText('{"object":"list","data":['), undefined, 'cut-off JSON without an error field');
	assert.equal(parseErrorText('[{"id":"deepseek-chat"'), undefined, 'a cut-off JSON list');
	assert.equal(parseErrorText('[LLM] Access denied: 预扣费额度失败, 用户剩余额度: ＄2.53')?.message, '[LLM] Access denied: 预扣费额度失败, 用户剩余额度: ＄2.53', 'text that starts with a bracket');
	// A status in brackets before words (OmniRoute passing an upstream's refusal on) is text, not a cut-off JSON list.
	const omniroute = '[400]: Upstream request failed: [invalid_request_error] Invalid schema for function \'omr_skill_x\': "string" is not of types "boolean", "object"';
	assert.equal(parseErrorText(omniroute)?.message, omniroute, 'a bracketed status before words');
	assert.equal(parseErrorText('[400, 401]'), undefined, 'still JSON, not a status before words');
	assert.equal(parseErrorText('[400,'), undefined, 'a cut-off list of numbers');
	assert.equal(readErrorBody({error: {message: 'x'}}, 'ignored')?.message, 'x');
	assert.equal(readErrorBody(undefined, 'Service Unavailable')?.message, 'Service Unavailable');
	// A refusal whose whole body is one JSON string (SiliconFlow's 401, Cerebras' 429).
	assert.equal(readErrorBody('Invalid token', '"Invalid token"', undefined, 401)?.message, 'Invalid token');
	assert.equal(readErrorBody('Tokens per minute limit exceeded - too many tokens processed.', '', undefined, 429)?.message, 'Tokens per minute limit exceeded - too many tokens processed.');
	// OpenRouter's completion whose choice carries the error instead of an answer; an ordinary completion carries none.
	assert.deepEqual(readErrorBody({choices: [{finish_reason: 'error', message: {role: 'assistant', content: 'partial'}, error: {code: 502, message: 'Provider disconnected mid-stream'}}]}, '', undefined, 200), {message: 'Provider disconnected mid-stream', code: 502, status: 502});
	assert.equal(readErrorBody({choices: [{finish_reason: 'stop', message: {role: 'assistant', content: 'Hi'}}]}, '', undefined, 200), undefined, 'a completion is no error');
	assert.equal(readErrorBody('ok', '"ok"', undefined, 200), undefined, 'a string at 200 is data');
	assert.equal(readErrorBody('   ', '"   "', undefined, 401), undefined, 'a blank string says nothing');
	assert.equal(readErrorBody(`Invalid token ${key}`, '', key, 401)?.message.includes(key), false, 'the key never comes back whole');
	// AWS names the error type in x-amzn-errortype, its JSON holding the message alone (Amazon Bedrock's ValidationException).
	const bedrockType = 'ValidationException:http://internal.amazon.com/coral/com.amazon.bedrock/';
	assert.deepEqual(readErrorBody({message: 'User messages cannot contain reasoning content.'}, '', undefined, 400, bedrockType), {message: 'User messages cannot contain reasoning content.', type: 'ValidationException'});
	assert.equal(readErrorBody({error: {message: 'x', type: 'invalid_request_error'}}, '', undefined, 400, bedrockType)?.type, 'invalid_request_error', 'a type the body names wins');
	assert.equal(readErrorBody({message: 'x'}, '', undefined, 400, 'not a name <script>')?.type, undefined, 'a header that is no plain name is ignored');
	assert.equal(readErrorBody({}, '', undefined, 400, bedrockType), undefined, 'no error, no type');
});

test('pythonReprToJson turns a repr into JSON without touching quotes inside strings', () => {
	assert.deepEqual(JSON.parse(pythonReprToJson(`{'a': None, 'b': True, 'c': "it's", 'd': 'say "hi"', 'e': [False, 1]}`)), {a: null, b: true, c: 'it\'s', d: 'say "hi"', e: [false, 1]});
});

test('parseErrorBody masks the key, strips escapes and keeps one line', () => {
	const echoed = parseErrorBody({error: {message: `Bad key ${key}\n\u001B[2Jgo away`, type: `t ${key}`, code: key}}, key);
	assert.ok(echoed);
	const all = JSON.stringify(echoed);
	assert.ok(!all.includes(key), all);
	assert.ok(!all.includes('0123456789abcdef0123'), all);
	assert.equal(echoed.message, 'Bad key sk-…cdef go away');
	assert.ok(!/[\n\u001B]/.test(echoed.message));
	// Even without being told the key, key-shaped text is masked.
	assert.ok(!parseErrorBody({error: `no ${key}`})?.message.includes(key));
	// In metadata too.
	const meta = parseErrorBody({error: {message: 'x', metadata: {raw: {detail: `key=${key}`}}}}, key);
	assert.ok(!JSON.stringify(meta).includes(key));
	// Long messages are cut.
	const long = parseErrorBody({error: 'a'.repeat(5000)});
	assert.ok(long && long.message.length <= 300);
});

test('echoedKeyLastFour reads DeepSeek\'s 401 message and its variations', () => {
	assert.equal(echoedKeyLastFour('Authentication Fails, Your api key: ****abcd is invalid'), 'abcd');
	assert.equal(echoedKeyLastFour('Authentication Fails, Your api key: ****ABCD is invalid'), 'ABCD');
	assert.equal(echoedKeyLastFour('authentication fails, your API KEY:**1a2b is invalid'), '1a2b');
	assert.equal(echoedKeyLastFour('Your api_key: sk-********9f0e is invalid'), '9f0e');
	assert.equal(echoedKeyLastFour('Your api key:  **** 4c5d  is invalid'), '4c5d');
	assert.equal(echoedKeyLastFour('Your api key: ****abcdef is invalid'), 'cdef');
	assert.equal(echoedKeyLastFour('Authentication Fails (no such user)'), undefined);
	assert.equal(echoedKeyLastFour('Your api key: abcd is invalid'), undefined);
	assert.equal(echoedKeyLastFour('Your api key: ****ab is invalid'), undefined);
	assert.equal(echoedKeyLastFour(''), undefined);
	// What was sent need not be a key: placeholders and template text are echoed as they are.
	assert.equal(echoedKeyLastFour('Authentication Fails, Your api key: ****_KEY is invalid'), '_KEY');
	assert.equal(echoedKeyLastFour('Authentication Fails, Your API key: ****eek} is invalid'), 'eek}');
	assert.equal(echoedKeyLastFour('AI failed: Authentication Fails, Your api key: ****Njk= is invalid'), 'Njk=');
	assert.equal(echoedKeyLastFour('Your api key: ****abcd.'), 'abcd');
});

test('strayCharacterAfterKey: a key\'s end and one quote or bracket, nothing else', () => {
	for (const [tail, stray] of [['18b"', '"'], ["9f0'", "'"], ['abc}', '}'], ['DEF)', ')']] as const) assert.equal(strayCharacterAfterKey(tail), stray, tail);
	for (const tail of ['abcd', 'eek}', '_KEY', 'Njk=', 'null', '"abc', 'ab""']) assert.equal(strayCharacterAfterKey(tail), undefined, tail);
});

test('fileNameTail: the end of a file\'s name (a path sent in the key\'s place), never a key\'s tail or a placeholder\'s', () => {
	// continuedev/continue#10352: DeepSeek echoed ****json.
	for (const tail of ['json', 'JSON', 'yaml', '.yml', '.env', '.txt', 'toml']) assert.equal(fileNameTail(tail), true, tail);
	for (const tail of ['abcd', '9F0E', '_KEY', 'eek}', 'null', 'None', 'here', 'son"', 'jsonx']) assert.equal(fileNameTail(tail), false, tail);
});

test('isPlaceholderTail: hex digits are a DeepSeek key\'s tail, anything else is not', () => {
	for (const tail of ['abcd', '9F0E', 'De99']) assert.equal(isPlaceholderTail(tail), false, tail);
	// An unset value sent as text (continuedev/continue#10019: ****null), a path, the end of YOUR_KEY_HERE.
	for (const tail of ['_KEY', 'eek}', 'Njk=', 'ey}}', '...x', 'null', 'None', 'ined', 'json', 'here']) assert.equal(isPlaceholderTail(tail), true, tail);
});

test('parseStatusSummary reads Flashduty\'s summary and finds the worst status', () => {
	const result = parseStatusSummary({
		data: {
			page: {name: 'DeepSeek'},
			components: [
				{name: 'API 服务', status: 'operational'},
				{name: 'Web', status: 'degraded'},
				{name: 'App', status: 'maintenance'},
			],
			active_changes: [
				{title: 'Slow responses', status: 'investigating'},
				{name: 'Planned work'},
				{},
				'not an object',
			],
		},
	});
	assert.deepEqual(result, {
		ok: true,
		value: {
			components: [
				{name: 'API 服务', status: 'operational'},
				{name: 'Web', status: 'degraded'},
				{name: 'App', status: 'maintenance'},
			],
			activeChanges: [{title: 'Slow responses', status: 'investigating'}, {title: 'Planned work'}, {title: ''}],
			worst: 'degraded',
		},
	});
	const outage = parseStatusSummary({data: {components: [{name: 'API', status: 'partial_outage'}, {name: 'Chat', status: 'full_outage'}]}});
	assert.ok(outage.ok);
	assert.equal(outage.value.worst, 'full_outage');
	assert.deepEqual(outage.value.activeChanges, []);
	const calm = parseStatusSummary({data: {components: [], active_changes: null}});
	assert.ok(calm.ok);
	assert.equal(calm.value.worst, 'operational');
});

test('parseStatusSummary rejects an unknown status instead of guessing an outage', () => {
	const reason = reasonOf(parseStatusSummary({data: {components: [{name: 'API', status: 'on_fire'}]}}));
	assert.equal(reason, 'The status page reports a component status this tool does not know ("on_fire"), so the service status is unknown.');
	// Case and the Statuspage vocabulary are tolerated.
	const synonyms = parseStatusSummary({data: {components: [{name: 'A', status: 'Major_Outage'}, {name: 'B', status: 'OPERATIONAL'}]}});
	assert.ok(synonyms.ok);
	assert.deepEqual(synonyms.value.components.map(c => c.status), ['full_outage', 'operational']);
	assert.equal(reasonOf(parseStatusSummary({components: []})), 'The status page answer is not a JSON object with "data".');
	assert.equal(reasonOf(parseStatusSummary('<!doctype html>')), 'The status page answer is not a JSON object with "data".');
	assert.equal(reasonOf(parseStatusSummary({data: {}})), 'The status page answer has no "components" list.');
	assert.equal(reasonOf(parseStatusSummary({data: {components: [{name: 'A'}]}})), 'Component 1 on the status page has no text "name" and "status".');
});

test('compareDecimal compares exactly', () => {
	assert.equal(compareDecimal('0.10', '0.1'), 0);
	assert.equal(compareDecimal('0.1', '0.2'), -1);
	assert.equal(compareDecimal('10', '9.99'), 1);
	assert.equal(compareDecimal('9.99', '10'), -1);
	assert.equal(compareDecimal('007.5', '7.50'), 0);
	assert.equal(compareDecimal('-1', '0'), -1);
	assert.equal(compareDecimal('-1.5', '-1.25'), -1);
	assert.equal(compareDecimal('-0.00', '0'), 0);
	assert.equal(compareDecimal('+3', '3.000'), 0);
	assert.equal(compareDecimal('.5', '0.5'), 0);
	assert.equal(compareDecimal('5.', '5'), 0);
	// Float arithmetic says 0.1 + 0.2 > 0.3; decimal strings must not.
	assert.equal(compareDecimal('0.30000000000000000001', '0.3'), 1);
	assert.equal(compareDecimal('123456789012345678901234567890.01', '123456789012345678901234567890.001'), 1);
	assert.throws(() => compareDecimal('abc', '1'), RangeError);
	assert.throws(() => compareDecimal('1e3', '1'), RangeError);
});

test('isZeroAmount and isDecimalString', () => {
	assert.equal(isZeroAmount('0.00'), true);
	assert.equal(isZeroAmount('-0'), true);
	assert.equal(isZeroAmount('0.01'), false);
	assert.equal(isZeroAmount('-0.01'), false);
	assert.equal(isDecimalString(' 12.5 '), true);
	assert.equal(isDecimalString('12,5'), false);
	assert.equal(isDecimalString(''), false);
	assert.equal(isDecimalString('.'), false);
});

test('interpretBody: keep-alive lines before JSON are not malformed', () => {
	const text = '\n\n: keep-alive\n\n: keep-alive\r\n\r\n{"is_available": true}';
	assert.equal(skipKeepAliveLines(text), '{"is_available": true}');
	assert.deepEqual(interpretBody({text, tooLarge: false}, 'application/json'), {json: {is_available: true}, bodyProblem: undefined});
	assert.deepEqual(interpretBody({text: '\uFEFF{"a":1}', tooLarge: false}, undefined), {json: {a: 1}, bodyProblem: undefined});
});

test('interpretBody classifies empty, HTML, malformed and oversized bodies', () => {
	const problem = (text: string, contentType?: string, tooLarge = false) => interpretBody({text, tooLarge}, contentType).bodyProblem;
	assert.equal(problem(''), 'empty');
	assert.equal(problem('  \n\n'), 'empty');
	assert.equal(problem(': keep-alive\n\n: keep-alive'), 'empty');
	assert.equal(problem('<!DOCTYPE html><html></html>', 'text/html; charset=utf-8'), 'not_json');
	assert.equal(problem('<html>', 'application/json'), 'not_json');
	assert.equal(problem('Bad Gateway', 'text/html'), 'not_json');
	assert.equal(problem('upstream connect error', 'text/plain'), 'not_json');
	assert.equal(problem('{"is_available": tr', 'application/json'), 'malformed_json');
	assert.equal(problem('[1,', 'text/plain'), 'malformed_json');
	assert.equal(problem('nope', 'application/json; charset=utf-8'), 'malformed_json');
	assert.equal(problem('{"a":1}', undefined, true), 'too_large');
	// JSON under a wrong content type is still JSON.
	assert.deepEqual(interpretBody({text: '{"error":{"message":"x"}}', tooLarge: false}, 'text/html'), {
		json: {error: {message: 'x'}},
		bodyProblem: undefined,
	});
});
