// What "entirely in Chinese" means in the tests: apart from names, commands, codes and
// links, no English words; Chinese punctuation in Chinese sentences; a space between
// Chinese and Latin words or numbers. A heuristic with an allow-list, shared by the
// message completeness test, the CLI test and the wizard test.

import {setLanguage} from '../../source/messages/language.js';

/** Words that stay as they are in Chinese text: names, terms DeepSeek's own Chinese pages use, UI labels of other apps, key names. */
const allowedWords = new Set(
	[
		// Names of products, services, companies and formats.
		'DeepSeek', 'OpenAI', 'Anthropic', 'Cloudflare', 'OpenRouter', 'SiliconFlow', 'Together', 'AI', 'Fireworks', 'Cline', 'Continue', 'Cursor', 'Google',
		'PayPal', 'Node', 'Markdown', 'One', 'New', 'Pro', 'git', 'cron', 'crontab', 'CI', 'JSON', 'HTTP', 'HTTPS', 'TLS', 'DNS', 'VPN', 'SDK',
		'English', 'fetch', 'Credits', 'localhost', 'bug', 'true', 'false', 'dotenv', 'Claude', 'Code', 'OpenCode', 'Aider', 'Codex', 'Responses',
		// HTTP clients named by what they are called (the ones that read ALL_PROXY).
		'Python', 'httpx', 'requests', 'curl', 'undici',
		// Proxy logins by their scheme's name, and the local proxies that do a Windows login for other programs.
		'Windows', 'Basic', 'NTLM', 'Negotiate', 'Cntlm', 'Px',
		// WSL 2's world: the system, its network mode, and the proxy apps and relays that run on Windows.
		'Linux', 'WSL', 'NAT', 'Clash', 'Verge', 'LiteLLM',
		// Proxies named for their default rules (tunnels only to port 443).
		'Squid', 'tinyproxy',
		// The word of the Authorization header, and the error Python prints for a character a header cannot carry.
		'Bearer', 'UnicodeEncodeError',
		// The encoding Notepad names so in its Save As list (a .env saved in it: project-env.ts).
		'Unicode',
		// The key that switches an input method between full and half width, as the keyboard names it.
		'Shift',
		// Terms Chinese developers use as they are (DeepSeek's Chinese pages say "API key").
		'API', 'key', 'keys', 'URL', 'Base', 'baseURL', 'endpoint', 'token', 'trace', 'id', 'ms', 'GET', 'export', 'npx',
		// A call's field and a shell command, named as they are typed (plain text: the screen is no Markdown).
		'model', 'cd',
		// The command that makes a file writable again (settingsWriteMessages.readOnly).
		'chmod',
		// Shells by their names (shell itself, cmd for Command Prompt), and the commands that set a variable in them (text/shell.ts).
		'shell', 'cmd', 'PowerShell', 'Nushell', 'fish', 'set', 'setx',
		// The command that reads a shell's start-up file again, and editors a program may run from (they keep the environment they started with).
		'source', 'VS', 'PyCharm', 'IDE',
		// Systems and desktops whose proxy settings are read, and the way browsers find a proxy by themselves.
		'macOS', 'GNOME', 'KDE', 'WPAD',
		// Git Bash's window and the helper that gives Windows programs a console there (text/mintty.ts); Windows Terminal.
		'Bash', 'mintty', 'winpty', 'Terminal',
		// Container engines and Compose by their names (deepseek/container-names.ts).
		'Docker', 'Desktop', 'Podman', 'Compose',
		// Where a container runs: VS Code's Dev Containers and GitHub's codespaces, by the names they go by (deepseek/container.ts).
		'Dev', 'Container', 'GitHub', 'codespace',
		// A Kubernetes pod and the cluster's names, as Kubernetes' own Chinese documentation keeps them (Pod, Service).
		'Kubernetes', 'Pod', 'Service',
		// The hosts file by its name, as Chinese guides call it (hosts 文件; deepseek/resolved-here.ts).
		'hosts',
		// The lookup a fix asks to compare a public resolver's answer with (nslookup NAME 1.1.1.1), as it is typed.
		'nslookup',
		// Keys.
		'Enter', 'Esc', 'Backspace', 'Ctrl', 'jk', 'en', 'zh',
	].map(word => word.toLowerCase()),
);

