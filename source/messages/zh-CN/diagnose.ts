// 结论摘要（简体中文），与 ../diagnose.ts 同一类型。
import type {DiagnoseMessages} from '../diagnose.js';
import {quoted, unbracketed} from '../../text/quoted.js';
import {windowsVariablesZh} from '../../text/saved-key-place.js';
import {joinedZh} from '../../text/clause.js';

/** 有人在运营这个服务（网关、认不出的主机），可以去问他们。 */
const askOperator = (operator: boolean) => (operator ? '，或联系它的管理员' : '');

/** 引用某项检查结果的摘要的开头（见 ../diagnose.ts 的 leadsEn）。 */
const leads: DiagnoseMessages['leads'] = {
	network: '无法连接 API',
	answersCutOff: '连上了 API，但响应没有完整返回',
	connectionCutOff: '连上了 API，但连接在响应前就断开了',
	interceptedAnswers: '你和 DeepSeek 之间的某个环节改写了响应（代理、网络认证页面或防火墙）',
	unknown: '没有找到明确的原因',
	insufficient: '调用失败，问题出在你的 DeepSeek 余额上',
	invalidKey: 'key 未被接受',
	keyRejected: 'key 被拒绝（401）',
	keyNotSentInsecure: '没有用你的 key 做任何检查',
};

