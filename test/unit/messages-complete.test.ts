// Every message table in both languages: each exported table is localized, each sentence
// of the English table has a Chinese one of the same shape (the type check sees to that;
// here: functions take as many parameters), and each renders — with sample arguments,
// every branch its parameters choose — to Chinese that is not empty, not the English,
// keeps every value it was given, and leaves no English words but names and code.
import assert from 'node:assert/strict';
import {readdirSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import {setLanguage, tablesOf} from '../../source/messages/language.js';
import {namingFor} from '../../source/providers/naming.js';
import {chineseProblems, hasProse} from '../helpers/chinese.js';

const messagesDir = path.resolve(import.meta.dirname, '../../source/messages');

type Sample = unknown;

/**
 * Sample values by parameter name; the first is used for every other parameter, the rest
 * one at a time (so each branch a parameter chooses is rendered). Strings are distinctive,
 * so the test can see whether the Chinese sentence kept them. Spans of time (`next`,
 * `waited` …) are said by timeMessages in the same language: Chinese samples, so the
 * spacing check sees what a Chinese screen shows.
 */
const byName: Record<string, readonly Sample[]> = {
	/** What Volcengine Ark's console has to change before it takes the model (diagnoseMessages.modelAccess). */
	access: ['activate', 'endpoint', 'routing'],
	address: ['help@example.com'],
	/** A project's config whose DeepSeek provider Codex ignores (cliMessages.noKeyInApp). */
	ignoredFile: [undefined, '.codex/config.toml'],
	/** The user's config.toml Codex takes its providers from (checkMessages.keyPresent.withCodexIgnored). */
	instead: ['~/.codex/config.toml'],
	/** A fix tells whoever runs the service as well (diagnoseMessages.relayServerError). */
	asked: [false, true],
	advice: ['Run sample-tool --fix.'],
	after: ['9.50'],
	affected: [['Component A', 'Component B'], []],
	amount: ['7.25'],
	/** Whether the certificate out of its dates is DeepSeek's own (checkMessages.network.certificateExpired). */
	atDeepSeek: [true, false],
	available: [true, false],
	/** `report` on a terminal had flags of its own (cliMessages.reportAsFile). */
	withFlags: [false, true],
	ago: ['3 小时前'],
	answer: ['Sample answer'],
	/** The base-URL variable whose address was picked (wizardText.key.helpVariable). */
	baseVariable: ['OPENAI_BASE_URL'],
	/** The titles of the rows that warn, where the verdict line names them (textReportMessages.verdictAsWarnRows). */
	titles: [['Network'], ['Network', 'Balance', 'Spending trend']],
	/** The key question offers a row for the key named (wizardText.key.helpElsewhere). */
	offered: [true, false],
	/** An agent app whose settings hold a key or base URL (deepseek/facts.ts AgentApp). */
	app: ['claude_code', 'opencode'],
	/** Agent apps that send other keys, each with its key masked (one, or several: wizardText.start.otherKeysInApps, still402.appKeys). */
	apps: [
		[{app: 'claude_code', masked: 'sk-…abcd'}],
		[
			{app: 'claude_code', masked: 'sk-…abcd'},
			{app: 'opencode', masked: 'sk-…ef01'},
			{app: 'aider', masked: 'sk-…2345'},
		],
	],
	/** An agent app's settings file, as messages name it. */
	appFile: ['~/.claude/settings.json', 'opencode.jsonc'],
	/** `balance --below --json`: the line stands alone on stderr (cliMessages.balanceUnreadable). */
	json: [false, true],
	/** The environment variable an agent app reads its key from (Codex CLI's env_key's; an AIDER_… one, or its item), absent where a file holds the key. */
	keyVariable: ['MY_DS_KEY', 'AIDER_API_KEY deepseek', undefined],
	/** Whom to ask at a service (diagnoseMessages.whomToAsk), each language's own: a Chinese one ends in full-width punctuation or in Chinese. */
	ask: ['relay.example (its support)', 'relay.example（它的客服）', '127.0.0.1 上这个服务的管理员'],
	at: ['2026-11-25 21:00 UTC'],
	balance: ['3.00 CNY (sample balance)', ''],
	balanceCurrency: ['USD'],
	baseUrl: ['https://base.example'],
	bareAddress: [false, true],
	before: ['0.00'],
	up: ['47.09'],
	below: ['5.00'],
	byBalance: [false, true],
	cap: ['files', 'bytes', 'time', 'findings'],
	/** What differs from last time's result: its base URL, or the key (wizardText.start.remembered.diagnosisElsewhere). */
	changed: ['key', 'baseUrl'],
	/** Where last time's key came from, and where the key in use comes from (whoseMessages.elsewhere). */
	keyWas: [undefined, 'env', 'dotenv', 'remembered', 'prompt', 'claude_code'],
	keyIs: [undefined, 'env', 'dotenv', 'remembered'],
	/** Whose a remembered result was, as whoseMessages.elsewhere says it. */
	whose: [undefined, 'Sample whose words'],
	/** Readings of the history that were not valid, and how many there were (settingsNotices.someReadingsDropped). */
	dropped: [1],
	of: [3],
	code: ['ESAMPLECODE', 'ENOENT', 'ENOTDIR', 'EACCES', 'EPERM', 'EROFS', 'ENOSPC'],
	clock: ['11:52', undefined],
	columns: [38],
	/** The name of where the system's proxy settings are, in a fix (checkMessages' systemProxySettings). */
	settings: ['Windows 的代理设置'],
	pac: ['http://wpad.corp.example/proxy.pac', ''],
	/** The shell a fix's commands are written for (text/shell.ts). */
	shell: ['sh', 'fish', 'nu', 'powershell', 'cmd'],
	sinceThen: [undefined, true],
	command: ['balance'],
	commands: [['check', 'report'], ['balance']],
	count: [3, 1],
	bytes: [4096],
	charset: ['GBK', 'Big5'],
	currency: ['CNY'],
	date: ['2026-11-02'],
	deadline: ['10 秒'],
	days: [34, 1, 0],
	daysLeft: [12.5, null, 0.5],
	detail: ['Sample detail words.'],
	detectedBy: ['host', 'fingerprint', 'error'],
	dir: ['/tmp/sample/dir'],
	echoed: ['w9yz'],
	entry: ['.deepseek.com', '*'],
	/** The loopback host a connection was refused at inside WSL 2 (checkMessages.network.wslRefused). */
	/** A certificate's first and last day, and this computer's time, as utcMinute writes them (checkMessages.network's certificate dates). */
	from: ['2100-01-01 00:00 UTC'],
	loopback: ['127.0.0.1', 'localhost'],
	now: ['2026-12-04 19:49 UTC'],
	/** The day a certificate expired (fixMessages.lapsedCertificate). */
	on: ['2001-01-01 00:00 UTC'],
	page: ['API keys', 'portal.azure.com'],
	stray: ['"', '}'],
	elapsed: ['3 秒'],
	email: ['help@example.com'],
	emptyBalance: [undefined, '0.00 CNY (sample empty)'],
	extra: ['extra-argument'],
	/** A flag a copy or an input method changed, the character, and the flag as it must be typed (cliMessages.pasted…). */
	argument: ['–probe'],
	character: ['–', 'U+200B'],
	meant: ['--probe'],
	failed: ['Sample failed words.'],
	/** A certificate's own sentence, said after where the name resolved (checkMessages.network.resolvedHereTls). */
	certificate: ['Sample certificate words.'],
	/** How a connection to a proxy app's fake-ip address failed (checkMessages.network.fakeIpFailed). */
	failure: ['refused', 'reset', 'timeout', 'other'],
	/** No TCP connection made at the fake-ip address (nothing carries it), or the app took it. */
	unrouted: [false, true],
	/** A fix before the fake-ip one names the proxy to set (the system's settings give one). */
	proxyNamed: [false, true],
	fallback: [undefined, 'HTTPS_PROXY'],
	/** An http:// proxy's URL with socks5:// in its place, for a port that speaks SOCKS5 (deepseek/socks-port.ts). */
	socks: ['socks5://127.0.0.1:7891', 'socks5://alice:…@127.0.0.1:7891'],
	/** The socks5:// URL keeps the proxy's user, its password shown only as … (socks-port.ts passwordMark). */
	password: [false, true],
	/** Where the hosts file is (deepseek/resolved-here.ts): Linux and macOS, Windows. */
	hostsFile: ['/etc/hosts', String.raw`C:\Windows\System32\drivers\etc\hosts`],
	field: ['total_balance'],
	fields: [['field_a', 'field_b']],
	file: ['/tmp/sample/report.md'],
	/** The dotenv file that holds another tool's variable (wizardText.notices.settingsSavedVariableKey), or none: the environment's. */
	dotenvFile: [undefined, '.env.local', '../.env'],
	/** The dotenv file the base-URL variable paired with a key is in (wizardText.key.helpVariable): none (the shell's), the key's own file, another. */
	baseFile: [undefined, '/tmp/sample/report.md', '../.env'],
	files: [['/tmp/sample/a.json', '/tmp/sample/b.json']],
	first: ['1.00 CNY at first'],
	/** A fix's sentence, which billingInMenu continues. */
	fix: ['Sample fix words'],
	flag: ['json'],
	folder: ['/tmp/sample'],
	home: ['/home/sample/x'],
	gift: ['1.00'],
	granted: ['5.00'],
	/** A gateway's own header for its token, kept as it is. */
	header: ['cf-aig-authorization'],
	/** The file other tools trust holds the authority that issued the certificate (checkMessages.network.trustedElsewhere); unknown, yes, no. */
	holdsIssuer: [undefined, true, false],
	host: ['host.example:8443'],
	issuer: ['Corp Interception CA, Corp Example', undefined],
	how: ['status', 'empty', 'error_body'],
	httpStatus: [502, 503],
	id: ['trace-0a1b2c'],
	ids: [['model-a', 'model-b', 'model-c', 'model-d'], [], ['model-a']],
	incident: [undefined, 'Sample incident words'],
	index: [2],
	/** An IP address a lookup gave (checkMessages.network's fake-ip sentences). */
	ip: ['198.18.0.2'],
	info: [{total: '1.00', currency: 'CNY', granted: '0.40', toppedUp: '0.60'}],
	last: ['2.00 CNY at last'],
	lastFour: ['a1cd'],
	length: [35],
	lead: ['Sample lead words'],
	limit: ['10.00'],
	max: ['10 分钟'],
	min: ['100ms'],
	minColumns: [40],
	minRows: [12],
	limits: [{files: 5000, totalBytes: 52_428_800, ms: 3000, findings: 50}],
	line: [12, 0],
	login: [true, false],
	location: ['https://relay.example.com/api/v1/models'],
	/** The root above an intermediate that issued the certificate, sent along (tlsUntrusted, fixMessages.trustInterceptor). */
	chainRoot: [undefined, 'Corp Root CA, Corp Example'],
	/** The root the file other tools trust lacks, above the intermediate it holds (trustedElsewhere). */
	missingRoot: [undefined, 'Corp Root CA, Corp Example'],
	/** That root, in the fix (fixMessages.trustMissingRoot). */
	root: ['Corp Root CA, Corp Example'],
	/** Whose way of setting the clock (deepseek/wsl.ts clockSystem). */
	system: ['wsl', 'linux', 'darwin', 'win32'],
	target: ['www.example.com'],
	link: ['<https://link.example>'],
	listed: [false, true],
	local: [true, false],
	reset: [false, true],
	deepSeek: [true, false],
	listUnread: [false, true],
	lowMark: ['2.00'],
	masked: ['sk-…abcd', ''],
	to: ['2101-01-01 00:00 UTC'],
	used: ['sk-…abcd'],
	inFile: ['sk-…dddd'],
	meaning: ['sample meaning words.'],
	message: ['Sample message words'],
	model: ['model-sample'],
	models: [['model-a', 'model-b'], []],
	more: [0, 2],
	movedTo: ['/tmp/sample/config.json.corrupt'],
	ms: [1500],
	connectMs: [18],
	/** A service with a Chinese name and short name (阿里云百炼, 百炼): each sentence is also read as the naming shows it. */
	name: ['ExampleRelay', 'DeepSeek', 'Alibaba Cloud Model Studio (DashScope)'],
	next: ['5 秒'],
	nearest: ['--sample-flag'],
	needed: ['22.19.0'],
	noProxy: ['NO_PROXY', 'no_proxy'],
	notRead: [4, 1],
	notes: [[], ['Sample note.']],
	notice: ['Sample notice words.'],
	operator: [false, true],
	/** Someone runs the service for the user (a self-hosted gateway, an unknown host), else a named service with its own support (markdownMessages.traceIdsIntroElsewhere). */
	operated: [true, false],
	others: [['model-a', 'model-b'], []],
	option: ['--sample-option'],
	own: ['a1cd'],
	paid: ['2.00'],
	path: ['/tmp/sample/config.json'],
	/** Why a service does not let this account use it (diagnoseMessages.relayAccountRefused, fixMessages.enableService, the wizard's title). */
	refused: ['not_enabled', 'personal', 'role', 'consumer'],
	perDay: ['1.25'],
	/** The text before a key set as a whole line (checkMessages.keyFormat.assignment). */
	prefix: ['$env:DEEPSEEK_API_KEY=', 'DEEPSEEK_API_KEY='],
	port: [8443],
	problem: ['sample problem words'],
	product: [true, false],
	protocol: ['ftp:'],
	provider: ['ExampleRelay', 'Alibaba Cloud Model Studio (DashScope)'],
	proxy: ['http://proxy.example:8080', undefined],
	question: ['Sample question?'],
	quotaPerUnit: ['500000'],
	raw: ['not-a-url'],
	/** The address inside quotes that are part of a base URL's value (baseUrlMessages.quoted). */
	inside: ['https://api.deepseek.com'],
	/** Straight quotes (Command Prompt keeps them) or typographic ones (baseUrlMessages.quoted). */
	straight: [true, false],
	/** The prompt cap a free key's answer names, or none (relayExhausted, shorterPromptCapped). */
	capTokens: [4096, undefined],
	tokens: [4096, undefined],
	readings: [0, 1, 3],
	rows: [11],
	reading: ['3.00 CNY at sample time'],
	/** What 127.0.0.1 belongs to there: a container, a GitHub codespace or a Kubernetes pod (fixMessages.containerRunInside, the wizard's titleContainer). */
	place: ['container', 'codespace', 'pod'],
	/** Whether unsetting the proxy variable would help: false where going direct was tried and fails too (proxyMessages.refused, unreachable, dns). */
	unsetHelps: [undefined, false],
	/** WSL 2's networking mode as wslinfo printed it, or null (checkMessages.network.wslRefused). */
	mode: [null, 'nat', 'bridged'],
	/** Where to read Windows' address in WSL 2 (fixMessages.wslServiceAtWindows). */
	readAt: ['gateway', 'ipconfig'],
	reason: ['Sample reason words.'],
	remaining: ['4.50'],
	running: ['20.9.0'],
	said: [undefined, 'Sample server words'],
	says: ['fatal: sample git words'],
	official: ['https://api.deepseek.com'],
	reached: ['Sample reached words.'],
	characters: [['U+200B', 'U+00A0']],
	base: ['https://api.deepseek.com/v1'],
	scanned: [40, 1],
	schemes: ['Negotiate, NTLM'],
	seconds: ['10'],
	/** A model in the test call's list: this run's call just used it, or it was picked in an earlier run. */
	seen: [undefined, 'just_tried', 'last_time'],
	sent: ['a1cd'],
	signal: ['SIGTERM', 'SIGHUP'],
	size: [3072],
	serverSays: [undefined, 'Sample server words'],
	source: ['Sample source words'],
	spanHours: [30],
	status: [402, 503, 200],
	suggestion: ['https://api.deepseek.com'],
	suggested: ['socks5://127.0.0.1:7890'],
	summary: ['Sample summary words.'],
	systemName: ['Gateway Sample'],
	systemTrusted: [false, true],
	text: ['5.00 CNY'],
	threshold: ['5'],
	timeout: ['20 秒'],
	title: ['Sample title'],
	tls: [true, false],
	tool: ['deepseek-fix'],
	typed: ['api.deepseek.cm'],
	twin: ['HTTPS_PROXY'],
	toppedUp: ['2.00'],
	total: ['3.00'],
	/** A folder without the spaces at the ends of the value given (startMessages.spacedConfigDir), quoted. */
	trimmed: ['"/home/sample/cfg"'],
	traceId: [undefined, 'trace-0a1b2c'],
	/** The note on a gateway's units that noteTokenLimitOnly follows (providerBalanceMessages). */
	units: ['已按 1 USD = 500000 额度换算。'],
	unit: ['USD'],
	until: [undefined, '2026-08-19 14:39'],
	upstream: ['DeepSeek', 'Sample Provider'],
	url: ['https://relay.example/v1'],
	value: ['bad-value'],
	variable: ['HTTPS_PROXY'],
	/** The base URL's host and port, where going direct was refused (proxyMessages.goingDirectRefused). */
	hostPort: ['relay.example:3000', 'api.deepseek.com:443'],
	/** The variables to unset for the calls to go direct (proxyMessages.goingDirectWorks, fixMessages.unsetProxy). */
	variables: [['HTTPS_PROXY'], ['https_proxy', 'http_proxy']],
	/** Going direct was tried beside the proxy that failed (fixMessages.startLocalProxy): unsetting is then a fix of its own, or no way out. */
	measured: [false, true],
	/** Whether going direct works where the proxy failed (wizardText.leaves.network.titleGoingDirect). */
	works: [true, false],
	vendor: ['Vendor Sample'],
	waited: ['1 分 5 秒'],
	warnings: [['Sample warning one.', 'Sample warning two.'], ['Sample warning one.']],
	verdict: ['`insufficient_balance`'],
	version: ['0.9.1'],
	what: ['Sample step words', 'proxy', 'service'],
	where: ['relay.example'],
	why: ['sample why words.'],
	/** Windows' address as WSL 2 sees it, where its default route gave one (fixMessages.wslServiceAtWindows). */
	windowsHost: [undefined, '172.29.96.1'],
	worst: ['partial_outage', 'full_outage', 'degraded', 'maintenance'],
};

const dotenvFiles = ['.env.local', '../.env', '.env'];

/** Where a parameter name means something else in one message: `table.path:parameter`. */
const overrides: Record<string, readonly Sample[]> = {
	// A top-up seen within one run (the wizard's wait) has no remembered time.
	'checkMessages.balance.arrived:ago': ['3 小时前', undefined],
	'checkMessages.keyPresent.found:source': ['env', 'dotenv', 'remembered', 'prompt', 'variable', 'none'],
	// Where a leaked key is: a file and its line, or a committed .env alone.
	'checkMessages.keyExposure.currentKey:place': ['src/config.ts:3', '.env'],
	'checkMessages.keyExposure.suspicious:place': ['.env', 'scripts/call.py:12'],
	'checkMessages.keyExposure.suspicious:other': [false, true],
	'checkMessages.keyExposure.currentKey:others': [undefined, '1 other tracked file is a committed .env file or holds a key-shaped string (.env).'],
	// The dotenv file a value came from (project-env.ts): in this folder, or one above it.
	'checkMessages.keyPresent.found:file': dotenvFiles,
	// With `variable`: the dotenv file the variable was read from, or none (the environment).
	'checkMessages.keyPresent.found:variableFile': [undefined, ...dotenvFiles],
	'checkMessages.keyPresent.otherInProjectEnv:file': dotenvFiles,
	// The key checked, from any source an app's other key is compared with (an app's own included).
	'checkMessages.keyPresent.otherInApp:source': ['env', 'dotenv', 'remembered', 'prompt', 'claude_code', 'aider'],
	'checkMessages.keyPresent.otherInApp:file': dotenvFiles,
	// An app's settings file, or none for a setting the process environment gives (an AIDER_… variable).
	'checkMessages.keyPresent.otherInApp:settingsFile': ['~/.claude/settings.json', ''],
	'checkMessages.keyPresent.otherInApp:name': ['ANTHROPIC_AUTH_TOKEN', 'api-key deepseek'],
	'checkMessages.keyPresent.otherInApp:more': [0, 1, 2],
	// The setting that sends an app to DeepSeek, and the file that holds its key (always a file: Claude Code's settings).
	// Claude Code's, or Codex's config (its DeepSeek provider's base_url at api.openai.com).
	'checkMessages.keyPresent.appKeyToVendor:app': ['claude_code', 'codex'],
	'checkMessages.keyPresent.appKeyToVendor:settingsFile': ['~/.claude/settings.json', '.claude/settings.local.json', '~/.codex/config.toml', ''],
	'checkMessages.keyPresent.appKeyToVendor:fixFile': ['~/.claude/settings.json', '.claude/settings.local.json', '~/.codex/config.toml'],
	'checkMessages.keyPresent.appKeyToVendor:setting': ['ANTHROPIC_BASE_URL', 'model_providers.deepseek.base_url'],
	'checkMessages.keyPresent.appKeyToVendor:vendor': ['Anthropic', 'OpenAI'],
	'checkMessages.keyPresent.appKeyToVendor:noKey': [false, true],
	'fixMessages.appToDeepSeek:app': ['claude_code', 'codex'],
	'fixMessages.appToDeepSeek:setting': ['ANTHROPIC_BASE_URL', 'model_providers.deepseek.base_url'],
	'wizardText.key.helpToVendor:setting': ['ANTHROPIC_BASE_URL', 'OPENAI_BASE_URL', 'model_providers.deepseek.base_url'],
	'wizardText.key.helpToVendor:app': ['claude_code', 'codex', undefined],
	'wizardText.key.helpToVendor:file': ['.claude/settings.json', '~/.codex/config.toml', undefined],
	'wizardText.key.helpToVendor:dotenvFile': [undefined, '.env', '../.env'],
	'wizardText.key.helpToVendor:keyVariable': ['ANTHROPIC_AUTH_TOKEN', 'OPENAI_API_KEY'],
	'wizardText.key.helpToVendor:sameKey': [undefined, 'sk-…cdef'],
	// The subscription's own usage page, as the fix shows it (without https://).
	'fixMessages.extraUsageOnOwn:page': ['claude.ai/settings/usage'],
	// The names --key-from takes, as the sentence lists them.
	'cliMessages.badKeyFrom:names': [['claude-code', 'opencode', 'continue', 'aider', 'codex']],
	// The host's addresses that did not connect, one or more (IPv6 before the IPv4 that did).
	'checkMessages.network.reachedAfterOthers:others': [['2001:db8::1'], ['2001:db8::1', '2001:db8::2']],
	// The flag's own limits, as its range names them (source/cli.tsx waitLimits).
	'cliMessages.badDuration:max': ['10m'],
	'cliMessages.badKeyFromNearest:names': [['claude-code', 'opencode', 'continue', 'aider', 'codex']],
	'checkMessages.endpoint.inProjectEnv:file': dotenvFiles,
	'fixMessages.setKeyFromProjectEnv:file': dotenvFiles,
	// Another tool's key and its base URL, each in a dotenv file or the shell's (at least one in a file).
	'fixMessages.setKeySentFromFile:file': [undefined, ...dotenvFiles],
	'fixMessages.setKeySentFromFile:baseFile': [undefined, ...dotenvFiles],
	'fixMessages.baseUrlToVendor:baseFile': [undefined, ...dotenvFiles],
	'fixMessages.baseUrlToVendor:vendor': ['OpenAI', 'Anthropic'],
	'wizardText.start.baseUrlKeyToVendor:vendor': ['OpenAI', 'Anthropic'],
	'wizardText.baseUrl.helpKeyToVendor:vendor': ['OpenAI', 'Anthropic'],
	'wizardText.baseUrl.helpKeyToVendor:keyVariable': ['OPENAI_API_KEY'],
	'wizardText.baseUrl.helpKeyToVendor:keyFile': [undefined, ...dotenvFiles],
	'cliMessages.badBaseUrl:file': dotenvFiles,
	'wizardText.start.key:file': dotenvFiles,
	'wizardText.start.otherKeyInProjectEnv:file': dotenvFiles,
	// The key an agent app sends is the shell's variable (its settings set none), or in its settings (undefined).
	'wizardText.start.otherKeyInApp:variable': [undefined, 'ANTHROPIC_AUTH_TOKEN', 'AIDER_API_KEY deepseek'],
	'wizardText.key.app:variable': [undefined, 'ANTHROPIC_AUTH_TOKEN', 'AIDER_API_KEY deepseek'],
	'checkMessages.keyPresent.foundInAppVariable:name': ['ANTHROPIC_AUTH_TOKEN', 'AIDER_API_KEY deepseek'],
	'wizardText.start.baseUrl:file': dotenvFiles,
	'wizardText.baseUrl.current:file': dotenvFiles,
	'wizardText.baseUrl.fromProjectEnv:file': dotenvFiles,
	'wizardText.key.projectEnv:file': dotenvFiles,
	'wizardText.leaves.keyOk.otherInProjectEnv:file': dotenvFiles,

	// What the key's line is, in words (checkMessages.keyFormat.wholeLine), not a line number.
	'checkMessages.keyFormat.assignment:line': ['一整行 PowerShell 命令'],
	'checkMessages.auth.rejectedShape.assignment:line': ['一整行 PowerShell 命令'],
	'wizardText.leaves.invalidKey.shape.assignment:line': ['一整行 PowerShell 命令'],
	// An incident that names the components says them (checks.test.ts shows the row that leaves their names out then).
	'checkMessages.serviceStatus.trouble:incidentNamesThem': [false],
	// Always a proxy: the one in use, and the product its page names.
	'checkMessages.endpoint.proxyAnswered:proxy': ['http://proxy.example:8080'],
	'checkMessages.serviceStatus.proxyPage:proxy': ['Squid'],
	'checkMessages.serviceStatus.proxyTls:proxy': ['Squid'],
	// A certificate not trusted: the proxy it came through ({shown, variable}, or a URL in the fix), NODE_EXTRA_CA_CERTS's file read or not.
	'httpFailureMessages.tlsUntrusted:proxy': [{shown: 'http://proxy.example:8080', variable: 'HTTPS_PROXY'}, undefined],
	'httpFailureMessages.tlsUntrusted:extra': [undefined, {file: '/tmp/sample/corp-ca.pem', readable: true}, {file: '/tmp/sample/corp-ca.pem', readable: false}, {file: '/tmp/sample/corp-ca.pem', readable: true, missingRoot: 'Corp Root CA, Corp Example'}],
	'fixMessages.trustInterceptor:extra': [undefined, {file: '/tmp/sample/corp-ca.pem', readable: true}, {file: '/tmp/sample/corp-ca.pem', readable: false}, {file: '/tmp/sample/corp-ca.pem', readable: true, missingRoot: 'Corp Root CA, Corp Example'}],
	'wizardText.start.key:source': ['env', 'remembered', 'prompt', 'none'],
	'wizardText.start.baseUrl:source': ['flag', 'env', 'remembered', 'default'],
	'wizardText.baseUrl.current:source': ['flag', 'env', 'remembered', 'default'],
	'cliMessages.badBaseUrl:source': ['flag', 'env', 'dotenv', 'remembered', 'default'],
	// Where the system's proxy settings are (deepseek/system-proxy.ts), and that proxy, always named where these are said.
	'checkMessages.network.systemProxyUnused:from': ['windows', 'macos', 'gnome', 'kde'],
	'checkMessages.network.systemProxyDown:from': ['windows', 'macos', 'gnome', 'kde'],
	'checkMessages.network.systemPac:from': ['windows', 'macos', 'gnome', 'kde'],
	'checkMessages.network.systemProxyUnused:proxy': ['http://127.0.0.1:7890'],
	'checkMessages.network.systemProxyDown:proxy': ['http://127.0.0.1:7890'],
	'fixMessages.throughSystemProxy:proxy': ['http://127.0.0.1:7890'],
	'fixMessages.systemProxyDown:proxy': ['http://127.0.0.1:7890'],
	// A name only containers resolve (deepseek/container-names.ts), and the base URL with localhost in its place.
	'checkMessages.network.containerNameUnresolved:kind': ['docker_host', 'podman_host', 'service_name'],
	'checkMessages.network.containerNameUnresolved:name': ['host.docker.internal', 'one-api'],
	'fixMessages.hostAliasOutside:suggested': ['http://localhost:3000/v1'],
	'fixMessages.addHostGateway:name': ['host.docker.internal'],
	'fixMessages.composeServiceOutside:name': ['one-api'],
	'fixMessages.composeServiceOutside:suggested': ['http://localhost:3000/v1'],
	'wizardText.leaves.network.titleContainerHost:name': ['host.docker.internal'],
	// A dotenv file saved as UTF-16 (project-env.ts), by its byte order.
	'checkMessages.keyPresent.dotenvUtf16:encoding': ['UTF-16LE', 'UTF-16BE'],
	'wizardText.start.noKeyUtf16:encoding': ['UTF-16LE', 'UTF-16BE'],
	// The service the failing calls go to, by its name in the text's language or its host.
	'wizardText.leaves.deepseekOk.refusedBy:service': ['硅基流动', 'Volcengine Ark', 'relay.example'],
	// Where DEEPSEEK_API_KEY is saved for later shells (deepseek/saved-key.ts).
	'checkMessages.keyPresent.savedNotLoaded:saved': [{kind: 'file', file: '~/.zshrc'}, {kind: 'windows_user'}, {kind: 'windows_system'}],
	'checkMessages.network.containerRefused:kind': ['docker', 'podman', 'devcontainer', 'codespaces', 'kubernetes', 'other'],
	'checkMessages.network.containerProxyRefused:kind': ['docker', 'codespaces', 'kubernetes'],
	'fixMessages.containerProxyAtHost:suggested': [null, 'http://host.docker.internal:7890'],
	'fixMessages.containerServiceAtHost:suggested': [null, 'http://172.17.0.1:3000'],
	'fixMessages.containerRunInside:variable': [null, 'HTTPS_PROXY'],
	'fixMessages.loadSavedKey:saved': [{kind: 'file', file: '~/.config/fish/config.fish'}, {kind: 'windows_user'}],
	'wizardText.start.noKeySaved:saved': [{kind: 'file', file: '~/.zshrc'}, {kind: 'file', file: '~/.config/fish/config.fish'}, {kind: 'windows_user'}, {kind: 'windows_system'}],
	/** The start-up file by its name alone, where its path would wrap the start screen's key line. */
	'wizardText.start.noKeySaved:short': [false, true],
	'whoseMessages.elsewhere:short': [undefined, true],
	// Another key saved for new shells than this shell's, masked.
	'checkMessages.keyPresent.otherInStartup:saved': [{kind: 'file', file: '~/.zshrc', masked: 'sk-…abcd'}, {kind: 'windows_user', masked: 'sk-…abcd'}, {kind: 'windows_system', masked: 'sk-…abcd'}],
	'diagnoseMessages.staleKeyRefused:saved': [{kind: 'file', file: '~/.zshrc', masked: 'sk-…abcd'}, {kind: 'windows_system', masked: 'sk-…abcd'}],
	'fixMessages.useStartupKey:saved': [{kind: 'file', file: '~/.config/fish/config.fish'}, {kind: 'windows_user'}],
	'wizardText.start.otherKeyInStartup:saved': [{kind: 'file', file: '~/.zshrc', masked: 'sk-…abcd'}, {kind: 'windows_user', masked: 'sk-…abcd'}],
	'wizardText.key.helpStartup:saved': [{kind: 'file', file: '~/.zshrc', masked: 'sk-…abcd'}, {kind: 'windows_system', masked: 'sk-…abcd'}],
	'wizardText.key.helpSaved:saved': [{kind: 'file', file: '~/.bashrc'}, {kind: 'windows_user'}, {kind: 'windows_system'}],
	// A proxy where nothing listens is always named.
	'fixMessages.startLocalProxy:proxy': ['http://127.0.0.1:7890'],
	'fixMessages.checkRemoteProxy:proxy': ['http://proxy.corp.example:3128'],
	// ALL_PROXY's proxy is always named (the network check reports it only when it is set).
	'checkMessages.network.otherToolsProxyDown:proxy': ['socks5://127.0.0.1:7890'],
	'fixMessages.otherToolsProxy:proxy': ['socks5://127.0.0.1:7890'],
	'checkMessages.network.otherToolsProxyUnused:proxy': ['socks5h://127.0.0.1:7890'],
	'checkMessages.network.otherToolsProxyAlsoDown:proxy': ['socks5://127.0.0.1:7890'],
	'checkMessages.network.noProxyBypass:proxy': ['http://proxy.corp.example:3128'],
	'checkMessages.network.noProxyWildcard:proxy': ['http://proxy.corp.example:3128'],
	'checkMessages.network.noProxyWildcard:entry': ['*.deepseek.com'],
	'checkMessages.network.noProxyWildcard:suggested': ['.deepseek.com'],
	'checkMessages.network.localCallsProxied:proxy': ['http://127.0.0.1:7890'],
	'checkMessages.network.localCallsProxied:host': ['localhost'],
	'fixMessages.localNoProxy:host': ['localhost'],
	// How going direct failed beside a proxy that works: the connect's code (a name the network does not resolve, a refusal, the 3 s limit).
	'checkMessages.network.onlyThroughProxy:code': ['ENOTFOUND', 'ECONNREFUSED', 'TIMEOUT'],
	'checkMessages.network.otherToolsProxyUnused:variable': ['ALL_PROXY'],
	'fixMessages.throughOtherToolsProxy:variable': ['ALL_PROXY'],
	'wizardText.leaves.reachable.otherToolsProxyTitle:proxy': ['socks5://127.0.0.1:7890'],
	// The request, as the checks' own `what` says it in the same language (the Chinese sentence puts 失败 right after it).
	'checkMessages.http.status:what': ['列出模型'],
	'checkMessages.http.bodyProblem:what': ['查询余额'],
	'checkMessages.http.bodyProblem:problem': ['empty', 'not_json', 'malformed_json', 'too_large', 'undecodable', 'sample problem words'],
	'checkMessages.http.binary:what': ['列出模型'],
	'checkMessages.http.redirect:what': ['列出模型'],
	// The exit codes' meanings, said by the same table in the same language.
	'usageMessages.exitSummary:ok': ['没有发现问题'],
	'usageMessages.exitSummary:problem': ['发现了问题'],
	'usageMessages.exitSummary:couldNotRun': ['无法按要求运行'],
	'usageMessages.exitSummary:cancelled': ['已取消（Ctrl+C）'],
	'usageMessages.exitSummary:closed': ['输出端提前关闭'],
	'diagnoseMessages.relayExhausted:what': ['token', 'balance', 'request', 'prompt', 'paid_model', 'overdue', 'extra_usage', 'admin_budget'],
	// Listed first: the service itself (`deepseek`) changes only the sentence for a listed model.
	'diagnoseMessages.modelNotFound:listed': [true, false],
	'diagnoseMessages.modelNotFound:deepseek': [false, true],
	'diagnoseMessages.relayKeyRejected:name': ['ExampleRelay', 'relay.example:8443'],
	'diagnoseMessages.blocked:what': ['account', 'token'],
	'diagnoseMessages.edgeBlocked:block': ['challenge', 'blocked', '1010'],
	'diagnoseMessages.proxyPageAnswers:proxy': ['Squid', 'Zscaler'],
	'diagnoseMessages.proxyTlsFails:proxy': ['Squid'],
	'diagnoseMessages.blocked:deepseek': [false, true],
	'diagnoseMessages.wrongEndpoint:name': ['ExampleRelay', undefined],
	'diagnoseMessages.outage:status': ['Sample status words'],
	'diagnoseMessages.outageApiFine:status': ['Sample status words'],
	'diagnoseMessages.outageElsewhere:status': ['Sample status words'],
	'diagnoseMessages.outageNotChecked:status': ['Sample status words'],
	'diagnoseMessages.outageUnchecked:status': ['Sample status words'],
	'diagnoseMessages.outageKeyRefused:status': ['Sample status words'],
	'diagnoseMessages.invalidKeyDuringIncident:status': ['Sample status words'],
	'diagnoseMessages.keyRejected:rest': ['. Sample detail words.'],
	'fixMessages.network:reason': [undefined, 'proxy', 'dns', 'tls', 'timeout', 'connection_refused'],
	'fixMessages.support:traceId': [undefined, 'trace-0a1b2c'],
	'wizardText.leaves.outage.title:worst': ['partial_outage', 'full_outage', 'degraded', 'maintenance', 'new_state'],
	'checkMessages.serviceStatus.trouble:worst': ['partial_outage', 'full_outage', 'degraded', 'maintenance', 'new_state'],
	'checkMessages.probe.errorInsteadOfAnswer:serverSays': ['Sample server words'],
	'proxyMessages:proxy': ['http://proxy.example:8080'],
	'httpFailureMessages.timeoutViaProxy:proxy': ['http://proxy.example:8080'],
	'httpFailureMessages.tunnelUnanswered:proxy': ['http://proxy.example:8080'],
	'httpFailureMessages.tunnelClosed:proxy': ['http://proxy.example:8080'],
	'wizardText.leaves.network.timeoutViaProxy:proxy': ['http://proxy.example:8080'],
	'wizardText.start.remembered.diagnosisElsewhere:whose': ['Sample whose words'],
	'diagnoseMessages.modelNotFound:model': ['model-sample', undefined],
	'wizardText.leaves.modelNotFound.title:model': ['model-sample', undefined],
	// Every branch of a span and of "ago": under a second, seconds, minutes (with and without seconds), hours, days.
	'timeMessages:ms': [65_000, 0, 400, 1000, 45_900, 600_000, 7_500_000, 3_600_000, 30_000, 60_000, 3 * 3_600_000, 86_400_000, 3 * 86_400_000],
};

/**
 * The parameters of a message function as written: positional names, or `p.field` for
 * an object parameter (the fields either language reads: one may ignore a field).
 */
function parametersOf(fn: Function, twin: Function): Array<{name: string; fields?: string[]}> {
	const list = /^\(?([^)=]*?)\)?\s*=>/.exec(fn.toString())?.[1] ?? '';
	const fields = [fn, twin].flatMap(each => [...each.toString().matchAll(/\bp\.(\w+)/g)].map(match => match[1] ?? ''));
	return list
		.split(',')
		.map(name => name.trim())
		.filter(name => name !== '')
		.map(name => (name === 'p' ? {name, fields: [...new Set(fields)]} : {name}));
}

