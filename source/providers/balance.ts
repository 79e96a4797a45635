// A relay's own balance, read with the user's key: picks the reader the provider table
// names (OpenRouter, SiliconFlow, one-api/new-api); elsewhere points to the console.
// Never throws for network problems: every outcome is a result with one safe sentence.
import {providerBalanceMessages} from '../messages/providers.js';
import type {ApiClient} from '../deepseek/types.js';
import {noReading, type ProviderBalanceResult} from './balance/common.js';
import {readGatewayBalance, type GatewayOptions} from './balance/gateway.js';
import {readOpenRouterBalance} from './balance/openrouter.js';
import {readSiliconFlowBalance} from './balance/siliconflow.js';
import {providerRow} from './table.js';
import type {ProviderInfo} from './types.js';

export {apiUrl} from './balance/common.js';

export async function readProviderBalance(
	provider: ProviderInfo,
	api: ApiClient,
	signal: AbortSignal,
	options: GatewayOptions = {},
): Promise<ProviderBalanceResult> {
	const context = {provider, api, signal};
	switch (providerRow(provider.id).balanceReader) {
		case 'openrouter':
			return readOpenRouterBalance(context);
		case 'siliconflow':
			return readSiliconFlowBalance(context);
		case 'gateway':
			return readGatewayBalance(context, options);
		case 'deepseek':
			return noReading('unsupported', providerBalanceMessages.deepseekOwnCheck);
		case null: {
			const name = provider.name;
			const message = provider.id === 'unknown' ? providerBalanceMessages.unknownService : provider.consoleUrl ? providerBalanceMessages.unsupported({name}) : providerBalanceMessages.unsupportedNoConsole({name});
			return noReading('unsupported', message);
		}
	}
}
