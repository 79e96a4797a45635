// Chinese sentences of check, balance, report and the wizard reread as a native reader reads them on screen (docs/development.md,
// "Chinese terms and punctuation"), each pinned whole with why it reads this way, so a return of the old wording fails.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {checkMessages} from '../../source/messages/checks.js';
import {diagnoseMessages} from '../../source/messages/diagnose.js';
import {fixMessages} from '../../source/messages/fixes.js';
import {baseUrlMessages} from '../../source/messages/base-url.js';
import {inChinese} from '../helpers/chinese.js';
import {providerBalanceMessages, signatureMessages} from '../../source/messages/providers.js';
import {markdownMessages, textReportMessages} from '../../source/messages/report.js';
import {wizardText} from '../../source/messages/wizard.js';

test('"nothing to fix" does not repeat the verdict above it', () => {
	// Under “没有发现问题。”, “没有需要解决的问题。” said the same thing twice.
	assert.equal(inChinese(() => textReportMessages.noFixes), '无需处理。');
	assert.equal(inChinese(() => markdownMessages.noFixes), '无需处理。');
});

test('a relay\'s key or token out of credit: the key is the subject, no 的-chain', () => {
	// Was “你在那里用的 key 或令牌的额度已用完”: two 的 in one subject.
	assert.equal(
		inChinese(() => diagnoseMessages.relayExhausted({name: 'OpenRouter', what: 'token', operator: false})),
		'你的调用发往 OpenRouter，而不是 DeepSeek；你在那里用的 key 或令牌已用完额度。这些调用与你的 DeepSeek 余额无关。',
	);
});

test('a refusal a gateway words is one sentence after the quoted words, not a third colon', () => {
	// Shown as “被拒绝（HTTP 401），“…”：<this>”: an inner “：” made three colons in a row.
	assert.deepEqual(inChinese(() => [signatureMessages.balanceExhausted, signatureMessages.userBlocked, signatureMessages.tokenDisabled]), [
		'支付这些调用的余额或额度已用完，请在你付费的地方充值。',
		'这个 key 所属的账号在那里被封禁或禁用了，只有服务的管理员能解除；换 key 没有用。',
		'这个令牌在服务那里已被禁用或已过期，请在它的控制台重新启用，或新建一个。',
	]);
});

test('a service without a balance API: 不支持 the reading, not 不提供 a verb phrase', () => {
	// 提供 takes a thing (提供余额查询), not a verb phrase (“不提供用 API key 查询余额”).
	assert.deepEqual(inChinese(() => [providerBalanceMessages.unsupported({name: 'Together AI'}), providerBalanceMessages.unsupportedNoConsole({name: 'NVIDIA NIM'})]), [
		'Together AI 不支持用 API key 查询余额：请在它的控制台查看余额。',
		'NVIDIA NIM 不支持用 API key 查询余额：请向它的客服询问余额。',
	]);
});

test('a quoted base URL: the quotes became part of the value, without a second 的', () => {
	// Was “引号成了它的值的一部分”: 它的值的一部分 chains two 的 where the value can only be the base URL's.
	assert.equal(
		inChinese(() => baseUrlMessages.quoted({inside: 'https://api.deepseek.com', straight: false})),
		'base URL 两边的引号成了值的一部分：请在设置它的地方去掉引号，写成 https://api.deepseek.com。',
	);
});

test('“this service”, “this folder” as the rest of the tool says them (这个), not the written-register 该', () => {
	// Was “请对照该服务的文档”: 该 reads like a translated manual; every other sentence says 这个.
	assert.equal(
		inChinese(() => diagnoseMessages.pathNotFound('relay.example')),
		'relay.example 对模型列表和对话调用都返回 404（找不到）：base URL 里的路径多半填错了（少了或多了 /v1 这样的一段）。请对照这个服务的文档检查 base URL。',
	);
	// The unreadable folder's “请这个文件夹的所有者…” is pinned in messages-wording.test.ts.
});

test('a charge still settling: what it is not first, then what to do, in the order a reader acts', () => {
	// Was “只需稍等，不是余额用完了：不用充值。”: the remedy before the diagnosis, and a colon between two negatives.
	assert.equal(inChinese(() => signatureMessages.chargeSettling), '服务之前的一笔扣费还在它那边结算中：这不是余额用完了，稍等一分钟再重试。');
	assert.match(inChinese(() => diagnoseMessages.relayChargeSettling('Flux Router', 402)), /所以暂时拦下了新的调用。这不是余额用完了，不用充值，稍等即可。/);
});

test('a local proxy\'s empty DeepSeek account: the key of an account with balance, one 的', () => {
	// Was “换一个有余额的账号的 key”: two 的 in one object.
	assert.match(inChinese(() => diagnoseMessages.localProxyUpstreamExhausted({name: '127.0.0.1:15721'})), /除了充值，也可以给代理换用有余额账号的 key。$/);
});

test('a region refused: the region the calls are sent from, not where a call “is”', () => {
	// Was “不为你的调用所在的国家或地区提供服务”: a call has no 所在; the user sends it from somewhere.
	assert.match(inChinese(() => fixMessages.callFromServedRegion({name: 'relay.example'})), /^relay\.example 不为你发出调用的国家或地区提供服务：/);
});

test('a low or bonus-only balance: what is wrong with it after “，”, not a second “：” after the row\'s “余额：”', () => {
	// Shown as “余额：0.35 CNY（赠送 0.00，充值 0.35）：低于 5 CNY。”: two colons in one row, the second after a bracket.
	const text = '0.35 CNY（赠送 0.00，充值 0.35）';
	assert.deepEqual(inChinese(() => [checkMessages.balance.low(text, '5', 'CNY'), checkMessages.balance.bonusOnly(text), checkMessages.balance.bonusRanOut(text, '5.00', '2026-11-01')]), [
		'0.35 CNY（赠送 0.00，充值 0.35），低于 5 CNY。',
		'0.35 CNY（赠送 0.00，充值 0.35），全部是赠送余额，会过期。',
		'0.35 CNY（赠送 0.00，充值 0.35），赠送余额（2026-11-01 时还有 5.00）已用完或已过期，而且没有充值。',
	]);
});

test('a top-up since the last reading: 自…以来 and 已, as a sentence says it, not a headline', () => {
	// Was “上次记录以来充值到账（…）；之后还没有…”: without 自 and 已 it read like a clipped title, and “；” split one thought.
	assert.equal(
		inChinese(() => checkMessages.usageTrend.toppedUp({before: '0.35', total: '47.44', currency: 'CNY'})),
		'自上次记录以来充值已到账（0.35 → 47.44 CNY），此后还没有可计算的花费。',
	);
});

test('an account suspended or in arrears at a relay (Volcengine Ark\'s AccountOverdueError): a state, not a passive 被', () => {
	// Was “你在 Volcengine Ark 的账号已被暂停或欠费”: the glossary prefers no passive 被 where an active sentence reads as well;
	// 已停用或欠费 is how the balance reading of the same answer says it.
	assert.equal(inChinese(() => wizardText.leaves.relay.accountOverdue({name: 'Volcengine Ark'})), '你在 Volcengine Ark 的账号已停用或欠费');
});