/** Names of more than one word: DeepSeek's and gateways' own error names, the commands listed together. */
const allowedPhrases = [
	/\b(?:Insufficient Balance|Rate Limit Reached|Server Error|Server Overloaded|Authentication Fails|Invalid URL|based on your remaining balance)\b/g,
	/\bdeepseek-fix (?:check|balance|report|config)\b/g,
	// The command that prints the port a Compose service publishes, as it is typed.
	/\bdocker compose port\b/g,
	/\b(?:check|balance|report|config)(?:、(?:check|balance|report|config))+\b/g,
	// A proxy app's switch as its English UI labels it, WSL's setting and commands, typed as they are.
	/\bAllow LAN\b/g,
	/%UserProfile%/g,
	/\bnetworkingMode=mirrored\b/g,
	/\bwsl --shutdown\b/g,
	/\bip route show default\b/g,
	// How the openai package is given a proxy, in its own option names (fixMessages.nodeEnvProxy).
	/\bfetchOptions\b|\bProxyAgent\b|\bdispatcher\b/g,
	// The commands that unset a variable, in each shell (fixMessages.unsetProxy).
	/\bunset(?= )|\bset -e(?= )|\bhide-env(?= )|\bRemove-Item(?= )/g,
	// The commands that set the clock.
	/\bsudo hwclock -s\b/g,
	/\bsudo timedatectl set-ntp true\b/g,
	// The command a flag belongs to, in brackets after it (--help).
	/（(?:check|balance|report|config)）/g,
];

