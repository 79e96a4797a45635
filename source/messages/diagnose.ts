// The verdict summaries and fix titles (en).

/** A check summary quoted inside one of our sentences, without its own full stop. */
const quoted = (text: string) => text.trim().replace(/[.。]+$/, '');

export const diagnoseMessages = {
	noKey: 'No API key: nothing can be checked until a key is set.',
	outage: (status: string) => `DeepSeek reports trouble on its status page (${quoted(status)}) and the API is failing: wait for it to recover.`,
	outageApiFine: (status: string) =>
		`DeepSeek's status page reports trouble (${quoted(status)}). Your key and balance look fine: failing calls are most likely due to it.`,
	network: (detail: string) => `The API could not be reached: ${detail}`,
	relayExhausted: (name: string, what: 'token' | 'balance') =>
		what === 'token'
			? `Your calls go to ${name}, not DeepSeek, and the key or token you use there has run out of credit: top it up or raise its limit in ${name}. Your DeepSeek balance does not matter for these calls.`
			: `Your calls go to ${name}, not DeepSeek, and your ${name} balance is empty: top it up there. Your DeepSeek balance does not matter for these calls.`,
	relayKeyRejected: (name: string | undefined) =>
		name
			? `${name} rejects this key. Calls go to ${name}, not DeepSeek: use a key made in ${name}, or point the tool at https://api.deepseek.com with a DeepSeek key.`
			: 'The service at this base URL rejects the key, and it is not DeepSeek: use that service\'s key, or point the tool at https://api.deepseek.com.',
	wrongEndpoint: (name: string | undefined, host: string) =>
		name
			? `Your calls go to ${name} (${host}), not DeepSeek: errors and balance there are ${name}'s, not your DeepSeek account's.`
			: `${host} is not DeepSeek's API: your calls do not reach DeepSeek, so its balance and errors are not DeepSeek's.`,
	interceptedAnswers: (detail: string) =>
		`Something between you and DeepSeek rewrites the answers (a proxy, captive portal or firewall): ${detail}`,
	unreadableAnswers: (host: string, detail: string) =>
		`${host} does not answer like an API (${detail}): the base URL is probably wrong.`,
	invalidKey: (detail: string) => `The key is not accepted. ${detail}`,
	rateLimited: 'DeepSeek answers 429 Rate Limit Reached: too many requests at once for this account. This is not a balance problem.',
	serverError: (status: number) =>
		`DeepSeek answers HTTP ${status} (${status === 503 ? 'server overloaded' : 'server error'}): a problem on DeepSeek's side, not your balance. Retry later.`,
	paidButRefused: (balance: string, traceId: string | undefined) =>
		`DeepSeek refuses calls with 402 although the balance shows ${quoted(balance) || 'credit'}. This needs DeepSeek support${traceId ? ` (give them trace id ${traceId})` : ''}.`,
	refusedBalanceUnknown: (traceId: string | undefined) =>
		`DeepSeek refuses calls with 402 Insufficient Balance, and the balance itself could not be read: top up, then check that the payment arrived${traceId ? ` (trace id ${traceId})` : ''}.`,
	insufficient: (balance: string) => `Your DeepSeek balance cannot pay for calls: ${quoted(balance)}.`,
	unknown: (detail: string) => `No clear cause found: ${detail}`,
	ok: (balance: string | undefined, notes: readonly string[]) =>
		[`No problem found${balance ? `. Balance: ${quoted(balance)}` : ''}.`, ...notes].join(' '),

} as const;