export const diagnoseMessages: DiagnoseMessages = {
	leads,
	noKey: '没有 API key：设置 key 之前什么都检查不了。',
	noKeyBlank: '没有 API key：DEEPSEEK_API_KEY 已设置但为空（空的或只有空格），在里面填入 key 之前什么都检查不了。',
	outage: status => `DeepSeek 状态页报告了故障（${unbracketed(status)}），API 也在出错：请等它恢复。`,
	outageElsewhere: p =>
		`你的调用发往 ${p.name}，而不是 DeepSeek；它返回 HTTP ${p.httpStatus}，同时 DeepSeek 状态页报告了故障（${unbracketed(p.status)}）：如果 ${p.name} 把你的调用转发给 DeepSeek，这次故障多半就是原因。请等 DeepSeek 恢复，或在那里换一个不依赖它的模型或服务商；如果 DeepSeek 恢复后错误仍在，问题就在 ${p.name} 那边。`,
	outageApiFine: status => `DeepSeek 状态页报告了故障（${unbracketed(status)}）。你的 key 和余额看起来都没问题：调用失败多半是这个原因。`,
	outageNotChecked: p => `DeepSeek 状态页报告了故障（${unbracketed(p.status)}）：调用失败多半是这个原因。`,
	outageUnchecked: p => `DeepSeek 状态页报告了故障（${unbracketed(p.status)}），调用失败多半是这个原因。不过这期间有些项目没能检查：${quoted(p.detail)}。`,
	network: detail => joinedZh(leads.network, detail),
	throughFakeIp: p => `${p.failed}这些调用经由代理软件 TUN 模式的 fake-ip 虚拟地址（${p.ip}）转发，连接本身是通的：最可能是它选的节点出了问题。`,
	slowAnswer: p => `连上了 API，但响应很慢：${p.host} 在 ${p.connectMs} ms 内接受了连接，之后在允许的时间（--timeout）内没有响应。服务可能繁忙或过载。`,
	answersCutOff: detail => joinedZh(leads.answersCutOff, detail),
	connectionCutOff: detail => joinedZh(leads.connectionCutOff, detail),
	relayExhausted: p => {
		const ask = askOperator(p.operator);
		const sentence = {
			token: '你在那里用的 key 或令牌已用完额度。',
			account: '你在那里的账号额度已用完（你所有令牌共用的额度，不是这个令牌自己的上限）。',
			balance: '你在那里的余额已用完。',
			request: `那里的剩余额度不够支付这么大的请求（只够支付比请求更少的 token）：请在你的工具里调低 max_tokens，或在 ${p.name} 充值${ask}。`,
			prompt: `那里的剩余额度不够支付这么长的输入（你的工具发出的对话本身就超出了额度能支付的量，还没算回复）：请发送更短的对话（开一个新对话，或在你的工具里调小上下文长度），或在 ${p.name} 充值、提高 key 的额度上限${ask}。`,
			prompt_cap: `你在那里的 key 只接受${p.capTokens === undefined ? '一定 token 数' : ` ${p.capTokens} 个 token `}以内的输入（免费 key 的上限），与余额多少无关，而你的工具发出的对话更长。`,
			paid_model: `在那里，这个模型只能用充值余额支付，而充值余额已用完（赠送额度不算）：请在 ${p.name} 充值${ask}，或换一个你的额度能用的模型。`,
			overdue: '你在那里的账号已停用或欠费（有未付账单或到了消费上限）。',
			free_tier: `这个模型在那里免费提供的额度已用完，而你的账号设置为只用免费提供的额度：请在 ${p.name} 的控制台关掉这个设置，按付费价格继续调用（账号里需要有余额）${ask}。`,
			plan_limit: `你在那里的套餐本周或本月的用量额度已用完（这是套餐的上限，不是限流：少发请求没有用）：请等它重置，或在 ${p.name} 为超出套餐的用量付费${ask}。`,
			extra_usage: `你在那里的订阅要开启付费的额外用量才能发长上下文请求（模型的 1M 上下文），这次调用正是这样的请求。这是套餐的限制，不是限流：等待没有用。`,
			extra_usage_pool: '你在那里的订阅的额外用量（为超出套餐的调用、以及它自家应用以外的应用的调用付费的按量额度）已用完、已关闭或尚未领取。',
			no_payment_method: '你在那里的账号还没有添加付款方式，付费调用无从扣费。',
			admin_budget: '你在那里所属的工作区或组织给成员调用设的预算已用完。只有它的管理员能提高这个预算：充值、换新 key 或提高 key 的额度上限都没有用。',
		}[p.what];
		return `你的调用发往 ${p.name}，而不是 DeepSeek；${sentence}这些调用与你的 DeepSeek 余额无关。`;
	},
	localProxyUpstreamExhausted: p =>
		`你的调用发往 ${p.name}，这是这台电脑上的代理；它转发的是 DeepSeek 自己的“Insufficient Balance”：代理所用 key 对应的 DeepSeek 账号已经没有余额支付调用。这多半就是你自己的账号。除了充值，也可以给代理换用有余额账号的 key。`,
	localProxyExhausted: p =>
		`你的调用发往本机上的服务 ${p.name}，而不是 DeepSeek；它转回来的响应说，支付这些调用的额度已经用完。本地代理或路由本身没有余额：用完的是它在背后服务商那里使用的账号（在它里面配置的那个），额度不足或超出了套餐限额。（如果它是自带余额的网关，用完的就是你在它那里的余额。）你的 DeepSeek 余额与这些调用无关。`,
	whomToAsk: p => (p.bareAddress ? `${p.name} 上这个服务的管理员` : `${p.name}（它的客服）`),
	relayUpstreamExhausted: p =>
		`你的调用发往 ${p.name}，而不是 DeepSeek；它转发的是上游服务商 ${p.upstream} 自己的响应：${p.name} 在 ${p.upstream} 使用的账号无法支付这次调用（它在那里的余额已用完）。你在 ${p.name} 的余额可能并没有问题，在那里充值也无济于事：请联系 ${p.ask}处理，或在那里换一个仍能用的模型或服务商。这些调用与你的 DeepSeek 余额无关。`,
	gatewayRefused: p =>
		`${p.name} 自己拒绝了这些调用（HTTP ${p.status}${p.said ? `，“${quoted(p.said)}”` : ''}），调用没有到达 DeepSeek：${
			p.why === 'auth' ? '它要求在 DeepSeek key 之外另外带上它自己的令牌（它的认证设置已开启）'
			: p.why === 'limit' ? '网关上设置的限流或花费上限已到；等它的时间窗口过去，或者在它的设置里调高上限'
			: '它替你向服务商付款的额度已用完'
		}。问题不在你的 DeepSeek key 和余额。`,
	relayRateLimited: (name, status) =>
		`你的调用发往 ${name}，而不是 DeepSeek；它返回 ${status}：那边请求太多（触发了它自己的限制，或它上游服务商的限制）。这与你的 DeepSeek 账号无关。`,
	relayRateLimitedInFlight: (name, status) =>
		`你的调用发往 ${name}，而不是 DeepSeek；它返回 ${status}：同时发出的付费调用太多，那边剩下的额度不够（它会按尚未结算的调用可能的花费占用你的余额）。几秒内就会恢复；在那里充值可以提高这个上限。这与你的 DeepSeek 账号无关。`,
	relayChargeSettling: (name, status) =>
		`你的调用发往 ${name}，而不是 DeepSeek；它返回 ${status}：它之前的一笔扣费还在结算中，所以暂时拦下了新的调用。这不是余额用完了，不用充值，稍等即可。这与你的 DeepSeek 账号无关。`,
	relayRateLimitedUnverified: (name, status) =>
		`你的调用发往 ${name}，而不是 DeepSeek；它返回 ${status}：在这个账号完成身份验证（实名认证）之前，它会把请求速率限得很低。请在它的控制台完成实名认证来解除限制；在那之前，请减少请求。这与你的 DeepSeek 账号无关。`,
	relayRegionRefused: p => `你的调用发往 ${p.name}，而不是 DeepSeek；它按调用的来源国家或地区拒绝了这些调用（HTTP ${p.status}${p.said ? `，“${quoted(p.said)}”` : ''}）：不是 key 的问题，也不是余额的问题。从它服务的地区发出的调用可以通过；这与你的 DeepSeek 账号无关。`,
	relayNetworkRulesRefused: p => `你的调用发往 ${p.name}，而不是 DeepSeek；那里的资源按来源网络拒绝了这些调用：它的网络设置只接受来自允许的网络和地址的调用（HTTP ${p.status}${p.said ? `，“${quoted(p.said)}”` : ''}）。不是 key 的问题，也不是余额的问题；这与你的 DeepSeek 账号无关。`,
	relayAddressRefused: p => `你的调用发往 ${p.name}，而不是 DeepSeek；它按调用的来源 IP 地址拒绝了这些调用：这个 key 在那里只接受来自所列地址的调用（HTTP ${p.status}${p.said ? `，“${quoted(p.said)}”` : ''}）。不是 key 的问题，也不是余额的问题；这与你的 DeepSeek 账号无关。`,
	localServerError: p =>
		`你的调用发往本机上的服务 ${p.name}，而不是 DeepSeek；它返回 HTTP ${p.status}：是它自己或它后面的服务商出了故障，与你的 DeepSeek 账号无关。它就运行在这台电脑上，它自己的日志或窗口会说明是哪一边。如果这台电脑通过 VPN 或系统代理上网，它们可能挡在中间：曾有这类本地代理一直这样报错，直到关掉 VPN 或系统代理。`,
	localGatewayServerError: p =>
		`你的调用发往本机上的网关 ${p.name}，而不是 DeepSeek；它返回 HTTP ${p.status}，没有说明原因：是它自己或它后面的服务商出了故障，与你的 DeepSeek 账号无关。它就运行在这台电脑上，它自己的日志会说明是哪一边；调用发往哪个服务商，在它的渠道里设置。`,
	relayClientRefused: p => `你的调用发往 ${p.name}，而不是 DeepSeek；它只接受自己的应用或经批准的渠道发出的调用，不接受其他程序（例如你的程序）发出的调用（HTTP ${p.status}${p.said ? `，“${quoted(p.said)}”` : ''}）。不是 key 的问题，也不是余额的问题：换 key 或充值都没有用；这与你的 DeepSeek 账号无关。`,
	relayAccountRefused: p =>
		p.refused === 'consumer'
			? `你的调用发往 ${p.name}，而不是 DeepSeek；它认得这个 key，却不允许它使用这条路由（HTTP ${p.status}${p.said ? `，“${quoted(p.said)}”` : ''}）：${p.name} 的管理员还没有放行这个 key（它的消费者）。不是 key 填错了，不是余额的问题，也不是限流：检查 key、充值或等待都没有用；这与你的 DeepSeek 账号无关。`
			: `你的调用发往 ${p.name}，而不是 DeepSeek；它不允许这个账号使用（HTTP ${p.status}${p.said ? `，“${quoted(p.said)}”` : ''}）：${
				p.refused === 'personal' ? `${p.name} 不对个人账号开放` : p.refused === 'role' ? '你在那里的角色没有使用它的权限' : `这项服务没有为你的账号或账号所在的组织开通`
			}。不是 key 的问题，不是余额的问题，也不是限流：换 key、充值或等待都没有用；这与你的 DeepSeek 账号无关。`,
	relayServerError: (name, status, asked) =>
		(status === 200
			? `你的调用发往 ${name}，而不是 DeepSeek；它接受了调用，却没有返回回复（或返回了错误）：它过载或出了故障。`
			: `你的调用发往 ${name}，而不是 DeepSeek；它返回 HTTP ${status}：这是它那边（或它上游服务商）的故障，与你的 DeepSeek 账号无关。`)
		+ (asked ? '' : '如果一直这样，请联系它的管理员。'),
	thisService: '这个 base URL 上的服务',
	deepseek: 'DeepSeek',
	relayKeyRejected: p =>
		p.product
			? `${p.name} 拒绝了这个 key。调用发往 ${p.name}，而不是 DeepSeek：它要的是在 ${p.name} 创建的 key。`
			: `${p.name} 拒绝了这个 key，而它不是 DeepSeek：它要的是那个服务给你的 key。`,
	deepSeekWebsite: host =>
		`${host} 是 DeepSeek 的网站，不是它的 API：调用它得到的是网页或拒绝，而不是 API 的响应。DeepSeek 的 API 地址是 https://api.deepseek.com。`,
	wrongEndpoint: (name, host) =>
		name
			? `你的调用发往 ${name}（${host}），而不是 DeepSeek：那里的错误和余额属于 ${name}，不是你的 DeepSeek 账号。`
			: `${host} 不是 DeepSeek 的 API：你的调用没有到达 DeepSeek，所以那里的余额和错误都不是 DeepSeek 的。`,
	pathNotFound: host => `${host} 对模型列表和对话调用都返回 404（找不到）：base URL 里的路径多半填错了（少了或多了 /v1 这样的一段）。请对照这个服务的文档检查 base URL。`,
	upstreamNotFound: p =>
		`你的调用按你设置的地址到达了 ${p.name}，它在自己的错误里转发了它背后那个服务的 404${p.said ? `（“${quoted(p.said)}”）` : ''}：缺的东西在那一边，多半是你请求的模型，它在那里已经不再提供。请换用它的其他模型，或者询问 ${p.name} 的管理员。问题不在 key，也不在地址。`,
	upstreamPathNotFound: p =>
		`你的调用发往 ${p.name}${p.local ? '（本机上的一个代理）' : ''}，它转发了 DeepSeek 自己的 404（意为“找不到，请检查配置”）：它确实连到了 DeepSeek，但用的地址不是 DeepSeek 提供的。${p.name} 里设置的 DeepSeek 地址不对：有的工具要 base 地址 https://api.deepseek.com，有的要完整的 https://api.deepseek.com/chat/completions。问题不在 key，也不在余额。`,
	officialPathNotFound: host => `${host} 能为你的 key 列出模型，却对对话调用返回 404（找不到）：你的调用走的路径不是 DeepSeek 提供的。请检查 base URL 和工具所用的 API 格式：DeepSeek 在 https://api.deepseek.com 接收对话调用（/chat/completions；Codex 这类使用 Responses API 的工具走 /responses），在 https://api.deepseek.com/anthropic 接收 Anthropic 格式的调用。`,
	interceptedAnswers: detail => joinedZh(leads.interceptedAnswers, detail),
	proxyPageAnswers: p =>
		`代替 ${p.host} 响应的是一个代理（从页面看是 ${p.proxy}）：你的调用经过它，${p.status >= 500 ? `而它连不上 ${p.host}（${quoted(p.detail)}）：是代理自己的出口（它的 DNS 或网络）出了问题，或者对它来说 ${p.host} 宕机了；与你的 key 和余额无关` : `而它拒绝了这些调用（${quoted(p.detail)}）`}。`,
	proxyTlsFails: p =>
		`代替 ${p.host} 响应的是一个代理（从页面看是 ${p.proxy}）：它会拦截 HTTPS，由它自己重新发起你的调用，而它自己到 ${p.host} 的安全连接失败了（HTTP ${p.status}，${p.proxy} 的 ERR_SECURE_CONNECT_FAIL）：它不信任 ${p.host} 的证书，或 TLS 握手失败。请联系代理的管理员；与你的 key 和余额无关。`,
	proxyRefusesByPolicy: p => `你和 ${p.host} 之间的一个代理按它的策略拒绝了这些调用（${quoted(p.detail)}）：${p.host} 不在它放行的范围内。问题不在你的 key，也不在余额；请让这个代理的策略放行 ${p.host}，或联系它的管理员。`,
	proxyAsksLogin: p => `你和 ${p.host} 之间的一个代理返回 HTTP 407（要求代理认证）：你的调用经过一个要求登录的代理（${quoted(p.detail)}）。请把代理的用户名和密码交给你的应用（写进代理 URL，例如 http://user:password@proxy:8080），或询问你所在网络的管理员。`,
	upstreamCertificate: p => `${p.name} 返回 HTTP ${p.status}，因为它自己对后面服务的调用失败了：它不信任那个服务的证书（${quoted(p.detail)}）。它出去的路上有东西在拦截 HTTPS，或者它所在的机器缺少根证书；重试没有用，问题也不在你的 key 或余额。`,
	localUpstreamUnreachable: p =>
		`你的调用发往 ${p.name}，这是这台电脑上的代理；它返回 HTTP ${p.status}，因为它连不上后面的服务（${quoted(p.detail)}）：那个服务根本没有响应。出问题的是代理出去的那段路（它经过的 VPN 或代理，或它所用的网络），不是 DeepSeek 的服务器，也不是你的 key 或余额；照原样重试很少有用。`,
	redirectToBaseUrl: p => `base URL 把调用重定向到 ${p.location}（HTTP ${p.status}），而不是给出响应：API 已经换到了那个地址。`,
	redirectToLogin: p => `base URL 把每次调用都重定向到 ${p.host} 上的登录页面（HTTP ${p.status}）：这个页面是给人在浏览器里登录用的，API 调用无法通过。问题不在你的 key，也不在余额。`,
	redirectMoved: p => `base URL 把调用重定向到 ${p.host} 上的同一个 API 调用（HTTP ${p.status}）：服务似乎搬到了那里。本工具不会跟随重定向，所以你的 key 没有发给它。`,
	redirectToDeepSeekApi: p => `base URL 把调用重定向到 DeepSeek 自己的 API（HTTP ${p.status}）：请直接把它的地址 https://api.deepseek.com 设为 base URL。`,
	redirectElsewhere: p =>
		p.deepSeek
			? `base URL 把调用重定向到 DeepSeek 的网站 ${p.host}（HTTP ${p.status}），而不是给出响应：DeepSeek 的 API 地址是 https://api.deepseek.com。`
			: `base URL 把调用重定向到 ${p.host}（HTTP ${p.status}），而不是给出响应：它不是 API 的地址。`,
	unreadableAnswers: (host, detail) => `${host} 返回的内容任何 API 客户端都无法解析（${quoted(detail)}）：base URL 多半填错了，或者中间的某个环节破坏了响应。`,
	invalidKey: detail => `${leads.invalidKey}。${detail}`,
	keyRejected: rest => `${leads.keyRejected}${rest}`,
	staleKeyRefused: (detail, saved) =>
		saved.kind === 'file'
			? `${detail}${saved.file} 设置了另一个 key（${saved.masked}，未检查）：这个终端或编辑器是在那一行改动之前打开的，用的仍是旧 key。`
			: `${detail}${windowsVariablesZh(saved.kind)}里保存的是另一个 key（${saved.masked}，未检查）：这个窗口或编辑器是在保存之前打开的，用的仍是旧 key。`,
	invalidKeyDuringIncident: (detail, status) =>
		`${detail}DeepSeek 状态页此刻也报告了故障（${unbracketed(status)}）：如果这个 key 以前能用，请等故障结束后再试。`,
	outageKeyRefused: status =>
		`DeepSeek 状态页报告了故障（${unbracketed(status)}），同时 key 被 401 拒绝：故障期间 DeepSeek 曾拒绝过有效的 key。请等它恢复后再试；如果之后仍然 401，再检查 key。`,
	rateLimited: p => {
		const notBalance = p.name !== 'DeepSeek' || p.balance === undefined
			? '这不是余额问题。'
			: p.balance === 'low'
				? '你的余额也不多了，而余额变少时 DeepSeek 会降低这个上限：充值可以提高它。'
				: '余额查询失败，所以还不知道余额是否也有影响（余额过低导致上限降低时，DeepSeek 的 429 会写着“based on your remaining balance”）。';
		if (p.status !== 429) {
			const sent = p.status === undefined ? '' : `（随 HTTP ${p.status} 发回，而不是 429）`;
			return p.name === 'DeepSeek' && p.byBalance
				? `同时发出的请求超出了当前余额允许的并发：DeepSeek 返回了限流错误${sent}。`
				: `请求太多：${p.name} 返回了限流错误${sent}。${notBalance}`;
		}
		return p.name !== 'DeepSeek'
			? `请求太多：${p.name} 返回 429（限流）。${notBalance}`
			: p.byBalance
				? 'DeepSeek 返回 429：同时发出的请求超出了当前余额允许的并发（余额越少，DeepSeek 给账号的并发上限越低）。'
				: `DeepSeek 返回 429 Rate Limit Reached：这个账号的并发请求太多。${notBalance}`;
	},
	rateLimitedBalanceEmpty: p =>
		`DeepSeek 返回 429 Rate Limit Reached：这个账号的并发请求太多。而且你的余额也已用完（${quoted(p.balance)}）：限流过去之后，调用会报 402，直到你充值。`,
	serverError: p => {
		if (p.name !== 'DeepSeek') {
			return {
				status: `${p.name} 那边出了故障：它返回 HTTP ${p.status}。这不是余额问题。`,
				empty: `没有收到回复：${p.name} 接受了调用，但在关闭连接前什么也没发。它过载或出了故障，不是余额问题。`,
				error_body: `${p.name} 接受了调用，但返回的是错误而不是回复：它过载或出了故障，不是余额问题。`,
			}[p.how];
		}
		const kind = p.status === 503 ? '服务器过载' : '服务器错误';
		if (p.emptyBalance !== undefined) {
			const empty = `而且你的余额也已用完（${quoted(p.emptyBalance)}）：DeepSeek 恢复之后，调用会报 402，直到你充值。`;
			return {
				status: `DeepSeek 返回 HTTP ${p.status}（${kind}）：这是 DeepSeek 那边的问题。${empty}`,
				empty: `DeepSeek 接受了调用，但没有返回回复（只有空白的 keep-alive 行，随后连接关闭）：它过载了。${empty}`,
				error_body: `DeepSeek 接受了调用，但返回的是错误而不是回复（请求在它的队列里排队超时）：它过载了。${empty}`,
			}[p.how];
		}
		return {
			status: `DeepSeek 返回 HTTP ${p.status}（${kind}）：这是 DeepSeek 那边的问题，不是余额问题。`,
			empty: 'DeepSeek 接受了调用，但没有返回回复（只有空白的 keep-alive 行，随后连接关闭）：它过载了，不是余额问题。',
			error_body: 'DeepSeek 接受了调用，但返回的是错误而不是回复（请求在它的队列里排队超时）：它过载了，不是余额问题。',
		}[p.how];
	},
	paidButRefused: (balance, traceId) =>
		`余额显示${quoted(balance) ? ` ${quoted(balance)}` : '还没用完'}，DeepSeek 却以 402 拒绝调用。这需要 DeepSeek 客服处理${traceId ? `（把 trace id ${traceId} 告诉他们）` : ''}。`,
	refusedBalanceUnknown: traceId =>
		`DeepSeek 以 402 Insufficient Balance 拒绝调用，而余额无法查询：请充值，然后确认款项已到账${traceId ? `（trace id ${traceId}）` : ''}。`,
	insufficient: balance => `${leads.insufficient}。${quoted(balance)}。`,
	modelNotFound: p => {
		const model = p.model === undefined ? '你的调用所指定的模型' : `模型“${p.model}”`;
		const head = p.listed
			? p.deepseek
				? `${p.name} 列出了${model}，却说它不存在（HTTP ${p.status}）：它的列表里还有一个已不再提供的模型。这不是 key 或余额的问题。`
				: `${p.name} 列出了${model}，但不让这个 key 使用（HTTP ${p.status}）：它在那里没有对你开放（网关只为部分 key 或分组转发某个模型）。`
			: `${p.name} 没有提供${model}（HTTP ${p.status}）：调用指定的模型它没有，或者不对这个 key 开放。这不是 key 或余额的问题。`;
		const list = p.others.length > 0 ? `它列出的模型有：${p.others.join('、')}。` : p.listUnread ? '无法读取它的模型列表。' : '';
		return head + list;
	},
	modelAccess: p => {
		const model = p.model === undefined ? '你的调用所指定的模型' : `模型“${p.model}”`;
		if (p.access === 'routing') {
			return `${p.name} 有${model}，但它转发这个模型的服务商中，没有一家能按这次调用的内容提供服务（HTTP ${p.status}）：调用要求了它们不支持的功能（例如工具调用），或者你在那里的账号设置（隐私、服务商）把它们排除了。这不是 key 或余额的问题。`;
		}
		return p.access === 'activate'
			? `${p.name} 拒绝调用${model}（HTTP ${p.status}）：你的账号在那里没有开通它。这不是 key 或余额的问题。`
			: `${p.name} 不允许用模型 ID 调用${model}（HTTP ${p.status}）：你在那里的账号只能用推理接入点的 ID（形如 ep-…）调用模型，接入点在它的控制台创建。这不是 key 或余额的问题。`;
	},
	modelUnpriced: p =>
		`${p.name} 拒绝调用${p.model === undefined ? '你的调用所指定的模型' : `模型“${p.model}”`}，因为它在那里没有设置价格（HTTP ${p.status}）：需要它的管理员来设置。这不是 key、余额或地址的问题。${p.others.length > 0 ? `它列出的模型有：${p.others.join('、')}。` : ''}`,
	modelRefusedUpstream: p =>
		`${p.name} 把${p.model === undefined ? '你的调用发送的模型名' : `模型名“${p.model}”`}原样转给了 ${p.upstream}，而 ${p.upstream} 没有叫这个名字的模型（HTTP ${p.status}）；它的响应里列出了它提供的模型名。这不是 key 或余额的问题。`,
	keyExposed: '你的 API key 已提交到这个文件夹里受 git 跟踪的文件中：能读取这个仓库的人都能花你的余额。请创建新 key，让你的程序改用它，再删掉这个旧 key。',
	edgeBlocked: p => {
		const what = p.block === 'challenge' ? '它对浏览器的验证' : p.block === 'blocked' ? '拒绝访问' : `Cloudflare 错误 ${p.block}`;
		return `${p.name} 前面的 Cloudflare 在调用到达服务之前就拒绝了它（HTTP ${p.status}，${what}）：问题不在 key，也不在余额。`;
	},
	requestModerated: p => `${p.name} 的内容审核拒绝的是请求里的内容（HTTP ${p.status}${p.said ? `，“${quoted(p.said)}”` : ''}），不是 key，也不是余额。`,
	requestRefused: p => `${p.name} 拒绝的是请求本身（HTTP ${p.status}${p.said ? `，“${quoted(p.said)}”` : ''}），不是 key，也不是余额。`,
	unknown: detail => joinedZh(leads.unknown, detail),
	blockedBehindLocalProxy: p =>
		`你的调用发往 ${p.name}，这是本机上的一个代理，它转发了后面上游服务商的响应：那个服务商锁定或暂停了代理在那里使用的账号（HTTP ${p.status}${p.said ? `，“${quoted(p.said)}”` : ''}）。${p.until === undefined ? '只有那个服务商能解除' : `它说锁定持续到 ${p.until}：等到那时，或请那个服务商提前解除`}，换 key 或充值都没有用。如果代理用你的 key 调用 DeepSeek，那就是你的 DeepSeek 账号。`,
	blocked: p => {
		const words = `HTTP ${p.status}${p.said ? `，“${quoted(p.said)}”` : ''}`;
		const sentence =
			p.what === 'account'
				? `${p.name} 封禁了你在那里的账号（${words}）：无论发送哪个 key，它都会拒绝这个账号的调用。${p.until !== undefined ? `它说封禁持续到 ${p.until}：等到那时，或请 ${p.name} 的管理员提前解除；` : p.deepseek ? `只有 ${p.name} 的管理员能解除封禁；` : ''}换 key 或充值都没有用。`
				: p.what === 'group'
				? `${p.name} 拒绝这个令牌所在的分组（${words}）：你的账号在那里不能用这个分组，或者它已不存在。在同一分组里换 key 没有用。`
				: p.deepseek
				? `${p.name} 禁用了这个令牌，或者它已过期（${words}）：请在 ${p.name} 的控制台重新启用它，或新建一个令牌。`
				: `${p.name} 禁用了这个令牌，或者它已过期（${words}）。`;
		return p.deepseek ? sentence : `${sentence}这与你的 DeepSeek 账号无关。`;
	},
	tokenExpiredThere: p => `据 ${p.name} 的记录，这个令牌已于 ${p.date} 过期：无论还剩多少额度，网关都会拒绝用它发出的每个调用。这与你的 DeepSeek 账号无关。`,
	keyNotSentInsecure: detail => `${leads.keyNotSentInsecure}。${detail}`,
	ok: balance => `没有发现问题${balance ? `。余额：${quoted(balance)}` : ''}。`,
	okBalanceUnread: '能检查的部分没有发现问题，但这里查询不到余额：余额够不够支付调用，只有真实调用才知道。',
	okWithWarnings: p => `目前没有会让调用失败的问题，但有 ${p.warnings.length} 个警告——${p.warnings.join('')}`,
	warning: p => `${p.title}：${quoted(p.summary)}。`,
	verdictNames: {
		ok: '没有问题',
		no_key: '没有 API key',
		invalid_key: 'key 未被接受',
		insufficient_balance: '余额不足',
		wrong_endpoint: '调用没有到达 DeepSeek',
		relay_insufficient_balance: '中转站的余额已用完',
		service_outage: 'DeepSeek 服务故障',
		rate_limited: '请求过多（限流）',
		server_error: '服务器错误',
		network_error: '网络错误',
		key_exposed: 'key 已泄露',
		model_not_found: '模型不可用',
		unknown: '原因不明',
	},
};
