// 各项检查的结果（简体中文）：与 ../checks.ts 同一类型，少一句、多一句都通不过类型检查。
import {amountText} from '../../text/amount.js';
import type {CheckMessages} from '../checks.js';
import type {ContainerNameKind} from '../../deepseek/container-names.js';
import type {ContainerKind} from '../../deepseek/container.js';
import type {SystemProxySource} from '../../deepseek/system-proxy.js';
import type {FakeIpFailure} from '../../deepseek/fake-ip.js';
import {serviceStates} from './words.js';
import {placeZh} from '../../text/dotenv-place.js';
import {vendorRefusal} from '../../deepseek/url.js';
import {agentAppNames} from '../../deepseek/facts.js';
import {afterChinese, appFixPlaceZh, appSetsZh, appSettingPlaceZh, inEnvironmentFile} from '../../text/app-setting.js';
import {windowsHowZh, windowsVariablesZh} from '../../text/saved-key-place.js';
import {joinedZh} from '../../text/clause.js';

/** 被检查的 key（otherInApp 的开头）。 */
const keyChecked = (file: string) => ({
	env: 'DEEPSEEK_API_KEY',
	dotenv: `${file} 中的 DEEPSEEK_API_KEY`,
	remembered: '已记住的 key',
	prompt: '你粘贴的 key',
	claude_code: 'Claude Code 设置里的 key',
	opencode: 'OpenCode 配置里的 key',
	continue: 'Continue 配置里的 key',
	aider: 'Aider 设置里的 key',
	codex: 'Codex 配置里的 key',
	variable: `${file} 里的 key`,
	none: '没有 key',
}) as const;

export const systemProxySettings: Record<SystemProxySource, string> = {
	windows: 'Windows 的代理设置',
	macos: 'macOS 的网络代理设置',
	gnome: 'GNOME 的网络代理设置',
	kde: 'KDE 的代理设置',
};

const keyFound = (file: string) => ({
	env: '来自 DEEPSEEK_API_KEY。',
	dotenv: `来自${placeZh(file)} 中的 DEEPSEEK_API_KEY（当前终端没有设置它；这里读取 ${file} 的程序会发送它）。`,
	remembered: '来自已记住的设置。',
	prompt: '来自你粘贴的内容。',
	claude_code: '来自 Claude Code 的设置。',
	opencode: '来自 OpenCode 的配置。',
	continue: '来自 Continue 的配置。',
	aider: '来自 Aider 的设置。',
	codex: '来自 Codex 的配置。',
	variable: `来自 ${file}。`,
	none: '没有找到。',
}) as const;

/** 每个“因 401 被拒绝”的句子都以这几个字开头。 */
/** How a direct connection failed before TLS, after 而. */
const connectionFailedHow = (failure: FakeIpFailure, ms: number, code: string) =>
	failure === 'refused' ? '它拒绝了连接'
	: failure === 'reset' ? `连接中途断开了（${code}）`
	: failure === 'timeout' ? `在 ${ms} ms 内没有连上`
	: `连接失败（${code}）`;

const rejected401 = '被拒绝（401）';

/** Docker 或 Podman 给宿主机起的名字：在 Linux 上要加的选项由解决办法说。 */
const hostAliasSaid = (name: string, tool: string) =>
	`无法解析 ${name}：这是 ${tool} 在容器里给宿主机（运行容器的那台电脑）起的名字，只在容器里能解析。在宿主机上，同一个服务的地址是 localhost。`;

const containerNameSaid: Record<ContainerNameKind, (name: string) => string> = {
	docker_host: name => hostAliasSaid(name, 'Docker'),
	podman_host: name => hostAliasSaid(name, 'Podman'),
	service_name: name =>
		`无法解析 ${name}：不带点的名字多半是 Docker Compose 的服务名，只有同一个 Compose 网络里的容器能解析（也可能是局域网里某台电脑的名字）。在 Compose 之外，这个服务的地址是 localhost 加上它发布的端口。`,
};

const inWslMode = (mode: string | null) => (mode === null || mode === 'nat' ? '在它默认的 NAT 网络模式下' : `在它现在的 ${mode} 网络模式下`);

/** Where it runs, with 在 and 里: a space only beside a Latin name. */
const inContainer: Record<Exclude<ContainerKind, 'codespaces' | 'kubernetes'>, string> = {docker: '在 Docker 容器里', podman: '在 Podman 容器里', devcontainer: '在 Dev Container 里', other: '在容器里'};

const containerSaid = (p: {loopback: string; kind: ContainerKind; what: string}) =>
	p.kind === 'codespaces'
		? `而这里是 GitHub codespace：${p.loopback} 是这个 codespace 自己（在云端的虚拟机里），所以连不到在你自己电脑上运行的${p.what}。`
		: p.kind === 'kubernetes'
		? `而这里运行在 Kubernetes Pod 里：${p.loopback} 指的是这个 Pod 自己，只有 Pod 里的容器共用它，所以连不到在别处（你的电脑、节点、别的 Pod）运行的${p.what}。`
		: `而这里运行${inContainer[p.kind]}：${p.loopback} 指的是容器自己，所以连不到运行容器的那台电脑上的${p.what}。`;

