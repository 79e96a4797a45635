// Every sentence of the interactive wizard (en). The tree (source/tree/) and the UI
// (source/ui/, source/app.tsx) only pick from here and pass values in.
import {amountText} from '../text/amount.js';
import type {KeySource} from '../checks/types.js';
import {localized, type Messages} from './language.js';
import {quoted} from '../text/quoted.js';
import {joined} from '../text/clause.js';
import * as zhCN from './zh-CN/wizard.js';
import {asPath, hereEn, placeEn} from '../text/dotenv-place.js';
import type {DotenvFullWidth, DotenvUtf16} from '../project-env.js';
import {fileShown, windowsVariablesEn, windowsVariablesShortEn} from '../text/saved-key-place.js';
import type {SavedKey, StartupKey} from '../deepseek/saved-key.js';
import type {ContainerPlace} from '../deepseek/container.js';
import type {OwnApiVendor} from '../deepseek/url.js';
import type {AccountRefusal} from '../providers/signatures/index.js';
import {agentAppNames, isAgentApp, type AgentApp, type OtherKeyEnvVar} from '../deepseek/facts.js';
import {appSetsEn, appSettingEn, appSettingPlaceEn, inEnvironmentFile} from '../text/app-setting.js';
import {appSettingsArePlural, appSettingsEn} from '../text/app-settings-place.js';


