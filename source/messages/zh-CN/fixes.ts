// 工具给出的每条解决办法（简体中文），与 ../fixes.ts 同一类型。
import {placeZh} from '../../text/dotenv-place.js';
import {anthropicBaseUrl, apiPaths, defaultBaseUrl, supportEmail} from '../../deepseek/facts.js';
import {afterChinese, appFixPlaceZh, appSettingPlaceZh, appSettingZh} from '../../text/app-setting.js';
import type {WindowsAddressAt} from '../../deepseek/wsl.js';
import {windowsVariablesZh} from '../../text/saved-key-place.js';
import {checkAtCommand, copyCommand, setCommand, setsForOneCommand, unsetCommand, type Shell} from '../../text/shell.js';
import type {FixMessages} from '../fixes.js';
import {deepSeekUrlInsteadOf} from '../../deepseek/url.js';
import {agentAppNames} from '../../deepseek/facts.js';
import {appSettingsZh} from '../../text/app-settings-place.js';

const shellNames: Record<Shell, string> = {sh: 'sh', fish: 'fish', nu: 'Nushell', powershell: 'PowerShell', cmd: '命令提示符'};

/** "在 PowerShell 中", "在命令提示符中": a space only beside a Latin name. */
const inShellName = (shell: Shell) => (shell === 'cmd' ? `在${shellNames[shell]}中` : `在 ${shellNames[shell]} 中`);

const inShell = (shell: Shell, command: string) => (shell === 'sh' ? command : `${inShellName(shell)}执行 ${command}`);

/** "例如 export …"; "例如在 PowerShell 中执行 …" (no space between Chinese characters). */
const forExample = (shell: Shell, command: string) => `例如${shell === 'sh' ? ' ' : ''}${inShell(shell, command)}`;

const runAgainWith = (shell: Shell, name: string, value: string) =>
	setsForOneCommand(shell) ? `加上 ${name}=${value} 再运行一次` : `${inShellName(shell)}先执行 ${setCommand(name, value, shell)}，再运行一次`;

const windowsAddressAt: Record<WindowsAddressAt, string> = {gateway: 'ip route show default 显示的网关地址', ipconfig: '在 Windows 里运行 ipconfig 看到的 IPv4 地址'};

const setxNote = (shell: Shell, name: string) => (setsForOneCommand(shell) ? '' : `；用 setx ${name} sk-… 设置的只对之后打开的窗口生效，当前窗口不生效`);

const networkFixes: Record<string, string> = {
	proxy: '检查 HTTPS_PROXY、HTTP_PROXY 里的代理，或用 NO_PROXY 让这个主机不经过它',
	dns: '检查 base URL 有没有拼错，再检查 DNS（换个网络试试）',
	dns_official: '换一个 DNS 服务器，或换个网络试试',
	timeout: '检查网络连接和防火墙，然后用更长的 --timeout 再试',
	timeout_proxy: '检查 HTTPS_PROXY、HTTP_PROXY 里的代理，然后用更长的 --timeout 再试',
	connection_refused: '检查 base URL 的主机名和端口，以及那里的服务是否在运行',
};