/** Parameters with no sample values (all of them are listed at the end, not only the first). */
const unsampled = new Set<string>();

function samples(where: string, name: string): readonly Sample[] {
	const table = where.split('.')[0] ?? '';
	const found = overrides[`${where}:${name}`] ?? overrides[`${table}:${name}`] ?? byName[name];
	if (found) return found;
	unsampled.add(`${where.replace(/\(.*/, '')}: "${name}"`);
	return [`sample-${name}`];
}

/** One value to choose: a positional parameter, or one field of an object parameter. */
type Slot = {index: number; field?: string | undefined; values: readonly Sample[]};

/** Argument lists: every slot at its first sample, then each other sample of each slot on its own. */
function argumentSets(where: string, fn: Function, twin: Function): unknown[][] {
	const parameters = parametersOf(fn, twin);
	const slots: Slot[] = parameters.flatMap((parameter, index) =>
		parameter.fields ? parameter.fields.map(field => ({index, field, values: samples(where, field)})) : [{index, values: samples(where, parameter.name)}],
	);
	const withChoice = (pick?: {slot: Slot; value: Sample}): unknown[] => {
		const valueOf = (slot: Slot) => (pick?.slot === slot ? pick.value : slot.values[0]);
		return parameters.map((parameter, index) => {
			const mine = slots.filter(slot => slot.index === index);
			return parameter.fields ? Object.fromEntries(mine.map(slot => [slot.field, valueOf(slot)])) : valueOf(mine[0]!);
		});
	};
	return [withChoice(), ...slots.flatMap(slot => slot.values.slice(1).map(value => withChoice({slot, value})))];
}