// `file`: the dotenv file a `dotenv` value came from (`.env.local`, `../.env`).
/** "A and B", "A, B and C". */
const andList = (items: readonly string[]): string => (items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`);

/** Where a key a script must put in DEEPSEEK_API_KEY is: an agent app's settings, or another tool's variable (OPENAI_API_KEY). */
/** `file`: the dotenv file that holds the variable (".env"), where the environment does not. */
const keyPlaceEn = (place: AgentApp | OtherKeyEnvVar, file?: string): string => (isAgentApp(place) ? appSettingsEn[place] : file ? `${place} in ${placeEn(file)}` : place);

const keySources = (file: string): Record<KeySource, string> => ({
	env: 'from DEEPSEEK_API_KEY',
	dotenv: `from ${hereEn(file)}`,
	remembered: 'remembered',
	prompt: 'pasted',
	claude_code: "Claude Code's",
	opencode: "OpenCode's",
	continue: "Continue's",
	aider: "Aider's",
	codex: "Codex's",
	variable: "from another tool's variable",
	none: 'none',
});

const baseUrlSources = (file: string) => ({
	flag: 'from --base-url',
	env: 'from DEEPSEEK_BASE_URL',
	dotenv: `from ${hereEn(file)}`,
	remembered: 'remembered',
	default: "DeepSeek's default",
}) as const;

/** The start screen's balance line's label: the last one, or one read since last time's result. */
const balanceLabelEn = (sinceThen: boolean | undefined) => (sinceThen ? 'Balance since then' : 'Last balance');

const wizardTextEn = {
	ui: {
		/** In place of a copyable link no row of this window holds whole (leaf-layout.ts copyableLine). */
		linkTooWide: (p: {columns: number}) => `(The link needs a ${p.columns}-column window.)`,
		/** The marks of a list that scrolls: how many items are above or below what shows. */
		moreAbove: (p: {count: number}) => `  ↑ ${p.count} more`,
		moreBelow: (p: {count: number}) => `  ↓ ${p.count} more`,
		/** The same for text that scrolls (the help): lines, not items. */
		linesAbove: (p: {count: number}) => `  ↑ ${p.count} more ${p.count === 1 ? 'line' : 'lines'}`,
		linesBelow: (p: {count: number}) => `  ↓ ${p.count} more ${p.count === 1 ? 'line' : 'lines'}`,
		/** Under a result's fixes when some did not fit. */
		moreFixes: (p: {count: number}) => `  ↓ ${p.count} more ${p.count === 1 ? 'fix' : 'fixes'} in a taller window`,
		/** Under live checks when finished rows did not fit. */
		moreChecksDone: (p: {count: number}) => `  + ${p.count} more ${p.count === 1 ? 'check' : 'checks'} done`,
		windowTooSmall: (p: {columns: number; rows: number; minColumns: number; minRows: number}) =>
			`This window is too small for the wizard (${p.columns} × ${p.rows}). Make it at least ${p.minColumns} × ${p.minRows}, or press q to quit.`,
		breadcrumbSeparator: ' › ',
		breadcrumbEllipsis: '…',
		hints: {
			start: '↑↓ move · Enter pick · L 中文 · ? help · q quit',
			menu: '↑↓/jk move · Enter pick · Esc back · ? help · q quit',
			input: 'Enter confirm · Esc back · Ctrl+C quit',
			checks: 'checking… · Esc cancel and go back · q quit',
			/** The checks could not start (an unusable base URL): nothing runs, so nothing to cancel. */
			checksStopped: 'Esc back · q quit',
			wait: 'Esc stop waiting · q quit',
			/** The help over a menu: all of it on show, or scrolling. */
			help: '? or Esc close · q quit',
			helpScroll: '↑↓ scroll · ? or Esc close · q quit',
		},
		/** The same, at most 40 columns wide (the narrowest window the wizard draws in): for narrow windows. A menu still names ?: help opens there. */
		hintsNarrow: {
			start: '↑↓ move · Enter pick · ? help · q quit',
			menu: '↑↓ · Enter · Esc back · ? help · q quit',
			input: 'Enter confirm · Esc back · Ctrl+C quit',
			checks: 'checking… · Esc back · q quit',
			checksStopped: 'Esc back · q quit',
			wait: 'Esc stop waiting · q quit',
			help: '? or Esc close · q quit',
			helpScroll: '↑↓ scroll · ? or Esc close · q quit',
		},
		waiting: 'waiting…',
		running: 'running…',
		runningFor: (p: {elapsed: string; deadline: string}) => `running… ${p.elapsed} of ${p.deadline}`,
		fixHeading: 'What to do:',
		/** A check row: its title, then its one-line result; `checkLabel` is the part drawn in bold. */
		checkLabel: (title: string) => `${title}:`,
		checkRow: (title: string, summary: string) => `${title}: ${summary}`,
		/** A row the first line under it restates, whose first sentence is wider than the row: it points there, whole, instead of being cut mid-phrase. */
		restatedBelow: 'see below.',
		keyPreview: (masked: string, length: number) => `Looks like ${masked} (${length} characters). It stays hidden.`,
		keyPreviewWrongLength: (p: {masked: string; length: number}) => `Looks like ${p.masked}: ${p.length} characters, and a DeepSeek key has 35. It stays hidden.`,
		/** What the key field left out of a paste, under its preview (checks/pasted-key.ts). */
		keyRemoved: {
			spaces: 'Removed the spaces or line breaks around the key.',
			quotes: 'Removed the quotes around the key.',
			bearer: 'Removed "Bearer " before the key.',
			bearerQuoted: 'Removed the quotes and "Bearer " around the key.',
			/** Whatever the shell's way of writing it (NAME=…, $env:NAME="…", set -gx NAME …): the line is named by what it sets, not by a form the user did not paste. */
			assignment: (p: {name: string}) => `Kept only the key from the line that sets ${p.name}.`,
		},
		/** A paste the key field does not take as a key. */
		keySeveral: (p: {count: number}) => `That is ${p.count} keys, not one: paste only the key your program uses.`,
		keyNotOne: 'That is not one key: it has spaces or line breaks inside. Copy the key again in one piece (sk-… with no spaces).',
		/** The title of a check step that cannot start (an unusable base URL): why is under it. */
		cannotRunChecks: 'Cannot run the checks with these settings',
		settingsNotice: (notice: string) => `Note: ${notice}`,
		script: (p: {command: string}) => `Same from a script: ${p.command}`,
		/** After the key in an agent app's settings, which the command never holds. */
		/** `app`: or another tool's variable (OPENAI_API_KEY), said as is. */
		scriptAppKey: (p: {command: string; app: AgentApp | OtherKeyEnvVar; file?: string | undefined}) => `Same from a script, with DEEPSEEK_API_KEY set to the key in ${keyPlaceEn(p.app, p.file)}: ${p.command}`,
		/** The same two, where the command needs a row of its own (it is never broken inside): they end where the command would start. */
		scriptLead: 'Same from a script:',
		scriptAppKeyLead: (p: {app: AgentApp | OtherKeyEnvVar; file?: string | undefined}) => `Same from a script, with DEEPSEEK_API_KEY set to the key in ${keyPlaceEn(p.app, p.file)}:`,
		/** In place of a command wider than the window: broken over rows it would neither read nor copy. */
		commandTooWide: (p: {columns: number}) => `(The command needs a ${p.columns}-column window.)`,
	},

	/** The help `?` shows over a menu or a result (ui/screens/help.tsx). */
	help: {
		title: 'Help',
		about: 'deepseek-fix finds out why calls to the DeepSeek API fail (above all 402 Insufficient Balance) and says what to do next.',
		checks: 'It runs live checks against the API you use: free reads of your key, balance and the service status. Only the optional test call costs money (one call of 1 token, a fraction of a cent), and it is made only after you say yes.',
		keysHeading: 'Keys',
		/** A key and what it does, in two columns. */
		keys: [
			{key: '↑↓ or j k', does: 'move'},
			{key: 'Enter', does: 'pick'},
			{key: 'Esc', does: 'back a step (Backspace too)'},
			{key: 'q', does: 'quit'},
			{key: 'Ctrl+C', does: 'quit now, even while typing'},
			{key: '?', does: 'open or close this help'},
			// Narrow key hints leave L out: here it is always said.
			{key: 'L', does: '中文 (Chinese), on the start screen'},
		],
		settingsHeading: 'Settings',
		/** Above the settings file's path, on lines of its own. */
		settingsFile: 'Kept in this file (deepseek-fix config --path prints it):',
		commandsHeading: 'Without the wizard',
		commands: [
			{key: 'deepseek-fix check --json', does: 'every check, as JSON'},
			{key: 'deepseek-fix balance --below 5', does: 'exit code 1 when the balance is under 5'},
			{key: 'deepseek-fix report', does: 'a support report, no key in it'},
		],
	},

	start: {
		title: 'deepseek-fix: why do my DeepSeek API calls fail?',
		key: (masked: string, source: KeySource, file: string) => `Key: ${masked} (${keySources(file)[source]})`,
		/** This line and blankEnvKey fit one row of a 40-column window: wrapped, a lone "set)" ended them. */
		noKey: 'Key: none (DEEPSEEK_API_KEY is not set)',
		/** Under the key line: DEEPSEEK_API_KEY is used, and this folder's .env holds another key. */
		otherKeyInProjectEnv: (p: {masked: string; file: string}) => `Another key in ${asPath(p.file)}: ${p.masked} (a program that loads ${p.file} may send that one)`,
		/** Under the key line: DEEPSEEK_API_KEY is used, and a start-up file (or Windows' variables) saves another key for new shells. */
		otherKeyInStartup: (saved: StartupKey) =>
			saved.kind === 'file' ? `Another key in ${saved.file}: ${saved.masked} (new terminals get it)` : `Another key in ${windowsVariablesShortEn(saved.kind)}: ${saved.masked} (new windows get it)`,
		/** Under the key line: an agent app sends another key to DeepSeek or to this address (its calls bill that key's account). */
		/** `variable`: the key is the shell's, in that variable (its settings set none), not in its settings. */
		otherKeyInApp: (p: {app: AgentApp; masked: string; variable?: string | undefined}) =>
			`Another key in ${p.variable === undefined ? appSettingsEn[p.app] : appSettingEn(p.app, p.variable)}: ${p.masked} (${agentAppNames[p.app]} sends that one)`,
		/** Under the key line: an agent app sends a DeepSeek key to its vendor's own API (`host`), which refuses it. Two rows at 40 columns. */
		appKeyToVendor: (p: {app: AgentApp; host: string}) => `${agentAppNames[p.app]} sends its DeepSeek key to ${p.host}`,
		/** The same in one row at 40 columns, where the two rows would leave none for the base URL line under it. */
		appKeyToVendorShort: (p: {app: AgentApp; host: string}) => `${agentAppNames[p.app]}'s key → ${p.host}`,
		/** Under the key line, in place of otherKeyInApp's lines where the window has no room for one per app: the apps in one line (two rows at 40 columns, four apps too; their keys are on the key question). */
		otherKeysInApps: (p: {apps: ReadonlyArray<{app: AgentApp; masked: string}>}) => `Other keys in ${andList(p.apps.map(({app}) => agentAppNames[app]))} (each sends its own)`,
		/** No key, but another tool's variable holds a DeepSeek-shaped one (never sent unasked). */
		/** No key here, but DEEPSEEK_API_KEY is saved for later shells: a start-up file (as ~/.zshrc) or Windows' variables. One row at 40 columns. */
		/** `short`: a start-up file by its name alone (fish's ~/.config/fish/config.fish does not fit one row at 40 columns). */
		/** No key: the folder's dotenv file holds it, saved as UTF-16, which no loader reads. One row at 60 columns. */
		noKeyUtf16: (p: DotenvUtf16) => `Key: none (${hereEn(p.file)} is ${p.encoding}: save it as UTF-8)`,
		/** No key: a dotenv file's line would set it but for its full-width ＝, which no loader reads. */
		noKeyFullWidth: (p: DotenvFullWidth) => `Key: none (line ${p.line} of ${hereEn(p.file)} has a full-width ＝: type it in half-width mode)`,
		noKeySaved: (p: {saved: SavedKey; short: boolean}) => `Key: none here (in ${p.saved.kind === 'file' ? fileShown(p.saved.file, p.short) : windowsVariablesShortEn(p.saved.kind)})`,
		/** No key, but an agent app's settings (Claude Code's, OpenCode's config) hold a DeepSeek-shaped one (the key question offers it). */
		noKeyInApp: (p: {app: AgentApp; masked: string}) => `Key: none in DEEPSEEK_API_KEY; ${appSettingsEn[p.app]} ${appSettingsArePlural[p.app] ? 'hold' : 'holds'} one (${p.masked})`,
		noKeyElsewhere: (p: {variable: string; masked: string}) => `Key: none in DEEPSEEK_API_KEY, but ${p.variable} holds a DeepSeek-shaped one (${p.masked})`,
		blankEnvKey: 'Key: none (DEEPSEEK_API_KEY is blank)',
		/** Where it came from before the URL: a narrow window wraps before the URL, not inside the brackets. */
		baseUrl: (url: string, source: keyof ReturnType<typeof baseUrlSources>, file: string) => `Base URL (${baseUrlSources(file)[source]}): ${url}`,
		/** The base URL alone in a row, where a short window would otherwise leave its line out (where it comes from is the part let go). */
		baseUrlShort: (url: string) => `Base URL: ${url}`,
		/**
		 * In place of baseUrl's "DeepSeek's default" where another tool's variable (OPENAI_BASE_URL…) points elsewhere: that
		 * tool does not call DeepSeek's address, so this is only what the checks call. Two rows at 40 columns.
		 */
		baseUrlOtherVariable: (p: {url: string; variable: string}) => `Checks ${p.url}; ${p.variable} points elsewhere`,
		/**
		 * The same where that variable sends a DeepSeek-shaped key to its vendor's own API (OpenAI's), which refuses it: the
		 * variable is named by the "which address?" question (two rows at 40 columns leave no room for it here).
		 */
		baseUrlKeyToVendor: (p: {url: string; vendor: OwnApiVendor}) => `Checks ${p.url}; a DeepSeek key is sent to ${p.vendor}`,
		/** The same where an agent app's settings (Claude Code's, OpenCode's config…) send its calls elsewhere. Two rows at 40 columns. */
		baseUrlOtherApp: (p: {url: string; app: AgentApp}) => `Checks ${p.url}; ${appSettingsEn[p.app]} ${appSettingsArePlural[p.app] ? 'point' : 'points'} elsewhere`,
		provider: (name: string) => `That address belongs to ${name}, not to DeepSeek.`,
		/** A gateway that passes the key on (Cloudflare AI Gateway, Helicone): the key and the balance are DeepSeek's. */
		providerPassesKeyOn: (name: string) => `${name} passes your own DeepSeek key on to DeepSeek.`,
		/** What earlier runs left: the last diagnosis, the last balance and its trend, the alert. */
		remembered: {
			diagnosis: (p: {summary: string; ago: string}) => `Last time (${p.ago}): ${p.summary}`,
			diagnosisUndated: (p: {summary: string}) => `Last time: ${p.summary}`,
			/** Last time's result was found at another base URL, or with another key: not this one's. `whose`: which (whoseMessages.elsewhere). */
			diagnosisElsewhere: (p: {summary: string; ago: string; whose: string}) => `Last time${p.ago ? ` (${p.ago})` : ''}, ${p.whose}: ${p.summary}`,
			/** `sinceThen`: read after last time's result (a top-up may have changed it): not "Last balance" beside an older "empty". */
			balance: (p: {amount: string; ago: string; sinceThen?: boolean}) => `${balanceLabelEn(p.sinceThen)}: ${p.amount}, ${p.ago}`,
			/** Last time's result (of this account) was found on a balance that could not pay (`before`), and the latest reading can. */
			toppedUpSince: (p: {before: string; amount: string; ago: string}) => `Top-up since then: ${p.before} → ${p.amount}, ${p.ago}`,
			balanceWithSpending: (p: {amount: string; ago: string; perDay: string; sinceThen?: boolean}) => `${balanceLabelEn(p.sinceThen)}: ${p.amount}, ${p.ago}; spending about ${p.perDay} a day`,
			/** `days`: whole days left; 0 is less than one, not "about 0 days". */
			balanceWithDaysLeft: (p: {amount: string; ago: string; perDay: string; days: number; sinceThen?: boolean}) =>
				`${balanceLabelEn(p.sinceThen)}: ${p.amount}, ${p.ago}; spending about ${p.perDay} a day, enough for ${p.days < 1 ? 'less than a day' : `about ${p.days} ${p.days === 1 ? 'day' : 'days'}`}`,
			alert: (p: {amount: string; currency: string}) => `Low-balance alert: under ${amountText(p.amount, p.currency)}`,
			/** The alert names another currency than this account's last balance: it does not apply to it (as the balance result says). */
			alertOtherCurrency: (p: {amount: string; currency: string; balanceCurrency: string}) =>
				`Low-balance alert: under ${amountText(p.amount, p.currency)}, which does not apply to this balance in ${p.balanceCurrency}`,
		},
		question: 'What is happening?',
		/** Breadcrumb names of the branches whose first question does not name them. */
		branchCrumbs: {balance: 'Balance', drain: 'Spending', everything: 'All checks'} as Record<string, string>,
		options: {
			recheck: 'Check it again',
			/** Money arrived since last time's result (of this account): the same walk, to see whether the calls work now. */
			recheckAfterTopUp: 'Check again: do the calls work now?',
			fails402: 'My calls fail with 402 Insufficient Balance',
			failsOther: 'They fail with something else (401, 429, 5xx, timeouts)',
			balance: 'Check my balance / set a low-balance alert',
			balanceAlertSet: (p: {amount: string; currency: string}) => `Check my balance / change the alert (now under ${amountText(p.amount, p.currency)})`,
			drains: 'My balance drains faster than expected',
			everything: 'Run every check',
			faq: 'Where are plans, auto-reload, alerts, teams?',
			/** Offered after L switched the language: remembering it is the user's choice. */
			rememberLanguage: 'Always use English (remember it on this computer)',
		},
	},

	program: {
		crumb: '402',
		question: 'Which program makes the calls that fail?',
		help: 'The answer decides where to look: DeepSeek, or the service in between.',
		options: {
			own_code: 'My own code (an OpenAI-compatible SDK)',
			app: 'An editor or agent app (Cline, Continue, Cursor…)',
			gateway: 'A relay or gateway (OpenRouter, one-api, new-api…)',
			unsure: "I'm not sure",
		},
	},

	baseUrl: {
		crumb: 'Where calls go',
		question: 'Which address (base URL) does it send them to?',
		/** "Run every check" and the 401 path, asked only where an agent app's settings or another tool's variable send calls to a different address from the one in use. */
		questionToCheck: 'Which address (base URL) should be checked?',
		helpApp: (p: {app: AgentApp}) => `${appSettingsEn[p.app]} ${appSettingsArePlural[p.app] ? 'send' : 'sends'} calls to a different address from the one in use: pick the one to check.`,
		/** Another tool's base-URL variable (OPENAI_BASE_URL) sends that tool's calls, with its own key, elsewhere. */
		helpVariable: (p: {variable: string}) => `Tools that read ${p.variable} send calls to a different address from the one in use: pick the one to check.`,
		/** The same where it sends the DeepSeek-shaped key in `keyVariable` (in the dotenv file `keyFile`, or the shell's) to `vendor`'s own API: refused there. */
		helpKeyToVendor: (p: {variable: string; keyVariable: string; keyFile?: string | undefined; masked: string; vendor: OwnApiVendor}) =>
			`Tools that read ${p.variable} send the DeepSeek key in ${p.keyVariable}${p.keyFile ? ` in ${placeEn(p.keyFile)}` : ''} (${p.masked}) to ${p.vendor}'s own API, which refuses DeepSeek keys: point ${p.variable} at DeepSeek. Pick the address to check.`,
		help: {
			own_code: 'It is the base_url (or baseURL) you give the OpenAI client.',
			app: "Look in the app's model or provider settings: 'Base URL' or 'API endpoint'.",
			gateway: 'It is the address in the gateway\'s or reseller\'s docs or dashboard.',
			unsure: 'Not sure? Keep the first one: it is what this computer is set up with.',
		},
		current: (url: string, source: keyof ReturnType<typeof baseUrlSources>, file: string) => `${url} (${baseUrlSources(file)[source]})`,
		/** In place of current's "DeepSeek's default" where another tool's or app's address is listed beside it: what it is, not "the right one". */
		currentDeepSeek: (url: string) => `${url} (DeepSeek's own API)`,
		fromEnv: (url: string, variable: string) => `${url} (from ${variable})`,
		/** An agent app's base URL (Claude Code's ANTHROPIC_BASE_URL, OpenCode's baseURL) as its settings write it (DeepSeek's /anthropic too, though the checks use the root). */
		fromApp: (app: AgentApp, url: string) => `The base URL in ${appSettingsEn[app]} (${url})`,
		fromProjectEnv: (url: string, variable: string, file: string) => `${url} (from ${variable} in ${hereEn(file)})`,
		deepseek: (url: string) => `DeepSeek's own: ${url}`,
		typeIt: 'Another address: type it in',
		inputCrumb: 'Type URL',
		inputQuestion: 'Type the base URL your program uses, then Enter:',
		inputHelp: "For example https://api.deepseek.com, or your relay's address. Plain http:// only for this computer (localhost, 127.0.0.1): elsewhere it would send the key unencrypted.",
		placeholder: 'https://api.deepseek.com',
		/** A plain-http address that is not this computer: the key would travel unencrypted. */
		plainHttp: (p: {host: string}) => `Plain http:// would send your key to ${p.host} unencrypted: use https://, or http:// only for this computer (localhost, 127.0.0.1).`,
	},

	key: {
		crumb: 'Key',
		/** After "Which program makes the calls?": "it" is that program. */
		question: 'Which API key does it use?',
		/** When no program was asked about. */
		questionToCheck: 'Which API key should be checked?',
		/** "Also check my DeepSeek account". */
		questionDeepSeek: 'Which key of your DeepSeek account should be checked?',
		help: 'A key is never shown whole: only sk-… and its last four characters.',
		helpGateway: 'For a relay or gateway, that is the key it gave you, not a DeepSeek key.',
		/** A gateway that passes the key on (Cloudflare AI Gateway, Helicone): the key it takes is the user's DeepSeek key. */
		helpGatewayPassesKeyOn: (p: {name: string}) => `${p.name} passes the key on to DeepSeek: that is your DeepSeek key.`,
		/** No DeepSeek key found, but another tool's variable holds a DeepSeek-shaped one (never sent unless pasted). */
		/** The same on the key step: why this shell or window lacks it, and what gets it. */
		helpSaved: (saved: SavedKey) =>
			saved.kind === 'file'
				? `${saved.file} sets DEEPSEEK_API_KEY, but this shell has not read it: quit, open a new terminal or run source ${saved.file}, and start deepseek-fix again; or paste the key here.`
				: `DEEPSEEK_API_KEY is in ${windowsVariablesEn(saved.kind)}, but this window was opened before it was saved: quit, open a new window (in VS Code or another editor, restart the editor, not just its terminal) and start again; or paste the key here.`,
		/** DEEPSEEK_API_KEY is offered, and a start-up file (or Windows' variables) saves another key for new shells. */
		helpStartup: (saved: StartupKey) =>
			saved.kind === 'file'
				? `${saved.file} sets another key (${saved.masked}), which new terminals get: to check it, quit, open a new terminal or run source ${saved.file}, and start deepseek-fix again (restart your editor if the program runs from it).`
				: `${windowsVariablesEn(saved.kind)} hold another key (${saved.masked}), which new windows get: to check it, quit, open a new window (restart your editor if the program runs from it) and start deepseek-fix again.`,
		helpApp: (p: {app: AgentApp; variable: string; masked: string; file: string}) =>
			`${appSetsEn(p.app, p.variable, p.file, true)} a DeepSeek-shaped key (${p.masked}): pick it to check the key ${agentAppNames[p.app]} sends.`,
		/**
		 * The address picked is a vendor's own API where a program sends a DeepSeek key (Claude Code's ANTHROPIC_BASE_URL at
		 * api.anthropic.com; OPENAI_BASE_URL at api.openai.com with the key in OPENAI_API_KEY): refused there, so that key is
		 * checked at DeepSeek, where `setting` set to `url` sends it. `file`: the app's settings file that sets it, `dotenvFile`
		 * the folder's dotenv file (neither: the shell's). The key picked is `app`'s, else the one in `keyVariable`, named by
		 * `sameKey` (masked) where its row is another variable's (DEEPSEEK_API_KEY holding the same key).
		 * Short: the line kept at 40×15 (the result gives the fix whole).
		 */
		helpToVendor: (p: {host: string; setting: string; url: string; file?: string | undefined; dotenvFile?: string | undefined; app?: AgentApp | undefined; keyVariable: string; sameKey?: string | undefined}) =>
			`${p.host} refuses every DeepSeek key: set ${p.setting} to ${p.url}${p.file ? ` in ${p.file}` : p.dotenvFile ? ` in ${placeEn(p.dotenvFile)}` : ''}. Pick ${p.app ? `${agentAppNames[p.app]}'s key` : p.sameKey ? `the key ${p.sameKey}` : `the key in ${p.keyVariable}`} to check it at DeepSeek instead.`,
		/** `variable` as variableName says it: alone, or in a dotenv file, where the key question offers no row for it. */
		helpElsewhere: (p: {variable: string; masked: string; offered: boolean}) =>
			`${p.variable} holds a DeepSeek-shaped key (${p.masked}), as the OpenAI SDK or Claude Code reads it: ${p.offered ? 'pick it' : 'paste it here'} to check it.`,
		/** The address picked is the one in `baseVariable` (OPENAI_BASE_URL): the same tools send `variable`'s key there. */
		/** `file`, `baseFile`: the dotenv file of the folder (".env") each is in, as a program here loads it; none: the shell's. Each named where they differ. */
		helpVariable: (p: {variable: string; masked: string; baseVariable: string; file?: string | undefined; baseFile?: string | undefined}) =>
			p.file !== p.baseFile
				? `Programs started here take ${p.variable} (${p.masked}) from ${p.file ? placeEn(p.file) : 'this shell'} and ${p.baseVariable} from ${p.baseFile ? placeEn(p.baseFile) : 'this shell'}, and send that key there: pick it to check that key.`
				: p.file
				? `Programs that load ${placeEn(p.file)} send the key in ${p.variable} (${p.masked}) where its ${p.baseVariable} points: pick it to check that key.`
				: `Tools that read ${p.baseVariable} send the key in ${p.variable} (${p.masked}) there: pick it to check that key.`,
		helpDeepSeek: 'Now a key from your DeepSeek account (platform.deepseek.com).',
		/** The same, after the check of a service in between: the key it got is that service's, not DeepSeek's. */
		helpDeepSeekSent: (p: {masked: string; name: string}) => `${p.masked} is the key you use with ${p.name}. Now a key from your DeepSeek account (platform.deepseek.com).`,
		env: (masked: string) => `The key in DEEPSEEK_API_KEY (${masked})`,
		/** DEEPSEEK_API_KEY in the dotenv file `file` (`.env.local`, `../.env`). */
		projectEnv: (masked: string, file: string) => `The key in ${placeEn(file)} (${masked})`,
		/** `variable`: the key the app sends is the shell's, in that variable (its settings set none): "ANTHROPIC_AUTH_TOKEN in the environment". */
		app: (app: AgentApp, masked: string, variable?: string) =>
			variable === undefined ? `The key in ${appSettingsEn[app]} (${masked})` : `The key ${agentAppNames[app]} sends: ${appSettingPlaceEn(app, variable, inEnvironmentFile)} (${masked})`,
		/** Another tool's variable of the environment (OPENAI_API_KEY), or of the dotenv file `file` (".env here"). */
		variable: (variable: string, masked: string, file?: string) => `The key in ${variable}${file ? ` in ${hereEn(file)}` : ''} (${masked})`,
		remembered: (masked: string) => `My remembered key (${masked})`,
		paste: 'Paste a key (hidden as you type)',
		none: "I don't have a key",
		pasteCrumb: 'Paste key',
		pasteQuestion: 'Paste the key, then press Enter:',
		/** Quotes the result's action word for word (actions.rememberKey): the user looks for that row. */
		pasteHelp: 'It is kept in memory for this run only, unless you choose "Remember my key on this computer" at the end.',
		empty: 'Paste the key first (nothing was entered).',
	},

	checks: {
		keyCrumb: 'Key check',
		keyTitle: 'Checking the key and where the calls go…',
		balanceCrumb: 'Balance check',
		balanceTitle: 'Reading the balance…',
		probeCrumb: 'Test call',
		probeTitle: 'Making the one paid test call…',
		statusCrumb: 'Status check',
		statusTitle: 'Checking DeepSeek and the way there…',
		drainCrumb: 'Spending check',
		drainTitle: 'Reading the balance, its trend, and looking for leaked keys…',
		everythingCrumb: 'Checks',
		everythingTitle: 'Running every check…',
		deepseekCrumb: 'DeepSeek check',
		deepseekTitle: 'Checking your DeepSeek account…',
	},

	probe: {
		crumb: 'Permission',
		question: 'Your balance shows credit, yet calls fail. May I make one real call to see what DeepSeek answers?',
		questionUnread: 'The balance could not be read here. May I make one real call to see what DeepSeek answers?',
		questionEverything: 'Include the one paid test call?',
		help: 'It asks for 1 token (max_tokens: 1): a tiny fraction of a cent, taken from your balance. Nothing is sent without your yes.',
		/** Which model the call of "Run every check" uses (the checks read /models after this question). */
		everythingModel: {
			asked: (p: {model: string}) => `The call uses the model ${p.model} (--model).`,
			lastTime: (p: {model: string}) => `The call uses ${p.model}, your pick last time, unless the service no longer lists it (then its default model).`,
			/** The model this run's test call just used (and kept). */
			justTried: (p: {model: string}) => `The call uses ${p.model}, the model just tried, unless the service no longer lists it (then its default model).`,
			default: "The call uses the service's default model, picked from those it lists.",
		},
		yes: 'Yes, make the one paid test call',
		no: 'No, skip it',
	},

	probeModel: {
		crumb: 'Model',
		question: 'Which model does your program call? The test call uses the same one.',
		help: 'Some services refuse only some models (paid-only tiers, for example): pick the one your program uses.',
		/** `seen`: the model this run's test call just used, or the one picked in an earlier run. */
		option: (model: string, seen: 'just_tried' | 'last_time' | undefined) => (seen === 'just_tried' ? `${model} (just tried)` : seen === 'last_time' ? `${model} (last time)` : model),
		/** Not in the list: the name the program really sends (a typo, an old name, a relay's spelling). */
		typeIt: 'Another name: type it in',
		inputCrumb: 'Type model',
		inputQuestion: 'Type the model name your program sends, then Enter:',
		inputHelp: 'Exactly as your program spells it. If the service does not serve that name, the test call shows it.',
		placeholder: 'deepseek-v4-flash',
		empty: 'Type the model name first (nothing was entered).',
		/** The same rule as --model on the command line. */
		invalid: 'A model name is one word without spaces, at most 200 characters, such as deepseek-v4-flash.',
	},

	/** The 402 path, when the last remembered reading of this account could not pay and the balance now can. */
	recovered: {
		crumb: 'Top-up arrived',
		question: 'Do your calls work again?',
		yes: 'Yes, they work now',
		no: 'No, they still get 402',
	},

	still402: {
		crumb: 'Money left, still 402',
		question: 'Which of these fits best?',
		probeRefused: (balance: string) => `DeepSeek refused the test call with 402, although the balance shows ${balance}.`,
		noProbe: (balance: string) => `The balance shows ${balance}, yet your calls get 402.`,
		/** Agent apps send other keys than the one checked (key_present's `appKeys`, one or more): that balance is not their accounts'. */
		appKeys: (p: {apps: ReadonlyArray<{app: AgentApp; masked: string}>}) =>
			p.apps.length === 1
				? `That is the balance of the key checked; ${agentAppNames[p.apps[0]!.app]} sends another key (${p.apps[0]!.masked}), whose account may be empty.`
				: `That is the balance of the key checked; ${andList(p.apps.map(({app, masked}) => `${agentAppNames[app]} (${masked})`))} send other keys, whose accounts may be empty.`,
		/** Offered only when the test call did not get 402 now: that 402 came before the balance above arrived. */
		before: 'The 402 came before my top-up, and I have not retried since',
		topup: 'I topped up recently and it does not show yet',
		account: 'I may have paid while logged in another way',
		payment: 'My payment was declined, or my card expired',
		/** On an empty DeepSeek balance only (p402.paid_empty): paid to a cloud or relay that sells DeepSeek's models. */
		elsewhere: 'I paid on another platform (SiliconFlow, Volcengine Ark, OpenRouter, a relay)',
		/** Where the whole label would wrap (60 columns and less). */
		elsewhereShort: 'I paid on another platform (a relay…)',
		none: 'None of these',
	},
	/** The empty balance's "I topped up already": the payment is not in this key's account. */
	paidEmpty: {
		crumb: 'Paid already',
		help: (p: {balance: string; masked: string}) =>
			`${p.masked ? `The account of the key checked (${p.masked})` : 'The account of the key checked'} has ${p.balance}: your payment is not on it, or not yet.`,
	},

	other: {
		crumb: 'Other errors',
		question: 'What do the failing calls get?',
		e401: '401 Authentication Fails (invalid key)',
		e429: '429 Rate Limit Reached',
		e5xx: '500 Server Error or 503 Server Overloaded',
		network: 'Timeouts, connection resets, proxy or TLS errors',
		unsure: 'Something else / not sure: run every check',
	},

	faq: {
		crumb: 'Plans, alerts…',
		question: 'What are you looking for?',
		plans: 'A plan or subscription to upgrade or renew',
		autoReload: 'Auto-reload (automatic top-up)',
		alerts: 'Low-balance alerts',
		teams: 'Team or organisation permissions',
		cache: 'Clearing the cache / the page shows an old balance',
	},

	wait: {
		crumb: 'Waiting',
		title: 'Waiting for your top-up to arrive…',
		balance: (p: {amount: string; next: string}) => `Balance now: ${p.amount}. Next look in ${p.next}.`,
		unread: (p: {problem: string; next: string}) => `${joined('The last look failed', p.problem)} Next look in ${p.next}.`,
		firstLook: (p: {next: string}) => `First look in ${p.next}.`,
		elapsed: (p: {waited: string; max: string}) => `Waited ${p.waited} of up to ${p.max}.`,
		done: 'It stops by itself the moment the balance can pay. Only the free balance endpoint is read: nothing is charged.',
	},

	alert: {
		crumb: 'Alert',
		question: (currency: string) => `Warn me when the balance is under (amount in ${currency}):`,
		help: 'For example 10. It is remembered on this computer.',
		invalid: 'Type an amount such as 10 or 2.50.',
		zero: 'An alert under 0 would never go off: type an amount above 0, such as 10.',
	},

	/** The pages a link option names in words where its URL does not fit (step.ts linkLabel). */
	linkPages: {
		apiKeys: 'the API keys page',
		topUp: 'the top-up page',
		transactions: 'the transactions page',
		usage: 'the usage page',
		pricing: 'the pricing page',
		errorCodes: 'the error codes page',
		faq: 'the FAQ',
		rateLimit: 'the rate limit page',
		statusPage: 'the status page',
		onHost: (p: {host: string}) => `a page on ${p.host}`,
		/** Another service's page the provider table lists, by what it is for (providers/pages.ts). */
		ofService: {
			billing: (p: {name: string}) => `${p.name}'s billing page`,
			ownBilling: (p: {name: string}) => `your ${p.name} billing page`,
			rateLimits: (p: {name: string}) => `${p.name}'s rate limits page`,
			keys: (p: {name: string}) => `${p.name}'s API keys page`,
			models: (p: {name: string}) => `${p.name}'s model activation page`,
			gatewayAuth: (p: {name: string}) => `${p.name}'s token page`,
		},
	},

	actions: {
		open: (where: string) => `Open ${where}`,
		/** A mailto: link: the user's mail app, not the browser. */
		mail: (address: string) => `Write to support (${address})`,
		/** The same where the address does not fit on the row: never an address cut short (the fix above names it). */
		mailShort: 'Write to support',
		saveReport: 'Save a support report (no key in it)',
		rememberSettings: 'Remember these settings for next time',
		rememberKey: 'Remember my key on this computer',
		startOver: 'Start over',
		quit: 'Quit',
		alsoDeepSeek: 'Also check my DeepSeek account (needs a DeepSeek key)',
		/** The same on one row where it would wrap (a short window): the question after it asks for the key. */
		alsoDeepSeekShort: 'Also check my DeepSeek account',
		setAlert: 'Set a low-balance alert',
		changeAlert: (p: {amount: string; currency: string}) => `Change the low-balance alert (now under ${amountText(p.amount, p.currency)})`,
		removeAlert: 'Remove the low-balance alert',
		/** A healthy balance with an alert set: the likeliest next step is none (Quit, named for what it leaves as it is). */
		doneKeepAlert: (p: {amount: string; currency: string}) => `Done: keep the alert (under ${amountText(p.amount, p.currency)})`,
		checkBalance: 'Check my balance now',
		checkAgain: 'Check again',
		checkAgainPaid: 'Check again (another paid test call)',
		/** Nothing found and the paid test call skipped: the checks again, with it this time. */
		checkAgainWithProbe: 'Check again with the paid test call',
		/** A redirect named the same API at another address: the checks run again there (`url` shown whole, or the shorter label). */
		/** Check again with the key an agent app sends (its settings give another than the one checked). */
		checkAppKey: (p: {app: AgentApp; masked: string}) => `Check the key ${agentAppNames[p.app]} sends (${p.masked})`,
		checkAgainAt: (p: {url: string}) => `Check again at ${p.url}`,
		checkAgainAtShort: 'Check again at that address',
		longerTimeout: (p: {timeout: string}) => `Try again with a longer timeout (${p.timeout} for each request)`,
		copyLink: (p: {where: string}) => `Copy the link: ${p.where}`,
		/** A link option where the URL does not fit whole: the page named in words (`linkPages`), never a URL cut short. */
		openPage: (p: {page: string}) => `Open ${p.page}`,
		copyPageLink: (p: {page: string}) => `Copy the link to ${p.page}`,
		/** The last resort where not even the page's host fits: the fix above says what it is for. */
		openTheLink: 'Open the link',
		copyTheLink: 'Copy the link',
		copyAddress: (p: {address: string}) => `Copy the address: ${p.address}`,
		/** The same where the address does not fit on the row. */
		copyTheAddress: 'Copy the address',
		copyTraceId: 'Copy the trace id',
		waitForTopUp: 'Wait for my top-up',
		tryOtherModel: 'Try the test call with a model from its list',
		// The paid call through a service in between, on one row at 40 columns (38 for the label; cut, it lost what it is for).
		/** On the 402 path the relay leaf is reached without the paid call: its answer says whose balance the 402 is about. */
		probeThere: 'See whose balance runs out (paid call)',
		/** On the 401 path, where the model list took the key at a service nothing names: its answer to a call says what it refuses. */
		probeThere401: 'See what it refuses (paid call)',
		/** On the 429 and 5xx paths, where the free checks found nothing but a service in between: its answer to a call says what the service behind it answers. */
		probeThereSymptom: 'See what a real call gets (paid call)',
	},

	record: {
		/** One answered question, in the record left on the terminal at the end. */
		answer: (p: {question: string; answer: string}) => `${p.question} · ${p.answer}`,
		/** The result's trace id, when its first fix does not name it (support needs it after the wizard is gone). */
		traceId: (p: {id: string}) => `Trace id, for support: ${p.id}`,
	},

	changes: {
		heading: 'What changed since the last check:',
		balanceCannotPay: (p: {before: string; after: string; currency: string}) => `Balance ${p.before} → ${amountText(p.after, p.currency)}: it can no longer pay for calls.`,
		accountCanPay: (p: {amount: string; currency: string}) => `DeepSeek lets this account pay for calls again (${amountText(p.amount, p.currency)}): your calls will work again.`,
		accountCannotPay: (p: {amount: string; currency: string}) => `DeepSeek no longer lets this account pay for calls (${amountText(p.amount, p.currency)}).`,
		balanceStillEmpty: (p: {amount: string; currency: string}) => `Still: the balance is ${amountText(p.amount, p.currency)}, nothing to pay for calls with.`,
		balanceStillCannotPay: (p: {before: string; after: string; currency: string}) => `Balance ${p.before} → ${amountText(p.after, p.currency)}: still not enough to pay for calls.`,
		balanceUp: (p: {before: string; after: string; currency: string}) => `Balance ${p.before} → ${amountText(p.after, p.currency)}: topped up.`,
		balanceDown: (p: {before: string; after: string; currency: string}) => `Balance ${p.before} → ${amountText(p.after, p.currency)}: spent since the last look.`,
		keyAccepted: 'The key is accepted now.',
		testCallWorks: 'The test call works now.',
		fixed: (p: {title: string}) => `Now fine: ${p.title}`,
		broke: (p: {title: string}) => `New problem: ${p.title}`,
		still: (p: {title: string}) => `Still wrong: ${p.title}`,
		/** Under the heading, which already says since when. */
		nothing: 'Nothing.',
	},

	notices: {
		/** The link itself is on the line under it (`copyable`), where no row breaks it. */
		opened: 'Opening the link in your browser. If nothing opens, copy it from here:',
		openFailed: 'Could not open a browser here. Copy the link below instead:',
		mailOpened: (p: {address: string}) => `Opening a new e-mail to ${p.address} in your mail app. If nothing opens, write to ${p.address} from your usual mail.`,
		mailFailed: (p: {address: string}) => `Could not open a mail app here: write to ${p.address} from your usual mail.`,
		reportSaved: (file: string) => `Saved the support report to ${file} (no key in it).`,
		reportFailed: (reason: string) => `Could not save the report: ${reason}`,
		settingsSaved: (file: string) => `Remembered the base URL and where the key comes from (${file}).`,
		/** The key checked was remembered already (picked, or pasted and then remembered): only the base URL is new. */
		settingsSavedKeyRemembered: (p: {file: string}) => `Remembered the base URL (${p.file}); your key was remembered there already.`,
		/** No key was checked on the walk: nothing about one is kept. */
		/** The key checked is in another tool's variable (OPENAI_API_KEY): not copied. */
		/** `dotenvFile`: the variable is in that dotenv file of the folder, not in the environment. */
		settingsSavedVariableKey: (p: {file: string; variable: string; dotenvFile?: string | undefined}) =>
			`Remembered the base URL (${p.file}), not the key: it stays in ${p.dotenvFile ? `${p.variable} in ${placeEn(p.dotenvFile)}` : p.variable}, where the wizard finds it next time it starts ${p.dotenvFile ? 'in this folder' : 'in this shell'}; deepseek-fix check needs it in DEEPSEEK_API_KEY.`,
		settingsSavedNoKey: (p: {file: string}) => `Remembered the base URL (${p.file}); no key was checked, so none is remembered.`,
		/** The key checked is an agent app's (its settings file `appFile`): not copied, and how the next run finds it again. Short: whole at 40×15. */
		/** `keyVariable`: the app reads the key from that environment variable (text/app-setting.ts appKeyVariable), not from `appFile`. */
		/** `keyVariable`: the key is in no file (appKeyVariable), as every key of the environment (an AIDER_… variable) is; else it is in `appFile`. */
		settingsSavedAppKey: (p: {file: string; app: AgentApp; appFile: string; keyVariable?: string | undefined}) =>
			p.keyVariable
				? `Remembered the base URL (${p.file}), not the key: it stays in ${appSettingEn(p.app, p.keyVariable)}, the environment variable ${agentAppNames[p.app]} reads it from, set in the shell that starts it; the wizard finds it next time it starts in such a shell, and deepseek-fix check needs it in DEEPSEEK_API_KEY.`
				: `Remembered the base URL (${p.file}), not the key: it stays in ${agentAppNames[p.app]}'s ${p.appFile}, where the wizard finds it next time; deepseek-fix check needs it in DEEPSEEK_API_KEY.`,
		keySaved: (file: string) => `Remembered your key in ${file} (readable only by you). 'deepseek-fix config --forget-key' forgets it.`,
		/** The amount typed at the alert's question was refused (`message`: why); a failed write says itself what was not saved. */
		alertSaveFailed: (message: string) => `Could not save the alert: ${message}`,
		alertRemoved: 'Removed the low-balance alert.',
		copied: {
			link: 'Copied the link to the clipboard. If your terminal blocks clipboard access, select it here:',
			address: 'Copied the address to the clipboard. If your terminal blocks clipboard access, select it here:',
			trace_id: 'Copied the trace id to the clipboard. If your terminal blocks clipboard access, select it here:',
		},
		cannotCopy: {
			link: 'This terminal cannot be asked to copy: select the link here and copy it.',
			address: 'This terminal cannot be asked to copy: select the address here and copy it.',
			trace_id: 'This terminal cannot be asked to copy: select the trace id here and copy it.',
		},
		languageSaved: (file: string) => `Remembered English as your language (${file}). --lang and DEEPSEEK_FIX_LANG still override it for one run.`,
	},


	leaves: {
		noKey: {
			crumb: 'No key',
			title: 'You need a DeepSeek API key',
			lines: [
				'Sign in on the DeepSeek platform, open API keys and create one. Copy it at once: it is shown only once.',
				'A newly created DeepSeek account gets no free credit: top up before the first call, or it fails with 402.',
			],
			/** `command`: the shell's command that sets the key (fixMessages.setKeyCommand). */
			/** `command` may name its shell first ("in fish: set -gx …"): "e.g.", as check's fix says it, not "for example: in fish: …". */
			giveToProgram: (p: {command: string}) => `Then give it to your program, e.g. ${p.command}`,
		},
		invalidKey: {
			crumb: 'Key refused',
			title: 'DeepSeek does not accept this key (401)',
			/** The key holds characters no request can carry: nothing was sent, so nothing was refused. */
			crumbUnsendable: 'Key unusable',
			titleUnsendable: 'This key cannot be sent as it is',
			/** This tool sent a key ending …sent; DeepSeek says it received one ending …echoed. The finding first: a short window keeps two rows of it. */
			otherKey: (echoed: string, sent: string) =>
				`Something between here and DeepSeek replaced the key: this tool sent one ending …${sent}, DeepSeek received one ending …${echoed}. A proxy, a relay or a gateway does that: check HTTPS_PROXY and the base URL; your program's calls take the same way.`,
			sameKey: (sent: string) =>
				`DeepSeek received this very key (…${sent}) and refuses it: it was deleted, or it belongs to another account than the one you log in to.`,
			/** What the key-format check found explains the 401. */
			shape: {
				quoted: 'The key is wrapped in quotes, and they are sent as part of it. Remove them where the key is set (an .env file, a config, an environment variable).',
				bearer: 'The key starts with "Bearer ", which is sent as part of it (tools add that word themselves). Keep only the sk-… part where the key is set.',
				/** `prefix`: the text before the key (`DEEPSEEK_API_KEY=`, `$env:DEEPSEEK_API_KEY=`); `line`: the key-format check's words for that line. */
				assignment: (p: {prefix: string; line: string}) => `The key starts with "${p.prefix}", ${p.line}, which is sent as part of it. Keep only the sk-… part where the key is set.`,
				nonAscii: (p: {characters: readonly string[]}) =>
					`The key holds characters that are not plain ASCII (${p.characters.join(', ')}), invisible or look-alike, from copying out of a web page, a PDF or a chat: no request with it can even be sent. Copy it again from the API keys page, or type it.`,
				/** The same, where they are all around the key (checks/key-format.ts, `around`): this tool left them out. What to do first: a short window keeps two rows of it. */
				aroundKey: (p: {characters: readonly string[]}) =>
					`Remove the characters around the key where it is set (${p.characters.join(', ')}): they are not plain spaces, and while this tool leaves them out, your program fails on them or sends them along.`,
				/** The same, where they are all full-width forms (checks/key-format.ts typedFullWidth). */
				fullWidth: (p: {characters: readonly string[]}) =>
					`The key holds full-width characters (${p.characters.join(', ')}), as a Chinese input method types them in full-width mode: no request with it can even be sent. Switch the input method to half-width (Shift+Space) and type them again, or copy the key again from the API keys page.`,
				whitespace:
					'This tool sent the key without the spaces or line break around it, and DeepSeek still refuses it: it was deleted, or it belongs to another account. Remove them where the key is set anyway: some programs send them along.',
				placeholder: 'This is a placeholder from an example, not a real key. Put your own key where it is set.',
				foreign: (vendor: string) =>
					`This is a key from ${vendor}: DeepSeek accepts only keys made on its own platform. Create one there, or send this key to ${vendor} instead.`,
				/** An sk- key that is not 35 characters long. */
				length: (p: {length: number}) =>
					`This key has ${p.length} characters, and a DeepSeek key has 35: part of it was lost or added when it was copied. Copy it again whole; DeepSeek shows a key only once, so if you no longer have it, create a new one.`,
			},
			advice: 'A key only works for the account that created it. If you cannot find the right one, create a new key and use it everywhere.',
			mislabel: 'Some tools call this a balance problem: a 401 is about the key, not the money.',
		},
		keyOk: {
			crumb: 'Key accepted',
			title: (lastFour: string) => `DeepSeek accepts this key (…${lastFour})`,
			lines: [
				'So the failing program sends another key, or sends it elsewhere. Compare the last four characters it logs with this key, and check its base URL.',
			],
			/** In place of the line above when this folder's .env sets another key than the one checked. */
			otherInProjectEnv: (masked: string, file: string) =>
				`So the failing program sends another key, or sends it elsewhere: likely the key in ${placeEn(file)} (${masked}), which a program that loads ${file} sends where DEEPSEEK_API_KEY is not set. Press Esc and pick it to check it; else compare the last four characters the program logs, and its base URL.`,
		},
		network: {
			crumb: 'No connection',
			title: (host: string) => `Cannot get through to ${host}`,
			/** In place of the title when the host resolved to a proxy app's fake-ip address and the connection there failed. */
			titleFakeIp: (p: {host: string}) => `Your proxy app cannot get through to ${p.host}`,
			/** A known service's name resolved to this computer (deepseek/resolved-here.ts): the hosts file or a blocker sends it here. */
			titleResolvedHere: (p: {host: string}) => `${p.host} points to this computer, not the service`,
			titleResolvedPrivate: (p: {host: string}) => `${p.host} points to a private network, not the service`,
			/** In place of the title inside WSL 2, where a proxy or service on `loopback` refused: Windows' is not there. */
			titleWsl: (p: {loopback: string}) => `In WSL 2, ${p.loopback} is not Windows`,
			/** In place of the title inside a container (or a codespace, a pod), where a proxy or service on `loopback` refused: the host's is not there. */
			titleContainer: (p: {loopback: string; place: ContainerPlace}) => `In a ${p.place}, ${p.loopback} is the ${p.place} itself`,
			/** Docker's or Podman's name for the computer that runs the containers, tried outside them. */
			titleContainerHost: (p: {name: string}) => `${p.name} resolves only inside containers`,
			/** In place of the title where the certificate presented is not valid yet: the clock is behind. */
			titleClockBehind: "This computer's clock is behind",
			/** The proxy failed on its own, and going direct the base URL's service refused (not DeepSeek's API): both must be mended. */
			titleServiceRefuses: 'The proxy fails; the service refuses',
			/** In place of the title where the proxy failed on its own and going direct was tried beside it: it `works`, or fails too. */
			titleGoingDirect: (p: {works: boolean}) => (p.works ? 'The proxy fails; going direct works' : 'The proxy fails; going direct fails'),
			/** In place of the title where the certificate presented has expired: it lapsed, or the clock is ahead. */
			titleExpired: (p: {host: string}) => `The certificate of ${p.host} has expired, or this computer's clock is ahead`,
			/** In place of the crumb and title when the service answers that it cannot verify its upstream's certificate: the way to it works. */
			crumbUpstreamCertificate: 'Certificate',
			titleUpstreamCertificate: (p: {host: string}) => `${p.host} does not trust the certificate of the service behind it`,
			/** In place of the crumb and title when a proxy that intercepts HTTPS answers that its own secure connection to the service failed. */
			crumbProxyTls: 'Proxy TLS',
			titleProxyTls: (p: {host: string}) => `A proxy in between cannot make a secure connection to ${p.host}`,
			/** In place of the crumb and title when a proxy on this computer answers that it could not reach the service behind it. */
			crumbUpstreamUnreachable: 'Proxy cannot get out',
			/** A proxy's own 5xx page (Squid's ERR_CONNECT_FAIL inside an intercepted tunnel, mitmproxy's 502): it could not reach the service. */
			crumbProxyPage: 'Proxy cannot reach',
			titleProxyPage: (p: {host: string}) => `A proxy in between cannot reach ${p.host}`,
			titleUpstreamUnreachable: (p: {host: string}) => `${p.host} on this computer cannot get through to the service behind it`,
			reasons: {
				dns: 'The server\'s name does not resolve: check the base URL for typos, then your DNS or VPN.',
				tls: 'The secure (TLS) connection failed: a proxy, VPN or antivirus may be intercepting HTTPS.',
				proxy: 'The proxy in HTTPS_PROXY or HTTP_PROXY refused or failed: check it, or exempt the host with NO_PROXY.',
				timeout: 'No answer in time: a firewall may be dropping the connection, or the network is very slow.',
				connection_refused: 'The server refused the connection: a wrong address or port, or a firewall.',
				connection_reset: 'The connection was cut before any answer came: often a firewall, VPN or proxy in between.',
			},
			/** In place of the timeout reason when the requests went through a proxy. */
			timeoutViaProxy: (p: {proxy: string}) => `No answer in time through the proxy ${p.proxy}: the proxy, or the service behind it, may be slow or unreachable.`,
			/** In place of the crumb, title and reason where the host took the connection and only its answers came too late. */
			slowCrumb: 'Slow answers',
			slowTitle: (p: {host: string}) => `${p.host} answers too slowly`,
			/** Under the row that timed out (cut to its first clause, "no answer within 10.0 s") and a title that says "too slowly": what neither says. */
			slow: (p: {connectMs: number}) => `It took the connection in ${p.connectMs} ms; the service may be busy or overloaded.`,
			/** In place of the crumb and title where the network check connected and the API's connection then broke off unanswered. */
			cutBeforeAnswerCrumb: 'Connection cut',
			cutBeforeAnswerTitle: (p: {host: string}) => `The connection to ${p.host} is cut before any answer`,
			/** The reason under that title, which already says what happened: only who usually does it. */
			cutBeforeAnswer: 'Most often a firewall, VPN or proxy in between cuts it.',
			cutOffCrumb: 'Answers cut off',
			cutOffTitle: (host: string) => `Answers from ${host} stop halfway`,
			/** `seconds`: a stall this tool gave up on after that long (its row, which says so, is cut under the line). */
			cutOff: (seconds: string | undefined) =>
				`It began to answer, then stopped before the answer was complete${seconds === undefined ? '' : ` (gave up after ${seconds} s)`}: the service may be overloaded, or a proxy, VPN or antivirus in between holds or cuts the connection.`,
			proxyAdvice: 'This tool honours HTTPS_PROXY, HTTP_PROXY and NO_PROXY; your program may need the same settings.',
			/** In place of proxyAdvice when the calls went through a proxy app's fake-ip address `ip`, which connected, and then got no answer. */
			fakeIpConnected: (p: {ip: string}) => `The calls go through a proxy app's fake-ip address (${p.ip}), which connected: the node it picked is the likely cause.`,
			statusAdvice: "DeepSeek's status page shows whether the trouble is on their side.",
		},
		relay: {
			crumb: 'Relay',
			/** After the paid call through it: its credit there is the finding (used up, a plan's limit, a prompt it cannot pay for). */
			crumbCreditThere: 'Credit there',
			/** …where it is a subscription's extra usage (Anthropic's: turned on, claimed or used up), not money bought there. */
			crumbExtraUsage: 'Extra usage',
			/** After the paid call through it, anything else it answered (a limit, a failure, the call taken). */
			crumbAnswerThere: 'Its answer',
			crumbLocalProxy: 'Proxy out of credit',
			tokenUsedUp: "Your gateway's token is used up",
			/** The user's own quota at a gateway (behind all their tokens) is used up. */
			accountUsedUp: (p: {name: string}) => `Your account at ${p.name} is out of credit`,
			balanceUsedUp: (name: string) => `Your ${name} balance is used up`,
			/** Suspended or in arrears there (an unpaid bill, a spending limit): not a balance run down. */
			accountOverdue: (p: {name: string}) => `Your ${p.name} account is suspended or in arrears`,
			/** No payment method was ever added there (OpenCode Zen's "No payment method"): not a balance used up. */
			noPaymentMethod: (p: {name: string}) => `Your ${p.name} account has no payment method`,
			freeTierOnly: (p: {name: string}) => `${p.name}: free quota used up, and your account takes free quota only`,
			/** A plan's allowance for the week or month (OpenCode Go): it comes back at the reset. */
			planLimit: (p: {name: string}) => `Your ${p.name} plan's usage limit is reached`,
			/** The prompt alone costs more than the credit left (OpenRouter's "Prompt tokens limit exceeded"): not a balance used up. */
			promptTooLong: (p: {name: string}) => `Your ${p.name} credit cannot pay for a prompt this long`,
			promptCapped: (p: {name: string}) => `Your ${p.name} key takes no prompt this long`,
			/** A subscription that takes long-context requests only with paid extra usage on (Anthropic's "Extra usage is required"). */
			extraUsage: (p: {name: string}) => `Your ${p.name} plan needs extra usage for long context`,
			/** A workspace's or organization's budget its administrators set (OpenRouter's): not the key's limit, not a balance. */
			adminBudget: (p: {name: string}) => `Your ${p.name} workspace or organization has spent its budget`,
			/** The key's own credit limit, not the account's balance (an OpenRouter key with a limit). */
			keyLimitUsedUp: (p: {name: string}) => `Your ${p.name} key has used up its credit limit`,
			goesTo: (name: string) => `Your calls go to ${name}, not to DeepSeek`,
			/** A gateway that passes your own DeepSeek key on stopped the calls in its own name (its token, its limits, its credits). */
			gatewayRefused: (p: {name: string; status: number}) => `${p.name} stops your calls itself (${p.status}), before DeepSeek`,
			crumbGateway: 'Gateway',
			/** A 429 there is the finding; the line under it says where the calls go. */
			limited: (p: {name: string; status: number}) => `${p.name} limits your requests (${p.status})`,
			chargeSettling: (p: {name: string; status: number}) => `${p.name} is still settling an earlier charge (${p.status})`,
			/** A failure there (5xx, or 200 with no answer) is the finding; the line under it says where the calls go. */
			/** A 200 that carries an error where the answer should be (OpenRouter's error inside the first choice). */
			errorInsteadOfAnswer: (p: {name: string}) => `${p.name} sends an error instead of an answer`,
			failing: (p: {name: string; status: number}) => (p.status === 200 ? `${p.name} sends no answer` : `${p.name} is failing (HTTP ${p.status})`),
			notDeepSeek: 'Your calls do not reach DeepSeek',
			/** The crumb above notDeepSeek: nothing says the host is a relay (a captive portal, a wrong address). */
			crumbNotDeepSeek: 'Not DeepSeek',
			/** A proxy on this computer passed on DeepSeek's own 402: the account behind it has no credit. */
			localProxyEmpty: (p: {host: string}) => `The DeepSeek account behind your proxy (${p.host}) is out of credit`,
			localProxyAccountEmpty: (p: {host: string}) => `The account behind your proxy (${p.host}) is out of credit`,
			localProxyAccountWhy:
				'A proxy on this computer has no balance of its own: it passed on the refusal of the provider behind it, where the account set up in it is out of credit or over its plan. Your DeepSeek balance does not matter for these calls.',
			/** A service elsewhere passed on its upstream's own 402: the account it uses there, not the user's balance at it. */
			upstreamOutOfCredit: (p: {name: string; upstream: string}) => `The account ${p.name} uses at ${p.upstream} is out of credit`,
			/** The service the calls go to has banned or disabled the user behind the key. */
			accountBlocked: (p: {name: string}) => `${p.name} has blocked your account`,
			/** A proxy on this computer passed on its provider's lock on the account it uses there (not a lock of its own). */
			lockedBehindProxy: (p: {name: string}) => `The provider behind ${p.name} has locked the account it uses`,
			/** The service the calls go to has disabled this token, or it expired. */
			tokenDisabled: (p: {name: string}) => `${p.name} no longer takes this token (disabled or expired)`,
			/** The gateway refuses the group the token is in (new-api's 无权访问 X 分组, 分组 X 已被弃用). */
			tokenGroupRefused: (p: {name: string}) => `${p.name} refuses this token's group`,
			/** Under that title, whose first fix says where to move the token: its answer (`said`: its words) and what it means. */
			tokenGroupWhy: (p: {status: number; said: string | undefined}) =>
				`It answers HTTP ${p.status}${p.said ? ` "${quoted(p.said)}"` : ''}: that group is not open to your account there, or no longer exists, and a new key in the same group will not help. Your DeepSeek account is not involved.`,
			/** The same, where its own reading says the token expired on `date` (YYYY-MM-DD). */
			tokenExpired: (p: {name: string; date: string}) => `${p.name} no longer takes this token: it expired on ${p.date}`,
			/** Under that title: what the day means (the fix says what to do). */
			tokenExpiredWhy: 'It refuses every call with this token, whatever quota it has left. Your DeepSeek account is not involved.',
			/** Under a title that names the service (or says a gateway's token): whose "insufficient balance" it most likely is, point first (a short window keeps two rows of it). */
			why: (name: string) => `${name}'s "insufficient balance" most likely means your account there, not your DeepSeek balance.`,
			/** The same, where no 402 or out-of-credit answer was reported or seen. */
			whyNoMoney: (p: {name: string; url: string}) => `${p.url} is ${p.name}: its keys, balance and limits are those of your account there, not of your DeepSeek account.`,
			whyUnknown: (url: string) => `${url} does not answer like DeepSeek's API, so its errors and balance are not DeepSeek's.`,
			/** The base URL looked like an API at first, but its answers cannot be read (the diagnosis says why). */
			unreadable: (p: {host: string}) => `The answers from ${p.host} cannot be read`,
			/** The crumb above `unreadable`. */
			crumbUnreadable: 'Unreadable',
			/** The base URL answered with a redirect (never followed): to a login page, to the same API elsewhere on its host, or elsewhere. */
			redirectLogin: (p: {host: string}) => `A login page stands in front of ${p.host}`,
			redirectBaseUrl: (p: {host: string}) => `${p.host} sends the calls on to another address`,
			redirectElsewhere: (p: {host: string; target: string}) => `${p.host} is not an API: it sends calls to ${p.target}`,
			/** The same API call at another host (`target`): the service moved, as the line under it says (the tool follows nothing); `deepSeek` when that is DeepSeek's own API. */
			redirectMoved: (p: {host: string; target: string; deepSeek: boolean}) => (p.deepSeek ? `${p.host} sends the calls on to DeepSeek's API` : `${p.host} sends the calls on to ${p.target}`),
			/** The crumb above those titles. */
			crumbRedirect: 'Redirected',
			crumbBlocked: 'Account blocked',
			crumbTokenDisabled: 'Token unusable',
			/** Calls refused for the country or region they come from (OpenAI's unsupported_country_region_territory, passed on or not). */
			regionRefused: (p: {name: string}) => `${p.name} refuses calls from the country or region yours come from`,
			crumbRegionRefused: 'Region refused',
			/** Calls refused for the IP address they come from: the key there takes calls only from listed addresses. */
			addressRefused: (p: {name: string}) => `${p.name} refuses calls from your IP address`,
			crumbAddressRefused: 'IP not allowed',
			/** Calls taken only from the service's own app or an approved channel (OpenCode Zen's free tier, CodeBuddy's 11128). */
			clientRefused: (p: {name: string}) => `${p.name} takes these calls only from its own app`,
			crumbClientRefused: 'Own app only',
			/** The service does not let this account use it: not enabled for its organization, or (`personal`) not for personal accounts. */
			accountRefused: (p: {name: string; refused: AccountRefusal}) =>
				p.refused === 'personal' ? `${p.name} is not open to personal accounts` : p.refused === 'role' ? `Your role at ${p.name} does not include access` : p.refused === 'consumer' ? `${p.name} does not allow this key on its route` : `${p.name} is not enabled for you`,
			/**
			 * `accountRefused`'s crumb, from the same `refused` (the key's consumer on a gateway's route: the key, not the account).
			 * What is refused, where the title says why: the crumb never repeats the title's words.
			 */
			crumbAccountRefused: (p: {refused: AccountRefusal}) =>
				p.refused === 'personal' ? 'Account type' : p.refused === 'role' ? 'Team permissions' : p.refused === 'consumer' ? 'Consumer not allowed' : 'Account refused',
			topUpToken: 'Top up the token in the gateway, or ask whoever runs it to raise its quota.',
			/** The gateway's token still reads credit: the user's own quota behind it is the likelier one used up. */
			topUpAccount: 'The token still has credit there, so the likelier empty one is your account behind it (the quota all your tokens draw from): top it up in the gateway, or ask whoever runs it.',
			topUpThere: (name: string) => `Top up on ${name}, or point your program at DeepSeek with a DeepSeek key.`,
		},
		zero: {
			crumb: 'Empty',
			title: 'Your DeepSeek balance is empty',
			titleUnavailable: 'DeepSeek marks your account as unable to make calls',
			titleUnread: 'Calls get 402, and the balance could not be read here',
			titleRefused: 'DeepSeek refused the test call with 402 Insufficient Balance',
			/** Two rows at 40 columns: a short window keeps two (the balance row above names the granted part). */
			bonus: 'Granted credit is spent first and expires; new accounts get none.',
			payg: 'The API is pay-as-you-go: no plan to renew, no auto-reload. Top up, and calls draw on that balance.',
			paid: 'I topped up already',
		},
		bonusOnly: {
			crumb: 'Bonus only',
			title: 'All of your balance is bonus credit',
			lines: [
				'Bonus (granted) credit is spent first and expires. Once it is used up or has expired, calls fail with 402: there is no topped-up credit to fall back on.',
				'Top up to have credit that does not expire.',
			],
		},
		balance: {
			crumb: 'Balance',
			title: (amount: string) => `Your balance: ${amount}`,
			/** Under the low mark (the alert threshold, or 1.00). */
			titleLow: (p: {amount: string}) => `Your balance is low: ${p.amount}`,
			/** Where part of the balance is bonus credit (the Balance row above gives the numbers). */
			bonusFirst: 'Granted (bonus) credit is spent first and expires; topped-up credit does not.',
			/** Two rows at 40 columns: a short window keeps two, and the point is the end. */
			noAlerts: 'DeepSeek has no low-balance alerts or auto-reload: this tool can warn you.',
			/** The same, with an alert set here: when it warns. */
			alertSet: (p: {amount: string; currency: string}) =>
				`DeepSeek sends no low-balance alerts and has no auto-reload: your alert here (under ${amountText(p.amount, p.currency)}) warns when deepseek-fix balance --below ${p.amount} runs, from cron for example.`,
			/** The alert set is in another currency than this balance (another account, or one that moved): it does not apply to it. */
			alertOtherCurrency: (p: {amount: string; currency: string; balanceCurrency: string}) =>
				`Your alert here is under ${amountText(p.amount, p.currency)}, and this balance is in ${p.balanceCurrency}: the alert does not apply to it. Change it to an amount in ${p.balanceCurrency}.`,
		},
		/** On the 402 path's last screens: a low or bonus-only balance, as the balance check put it. */
		balanceWarning: (p: {summary: string}) => `Mind the balance: ${p.summary}`,
		/** A check an earlier step ran warned or failed (its row is not on this screen): why the title shows ⚠. */
		alsoSeen: (p: {title: string; summary: string}) => `Also seen: ${p.title}: ${p.summary}`,
		/** The 402 path: a top-up arrived, and the user says the calls work again. */
		callsWork: {
			crumb: 'Calls work',
			title: 'Calls work again: the top-up was what they needed',
			lines: ['Nothing else needs to change. DeepSeek sends no warning before the balance runs out; this tool can.'],
			getWarned: 'Get warned next time',
		},
		probeOk: {
			crumb: 'Test call worked',
			title: 'The test call worked: DeepSeek takes calls from here',
			lines: [
				'With this key and base URL a 1-token call just succeeded, so DeepSeek is not refusing you now.',
				'A 402 your program got before a top-up arrived will not come back: retry it now. If it still gets 402, it uses another key or base URL (a relay?).',
			],
		},
		topupPending: {
			crumb: 'Top-up pending',
			title: 'A top-up that does not show yet',
			lines: [
				'Only completed payments are added to the balance; some stay pending for a while. The transactions page shows each one\'s state.',
				'If it is completed there but the balance did not move, it may be on another account (phone vs Google or e-mail login), or it is a case for support.',
			],
		},
		toppedUp: {
			crumb: 'Topped up',
			title: (p: {amount: string}) => `Your balance can pay for calls again: ${p.amount}`,
			titleNoAmount: 'Your balance can pay for calls again',
			retry: 'Calls that failed with 402 Insufficient Balance work again now: retry them. Nothing else needs to change.',
			staleProbe: 'The paid test call got its 402 before this; check again to make it once more and see what DeepSeek answers now.',
		},
		waitOver: {
			crumb: 'Still waiting',
			title: (p: {amount: string}) => `No top-up arrived while waiting: the balance is still ${p.amount}`,
			titleUnread: 'No top-up arrived while waiting: the balance could not be read',
			lines: [
				'A payment that is still pending, was declined, or went to another account (a phone login and a Google or e-mail login are separate accounts) does not reach this balance. The transactions page shows each payment\'s state.',
			],
		},
		otherAccount: {
			crumb: 'Other account',
			title: 'The money may be on another account',
			/**
			 * The first line, with the key's last four where known: what to do and which key to look for. A short window
			 * keeps the first line before the fixes, and the later lines after them.
			 */
			find: (p: {sent: string}) =>
				`Signing in with a phone number and with Google or an e-mail address can give you two separate accounts: sign in each way and open API keys. The account listing your key${p.sent ? ` (it ends …${p.sent})` : ''} is the one to top up.`,
			lines: ['A top-up on one account does not pay for the other\'s keys. Or create a key in the account that has the money.'],
		},
		paidElsewhere: {
			crumb: 'Paid elsewhere',
			title: 'Money paid on another platform stays there',
			lines: [
				"SiliconFlow, Volcengine Ark, OpenRouter and relays sell DeepSeek's models with balances of their own: a top-up there never reaches your DeepSeek account, and DeepSeek's API does not take their keys.",
				"To spend that money, send the calls there: that platform's base URL and a key from its console. To call DeepSeek's own API, top up on DeepSeek's platform.",
			],
		},
		paymentFailed: {
			crumb: 'Payment failed',
			title: 'A declined or expired payment adds nothing',
			lines: [
				'A top-up with a declined or expired card, or a cancelled wallet payment, never reaches the balance: check its state on the transactions page.',
				'Pay again with another method. Nothing is charged later by itself: there is no stored plan and no auto-reload.',
			],
		},
		support: {
			crumb: 'Support',
			title: 'This needs DeepSeek support',
			lines: [
				'The balance shows credit, yet calls are refused with 402: only DeepSeek can look at that on their side.',
				'Write with your account login (never the key) and the time of the failure. Save the support report below and attach it: it holds no key.',
			],
			trace: (id: string) => `Give them this trace id: ${id}`,
			noTrace: 'The paid test call (two steps back) gives a trace id they can look up.',
		},
		modelNotFound: {
			crumb: 'Unknown model',
			/** `model`: the name the call sent; `name`: DeepSeek, the service's product or its host. */
			title: (p: {model: string | undefined; name: string}) =>
				p.model === undefined ? `The model your calls name is not available at ${p.name}` : `The model "${p.model}" is not available at ${p.name}`,
			/** Where the name is set is the first fix's: this line adds only how to copy it. */
			where: 'Copy the name exactly as the list spells it, capitals included.',
			/** The service lists the model but has no price set for it (new-api's model_price_error). */
			unpricedCrumb: 'Model not priced',
			unpricedTitle: (p: {model: string | undefined; name: string}) =>
				p.model === undefined ? `${p.name} has no price set for the model your calls name` : `${p.name} has no price set for the model "${p.model}"`,
			/** Volcengine Ark has the model, but not activated for the account (modelAccess `activate`). */
			notActivatedCrumb: 'Model not activated',
			notActivatedTitle: (p: {model: string | undefined; name: string}) =>
				p.model === undefined ? `The model your calls name is not activated for your account at ${p.name}` : `The model "${p.model}" is not activated for your account at ${p.name}`,
			/** Volcengine Ark takes models from this account only by an inference endpoint's id (modelAccess `endpoint`). */
			endpointCrumb: 'Endpoint id needed',
			endpointTitle: (p: {name: string}) => `${p.name} takes your calls only by an inference endpoint's id (ep-…)`,
			/** A router has the model but no provider of it that serves the calls as sent (modelAccess `routing`). */
			routingCrumb: 'No provider for it',
			routingTitle: (p: {model: string | undefined; name: string}) =>
				p.model === undefined ? `No provider at ${p.name} serves the model your calls name as they are sent` : `No provider at ${p.name} serves "${p.model}" as your calls are sent`,
		},
		rateLimited: {
			crumb: '429',
			title: '429: too many requests at once',
			lines: [
				'DeepSeek limits how many requests one account runs at the same time, and lowers that limit as the balance runs low (the 429 then says "based on your remaining balance").',
				'Send fewer requests in parallel, and retry 429s after a pause that grows each time (exponential backoff).',
			],
			/** DeepSeek's balance read fine (`amount`): not what limits the calls. */
			balanceFine: (p: {amount: string}) => `DeepSeek limits how many requests one account runs at the same time. It lowers that limit as the balance runs low, and yours is not low (${p.amount}).`,
			/** DeepSeek's balance is low (the balance check's row above says how low). */
			balanceLow: 'DeepSeek lowers how many requests an account may run at once as its balance runs low, and yours is low: top up to raise the limit.',
			/** DeepSeek's balance cannot pay (the balance check's row above says why). */
			balanceEmpty: 'DeepSeek ties how many requests an account may run at once to its balance, and yours cannot pay: top up first, or once the 429s stop the calls fail with 402.',
			/** The base URL is another service (`name`: its product, or its host). */
			elsewhere: (p: {name: string}) =>
				`Your calls go to ${p.name}, not DeepSeek: its 429s are its own limits, or your credit there ran out. Your DeepSeek balance plays no part.`,
		},
		serverError: {
			crumb: '5xx',
			title: "5xx errors come from DeepSeek's side",
			lines: [
				'500 Server Error and 503 Server Overloaded are problems on DeepSeek\'s side, not your key or balance.',
				'Retry with exponential backoff (1 s, 2 s, 4 s…); never retry 400, 401, 402 or 422: they will not change.',
			],
			/** At DeepSeek, with a balance that cannot pay: the money comes first. */
			titleBalanceEmpty: 'Your DeepSeek balance cannot pay for calls',
			balanceEmpty:
				"DeepSeek answers an empty balance with 402, but an app or gateway in between may pass it on as a 5xx error: top up first. 5xx errors that stay after that come from DeepSeek's side.",
			/** At DeepSeek, with a balance the check marks as low (not empty): the 5xx are not the balance's, but it runs out soon. */
			balanceLow: (p: {amount: string}) =>
				`500 Server Error and 503 Server Overloaded are problems on DeepSeek's side, not your key. Your balance is low, though (${p.amount}): once it runs out, calls fail with 402, which an app in between may pass on as a 5xx.`,
			/** The base URL is another service (`name`: its product, or its host): its 5xx are its own. */
			titleElsewhere: (p: {name: string}) => `The 5xx errors come from ${p.name}, not from DeepSeek`,
			/** The crumb above titleAccepted: no 5xx came. */
			crumbAccepted: 'No answer',
			/** The call was taken (HTTP 200), then no answer came (keep-alive lines only, or an error in its place): no 5xx. `name`: the service, undefined for DeepSeek. */
			titleAccepted: (p: {name: string | undefined}) => `HTTP 200, but no answer from ${p.name ?? 'DeepSeek'}`,
			elsewhere: (p: {name: string}) =>
				`Your calls go to ${p.name}, not DeepSeek: its 5xx errors are failures on its side (or at a provider it passes your calls to), not your DeepSeek account, key or balance.`,
			/** In place of `elsewhere` when that service runs on this computer: the user runs it, and a VPN or system proxy may be in its way. */
			elsewhereLocal: (p: {name: string}) =>
				`Your calls go to ${p.name}, a service on this computer, not DeepSeek: its 5xx errors are failures in it or at the provider behind it, and its own log or window says which. If this computer goes out through a VPN or system proxy, that may be in its way: local proxies like this one have answered so until it was turned off.`,
			/** The same for a gateway recognised on this computer (one-api, new-api): its log, and its channels, where the provider behind it is set. */
			elsewhereLocalGateway: (p: {name: string}) =>
				`Your calls go to ${p.name}, a gateway on this computer, not DeepSeek: its 5xx errors are failures in it or at the provider behind it, and its own log says which; the provider it sends the calls to is set in its channels.`,
		},
		outage: {
			crumb: 'Outage',
			title: (worst: string) => `DeepSeek reports trouble: ${worst.replaceAll('_', ' ')}`,
			wait: 'Nothing to fix on your side: wait for it to recover, and retry with backoff.',
			/** The key was refused (401) during the outage: the outage is the likelier cause, the key the one to check if the 401 stays. */
			keyRefused: 'During outages DeepSeek has refused valid keys with 401: wait for it to recover and try again. If the 401 stays afterwards, check the key.',
			/** The calls go to `name` (a product, or its host), which may send them on to DeepSeek. */
			elsewhere: (p: {name: string}) =>
				`Your calls go to ${p.name}, which may send them on to DeepSeek: its errors are likely this outage. Wait for DeepSeek to recover, or pick a model or provider there that does not depend on it.`,
		},
		reachable: {
			crumb: 'Reachable',
			title: (host: string) => `${host} is reachable from here`,
			onlyThroughProxyCrumb: 'Proxy only',
			onlyThroughProxyTitle: (p: {host: string; variable: string}) => `${p.host} is reachable here only through the proxy in ${p.variable}`,
			onlyThroughProxy: (p: {variable: string}) =>
				`Going direct, nothing connects: programs that ignore ${p.variable} (Node's built-in fetch, the openai package) fail, while this tool's calls go through the proxy.`,
			otherToolsProxyCrumb: 'ALL_PROXY dead',
			otherToolsProxyTitle: (p: {variable: string; proxy: string}) => `Nothing answers at ${p.proxy}, set in ${p.variable}`,
			otherToolsProxy: (p: {variable: string}) =>
				`This tool does not use ${p.variable}, so its calls got through. But Python's httpx and requests (so the openai SDK), curl and other tools send their calls through it, and theirs fail to connect.`,
			// The finding first, whole in two rows at 40 columns: a short window keeps only the first line.
			lines: [
				"So look at your program's side: a proxy, a timeout or a firewall.",
				'· A proxy: this tool honours HTTPS_PROXY and NO_PROXY; your program may not (Node\'s fetch ignores them).',
				'· A short timeout: long answers can take minutes, and a queued request may receive only empty keep-alive lines for a while.',
				'· A firewall or antivirus that intercepts HTTPS.',
			],
		},
		drain: {
			crumb: 'Findings',
			title: 'Where your balance may be going',
			/** The balance cannot pay any more: the calls fail now, and where the money went is still the question. */
			titleEmpty: 'Your balance is used up: see where it went, then top up',
			/** The first finding and how many more, in one line: in a short window the first line is the one that stays. */
			findings: (p: {file: string; line: number; masked: string; more: number}) =>
				`Key-shaped strings in files git tracks here: ${p.file}${p.line > 0 ? `:${p.line}` : ''}${p.masked ? ` ${p.masked}` : ''}${p.more > 0 ? `, and ${p.more} more` : ''}.`,
			leakAdvice: 'If one is your key, treat it as leaked: anyone who saw the repository can spend your balance.',
			loops: 'Look for loops, background jobs, and retries without a limit: retrying on 402 or 401 never helps and only adds calls.',
			rotate: 'To rotate a key: create a new one, switch your programs to it, then delete the old one.',
		},
		keyExposed: {
			crumb: 'Key leaked',
			title: 'Your API key is committed in this repository: rotate it',
			where: (p: {file: string; line: number; masked: string; more: number}) =>
				`Found in ${p.file}${p.line > 0 ? `, line ${p.line}` : ''}${p.masked ? ` (${p.masked})` : ''}${p.more > 0 ? `, and in ${p.more} more place${p.more === 1 ? '' : 's'}` : ''}.`,
			advice: 'Anyone who saw the repository can spend your balance. Deleting the file is not enough: the key stays in the git history, so make a new key.',
			/** The Leaked keys row under this leaf, whose finding the first line says: what the scan covered. */
			scanned: (p: {files: number}) => `${p.files} tracked file${p.files === 1 ? '' : 's'} scanned.`,
		},
		alertSaved: {
			crumb: 'Alert set',
			title: (amount: string, currency: string) => `Alert set: under ${amountText(amount, currency)}`,
			/** The balance read on this walk is under the new mark already. */
			titleUnder: (p: {amount: string; currency: string; balance: string}) => `Alert set: under ${amountText(p.amount, p.currency)}, and your balance is under it now (${p.balance})`,
			/** The crontab line first: in a short window the first line is the one that stays. */
			lines: (amount: string) => [
				`0 * * * * deepseek-fix balance --below ${amount} || <your notify command>`,
				// Two rows at 40 columns: a short window has them, not three (why DeepSeek needs it, the balance result says).
				'Add the line above with crontab -e: it checks every hour.',
				`It exits with 1 when the balance is under ${amount}. Cron needs DEEPSEEK_API_KEY set, or a remembered key.`,
			],
		},
		balanceUnread: {
			crumb: 'Not read',
			title: 'Your balance could not be read here',
			/** A gateway that passes the user's own DeepSeek key on (the balance row above says why it was not read). */
			sameKey: (p: {name: string}) => `${p.name} passes your key on to DeepSeek: the same key reads the balance from DeepSeek directly.`,
		},
		deepseekOk: {
			crumb: 'DeepSeek OK',
			title: (amount: string) => `Your DeepSeek account is fine: ${amount}`,
			titleMindBalance: (p: {amount: string}) => `Your DeepSeek account works, but mind its balance: ${p.amount}`,
			lines: ['So the failing calls are refused by the service in between, as found before, not by DeepSeek.'],
			/** The same, naming the service the calls go to (its name, else its host): a cloud that serves DeepSeek's models itself is not "in between". */
			refusedBy: (p: {service: string}) => `So ${p.service} refuses your calls, not DeepSeek: money on your DeepSeek account does not pay for calls there.`,
		},
		ok: {
			crumb: 'All good',
			title: 'No problem found',
			/** Nothing blocks the calls, but checks warned (they are listed under it). */
			titleWithWarnings: (p: {count: number}) => `Nothing blocks your calls, but ${p.count === 1 ? '1 warning' : `${p.count} warnings`}`,
			/** The paid test call was skipped: none of the checks above is a chat call (actions.checkAgainWithProbe offers it). */
			noCallMade: 'None of these checks is a chat call, the kind your program makes: only the paid test call shows what one gets here.',
			/** The paid test call worked: a program whose calls fail sends something other than what was checked. */
			callWorks: "A real chat call works from here with this key and base URL. If your program's calls still fail, it sends something else: another key, base URL or model (look in its settings and environment).",
		},
		unknown: {
			crumb: 'Unclear',
			title: 'No clear cause found',
			/** An API call was refused for the request itself (its content, length or a parameter). */
			titleRequestRefused: 'The request itself is refused, not your key or balance',
			/** The crumb above titleRequestRefused. */
			crumbRequestRefused: 'Request refused',
			/** The same, refused by the service's content moderation ("Content Exists Risk"). */
			titleModerated: 'Content moderation refused the request, not your key or balance',
			/** The crumb above titleModerated. */
			crumbModerated: 'Content refused',
			/**
			 * An unclear verdict whose summary names the cause all the same (Diagnosis.knownCause): the title says
			 * it, and its crumb. Cloudflare in front of the service refused the calls.
			 */
			titleEdgeBlocked: 'Cloudflare stops the calls on the way',
			crumbEdgeBlocked: 'Cloudflare',
			/** The service in between passed on DeepSeek's own 404: it calls DeepSeek at an address DeepSeek does not serve. */
			titleUpstreamPath: 'Wrong DeepSeek address in the service',
			/** DeepSeek's own host lists the models but answers the chat call 404: the path the calls take. */
			titleOfficialPath: 'DeepSeek does not serve this path',
			/** The crumb above titleUpstreamPath and titleOfficialPath. */
			crumbWrongPath: 'Wrong address',
			/** A plain http:// base URL to another computer: the key was never sent. */
			titleKeyNotSent: 'Key not sent over plain http',
			crumbKeyNotSent: 'Key not sent',
			advice: 'Save the support report below and send it to DeepSeek support: it lists every check and trace id, and no key.',
			/** The calls go to another service: DeepSeek support cannot see its answers. */
			adviceElsewhere: (p: {name: string}) => `If you ask ${p.name} about it, save the support report below and send it along: it lists every check, and no key.`,
		},
		faqPlans: {
			crumb: 'Plans',
			title: "DeepSeek's API has no plans or subscriptions",
			lines: [
				'It is pay-as-you-go: you top up a balance and each call draws on it, priced per token. There is nothing to upgrade or renew.',
				'The chat at chat.deepseek.com is separate and free; it never shows a 402.',
			],
		},
		faqAutoReload: {
			crumb: 'Auto-reload',
			title: 'There is no auto-reload',
			lines: [
				'DeepSeek does not top up by itself and keeps no card for it. Top up enough at once, and let this tool warn you before the balance runs out.',
			],
		},
		faqAlerts: {
			crumb: 'Alerts',
			title: 'DeepSeek has no built-in balance alerts',
			lines: [
				'This tool can be the alert: deepseek-fix balance --below 10 exits with 1 when the balance is under 10. Run it from cron or CI and let that notify you.',
			],
		},
		faqTeams: {
			crumb: 'Teams',
			title: 'Keys belong to one account; there are no team roles',
			lines: [
				'The API platform has no organisations, members or permission levels. A key works for the account that created it and spends that account\'s balance.',
				'If someone gave you a key, the balance is theirs: a 402 means their account needs a top-up; a 401 means the key was deleted.',
			],
		},
		faqCache: {
			crumb: 'Cache',
			title: 'Clearing the cache does not change a 402',
			lines: [
				'The 402 comes from DeepSeek\'s API server, which checks the balance on every call: nothing in a browser affects it.',
				'The web chat (chat.deepseek.com) is free and never shows 402: the error comes from the API, used by programs with a key.',
			],
		},
	},

	breadcrumbStart: 'Start',
};

// Every table above in each language; the Simplified Chinese ones are in zh-CN/wizard.ts, of the same types.
export type WizardText = Messages<typeof wizardTextEn>;
export const wizardText: WizardText = localized({en: wizardTextEn, 'zh-CN': zhCN.wizardText});
