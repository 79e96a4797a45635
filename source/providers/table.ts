// The services behind a base URL, one row each: name, hosts, console, balance reader (docs/relays.md).
import {officialApiHost, platformUrls} from '../deepseek/facts.js';
import type {ProviderId} from './types.js';

/** How a provider's own balance is read with the user's key (see balance.ts). */
export type BalanceReaderId = 'deepseek' | 'openrouter' | 'siliconflow' | 'gateway';

/**
 * A host this provider serves its API on. `pattern` is a lowercase host name in which
 * `*` stands for exactly one DNS label (`ark.*.volces.com`), except that a leading `*.`
 * stands for one or more labels (`*.maas.aliyuncs.com` matches
 * `ws1.cn-beijing.maas.aliyuncs.com`). Matching is case-insensitive, ignores the port and
 * is anchored at both ends (detect.ts), so `api.deepseek.com.evil.example` and
 * `evilopenrouter.ai` never match.
 */
export type HostRule = {
	pattern: string;
	/** Where this host's users manage billing, when it differs from the provider's default. */
	consoleUrl?: string;
};

export type ProviderRow = {
	id: ProviderId;
	/** Display name (a proper name, the same in every language). */
	name: string;
	hosts: readonly HostRule[];
	/** Where the user tops up / manages billing; null when the service has no single place. */
	consoleUrl: string | null;
	/** null: the service has no balance endpoint an API key can read. */
	balanceReader: BalanceReaderId | null;
};

const siliconFlowGlobalConsole = 'https://cloud.siliconflow.com/account/expensebill';

export const providerTable: readonly ProviderRow[] = [
	{
		id: 'deepseek',
		name: 'DeepSeek',
		hosts: [{pattern: officialApiHost}],
		consoleUrl: platformUrls.topUp,
		balanceReader: 'deepseek',
	},
	{
		id: 'openrouter',
		name: 'OpenRouter',
		hosts: [{pattern: 'openrouter.ai'}],
		consoleUrl: 'https://openrouter.ai/settings/credits',
		balanceReader: 'openrouter',
	},
	{
		id: 'siliconflow',
		name: 'SiliconFlow',
		hosts: [
			{pattern: 'api.siliconflow.cn'},
			{pattern: 'api.siliconflow.com', consoleUrl: siliconFlowGlobalConsole},
			{pattern: 'api.ap.siliconflow.com', consoleUrl: siliconFlowGlobalConsole},
		],
		consoleUrl: 'https://cloud.siliconflow.cn/account/expensebill',
		balanceReader: 'siliconflow',
	},
	{
		// Self-hosted on any host: found by fingerprint; the console is the gateway's own
		// top_up_link from /api/status when it has one.
		id: 'one-api',
		name: 'One API',
		hosts: [],
		consoleUrl: null,
		balanceReader: 'gateway',
	},
	{
		id: 'new-api',
		name: 'New API',
		hosts: [],
		consoleUrl: null,
		balanceReader: 'gateway',
	},
	{
		id: 'together',
		name: 'Together AI',
		hosts: [{pattern: 'api.together.xyz'}, {pattern: 'api.together.ai'}],
		consoleUrl: 'https://api.together.xyz/settings/billing',
		balanceReader: null,
	},
	{
		id: 'fireworks',
		name: 'Fireworks AI',
		hosts: [{pattern: 'api.fireworks.ai'}],
		consoleUrl: 'https://app.fireworks.ai/account/billing',
		balanceReader: null,
	},
	{
		id: 'volcengine-ark',
		name: 'Volcengine Ark',
		hosts: [{pattern: 'ark.*.volces.com'}],
		consoleUrl: 'https://console.volcengine.com/finance',
		balanceReader: null,
	},
	{
		id: 'dashscope',
		name: 'Alibaba Cloud Model Studio (DashScope)',
		hosts: [
			{pattern: 'dashscope.aliyuncs.com'},
			{pattern: 'dashscope-intl.aliyuncs.com'},
			{pattern: 'dashscope-us.aliyuncs.com'},
			{pattern: '*.maas.aliyuncs.com'},
		],
		consoleUrl: 'https://usercenter2.aliyun.com/finance/fund-management/overview',
		balanceReader: null,
	},
	{
		id: 'tencent-lkeap',
		name: 'Tencent Cloud LKEAP',
		hosts: [{pattern: 'api.lkeap.cloud.tencent.com'}, {pattern: 'api.lkeap.tencentcloud.com'}],
		consoleUrl: 'https://console.cloud.tencent.com/expense/overview',
		balanceReader: null,
	},
	{
		id: 'baidu-qianfan',
		name: 'Baidu Qianfan',
		hosts: [{pattern: 'qianfan.baidubce.com'}],
		consoleUrl: 'https://console.bce.baidu.com/billing/',
		balanceReader: null,
	},
	{
		id: 'azure',
		name: 'Azure AI Foundry',
		hosts: [{pattern: '*.services.ai.azure.com'}, {pattern: '*.openai.azure.com'}],
		consoleUrl: 'https://portal.azure.com/#view/Microsoft_Azure_CostManagement',
		balanceReader: null,
	},
	{
		id: 'github-models',
		name: 'GitHub Models',
		hosts: [{pattern: 'models.github.ai'}],
		consoleUrl: 'https://github.com/settings/billing',
		balanceReader: null,
	},
	{
		id: 'openai',
		name: 'OpenAI',
		hosts: [{pattern: 'api.openai.com'}],
		consoleUrl: 'https://platform.openai.com/settings/organization/billing',
		balanceReader: null,
	},
	{
		// NVIDIA's hosted API catalog (build.nvidia.com): trial access is rate-limited, with no
		// credit to top up, so there is no billing page to send anyone to.
		id: 'nvidia',
		name: 'NVIDIA NIM',
		hosts: [{pattern: 'integrate.api.nvidia.com'}],
		consoleUrl: null,
		balanceReader: null,
	},
	{
		id: 'unknown',
		name: 'Unknown service',
		hosts: [],
		consoleUrl: null,
		balanceReader: null,
	},
];

const rowsById = new Map(providerTable.map(row => [row.id, row]));

/** The table row of a provider (every ProviderId has one). */
export function providerRow(id: ProviderId): ProviderRow {
	const row = rowsById.get(id);
	if (!row) throw new Error(`No provider table row for ${id}`);
	return row;
}
