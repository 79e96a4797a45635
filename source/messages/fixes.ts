// The title of every fix the tool recommends (en): used by the diagnosis, the reports
// and the wizard's result screens alike.
import {placeEn} from '../text/dotenv-place.js';
import type {ClockSystem, WindowsAddressAt} from '../deepseek/wsl.js';
import type {SavedKey} from '../deepseek/saved-key.js';
import type {ContainerPlace} from '../deepseek/container.js';
import {windowsVariablesEn} from '../text/saved-key-place.js';
import {anthropicBaseUrl, apiPaths, defaultBaseUrl, supportEmail} from '../deepseek/facts.js';
import {deepSeekUrlInsteadOf, type OwnApiVendor} from '../deepseek/url.js';
import {appFixPlaceEn, appSettingEn, appSettingPlaceEn} from '../text/app-setting.js';
import type {BadProxy} from '../deepseek/types.js';
import type {AccountRefusal} from '../providers/signatures/index.js';
import {checkAtCommand, copyCommand, setCommand, setsForOneCommand, unsetCommand, type Shell} from '../text/shell.js';
import {localized, type Messages} from './language.js';
import * as zhCN from './zh-CN/fixes.js';
import {agentAppNames, type AgentApp} from '../deepseek/facts.js';
import {appSettingsEn} from '../text/app-settings-place.js';

const networkFixes: Record<string, string> = {
	proxy: 'Check the proxy in HTTPS_PROXY / HTTP_PROXY, or leave this host out of it with NO_PROXY',
	dns: 'Check the base URL for typos, then your DNS (try another network)',
	/** DeepSeek's own host, not resolved: its name is spelt right, so only the DNS is left. */
	dns_official: 'Try another DNS server, or another network',
	timeout: 'Check your connection and firewall, then try again with a longer --timeout',
	// Through a proxy the connection to check is the proxy's (its own address answered: the wait is behind it).
	timeout_proxy: 'Check the proxy in HTTPS_PROXY / HTTP_PROXY, then try again with a longer --timeout',
	// Refused: something answered at that address, so the address or the service is the suspect first.
	connection_refused: "Check the base URL's host and port, and that the service there is running",
};

const shellNames: Record<Shell, string> = {sh: 'sh', fish: 'fish', nu: 'Nushell', powershell: 'PowerShell', cmd: 'Command Prompt'};

/** A command as typed in `shell`; named by its shell where it is not a POSIX one (a guess the reader can check). */
const inShell = (shell: Shell, command: string) => (shell === 'sh' ? command : `in ${shellNames[shell]}: ${command}`);

/** "Run again with NAME=value", or, where a shell cannot set a variable for one command, the command that sets it first. */
const runAgainWith = (shell: Shell, name: string, value: string) =>
	setsForOneCommand(shell) ? `Run again with ${name}=${value}` : `In ${shellNames[shell]}, run ${setCommand(name, value, shell)}, then run again`;

/** setx keeps a variable for the windows opened after it, never for the one it ran in: the usual surprise on Windows. */
const setxNote = (shell: Shell, name: string) => (setsForOneCommand(shell) ? '' : `; setx ${name} sk-… keeps it for windows opened later, not this one`);

/** Where to read Windows' address from inside WSL 2. */
const windowsAddressAt: Record<WindowsAddressAt, string> = {gateway: 'after "via" in ip route show default', ipconfig: 'the IPv4 address ipconfig shows in Windows'};

const keyCommand = (shell: Shell) => inShell(shell, setCommand('DEEPSEEK_API_KEY', 'sk-…', shell));

