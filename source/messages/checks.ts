// Every sentence the live checks produce (en). One line each: they end up in the check
// list of the wizard, the text report and `check --json`.
import {amountText} from '../text/amount.js';
import type {BalanceInfo} from '../domain/balance.js';
import type {AssignmentShell} from '../checks/key-format.js';
import type {KeySource} from '../checks/types.js';
import {statusComponentsInEnglish} from '../deepseek/facts.js';
import {incidentInEnglish} from '../deepseek/status-incident.js';
import {appFixPlaceEn, appSetsEn, appSettingPlaceEn, inEnvironmentFile} from '../text/app-setting.js';
import type {ContainerNameKind} from '../deepseek/container-names.js';
import type {ContainerKind} from '../deepseek/container.js';
import type {FakeIpFailure} from '../deepseek/fake-ip.js';
import type {SavedKey, StartupKey} from '../deepseek/saved-key.js';
import type {SystemProxySource} from '../deepseek/system-proxy.js';
import {joined} from '../text/clause.js';
import {localized, type Messages} from './language.js';
import {windowsHowEn, windowsVariablesEn} from '../text/saved-key-place.js';
import * as zhCN from './zh-CN/checks.js';
import {placeEn} from '../text/dotenv-place.js';
import {vendorRefusal, type OwnApiVendor} from '../deepseek/url.js';
import type {DotenvFullWidth, DotenvUtf16} from '../project-env.js';
import {agentAppNames, type AgentApp} from '../deepseek/facts.js';

/**
 * An agent app sends its DeepSeek key (`name` in `settingsFile`) to its vendor's own API (`host`): `setting` set to `url`
 * fixes it. `noKey`: there is no DEEPSEEK_API_KEY (said first), and how to check that key comes after.
 */
/** `settingsFile`: where the key is (`inEnvironmentFile` for the shell's); `fixFile`: the settings file where `setting` is set. */
export type AppKeyToVendorSaid = {app: AgentApp; name: string; settingsFile: string; fixFile: string; masked: string; host: string; vendor: OwnApiVendor; setting: string; url: string; noKey?: boolean};

/** Where the system's proxy is set, as a sentence names it (deepseek/system-proxy.ts). */
const systemProxySettingsEn: Record<SystemProxySource, string> = {
	windows: "Windows' proxy settings",
	macos: "macOS's network proxy settings",
	gnome: "GNOME's network proxy settings",
	kde: "KDE's proxy settings",
};

// `file`: the dotenv file a `dotenv` key came from (`.env.local`, `../.env`).
const keySourceNames = (file: string): Record<KeySource, string> => ({
	env: 'DEEPSEEK_API_KEY',
	dotenv: `DEEPSEEK_API_KEY in ${placeEn(file)} (this shell does not set it; programs here that load ${file} send it)`,
	remembered: 'remembered settings',
	prompt: 'what you pasted',
	claude_code: "Claude Code's settings",
	opencode: "OpenCode's config",
	continue: "Continue's config",
	aider: "Aider's settings",
	codex: "Codex's config",
	// `file` is then the variable (OPENAI_API_KEY…).
	variable: file,
	none: 'nowhere',
});

/** The key checked, as otherInApp's sentence starts with it. */
const keyCheckedEn = (file: string): Record<KeySource, string> => ({
	env: 'DEEPSEEK_API_KEY',
	dotenv: `DEEPSEEK_API_KEY in ${file}`,
	remembered: 'The remembered key',
	prompt: 'The key you pasted',
	claude_code: "The key in Claude Code's settings",
	opencode: "The key in OpenCode's config",
	continue: "The key in Continue's config",
	aider: "The key in Aider's settings",
	codex: "The key in Codex's config",
	variable: `The key in ${file}`,
	none: 'No key',
});

/** How a direct connection failed before TLS, after "and" (`ms`: the deadline, for a timeout; `code`, for any other failure). */
const connectionFailedHow = (failure: FakeIpFailure, ms: number, code: string) =>
	failure === 'refused' ? 'the connection was refused'
	: failure === 'reset' ? `the connection was cut (${code})`
	: failure === 'timeout' ? `nothing answered within ${ms} ms`
	: `connecting failed (${code})`;

/** The words every "refused with 401" sentence opens with. */
const rejected401 = 'Rejected (401)';

/** Docker's or Podman's name for the computer that runs its containers: the fix names the option that defines it on Linux. */
const hostAliasSaid = (name: string, tool: string) =>
	`Cannot resolve ${name}: ${tool} gives this name to the computer that runs its containers, and only inside them. On that computer itself, the same service is at localhost.`;

/** Where a name only containers resolve comes from, and what stands for it outside them. */
const containerNameSaid: Record<ContainerNameKind, (name: string) => string> = {
	docker_host: name => hostAliasSaid(name, 'Docker'),
	podman_host: name => hostAliasSaid(name, 'Podman'),
	service_name: name =>
		`Cannot resolve ${name}: a name without a dot is most often a Docker Compose service's, which only the containers on its network resolve (or a computer's on your local network). Outside Compose, the service is at localhost, on the port it publishes.`,
};

/** WSL 2's networking as wslinfo named it (deepseek/wsl.ts); NAT, its default, where it could not say. */
const inWslMode = (mode: string | null) => (mode === null || mode === 'nat' ? 'in its default (NAT) networking' : `in its ${mode} networking`);

/** The container this runs in, as the refusal names it (deepseek/container.ts). */
const containerNames: Record<Exclude<ContainerKind, 'codespaces' | 'kubernetes'>, string> = {docker: 'a Docker container', podman: 'a Podman container', devcontainer: 'a Dev Container', other: 'a container'};

/** Why loopback refused inside a container: `what` on the host (in a codespace, on the user's own computer; in a pod, anywhere outside it) is not there. */
const containerSaid = (p: {loopback: string; kind: ContainerKind; what: string}) =>
	p.kind === 'codespaces'
		? `this is a GitHub codespace: ${p.loopback} is the codespace's own, in a cloud VM, so ${p.what} on your own computer is not reachable from it.`
		: p.kind === 'kubernetes'
		? `this runs in a Kubernetes pod: ${p.loopback} is the pod itself, shared only by its containers, so ${p.what} running anywhere else (your computer, the node, another pod) is not reached there.`
		: `this runs in ${containerNames[p.kind]}: ${p.loopback} is the container's own, so ${p.what} on the computer that runs the container is not reached there.`;

const trace = (id: string | undefined) => (id ? ` Trace id: ${id}.` : '');

const bodyProblems: Record<string, string> = {
	empty: 'an empty answer',
	not_json: 'a web page instead of JSON',
	malformed_json: 'broken or cut-off JSON',
	too_large: 'an answer far too large to be an API response',
	undecodable: 'a compressed answer that could not be decompressed',
};

