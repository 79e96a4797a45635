// HTTP 失败和无法解析的响应（简体中文），与 ../http.ts 同一类型。
import type {HttpFailureMessages, ProxyMessages, ShapeMessages} from '../http.js';

export const httpFailureMessages: HttpFailureMessages = {
	invalidUrl: p => `“${p.url}”不是有效的 http(s) URL，所以没有发出请求。`,
	insecureUrl: p => `拒绝通过明文 http 把你的 API key 发给 ${p.host}：请使用 https:// 的 base URL（明文 http 只允许发往本机，例如 localhost）。`,
	timeout: p => `${p.host} 在 ${p.seconds} 秒内没有响应：服务可能很慢，或从这里无法访问；请重试，或用 --timeout 多给些时间。`,
	timeoutViaProxy: p =>
		`${p.host} 在 ${p.seconds} 秒内没有响应（经过代理 ${p.proxy}，来自 ${p.variable}）：代理或它后面的服务可能很慢，或无法访问；请检查代理、重试，或用 --timeout 多给些时间。`,
	tunnelUnanswered: p =>
		`${p.host} 在 ${p.seconds} 秒内没有响应：代理 ${p.proxy}（来自 ${p.variable}）接受了连接，却始终没有答复建立隧道的请求。代理要等连上服务后才答复这个请求（Squid 默认最多等一分钟），所以它可能还在尝试连接 ${p.host}（它的出口或 DNS 很慢或被拦截），也可能卡住了：请用更长的 --timeout（例如 70000）重试，看代理自己的答复；如果仍然没有答复，请检查或重启代理。`,
	tunnelClosed: p =>
		`代理 ${p.proxy}（来自 ${p.variable}）打开了到 ${p.host} 的隧道，但在 ${p.host} 响应之前隧道就已关闭：代理软件（Clash、v2rayN 等）的节点连不上这个域名，或者规则拦截了它，就会这样。`,
	timeoutMidBody: p => `${p.host} 开始返回响应（HTTP ${p.status}），但没有发完就停了（${p.seconds} 秒后放弃）：请稍后再试。`,
	aborted: p => `发往 ${p.host} 的请求在完成前被取消了。`,
	unsendableKey: p => `没有发出，因为 key 里有 HTTP 请求无法携带的字符（${p.characters.join('、')}）。`,
	connectionRefused: p => `${p.host} 拒绝了连接：请检查 base URL 中的主机和端口，以及服务是否在运行。`,
	connectionReset: p => `${p.host} 没有响应就关闭了连接：可能是防火墙、代理或 VPN 切断了连接；请重试，或换个网络。`,
	connectionClosedMidBody: p => `${p.host} 在响应中途关闭了连接（HTTP ${p.status}）：响应不完整，请重试。`,
	dns: p => `无法解析 ${p.host}：请检查地址拼写和 DNS／网络。`,
	networkUnreachable: p => `没有通往 ${p.host} 的网络路由：请确认这台电脑已联网（以及 VPN 的状态）。`,
	tlsUntrusted: p => {
		const head = p.issuer && p.systemTrusted
			? `${p.host} 出示的证书由“${p.issuer}”签发，这台电脑自己的证书库信任这个签发者（公司或杀毒软件会把自己的证书装进去），但 Node 不读这个证书库。`
			: p.issuer
			? `${p.host} 出示的证书由“${p.issuer}”签发，这台电脑不信任这个签发者。`
			: `这台电脑不信任 ${p.host} 的证书。`;
		const proxied = p.proxy
			? `这次连接经过代理 ${p.proxy.shown}（来自 ${p.proxy.variable}）：很可能是这个代理在检查 HTTPS，并用它自己的证书替换了服务的证书（如果它只是转发连接，不被信任的就是服务自己的证书）。`
			: undefined;
		if (p.issuer && p.systemTrusted) return `${head}${proxied ?? ''}加上 NODE_USE_SYSTEM_CA=1 再运行（需要 Node 22.19 或更新版本；你的 Node 程序也要这样设置），或换个网络。`;
		const cause = proxied ?? '常见原因是公司代理或会检查 HTTPS 的杀毒软件。';
		const its = p.issuer && p.chainRoot ? `这个签发者之上的根证书“${p.chainRoot}”`
			: p.issuer ? `“${p.issuer}”的证书` : p.proxy ? '这个代理的证书' : '它的证书';
		const advice = !p.extra ? `请把 NODE_EXTRA_CA_CERTS 指向${its}，或换个网络。`
			: p.extra.readable && p.extra.missingRoot ? `NODE_EXTRA_CA_CERTS 指向的 ${p.extra.file} 只有这条证书链的一部分，没有它的根证书“${p.extra.missingRoot}”，而 Node 需要根证书（只有中间证书不够）。请把“${p.extra.missingRoot}”的证书加进这个文件，或换个网络。`
			: p.extra.readable ? `NODE_EXTRA_CA_CERTS 指向的 ${p.extra.file} 里没有签发它的那张证书：请把${its}加进这个文件（或把 NODE_EXTRA_CA_CERTS 指向它），或换个网络。`
			: `NODE_EXTRA_CA_CERTS 指向的 ${p.extra.file} 无法读取（不存在，或当前用户无权读取）：Node 会给出警告并忽略它。请把 NODE_EXTRA_CA_CERTS 指向${its}，或换个网络。`;
		return `${head}${cause}${advice}`;
	},
	tlsExpired: p => `${p.host} 的证书已过期（或者这台电脑的时钟不对）：请检查日期和时间后再试。`,
	tlsNameMismatch: p => `${p.host} 出示的证书属于别的域名：你和服务之间的某个环节（代理、DNS、网络认证页面）在冒充它响应。`,
	tlsHandshake: p => `到 ${p.host} 的安全连接（TLS）失败（${p.code}）：请确认这个服务支持 base URL 里的 https://，并检查中间的代理。`,
	notHttp: p => `${p.host} 返回的不是 HTTP：请检查 base URL 的端口和 http/https。`,
	other: p => `发往 ${p.host} 的请求失败：${p.detail}`,
};

