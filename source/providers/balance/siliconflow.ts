// SiliconFlow's balance: GET /v1/user/info (amounts are strings). Being shut down: a 410
// (or 404) means "no longer offered", which is not an error of the user's setup.
import {providerBalanceMessages} from '../../messages/providers.js';
import type {ProviderBalance} from '../types.js';
import {hostOfBaseUrl} from '../detect.js';
import {decimalFromJson, formatAmount, signOfDecimal} from './amount.js';
import {apiUrl, joinNotes, jsonAnswer, noReading, type ProviderBalanceResult, type ReaderContext} from './common.js';
import {asObject, pathOf, stringField} from './fields.js';

const siliconFlowInfoPath = '/v1/user/info';

export async function readSiliconFlowBalance({provider, api, signal}: ReaderContext): Promise<ProviderBalanceResult> {
	const result = await api.get(apiUrl(api.baseUrl, '/v1', '/user/info'), {signal});
	if (result.kind === 'answer' && (result.status === 410 || result.status === 404)) {
		return noReading('discontinued', providerBalanceMessages.siliconFlowDiscontinued);
	}
	const {answer, problem} = jsonAnswer(result, provider, siliconFlowInfoPath);
	if (problem) return problem;
	const data = asObject(pathOf(answer.json, 'data'));
	const total = decimalFromJson(data?.totalBalance);
	if (!data || total === undefined) return noReading('failed', providerBalanceMessages.unexpectedShape({name: provider.name, path: siliconFlowInfoPath}));
	const paid = decimalFromJson(data.chargeBalance);
	const gift = decimalFromJson(data.balance);

	// CNY on siliconflow.cn (verified); siliconflow.com does not document it (unverified; docs/relays.md).
	const international = hostOfBaseUrl(api.baseUrl)?.endsWith('siliconflow.com') ?? false;
	const unit = international ? 'USD' : 'CNY';
	const giftOnly = paid !== undefined && gift !== undefined && signOfDecimal(paid) <= 0 && signOfDecimal(gift) > 0;
	const status = stringField(data.status);
	const exhausted = signOfDecimal(total) <= 0;
	const balance: ProviderBalance = {
		provider: 'siliconflow',
		unit,
		remaining: formatAmount(total),
		granted: gift === undefined ? null : formatAmount(gift),
		toppedUp: paid === undefined ? null : formatAmount(paid),
		unlimited: false,
		exhausted,
		source: siliconFlowInfoPath,
		note: joinNotes([
			giftOnly && providerBalanceMessages.noteGiftOnly,
			international && providerBalanceMessages.noteCurrencyAssumed,
			status !== undefined && status !== 'normal' && providerBalanceMessages.noteAccountStatus({status: status.replace(/[^\w -]/g, '').slice(0, 30)}),
		]),
	};
	const message = exhausted
		? providerBalanceMessages.siliconFlowUsedUp({total: balance.remaining ?? '0', unit})
		: providerBalanceMessages.siliconFlowLeft({total: balance.remaining ?? '0', unit, paid: balance.toppedUp ?? '?', gift: balance.granted ?? '?'});
	return {balance, outcome: 'read', message};
}