/** Anything that is code, a name or a link: URLs, `code`, --flags, ENV_VARS, paths, ids, versions, e-mail addresses. */
const codeLike = [
	/`[^`]*`/g,
	/\b[a-z][a-z0-9+.-]*:\/\/[^\s（），。；、]+/gi,
	/"[^"\n]*"/g,
	/(?<![\w.])[./][\w./-]+/g,
	/<[^<>\s]+>/g,
	/(?<![\w-])-{1,2}[A-Za-z][\w-]*/g,
	/[\w./:-]*\d[\w./:-]*/g,
	/…\w+/g,
	/\S*[\w-]+@[\w.-]+\S*/g,
	/\S*[A-Za-z0-9][_./:\\$|-][\w./:\\$|-]*\S*/g,
	/\b[A-Z][A-Z0-9_]*=[^\s（），。；、]*/g,
	/\b[A-Z][A-Z0-9_]+\b/g,
];

/** Latin words left in Chinese text once code, names and allowed words are taken out. */
export function englishWords(text: string, names: readonly string[] = []): string[] {
	let rest = text;
	for (const name of [...names].sort((a, b) => b.length - a.length)) if (name.length > 0) rest = rest.split(name).join(' ');
	for (const pattern of [...allowedPhrases, ...codeLike]) rest = rest.replace(pattern, ' ');
	return (rest.match(/[A-Za-z]{2,}/g) ?? []).filter(word => !allowedWords.has(word.toLowerCase()));
}

const han = String.raw`\p{Script=Han}`;
const spacing = new RegExp(`${han}[A-Za-z0-9]|[A-Za-z0-9]${han}`, 'u');
/**
 * One space between two Chinese characters (a space belongs only beside Latin text); 回车 is a key's name in the
 * key hints, as Esc is. Two or more are a table's columns (config's labels and values), not a sentence's.
 */
const chineseGap = new RegExp(`${han} ${han}`, 'u');
/**
 * A space between full-width punctuation and a Chinese character (“（它的客服） 处理”): the punctuation carries its own
 * space. Quotes are left out (a quoted name may end in a space: “Bearer ”), and so is a value given empty, which leaves
 * the spaces around it (the render with the value filled in is checked).
 */
const punctuationGap = new RegExp(`[，。：；？！（）、] +${han}|${han} +[，。：；？！（）、]`, 'u');
const halfWidthPunctuation = new RegExp(`${han}[,;:!?()]|[,;:!?(]${han}|${han}\\.(?:\\s|$)`, 'u');

/** Words docs/development.md's glossary rules out, each with the one it names instead. */
const offGlossary: ReadonlyArray<readonly [string, string]> = [
	['您', '你'],
	['密钥', 'key'],
	['比如', '例如'],
	['运营者', '管理员'],
	['运营方', '管理员'],
	['免费额度', '赠送余额'],
	['账户', '账号'],
	// A balance is queried (查询), not read (读取): the balance check's row says 未查询到.
	['读不到余额', '查询不到余额'],
	['读不到你的余额', '查询不到你的余额'],
	// An HTTP response is 响应; a model's answer is 回复 (“它的回答” read as a crumb for whatever the service answered).
	['回应', '响应'],
	['回答', '响应'],
	// Whoever runs a proxy or a network is its 管理员 too, as for a relay or a gateway.
	['管理者', '管理员'],
];

const loneDash = /.?(?<!—)—(?!—).?/u;

/** Words that pad a Chinese sentence the way an English one is built, each with what to write instead. */
const padding: ReadonlyArray<readonly [string, string]> = [
	['进行', 'say the verb itself: 检查, not 进行检查'],
	['被引号包着', 'say 两边有引号'],
];

/** What is wrong with `text` as Chinese prose, or [] when nothing is. */
export function chineseProblems(text: string, names: readonly string[] = []): string[] {
	const problems: string[] = [];
	const words = englishWords(text, names);
	if (words.length > 0) problems.push(`English words left: ${words.join(', ')}`);
	// Names (a server's own words among them) are quoted, not ours to word.
	let own = text;
	for (const name of names) if (name.length > 0) own = own.split(name).join(' ');
	for (const [word, instead] of offGlossary) if (own.includes(word)) problems.push(`not the glossary's word: ${word} (use ${instead})`);
	// Chinese dashes and ellipses are two characters wide: —— and …… (or …), never a lone — or ASCII "...".
	if (loneDash.test(own)) problems.push(`a lone dash in a Chinese sentence (use —— or a colon): …${loneDash.exec(own)?.[0]}…`);
	if (own.includes('...')) problems.push('an ASCII "..." in a Chinese sentence (use …)');
	for (const [word, instead] of padding) if (own.includes(word)) problems.push(`translationese: ${word} (${instead})`);
	if (spacing.test(text)) problems.push(`no space between Chinese and Latin text: …${spacing.exec(text)?.[0]}…`);
	if (chineseGap.test(text.replaceAll('回车 ', ''))) problems.push(`a space between two Chinese words: …${chineseGap.exec(text)?.[0]}…`);
	if (!names.includes('') && punctuationGap.test(text)) problems.push(`a space beside full-width punctuation: …${punctuationGap.exec(text)?.[0]}…`);
	if (halfWidthPunctuation.test(text)) problems.push(`half-width punctuation in a Chinese sentence: …${halfWidthPunctuation.exec(text)?.[0]}…`);
	return problems;
}

/** True when `text` holds prose (English words), not just names, codes and numbers. */
export function hasProse(text: string, names: readonly string[] = []): boolean {
	return englishWords(text, names).length > 0;
}

/** What `said` returns with Chinese on (English again afterwards, whatever happens): a sentence as a Chinese reader sees it. */
export function inChinese<T>(said: () => T): T {
	try {
		setLanguage('zh-CN');
		return said();
	} finally {
		setLanguage('en');
	}
}
