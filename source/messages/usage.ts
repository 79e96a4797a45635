// The --help text (en). A module of its own: the tiny bin chunk answers `--help` with it
// without loading the rest of the tool.
import {defaultBaseUrl} from '../deepseek/facts.js';

export const usage = (version: string) => `deepseek-fix ${version} — find out why DeepSeek API calls fail, and fix it

Usage
  deepseek-fix                     the interactive wizard (a plain check when not in a terminal)
  deepseek-fix check [--json] [--probe [--model NAME]]
                                   run every check, no questions asked
  deepseek-fix balance [--json] [--below AMOUNT]
                                   show the balance; exit 1 when it is under AMOUNT
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
  -h, --help       show this help
  -v, --version    show the version

Environment
  DEEPSEEK_API_KEY, DEEPSEEK_BASE_URL, DEEPSEEK_STATUS_URL, DEEPSEEK_FIX_CONFIG_DIR,
  HTTPS_PROXY / HTTP_PROXY / NO_PROXY, NO_COLOR / FORCE_COLOR

Exit codes: 0 no problem found, 1 a problem was found, 2 could not run as asked,
130 cancelled (Ctrl+C), 141 the output was closed early.
`;