/** 取消设置代理变量之后：直连，或改用 `fallback` 里的代理。 */
const unsetZh = (fallback: string | undefined) => (fallback ? `改用 ${fallback} 里的代理` : '改为直连');

/** `failed` 的最后一句；`unsetHelps: false`：直连也不通，不再建议取消设置。 */
const failedAdviceZh = (p: {variable: string; fallback?: string | undefined; unsetHelps?: boolean}) =>
	p.unsetHelps === false ? `请检查代理，或修正 ${p.variable}。` : `请检查代理，或取消设置 ${p.variable}，${unsetZh(p.fallback)}。`;

export const proxyMessages: ProxyMessages = {
	refused: p =>
		p.unsetHelps === false
			? `代理 ${p.proxy}（来自 ${p.variable}）拒绝了连接：请启动代理，或修正 ${p.variable}。`
			: `代理 ${p.proxy}（来自 ${p.variable}）拒绝了连接：请启动代理、修正 ${p.variable}，或取消设置它，${unsetZh(p.fallback)}。`,
	unreachable: p =>
		p.unsetHelps === false
			? `无法连接代理 ${p.proxy}（来自 ${p.variable}；${p.code}）：请检查代理，或修正 ${p.variable}。`
			: `无法连接代理 ${p.proxy}（来自 ${p.variable}；${p.code}）：请检查代理、修正 ${p.variable}，或取消设置它，${unsetZh(p.fallback)}。`,
	dns: p =>
		p.unsetHelps === false
			? `无法解析代理 ${p.proxy}（来自 ${p.variable}）的主机名：请检查拼写。`
			: `无法解析代理 ${p.proxy}（来自 ${p.variable}）的主机名：请检查拼写，或取消设置 ${p.variable}，${unsetZh(p.fallback)}。`,
	authRequired: p => `代理 ${p.proxy}（来自 ${p.variable}）要求登录（HTTP ${p.status}）：请把用户名和密码写进代理 URL，例如 http://user:password@proxy:8080。`,
	authRejected: p => `代理 ${p.proxy}（来自 ${p.variable}）不接受 URL 里的登录信息（HTTP ${p.status}）：请检查用户名和密码（特殊字符要百分号编码，例如 @ 写成 %40）。`,
	authNotBasic: p =>
		`代理 ${p.proxy}（来自 ${p.variable}）要求 Windows 登录（HTTP 407：${p.schemes}），本工具无法提供（只能用代理 URL 里的 Basic 登录）：请在本机运行一个替你登录的代理（Cntlm、Px），把 ${p.variable} 设为它，或向代理管理员要一个 Basic 登录。`,
	socksAuthRequired: p => `SOCKS 代理 ${p.proxy}（来自 ${p.variable}）要求登录：请把用户名和密码写进代理 URL，例如 socks5://user:password@127.0.0.1:1080。`,
	socksAuthRejected: p => `SOCKS 代理 ${p.proxy}（来自 ${p.variable}）不接受 URL 里的登录信息：请检查用户名和密码（特殊字符要百分号编码，例如 @ 写成 %40）。`,
	socksTargetRefused: p =>
		`SOCKS 代理 ${p.proxy}（来自 ${p.variable}）连到了 ${p.host}，但对方拒绝了 ${p.port} 端口上的连接：那里没有服务在接收连接。请检查 base URL 中的端口；如果端口没错，那就是那里的服务停了。`,
	socksNameUnreachable: p =>
		`SOCKS 代理 ${p.proxy}（来自 ${p.variable}）连不上 ${p.host}（主机不可达）：代理自己解析主机名，它要么解析不了这个名字，要么没有通往它的路由。请先检查 base URL 中的主机名，再检查代理的 DNS 和规则，或把主机加进 NO_PROXY。`,
	socksAddressUnreachable: p =>
		`SOCKS 代理 ${p.proxy}（来自 ${p.variable}）连不上 ${p.host}（主机不可达）：代理没有通往这个地址的路由。请检查 base URL 中的地址和代理的规则，或把主机加进 NO_PROXY。`,
	socksRefusedTarget: p =>
		`SOCKS 代理 ${p.proxy}（来自 ${p.variable}）无法连接到这个服务：${p.detail}代理可能屏蔽了这个主机，或者没有通往它的路由：请检查代理的规则，或把主机加进 NO_PROXY。`,
	refusedTunnel: p => `代理 ${p.proxy}（来自 ${p.variable}）拒绝建立到服务的连接（HTTP ${p.status}）：代理可能屏蔽了这个主机；请联系代理管理员，或把主机加进 NO_PROXY。`,
	refusedByRules: p => `代理 ${p.proxy}（来自 ${p.variable}）拒绝建立到 ${p.host} 的连接（HTTP ${p.status}）：要么它的规则不为这台电脑服务，要么屏蔽了 ${p.host}；请联系代理管理员，或把主机加进 NO_PROXY。`,
	refusedClient: p => `代理 ${p.proxy}（来自 ${p.variable}）拒绝建立到 ${p.host} 的连接（HTTP ${p.status}）：它的规则不为这台电脑服务，与访问哪个主机无关；请联系代理管理员放行这台电脑，或把主机加进 NO_PROXY。`,
	refusedFiltered: p => `代理 ${p.proxy}（来自 ${p.variable}）拒绝建立到 ${p.host} 的连接（HTTP ${p.status}）：它的过滤规则屏蔽了 ${p.host}；请联系代理管理员放行 ${p.host}，或把主机加进 NO_PROXY。`,
	refusedTunnelPort: p =>
		`代理 ${p.proxy}（来自 ${p.variable}）拒绝建立到 ${p.host} 的 ${p.port} 端口的连接（HTTP ${p.status}）：许多代理（Squid、tinyproxy 的默认规则）只允许连到 443 端口；请联系代理管理员放行 ${p.port} 端口、改用服务在 443 端口上的地址，或把主机加进 NO_PROXY。`,
	notHttpProxy: p => `代理 ${p.proxy}（来自 ${p.variable}）的响应不是 HTTP 代理的响应：请检查 ${p.variable} 里的端口；SOCKS 代理的 URL 以 socks5:// 开头。`,
	speaksSocks: p =>
		`代理 ${p.proxy}（来自 ${p.variable}）没有答复建立隧道的请求就断开了连接：这个端口用的是 SOCKS5 协议，不是 HTTP（Clash 的 mixed-port 两种都支持，默认 7890）。Python 的 httpx 要先装上 "httpx[socks]" 扩展才能用 ${p.socks}。`,
	notSocksProxy: p => `代理 ${p.proxy}（来自 ${p.variable}）的响应不是 SOCKS5 代理的响应：请检查 ${p.variable} 里的端口；HTTP 代理的 URL 以 http:// 开头。`,
	tlsPlainProxy: p =>
		`代理 ${p.proxy}（来自 ${p.variable}）不支持 TLS，但它的 URL 以 https:// 开头（${p.code}）：大多数代理（包括本机的代理）只接受普通 HTTP；请在 ${p.variable} 里写 http://，访问 https 网站也是如此。`,
	tlsProxy: p =>
		`到代理 ${p.proxy}（来自 ${p.variable}）的安全连接（TLS）失败（${p.code}）：如果代理用的是它自己的证书，请把 NODE_EXTRA_CA_CERTS 指向这个证书；如果它只接受普通 HTTP，请在 ${p.variable} 里写 http://。`,
	tunnelUnreached: p =>
		`代理 ${p.proxy}（来自 ${p.variable}）连不上这个服务（建立隧道时返回 HTTP ${p.status}）：可能是服务本身，或代理自己的出口出了问题；请稍后再试，如果一直这样，请联系代理管理员。`,
	goingDirectWorks: p => `${p.failed}直连可以连上 ${p.host}：取消设置 ${p.variables.join('、')} 就够了，除非这个网络必须走代理。`,
	goingDirectFails: p => `${p.failed}直连也连不上（${p.code}）：这个网络需要代理（或没有联网），取消设置 ${p.variables.join('、')} 也没用。`,
	goingDirectRefused: p => `${p.failed}直连时 ${p.hostPort} 拒绝连接（${p.code}）：主机连得上，但那里的服务没有运行或不在这个端口，所以只取消设置 ${p.variables.join('、')} 没用。`,
	goingDirectFirewall: p => `${p.failed}直连时 ${p.hostPort} 拒绝连接（${p.code}）：DeepSeek 的 API 不会拒绝连接，是这个网络的防火墙挡住了直连；这个网络需要代理，取消设置 ${p.variables.join('、')} 也没用。`,
	failed: p => `代理 ${p.proxy}（来自 ${p.variable}）出错：${p.detail}${failedAdviceZh(p)}`,
	tunnelNotTls: p =>
		`代理 ${p.proxy}（来自 ${p.variable}）打开了到 ${p.host} 的隧道，但隧道里传回的是明文，不是 TLS（${p.code}）：是代理或它后面的过滤设备在代替 ${p.host} 应答（拦截页或登录页）；请找代理的管理员放行 ${p.host}。`,
	tunnelPlainPort: p =>
		`隧道里传回的是明文，不是 TLS：代理 ${p.proxy}（来自 ${p.variable}）打开了到 ${p.host}:${p.port} 的隧道（${p.code}），这个端口上的应答多半是普通 HTTP，所以 base URL 里的端口或 https:// 写错了（少数情况下是代理或它后面的过滤设备在代替它应答）。`,
	badVariable: p => {
		switch (p.problem.kind) {
			case 'no_scheme':
				return `${p.variable} 里是不带协议的 ${p.problem.bare}：请写成 http://${p.problem.bare}（curl 和 Python 的 requests 会这样理解；Node 程序，包括本工具，都需要写明 http://），或取消设置它，改为直连。`;
			case 'full_width':
				return `${p.variable} 里有全角字符（${p.problem.characters}），是中文输入法打出来的：请改用半角，写成 ${p.problem.bare}，或取消设置它，改为直连。`;
			case 'socks4':
				return `${p.variable} 指向的是 SOCKS4 代理，本工具（和 Node 的 HTTP 客户端一样）用不了：请改用代理的 socks5:// 或 http:// 地址，或取消设置它，改为直连。`;
			case 'quoted':
				return `${p.variable} 的值首尾带着引号，引号成了值的一部分（Windows 的 set 命令和一些 .env、Docker 文件会保留引号）：请去掉引号。`;
			case 'login':
				return `${p.variable} 里的密码含有未编码的“/”“?”或“#”，代理地址在那里就被截断了：请把它们写成 %2F、%3F 和 %23（http://user:pa%2Fss@host:port）。`;
			default:
				return `${p.variable} 里不是代理 URL：请写成 http://host:port（需要登录时写成 http://user:password@host:port），或取消设置它，改为直连。`;
		}
	},
};