export const fixMessages: FixMessages = {
	setKeyCommand: p => inShell(p.shell, setCommand('DEEPSEEK_API_KEY', 'sk-…', p.shell)),
	createKey: '在 DeepSeek 开放平台创建 API key',
	saveDotenvUtf8: file => `把${placeZh(file)} 另存为 UTF-8（记事本：文件 › 另存为，编码选 UTF-8），然后再运行一次 deepseek-fix`,
	halfWidthEquals: p => `把${placeZh(p.file)} 第 ${p.line} 行 DEEPSEEK_API_KEY 后面的全角“＝”改成半角“=”（切换到半角模式输入，Shift+空格），然后再运行一次 deepseek-fix`,
	loadSavedKey: saved =>
		saved.kind === 'file' ? `打开一个新终端，或运行 source ${saved.file}，然后再运行一次 deepseek-fix` : '打开一个新的终端窗口（程序在编辑器里运行的话，重启编辑器），然后再运行一次 deepseek-fix',
	useStartupKey: saved =>
		saved.kind === 'file'
			? `使用 ${saved.file} 里的 key：打开一个新终端或运行 source ${saved.file}，程序在编辑器里运行的话重启编辑器，然后再运行一次 deepseek-fix`
			: `使用 ${windowsVariablesZh(saved.kind)}里的 key：打开一个新的终端窗口（程序在编辑器里运行的话，重启编辑器），然后再运行一次 deepseek-fix`,
	fillBlankKey: p =>
		`在设置 DEEPSEEK_API_KEY 的地方填入你的 key（它现在是空的：脚本引用的变量从没设置过，或者 .env 文件没有加载），${forExample(p.shell, setCommand('DEEPSEEK_API_KEY', 'sk-…', p.shell))}${setxNote(p.shell, 'DEEPSEEK_API_KEY')}（或在向导里粘贴）`,
	createKeyIfNone: '还没有 key？先在 DeepSeek 开放平台创建一个，再按上一条填进 DEEPSEEK_API_KEY',
	setKey: p => `在你的工具中设置这个 key，${forExample(p.shell, setCommand('DEEPSEEK_API_KEY', 'sk-…', p.shell))}${setxNote(p.shell, 'DEEPSEEK_API_KEY')}（或在向导里粘贴）`,
	checkKeyInTool: '查看你的工具实际发送的是哪个 key，或创建一个新 key',
	checkSentKey: '查看你的工具实际发送的是哪个 key',
	appToDeepSeek: p => `${appFixPlaceZh(p.app, p.file)}把 ${p.setting} 设为 ${p.url}（现在 ${agentAppNames[p.app]} 把 DeepSeek key 发给了 ${p.host}）`,
	checkAppKey: p => `检查 ${agentAppNames[p.app]} 发送的 key：${p.command}`,
	replaceVariableKey: p =>
		p.dotenvFile ? `把${placeZh(p.dotenvFile)} 中的 ${p.variable} 设为可用的 key` : `在启动你的工具的 shell 里把 ${p.variable} 设为可用的 key（如果 shell 的启动文件设置了它，也在那里改）`,
	replaceAppKey: p =>
		p.keyVariable
			? `在启动 ${agentAppNames[p.app]} 的 shell 里把环境变量 ${appSettingZh(p.app, p.keyVariable)} 设为可用的 key`
			: p.file
				? `把 ${agentAppNames[p.app]} 的 ${p.file} 里的 key 换成可用的`
				: `把 ${appSettingsZh[p.app]}里的 key 换成可用的`,
	copyKeyAgain: '在你的工具读取 key 的地方，从 API keys 页面重新复制（或手动输入）key，前后不要带别的字符',
	unwrapKey: {
		bearer: '在设置 key 的地方（.env 文件、配置或环境变量）去掉 key 前面的“Bearer”一词：只保留 sk-… 这部分',
		quoted: '在设置 key 的地方（.env 文件、配置或环境变量）去掉 key 两边的引号',
		assignment: '在设置 key 的地方只保留 sk-… 这部分，不要带上那一行里它前面的内容',
	},
	findKey: '找到正确的 key，或创建一个新的',
	topUp: '充值（按量付费；支持支付宝、微信支付、银行卡、PayPal）',
	transactions: '确认付款已经成功（处理中或被拒绝的付款不计入余额）',
	sameAccount: '确认你充值的账号就是这个 key 所属的账号（手机号登录和 Google／邮箱登录是不同的账号）',
	support: traceId => `联系 DeepSeek 客服（${supportEmail}）${traceId ? `，附上 trace id ${traceId}` : ''}`,
	useDeepSeek: '要使用你的 DeepSeek 账号，请把 base URL 设为 https://api.deepseek.com 并使用 DeepSeek 的 key',
	useDeepSeekAnthropic: `要使用你的 DeepSeek 账号，请把 base URL 设为 ${anthropicBaseUrl}（DeepSeek 的 Anthropic API 兼容地址）并使用 DeepSeek 的 key`,
	gatewayToken: p => `请求头 ${p.header}：让你的工具在里面发送 ${p.name} 自己的令牌，DeepSeek key 照常发送（或者关闭它的认证设置）`,
	gatewayKey: p => `请求头 ${p.header}：让你的工具在里面发送一个有效的 ${p.name} API key，DeepSeek key 照常发送`,
	bypassGateway: name => `或者直接调用 DeepSeek：把 base URL 设为 https://api.deepseek.com（同一个 DeepSeek key 可以直接用，不经过 ${name}）`,
	relayConsole: name => `在 ${name} 的控制台查看你的 key、余额和设置`,
	checkKeyThere: p => `使用在 ${p.name} 创建的 key（在它的 API key 页面），并查看你的工具实际发送的是哪个 key`,
	raiseKeyLimit: name => `在 ${name} 的 key 设置里调高或取消这个 key 自己的额度上限`,
	relayTopUp: name => `在 ${name} 充值（而不是在 DeepSeek）`,
	relaySettle: name => `在 ${name} 结清账号欠费：到它的账单页面付清（而不是在 DeepSeek）`,
	relayAddPayment: name => `在 ${name} 的账单页面添加付款方式（而不是在 DeepSeek）`,
	billingInMenu: fix => `${fix}；链接会打开你的工作区，再点菜单里的“计费”`,
	gatewayOwner: '请网关管理员给你的令牌充值',
	gatewayOwnerAccount: '请网关管理员给你在那里的账号充值（是账号额度，不是令牌额度）',
	askOperator: name => `请 ${name} 的管理员为你在那里的余额或令牌充值`,
	askAdminBudget: name => `请 ${name} 上你所属工作区或组织的管理员提高预算（充值或换新 key 都没有用）`,
	useHttps: '把 base URL 改成这个服务的 https:// 地址，然后再检查一次',
	changeFlaggedContent: '改写或删掉被审核拦下的内容（提示词、系统提示词、附带的文件，或应用每次都会重发的历史消息），然后再试',
	changeRequest: '修改应用发送的请求（长度、max_tokens、内容或消息顺序：每个工具调用后面紧跟它的工具消息），然后再试',
	lowerMaxTokens: '在你的工具里调低 max_tokens（或缩短提示词）：请求所需超出了剩余额度',
	shorterPrompt: '发送更短的对话（开一个新对话，或在你的工具里调小上下文长度）：单是输入就超出了剩余额度',
	shorterPromptCapped: p => `发送更短的对话（开一个新对话，或在你的工具里调小上下文长度）：你在那里的 key 只接受${p.tokens === undefined ? '一定 token 数' : ` ${p.tokens} 个 token `}以内的输入`,
	paidKeyAt: name => `换用 ${name} 的付费 key：它的免费 key 只接受较短的输入`,
	askOperatorForPaidKey: name => `请向 ${name} 的管理员要一个付费 key：免费 key 只接受较短的输入`,
	standardContext: '换用模型的标准上下文，不用它的 1M 上下文版本（在 Claude Code 里用 /model 切换）',
	extraUsageOn: name => `在 ${name} 为你的订阅开启额外用量，或请管理员开启`,
	addExtraUsage: name => `在 ${name} 为你的订阅开启额外用量，或购买更多（在它的用量页面，不是 API 的账单页面；也不是在 DeepSeek）`,
	extraUsageOnOwn: p => `在 ${p.page} 的用量设置里开启额外用量（Claude Code 里用 /extra-usage），需要先添加付款方式`,
	statusPage: '关注 DeepSeek 状态页',
	retryLater: '稍后重试，并使用指数退避（402 和 401 不要重试）',
	retryAfterChargeSettles: p => `等一分钟后重试。如果一直不消失，请联系 ${p.ask}`,
	allowMoreTime: '用更长的 --timeout 重试（例如 --timeout 60000），或等服务不忙时再试',
	retryAfterInFlight: '按响应给出的等待时间（Retry-After 头，单位为秒）后重试：之前的调用结算后，这个 402 就会消失',
	retryAfterOutage: '等 DeepSeek 恢复后再重试，并使用指数退避（这些 401 可能是故障造成的）',
	proxyLogin: '在代理的 URL 里写上用户名和密码：http://user:pass@host:port',
	proxyLoginWrong: '改正代理 URL 里的用户名或密码，以代理管理员给你的为准（特殊字符要百分号编码：@ 写成 %40）',
	startLocalProxy: p => `启动 ${p.proxy} 上的代理软件（它没有运行，或端口不对）${p.measured ? '' : `，或取消设置 ${p.variable} 直接连接`}`,
	checkRemoteProxy: p => `向代理的管理员核对 ${p.variable} 里代理的主机和端口（${p.proxy}）${p.measured ? '' : `，或取消设置 ${p.variable} 直接连接`}`,
	unsetProxy: p => `在运行你的程序的地方取消设置 ${p.variables.join('、')}（${inShell(p.shell, unsetCommand(p.variables, p.shell))}）：直连可以连上 ${p.host}`,
	repairProxy: p => `修好 ${p.variables.join('、')} 里的代理，或请它的管理员修：这个网络只能经它连上服务`,
	proxySpeaksSocks: p => `把 ${p.variable} 设为 ${p.socks}${p.password ? '，把 … 换成你的代理密码' : ''}，或者改成代理软件的 HTTP 或混合端口`,
	proxyLoginNotBasic: '在本机运行一个替你完成 Windows 登录的代理（Cntlm、Px），并把 HTTPS_PROXY 指向它',
	badProxy: p => {
		switch (p.problem.kind) {
			case 'no_scheme':
				return `把 ${p.variable} 写成 http://${p.problem.bare}，或取消设置它，改为直连`;
			case 'full_width':
				return `把 ${p.variable} 改用半角写成 ${p.problem.bare}，或取消设置它，改为直连`;
			case 'socks4':
				return `把 ${p.variable} 改成代理的 socks5:// 或 http:// 地址，或取消设置它，改为直连`;
			case 'quoted':
				return `去掉 ${p.variable} 值两边的引号`;
			case 'login':
				return `把 ${p.variable} 密码里的“/”“?”或“#”写成 %2F、%3F 和 %23`;
			default:
				return `把 ${p.variable} 写成 http://host:port（需要登录时写成 http://user:password@host:port），或取消设置它`;
		}
	},
	lowerConcurrency: '减少并发请求，遇到 429 时退避重试',
	lowerConcurrencyAnyStatus: '减少并发请求，被拒绝的请求退避重试',
	network: (reason, host, viaProxy = false) =>
		reason === 'tls'
			? `有代理或杀毒软件在拦截 HTTPS：放行 ${host}，或设置 NODE_EXTRA_CA_CERTS`
			: (networkFixes[reason === 'timeout' && viaProxy ? 'timeout_proxy' : (reason ?? '')] ?? '检查网络连接、防火墙和代理设置'),
	setBaseUrl: p => `把 base URL 设为 ${p.base}`,
	plainPort: p => `改正 base URL 里的端口或 https://：${p.at} 不接受 TLS（以服务文档给出的地址为准）`,
	askForAddressWithoutLogin: p => `请 ${p.host} 的管理员提供一个没有登录页面的地址，或一个随调用发送的服务令牌`,
	wholeEndpoint: `如果你的工具按你填写的地址原样调用，就填写完整接口地址：${defaultBaseUrl}${apiPaths.chatCompletions}（大多数工具会自己加上 ${apiPaths.chatCompletions}）`,
	baseUrlWithoutPath: p => `在会自己加上 ${p.path} 的工具里（SDK 和大多数工具），把 base URL 设为不带这段路径的 ${p.base}`,
	anthropicWithoutVersion: p => `在 Claude Code 和其他会自己加上 /v1/messages 的工具里，把 base URL 设为不带 /v1 的 ${p.base}`,
	correctBasePath: p => `按${p.name === undefined ? '这个服务的' : ` ${p.name} `}文档给出的 API 调用地址改正 base URL 里的路径`,
	withoutDeepSeekPath: p => `把 ${p.name} 的 base URL 设为不带 ${p.path} 的 ${p.base}：${p.path} 是 DeepSeek 自己的测试版功能地址，${p.name} 不提供`,
	safeExperienceModeOff: p => `在 ${p.name} 控制台的开通管理页面，为这个模型调整或关闭“安心体验模式”，让调用按付费价格继续`,
	freeTierOnlyOff: p => `在 ${p.name} 的控制台为这个模型关掉“只用免费提供的额度”这个设置，让调用按付费价格继续`,
	trustInterceptor: p => {
		if (p.issuer && p.systemTrusted) return `${runAgainWith(p.shell, 'NODE_USE_SYSTEM_CA', '1')}，让 Node 信任这台电脑信任的证书（“${p.issuer}”）；你的 Node 程序也要这样设置（Node 22.19 或更新版本）`;
		const certificate = p.issuer && p.chainRoot ? `“${p.issuer}”之上的根证书“${p.chainRoot}”` : p.issuer ? `“${p.issuer}”的证书` : '会检查 HTTPS 的代理或杀毒软件的证书';
		const whose = p.proxy ? `（向代理 ${p.proxy} 的管理员索取）` : '';
		return !p.extra ? `把 NODE_EXTRA_CA_CERTS 指向${certificate}${whose}，再运行一次`
			: p.extra.readable && p.extra.missingRoot ? `把“${p.extra.missingRoot}”的证书${whose}加进 NODE_EXTRA_CA_CERTS 指向的 ${p.extra.file}`
			: p.extra.readable ? `把${certificate}${whose}加进 NODE_EXTRA_CA_CERTS 指向的 ${p.extra.file}`
			: `${p.extra.file} 无法读取：把 NODE_EXTRA_CA_CERTS 指向一个可读的、含有${certificate}的文件${whose}`;
	},
	trustMissingRoot: p =>
		`把“${p.root}”的证书${p.proxy ? `（向代理 ${p.proxy} 的管理员索取）` : ''}和 ${p.path}（${p.variable}）里的证书放进同一个文件，再把 NODE_EXTRA_CA_CERTS 指向这个文件`,
	trustOtherToolsCa: p => `${runAgainWith(p.shell, 'NODE_EXTRA_CA_CERTS', p.path)}：这是你的其他工具信任的证书（${p.variable}），Node 只从这个变量读取`,
	localProxyAccount: p => `在 ${p.name}（运行在本机上）里：给它在服务商那里使用的账号充值，或改用别的账号、服务商或免费模型`,
	localNoProxy: p => `在运行你的程序的地方把 ${p.host} 加进 NO_PROXY，否则它发往本机的请求会交给 ${p.variable} 里的代理`,
	nodeEnvProxy: p =>
		`${setsForOneCommand(p.shell) ? '用 NODE_USE_ENV_PROXY=1 运行你的 Node 程序（NODE_USE_ENV_PROXY=1 node app.js；Node 22.21 或 24 及更新版本）' : `${inShellName(p.shell)}运行 ${setCommand('NODE_USE_ENV_PROXY', '1', p.shell)}，再在那里启动你的 Node 程序（Node 22.21 或 24 及更新版本）`}，让它经过 ${p.variable} 里的代理；旧版 Node 上，给它的客户端配上代理（openai 包：在 fetchOptions 里把 undici 的 ProxyAgent 设为 dispatcher）`,
	throughOtherToolsProxy: p => `${runAgainWith(p.shell, 'HTTPS_PROXY', p.suggested)}${p.login ? `（在 // 后面加上 ${p.variable} 里的用户名和密码）` : ''}：这是 ${p.variable} 里的代理，你的程序的请求很可能经它发出`,
	throughSystemProxy: p => `${runAgainWith(p.shell, 'HTTPS_PROXY', p.proxy)}：这是 ${p.settings}给浏览器用的代理；在运行你的程序的地方也设置它`,
	systemProxyDown: p => `启动在 ${p.settings}里设置了 ${p.proxy} 的代理软件或 VPN，或在那里关掉系统代理`,
	systemPac: p => `问问这个网络的管理员，${p.settings}给浏览器访问 ${p.host} 用的是哪个代理，再把 HTTPS_PROXY 设为它，本工具和你的程序都要设置`,
	proxyShadows: p => `取消设置 ${p.variable}，改用 ${p.twin} 里的代理，或修正 ${p.variable}`,
	noProxyBypass: p => `从 ${p.noProxy} 里删除“${p.entry}”，让发往 ${p.host} 的调用经过 ${p.variable} 里的代理`,
	otherToolsProxy: p => `启动 ${p.proxy} 上的代理，或在运行你的程序的地方取消设置 ${p.variable}`,
	callFromServedRegion: p => `${p.name} 不为你发出调用的国家或地区提供服务：只在它提供服务的地方使用它，或改用在你所在地区提供服务的服务商；如果 ${p.name} 是网关，起作用的是它自己的服务器从哪里发出调用，只有它的管理员能改`,
	allowCallerNetwork: p => `从 ${p.name} 中这个资源允许的网络发起调用（有专用终结点时经由它），或在它的网络（防火墙）设置里把调用发出的 IP 地址加进允许的地址`,
	allowCallerAddress: p => `在 ${p.name} 的控制台里，把调用发出的 IP 地址加进这个 key 允许的 IP 列表，或清空这个列表；如果 ${p.name} 看到的不是你的地址（它前面有代理或负载均衡），只有它的管理员能解决`,
	localGatewayChannels: p => `查看 ${p.name} 的日志，再检查为这个模型服务的渠道：服务商的 key、base URL 和代理`,
	setClock: p =>
		({
			wsl: '把时钟调准：在 WSL 里运行 sudo hwclock -s（或在 Windows 里运行 wsl --shutdown，再重新打开 WSL）；电脑睡眠后，WSL 2 的时钟常会变慢',
			linux: '把时钟调准：运行 sudo timedatectl set-ntp true 打开时间同步',
			darwin: '把时钟调准：系统设置 › 通用 › 日期与时间 › 打开“自动设置日期与时间”',
			win32: '把时钟调准：设置 › 时间和语言 › 日期和时间 › 打开“自动设置时间”，再点“立即同步”',
		})[p.system],
	oldCertificateOnTheWay: p => `如果时钟是准的，就是中间有东西为 ${p.host} 出示了旧证书：在代理或杀毒软件里对它关闭 HTTPS 检查，或者换一个网络试试`,
	lapsedCertificate: p => `告诉 ${p.host} 的管理员：它的证书已在 ${p.on} 过期`,
	wslMirrored: '打开 WSL 的镜像网络模式，让 127.0.0.1 指向 Windows（需要 Windows 11 22H2 或更新版本）：在 %UserProfile%\\.wslconfig 里的 [wsl2] 下加上 networkingMode=mirrored，再运行 wsl --shutdown',
	wslProxyAtWindows: p =>
		p.suggested === undefined
			? `或者把 ${p.variable} 设为 WSL 看到的 Windows 地址（${windowsAddressAt[p.readAt]}），端口不变，并在代理软件里打开“允许局域网连接”（Allow LAN）`
			: `或者设置 ${p.variable}=${p.suggested}（WSL 看到的 Windows 地址），并在代理软件里打开“允许局域网连接”（Allow LAN）`,
	wslServiceAtWindows: p =>
		`或者把 base URL 里的 ${p.loopback} 换成 ${p.windowsHost === undefined ? `WSL 看到的 Windows 地址（${windowsAddressAt[p.readAt]}）` : `${p.windowsHost}（WSL 看到的 Windows 地址）`}，并让中转站监听所有地址（0.0.0.0），在 Windows 防火墙里放行它的端口`,
	containerProxyAtHost: p =>
		p.suggested === null
			? `把 ${p.variable} 设为容器看到的宿主机地址（host.docker.internal，或 ip route show default 显示的网关地址），端口不变，并在代理软件里打开“允许局域网连接”（Allow LAN）`
			: `设置 ${p.variable}=${p.suggested}（容器看到的宿主机），并在代理软件里打开“允许局域网连接”（Allow LAN）`,
	containerServiceAtHost: p =>
		p.suggested === null
			? `把 base URL 里的 ${p.loopback} 换成容器看到的宿主机地址（host.docker.internal，或 ip route show default 显示的网关地址），并让中转站监听所有地址（0.0.0.0）`
			: `把 base URL 设为 ${p.suggested}（容器看到的宿主机），并让中转站监听所有地址（0.0.0.0）`,
	containerRunInside: p =>
		p.what === 'proxy'
			? p.place === 'codespace' ? `取消设置${p.variable === null ? '代理变量' : ` ${p.variable}`}：codespace 可以直接连上互联网` : `或者在${p.place === 'pod' ? ' Pod ' : '容器'}能直接连上互联网时，取消设置${p.variable === null ? '代理变量' : ` ${p.variable}`}`
			: p.place === 'codespace' ? '改用一个从互联网能访问的中转站，或者在 codespace 里运行中转站'
			: p.place === 'pod' ? '或者把中转站作为边车容器放进这个 Pod，这样 127.0.0.1 就能连到它'
			: '或者在容器里（或同一个容器网络里）运行中转站或网关',
	podServiceAddress: p =>
		p.variable === null
			? `把 base URL 里的 ${p.loopback} 换成中转站在集群里的 Service 名字（NAME.NAMESPACE.svc.cluster.local）`
			: `把 ${p.variable} 设为代理在集群里的 Service 地址（http://NAME.NAMESPACE.svc.cluster.local:PORT）`,
	wslRunInside: p => (p.what === 'proxy' ? '或者在 WSL 里运行代理' : '或者在 WSL 里运行中转站或网关'),
	hostAliasOutside: p => `在容器外运行时，把 base URL 设为 ${p.suggested}`,
	addHostGateway: p => `在 Linux 上的容器里运行时，启动容器时加上 --add-host=${p.name}:host-gateway（Compose 里写 extra_hosts: ["${p.name}:host-gateway"]）`,
	composeServiceOutside: p =>
		`在 Compose 之外运行时，把 base URL 设为 ${p.suggested}；${p.name} 发布的端口不是 ${p.port} 时换成它（docker compose port ${p.name} ${p.port} 会显示）`,
	fakeIpApp: p => `打开你的代理软件（Clash、Surge、sing-box 等）：确认它在运行，换一个节点，或在它的规则里把 ${p.host} 设为直连（DIRECT）`,
	fakeIpUnrouted: p => `启动你的代理软件（Clash、Surge、sing-box 等）并打开 TUN 模式${p.proxyNamed ? '' : '，或把 HTTPS_PROXY 设为它的 HTTP 端口（例如 http://127.0.0.1:7890）'}`,
	flushDns: p => `如果代理软件已经退出，清除 DNS 缓存：${p.command}`,
	hostsEntry: p => `删除 ${p.hostsFile} 里 ${p.host} 那一行，或在广告拦截工具里放行它，然后清除 DNS 缓存：${p.command}`,
	privateDnsEntry: p => `查看 ${p.hostsFile} 里有没有 ${p.host}，再查路由器或广告拦截工具的 DNS；对比：nslookup ${p.host} 1.1.1.1`,
	localUpstreamNetwork: p => `检查 ${p.name} 是怎样连到后面的服务的：它自己的代理设置，以及这台电脑上的 VPN 或系统代理（有人开着 VPN 才能用，也有人关掉才行）；要分辨，把 base URL 设为 https://api.deepseek.com 再运行一次 deepseek-fix，这样就绕过了这个代理`,
	enableService: p =>
		p.refused === 'personal'
			? `在 ${p.name} 改用团队（组织）账号，不要用个人账号：在那里创建一个团队，用它发起调用`
			: p.refused === 'role'
			? `请 ${p.name} 的管理员给你的角色加上使用这项服务的权限（或给你换一个有这个权限的角色）`
			: p.refused === 'consumer'
			? `请 ${p.name} 的管理员允许这个 key（它的消费者）使用你的调用所走的路由，或改用那里已放行的消费者的 key`
			: `在 ${p.name} 的控制台为你的账号开通这项服务（组织账号由组织的管理员开通），或改用已经开通的团队账号`,
	accountConsole: p => `在 ${p.name} 的控制台查看你的账号属于哪个组织或团队`,
	useOwnApp: p => `只在 ${p.name} 自己的应用里使用它，或改用面向 API 调用的套餐或 key`,
	ownAppConsole: p => `在 ${p.name} 的控制台查看它有没有接受其他程序 API 调用的套餐`,
	moderationConsole: p => `如果请求本身没问题，请在 ${p.name} 的控制台查看你的 key 或工作区是否设置了会拦下它的防护规则或内容过滤（你或工作区的管理员可以修改）`,
	upstreamCertificate: p => `在运行 ${p.name} 的机器上（如果它在本机运行，就是你的机器）：关掉那里拦截 HTTPS 的东西（代理、杀毒软件或调试工具），或把它的证书加进受信任的根证书；否则请联系它的管理员`,
	rotateKey: '更换 key：在 API keys 页面删除它并创建新的（不要把 key 提交进仓库）',
	setAlert: '下次提前收到提醒：用 cron 运行 deepseek-fix balance --below 5',
	usage: '在用量页面查看钱花在了哪里',
	pricing: '查看每 token 的价格',
	errorCodes: '查看 DeepSeek 的错误码说明',
	useListedModel: p =>
		p.models.length > 0
			? `改用服务列出的模型，例如 ${p.models.join('、')}：写在请求的 model 参数里，或应用设置的模型字段里`
			: '改用服务自己的模型列表里的模型：写在请求的 model 参数里，或应用设置的模型字段里',
	deepseekModels: '在 DeepSeek 的“模型 & 价格”页面查看当前的模型名',
	relayModelNames: p =>
		`${p.name} 对 DeepSeek 模型有自己的命名（OpenRouter：deepseek/deepseek-chat；硅基流动：deepseek-ai/DeepSeek-V3）：请从它的模型列表里原样复制 id，大小写也要一致`,
	askProviderToUnblock: p => `请 ${p.name} 转发调用的那个上游服务商（按它响应里说的，找它的客服）解除对那个账号的锁定，或让 ${p.name} 改用别的账号或服务商`,
	askOperatorToUnblock: p => `请 ${p.name} 的管理员解除对你账号的封禁（只有管理员能做到）`,
	setKeyFrom: p =>
		`把 DEEPSEEK_API_KEY 设为 ${p.variable} 里的 key（${p.masked}），${forExample(p.shell, copyCommand('DEEPSEEK_API_KEY', p.variable, p.shell))}${p.baseUrl ? `，再运行 ${checkAtCommand(p.baseUrl)}（你的工具把它发到那里）` : ''}；或在向导里选择它`,
	setKeyFromApp: p =>
		`${agentAppNames[p.app]} 发送的 key（${p.masked}）来自${afterChinese(appSettingPlaceZh(p.app, p.variable, p.file))}：要检查它，把 DEEPSEEK_API_KEY 设成它${p.baseUrl ? `并运行 ${checkAtCommand(p.baseUrl)}` : ''}，或在向导里选择它`,
	setKeyFromProjectEnv: p => `把 DEEPSEEK_API_KEY 设为${placeZh(p.file)} 里 ${p.variable} 的 key（${p.masked}），或在向导里粘贴它`,
	setKeySentFromFile: p =>
		`${p.file ? `${placeZh(p.file)} 里 ` : ''}${p.variable} 的 key（${p.masked}）被发往 ${p.baseUrl}，${p.baseFile ? `${placeZh(p.baseFile)} 里的 ` : ''}${p.baseVariable} 指向那里：要在那里检查它，把 DEEPSEEK_API_KEY 设为这个 key 并运行 ${checkAtCommand(p.baseUrl)}；或在向导里选择它`,
	baseUrlToVendor: p =>
		`把${p.baseFile ? `${placeZh(p.baseFile)} 里的 ` : ' '}${p.baseVariable} 设为 ${deepSeekUrlInsteadOf(p.vendor)}，让 ${p.variable} 里的 DeepSeek key（${p.masked}）发往 DeepSeek，而不是 ${p.vendor} 的 API`,
	enableToken: p => `在 ${p.name} 的控制台重新启用这个令牌，或在那里新建一个`,
	moveTokenGroup: p => `在 ${p.name} 的控制台把这个令牌改到你的账号能用的分组（或在这样的分组里新建一个令牌），或者问管理员该用哪个分组`,
	extendToken: p => `在 ${p.name} 的控制台延长这个令牌的有效期，或在那里新建一个`,
	askOperatorToMapModel: p => `请 ${p.name} 的管理员把这个模型名映射成 ${p.upstream} 提供的名字（在渠道上设置模型重定向），或者问清该用哪个名字`,
	activateModel: p => `在 ${p.name} 的控制台（模型开通页面）开通这个模型，再重新调用`,
	routingSettings: p => `在那里换一个其服务商支持你的调用内容的模型，或在 ${p.name} 的控制台检查账号的隐私和服务商设置`,
	useEndpointId: p => `在 ${p.name} 的控制台为这个模型创建推理接入点，把它的 ID（ep-…）作为调用的“model”发送`,
	askOperatorForModel: p => `请 ${p.name} 的管理员为你的 key 开通这个模型（在你的 key 所在的分组里为它配置渠道），或者问清该用哪个名字`,
	askOperatorToPriceModel: p => `请 ${p.name} 的管理员为这个模型设置价格（在 New API 里是模型倍率或价格设置；只给自己用的网关也可以开启自用模式）；如果网关是你自己运行的，就由你来设置`,
	askOperatorForUpstream: p => `请 ${p.name} 的管理员为它在 ${p.upstream} 使用的账号充值（问题不在你在 ${p.name} 的余额），或把你的调用转给其他服务商`,
	askSupportForUpstream: p => `请 ${p.name} 的客服给它自己在 ${p.upstream} 的账号充值（不是你的账号），或在那里改用由其他服务商提供的模型`,
	askOperatorAboutRequest: p => `如果同样的请求一再被拒绝，请问 ${p.name} 的管理员它接受什么样的请求`,
	askOperatorAboutLimits: p => `问问 ${p.name} 的管理员：它允许你的 key 发多少请求，能否调高`,
	otherProvider: p => `如果一直出错，让 ${p.name} 把这个模型的调用交给别的上游服务商（不要在应用里固定只用一个），或在那里换一个模型`,
	askOperatorAboutErrors: p => `如果它一直出错，请告诉 ${p.name} 的管理员：只有他们能看到那一端出了什么问题`,
	deepSeekAddressInProxy: p =>
		`在 ${p.name}（运行在本机上）里按它要求的形式设置 DeepSeek 的地址：base 地址 https://api.deepseek.com；它要求完整接口地址时，填 https://api.deepseek.com/chat/completions`,
	askOperatorAboutMove: p => `问问 ${p.name} 的管理员，服务是否搬到了 ${p.base}；如果是，就把它设为 base URL（每次调用都会把你的 key 发给它）`,
	askOperatorAboutDeepSeekAddress: p =>
		`请 ${p.name} 的管理员改正它转发调用时所用的 DeepSeek 地址（https://api.deepseek.com；要求完整接口地址时为 https://api.deepseek.com/chat/completions）`,
	askOperatorToLetThrough: p => `请 ${p.name} 的管理员让 API 调用通过它的 Cloudflare 防护；在此之前，换一个网络（或不用 VPN）调用也许能通过`,
};
