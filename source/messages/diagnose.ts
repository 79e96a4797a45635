// The verdict summaries and fix titles (en).
import type {Verdict} from '../verdict.js';
import type {AccountRefusal} from '../providers/signatures/index.js';
import {localized, type Messages} from './language.js';
import {joined} from '../text/clause.js';
import {quoted, unbracketed} from '../text/quoted.js';
import type {StartupKey} from '../deepseek/saved-key.js';
import {windowsVariablesEn} from '../text/saved-key-place.js';
import * as zhCN from './zh-CN/diagnose.js';

/**
 * The opening words of the summaries that quote a check's result after them (`network`, …): `check`'s text says
 * them alone and names the row, where the rest is that row's result word for word (report/text.ts).
 */
const leadsEn = {
	network: 'The API could not be reached',
	answersCutOff: 'The API was reached, but its answers came back incomplete',
	/** The network check connected, then the API's connection broke off before any answer: reached, not "could not be reached". */
	connectionCutOff: 'The API was reached, but the connection was cut before any answer',
	interceptedAnswers: 'Something between you and DeepSeek rewrites the answers (a proxy, captive portal or firewall)',
	unknown: 'No clear cause found',
	invalidKey: 'The key is not accepted',
	/** Before the Balance row's result where it cannot pay (insufficient). */
	insufficient: 'Calls fail because of your DeepSeek balance',
	/** Before the rest of a row that opens "Rejected (401)" (checkMessages.auth.rejected401). */
	keyRejected: 'The key was rejected (401)',
	keyNotSentInsecure: 'Nothing was checked with your key',
};