/** Other tools here trust the certificate file `path` (by `variable`), which Node does not read: what to run. */
/**
 * `holdsIssuer` false: the file was read and lacks what Node needs to trust the certificate presented; `missingRoot`:
 * it holds part of the chain (an intermediate), and this root above it is what it lacks.
 */
const otherToolsTrust = (variable: string, path: string, holdsIssuer: boolean | undefined, missingRoot: string | undefined) =>
	holdsIssuer === false && missingRoot !== undefined
		? `Your other tools trust the certificates in ${path} (${variable}), but it holds only part of this chain, not its root "${missingRoot}", and Node needs the root (an intermediate alone is not enough): NODE_EXTRA_CA_CERTS=${path} alone would not help.`
		: holdsIssuer === false
		? `Your other tools trust the certificates in ${path} (${variable}), but it does not hold the one that issued this certificate: NODE_EXTRA_CA_CERTS=${path} would not help.`
		: `Your other tools trust the certificates in ${path} (${variable}), but Node does not read that variable: run again with NODE_EXTRA_CA_CERTS=${path}.`;

const checkMessagesEn = {
	crashed: (message: string) => joined('The check itself failed', message),
	cancelled: 'Cancelled.',
	overran: (ms: number) => `Gave up after ${ms} ms without a result.`,
	/**
	 * A request that got no connection where the Network row already says why (checks/unreached.ts):
	 * the row only points there. The host or proxy is the Network row's to name (one sentence for both): with
	 * it, a row such as "Authentication: …" took more than 58 columns and a 60-column window cut it after "no connection to".
	 */
	unreached: {
		noConnection: 'Not checked (no connection; see Network).',
		badProxy: (p: {variable: string}) => `Not checked, as ${p.variable} holds no usable proxy URL (see Network).`,
		/** The balance refused with the 401 the Authentication row already gives (checks/unreached.ts): not the same refusal twice. */
		keyRefused: 'Key refused, so not read (see Authentication).',
		/**
		 * A request that timed out where the Network row connected to the same host directly: reached, and slow. It names
		 * no row: the wizard's result shows only the rows that did not pass, so a passed Network row is not there to see.
		 */
		answersSlowly: (p: {seconds: string}) => `Connected, but no answer within ${p.seconds} s: the service answers slowly; allow more time with --timeout.`,
	},

	/**
	 * `what`: the request, as the `what` of auth, balance and probe below. The status comes first, so a row cut
	 * at the edge keeps it ("Authentication: HTTP 503 when listing…").
	 */
	http: {
		bodyProblem: (what: string, status: number, problem: string) =>
			`HTTP ${status} with ${bodyProblems[problem] ?? problem} when ${what}.`,
		/** A 3xx: where it sends the call (`location` without its query string); never followed. */
		redirect: (what: string, status: number, location: string) => `HTTP ${status} when ${what}: it redirects to ${location} (not followed).`,
		/** An answer that is no text: never shown, only its size. */
		binary: (what: string, status: number, bytes: number) => `HTTP ${status} with a binary answer of ${bytes} bytes, not text, when ${what}.`,
		status: (what: string, status: number, serverSays: string | undefined) =>
			serverSays ? `HTTP ${status} when ${what}: "${serverSays}".` : `HTTP ${status} when ${what}.`,
	},

	keyPresent: {
		title: 'API key',
		missing: 'No API key found: set DEEPSEEK_API_KEY or paste one in the wizard.',
		blankEnv: 'DEEPSEEK_API_KEY is set but blank (empty or only spaces), so no key is sent: put your key in it, or paste one in the wizard.',
		/** No key, but another tool's variable (or the folder's .env) holds a DeepSeek-shaped one: named, never sent. */
		/** `offered`: the wizard's key question offers it as a row (a variable of the environment, not a dotenv file's). */
		missingButElsewhere: (p: {variable: string; masked: string; offered: boolean}) =>
			`No key in DEEPSEEK_API_KEY, but ${p.variable} holds a DeepSeek-shaped key (${p.masked}), as the OpenAI SDK or Claude Code reads it: to check that key, set DEEPSEEK_API_KEY to it, or ${p.offered ? 'pick' : 'paste'} it in the wizard.`,
		/** No key, but an agent app's settings file (`file`: Claude Code's, OpenCode's) gives its key `variable` a DeepSeek-shaped key: the one it sends. Named, never sent. */
		missingButInApp: (p: {app: AgentApp; variable: string; masked: string; file: string}) =>
			`No key in DEEPSEEK_API_KEY, but ${appSetsEn(p.app, p.variable, p.file)} a DeepSeek-shaped key (${p.masked}), the key ${agentAppNames[p.app]} sends: to check that key, set DEEPSEEK_API_KEY to it, or pick it in the wizard.`,
		/** No key: the folder's dotenv file `file` sets DEEPSEEK_API_KEY but is saved as UTF-16, which no dotenv loader reads. */
		dotenvUtf16: (p: DotenvUtf16) =>
			`No key: ${placeEn(p.file)} sets DEEPSEEK_API_KEY, but it is saved as ${p.encoding} (one of Notepad's "Unicode" encodings), which neither dotenv nor python-dotenv can read, so programs here get no key from it. Save it as UTF-8.`,
		/** No key: line `line` of the dotenv file `file` would set DEEPSEEK_API_KEY but for its full-width ＝, which no dotenv loader reads. */
		dotenvFullWidthEquals: (p: DotenvFullWidth) =>
			`No key: line ${p.line} of ${placeEn(p.file)} sets DEEPSEEK_API_KEY with a full-width ＝ (as a Chinese input method types it in full-width mode), which neither dotenv nor python-dotenv reads, so programs here get no key from it. Type that ＝ again as = in half-width mode (Shift+Space).`,
		/** No key here, but DEEPSEEK_API_KEY is saved for later shells (deepseek/saved-key.ts): where, and how this one gets it. */
		savedNotLoaded: (saved: SavedKey) =>
			saved.kind === 'file'
				? `No key in this shell's environment, but ${saved.file} sets DEEPSEEK_API_KEY: a shell started before that line was written has not read it, nor has a program started without your shell (an IDE, cron, a service). Open a new terminal or run source ${saved.file}; for an IDE or cron, set it there.`
				: `No key in this window's environment, but DEEPSEEK_API_KEY is saved in ${windowsVariablesEn(saved.kind)}${windowsHowEn}: only windows and editors started after it was saved have it. Open a new terminal, and restart your editor (VS Code, PyCharm) if the program runs from it.`,
		/** `variableFile`: with `variable`, the dotenv file that variable was read from (the folder's .env), not the environment. */
		found: (source: KeySource, file: string, variableFile?: string) =>
			`Found in ${source === 'variable' && variableFile ? `${file} in ${placeEn(variableFile)}` : keySourceNames(file)[source]}.`,
		/** The key an agent app sends, picked (--key-from, the wizard), is the shell's `name` (its settings set none): not its settings'. */
		foundInAppVariable: (p: {app: AgentApp; name: string}) => `Found in ${appSettingPlaceEn(p.app, p.name, inEnvironmentFile)}, which ${agentAppNames[p.app]} sends.`,
		/** DEEPSEEK_API_KEY is set, and a start-up file or Windows' variables save another key for new shells: this one was started before. */
		otherInStartup: (p: {saved: StartupKey; used: string}) =>
			p.saved.kind === 'file'
				? `Found in DEEPSEEK_API_KEY (${p.used}), but ${p.saved.file} sets another key (${p.saved.masked}): a terminal or editor started before that line changed keeps the old one. Open a new terminal or run source ${p.saved.file}, and restart your editor.`
				: `Found in DEEPSEEK_API_KEY (${p.used}), but ${windowsVariablesEn(p.saved.kind)} hold another key (${p.saved.masked}): a window or editor opened before it was saved keeps the old one. Open a new terminal, and restart your editor.`,
		/**
		 * An agent app's settings (`name` in `settingsFile`) give it another key (`masked`) than the one checked (`used`, from
		 * `source`; `file`: the dotenv file of a `dotenv` key), and it sends it to DeepSeek: its calls bill that key's account.
		 * `more`: how many other apps do so too.
		 */
		otherInApp: (p: {source: KeySource; file: string; used: string; app: AgentApp; name: string; settingsFile: string; masked: string; more: number}) =>
			`${keyCheckedEn(p.file)[p.source]} (${p.used}) is the key checked; ${appSettingPlaceEn(p.app, p.name, p.settingsFile)} sets another (${p.masked}): ${agentAppNames[p.app]}'s calls use that key's account.${
				p.more > 0 ? ` ${p.more} more ${p.more === 1 ? 'app sends' : 'apps send'} another key too.` : ''}`,
		/**
		 * An agent app's settings (`name` in `settingsFile`) give it a DeepSeek-shaped key (`masked`) and no base URL that
		 * sends it to DeepSeek: it goes to `host`, the app's vendor's own API, which refuses it; `setting` set to `url` fixes it.
		 */
		appKeyToVendor: (p: AppKeyToVendorSaid) =>
			`${p.noKey ? 'No key in DEEPSEEK_API_KEY. ' : ''}${appSettingPlaceEn(p.app, p.name, p.settingsFile)} holds a DeepSeek key (${p.masked}), but ${agentAppNames[p.app]} sends it to ${p.host}, not to DeepSeek: that API refuses it (${vendorRefusal[p.vendor]}). Set ${p.setting} to ${p.url} ${appFixPlaceEn(p.app, p.fixFile)}.${p.noKey ? ' To check that key itself, set DEEPSEEK_API_KEY to it, or pick it in the wizard.' : ''}`,
		/**
		 * With a key: another tool's base-URL variable (`baseVariable`, in the dotenv file `baseFile`, or the shell's) sends the
		 * DeepSeek key in `variable` (in `file`, or the shell's) to `vendor`'s own API, which refuses it (key_present's `keysSentElsewhere`).
		 */
		keyToVendor: (p: {variable: string; masked: string; file?: string | undefined; baseVariable: string; baseFile?: string | undefined; vendor: OwnApiVendor}) =>
			`${p.baseVariable}${p.baseFile ? ` in ${placeEn(p.baseFile)}` : ''} sends the DeepSeek key in ${p.variable}${p.file ? ` in ${placeEn(p.file)}` : ''} (${p.masked}) to ${p.vendor}'s own API, not to DeepSeek: that API refuses it (401).`,
		/** Said once after the summary: a project's `.codex/config.toml` (`file`) sets a DeepSeek provider, which Codex drops from a project's config (trusted or not); `instead`: the user's config.toml. */
		withCodexIgnored: (summary: string, p: {file: string; instead: string}) =>
			`${summary} Codex ignores the DeepSeek provider in ${p.file}: a project's config may not set model_provider or model_providers, trusted or not; set them in ${p.instead}.`,
		/** DEEPSEEK_API_KEY is set, and a dotenv file (`file`) sets another key: which one a program sends depends on how it loads the file. */
		otherInProjectEnv: (p: {used: string; inFile: string; file: string}) =>
			`Found in DEEPSEEK_API_KEY (${p.used}), but ${placeEn(p.file)} sets another key (${p.inFile}). dotenv and python-dotenv leave a variable that is already set alone, so a program started from this shell sends ${p.used}, as the checks do; to send the key in ${p.file}, unset DEEPSEEK_API_KEY or make the two the same.`,
	},

	keyFormat: {
		title: 'Key format',
		noKey: 'No key to look at.',
		looksRight: (masked: string) => `${masked} looks like a DeepSeek key.`,
		foreign: (vendor: string) => `This looks like a key from ${vendor}, not from DeepSeek.`,
		whitespace: 'The key has spaces or a line break around it; some tools send them along.',
		quoted: 'The key is wrapped in quotes; remove them where you set it.',
		bearer: 'The key starts with "Bearer ": tools add that word themselves, so they would send "Bearer Bearer sk-…". Keep only the sk-… part where you set it.',
		/** What a key that starts with a line's `prefix` holds, by where such a line is written (key-format.ts assignmentShell). */
		wholeLine: {
			env: 'the whole line of an .env file',
			sh: 'the whole shell line',
			powershell: 'the whole PowerShell line',
			nushell: 'the whole Nushell line',
			cmd: 'the whole Command Prompt line',
			fish: 'the whole fish line',
			setx: 'the whole setx command',
		} satisfies Record<AssignmentShell, string>,
		/** `prefix`: the text before the key (`$env:DEEPSEEK_API_KEY=`); `line`: wholeLine's words for it. */
		assignment: (p: {prefix: string; line: string}) => `The key starts with "${p.prefix}": ${p.line} was copied into the variable, not only the key. Keep only the sk-… part where you set it.`,
		/** `characters`: the code points, as `U+200B, U+00A0`. */
		nonAscii: (characters: readonly string[]) =>
			`The key holds characters that are not plain ASCII (${characters.join(', ')}: invisible or look-alike, from copying out of a web page, a PDF or a chat). No HTTP request can carry them (Python's clients say UnicodeEncodeError): copy the key again from the API keys page, or type it.`,
		/** Characters no request can carry, all around the key (`characters` by code point): this tool leaves them out, the user's program cannot. */
		aroundKey: (characters: readonly string[]) =>
			`The key has characters around it that are not plain spaces (${characters.join(', ')}: a no-break or full-width space, a byte order mark). No HTTP request can carry them: Python's clients stop with UnicodeEncodeError, Node's fetch with a ByteString error. This tool leaves them out, so its calls may work where your program's fail: remove them where the key is set.`,
		/** Characters no request can carry, all full-width forms (`characters` by code point): an input method's full-width mode. */
		fullWidth: (characters: readonly string[]) =>
			`The key holds full-width characters (${characters.join(', ')}), as a Chinese input method types them in full-width mode. No HTTP request can carry them: switch the input method to half-width (Shift+Space) and type them again, or copy the key again from the API keys page.`,
		/** After any warning about a key from a dotenv file: where it is set, to mend it there. */
		setAt: (summary: string, p: {file: string; line: number}) => `${summary} It is set on line ${p.line} of ${placeEn(p.file)}.`,
		placeholder: 'This looks like a placeholder from an example, not a real key.',
		unusual: 'Not shaped like a DeepSeek key (sk- and 32 hex characters); the server will tell.',
	},

	network: {
		title: 'Network',
		dnsSlow: (host: string, ms: number) => `Looking up ${host} took longer than ${ms} ms: DNS is slow or unreachable.`,
		dnsFailed: (host: string) => `Cannot resolve ${host}: check the base URL's spelling and your DNS.`,
		/** DeepSeek's own host: its name is spelt right, so the DNS is what fails. */
		dnsFailedOfficial: (host: string) => `Cannot resolve ${host}: the DNS server this computer uses gives no address for it; try another DNS server or network.`,
		/** The base URL's host is a name only containers resolve (deepseek/container-names.ts), and it did not resolve here. */
		containerNameUnresolved: (p: {name: string; kind: ContainerNameKind}) => containerNameSaid[p.kind](p.name),
		reached: (host: string, tls: boolean, ms: number, proxy: string | undefined) =>
			proxy ? `Proxy ${proxy} reachable in ${ms} ms.` : `${host} reachable${tls ? ', TLS OK,' : ''} in ${ms} ms.`,
		/** `reached` (the sentence above) at `address`, after the host's other addresses (`others`) did not connect. Never "address: others", which reads as one address. */
		reachedAfterOthers: (p: {reached: string; address: string; others: readonly string[]}) =>
			`${p.reached} Connected over ${p.address} after ${p.others.join(', ')} did not connect: a program that waits on ${p.others.join(', ')} first may be slow.`,
		tlsFailed: (host: string, code: string) =>
			`TLS to ${host} failed (${code}): a proxy or antivirus may be intercepting HTTPS.`,
		/** The handshake got plain text (OpenSSL's WRONG_VERSION_NUMBER…) at a port other than 443, or on this computer (`local`). */
		plainAnswer: (p: {host: string; port: number; code: string; local: boolean; reset?: boolean}) =>
			p.reset
				? `TLS to ${p.host}:${p.port} failed (${p.code}): the program at that port closed the connection at the TLS greeting, as one that takes plain HTTP does, so the base URL should most likely start with http://, not https://.`
				: p.local
				? `TLS to ${p.host}:${p.port} failed (${p.code}): the program at that port answers in plain HTTP, not HTTPS, so the base URL should start with http://, not https://.`
				: `TLS to ${p.host}:${p.port} failed (${p.code}): what answers at that port does not speak TLS (most often it is plain HTTP): the port or the https:// in the base URL is wrong.`,
		/**
		 * `failed`: what the failed handshake said (tlsFailed, or http.ts' tlsUntrusted); then what to run, as `variable`
		 * (REQUESTS_CA_BUNDLE, SSL_CERT_FILE…) names a certificate file other tools trust and NODE_EXTRA_CA_CERTS is not set.
		 */
		trustedElsewhere: (p: {failed: string; variable: string; path: string; holdsIssuer?: boolean | undefined; missingRoot?: string | undefined}) =>
			`${p.failed} ${otherToolsTrust(p.variable, p.path, p.holdsIssuer, p.missingRoot)}`,
		// Through a proxy, a failed first hop is the proxy's: proxyMessages (http.ts) say those.
		refused: (host: string, port: number) => `${host}:${port} refused the connection.`,
		/** `host`'s certificate is valid only from `from` (to `to`), and this computer's clock says `now`: it is behind. */
		certificateNotYetValid: (p: {host: string; from: string; to: string; now: string}) =>
			`The certificate ${p.host} presented is valid only from ${p.from} (to ${p.to}), and this computer's clock says ${p.now}: the clock is almost certainly behind. Set it right, and the connection will work.`,
		/** `host`'s certificate expired at `to`; `atDeepSeek`: DeepSeek's own, which is very unlikely to lapse. */
		certificateExpired: (p: {host: string; from: string; to: string; now: string; atDeepSeek: boolean}) =>
			`The certificate ${p.host} presented expired on ${p.to} (valid from ${p.from}), and this computer's clock says ${p.now}. ${
				p.atDeepSeek
					? 'If the clock is right, something on the way (a proxy or antivirus) is presenting an old certificate: DeepSeek letting its own lapse is very unlikely.'
					: `If the clock is right, ${p.host} has let its certificate lapse: only whoever runs it can renew it.`
			}`,
		/** `host` (host:port) on `loopback` refused, inside WSL 2 (deepseek/wsl.ts): what runs on Windows is not there. */
		wslRefused: (p: {host: string; loopback: string; mode: string | null}) =>
			`${p.host} refused the connection, and this is WSL 2: ${inWslMode(p.mode)}, ${p.loopback} is the Linux VM itself, not Windows, so a relay or gateway running on Windows (one-api, new-api, LiteLLM…) is not reached there.`,
		/** `host` (host:port) on `loopback` refused, inside a container (deepseek/container.ts): what runs on the host is not there. */
		containerRefused: (p: {host: string; loopback: string; kind: ContainerKind}) =>
			`${p.host} refused the connection, and ${containerSaid({loopback: p.loopback, kind: p.kind, what: 'a relay or gateway (one-api, new-api, LiteLLM…)'})}`,
		/** The proxy at `url` (on `loopback`) refused, inside a container: a proxy app on the host is not there. */
		containerProxyRefused: (p: {url: string; variable: string; loopback: string; kind: ContainerKind}) =>
			`The proxy ${p.url} (from ${p.variable}) refused the connection, and ${containerSaid({loopback: p.loopback, kind: p.kind, what: 'a proxy app (Clash, v2rayN…)'})}`,
		/** The proxy at `url` (on `loopback`) refused, inside WSL 2: a proxy app on Windows is not there. */
		wslProxyRefused: (p: {url: string; variable: string; loopback: string; mode: string | null}) =>
			`The proxy ${p.url} (from ${p.variable}) refused the connection, and this is WSL 2: ${inWslMode(p.mode)}, ${p.loopback} is the Linux VM itself, not Windows, so a proxy app running on Windows (Clash Verge, v2rayN…) is not reached there.`,
		connectSlow: (host: string, ms: number) => `No connection to ${host} within ${ms} ms: a firewall may be dropping it.`,
		connectFailed: (host: string, code: string) => `Connecting to ${host} failed (${code}).`,
		/** `reached`: the sentence above for the direct connection; ALL_PROXY is shown without its login. */
		/** `login`: the proxy URL in `variable` holds a login, which `suggested` leaves out. */
		otherToolsProxyUnused: (p: {failed: string; variable: string; proxy: string; suggested: string; login: boolean}) =>
			`${p.failed} This tool went direct, but ${p.variable} points at ${p.proxy}, which answers: Python's httpx and requests (so the openai SDK) and curl send their calls through it. To check that way, run again with HTTPS_PROXY=${p.suggested}${p.login ? `, with the user and password from ${p.variable} after its //` : ''}.`,
		/** After `reached` (the proxy's sentence): `twin`, the upper-case name of `variable`, holds another value. */
		proxyShadows: (p: {reached: string; variable: string; twin: string}) =>
			`${p.reached} ${p.twin} is set too, to another value, which ${p.variable} overrides (the lower-case name wins, as in curl and Python).`,
		/** After `reached` (the proxy's sentence): HTTP_PROXY taken for the https base URL at `host`. */
		httpProxyForHttps: (p: {reached: string; variable: string; host: string}) =>
			`${p.reached} This tool takes ${p.variable} for https URLs too, as Node tools built on undici do, but curl and Python's httpx and requests take it only for http:// URLs and call ${p.host} directly: if they need the proxy, set HTTPS_PROXY to it too.`,
		/** `entry`: the entry of `noProxy` (NO_PROXY or no_proxy) that exempts `host` from the proxy `variable` sets. */
		noProxyBypass: (p: {failed: string; host: string; variable: string; proxy: string; noProxy: string; entry: string}) =>
			`${p.failed} ${p.variable} sets the proxy ${p.proxy}, but the entry "${p.entry}" in ${p.noProxy} exempts ${p.host} from it, so this tool went direct: if this network reaches ${p.host} only through the proxy, remove that entry.`,
		/** After `reached` (the proxy's sentence): `no_proxy=` (empty) hides a NO_PROXY that names `host`. */
		emptyNoProxy: (p: {reached: string; host: string}) =>
			`${p.reached} no_proxy is set but empty, which hides NO_PROXY from this tool, as from Node tools built on undici; curl and Python's requests skip an empty no_proxy, read NO_PROXY and call ${p.host} directly: unset no_proxy, or give it NO_PROXY's value.`,
		/** After `reached` (direct): `entry` of `noProxy` is a `*.` wildcard, which curl and Python's clients do not read; `suggested` is the entry they do. */
		noProxyWildcard: (p: {reached: string; host: string; variable: string; proxy: string; noProxy: string; entry: string; suggested: string}) =>
			`${p.reached} The entry "${p.entry}" in ${p.noProxy} sends this tool's calls to ${p.host} direct, as Node tools built on undici read it, but curl and Python's requests read no "*." there and send theirs through the proxy ${p.proxy} (from ${p.variable}): write "${p.suggested}" instead, which all of them read.`,
		localCallsProxied: (p: {reached: string; variable: string; proxy: string; host: string}) =>
			`${p.reached} But ${p.variable} points at ${p.proxy} and NO_PROXY does not name ${p.host}: this tool never sends calls to this computer through a proxy, but Python's httpx and requests (so the openai SDK) do, and a proxy most often cannot reach this computer's services (it answers 502). Add ${p.host} to NO_PROXY where your program runs.`,
		/**
		 * After `reached` (the proxy's sentence): going direct to `host` failed (`code`), so programs that do not read `variable` cannot
		 * connect. Not "reachable only through the proxy": the proxy may still refuse to pass the calls on (another check says so).
		 */
		onlyThroughProxy: (p: {reached: string; host: string; variable: string; code: string}) =>
			`${p.reached} But going direct, ${p.host} cannot be reached (${p.code}), so a program that does not read ${p.variable} cannot connect: Node's built-in fetch and the SDKs built on it (the openai package, LangChain.js, the Vercel AI SDK) ignore it unless run with NODE_USE_ENV_PROXY=1 (Node 22.21, or 24 and newer); Python's openai, requests and curl read it.`,
		/** After `failed` (going direct): the proxy in `variable` (ALL_PROXY) does not answer either. */
		otherToolsProxyAlsoDown: (p: {failed: string; variable: string; proxy: string}) =>
			`${p.failed} ${p.variable} points at ${p.proxy}, where nothing answers either: Python's httpx and requests (so the openai SDK) and curl send their calls through it, so if your program does, start that proxy (a VPN or proxy app left off) and run again.`,
		/** After `reached`: NODE_TLS_REJECT_UNAUTHORIZED=0, which this tool's own connections ignore. */
		certificateChecksOff: (p: {reached: string; host: string}) =>
			`${p.reached} But NODE_TLS_REJECT_UNAUTHORIZED=0 is set: your Node programs skip certificate checks, so anything between them and ${p.host} can read the key they send (this tool checks anyway). Unset it; to get past a company proxy, point NODE_EXTRA_CA_CERTS at its certificate instead.`,
		/** After `failed`, a certificate not trusted: NODE_TLS_REJECT_UNAUTHORIZED=0 lets the user's Node programs through. */
		certificateChecksOffUntrusted: (p: {failed: string}) =>
			`${p.failed} Your Node programs connect anyway, as NODE_TLS_REJECT_UNAUTHORIZED=0 turns this check off for them: whatever presents this certificate can read the key they send.`,
		/** After `reached` (direct): the host resolved to `ip`, a proxy app's fake-ip address (deepseek/fake-ip.ts): that app carries the calls. */
		throughFakeIp: (p: {reached: string; ip: string}) => `${p.reached} Through a proxy app's fake-ip address (${p.ip}): its TUN mode carries these calls.`,
		/**
		 * Going direct to `ip`, the fake-ip address `host` resolved to, the connection failed (`failure`; `ms`: the
		 * deadline, for a timeout; `code`, for any other failure). `unrouted`: no TCP connection was made, so nothing carries
		 * that address (the app quit, or its TUN mode is off, the address still cached); else the app took it and failed.
		 */
		fakeIpFailed: (p: {host: string; ip: string; failure: FakeIpFailure; ms: number; code: string; unrouted: boolean}) =>
			`${p.host} resolved to ${p.ip}, a fake-ip address of a proxy app in TUN mode (Clash, Surge, sing-box…), and ${connectionFailedHow(p.failure, p.ms, p.code)}: ${
				p.unrouted ? 'nothing carries calls to that address now (the app has quit or its TUN mode is off), yet the DNS cache still holds it.' : 'the app took the connection, and it or the node it picked failed.'}`,
		/**
		 * Going direct, a known service's name resolved to `ip`, this computer itself or 0.0.0.0 (deepseek/resolved-here.ts),
		 * and the connection failed: a hosts file line (`hostsFile`) or an ad blocker or DNS filter answered for the name.
		 */
		resolvedHereFailed: (p: {host: string; ip: string; failure: FakeIpFailure; ms: number; code: string; hostsFile: string}) =>
			`${p.host} resolved to ${p.ip}, this computer's own address, and ${connectionFailedHow(p.failure, p.ms, p.code)}: a line in the hosts file (${p.hostsFile}), or an ad blocker or DNS filter (AdGuard, Pi-hole…), sends the name there.`,
		/**
		 * The same where a program on this computer answered there with a certificate not trusted (a local proxy, a dev server
		 * with its own): said before `certificate`, that certificate's own sentence, whose issuer is then that program's.
		 */
		resolvedHereTls: (p: {host: string; ip: string; hostsFile: string; certificate: string}) =>
			`${p.host} resolved to ${p.ip}, this computer's own address, where a program on this computer (a local proxy, a dev server) answered: a line in the hosts file (${p.hostsFile}), or an ad blocker or DNS filter (AdGuard, Pi-hole…), sends the name there. ${p.certificate}`,
		/** The same where `ip` is on a private network (deepseek/resolved-here.ts resolvedPrivate): the hosts file, a router's, a blocker's or a company's DNS. */
		resolvedPrivateFailed: (p: {host: string; ip: string; failure: FakeIpFailure; ms: number; code: string; hostsFile: string}) =>
			`${p.host} resolved to ${p.ip}, a private network's address, and ${connectionFailedHow(p.failure, p.ms, p.code)}: a line in the hosts file (${p.hostsFile}), an ad blocker (Pi-hole, AdGuard…), or your router's or company's DNS sends the name there.`,
		otherToolsProxyDown: (reached: string, variable: string, proxy: string) =>
			`${reached} But ${variable} points at ${proxy}, where nothing answers: this tool does not use it, but Python's httpx and requests (so the openai SDK) and curl send calls through it, and theirs fail to connect. Start that proxy, or unset ${variable}.`,
		/** After `failed` (going direct, no proxy variable set): the system's proxy settings (`from`) send browsers through `proxy`, which answers. */
		systemProxyUnused: (p: {failed: string; from: SystemProxySource; proxy: string}) =>
			`${p.failed} This tool went direct, as Node programs, Python's openai SDK and curl do when no proxy variable is set: they do not read ${systemProxySettingsEn[p.from]}, which send browsers through ${p.proxy}, and that proxy answers. So a browser gets through where your program does not: to check that way, run again with HTTPS_PROXY=${p.proxy}.`,
		/** The same, where nothing answers at the system's proxy either. */
		systemProxyDown: (p: {failed: string; from: SystemProxySource; proxy: string}) =>
			`${p.failed} ${systemProxySettingsEn[p.from]} send browsers through ${p.proxy}, where nothing answers either: a proxy or VPN app that set it has most likely quit. Start it again, or turn the system proxy off.`,
		/** The same, where the settings have browsers run a PAC script (`pac`; '' when they find their proxy by themselves, WPAD). */
		systemPac: (p: {failed: string; from: SystemProxySource; pac: string; host: string}) =>
			`${p.failed} ${systemProxySettingsEn[p.from]} have browsers ${p.pac ? `take their proxy from a script (${p.pac})` : 'find their proxy by themselves (WPAD)'}, which Node programs, Python's openai SDK and curl do not do: if this network reaches ${p.host} only through a proxy, set HTTPS_PROXY to the one it gives.`,
	},

	endpoint: {
		title: 'Where calls go',
		unreachable: (host: string) => `Could not get any answer from ${host}.`,
		/** The proxy `proxy` answered every call to `host` itself with `status` (a refusal, or 5xx: it could not reach `host`). */
		proxyAnswered: (p: {host: string; proxy: string; status: number}) =>
			`The proxy ${p.proxy} answered instead of ${p.host}: ${p.status >= 500 ? `it could not reach ${p.host}` : 'it refused to pass the calls on'} (HTTP ${p.status}), so which service ${p.host} is cannot be told.`,
		answersCutOff: (host: string) => `${host} began to answer but never finished, so which service it is cannot be told.`,
		official: (host: string) => `Calls go to DeepSeek's official API (${host}).`,
		deepseekLike: (host: string) => `${host} answers like DeepSeek's API.`,
		relay: (name: string, host: string) => `Calls go to ${name} (${host}), not to DeepSeek: its own balance applies.`,
		passesKeyOn: (name: string, host: string) => `Calls go through ${name} (${host}), which passes your own DeepSeek key on to DeepSeek: your DeepSeek balance applies.`,
		notDeepSeek: (host: string) => `${host} does not answer like DeepSeek's API: calls do not reach DeepSeek.`,
		/** The base URL is one of DeepSeek's websites (platform.deepseek.com, chat.deepseek.com…), as check's summary says. */
		deepSeekWebsite: (host: string) => `${host} is one of DeepSeek's websites, not its API: calls do not reach DeepSeek's API.`,
		cannotTell: (host: string) => `Cannot tell which service ${host} is.`,
		/** A variable set in a dotenv file (`file`) only, as withElsewhere and missingButElsewhere name it. */
		inProjectEnv: (variable: string, file: string) => `${variable} in ${placeEn(file)}`,
		/** A variable (or a setting) in an agent app's settings file (`file`: Claude Code's, OpenCode's), as withElsewhere names it. */
		inApp: (app: AgentApp, variable: string, file: string) => appSettingPlaceEn(app, variable, file),
		/** The base URL ends in `path` (`/chat/completions`), which the checks left out; `base`: the URL without it. */
		withEndpointPath: (summary: string, path: string, base: string) =>
			`${summary} The base URL ends in ${path}, which SDKs and most tools add themselves (they would call …${path}${path}): give them ${base}. Only an app that asks for the full endpoint URL takes it whole.`,
		/** The base URL ends in `/anthropic/v1`, which the checks used without `/v1`; the URL to write is fix_base_url's title (fixes anthropicWithoutVersion). */
		withAnthropicVersion: (summary: string) =>
			`${summary} The base URL ends in /anthropic/v1, but Claude Code and Anthropic's SDKs add /v1/messages themselves (so they call …/v1/v1/messages); only a tool that adds /messages alone (the AI SDK's Anthropic provider, as OpenCode uses it) wants the /v1.`,
		/** `app`: the variable is in that agent app's settings, so it sends that app's own calls there (not "some tools", as a variable that any tool may read). */
		withElsewhere: (summary: string, variable: string, where: string, count: number, app?: AgentApp) =>
			`${summary} But ${variable} sends ${app ? `${agentAppNames[app]}'s calls` : 'some tools'} to ${where}${count > 1 ? ` (and ${count - 1} more)` : ''}.`,
	},

	auth: {
		title: 'Authentication',
		what: 'listing models',
		noKey: 'Skipped, as there is no key.',
		accepted: (ids: readonly string[]) =>
			ids.length > 0 ? `Key accepted; ${ids.length} model${ids.length === 1 ? '' : 's'} (${ids.slice(0, 3).join(', ')}${ids.length > 3 ? ', …' : ''}).` : 'Key accepted.',
		relayRefused: (status: number, serverSays: string | undefined, meaning: string) =>
			`Refused (HTTP ${status})${serverSays ? ` with "${serverSays}"` : ''}: ${meaning}`,
		/** How every 401 refusal of the key opens: check's summary says it once, in its own words (diagnose/key.ts). */
		rejected401,
		rejectedSameKey: (echoed: string) =>
			`${rejected401}. The server received this very key (…${echoed}) and refuses it: it was deleted, or it belongs to another account.`,
		/** This tool sent a key ending …own; the server says it received one ending …echoed. */
		rejectedOtherKey: (echoed: string, own: string) =>
			`${rejected401}. This tool sent the key ending …${own}, but the server received one ending …${echoed}: something between here and DeepSeek (a proxy or a relay) replaced it.`,
		rejectedStrayCharacter: (echoed: string, stray: string) =>
			`${rejected401}. The server received a key ending …${echoed}: a key with a stray ${stray} after it, taken from where it was written along with the key. Remove the ${stray} where your tool reads the key.`,
		/** The echoed tail is a file name's extension (…json): the file's name or path went out, not the key in it. */
		rejectedFileName: (echoed: string) =>
			`${rejected401}. The server received something ending …${echoed}, the end of a file's name: the name or path of a file was sent in the key's place. Put the key itself where your tool reads it, not the file that holds it.`,
		rejectedPlaceholder: (echoed: string) =>
			`${rejected401}. The server received something ending …${echoed}, which no DeepSeek key ends with: a placeholder, template text or an unset setting written out as text (like YOUR_API_KEY or an unexpanded \${…} variable) was sent, not a key.`,
		/** Refused, and the key's own shape says why (what the key-format check finds too). */
		rejectedShape: {
			quoted: `${rejected401}. The key is wrapped in quotes, and they were sent as part of it: remove them where the key is set.`,
			bearer: `${rejected401}. The key starts with "Bearer ", which was sent as part of it: keep only the sk-… part where the key is set.`,
			assignment: (p: {prefix: string; line: string}) => `${rejected401}. The key starts with "${p.prefix}", which was sent as part of it (${p.line}): keep only the sk-… part where the key is set.`,
			whitespace:
				`${rejected401}, even without the spaces or line break around the key (this tool leaves them out): the key itself is not accepted. Remove them where it is set anyway: some programs send them along.`,
			placeholder: `${rejected401}. This is a placeholder from an example, not a real key: put your own key where it is set.`,
			foreign: (vendor: string) => `${rejected401}. This is a key from ${vendor}: DeepSeek accepts only keys made on its own platform.`,
			length: (p: {length: number}) => `${rejected401}. The key has ${p.length} characters where a DeepSeek key has 35: part of it was lost or added when it was copied.`,
		},
		rejected: (status: number, serverSays: string | undefined) =>
			`Rejected (HTTP ${status})${serverSays ? `: "${serverSays}"` : ''}.`,
	},

	balance: {
		title: 'Balance',
		what: 'reading the balance',
		noKey: 'Skipped, as there is no key.',
		amounts: (info: BalanceInfo) => `${amountText(info.total, info.currency)} (granted ${info.granted}, topped up ${info.toppedUp})`,
		/** Another currency of the account with nothing in it, after the one that pays. */
		emptyAmount: (info: BalanceInfo) => `${amountText(info.total, info.currency)}`,
		/** Between the currencies of one reading. */
		currencySeparator: '; ',
		notDeepSeek: 'Skipped, as this base URL is not DeepSeek and has no DeepSeek balance to read.',
		/** A gateway that passes the key on did not answer /user/balance as DeepSeek does. */
		notPassedOn: (name: string, status: number) =>
			`Not read, as ${name} did not pass the balance query on to DeepSeek (HTTP ${status}). Calls still draw on your DeepSeek balance: see it at platform.deepseek.com.`,
		/** The same gateway refused the query in its own name (its token, its limit), as it refuses the calls: not for want of passing it on. */
		refusedByGateway: (name: string, status: number) =>
			`Not read, as ${name} refused the balance query itself (HTTP ${status}). Calls still draw on your DeepSeek balance: see it at platform.deepseek.com.`,
		/** A 200 answer that is not a balance DeepSeek's way (`reason`, from the parser): the server's value is never in it. */
		unreadable: (status: number, reason: string) => `Unreadable answer (HTTP ${status}). ${reason}`,
		noBalances: 'The account has no balance at all: a newly created account gets no free credit.',
		notAvailable: (text: string) => `${text}, but DeepSeek marks the account as unable to make calls.`,
		bonusRanOut: (text: string, granted: string, date: string) =>
			`${text}: the bonus credit (${granted} on ${date}) is used up or expired, and nothing was topped up.`,
		zero: (text: string) => `${text}: nothing left to pay for calls.`,
		low: (text: string, lowMark: string, currency: string) => `${text}: below ${amountText(lowMark, currency)}.`,
		bonusOnly: (text: string) => `${text}: all of it is bonus credit, which expires.`,
		/**
		 * A top-up arrived: the balance before (when it was read: a clock time and how long ago,
		 * where known) and now. One sentence for the 402 path, the wizard's wait and `balance --wait`.
		 */
		/** The balance rose since the last reading of this account (`before`, read `ago` where known) and could pay then too: by how much. */
		risen: (p: {up: string; before: string; currency: string; ago?: string | undefined}) =>
			`Up ${amountText(p.up, p.currency)} since the last look (${amountText(p.before, p.currency)}${p.ago === undefined ? '' : `, ${p.ago}`}).`,
		arrived: (p: {before: string; total: string; currency: string; clock?: string | undefined; ago?: string | undefined}) =>
			p.clock === undefined
				? `${amountText(p.before, p.currency)} before → ${amountText(p.total, p.currency)} now: your top-up arrived.`
				: `${amountText(p.before, p.currency)} at ${p.clock}${p.ago === undefined ? '' : ` (${p.ago})`} → ${amountText(p.total, p.currency)} now: your top-up arrived.`,
	},

	serviceStatus: {
		title: 'DeepSeek status',
		unknown: (why: string) => `Unknown. ${why}`,
		unreadable: (status: number) => `The status page answered HTTP ${status} without a readable summary.`,
		/** A proxy's own error page (`proxy`: Squid, Zscaler or tinyproxy, by its page) answered `status` for the status page at `host`. */
		proxyPage: (p: {proxy: string; status: number; host: string}) =>
			`A proxy (${p.proxy}, by its page) answered HTTP ${p.status} instead of the status page: ${p.status >= 500 ? `it could not reach ${p.host}; try again later, or ask whoever runs the proxy if it lasts` : `your calls go through it, and it refuses those to ${p.host}; ask whoever runs it to allow ${p.host}, or leave ${p.host} out of it with NO_PROXY`}.`,
		/** A proxy that intercepts HTTPS answered its page for its own TLS connection to the status page's host that failed (Squid's ERR_SECURE_CONNECT_FAIL). */
		proxyTls: (p: {proxy: string; status: number; host: string}) =>
			`A proxy (${p.proxy}, by its page) answered HTTP ${p.status} instead of the status page: it intercepts HTTPS, and its own secure connection to ${p.host} failed (ERR_SECURE_CONNECT_FAIL: it does not trust ${p.host}'s certificate, or their TLS handshake failed); ask whoever runs the proxy.`,
		operational: 'All systems operational.',
		/**
		 * `affected`: the page's names for the components in trouble; `incidentNamesThem`: the incident's title names one of
		 * them: where the rest only restates the state ("API 服务不可用"), it says in Chinese what the state and the component's
		 * English name say, and is left out; where it says more ("API 服务响应变慢"), that stays (deepseek/status-incident.ts).
		 * One sentence after the row's title: the incident follows a dash (zh-CN: a comma), not a second colon.
		 */
		trouble: (worst: string, affected: readonly string[], incident: string | undefined, incidentNamesThem: boolean) => {
			const said = incident && (incidentNamesThem ? incidentInEnglish(incident, affected) : incident);
			return `${worst.replace('_', ' ')}${affected.length > 0 ? ` (${affected.map(name => statusComponentsInEnglish.get(name) ?? name).join(', ')})` : ''}${said ? ` — ${said}` : ''}.`;
		},
	},

	probe: {
		title: 'Test call',
		what: 'making the 1-token test call',
		notAllowed: 'Not run, as it is a paid call (max_tokens 1, a fraction of a cent). Allow it with --probe.',
		declined: 'Not run, as you chose to skip this paid call.',
		noKey: 'Skipped, as there is no key.',
		worked: (model: string, traceId: string | undefined) => `A 1-token call to ${model} worked.${trace(traceId)}`,
		// What the call got comes first (its status): a row cut at the edge keeps it ("Test call: HTTP 429 — a 1-token…").
		// Only what the call showed (its status and the service's words): what it means is the summary's, said once.
		refused: (model: string, status: number, serverSays: string | undefined, traceId: string | undefined) =>
			`HTTP ${status} — a 1-token call to ${model} was refused${serverSays ? ` with "${serverSays}"` : ''}.${trace(traceId)}`,
		noAnswer: (model: string, traceId: string | undefined) =>
			`HTTP 200 but no answer — a 1-token call to ${model} got only blank keep-alive lines, then the connection closed.${trace(traceId)}`,
		errorInsteadOfAnswer: (model: string, serverSays: string, traceId: string | undefined) =>
			`HTTP 200 with an error instead of an answer — a 1-token call to ${model} got "${serverSays}".${trace(traceId)}`,
	},

	keyExposure: {
		title: 'Leaked keys',
		notGit: 'Not scanned, as this folder is not a git repository.',
		/** `folder`: the current folder; it, or a folder above it, may not be looked into. */
		unreadableFolder: (p: {folder: string}) =>
			`Not scanned, as the folder you are in (${p.folder}) cannot be read (permission denied, on it or a folder above it), so it is not known whether it holds a git repository. Run the tool from a folder you can read, or ask its owner for access.`,
		gitMissing: 'Not scanned, as git is not installed here to list the tracked files.',
		notOwner: "Not scanned, as this repository belongs to another user, and git reads no such repository (its safe.directory rule). Run the tool as that user to scan it.",
		/** `says`: git's own first line of the error. */
		gitFailed: (p: {says: string}) => `Not scanned, as git would not list the tracked files here: "${p.says}".`,
		/** `place`: the first file that holds the key in use, `path:line`; `more`: the other files that hold it; `others`: suspicious's sentence about the rest. */
		currentKey: (p: {place: string; more: number; others?: string | undefined}) =>
			`Your key is committed in ${p.place}${p.more > 0 ? ` and ${p.more} more tracked file${p.more === 1 ? '' : 's'}` : ''}: rotate it now.${p.others ? ` ${p.others}` : ''}`,
		/**
		 * `count`: the tracked files that are a committed .env or hold another key-shaped string (a file with both counts
		 * once); `place`: the first of them (`path`, or `path:line`); `other`: said after currentKey, about files besides those.
		 */
		suspicious: (p: {count: number; place: string; other: boolean}) =>
			`${p.count} ${p.other ? 'other ' : ''}${p.count === 1 ? 'tracked file is a committed .env file or holds a key-shaped string' : 'tracked files are committed .env files or hold key-shaped strings'} (${p.place}${p.count > 1 ? ` and ${p.count - 1} more` : ''}).`,
		clean: (scanned: number) => `No keys in ${scanned} tracked file${scanned === 1 ? '' : 's'}.`,
		withUnread: (p: {summary: string; notRead: number; cap: 'files' | 'bytes' | 'time' | 'findings'; limits: {files: number; totalBytes: number; ms: number; findings: number}}) => {
			const why = {
				files: `the scan reads at most ${p.limits.files} files`,
				bytes: `the scan reads at most ${Math.round(p.limits.totalBytes / 1024 / 1024)} MB`,
				time: `the scan stops after ${p.limits.ms / 1000} s`,
				findings: `the scan stops after ${p.limits.findings} findings`,
			}[p.cap];
			return `${p.summary} ${p.notRead} tracked file${p.notRead === 1 ? ' was' : 's were'} not read: ${why}.`;
		},
	},

	usageTrend: {
		title: 'Spending trend',
		notEnough: (readings: number) =>
			readings === 0
				? 'No earlier readings yet: check, balance and the wizard remember each one, so the trend shows from a run an hour or more later.'
				: `Not enough history yet (${readings} earlier reading${readings === 1 ? '' : 's'}, spanning less than an hour); run again later or from cron.`,
		flat: (spanHours: number) => `No spending over the last ${Math.round(spanHours)} h.`,
		/** The balance rose since the last reading and nothing was spent since it could be measured: a top-up, not negative spending. */
		toppedUp: (p: {before: string; total: string; currency: string}) => `Topped up since the last reading (${p.before} → ${amountText(p.total, p.currency)}); no spending to measure since.`,
		burning: (perDay: string, currency: string, daysLeft: number | null) =>
			`About ${amountText(perDay, currency)} a day${daysLeft === null ? '' : `; at this pace the balance lasts ${daysLeft < 1 ? 'less than a day' : `${Math.floor(daysLeft)} day${Math.floor(daysLeft) === 1 ? '' : 's'}`}`}.`,
	},
};

// Every table above in each language; the Simplified Chinese ones are in zh-CN/checks.ts, of the same types.
export type CheckMessages = Messages<typeof checkMessagesEn>;
export const checkMessages: CheckMessages = localized({en: checkMessagesEn, 'zh-CN': zhCN.checkMessages});
/** The system's proxy settings by where they are set, for the fixes that name them. */
export const systemProxySettings: Readonly<Record<SystemProxySource, string>> = localized({en: systemProxySettingsEn, 'zh-CN': zhCN.systemProxySettings});