const trace = (id: string | undefined) => (id ? `trace id：${id}。` : '');

const bodyProblems: Record<string, string> = {
	empty: '空内容',
	not_json: '网页而不是 JSON',
	malformed_json: '残缺或被截断的 JSON',
	too_large: '远超 API 响应大小的内容',
	undecodable: '无法解压的压缩内容',
};

const otherToolsTrust = (variable: string, path: string, holdsIssuer: boolean | undefined, missingRoot: string | undefined) =>
	holdsIssuer === false && missingRoot !== undefined
		? `你的其他工具信任 ${path}（${variable}）里的证书，但这个文件只有这条证书链的一部分，没有它的根证书“${missingRoot}”，而 Node 需要根证书（只有中间证书不够）：只把 NODE_EXTRA_CA_CERTS 设为 ${path} 没有用。`
		: holdsIssuer === false
		? `你的其他工具信任 ${path}（${variable}）里的证书，但这个文件里没有签发这张证书的机构：把 NODE_EXTRA_CA_CERTS 设为 ${path} 也没有用。`
		: `你的其他工具信任 ${path}（${variable}）里的证书，但 Node 不读这个变量：加上 NODE_EXTRA_CA_CERTS=${path} 再运行一次。`;

export const checkMessages: CheckMessages = {
	crashed: message => joinedZh('检查本身出错', message),
	cancelled: '已取消。',
	overran: ms => `${ms} ms 内没有结果，已放弃。`,
	unreached: {
		noConnection: '无法连接，未检查（原因见“网络”）。',
		badProxy: p => `${p.variable} 不是可用的代理 URL，未检查（原因见“网络”）。`,
		keyRefused: 'key 被拒绝，未查询（原因见“身份验证”）。',
		answersSlowly: p => `已连上，但 ${p.seconds} 秒内没有响应：服务响应很慢，可用 --timeout 多给些时间。`,
	},

	http: {
		bodyProblem: (what, status, problem) => `HTTP ${status}，${what}失败：返回的是${bodyProblems[problem] ?? ` ${problem}`}。`,
		redirect: (what, status, location) => `HTTP ${status}，${what}失败：重定向到 ${location}（未跟随）。`,
		binary: (what, status, bytes) => `HTTP ${status}，${what}失败：返回的是 ${bytes} 字节的二进制内容，不是文本。`,
		status: (what, status, serverSays) => (serverSays ? `HTTP ${status}，${what}失败：“${serverSays}”。` : `HTTP ${status}，${what}失败。`),
	},

	keyPresent: {
		title: 'API key',
		missing: '没有找到 API key：请设置 DEEPSEEK_API_KEY，或在向导里粘贴一个。',
		blankEnv: 'DEEPSEEK_API_KEY 已设置但为空（空字符串或只有空格），所以不会发送任何 key：把你的 key 填进去，或在向导里粘贴一个。',
		missingButElsewhere: p =>
			`DEEPSEEK_API_KEY 里没有 key，但 ${p.variable} 里有一个 DeepSeek 格式的 key（${p.masked}），OpenAI SDK 或 Claude Code 会读取它：要检查这个 key，请把 DEEPSEEK_API_KEY 设成它，或在向导里${p.offered ? '选择' : '粘贴'}它。`,
		missingButInApp: p =>
			`DEEPSEEK_API_KEY 里没有 key，但${afterChinese(appSetsZh(p.app, p.variable, p.file))}一个 DeepSeek 格式的 key（${p.masked}），这就是 ${agentAppNames[p.app]} 发送的 key：要检查它，请把 DEEPSEEK_API_KEY 设成它，或在向导里选择它。`,
		dotenvUtf16: p =>
			`没有 key：${placeZh(p.file)} 设置了 DEEPSEEK_API_KEY，但文件保存成了 ${p.encoding}（记事本里的一种“Unicode”编码），dotenv 和 python-dotenv 都读不了，这里的程序也就拿不到这个 key。请把它另存为 UTF-8。`,
		dotenvFullWidthEquals: p =>
			`没有 key：${placeZh(p.file)} 第 ${p.line} 行用全角“＝”设置 DEEPSEEK_API_KEY（中文输入法在全角模式下会打出它），dotenv 和 python-dotenv 都不认这一行，这里的程序也就拿不到这个 key。请切换到半角模式（Shift+空格），把“＝”改成“=”。`,
		savedNotLoaded: saved =>
			saved.kind === 'file'
				? `当前 shell 的环境里没有 key，但 ${saved.file} 里设置了 DEEPSEEK_API_KEY：在写入那一行之前打开的 shell 没有读到它，不经过你的 shell 启动的程序（IDE、cron、服务）也读不到。请打开一个新终端，或运行 source ${saved.file}；IDE 或 cron 要在它们自己的设置里配置。`
				: `当前窗口的环境里没有 key，但 DEEPSEEK_API_KEY 已保存在 ${windowsVariablesZh(saved.kind)}里${windowsHowZh}：只有保存之后打开的窗口和编辑器才有它。请打开一个新终端；程序在编辑器（VS Code、PyCharm）里运行的话，重启编辑器。`,
		found: (source, file, variableFile) => (source === 'variable' && variableFile ? `来自${placeZh(variableFile)} 中的 ${file}。` : keyFound(file)[source]),
		foundInAppVariable: p => `来自${afterChinese(appSettingPlaceZh(p.app, p.name, inEnvironmentFile))}（${agentAppNames[p.app]} 发送的 key）。`,
		otherInStartup: p =>
			p.saved.kind === 'file'
				? `来自 DEEPSEEK_API_KEY（${p.used}），但 ${p.saved.file} 设置了另一个 key（${p.saved.masked}）：那一行改动之前打开的终端或编辑器用的仍是旧 key。请打开一个新终端或运行 source ${p.saved.file}，并重启编辑器。`
				: `来自 DEEPSEEK_API_KEY（${p.used}），但 ${windowsVariablesZh(p.saved.kind)}里保存的是另一个 key（${p.saved.masked}）：保存之前打开的窗口或编辑器用的仍是旧 key。请打开一个新终端，并重启编辑器。`,
		otherInApp: p =>
			`检查的是${afterChinese(keyChecked(p.file)[p.source])}（${p.used}）；${agentAppNames[p.app]} 发送的是另一个 key（${p.masked}），来自${afterChinese(appSettingPlaceZh(p.app, p.name, p.settingsFile))}：它的调用用的是那个 key 的账号。${
				p.more > 0 ? `另有 ${p.more} 个应用也发送另一个 key。` : ''}`,
		appKeyToVendor: p =>
			`${p.noKey ? 'DEEPSEEK_API_KEY 里没有 key。' : ''}${appSettingPlaceZh(p.app, p.name, p.settingsFile)} 是 DeepSeek 的 key（${p.masked}），但 ${agentAppNames[p.app]} 把它发给了 ${p.host}，而不是 DeepSeek：那里会拒绝它（${vendorRefusal[p.vendor]}）。请${appFixPlaceZh(p.app, p.fixFile)}把 ${p.setting} 设为 ${p.url}。${p.noKey ? '要检查这个 key 本身，请把 DEEPSEEK_API_KEY 设成它，或在向导里选择它。' : ''}`,
		keyToVendor: p =>
			`${p.baseFile ? `${placeZh(p.baseFile)} 里的 ` : ''}${p.baseVariable} 把${p.file ? `${placeZh(p.file)} 里` : ''} ${p.variable} 里的 DeepSeek key（${p.masked}）发往 ${p.vendor} 自己的 API，而不是 DeepSeek：那里会以 401 拒绝它。`,
		withCodexIgnored: (summary, p) =>
			`${summary}Codex 会忽略 ${p.file} 里的 DeepSeek 服务商设置：无论项目是否受信任，项目配置都不能设置 model_provider 或 model_providers；请把它们写进 ${p.instead}。`,
		otherInProjectEnv: p =>
			`来自 DEEPSEEK_API_KEY（${p.used}），但${placeZh(p.file)} 设置了另一个 key（${p.inFile}）。dotenv 和 python-dotenv 不会覆盖已经设置的变量，所以从这个终端启动的程序发送的是 ${p.used}，检查用的也是它；要发送 ${p.file} 里的 key，请取消设置 DEEPSEEK_API_KEY，或让两者一致。`,
	},

	keyFormat: {
		title: 'key 格式',
		noKey: '没有可检查的 key。',
		looksRight: masked => `${masked} 看起来是 DeepSeek 的 key。`,
		foreign: vendor => `这看起来是 ${vendor} 的 key，不是 DeepSeek 的。`,
		whitespace: 'key 前后带有空格或换行，有些工具会把它们一起发出去。',
		quoted: 'key 两边有引号：请在设置它的地方去掉引号。',
		bearer: 'key 以“Bearer ”开头：工具会自己加上这个词，于是会发出“Bearer Bearer sk-…”。在设置它的地方只保留 sk-… 部分。',
		wholeLine: {
			env: '.env 文件里的一整行',
			sh: '一整行 shell 命令',
			powershell: '一整行 PowerShell 命令',
			nushell: '一整行 Nushell 命令',
			cmd: '一整行 cmd 命令',
			fish: '一整行 fish 命令',
			setx: '一整条 setx 命令',
		},
		assignment: p => `key 以“${p.prefix}”开头：${p.line}都填进了变量，而不只是 key。在设置它的地方只保留 sk-… 部分。`,
		nonAscii: characters =>
			`key 里有非 ASCII 字符（${characters.join('、')}：不可见或形似正常字符，多半是从网页、PDF 或聊天里复制时带进来的）。HTTP 请求无法携带这些字符（Python 的客户端会报 UnicodeEncodeError）：请从 API keys 页面重新复制，或手动输入。`,
		aroundKey: characters =>
			`key 前后有不是普通空格的字符（${characters.join('、')}：不换行空格、全角空格或 BOM）。HTTP 请求无法携带这些字符：Python 的客户端会报 UnicodeEncodeError，Node 的 fetch 也会报错。本工具会去掉它们，所以它的调用可能成功，你的程序却会失败：请在设置 key 的地方删掉它们。`,
		fullWidth: characters =>
			`key 里有全角字符（${characters.join('、')}），是中文输入法在全角模式下打出来的。HTTP 请求无法携带这些字符：请把输入法切换到半角（Shift+空格）后重新输入，或从 API keys 页面重新复制。`,
		setAt: (summary, p) => `${summary}它设置在${placeZh(p.file)} 的第 ${p.line} 行。`,
		placeholder: '这看起来是示例里的占位符，不是真正的 key。',
		unusual: '格式不像 DeepSeek 的 key（sk- 加 32 位十六进制字符），以服务器的判断为准。',
	},

	network: {
		title: '网络',
		dnsSlow: (host, ms) => `解析 ${host} 超过 ${ms} ms：DNS 很慢或无法访问。`,
		dnsFailed: host => `无法解析 ${host}：请检查 base URL 的拼写和 DNS。`,
		dnsFailedOfficial: host => `无法解析 ${host}：这台电脑使用的 DNS 服务器查不到它的地址；换一个 DNS 服务器或网络试试。`,
		containerNameUnresolved: p => containerNameSaid[p.kind](p.name),
		reached: (host, tls, ms, proxy) => (proxy ? `代理 ${proxy} 可以连通，用时 ${ms} ms。` : `${host} 可以连通${tls ? '，TLS 正常' : ''}，用时 ${ms} ms。`),
		reachedAfterOthers: p => `${p.reached}${p.others.join('、')} 没能连上，改用 ${p.address} 才连上；先等 ${p.others.join('、')} 的程序可能会因此变慢。`,
		tlsFailed: (host, code) => `到 ${host} 的 TLS 连接失败（${code}）：可能有代理或杀毒软件在拦截 HTTPS。`,
		plainAnswer: p =>
			p.reset
				? `到 ${p.host}:${p.port} 的 TLS 连接失败（${p.code}）：这个端口上的程序在 TLS 握手一开始就断开了连接，只接受普通 HTTP 的程序会这样，所以 base URL 多半应以 http:// 开头，而不是 https://。`
				: p.local
				? `到 ${p.host}:${p.port} 的 TLS 连接失败（${p.code}）：这个端口上的程序用的是普通 HTTP，不是 HTTPS，所以 base URL 应以 http:// 开头，而不是 https://。`
				: `到 ${p.host}:${p.port} 的 TLS 连接失败（${p.code}）：这个端口上的应答不是 TLS（多半是普通 HTTP）：base URL 里的端口或 https:// 写错了。`,
		trustedElsewhere: p => `${p.failed}${otherToolsTrust(p.variable, p.path, p.holdsIssuer, p.missingRoot)}`,
		refused: (host, port) => `${host}:${port} 拒绝了连接。`,
		certificateNotYetValid: p =>
			`${p.host} 出示的证书要到 ${p.from} 才生效（到 ${p.to} 为止），而这台电脑的时钟是 ${p.now}：几乎可以肯定是时钟慢了。把时钟调准，连接就能成功。`,
		certificateExpired: p =>
			`${p.host} 出示的证书已在 ${p.to} 过期（生效于 ${p.from}），而这台电脑的时钟是 ${p.now}。${
				p.atDeepSeek
					? '如果时钟是准的，就是中间有东西（代理或杀毒软件）出示了一张旧证书：DeepSeek 让自己的证书过期的可能性很小。'
					: `如果时钟是准的，就是 ${p.host} 的证书过期了：只有它的管理员能续期。`
			}`,
		wslRefused: p =>
			`${p.host} 拒绝了连接，而这里是 WSL 2：${inWslMode(p.mode)}，${p.loopback} 是这台 Linux 虚拟机自己，不是 Windows，所以连不到在 Windows 上运行的中转站或网关（one-api、new-api、LiteLLM 等）。`,
		containerRefused: p => `${p.host} 拒绝了连接，${containerSaid({loopback: p.loopback, kind: p.kind, what: '中转站或网关（one-api、new-api、LiteLLM 等）'})}`,
		containerProxyRefused: p => `代理 ${p.url}（来自 ${p.variable}）拒绝了连接，${containerSaid({loopback: p.loopback, kind: p.kind, what: '代理软件（Clash、v2rayN 等）'})}`,
		wslProxyRefused: p =>
			`代理 ${p.url}（来自 ${p.variable}）拒绝了连接，而这里是 WSL 2：${inWslMode(p.mode)}，${p.loopback} 是这台 Linux 虚拟机自己，不是 Windows，所以连不到在 Windows 上运行的代理软件（Clash Verge、v2rayN 等）。`,
		connectSlow: (host, ms) => `${ms} ms 内没能连上 ${host}：可能是防火墙丢弃了连接。`,
		connectFailed: (host, code) => `连接 ${host} 失败（${code}）。`,
		throughFakeIp: p => `${p.reached}经由代理软件的 fake-ip 虚拟地址（${p.ip}）：这些调用由它的 TUN 模式转发。`,
		fakeIpFailed: p =>
			`${p.host} 解析到了 ${p.ip}，这是代理软件 TUN 模式（Clash、Surge、sing-box 等）的 fake-ip 虚拟地址，而${connectionFailedHow(p.failure, p.ms, p.code)}：${
				p.unrouted ? '现在没有程序接管发往这个地址的连接（代理软件已经退出或关掉了 TUN 模式），但 DNS 缓存里还留着这个地址。' : '代理软件接下了连接，是它或它选的节点出了问题。'}`,
		resolvedPrivateFailed: p =>
			`${p.host} 解析到了内网地址 ${p.ip}，而${connectionFailedHow(p.failure, p.ms, p.code)}：是 hosts 文件（${p.hostsFile}）里的一行，或者广告拦截工具（Pi-hole、AdGuard 等）、路由器或公司的 DNS 把这个域名解析到了那里。`,
		resolvedHereTls: p =>
			`${p.host} 解析到了 ${p.ip}，也就是本机自己的地址，在那里答复的是本机上的程序（本地代理或开发服务器）：是 hosts 文件（${p.hostsFile}）里的一行，或者广告拦截、DNS 过滤工具（AdGuard、Pi-hole 等）把这个域名指向了本机。${p.certificate}`,
		resolvedHereFailed: p =>
			`${p.host} 解析到了 ${p.ip}，也就是本机自己的地址，而${connectionFailedHow(p.failure, p.ms, p.code)}：是 hosts 文件（${p.hostsFile}）里的一行，或者广告拦截、DNS 过滤工具（AdGuard、Pi-hole 等）把这个域名指向了本机。`,
		proxyShadows: p => `${p.reached}${p.twin} 也设置了另一个值，以 ${p.variable} 为准（小写的名字优先，curl 和 Python 也是这样）。`,
		httpProxyForHttps: p =>
			`${p.reached}本工具对 https URL 也使用 ${p.variable}，基于 undici 的 Node 工具也是这样；但 curl 以及 Python 的 httpx 和 requests 只对 http:// URL 使用它，会直接连接 ${p.host}：如果它们需要代理，把 HTTPS_PROXY 也设为这个代理。`,
		noProxyBypass: p =>
			`${p.failed}${p.variable} 设置了代理 ${p.proxy}，但 ${p.noProxy} 里的条目“${p.entry}”让 ${p.host} 绕过了它，所以本工具是直接连接的：如果这个网络只能经代理访问 ${p.host}，请删除这个条目。`,
		emptyNoProxy: p =>
			`${p.reached}no_proxy 设置了但是空的，它让本工具（以及基于 undici 的 Node 工具）看不到 NO_PROXY；curl 和 Python 的 requests 会跳过空的 no_proxy，读取 NO_PROXY，直接连接 ${p.host}：请取消设置 no_proxy，或把它设成和 NO_PROXY 一样的值。`,
		noProxyWildcard: p =>
			`${p.reached}${p.noProxy} 里的条目“${p.entry}”让本工具直接连接 ${p.host}，基于 undici 的 Node 工具都这样读；但 curl 和 Python 的 requests 不认这里的“*.”，它们的调用会经过代理 ${p.proxy}（来自 ${p.variable}）：请改写成“${p.suggested}”，它们都认。`,
		localCallsProxied: p =>
			`${p.reached}但 ${p.variable} 指向 ${p.proxy}，而 NO_PROXY 里没有 ${p.host}：本工具发往本机的请求从不经过代理，但 Python 的 httpx 和 requests（openai SDK 用的就是它们）会经代理发送，而代理大多连不到本机上的服务（会返回 502）。请在运行你的程序的地方把 ${p.host} 加进 NO_PROXY。`,
		onlyThroughProxy: p =>
			`${p.reached}但不经代理直接连接时，${p.host} 连不上（${p.code}），所以不读取 ${p.variable} 的程序连不上：Node 内置的 fetch 和基于它的 SDK（openai 包、LangChain.js、Vercel AI SDK）不理会这个变量，除非用 NODE_USE_ENV_PROXY=1 运行（Node 22.21 或 24 及更新版本）；Python 的 openai、requests 和 curl 会读取它。`,
		otherToolsProxyUnused: p =>
			`${p.failed}本工具是直接连接的，但 ${p.variable} 指向 ${p.proxy}，那里有响应：Python 的 httpx 和 requests（openai SDK 用的就是它们）以及 curl 会经它发送请求。要按这条路检查，请设置 HTTPS_PROXY=${p.suggested}${p.login ? `（在 // 后面加上 ${p.variable} 里的用户名和密码）` : ' '}后重新运行。`,
		otherToolsProxyAlsoDown: p =>
			`${p.failed}${p.variable} 指向 ${p.proxy}，那里也没有任何响应：Python 的 httpx 和 requests（openai SDK 用的就是它们）以及 curl 会经它发送请求；如果你的程序也是这样，请先启动这个代理（没有打开的 VPN 或代理软件），再运行一次。`,
		certificateChecksOff: p =>
			`${p.reached}但设置了 NODE_TLS_REJECT_UNAUTHORIZED=0：你的 Node 程序不再检查证书，它们与 ${p.host} 之间的任何一方都能读到它们发送的 key（本工具仍会检查）。请取消设置这个变量；要通过公司代理，改用 NODE_EXTRA_CA_CERTS 指向代理的证书。`,
		certificateChecksOffUntrusted: p =>
			`${p.failed}你的 Node 程序仍然连得上，因为 NODE_TLS_REJECT_UNAUTHORIZED=0 关掉了它们的证书检查：出示这个证书的一方能读到它们发送的 key。`,
		otherToolsProxyDown: (reached, variable, proxy) =>
			`${reached}但 ${variable} 指向 ${proxy}，那里没有任何响应：本工具不使用它，但 Python 的 httpx 和 requests（openai SDK 用的就是它们）以及 curl 会经它发送请求，所以会连接失败。启动这个代理，或取消设置 ${variable}。`,
		systemProxyUnused: p =>
			`${p.failed}本工具是直接连接的；没有设置代理变量时，Node 程序、Python 的 openai SDK 和 curl 也都这样：它们不读 ${systemProxySettings[p.from]}，而这些设置让浏览器经过 ${p.proxy}，那个代理有响应。所以浏览器能连上，你的程序却连不上：要按这条路检查，请加上 HTTPS_PROXY=${p.proxy} 再运行一次。`,
		systemProxyDown: p =>
			`${p.failed}${systemProxySettings[p.from]}让浏览器经过 ${p.proxy}，但那里也没有任何响应：设置它的代理软件或 VPN 多半已经退出。请重新启动它，或关掉系统代理。`,
		systemPac: p =>
			`${p.failed}${systemProxySettings[p.from]}让浏览器${p.pac ? `从脚本（${p.pac}）取得代理` : '自动查找代理（WPAD）'}，Node 程序、Python 的 openai SDK 和 curl 都不会这样做：如果这个网络只能经代理连到 ${p.host}，请把 HTTPS_PROXY 设为它给出的那个代理。`,
	},

	endpoint: {
		title: '调用去向',
		unreachable: host => `${host} 没有任何响应。`,
		proxyAnswered: p => `代替 ${p.host} 响应的是代理 ${p.proxy}：${p.status >= 500 ? `它连不上 ${p.host}` : '它拒绝转发这些调用'}（HTTP ${p.status}），因此无法判断 ${p.host} 是哪个服务。`,
		answersCutOff: host => `${host} 开始响应，但一个响应都没有完整返回，因此无法判断它是哪个服务。`,
		official: host => `调用发往 DeepSeek 官方 API（${host}）。`,
		deepseekLike: host => `${host} 的响应与 DeepSeek API 一致。`,
		relay: (name, host) => `调用发往 ${name}（${host}），而不是 DeepSeek：扣的是它那里的余额。`,
		passesKeyOn: (name, host) => `调用经过 ${name}（${host}），它把你自己的 DeepSeek key 转发给 DeepSeek：扣的是你的 DeepSeek 余额。`,
		notDeepSeek: host => `${host} 的响应不像 DeepSeek API：调用没有到达 DeepSeek。`,
		deepSeekWebsite: host => `${host} 是 DeepSeek 的网站，不是它的 API：调用没有到达 DeepSeek API。`,
		cannotTell: host => `无法判断 ${host} 是哪个服务。`,
		inProjectEnv: (variable, file) => `${placeZh(file)} 中的 ${variable}`,
		// The environment's (an AIDER_… variable) is named as a variable is, alone.
		inApp: (app, variable, file) => appSettingPlaceZh(app, variable, file, true),
		withEndpointPath: (summary, path, base) =>
			`${summary}base URL 以 ${path} 结尾，而 SDK 和大多数工具会自己加上这段路径（它们会调用 …${path}${path}）：给它们填 ${base}。只有要求填写完整接口地址的应用才用整段。`,
		withAnthropicVersion: summary =>
			`${summary}base URL 以 /anthropic/v1 结尾，但 Claude Code 和 Anthropic 的 SDK 会自己加上 /v1/messages（于是调用 …/v1/v1/messages）；只有那些只加 /messages 的工具（AI SDK 的 Anthropic 接入，OpenCode 用的就是它）才要带 /v1。`,
		withElsewhere: (summary, variable, where, count, app) =>
			`${summary}但 ${variable} 会让${app ? ` ${agentAppNames[app]} 的调用` : '部分工具'}发往${afterChinese(where)}${count > 1 ? `（另有 ${count - 1} 处）` : ''}。`,
	},

	auth: {
		title: '身份验证',
		what: '列出模型',
		noKey: '已跳过，因为没有 key。',
		accepted: ids => (ids.length > 0 ? `key 有效；共 ${ids.length} 个模型（${ids.slice(0, 3).join('、')}${ids.length > 3 ? ' 等' : ''}）。` : 'key 有效。'),
		relayRefused: (status, serverSays, meaning) => `被拒绝（HTTP ${status}）${serverSays ? `，“${serverSays}”` : ''}：${meaning}`,
		rejected401,
		rejectedSameKey: echoed => `${rejected401}。服务器收到的正是这个 key（…${echoed}），但不接受：这个 key 已被删除，或属于另一个账号。`,
		rejectedOtherKey: (echoed, own) =>
			`${rejected401}。本工具发出的 key 结尾是 …${own}，服务器收到的却以 …${echoed} 结尾：本机和 DeepSeek 之间的某个环节（代理或中转站）把它换掉了。`,
		rejectedStrayCharacter: (echoed, stray) =>
			`${rejected401}。服务器收到的 key 结尾是 …${echoed}：key 后面多了一个 ${stray}，是和 key 一起从写它的地方带过来的。请在你的工具读取 key 的地方去掉这个 ${stray}。`,
		rejectedFileName: echoed =>
			`${rejected401}。服务器收到的内容结尾是 …${echoed}，这是文件名的结尾：发出去的是某个文件的名称或路径，而不是 key。请在你的工具读取 key 的地方填入 key 本身，而不是保存它的文件。`,
		rejectedPlaceholder: echoed =>
			`${rejected401}。服务器收到的内容结尾是 …${echoed}，DeepSeek 的 key 不会这样结尾：发出去的是占位符、模板文字或被写成文字的空设置（如 YOUR_API_KEY，或没有展开的 \${…} 变量），而不是 key。`,
		rejectedShape: {
			quoted: `${rejected401}。key 两边有引号，引号作为 key 的一部分一起发了出去：请在设置 key 的地方去掉引号。`,
			bearer: `${rejected401}。key 以“Bearer ”开头，这个词作为 key 的一部分一起发了出去：在设置 key 的地方只保留 sk-… 部分。`,
			assignment: p => `${rejected401}。key 以“${p.prefix}”开头（${p.line}），这段前缀作为 key 的一部分一起发了出去：在设置 key 的地方只保留 sk-… 部分。`,
			whitespace: `${rejected401}，即使去掉 key 前后的空格或换行（本工具不会发送它们）也一样：服务器不接受 key 本身。不过还是请在设置它的地方去掉这些空白：有些程序会把它们一起发出去。`,
			placeholder: `${rejected401}。这是示例里的占位符，不是真正的 key：请在设置的地方换成你自己的 key。`,
			foreign: vendor => `${rejected401}。这是 ${vendor} 的 key：DeepSeek 只接受在它自己平台上创建的 key。`,
			length: p => `${rejected401}。这个 key 有 ${p.length} 个字符，而 DeepSeek 的 key 是 35 个字符：复制时丢了或多了一部分。`,
		},
		rejected: (status, serverSays) => `被拒绝（HTTP ${status}）${serverSays ? `：“${serverSays}”` : ''}。`,
	},

	balance: {
		title: '余额',
		what: '查询余额',
		noKey: '已跳过，因为没有 key。',
		amounts: info => `${amountText(info.total, info.currency)}（赠送 ${info.granted}，充值 ${info.toppedUp}）`,
		emptyAmount: info => `${amountText(info.total, info.currency)}`,
		currencySeparator: '；',
		notDeepSeek: '已跳过，因为这个 base URL 不是 DeepSeek，这里查询不到 DeepSeek 余额。',
		notPassedOn: (name, status) => `未查询到，因为 ${name} 没有把余额查询转发给 DeepSeek（HTTP ${status}）。调用扣的仍是你的 DeepSeek 余额：在 platform.deepseek.com 查看。`,
		refusedByGateway: (name, status) => `未查询到，因为 ${name} 自己拒绝了余额查询（HTTP ${status}）。调用扣的仍是你的 DeepSeek 余额：在 platform.deepseek.com 查看。`,
		unreadable: (status, reason) => `响应无法解析（HTTP ${status}）。${reason}`,
		noBalances: '这个账号没有任何余额：新注册的账号没有赠送余额。',
		notAvailable: text => `${text}，但 DeepSeek 标记这个账号当前无法调用。`,
		bonusRanOut: (text, granted, date) => `${text}，赠送余额（${date} 时还有 ${granted}）已用完或已过期，而且没有充值。`,
		zero: text => `${text}，已经用完。`,
		low: (text, lowMark, currency) => `${text}，低于 ${amountText(lowMark, currency)}。`,
		bonusOnly: text => `${text}，全部是赠送余额，会过期。`,
		risen: p => `比上次查询多了 ${amountText(p.up, p.currency)}（${p.ago ?? '当时'}为 ${amountText(p.before, p.currency)}）。`,
		arrived: p =>
			p.clock === undefined
				? `余额之前是 ${amountText(p.before, p.currency)}，现在是 ${amountText(p.total, p.currency)}：充值已到账。`
				: `${p.clock}${p.ago === undefined ? ' ' : `（${p.ago}）`}余额是 ${amountText(p.before, p.currency)}，现在是 ${amountText(p.total, p.currency)}：充值已到账。`,
	},

	serviceStatus: {
		title: 'DeepSeek 服务状态',
		unknown: why => `未知。${why}`,
		unreadable: status => `状态页返回 HTTP ${status}，但没有可读的状态摘要。`,
		proxyPage: p =>
			`代替状态页响应的是一个代理（从页面看是 ${p.proxy}），HTTP ${p.status}：${p.status >= 500 ? `它连不上 ${p.host}；请稍后再试，如果一直这样，请联系代理管理员` : `你的调用经过它，而它拒绝了发往 ${p.host} 的调用；请让代理管理员放行 ${p.host}，或用 NO_PROXY 让 ${p.host} 绕过它`}。`,
		proxyTls: p =>
			`代替状态页响应的是一个代理（从页面看是 ${p.proxy}），HTTP ${p.status}：它会拦截 HTTPS，而它自己到 ${p.host} 的安全连接失败了（ERR_SECURE_CONNECT_FAIL：它不信任 ${p.host} 的证书，或双方的 TLS 握手失败）；请联系代理的管理员。`,
		operational: '所有服务运行正常。',
		// Names as the page gives them; an incident that names one of them says which, so the brackets are left out.
		trouble: (worst, affected, incident, incidentNamesThem) =>
			`${serviceStates[worst] ?? worst}${affected.length > 0 && !(incident && incidentNamesThem) ? `（${affected.join('、')}）` : ''}${incident ? `，${incident}` : ''}。`,
	},

	probe: {
		title: '测试调用',
		what: '1 token 测试调用',
		notAllowed: '未运行，因为这是一次付费调用（max_tokens 1，花费不到一分钱）；加上 --probe 才会发起。',
		declined: '未运行，因为你选择了跳过这次付费调用。',
		noKey: '已跳过，因为没有 key。',
		worked: (model, traceId) => `对 ${model} 的 1 token 调用成功。${trace(traceId)}`,
		refused: (model, status, serverSays, traceId) => `HTTP ${status}，${model} 的调用被拒绝${serverSays ? `：“${serverSays}”` : ''}。${trace(traceId)}`,
		noAnswer: (model, traceId) =>
			`HTTP 200，但没有内容：${model} 的 1 token 调用只收到空白的 keep-alive 行，随后连接关闭。${trace(traceId)}`,
		errorInsteadOfAnswer: (model, serverSays, traceId) => `HTTP 200，但返回的是错误而不是回复：${model} 的 1 token 调用收到“${serverSays}”。${trace(traceId)}`,
	},

	keyExposure: {
		title: 'key 泄露',
		notGit: '未扫描，因为这个文件夹不是 git 仓库。',
		unreadableFolder: p =>
			`未扫描，因为你所在的文件夹 ${p.folder} 无法读取（权限不足：它本身或某个上级文件夹不允许访问），因此无法确定这里是否有 git 仓库。请在你能读取的文件夹里运行本工具，或请这个文件夹的所有者给你访问权限。`,
		gitMissing: '未扫描，因为这里没有安装 git，无法列出受跟踪的文件。',
		notOwner: '未扫描，因为这个仓库属于另一个用户，git 不读取这样的仓库（它的 safe.directory 规则）。要扫描它，请以那个用户的身份运行本工具。',
		gitFailed: p => `未扫描，因为 git 无法在这里列出受跟踪的文件：“${p.says}”。`,
		currentKey: p => `${p.more > 0 ? `在 ${p.place} 等 ${p.more + 1} 个已提交的文件里` : `在已提交的 ${p.place} 里`}有你的 key：请立即更换。${p.others ?? ''}`,
		suspicious: p =>
			`${p.other ? `另有 ${p.count} 个受跟踪的文件` : `受 git 跟踪的文件中有 ${p.count} 个`}是已提交的 .env 文件或含有形似 key 的字符串（${p.place}${p.count > 1 ? ' 等' : ''}）。`,
		clean: scanned => `${scanned} 个受跟踪的文件中没有 key。`,
		withUnread: p => {
			const why = {
				files: `扫描最多读取 ${p.limits.files} 个文件`,
				bytes: `扫描最多读取 ${Math.round(p.limits.totalBytes / 1024 / 1024)} MB`,
				time: `扫描 ${p.limits.ms / 1000} 秒后停止`,
				findings: `扫描发现 ${p.limits.findings} 处后停止`,
			}[p.cap];
			return `${p.summary}另有 ${p.notRead} 个受跟踪的文件没有读取：${why}。`;
		},
	},

	usageTrend: {
		title: '花费趋势',
		notEnough: readings =>
			readings === 0
				? '还没有余额记录。每次运行 check、balance 或向导都会记一次，一小时后再运行就能看到趋势。'
				: `余额记录还不够（已有 ${readings} 次，跨度不到一小时）：稍后再运行，或用 cron 定时运行。`,
		flat: spanHours => `最近 ${Math.round(spanHours)} 小时没有花费。`,
		toppedUp: p => `自上次记录以来充值已到账（${p.before} → ${amountText(p.total, p.currency)}），此后还没有可计算的花费。`,
		burning: (perDay, currency, daysLeft) =>
			`每天约 ${amountText(perDay, currency)}${daysLeft === null ? '' : `；照这个速度，余额${daysLeft < 1 ? '撑不到一天' : `还能用 ${Math.floor(daysLeft)} 天`}`}。`,
	},
};
