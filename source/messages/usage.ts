// The --help text (en). A module of its own: the tiny bin chunk answers `--help` with it
// without loading the rest of the tool.
import {defaultBaseUrl} from '../deepseek/facts.js';
import {localized, type Messages} from './language.js';
import * as zhCN from './zh-CN/usage.js';

const usageMessagesEn = {
	text: (version: string) => `deepseek-fix ${version} — find out why DeepSeek API calls fail, and fix it

Usage
  deepseek-fix                     the interactive wizard (a plain check when not in a terminal)
  deepseek-fix check [--json] [--probe [--model NAME]]
                                   run every check, no questions asked
  deepseek-fix balance [--json] [--below AMOUNT]
                                   show the balance; exit 1 when it is under AMOUNT
  deepseek-fix balance --wait [--wait-max SPAN] [--every SPAN] [--below AMOUNT]
                                   wait for a top-up: exit 0 once the balance can pay
                                   (and is not under AMOUNT), 1 when the time is up
  deepseek-fix report [--out FILE] [--probe [--model NAME]]
                                   write a redacted Markdown report for support
  deepseek-fix config [--path | --reset] [--json]
                                   show, locate or reset remembered settings

Options
  --base-url URL   API base URL (default ${defaultBaseUrl}, or DEEPSEEK_BASE_URL)
  --timeout MS     deadline for each network request (default 10000)
  --probe          allow one paid 1-token call to reproduce a 402 (check, report)
  --model NAME     the model that call uses, as your app sends it (default: DeepSeek's
                   chat model, or the DeepSeek model a relay lists)
  --json           print one JSON document (check, balance, config)
  --below AMOUNT   exit 1 when the balance is under AMOUNT, e.g. 5 or 2.50 (balance)
  --wait           wait until the balance can pay again (balance)
  --wait-max SPAN  how long --wait waits at most: 90s, 10m, 1h, or milliseconds
                   (default 10m; --timeout stays the deadline of each request)
  --every SPAN     how often --wait looks at the free balance endpoint (default 5s)
  --out FILE       write the report to FILE instead of printing it (report)
  --path           print where the settings file is (config)
  --reset          delete the settings file (config)
  --lang zh-CN|en  Simplified Chinese or English (default: DEEPSEEK_FIX_LANG, else
                   the language remembered in the wizard, else the locale)
  -h, --help       show this help
  -v, --version    show the version

Environment
  DEEPSEEK_API_KEY, DEEPSEEK_BASE_URL, DEEPSEEK_STATUS_URL, DEEPSEEK_FIX_CONFIG_DIR,
  DEEPSEEK_FIX_LANG, HTTPS_PROXY / HTTP_PROXY / NO_PROXY, NO_COLOR / FORCE_COLOR

Exit codes: 0 no problem found, 1 a problem was found, 2 could not run as asked,
130 cancelled (Ctrl+C), 141 the output was closed early.
`,
};

// The same text in Simplified Chinese: zh-CN/usage.ts, of the same type.
export type UsageMessages = Messages<typeof usageMessagesEn>;
export const usageMessages: UsageMessages = localized({en: usageMessagesEn, 'zh-CN': zhCN.usageMessages});