export const shapeMessages: ShapeMessages = {
	balance: {
		notAnObject: '余额接口的响应不是 JSON 对象，所以不是 DeepSeek 的 /user/balance。',
		noAvailability: '余额接口的响应里没有 true/false 的 "is_available"：它不是 DeepSeek 的 /user/balance。',
		noBalanceList: '余额接口的响应里没有 "balance_infos" 列表：它不是 DeepSeek 的 /user/balance。',
		badEntry: p => `余额接口响应中 "balance_infos" 的第 ${p.index + 1} 项不是带货币的对象。`,
		badCurrency: p => `余额接口响应中 "balance_infos" 第 ${p.index + 1} 项的货币不是 CNY、USD 这样的货币代码。`,
		badAmount: p => `余额接口响应第 ${p.index + 1} 项的 "${p.field}" 不是十进制金额。`,
	},
	models: {
		notAnObject: '模型列表的响应不是 JSON 对象。',
		notAList: '模型列表的响应不是列表（"object" 不是 "list"）。',
		noDataList: '模型列表的响应里没有 "data" 模型列表。',
		badEntry: p => `模型列表的第 ${p.index + 1} 项没有字符串类型的 "id"。`,
	},
	status: {
		notAnObject: '状态页的响应不是带 "data" 的 JSON 对象。',
		noComponents: '状态页的响应里没有 "components" 列表。',
		badComponent: p => `状态页的第 ${p.index + 1} 个组件没有字符串类型的 "name" 和 "status"。`,
		unknownStatus: p => `状态页报告了本工具不认识的组件状态（“${p.status}”），所以服务状态未知。`,
	},
};