const fixMessagesEn = {
	/** The shell's command that sets the key (the wizard's "no key" screen). */
	setKeyCommand: (p: {shell: Shell}) => keyCommand(p.shell),
	createKey: 'Create an API key on the DeepSeek platform',
	/** DEEPSEEK_API_KEY saved in a start-up file (`file`, as ~/.zshrc) or in Windows' environment variables, not in this shell. */
	/** The folder's dotenv file `file` holds the key but is saved as UTF-16 (checks' keyPresent.dotenvUtf16). */
	saveDotenvUtf8: (file: string) => `Save ${placeEn(file)} as UTF-8 (Notepad: File › Save as, Encoding: UTF-8), then run deepseek-fix again`,
	/** Line `line` of the dotenv file `file` sets DEEPSEEK_API_KEY with a full-width ＝ (checks' keyPresent.dotenvFullWidthEquals). */
	halfWidthEquals: (p: {file: string; line: number}) =>
		`On line ${p.line} of ${placeEn(p.file)}, replace the full-width ＝ after DEEPSEEK_API_KEY with = (type it in half-width mode, Shift+Space), then run deepseek-fix again`,
	loadSavedKey: (saved: SavedKey) =>
		saved.kind === 'file'
			? `Open a new terminal, or run source ${saved.file}, then run deepseek-fix again`
			: 'Open a new terminal window (and restart your editor if the program runs from it), then run deepseek-fix again',
	/** The key in use was refused; the start-up file `file` (or Windows' variables) saves another for new shells. */
	useStartupKey: (saved: SavedKey) =>
		saved.kind === 'file'
			? `Use the key in ${saved.file}: open a new terminal or run source ${saved.file}, restart your editor if the program runs from it, then run deepseek-fix again`
			: `Use the key in ${windowsVariablesEn(saved.kind)}: open a new terminal window (and restart your editor if the program runs from it), then run deepseek-fix again`,
	/**
	 * DEEPSEEK_API_KEY is set but blank: the user most likely has a key and the variable came out empty where it is
	 * set (a script's $VAR that was never set, a .env file not loaded). First, before createKeyIfNone.
	 */
	fillBlankKey: (p: {shell: Shell}) =>
		`Put your key into DEEPSEEK_API_KEY where it is set (it is empty now: an unset $VARIABLE in a script, or a .env file not loaded), e.g. ${keyCommand(p.shell)}${setxNote(p.shell, 'DEEPSEEK_API_KEY')} (or paste it in the wizard)`,
	/** After fillBlankKey: a key to put there, for one who has none. */
	createKeyIfNone: 'No key yet? Create one on the DeepSeek platform, then put it in DEEPSEEK_API_KEY as above',
	setKey: (p: {shell: Shell}) =>
		`Set it for your tool, e.g. ${keyCommand(p.shell)}${setxNote(p.shell, 'DEEPSEEK_API_KEY')} (or paste it in the wizard)`,
	/** Another variable holds a DeepSeek-shaped key (masked): check that one. */
	/** `baseUrl`: where the environment sends that key (OPENAI_BASE_URL's address), where it is not the base URL checked: the command names it. */
	setKeyFrom: (p: {variable: string; masked: string; shell: Shell; baseUrl?: string | undefined}) =>
		`Set DEEPSEEK_API_KEY to the key in ${p.variable} (${p.masked}), e.g. ${inShell(p.shell, copyCommand('DEEPSEEK_API_KEY', p.variable, p.shell))}${p.baseUrl ? `, and run ${checkAtCommand(p.baseUrl)}, where your tools send it` : ''}; or pick it in the wizard`,
	/** The same, where the key is in a dotenv file (`file`: `.env.local`, `../.env`). */
	/** The same, where the key is in an agent app's settings file (Claude Code's, OpenCode's). */
	/** `baseUrl`: where the app sends that key, where it is not the base URL checked (a relay's): the command names it. */
	setKeyFromApp: (p: {app: AgentApp; variable: string; masked: string; file: string; baseUrl?: string | undefined}) =>
		`Set DEEPSEEK_API_KEY to the key in ${appSettingPlaceEn(p.app, p.variable, p.file)} (${p.masked})${p.baseUrl ? ` and run ${checkAtCommand(p.baseUrl)}` : ''}, or pick it in the wizard, to check the key ${agentAppNames[p.app]} sends`,
	setKeyFromProjectEnv: (p: {variable: string; masked: string; file: string}) => `Set DEEPSEEK_API_KEY to the key in ${p.variable} in ${placeEn(p.file)} (${p.masked}), or paste it in the wizard`,
	/**
	 * Another tool's key variable (`variable`) that a program here sends to `baseUrl` (a relay's), where its base-URL
	 * variable points; `file`, `baseFile`: the dotenv file each is in (none: the shell's), at least one of them.
	 */
	setKeySentFromFile: (p: {variable: string; masked: string; file?: string | undefined; baseVariable: string; baseFile?: string | undefined; baseUrl: string}) =>
		`The key in ${p.variable}${p.file ? ` in ${placeEn(p.file)}` : ''} (${p.masked}) is sent to ${p.baseUrl}, where ${p.baseVariable}${p.baseFile ? ` in ${placeEn(p.baseFile)}` : ''} points: to check it there, set DEEPSEEK_API_KEY to that key and run ${checkAtCommand(p.baseUrl)}; or pick it in the wizard`,
	/**
	 * `baseVariable` (in `baseFile`, or the shell's) sends the DeepSeek-shaped key in `variable` to `vendor`'s own API, which
	 * refuses it: point it at DeepSeek's. The action first: key_present's row above says the refusal.
	 */
	baseUrlToVendor: (p: {variable: string; masked: string; baseVariable: string; baseFile?: string | undefined; vendor: OwnApiVendor}) =>
		`Set ${p.baseVariable}${p.baseFile ? ` in ${placeEn(p.baseFile)}` : ''} to ${deepSeekUrlInsteadOf(p.vendor)}, so the DeepSeek key in ${p.variable} (${p.masked}) goes to DeepSeek, not to ${p.vendor}'s API`,
	checkKeyInTool: 'Check which key your tool really sends, or create a new key',
	checkSentKey: 'Check which key your tool really sends',
	/** The key refused is the one the wizard took from an agent app's settings (picked there): that is where to put a working one. */
	/** `file`: the settings file the key was found in (as the key question's help names it), where known. */
	/** `keyVariable`: the app reads the key from that environment variable (text/app-setting.ts appKeyVariable), not from `file`. */
	replaceAppKey: (p: {app: AgentApp; file?: string | undefined; keyVariable?: string | undefined}) =>
		p.keyVariable
			? `Set ${appSettingEn(p.app, p.keyVariable)} to a working key in the shell that starts ${agentAppNames[p.app]}`
			: `Replace the key in ${p.file ? `${agentAppNames[p.app]}'s ${p.file}` : appSettingsEn[p.app]} with a working one`,
	/** The key refused is the one in another tool's variable (OPENAI_API_KEY), picked in the wizard: that variable is where a working one goes. */
	/** `dotenvFile`: it is in that dotenv file of the folder, not in the environment. */
	replaceVariableKey: (p: {variable: string; dotenvFile?: string | undefined}) =>
		p.dotenvFile ? `Set ${p.variable} in ${placeEn(p.dotenvFile)} to a working key` : `Set ${p.variable} to a working key, in the shell that starts your tools (and in the start-up file that sets it, if one does)`,
	/** An agent app sends another key than the one checked (key_present's `appKeys`): `command` checks that one. */
	checkAppKey: (p: {app: AgentApp; command: string}) => `Check the key ${agentAppNames[p.app]} sends: ${p.command}`,
	/**
	 * An agent app sends its DeepSeek key to its vendor's own API (key_present's `appKeysToVendor`): `setting` set to `url` in
	 * `file` sends it to DeepSeek. The place, setting and URL come first: a result cut to three rows at 40 columns keeps them.
	 */
	appToDeepSeek: (p: {app: AgentApp; file: string; setting: string; url: string; host: string}) =>
		`${appFixPlaceEn(p.app, p.file).replace(/^in/, 'In')}, set ${p.setting} to ${p.url} (${agentAppNames[p.app]} sends its DeepSeek key to ${p.host} now)`,
	copyKeyAgain: 'Copy the key again from the API keys page (or type it) where your tool reads it, with nothing around it',
	/** The key as set carries what its tool adds itself, or quotes: remove that. */
	unwrapKey: {
		bearer: 'Remove "Bearer " where the key is set (an .env file, a config, an environment variable): keep only the sk-… part',
		quoted: 'Remove the quotes around the key where it is set (an .env file, a config, an environment variable)',
		assignment: 'Where the key is set, keep only its sk-… part, not the rest of the line that set it',
	},
	findKey: 'Find the right key, or create a new one',
	topUp: 'Top up your balance (pay-as-you-go; card, PayPal, Alipay, WeChat Pay)',
	transactions: 'Check that your payment went through (pending or declined payments do not count)',
	sameAccount: 'Make sure you paid on the account that owns this key (phone vs Google/e-mail logins are separate accounts)',
	support: (traceId: string | undefined) => `Write to DeepSeek support (${supportEmail})${traceId ? ` with trace id ${traceId}` : ''}`,
	useDeepSeek: 'To use your DeepSeek account, set the base URL to https://api.deepseek.com and use a DeepSeek key',
	useDeepSeekAnthropic: `To use your DeepSeek account, set the base URL to ${anthropicBaseUrl} (DeepSeek's address for tools that speak Anthropic's API) and use a DeepSeek key`,
	relayConsole: (name: string) => `Check your key, balance and settings in the ${name} console`,
	/** Leads with the header: at 40 columns the wizard keeps the first few words. */
	gatewayToken: (p: {name: string; header: string}) => `${p.header} header: have your tool send ${p.name}'s own token in it, besides your DeepSeek key (or switch off its authentication setting)`,
	/** The same for a gateway whose own key is always asked for (no setting to switch off). */
	gatewayKey: (p: {name: string; header: string}) => `${p.header} header: have your tool send a valid ${p.name} API key in it, besides your DeepSeek key`,
	bypassGateway: (name: string) => `Or call DeepSeek directly: set the base URL to https://api.deepseek.com (the same DeepSeek key works there, without ${name})`,
	checkKeyThere: (p: {name: string}) => `Use a key made in ${p.name} (on its API keys page), and check which key your tool really sends`,
	raiseKeyLimit: (name: string) => `Raise or remove this key's own credit limit in ${name}'s key settings`,
	relayTopUp: (name: string) => `Top up on ${name} (not on DeepSeek)`,
	/** The account there is suspended or in arrears: its billing, where what is due is paid. */
	relaySettle: (name: string) => `Settle your account on ${name}: pay what is due in its billing (not on DeepSeek)`,
	/** No payment method was ever added there: one is added in its billing, nothing is topped up. */
	relayAddPayment: (name: string) => `Add a payment method in ${name}'s billing (not on DeepSeek)`,
	/** After one of the three above, where the console's link opens the user's workspace and Billing is in its menu. */
	billingInMenu: (fix: string) => `${fix}; the link opens your workspace, where Billing is in the menu`,
	gatewayOwner: 'Ask whoever runs the gateway to top up your token',
	gatewayOwnerAccount: 'Ask whoever runs the gateway to top up your account there (its quota, not the token\'s)',
	/** Its money used up at a service nothing names (diagnose/money.ts topUpThere): its errors are another fix's (askOperatorAboutErrors). */
	askOperator: (name: string) => `Ask whoever runs ${name} to top up your balance or token there`,
	/** A workspace's or organization's budget there, set by its administrators, is spent: they raise it. */
	askAdminBudget: (name: string) => `Ask an administrator of your ${name} workspace or organization to raise its budget (a top-up or a new key does not lift it)`,
	useHttps: 'Set the base URL to the service\'s https:// address, then run the check again',
	changeFlaggedContent: 'Reword or leave out what the moderation flagged (in the prompt, the system prompt, an attached file or earlier turns your app sends again), then try again',
	changeRequest: 'Change what your app sends (its length, max_tokens, content, or message order: each tool call followed by its tool message), then try again',
	lowerMaxTokens: 'Lower max_tokens in your tool (or send a shorter prompt): the request asks for more than the credit left can pay',
	shorterPrompt: 'Send a shorter conversation (start a new chat, or lower the context length in your tool): the prompt alone costs more than the credit left can pay',
	/** `tokens`: the cap the answer named, when it named one. */
	shorterPromptCapped: (p: {tokens: number | undefined}) =>
		`Send a shorter conversation (start a new chat, or lower the context length in your tool): your key there takes prompts of ${p.tokens === undefined ? 'a limited number of' : `up to ${p.tokens}`} tokens only`,
	paidKeyAt: (name: string) => `Use a paid key from ${name}: its free key takes shorter prompts only`,
	askOperatorForPaidKey: (name: string) => `Ask whoever runs ${name} for a paid key: the free key takes shorter prompts only`,
	standardContext: 'Use the model\'s standard context, not its 1M-context variant (in Claude Code: /model)',
	extraUsageOn: (name: string) => `Turn extra usage on for your subscription at ${name}, or ask whoever runs it`,
	/** A subscription's extra usage used up, off or unclaimed: its usage page, where more is bought or it is turned on. */
	addExtraUsage: (name: string) => `Turn extra usage on for your subscription at ${name}, or add more (on its usage page, not its API billing; not on DeepSeek)`,
	/** The same at the subscription's own service (a Claude plan at Anthropic's API): the subscriber turns it on, on `page` (claude.ai/settings/usage), as Anthropic's help and Claude Code's own error say. */
	extraUsageOnOwn: (p: {page: string}) => `Turn extra usage on under Settings > Usage (${p.page}; in Claude Code, /extra-usage), with a payment method added`,
	statusPage: 'Watch DeepSeek\'s status page',
	retryLater: 'Retry later, with exponential backoff (never retry 402 or 401)',
	/**
	 * `ask`: whom to ask there (diagnoseMessages.whomToAsk). Why it passes (the earlier charge settled) is the title's and
	 * the summary's: said here too, the fix took five rows at 40 columns and a 40×15 window cut it after "retry: this…".
	 */
	retryAfterChargeSettles: (p: {ask: string}) => `Wait a minute and retry. If it stays, ask ${p.ask}`,
	allowMoreTime: 'Try again with a longer --timeout (such as --timeout 60000), or later when the service is less busy',
	retryAfterInFlight: 'Retry after the wait the answer names (its Retry-After header, seconds): this 402 passes as the calls in flight settle',
	/** During DeepSeek's outage its 401s may be the outage's: the usual "never retry 401" would contradict the summary. */
	retryAfterOutage: 'Retry once DeepSeek has recovered, with exponential backoff (these 401s may be the outage\'s)',
	lowerConcurrency: 'Send fewer requests at once, and retry 429s with backoff',
	lowerConcurrencyAnyStatus: 'Send fewer requests at once, and retry the refused ones with backoff',
	proxyLogin: 'Put the proxy\'s user and password in its URL: http://user:pass@host:port',
	/** The proxy refused the login its URL holds. */
	proxyLoginWrong: 'Correct the user or password in the proxy\'s URL, as whoever runs the proxy gave them (special characters percent-encoded: @ as %40)',
	/**
	 * Nothing listens at `proxy`, on this computer: the proxy or VPN app is not running, or listens on another port.
	 * `measured`: going direct was tried (network `directConnect`): unsetting is its own fix where that works, and no way out where it fails.
	 */
	startLocalProxy: (p: {proxy: string; variable: string; measured: boolean}) =>
		`Start the proxy app at ${p.proxy} (it is not running, or listens on another port)${p.measured ? '' : `, or unset ${p.variable} to connect directly`}`,
	/** Nothing listens at `proxy`, on another host. */
	checkRemoteProxy: (p: {proxy: string; variable: string; measured: boolean}) =>
		`Check the host and port of the proxy in ${p.variable} (${p.proxy}) with whoever runs it${p.measured ? '' : `, or unset ${p.variable} to connect directly`}`,
	/** Going direct reaches `host` (network `directConnect`), where the proxy failed: unset `variables` (those that give that proxy). */
	unsetProxy: (p: {variables: readonly string[]; host: string; shell: Shell}) =>
		`Unset ${p.variables.join(' and ')} where your program runs (${inShell(p.shell, unsetCommand(p.variables, p.shell))}): going direct reaches ${p.host}`,
	/** Going direct fails too, where the proxy refused the tunnel: the proxy is the way out, not NO_PROXY. */
	/** Going direct fails too: the proxy in `variables` (those set, as the direct look found them) is the only way out. */
	repairProxy: (p: {variables: readonly string[]}) => `Repair the proxy in ${p.variables.join(' / ')}, or ask whoever runs it to: this network reaches the service only through it`,
	/** `password`: `socks` keeps the proxy's user, its password shown only as … (the one in the variable now goes there). */
	proxySpeaksSocks: (p: {variable: string; socks: string; password: boolean}) =>
		`Set ${p.variable} to ${p.socks}${p.password ? ', with your proxy password in place of …' : ''}, or to the proxy app's HTTP or mixed port`,
	proxyLoginNotBasic: 'Run a local proxy that does the Windows login for you (Cntlm, Px), and point HTTPS_PROXY at it',
	/** A proxy variable that holds no usable proxy URL: what to write (`bare` holds no login). */
	badProxy: (p: {variable: string; problem: BadProxy}) => {
		switch (p.problem.kind) {
			case 'no_scheme':
				return `Write ${p.variable} as http://${p.problem.bare}, or unset it to connect directly`;
			case 'full_width':
				return `Write ${p.variable} in half-width characters, as ${p.problem.bare}, or unset it to connect directly`;
			case 'socks4':
				return `Give ${p.variable} the proxy's socks5:// or http:// address, or unset it to connect directly`;
			case 'quoted':
				return `Remove the quotes around ${p.variable}'s value`;
			case 'login':
				return `Write the "/", "?" or "#" in ${p.variable}'s password as %2F, %3F and %23`;
			default:
				return `Write ${p.variable} as http://host:port (with a login: http://user:password@host:port), or unset it`;
		}
	},
	/** `host`: the host the calls go to (a TLS interception is allowed per host); `viaProxy`: the calls went through a proxy. */
	network: (reason: string | undefined, host: string, viaProxy = false) =>
		reason === 'tls'
			? `A proxy or antivirus is intercepting HTTPS: allow ${host} or set NODE_EXTRA_CA_CERTS`
			: (networkFixes[reason === 'timeout' && viaProxy ? 'timeout_proxy' : (reason ?? '')] ?? 'Check your internet connection, firewall and proxy settings'),
	/** The base URL redirects the API calls to `base` on the same host: set it there. */
	setBaseUrl: (p: {base: string}) => `Set the base URL to ${p.base}`,
	/** What answers at the base URL's host and port (`at`) does not speak TLS, at a host not on this computer. */
	plainPort: (p: {at: string}) => `Correct the port or the https:// in the base URL: ${p.at} does not take TLS (the service's docs give its address)`,
	/** A login page stands in front of the service: only whoever runs it can let API calls past. */
	askForAddressWithoutLogin: (p: {host: string}) => `Ask whoever runs ${p.host} for an address without the login page, or a service token to send with the calls`,
	/** DeepSeek answers the chat call 404 at the path the tool took: some tools post to the address as entered, adding no path. */
	wholeEndpoint: `If your tool calls the address exactly as you enter it, enter the whole endpoint: ${defaultBaseUrl}${apiPaths.chatCompletions} (most tools add ${apiPaths.chatCompletions} themselves)`,
	baseUrlWithoutPath: (p: {base: string; path: string}) =>
		`Set the base URL to ${p.base}, without ${p.path}, in tools that add that path themselves (SDKs and most tools)`,
	/** The base URL ends in `/anthropic/v1`: `base` without `/v1` for the tools that add it themselves (four rows at 40×15). */
	anthropicWithoutVersion: (p: {base: string}) =>
		`Set the base URL to ${p.base}, without /v1, in Claude Code and other tools that add /v1/messages`,
	/** The service answers 404 to the model list and to the chat call alike: the host is right, the path is not. `name`: the service, where it is recognised. */
	correctBasePath: (p: {name: string | undefined}) => `Correct the path in the base URL to the address ${p.name === undefined ? "the service's" : `${p.name}'s`} docs give for API calls`,
	/** The base URL set for another service ends in a path only DeepSeek serves (/beta). */
	withoutDeepSeekPath: (p: {name: string; base: string; path: string}) =>
		`Set the base URL for ${p.name} to ${p.base}, without ${p.path}: ${p.path} is DeepSeek's own address for its beta features, which ${p.name} does not serve`,
	/** Volcengine Ark paused the model at the limit of its "Safe Experience Mode" (its free quota only). */
	safeExperienceModeOff: (p: {name: string}) =>
		`On the Model Activation page of the ${p.name} console, adjust or close "Safe Experience Mode" for this model, so that calls go on at the paid rate`,
	freeTierOnlyOff: (p: {name: string}) =>
		`In the ${p.name} console, switch off "use free tier only" for this model, so that calls go on at the paid rate`,
	/** `issuer`: who issued the certificate not trusted; `proxy`: the proxy that put it there; `extra`: NODE_EXTRA_CA_CERTS's file, and whether Node could read it. */
	trustInterceptor: (p: {issuer?: string | undefined; chainRoot?: string | undefined; proxy?: string | undefined; extra?: {file: string; readable: boolean; missingRoot?: string | undefined} | undefined; systemTrusted?: boolean | undefined; shell: Shell}) => {
		if (p.issuer && p.systemTrusted) return `${runAgainWith(p.shell, 'NODE_USE_SYSTEM_CA', '1')}, so that Node trusts what this computer trusts ("${p.issuer}"); your Node programs need it too (Node 22.19 or newer)`;
		const whose = p.proxy ? ` (whoever runs the proxy ${p.proxy} has it)` : '';
		const certificate = `${p.issuer && p.chainRoot ? `the certificate of "${p.chainRoot}", the root above "${p.issuer}"` : p.issuer ? `the certificate of "${p.issuer}"` : 'the certificate of the proxy or antivirus that inspects HTTPS'}${whose}`;
		return !p.extra ? `Run again with NODE_EXTRA_CA_CERTS pointing at ${certificate}`
			: p.extra.readable && p.extra.missingRoot ? `Add the certificate of "${p.extra.missingRoot}"${whose} to ${p.extra.file}, the file NODE_EXTRA_CA_CERTS names`
			: p.extra.readable ? `Add ${certificate} to ${p.extra.file}, the file NODE_EXTRA_CA_CERTS names`
			: `Point NODE_EXTRA_CA_CERTS at a file you can read that holds ${certificate}: ${p.extra.file} cannot be read`;
	},
	/** The file other tools trust holds part of the chain, not `root` above it (Node needs the root): both in one file. */
	trustMissingRoot: (p: {variable: string; path: string; root: string; proxy?: string | undefined}) =>
		`Put the certificate of "${p.root}"${p.proxy ? ` (whoever runs the proxy ${p.proxy} has it)` : ''} in one file with those of ${p.path} (${p.variable}), and point NODE_EXTRA_CA_CERTS at that file`,
	trustOtherToolsCa: (p: {variable: string; path: string; shell: Shell}) =>
		`${runAgainWith(p.shell, 'NODE_EXTRA_CA_CERTS', p.path)}: the certificates your other tools trust (${p.variable}), which Node reads only from that variable`,
	localProxyAccount: (p: {name: string}) =>
		`In ${p.name} (it runs on this computer): top up the account it uses at its provider, or switch it to another account, provider or a free model`,
	localNoProxy: (p: {variable: string; host: string}) =>
		`Add ${p.host} to NO_PROXY where your program runs, or its calls to this computer go to the proxy in ${p.variable}`,
	/** The API host is reachable only through the proxy in `variable`: the user's Node program must be told to use it. */
	nodeEnvProxy: (p: {variable: string; shell: Shell}) =>
		`${setsForOneCommand(p.shell) ? `Run your Node program with NODE_USE_ENV_PROXY=1 (NODE_USE_ENV_PROXY=1 node app.js; Node 22.21, or 24 and newer)` : `In ${shellNames[p.shell]}, run ${setCommand('NODE_USE_ENV_PROXY', '1', p.shell)}, then start your Node program there (Node 22.21, or 24 and newer)`}, so that it goes through the proxy in ${p.variable}; on an older Node, give its client a proxy agent (the openai package: fetchOptions with undici's ProxyAgent as dispatcher)`,
	throughOtherToolsProxy: (p: {variable: string; suggested: string; login: boolean; shell: Shell}) =>
		`${runAgainWith(p.shell, 'HTTPS_PROXY', p.suggested)}${p.login ? ` (with the user and password from ${p.variable} after its //)` : ''}, the proxy in ${p.variable} that your program's calls most likely go through`,
	/** `settings`: where the system's proxy is set (checkMessages' systemProxySettings), `proxy` the one they give browsers, which answers. Why programs do not read those settings is the Network row's to say: a short window keeps this fix whole. */
	throughSystemProxy: (p: {settings: string; proxy: string; shell: Shell}) =>
		`${runAgainWith(p.shell, 'HTTPS_PROXY', p.proxy)}, the proxy ${p.settings} give browsers, and set it where your program runs too`,
	systemProxyDown: (p: {settings: string; proxy: string}) =>
		`Start the proxy or VPN app that set ${p.proxy} in ${p.settings}, or turn the system proxy off there`,
	/** The settings have browsers run a PAC script or find their proxy by themselves: which proxy it gives for `host`. */
	systemPac: (p: {settings: string; host: string}) =>
		`Ask whoever runs this network which proxy ${p.settings} give browsers for ${p.host}, and set HTTPS_PROXY to it for this tool and where your program runs`,
	proxyShadows: (p: {variable: string; twin: string}) => `Unset ${p.variable} to use the proxy in ${p.twin}, or fix ${p.variable}`,
	noProxyBypass: (p: {variable: string; noProxy: string; entry: string; host: string}) =>
		`Remove "${p.entry}" from ${p.noProxy}, so that calls to ${p.host} go through the proxy in ${p.variable}`,
	otherToolsProxy: (p: {variable: string; proxy: string}) =>
		`Start the proxy at ${p.proxy}, or unset ${p.variable} where your program runs`,
	callFromServedRegion: (p: {name: string}) =>
		`${p.name} does not serve the country or region your calls come from: use it only where it is offered, or a service offered where you are; if ${p.name} is a gateway, what counts is where its own server calls from, which only whoever runs it can change`,
	allowCallerAddress: (p: {name: string}) =>
		`In ${p.name}'s console, add the IP address your calls come from to this key's allowed IPs, or clear that list; if ${p.name} sees another address than yours (a proxy or load balancer in front of it), only whoever runs it can fix that`,
	allowCallerNetwork: (p: {name: string}) =>
		`Call from a network the resource in ${p.name} allows (through its private endpoint, where it has one), or add the IP address your calls come from to the allowed addresses in its networking (firewall) settings`,
	/** The base URL's `host` resolved to a proxy app's fake-ip address and the connection failed: that app first. */
	/** `system`: whose way of setting the clock (deepseek/wsl.ts clockSystem). */
	setClock: (p: {system: ClockSystem}) =>
		({
			wsl: "Set the clock right: in WSL, run sudo hwclock -s (or wsl --shutdown in Windows, then open WSL again); WSL 2's clock drifts after the computer sleeps",
			linux: 'Set the clock right: run sudo timedatectl set-ntp true to turn on time sync',
			darwin: 'Set the clock right: System Settings › General › Date & Time › Set time and date automatically',
			win32: 'Set the clock right: Settings › Time & language › Date & time › Set time automatically, then Sync now',
		})[p.system],
	oldCertificateOnTheWay: (p: {host: string}) =>
		`If the clock is right, something on the way presents an old certificate for ${p.host}: turn off HTTPS inspection for it in your proxy or antivirus, or try another network`,
	lapsedCertificate: (p: {host: string; on: string}) => `Tell whoever runs ${p.host} that its certificate expired on ${p.on}`,
	/** Inside WSL 2, a proxy or service on loopback refused: mirrored networking shares Windows' loopback (deepseek/wsl.ts). */
	wslMirrored: "Turn on WSL's mirrored networking, where 127.0.0.1 is Windows' (Windows 11 22H2 or newer): add networkingMode=mirrored under [wsl2] in %UserProfile%\\.wslconfig, then run wsl --shutdown",
	/** `suggested`: the proxy URL with Windows' address as WSL sees it (its default gateway), when known. */
	/** `readAt`: where to read Windows' address when it is not known: the default route's gateway (NAT), or ipconfig on Windows (another networking mode). */
	wslProxyAtWindows: (p: {variable: string; suggested: string | undefined; readAt: WindowsAddressAt}) =>
		p.suggested === undefined
			? `Or set ${p.variable} to Windows' address as WSL sees it (${windowsAddressAt[p.readAt]}), with the same port, and turn on "Allow LAN" in the proxy app`
			: `Or set ${p.variable}=${p.suggested}, Windows' address as WSL sees it, and turn on "Allow LAN" in the proxy app`,
	/** `windowsHost`: Windows' address as WSL sees it, when known; `loopback`: the base URL's host now. */
	wslServiceAtWindows: (p: {loopback: string; windowsHost: string | undefined; readAt: WindowsAddressAt}) =>
		`Or put ${p.windowsHost === undefined ? `Windows' address as WSL sees it (${windowsAddressAt[p.readAt]})` : `${p.windowsHost}, Windows' address as WSL sees it,`} in place of ${p.loopback} in the base URL, with the relay listening on all addresses (0.0.0.0) and its port open in Windows' firewall`,
	/** Or run it where 127.0.0.1 reaches it. */
	/**
	 * Inside a container, the proxy (`variable`) refused on loopback: `suggested`, its URL with the host's name or
	 * address as the container sees it, where known; the app must listen beyond 127.0.0.1.
	 */
	containerProxyAtHost: (p: {variable: string; suggested: string | null}) =>
		p.suggested === null
			? `Set ${p.variable} to the host's address as the container sees it (host.docker.internal, or after "via" in ip route show default), with the same port, and turn on "Allow LAN" in the proxy app`
			: `Set ${p.variable}=${p.suggested}, the host as the container sees it, and turn on "Allow LAN" in the proxy app`,
	/** Inside a container, the base URL on loopback refused: `suggested`, the base URL with the host's name or address, where known. */
	containerServiceAtHost: (p: {loopback: string; suggested: string | null}) =>
		p.suggested === null
			? `Put the host's address as the container sees it (host.docker.internal, or after "via" in ip route show default) in place of ${p.loopback} in the base URL, with the relay listening on all addresses (0.0.0.0)`
			: `Set the base URL to ${p.suggested}, the host as the container sees it, with the relay listening on all addresses (0.0.0.0)`,
	/** Inside a container, a codespace or a pod: the proxy or relay run beside the program (Codespaces reach the internet directly). */
	containerRunInside: (p: {what: 'proxy' | 'service'; place: ContainerPlace; variable: string | null}) =>
		p.what === 'proxy'
			? p.place === 'codespace' ? `Unset ${p.variable ?? 'the proxy variable'}: a codespace reaches the internet directly` : `Or unset ${p.variable ?? 'the proxy variable'} if the ${p.place} reaches the internet directly`
			: p.place === 'codespace' ? 'Use a relay reachable from the internet, or run the relay in the codespace itself'
			: p.place === 'pod' ? 'Or run the relay as a sidecar container in this pod, where 127.0.0.1 reaches it'
			: 'Or run the relay or gateway in the container, or beside it on its network',
	/** Inside a Kubernetes pod, the proxy (`variable`) or the base URL on `loopback` refused: a program elsewhere in the cluster is reached by its Service's name. */
	podServiceAddress: (p: {variable: string | null; loopback: string}) =>
		p.variable === null
			? `Replace ${p.loopback} in the base URL with the relay's Service name (NAME.NAMESPACE.svc.cluster.local)`
			: `Set ${p.variable} to the proxy's Service address in the cluster (http://NAME.NAMESPACE.svc.cluster.local:PORT)`,
	wslRunInside: (p: {what: 'proxy' | 'service'}) => (p.what === 'proxy' ? 'Or run the proxy inside WSL' : 'Or run the relay or gateway inside WSL'),
	/** Docker's or Podman's name for the computer that runs the containers, tried outside them: `suggested` is the base URL with localhost. */
	/** Only outside: the sentence says the name is right inside containers, and a second clause would push the cause off a 40×15 window. */
	hostAliasOutside: (p: {suggested: string}) => `Outside a container, use the base URL ${p.suggested}`,
	/** The option that defines Docker's name in a container on Linux (Docker Desktop defines it itself). */
	addHostGateway: (p: {name: string}) => `In a container on Linux, start it with --add-host=${p.name}:host-gateway (in Compose: extra_hosts: ["${p.name}:host-gateway"])`,
	/** A Compose service's name tried outside Compose: `suggested` is the base URL with localhost, on the same port. */
	composeServiceOutside: (p: {name: string; port: number; suggested: string}) =>
		`Outside Compose, use the base URL ${p.suggested}, with the port ${p.name} publishes if not ${p.port} (docker compose port ${p.name} ${p.port} prints it)`,
	fakeIpApp: (p: {host: string}) => `Open your proxy app (Clash, Surge, sing-box…): check that it is running, pick another node, or set ${p.host} to DIRECT in its rules`,
	/** Nothing carries the fake-ip address the host resolved to: the app with its TUN mode on, or (unless `proxyNamed`, a fix before naming one) its HTTP port in HTTPS_PROXY. */
	fakeIpUnrouted: (p: {proxyNamed: boolean}) =>
		`Start your proxy app (Clash, Surge, sing-box…) with TUN mode on${p.proxyNamed ? '' : ', or set HTTPS_PROXY to its HTTP port (for example http://127.0.0.1:7890)'}`,
	/** `command`: this system's (deepseek/fake-ip.ts dnsFlushCommand). */
	flushDns: (p: {command: string}) => `If you quit the proxy app, flush the DNS cache: ${p.command}`,
	/**
	 * A known service's name that resolved to this computer (deepseek/resolved-here.ts): the hosts file's line or the blocker's
	 * rule for it. Short: at 40×15 the wizard gives it four rows, and the flush command at its end must not be cut.
	 */
	hostsEntry: (p: {host: string; hostsFile: string; command: string}) =>
		`Remove ${p.host} from ${p.hostsFile} or allow it in your ad blocker, then flush the DNS cache: ${p.command}`,
	/**
	 * The same at an address on a private network (resolvedPrivate): the hosts file first, then the DNS that may answer so
	 * (a router's, an ad blocker's), and a public resolver's answer to compare. Four rows at 40×15, the command at its end whole.
	 */
	privateDnsEntry: (p: {host: string; hostsFile: string}) =>
		`Look for ${p.host} in ${p.hostsFile}, then in your router's or ad blocker's DNS; to compare: nslookup ${p.host} 1.1.1.1`,
	localUpstreamNetwork: (p: {name: string}) =>
		`Check how ${p.name} goes out to the service behind it: its own proxy setting and the VPN or system proxy on this computer (users found it worked with the VPN on, or only with it off); to tell, run deepseek-fix again with the base URL https://api.deepseek.com, which skips the proxy`,
	/** A gateway on this computer failed without saying why: the user runs it, so its log and its channels. */
	localGatewayChannels: (p: {name: string}) =>
		`Read ${p.name}'s log, then check the channel serving this model: the provider's key, base URL and proxy`,
	/** The title already says that it takes these calls only from its own app: what to do, short enough to read whole in a small window (DeepSeek's own API is the next fix). */
	/** The service is not open to this account: enable it for the organization there, or (`personal`) use a team account. */
	enableService: (p: {name: string; refused: AccountRefusal}) =>
		p.refused === 'personal'
			? `Use a team (organization) account at ${p.name}, not a personal one: create a team there and make the calls with it`
			: p.refused === 'role'
			? `Ask an administrator at ${p.name} to give your role access to the service (or to give you a role that has it)`
			: p.refused === 'consumer'
			? `Ask whoever runs ${p.name} to allow this key (its consumer) on the route your calls take, or use a key of a consumer allowed there`
			: `Enable the service for your account in ${p.name}'s console (for an organization's account, its administrator does that), or use a team account where it is enabled`,
	/** Its console, after "not the key, not the balance" (an account it does not take): so not "check your key and balance" there. */
	accountConsole: (p: {name: string}) => `In the ${p.name} console, see which organization or team your account is in`,
	useOwnApp: (p: {name: string}) => `Use ${p.name} only from its own app, or get a plan or key meant for API use`,
	/** Its console, after "not the key, not the balance": so not "check your key and balance" there. */
	ownAppConsole: (p: {name: string}) => `In the ${p.name} console, see whether a plan of its takes API calls from other programs`,
	/** After a refusal by its content moderation (OpenRouter's guardrails): what blocked it may be set on the key or workspace there. */
	moderationConsole: (p: {name: string}) => `If the request is fine, see in the ${p.name} console whether a guardrail or content filter set on your key or workspace blocks it (you or its administrators can change that)`,
	upstreamCertificate: (p: {name: string}) =>
		`On the machine that runs ${p.name} (yours, if it runs locally): turn off what intercepts HTTPS there (a proxy, antivirus or debugging tool), or add its certificate to the trusted roots; otherwise ask whoever runs it`,
	rotateKey: 'Rotate the key: delete it and create a new one on the API keys page (never commit keys)',
	setAlert: 'Get warned next time: run deepseek-fix balance --below 5 from cron',
	usage: 'See what is spending on the usage page',
	pricing: 'See the prices per token',
	errorCodes: 'Read DeepSeek\'s error codes',
	/**
	 * `models`: ids the service lists (empty when its list could not be read). What to use comes first: a 40-column
	 * window cuts this fix to its first row ("Use a model the service lists, e.g.…"), where to set it after.
	 */
	useListedModel: (p: {models: readonly string[]}) =>
		p.models.length > 0
			? `Use a model the service lists, e.g. ${p.models.join(', ')}: set it as the "model" parameter of your calls, or in your app's model setting`
			: 'Use a model from the service\'s own model list: set it as the "model" parameter of your calls, or in your app\'s model setting',
	deepseekModels: 'See DeepSeek\'s current model names on its Models & Pricing page',
	relayModelNames: (p: {name: string}) =>
		`${p.name} names DeepSeek's models its own way (OpenRouter: deepseek/deepseek-chat; SiliconFlow: deepseek-ai/DeepSeek-V3): copy the exact id from its model list, capitals included`,
	/** The service blocked the user behind the key: only its operator can lift that. */
	askOperatorToUnblock: (p: {name: string}) => `Ask whoever runs ${p.name} to lift the block on your account (only they can)`,
	/** The provider behind a proxy on this computer locked the account the proxy uses there. */
	askProviderToUnblock: (p: {name: string}) => `Ask the provider ${p.name} sends your calls to (its support, as its answer says) to lift the lock on that account, or set ${p.name} to use another account or provider`,
	/** The service disabled this token (or it expired): its console enables it or makes another. */
	enableToken: (p: {name: string}) => `Enable this token again in ${p.name}'s console, or make a new one there`,
	/** The gateway refuses the group the token is in: another group, chosen in its console, does. */
	moveTokenGroup: (p: {name: string}) => `Move this token to a group your account can use in ${p.name}'s console (or make a new token in one), or ask whoever runs it which group to use`,
	/** The service's own reading says the token expired: enabling it does not help, a later expiry does. */
	extendToken: (p: {name: string}) => `Extend this token's expiry in ${p.name}'s console, or make a new one there`,
	askOperatorToMapModel: (p: {name: string; upstream: string}) => `Ask whoever runs ${p.name} to map that model name to one ${p.upstream} serves (a model mapping on the channel), or which name to use`,
	/** Volcengine Ark: the model is not activated for the account. */
	activateModel: (p: {name: string}) => `Activate the model in ${p.name}'s console (its model activation page), then call it again`,
	/** Volcengine Ark: the account calls models only by an inference endpoint's id. */
	/** A router has the model but no provider of it for the call as sent: another model, or the account's settings there. */
	routingSettings: (p: {name: string}) =>
		`Pick a model there whose providers take what your calls send, or check your account's privacy and provider settings in ${p.name}'s console`,
	useEndpointId: (p: {name: string}) => `Create an inference endpoint for the model in ${p.name}'s console, and send its id (ep-…) as the "model" of your calls`,
	askOperatorForModel: (p: {name: string}) => `Ask whoever runs ${p.name} to open that model to your key (a channel for it in your key's group), or which name to use`,
	/** The gateway has no price for the model (new-api's model ratio or price): its operator sets one, or turns on self-use mode when it is their own. */
	askOperatorToPriceModel: (p: {name: string}) => `Ask whoever runs ${p.name} to set a price for that model (in New API: its model ratio or price settings, or self-use mode on a gateway for their own use); if you run it, do that yourself`,
	/** The service passed on its upstream provider's "no balance": the account it uses there is the one to top up. */
	askOperatorForUpstream: (p: {name: string; upstream: string}) =>
		`Ask whoever runs ${p.name} to top up the account it uses at ${p.upstream} (your balance at ${p.name} is not the problem), or to send your calls to another provider`,
	/** The same, at a service with a console of its own: its support is reached from there. */
	askSupportForUpstream: (p: {name: string; upstream: string}) =>
		`Ask ${p.name}'s support to refill its own ${p.upstream} account (not yours), or pick a model there that another provider serves`,
	/** The service refused the request itself: what it takes is the question, not the money. */
	askOperatorAboutRequest: (p: {name: string}) => `If the same request keeps being refused, ask whoever runs ${p.name} what it takes`,
	askOperatorAboutLimits: (p: {name: string}) => `Ask whoever runs ${p.name} how many requests it allows your key, and whether it can allow more`,
	/** After an error from the provider serving the model at a router (OpenRouter's error in a 200's choice). */
	otherProvider: (p: {name: string}) =>
		`If it keeps failing, let ${p.name} send the model to another provider (do not pin one in your app), or pick another model there`,
	askOperatorAboutErrors: (p: {name: string}) => `If it keeps failing, tell whoever runs ${p.name}: only they can see what goes wrong on their side`,
	/** The service reaches DeepSeek at an address DeepSeek does not serve. */
	deepSeekAddressInProxy: (p: {name: string}) =>
		`In ${p.name} (it runs on this computer), set DeepSeek's address as it expects it: the base https://api.deepseek.com, or the whole https://api.deepseek.com/chat/completions where it asks for the full endpoint`,
	/** `base`: the address the redirect leads to (another host), without the path the tool added. */
	askOperatorAboutMove: (p: {name: string; base: string}) => `Ask whoever runs ${p.name} whether the service moved to ${p.base}; if it did, set that as the base URL (your key goes to it with every call)`,
	askOperatorAboutDeepSeekAddress: (p: {name: string}) =>
		`Ask whoever runs ${p.name} to correct the DeepSeek address it sends your calls to (https://api.deepseek.com, or https://api.deepseek.com/chat/completions where the full endpoint is asked for)`,
	/** Cloudflare's firewall or challenge in front of the service refused the call. */
	askOperatorToLetThrough: (p: {name: string}) =>
		`Ask whoever runs ${p.name} to let API calls through its Cloudflare protection; until then, calls from another network (or without a VPN) may get through`,
};

// Every table above in each language; the Simplified Chinese ones are in zh-CN/fixes.ts, of the same types.
export type FixMessages = Messages<typeof fixMessagesEn>;
export const fixMessages: FixMessages = localized({en: fixMessagesEn, 'zh-CN': zhCN.fixMessages});