/** Every string a sample argument holds: names, in the sentence (never translated). */
function strings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(strings);
	if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
	return [];
}

/**
 * The strings the sentence must show as given; a lone lower-case id ('token',
 * 'remembered') is a choice the sentence may put in words instead.
 */
const carried = (value: unknown): string[] => strings(value).filter(text => text.length >= 3 && !/^[a-z_]+$/.test(text));

type Failure = string;

const withoutFullStop = (text: string) => text.trim().replace(/[.。]+$/, '');

/**
 * Markdown a terminal shows as it is: code spans, bold, links. Only the Markdown report's own table writes it;
 * a value given may carry it (a name, the report's verdict code).
 */
const markdownMarks = /`|\*\*|\]\(/;
const writesMarkdown = (where: string) => where.startsWith('markdownMessages');

/** A currency code before a figure ("CNY 47.44", "USD 1.50"). */
const currencyFirst = /\b(?:CNY|USD) \d/;

function checkText(where: string, en: string, zh: string, names: readonly string[], failures: Failure[]): void {
	if (!writesMarkdown(where)) {
		for (const text of [en, zh]) {
			const own = names.reduce((rest, name) => (name === '' ? rest : rest.split(name).join(' ')), text);
			if (markdownMarks.test(own)) failures.push(`${where}: Markdown on a screen that shows it as it is: ${text}`);
		}
	}
	// One form of an amount in every output (text/amount.ts): the figure, then its currency; never "CNY 47.44".
	for (const text of [en, zh]) if (currencyFirst.test(text)) failures.push(`${where}: an amount written currency first, not as amountText writes it: ${text}`);
	if (zh.trim() === '') failures.push(`${where}: the Chinese is empty`);
	if (zh === en && hasProse(en, names)) failures.push(`${where}: the Chinese is the English: ${en}`);
	for (const problem of chineseProblems(zh, names)) failures.push(`${where}: ${problem}: ${zh}`);
	// Its Chinese name where the sentence names it first, its Chinese short name where it was named before.
	if (zh.includes(chineseNamed.name)) {
		for (const named of chineseNamings(zh)) for (const problem of chineseProblems(named, names)) failures.push(`${where}: ${problem}, as named: ${named}`);
	}
}

const chineseNamed = {id: 'dashscope', name: 'Alibaba Cloud Model Studio (DashScope)'} as const;

/** A Chinese sentence as a screen's naming shows it at the first mention and after one (providers/naming.ts). */
function chineseNamings(zh: string): string[] {
	setLanguage('zh-CN');
	try {
		const later = namingFor(chineseNamed);
		later(chineseNamed.name);
		return [namingFor(chineseNamed)(zh), later(zh)];
	} finally {
		setLanguage('en');
	}
}

/** `given`: the sample values in the text, which are names here (they are not translated). */
function compare(where: string, en: unknown, zh: unknown, failures: Failure[], given: readonly string[] = []): number {
	if (typeof en === 'string') {
		if (typeof zh !== 'string') failures.push(`${where}: not a string in Chinese`);
		else checkText(where, en, zh, given, failures);
		return 1;
	}
	if (typeof en === 'function') {
		if (typeof zh !== 'function') {
			failures.push(`${where}: not a function in Chinese`);
			return 0;
		}
		if (zh.length !== en.length) failures.push(`${where}: takes ${zh.length} parameters in Chinese, ${en.length} in English`);
		let rendered = 0;
		for (const args of argumentSets(where, en, zh)) {
			const english = (en as (...args: unknown[]) => unknown)(...args);
			const chinese = (zh as (...args: unknown[]) => unknown)(...args);
			const [englishText, chineseText] = [english, chinese].map(text => [text].flat().join('\n'));
			for (const value of args.flatMap(carried)) {
				// A quoted sentence may lose its full stop: each language ends the sentence around it with its own.
				const kept = [value, withoutFullStop(value)].some(form => chineseText?.includes(form));
				if (englishText?.includes(value) && !kept) failures.push(`${where}(${JSON.stringify(args)}): the Chinese leaves out "${value}": ${chineseText}`);
			}
			const names = args.flatMap(strings).flatMap(text => [text, withoutFullStop(text)]);
			rendered += compare(`${where}(${JSON.stringify(args)})`, english, chinese, failures, names);
		}
		return rendered;
	}
	if (Array.isArray(en)) {
		if (!Array.isArray(zh)) failures.push(`${where}: not a list in Chinese`);
		else if (zh.length === 0 && en.length > 0) failures.push(`${where}: an empty list in Chinese`);
		else return zh.reduce<number>((sum, line, index) => sum + compare(`${where}[${index}]`, en[index] ?? en[0], line, failures, given), 0);
		return 0;
	}
	if (en && typeof en === 'object') {
		const zhObject = zh as Record<string, unknown>;
		let rendered = 0;
		for (const [key, value] of Object.entries(en)) {
			if (!(key in zhObject)) failures.push(`${where}.${key}: missing in Chinese`);
			else rendered += compare(`${where}.${key}`, value, zhObject[key], failures, given);
		}
		for (const key of Object.keys(zhObject)) if (!(key in en)) failures.push(`${where}.${key}: only in Chinese`);
		return rendered;
	}
	return 0;
}

const modules = readdirSync(messagesDir).filter(file => file.endsWith('.ts') && file !== 'language.ts');

test('every export of source/messages/ is a table localized in every language', async () => {
	assert.ok(modules.length >= 10, `message modules found: ${modules.join(', ')}`);
	for (const file of modules) {
		const exported = (await import(path.join(messagesDir, file))) as Record<string, unknown>;
		for (const [name, value] of Object.entries(exported)) {
			assert.ok(value !== null && typeof value === 'object' && tablesOf(value), `messages/${file}: ${name} is not made with localized(), so it has no Chinese`);
		}
	}
});

test('every sentence renders in Chinese: not empty, not the English, keeps its values, no English words left', async () => {
	const failures: Failure[] = [];
	let rendered = 0;
	for (const file of modules) {
		const exported = (await import(path.join(messagesDir, file))) as Record<string, object>;
		for (const [name, table] of Object.entries(exported)) {
			const tables = tablesOf(table);
			if (tables) rendered += compare(name, tables.en, tables['zh-CN'], failures);
		}
	}
	assert.deepEqual([...unsampled], [], 'parameters with no sample values: add some to byName in this test');
	assert.deepEqual(failures, []);
	// Over every table and branch (a floor well under today's count, so it fails when the walk stops walking).
	assert.ok(rendered > 700, `only ${rendered} sentences rendered`);
});

test('the heuristic itself: it finds English left in Chinese, and lets names, code and links through', () => {
	assert.deepEqual(chineseProblems('请设置 DEEPSEEK_API_KEY，或运行 `deepseek-fix --help`：https://platform.deepseek.com/top_up'), []);
	assert.deepEqual(chineseProblems('DeepSeek 返回 429 Rate Limit Reached：请稍后重试。'), []);
	assert.deepEqual(chineseProblems('这个终端（TERM=dumb）无法重绘向导。'), []);
	assert.match(chineseProblems('余额 is empty。').join(), /English words left: is, empty/);
	assert.match(chineseProblems('余额100 CNY。').join(), /no space/);
	assert.match(chineseProblems('请取消设置 代理变量。').join(), /a space between two Chinese words/);
	assert.deepEqual(chineseProblems('↑↓ 移动 · 回车 选择 · q 退出'), []);
	assert.match(chineseProblems('请联系 relay.example（它的客服） 处理。').join(), /a space beside full-width punctuation/);
	assert.deepEqual(chineseProblems('key 以“Bearer ”开头。'), []);
	assert.match(chineseProblems('余额不足, 请充值。').join(), /half-width punctuation/);
	assert.match(chineseProblems('余额不足.').join(), /half-width punctuation/);
	assert.match(chineseProblems('请检查您的 API 密钥。').join(), /glossary's word: 您 \(use 你\).*glossary's word: 密钥/);
	assert.match(chineseProblems('新账号没有免费额度。').join(), /glossary's word: 免费额度 \(use 赠送余额\)/);
	assert.match(chineseProblems('请问问它的运营方。').join(), /glossary's word: 运营方 \(use 管理员\)/);
	assert.match(chineseProblems('请代理的管理者放行。').join(), /glossary's word: 管理者 \(use 管理员\)/);
	assert.match(chineseProblems('它的回答').join(), /glossary's word: 回答 \(use 响应\)/);
	assert.deepEqual(chineseProblems('网关说：“您的账户额度不足”。', ['您的账户额度不足']), []);
	assert.match(chineseProblems('deepseek-fix 1.0 — 查明原因').join(), /a lone dash/);
	assert.deepEqual(chineseProblems('HTTP 402——对 model-a 的调用被拒绝。'), []);
	assert.match(chineseProblems('正在检查...').join(), /ASCII "\.\.\."/);
	assert.match(chineseProblems('正在进行检查。').join(), /translationese: 进行/);
});