const diagnoseMessagesEn = {
	leads: leadsEn,
	noKey: 'No API key: nothing can be checked until a key is set.',
	/** DEEPSEEK_API_KEY is there but holds nothing: the likeliest slip is where it is set. */
	noKeyBlank: 'No API key: DEEPSEEK_API_KEY is set but blank (empty or only spaces), so nothing can be checked until a key is put in it.',
	outage: (status: string) => `DeepSeek reports trouble on its status page (${unbracketed(status)}) and the API is failing: wait for it to recover.`,
	/** The calls go to `name`, which answers `httpStatus`, and may send them on to DeepSeek, whose status page reports trouble (`status`). */
	outageElsewhere: (p: {name: string; httpStatus: number; status: string}) =>
		`Your calls go to ${p.name}, not DeepSeek, and it answers HTTP ${p.httpStatus} while DeepSeek's status page reports trouble (${unbracketed(p.status)}): if ${p.name} sends your calls on to DeepSeek, that outage is the likely cause. Wait for DeepSeek to recover, or pick a model or provider there that does not depend on it; if the errors last after DeepSeek recovers, the failure is on ${p.name}'s side.`,
	outageApiFine: (status: string) =>
		`DeepSeek's status page reports trouble (${unbracketed(status)}). Your key and balance look fine: failing calls are most likely due to it.`,
	/** The status page reports trouble; the key and balance were not checked. */
	outageNotChecked: (p: {status: string}) => `DeepSeek's status page reports trouble (${unbracketed(p.status)}): failing calls are most likely due to it.`,
	/** The status page reports trouble, and a check went wrong in a way no rule names (`detail`, its result), so the key and balance are not vouched for. */
	outageUnchecked: (p: {status: string; detail: string}) =>
		`DeepSeek's status page reports trouble (${unbracketed(p.status)}), which most likely explains failing calls. Not everything could be checked meanwhile: ${quoted(p.detail)}.`,
	network: (detail: string) => joined(leadsEn.network, detail),
	/** After `failed` (an API check's sentence): the connection went through a proxy app's fake-ip address `ip`, and its handshake passed. */
	throughFakeIp: (p: {failed: string; ip: string}) =>
		`${p.failed} The calls go through a proxy app's fake-ip address (${p.ip}) in its TUN mode, which connected: the node it picked is the likely cause.`,
	/** An API check timed out at `host`, which took the connection in `connectMs` ms (the network check, no proxy): it is reached, and slow. */
	slowAnswer: (p: {host: string; connectMs: number}) =>
		`The API was reached but answers slowly: ${p.host} took the connection in ${p.connectMs} ms, then sent no answer within the time allowed (--timeout). The service may be busy or overloaded.`,
	answersCutOff: (detail: string) => joined(leadsEn.answersCutOff, detail),
	connectionCutOff: (detail: string) => joined(leadsEn.connectionCutOff, detail),
	/**
	 * `name`: the service's product, or its host when it was not recognised; `operator`:
	 * someone runs it for the user (a gateway, an unrecognised host) and can be asked. Where the
	 * first fix is the whole of what to do (a top-up, a limit raised, the bill settled, a payment
	 * method added: topUpThere and its kin), the sentence says the cause only; where there is
	 * more to weigh (a smaller request, waiting for a plan's reset), it says that too.
	 */
	/** `capTokens`: the prompt cap the answer named (prompt_cap), when it named one. */
	relayExhausted: (p: {name: string; what: 'token' | 'account' | 'balance' | 'request' | 'prompt' | 'prompt_cap' | 'paid_model' | 'overdue' | 'free_tier' | 'plan_limit' | 'extra_usage' | 'extra_usage_pool' | 'no_payment_method' | 'admin_budget'; operator: boolean; capTokens?: number | undefined}) => {
		const ask = p.operator ? ', or ask whoever runs it' : '';
		const sentence = {
			token: 'the key or token you use there has run out of credit.',
			account: 'your account there has run out of credit (the quota every token of yours draws from, not this token\'s own limit).',
			balance: 'your balance there is used up.',
			request: `the credit left there cannot pay for a request this large (it can only afford fewer tokens than asked for): lower max_tokens in your tool, or top up on ${p.name}${ask}.`,
			prompt: `the credit left there cannot pay for a prompt this long (the conversation your tool sends costs more than the credit allows, before any answer): send a shorter one (a new chat, or a smaller context length in your tool), or top up on ${p.name} or raise your key's limit there${ask}.`,
			prompt_cap: `your key there takes prompts of ${p.capTokens === undefined ? 'a limited number of' : `up to ${p.capTokens}`} tokens only (a free key's cap), whatever your credit, and the conversation your tool sends is longer.`,
			paid_model: `there this model is paid from topped-up balance only, which is used up (gift or bonus credit does not count): top up on ${p.name}${ask}, or pick a model your credit covers.`,
			overdue: 'your account there is suspended or in arrears (an unpaid bill or a spending limit).',
			free_tier: `this model's free quota there is used up, and your account is set to use free quota only: switch that setting off in ${p.name}'s console to go on at the paid rate (with balance in the account)${ask}.`,
			plan_limit: `your plan's usage allowance there for this week or month is used up (a limit of the plan, not a rate: sending fewer requests does not help): wait for it to reset, or pay for usage beyond the plan on ${p.name}${ask}.`,
			extra_usage: `your subscription there takes long-context requests (a model's 1M context) only with paid extra usage turned on; this call was one. That is a limit of the plan, not a rate: waiting does not help.`,
			extra_usage_pool: 'your subscription\'s extra usage there (the pay-as-you-go credit that pays for calls beyond the plan, and for other apps than its own) is used up, turned off or not claimed.',
			no_payment_method: 'no payment method is set up for your account there, so nothing pays for paid calls.',
			admin_budget: 'the budget your workspace or organization there sets for its members\' calls is used up. Only its administrators can raise it: a top-up, a new key or a higher key limit does not lift it.',
		}[p.what];
		return `Your calls go to ${p.name}, not DeepSeek, and ${sentence} Your DeepSeek balance does not matter for these calls.`;
	},
	/** The same, from a proxy on this computer: the DeepSeek account behind it is mostly the user's own. */
	localProxyUpstreamExhausted: (p: {name: string}) =>
		`Your calls go to ${p.name}, a proxy on this computer, and it passed on DeepSeek's own "Insufficient Balance": the DeepSeek account whose key the proxy sends has nothing left to pay for calls. That is most likely your own account. Instead of topping it up, you can give the proxy the key of an account with credit.`,
	/** A service on this computer that nothing recognises passed on a refusal for money (a local proxy has no balance of its own). */
	localProxyExhausted: (p: {name: string}) =>
		`Your calls go to ${p.name}, a service on this computer, not DeepSeek, and the answer it passed on says the credit that pays for them has run out. A local proxy or router has no balance of its own: the account it uses at the provider behind it (the one set up in it) is out of credit or over its plan's limit. (If it is a gateway with balances of its own, it is your balance in it.) Your DeepSeek balance does not matter for these calls.`,
	/** `upstream`: the provider whose own answer the service passed on (as the answer names it). */
	/**
	 * Whom to ask at another service, for the sentences that send the user there: its support, or for a service known
	 * only by a bare address (`bareAddress`: an IP, localhost, a single-label host), whoever runs it.
	 */
	whomToAsk: (p: {name: string; bareAddress: boolean}) => (p.bareAddress ? `whoever runs the service at ${p.name}` : `${p.name} (its support)`),
	/** `ask`: whom to ask there (whomToAsk). */
	relayUpstreamExhausted: (p: {name: string; upstream: string; ask: string}) =>
		`Your calls go to ${p.name}, not DeepSeek, and it passed on ${p.upstream}'s own answer: the account ${p.name} itself uses at ${p.upstream} cannot pay for the call (its balance there is used up). Your balance at ${p.name} may well be fine, and topping it up there does not help: ask ${p.ask} to fix it, or pick a model or provider there that still works. Your own DeepSeek balance does not matter for these calls.`,
	/** A gateway that passes the user's own DeepSeek key on refused the calls in its own name, before DeepSeek saw them. */
	gatewayRefused: (p: {name: string; status: number; said: string | undefined; why: 'auth' | 'limit' | 'credits'}) =>
		`${p.name} refuses the calls itself (HTTP ${p.status}${p.said ? ` "${quoted(p.said)}"` : ''}), before they reach DeepSeek: ${
			p.why === 'auth' ? 'it wants a token of its own (its authentication setting is on), besides your DeepSeek key'
			: p.why === 'limit' ? 'a rate or spend limit set on the gateway is reached; wait for its window to pass, or raise the limit in its settings'
			: 'the credits it pays providers with for you are used up'
		}. Your DeepSeek key and balance are not the problem.`,
	relayRateLimited: (name: string, status: number) =>
		`Your calls go to ${name}, not DeepSeek, and it answers ${status}: too many requests there (its own limit, or that of a provider it passes your calls to). Your DeepSeek account is not involved.`,
	/** `name` refused a paid call for what the calls already in flight may cost against the balance (OpenRouter's in-flight spending budget). */
	relayRateLimitedInFlight: (name: string, status: number) =>
		`Your calls go to ${name}, not DeepSeek, and it answers ${status}: too many paid calls at once for the credit left there (it holds what the calls in flight may cost against your balance). It passes within seconds, and more credit there raises that limit. Your DeepSeek account is not involved.`,
	/** `name` holds the calls back while a charge it made earlier is still being settled (Flux Router's 402 credit_unresolved). */
	relayChargeSettling: (name: string, status: number) =>
		`Your calls go to ${name}, not DeepSeek, and it answers ${status}: a charge it made earlier is still being settled on its side, so it holds new calls back for a moment. A short wait, not an empty balance: there is nothing to top up. Your DeepSeek account is not involved.`,
	relayRateLimitedUnverified: (name: string, status: number) =>
		`Your calls go to ${name}, not DeepSeek, and it answers ${status}: it keeps this account's request rate low until the account completes identity verification (real-name verification) there. Verify in its console to lift the limit; until then, send fewer requests. Your DeepSeek account is not involved.`,
	/** `name` refused the calls for the country or region they come from. */
	relayRegionRefused: (p: {name: string; status: number; said: string | undefined}) =>
		`Your calls go to ${p.name}, not DeepSeek, and it refuses them for the country or region they come from (HTTP ${p.status}${p.said ? ` "${quoted(p.said)}"` : ''}): not the key, not the balance. Calls from a place it serves go through; your DeepSeek account is not involved.`,
	/** `name` refused the calls for the IP address they come from (the key's allow-list there). */
	relayAddressRefused: (p: {name: string; status: number; said: string | undefined}) =>
		`Your calls go to ${p.name}, not DeepSeek, and it refuses them for the IP address they come from: this key there takes calls only from the addresses listed for it (HTTP ${p.status}${p.said ? ` "${quoted(p.said)}"` : ''}). Not the key, not the balance; your DeepSeek account is not involved.`,
	/** `name` refused the calls by the network rules of the resource itself (Azure's virtual network or firewall). */
	relayNetworkRulesRefused: (p: {name: string; status: number; said: string | undefined}) =>
		`Your calls go to ${p.name}, not DeepSeek, and the resource there refuses them for the network they come from: its networking settings take calls only from the networks and addresses they allow (HTTP ${p.status}${p.said ? ` "${quoted(p.said)}"` : ''}). Not the key, not the balance; your DeepSeek account is not involved.`,
	/** `name` takes these calls only from its own app or an approved channel (OpenCode Zen's free tier, CodeBuddy's 11128). */
	relayClientRefused: (p: {name: string; status: number; said: string | undefined}) =>
		`Your calls go to ${p.name}, not DeepSeek, and it takes them only from its own app or an approved channel, not from other programs such as yours (HTTP ${p.status}${p.said ? ` "${quoted(p.said)}"` : ''}). Not the key, not the balance: a new key or a top-up will not help; your DeepSeek account is not involved.`,
	/**
	 * `name` does not let this account use it at all: not enabled for its organization, or (`personal`) not for personal accounts.
	 * Who changes that (its administrator) and the team account are the first fix's (enableService) to say, not this sentence's too.
	 */
	/** `consumer`: the key is known there, not allowed on the route by whoever runs it; checking the key does not help. */
	relayAccountRefused: (p: {name: string; status: number; said: string | undefined; refused: AccountRefusal}) =>
		p.refused === 'consumer'
			? `Your calls go to ${p.name}, not DeepSeek, and it knows this key but does not let it use this route (HTTP ${p.status}${p.said ? ` "${quoted(p.said)}"` : ''}): whoever runs ${p.name} has not allowed the key (its consumer) there. Not a wrong key, not the balance, not a rate limit: checking the key, a top-up or waiting will not help; your DeepSeek account is not involved.`
			: `Your calls go to ${p.name}, not DeepSeek, and it does not let this account use it (HTTP ${p.status}${p.said ? ` "${quoted(p.said)}"` : ''}): ${
				p.refused === 'personal' ? `${p.name} is not open to personal accounts` : p.refused === 'role' ? 'your role there does not include access to it' : `it is not enabled there for your account or its organization`
			}. Not the key, not the balance, not a rate limit: a new key, a top-up or waiting will not help; your DeepSeek account is not involved.`,
	/**
	 * Retrying is the first fix's to say. `asked`: a fix tells whoever runs it as well (a service with no console of its
	 * own); where the fix is its console instead, the sentence keeps whom to ask if it lasts.
	 */
	relayServerError: (name: string, status: number, asked: boolean) =>
		(status === 200
			? `Your calls go to ${name}, not DeepSeek, and it accepted the call but sent no answer (or an error in place of one): it is overloaded or failing.`
			: `Your calls go to ${name}, not DeepSeek, and it answers HTTP ${status}: a failure on its side (or at the provider behind it), not your DeepSeek account.`)
		+ (asked ? '' : ' If it lasts, ask whoever runs it.'),
	/** `name`, a service on this computer, answered `status` (5xx) without saying why. */
	localServerError: (p: {name: string; status: number}) =>
		`Your calls go to ${p.name}, a service on this computer, not DeepSeek, and it answers HTTP ${p.status}: a failure in it or at the provider behind it, not your DeepSeek account. It runs here, so its own log or window says which. If this computer goes out through a VPN or system proxy, that may be in its way: local proxies like this one have answered so until it was turned off.`,
	/** `name`, a gateway recognised on this computer (one-api, new-api), answered `status` (5xx) without saying why: the user runs it. */
	localGatewayServerError: (p: {name: string; status: number}) =>
		`Your calls go to ${p.name}, a gateway on this computer, not DeepSeek, and it answers HTTP ${p.status} without saying why: a failure in it or at the provider behind it, not your DeepSeek account. It runs here, so its own log says which; the provider it sends the calls to is set in its channels.`,
	/** How a sentence names the service when the base URL gives nothing better. */
	thisService: 'the service at this base URL',
	deepseek: 'DeepSeek',
	/** `product`: the service was recognised by name; otherwise `name` is its host. */
	relayKeyRejected: (p: {name: string; product: boolean}) =>
		p.product
			? `${p.name} rejects this key. Calls go to ${p.name}, not DeepSeek: the key it wants is one made in ${p.name}.`
			: `${p.name} rejects the key, and it is not DeepSeek: the key it wants is one that service gives you.`,
	wrongEndpoint: (name: string | undefined, host: string) =>
		name
			? `Your calls go to ${name} (${host}), not DeepSeek: errors and balance there are ${name}'s, not your DeepSeek account's.`
			: `${host} is not DeepSeek's API: your calls do not reach DeepSeek, so its balance and errors are not DeepSeek's.`,
	/** The base URL is one of DeepSeek's websites (`host`: platform.deepseek.com, chat.deepseek.com…), not its API. */
	deepSeekWebsite: (host: string) =>
		`${host} is one of DeepSeek's websites, not its API: calls there get web pages or refusals, never the API's answers. DeepSeek's API is at https://api.deepseek.com.`,
	pathNotFound: (host: string) =>
		`${host} answers 404 Not Found to the model list and to the chat call alike: the path in your base URL is probably wrong (a missing or extra part such as /v1). Check the base URL against that service's docs.`,
	/** DeepSeek's own host lists the models but answers the chat call 404. */
	officialPathNotFound: (host: string) =>
		`${host} lists the models for your key but answers 404 Not Found to the chat call: the path your calls take is not one DeepSeek serves. Check the base URL and the API format your tool speaks: DeepSeek takes chat calls at https://api.deepseek.com (/chat/completions, and /responses for tools that speak the Responses API, such as Codex), and Anthropic-format calls at https://api.deepseek.com/anthropic.`,
	/** `name` answered the chat call with its own error carrying the 404 of the service behind it (`said`, its words). */
	upstreamNotFound: (p: {name: string; said?: string | undefined}) =>
		`Your calls reach ${p.name} at the address you set, and it passed on a 404 from the service behind it${p.said ? ` ("${quoted(p.said)}")` : ''}: what is missing is on that side, most likely the model you asked for, which it no longer serves there. Pick another of its models, or ask whoever runs ${p.name}. Not the key, not the address.`,
	/**
	 * Another service (`local`: on this computer) passed on DeepSeek's own 404 "Not Found. Please check the
	 * configuration.": it reaches DeepSeek at an address DeepSeek does not serve.
	 */
	upstreamPathNotFound: (p: {name: string; local: boolean}) =>
		`Your calls go to ${p.name}${p.local ? ', a proxy on this computer,' : ''} and it passed on DeepSeek's own 404 "Not Found. Please check the configuration.": it does reach DeepSeek, but at an address DeepSeek does not serve. The DeepSeek address set in ${p.name} is wrong: some tools want the base https://api.deepseek.com, others the whole https://api.deepseek.com/chat/completions. Not the key, not the balance.`,
	interceptedAnswers: (detail: string) =>
		joined(leadsEn.interceptedAnswers, detail),
	/** A proxy's own error page (`proxy`: Squid, tinyproxy, mitmproxy or Zscaler, by its page) answered the calls to `host` with `status` (5xx: it could not reach `host`). */
	proxyPageAnswers: (p: {host: string; proxy: string; status: number; detail: string}) =>
		`A proxy (${p.proxy}, by its page) answers instead of ${p.host}: your calls go through it, and ${p.status >= 500 ? `it could not reach ${p.host} (${quoted(p.detail)}): the proxy's own way out (its DNS or network) fails, or ${p.host} is down for it; not your key or your balance` : `it refuses them (${quoted(p.detail)})`}.`,
	/** A proxy that intercepts HTTPS answered its own page for its TLS connection to `host` that failed (Squid's ERR_SECURE_CONNECT_FAIL). */
	proxyTlsFails: (p: {host: string; proxy: string; status: number}) =>
		`A proxy (${p.proxy}, by its page) answers instead of ${p.host}: it intercepts HTTPS and makes your calls again itself, and its own secure connection to ${p.host} failed (HTTP ${p.status}, ${p.proxy}'s ERR_SECURE_CONNECT_FAIL): it does not trust ${p.host}'s certificate, or the TLS handshake failed. Ask whoever runs the proxy; not your key or your balance.`,
	/** A proxy between the user and `host` refused the calls by its policy, in its words `detail`. */
	proxyRefusesByPolicy: (p: {host: string; detail: string}) =>
		`A proxy between you and ${p.host} refuses these calls by its policy (${quoted(p.detail)}): ${p.host} is not among what it lets through. Not the key, not the balance; have the proxy's policy allow ${p.host}, or ask whoever runs it.`,
	/** An answer with HTTP 407 came back from the calls to `host`: a proxy in between wants a login. */
	proxyAsksLogin: (p: {host: string; detail: string}) =>
		`A proxy between you and ${p.host} answers HTTP 407 (Proxy Authentication Required): your calls go through a proxy that wants a login (${quoted(p.detail)}). Give your app the proxy's user and password (in the proxy URL, e.g. http://user:password@proxy:8080), or ask whoever runs your network.`,
	/** `name` answered `status` because its own call to the service behind it failed the certificate check. */
	upstreamCertificate: (p: {name: string; status: number; detail: string}) =>
		`${p.name} answers HTTP ${p.status} because its own call to the service behind it failed: it does not trust that service's certificate (${quoted(p.detail)}). Something on its way out intercepts HTTPS, or its machine lacks root certificates; retrying will not help, and neither your key nor your balance is the matter.`,
	/** `name`, a proxy on this computer, answered `status` because it could not get its call through to the service behind it. */
	localUpstreamUnreachable: (p: {name: string; status: number; detail: string}) =>
		`Your calls go to ${p.name}, a proxy on this computer, and it answers HTTP ${p.status} because it could not get through to the service behind it (${quoted(p.detail)}): no answer came from that service at all. The way out from the proxy failed — the VPN or proxy it goes through, or the network it uses — not DeepSeek's servers, your key or your balance; retrying the same way seldom helps.`,
	/** A 3xx from the base URL: the same API at another address (`baseUrl`, without the path the tool added). The address early: a short window keeps two rows of it. */
	redirectToBaseUrl: (p: {status: number; location: string}) =>
		`The base URL redirects (HTTP ${p.status}) to ${p.location} instead of answering: the API answers at that address now.`,
	/** A 3xx to a login page (Cloudflare Access, oauth2-proxy, an SSO page) in front of the service, at `host` (its long address is in the rows). Every redirect sentence opens "The base URL redirects", then where to: one family. */
	redirectToLogin: (p: {status: number; host: string}) =>
		`The base URL redirects every call (HTTP ${p.status}) to a login page at ${p.host}, made for people who sign in with a browser: API calls cannot pass it. Neither your key nor your balance is the matter.`,
	/** A 3xx to the same API call at another host (`host`), never followed: the service seems to have moved. */
	redirectMoved: (p: {status: number; host: string}) =>
		`The base URL redirects (HTTP ${p.status}) to the same API call at ${p.host}: the service seems to have moved there. This tool does not follow it, so your key was not sent there.`,
	/** A 3xx to the same API call at api.deepseek.com: the base URL only forwards to DeepSeek's own API. */
	redirectToDeepSeekApi: (p: {status: number}) =>
		`The base URL redirects (HTTP ${p.status}) to DeepSeek's own API: use its address, https://api.deepseek.com, as the base URL.`,
	/** A 3xx anywhere else: `deepSeek` when it leads to one of DeepSeek's websites, whose API is elsewhere. */
	redirectElsewhere: (p: {status: number; host: string; deepSeek: boolean}) =>
		p.deepSeek
			? `The base URL redirects (HTTP ${p.status}) to DeepSeek's website, ${p.host}, instead of answering: DeepSeek's API is at https://api.deepseek.com.`
			: `The base URL redirects (HTTP ${p.status}) to ${p.host} instead of answering: it is not an API's address.`,
	unreadableAnswers: (host: string, detail: string) =>
		`${host} sends answers no API client can read (${quoted(detail)}): the base URL is probably wrong, or something in between breaks the answers.`,
	invalidKey: (detail: string) => `${leadsEn.invalidKey}. ${detail}`,
	/** The refused row's sentence opens with "Rejected (401)": `rest` is what follows it, said once with the key as its subject. */
	keyRejected: (rest: string) => `${leadsEn.keyRejected}${rest}`,
	/** `detail`: invalidKey's or keyRejected's whole sentence; `saved`: where another key is saved for new shells (not checked). */
	staleKeyRefused: (detail: string, saved: StartupKey) =>
		saved.kind === 'file'
			? `${detail} ${saved.file} sets another key (${saved.masked}, not checked): this terminal or editor was started before that line changed and still has the old one.`
			: `${detail} ${windowsVariablesEn(saved.kind)} hold another key (${saved.masked}, not checked): this window or editor was opened before it was saved and still has the old one.`,
	/** `detail`: invalidKey's or keyRejected's whole sentence. */
	invalidKeyDuringIncident: (detail: string, status: string) =>
		`${detail} DeepSeek's status page also reports an incident now (${unbracketed(status)}): if this key worked before, wait for it to end and try again.`,
	outageKeyRefused: (status: string) =>
		`DeepSeek's status page reports trouble (${unbracketed(status)}) and the key is refused with 401: during outages DeepSeek has refused valid keys. Wait for it to recover and try again; if the 401 stays afterwards, check the key.`,
	/**
	 * `name` is 'DeepSeek' when DeepSeek answered, else the service's product or host.
	 * `status`: the HTTP status it really answered (a relay may say "too many requests" with 200).
	 * `balance` (DeepSeek only, its 429 not naming the balance): the balance is low, or could not be
	 * read; either way "not a balance problem" would claim more than is known.
	 */
	rateLimited: (p: {name: string; byBalance: boolean; status: number | undefined; balance?: 'low' | 'unread'}) => {
		const notBalance = p.name !== 'DeepSeek' || p.balance === undefined
			? 'this is not a balance problem.'
			: p.balance === 'low'
				? 'your balance is low too, and DeepSeek lowers that limit as the balance runs low: top up to raise it.'
				: 'whether the balance plays a part is unknown, as it could not be read (DeepSeek\'s 429 says "based on your remaining balance" when a low balance lowered the limit).';
		if (p.status !== 429) {
			const sent = p.status === undefined ? '' : ` (sent with HTTP ${p.status}, not 429)`;
			return p.name === 'DeepSeek' && p.byBalance
				? `Too many requests at once for the balance left: DeepSeek answers with a rate-limit error${sent}.`
				: `Too many requests: ${p.name} answers with a rate-limit error${sent}; ${notBalance}`;
		}
		return p.name !== 'DeepSeek'
			? `Too many requests: ${p.name} answers 429 (rate limited); ${notBalance}`
			: p.byBalance
				? 'DeepSeek answers 429: too many requests at once for the balance left (DeepSeek lowers an account\'s concurrency limit as its balance shrinks).'
				: `DeepSeek answers 429 Rate Limit Reached: too many requests at once for this account. ${notBalance.charAt(0).toUpperCase()}${notBalance.slice(1)}`;
	},
	/** DeepSeek answers 429 while the balance reads empty: both, the limit now and the empty balance behind it. */
	rateLimitedBalanceEmpty: (p: {balance: string}) =>
		`DeepSeek answers 429 Rate Limit Reached: too many requests at once for this account. Your balance is empty too (${quoted(p.balance)}): once the rate limit passes, calls fail with 402 until you top up.`,
	/**
	 * `how`: an error status, a 200 with no answer at all, or a 200 with an error in place of
	 * the answer. `emptyBalance`: DeepSeek's balance reads empty as well (its reading).
	 */
	serverError: (p: {name: string; status: number; how: 'status' | 'empty' | 'error_body'; emptyBalance?: string | undefined}) => {
		if (p.name !== 'DeepSeek') {
			return {
				status: `A failure on the side of ${p.name}: it answers HTTP ${p.status}. This is not your balance.`,
				empty: `No answer came: ${p.name} accepted the call, then sent nothing before closing the connection. It is overloaded or failing, not your balance.`,
				error_body: `${p.name} accepted the call but answered with an error instead of a completion: it is overloaded or failing, not your balance.`,
			}[p.how];
		}
		const kind = p.status === 503 ? 'server overloaded' : 'server error';
		if (p.emptyBalance !== undefined) {
			const empty = `Your balance is empty too (${quoted(p.emptyBalance)}): once DeepSeek recovers, calls fail with 402 until you top up.`;
			return {
				status: `DeepSeek answers HTTP ${p.status} (${kind}): a problem on DeepSeek's side. ${empty}`,
				empty: `DeepSeek accepted the call but sent no answer (only blank keep-alive lines, then the connection closed): it is overloaded. ${empty}`,
				error_body: `DeepSeek accepted the call but answered with an error instead of a completion (it gave up waiting in its queue): it is overloaded. ${empty}`,
			}[p.how];
		}
		return {
			status: `DeepSeek answers HTTP ${p.status} (${kind}): a problem on DeepSeek's side, not your balance.`,
			empty: 'DeepSeek accepted the call but sent no answer (only blank keep-alive lines, then the connection closed): it is overloaded, not your balance.',
			error_body: 'DeepSeek accepted the call but answered with an error instead of a completion (it gave up waiting in its queue): it is overloaded, not your balance.',
		}[p.how];
	},
	paidButRefused: (balance: string, traceId: string | undefined) =>
		`DeepSeek refuses calls with 402 although the balance shows ${quoted(balance) || 'credit'}. This needs DeepSeek support${traceId ? ` (give them trace id ${traceId})` : ''}.`,
	refusedBalanceUnknown: (traceId: string | undefined) =>
		`DeepSeek refuses calls with 402 Insufficient Balance, and the balance itself could not be read: top up, then check that the payment arrived${traceId ? ` (trace id ${traceId})` : ''}.`,
	insufficient: (balance: string) => `${leadsEn.insufficient}. ${quoted(balance)}.`,
	/**
	 * `name`: DeepSeek, the service's product or its host; `model`: the name the call sent;
	 * `listed`: the service lists that very name (yet refused it); `others`: other ids it lists;
	 * `listUnread`: its model list could not be read; `deepseek`: the service is DeepSeek itself
	 * (no gateway in between to route a model only for some keys).
	 */
	modelNotFound: (p: {name: string; model: string | undefined; status: number; listed: boolean; others: readonly string[]; listUnread: boolean; deepseek: boolean}) => {
		const model = p.model === undefined ? 'the model your calls name' : `the model "${p.model}"`;
		const head = p.listed
			? p.deepseek
				? `${p.name} lists ${model}, yet answers that it does not exist (HTTP ${p.status}): its list still names a model it no longer serves. This is not your key or your balance.`
				: `${p.name} lists ${model} but refuses it to this key (HTTP ${p.status}): it is not open to you there (a gateway routes each model only for some keys or groups).`
			: `${p.name} does not offer ${model} (HTTP ${p.status}): the calls name a model it does not have, or not for this key. This is not your key or your balance.`;
		const list = p.others.length > 0 ? ` It lists: ${p.others.join(', ')}.` : p.listUnread ? ' Its model list could not be read.' : '';
		return head + list;
	},
	/**
	 * Volcengine Ark refuses the model until its console changes something: `activate`, the model is
	 * not activated for the account; `endpoint`, the account may call models only by an inference
	 * endpoint's id (ep-…), not by the model's id; `routing`, a router has the model but none of
	 * its providers serves the call as sent (OpenRouter's "No endpoints found that …"). `model`: the name the call sent, if known.
	 */
	modelAccess: (p: {name: string; model: string | undefined; status: number; access: 'activate' | 'endpoint' | 'routing'}) => {
		const model = p.model === undefined ? 'the model your calls name' : `the model "${p.model}"`;
		if (p.access === 'routing') {
			return `${p.name} has ${model}, but none of the providers it sends that model to serves the call as sent (HTTP ${p.status}): the call asks for something they do not take (tool use, say), or your account's settings there (privacy, providers) rule them out. This is not your key or your balance.`;
		}
		return p.access === 'activate'
			? `${p.name} refuses ${model} (HTTP ${p.status}): it is not activated for your account there. This is not your key or your balance.`
			: `${p.name} refuses ${model} by its model id (HTTP ${p.status}): your account there calls models only by one of its inference endpoints (an id like ep-…), made in its console. This is not your key or your balance.`;
	},
	/**
	 * A gateway refuses the model because no price is set for it there (new-api's
	 * model_price_error). `model`: the name the call sent, if known; `others`: other ids it lists.
	 */
	modelUnpriced: (p: {name: string; model: string | undefined; status: number; others: readonly string[]}) =>
		`${p.name} refuses ${p.model === undefined ? 'the model your calls name' : `the model "${p.model}"`} because no price is set for it there (HTTP ${p.status}): whoever runs it has to set one. This is not your key, your balance or the address.${p.others.length > 0 ? ` It lists: ${p.others.join(', ')}.` : ''}`,
	/**
	 * A service passed the model name on to its upstream provider (DeepSeek), which does not
	 * serve it and says which names it does. `model`: the name, if known.
	 */
	modelRefusedUpstream: (p: {name: string; upstream: string; model: string | undefined; status: number}) =>
		`${p.name} passes ${p.model === undefined ? 'the model name your calls send' : `the model name "${p.model}"`} on to ${p.upstream}, which does not serve a model by that name (HTTP ${p.status}); its answer names the ones it does. This is not your key or your balance.`,
	keyExposed:
		'Your API key is committed in files git tracks in this folder: anyone who can read the repository can spend your balance. Create a new key, switch your programs to it, and delete this one.',
	/**
	 * The service refused the request for what it asks (too long, max_tokens, content).
	 * `name`: DeepSeek, the service's product or its host; `said`: its words, if it sent any.
	 * What to change is the first fix's (change_request), not said twice.
	 */
	/** The same, refused by the service's content moderation ("Content Exists Risk"): what the request says, not its shape. */
	requestModerated: (p: {name: string; status: number; said: string | undefined}) =>
		`${p.name}'s content moderation refused what the request says (HTTP ${p.status}${p.said ? ` "${quoted(p.said)}"` : ''}): not the key or the balance.`,
	requestRefused: (p: {name: string; status: number; said: string | undefined}) =>
		`${p.name} refuses the request itself (HTTP ${p.status}${p.said ? ` "${quoted(p.said)}"` : ''}), not the key or the balance.`,
	/**
	 * Cloudflare in front of the service refused the call (deepseek/in-between.ts). `block`:
	 * `challenge` (its check for browsers), `blocked` (a page with no number) or its error number.
	 */
	edgeBlocked: (p: {name: string; status: number; block: string}) => {
		const what = p.block === 'challenge' ? 'its check for browsers' : p.block === 'blocked' ? 'access denied' : `Cloudflare error ${p.block}`;
		return `Cloudflare, in front of ${p.name}, refused the call before it reached the service (HTTP ${p.status}, ${what}): not the key or the balance.`;
	},
	unknown: (detail: string) => joined(leadsEn.unknown, detail),
	/**
	 * A proxy on this computer (`name`) passed on the provider's lock on the account it uses there;
	 * `until`: when the lock ends, as its words give it. The provider may be DeepSeek, with the user's key.
	 */
	blockedBehindLocalProxy: (p: {name: string; status: number; said: string | undefined; until: string | undefined}) =>
		`Your calls go to ${p.name}, a proxy on this computer, and it passed on the answer of the provider behind it: that provider has locked or suspended the account the proxy uses there (HTTP ${p.status}${p.said ? ` "${quoted(p.said)}"` : ''}). ${p.until === undefined ? 'Only that provider can lift it' : `It says the lock lasts until ${p.until}: wait until then, or ask that provider to lift it sooner`}; a new key or a top-up will not help. If the proxy calls DeepSeek with your key, that is your DeepSeek account.`,
	/**
	 * The service has blocked the user behind the key (`account`: banned or disabled) or
	 * this token (`token`: disabled or expired), or refuses the group the token is in (`group`). `name`: its product or host; `said`: its
	 * words; `deepseek`: the service is DeepSeek itself; `until`: when an account's lock ends, as its words give it.
	 */
	blocked: (p: {name: string; what: 'account' | 'token' | 'group'; status: number; said: string | undefined; deepseek: boolean; until?: string | undefined}) => {
		const words = `HTTP ${p.status}${p.said ? ` "${quoted(p.said)}"` : ''}`;
		// Elsewhere the first fix asks whoever runs it: said there, not here too. DeepSeek's own block has its
		// support as the fix, and a lock that ends by itself a wait that no fix names: those sentences keep it.
		const lift = p.until !== undefined ? `It says the block lasts until ${p.until}: wait until then, or ask whoever runs ${p.name} to lift it sooner; a`
			: p.deepseek ? `Only whoever runs ${p.name} can lift the block; a` : 'A';
		const sentence =
			p.what === 'account'
				? `${p.name} has blocked your account there (${words}): it refuses every call from that account, whatever key you send. ${lift} new key or a top-up will not help.`
				: p.what === 'group'
				? `${p.name} refuses the group this token is in (${words}): that group is not open to your account there, or no longer exists. A new key in the same group will not help.`
				: p.deepseek
				? `${p.name} has disabled this token, or it has expired (${words}): enable it again or make a new one in ${p.name}'s console.`
				: `${p.name} has disabled this token, or it has expired (${words}).`;
		return p.deepseek ? sentence : `${sentence} Your DeepSeek account is not involved.`;
	},
	/** The gateway's own reading says the token expired on `date` (YYYY-MM-DD). */
	tokenExpiredThere: (p: {name: string; date: string}) =>
		`This token expired on ${p.date}, as ${p.name} reports it: the gateway refuses every call with it, whatever quota it has left. Your DeepSeek account is not involved.`,
	/** `detail`: the check's own sentence, which names the host and what to do. */
	keyNotSentInsecure: (detail: string) => `${leadsEn.keyNotSentInsecure}. ${detail}`,
	ok: (balance: string | undefined) => `No problem found${balance ? `. Balance: ${quoted(balance)}` : ''}.`,
	/** Nothing failed, but the balance could not be read here (a gateway that does not pass the query on, a relay without one): no check saw whether the calls are paid for. */
	okBalanceUnread: 'No problem found in what could be checked, but the balance could not be read here: only a real call shows whether it is paid for.',
	/** Nothing blocks the calls, but checks ended with a warning; `warnings` are sentences from `warning`. */
	okWithWarnings: (p: {warnings: readonly string[]}) =>
		`Nothing blocks your calls, but ${p.warnings.length === 1 ? '1 warning' : `${p.warnings.length} warnings`} — ${p.warnings.join(' ')}`,
	/** One warning of an all-clear: the check's title and its result. */
	warning: (p: {title: string; summary: string}) => `${p.title}: ${quoted(p.summary)}.`,
	/** Each verdict in words, for prose (the support report, `config`); the ids never change. */
	verdictNames: {
		ok: 'no problem',
		no_key: 'no API key',
		invalid_key: 'key not accepted',
		insufficient_balance: 'insufficient balance',
		wrong_endpoint: 'calls do not reach DeepSeek',
		relay_insufficient_balance: "the relay's balance is used up",
		service_outage: 'DeepSeek outage',
		rate_limited: 'rate limited',
		server_error: 'server error',
		network_error: 'network error',
		key_exposed: 'key leaked',
		model_not_found: 'model not available',
		unknown: 'unclear',
	} satisfies Record<Verdict, string>,
};

// Every table above in each language; the Simplified Chinese ones are in zh-CN/diagnose.ts, of the same types.
export type DiagnoseMessages = Messages<typeof diagnoseMessagesEn>;
export const diagnoseMessages: DiagnoseMessages = localized({en: diagnoseMessagesEn, 'zh-CN': zhCN.diagnoseMessages});
