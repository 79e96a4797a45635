// --help 的文字（简体中文），与 ../usage.ts 同一类型。bin 小块直接用它回答 --help。
import {defaultBaseUrl} from '../../deepseek/facts.js';
import type {UsageMessages} from '../usage.js';

export const usageMessages: UsageMessages = {
	text: version => `deepseek-fix ${version} — 查明 DeepSeek API 调用为什么失败，并解决它

用法
  deepseek-fix                     交互式向导（不在终端里时改为普通检查）
  deepseek-fix check [--json] [--probe [--model NAME]]
                                   运行所有检查，不提问
  deepseek-fix balance [--json] [--below AMOUNT]
                                   显示余额；低于 AMOUNT 时退出码为 1
  deepseek-fix balance --wait [--wait-max SPAN] [--every SPAN] [--below AMOUNT]
                                   等待充值到账：余额够支付调用时退出码为 0
                                   （指定 --below 时还须不低于 AMOUNT），超时为 1
  deepseek-fix report [--out FILE] [--probe [--model NAME]]
                                   生成给客服的脱敏 Markdown 报告
  deepseek-fix config [--path | --reset] [--json]
                                   显示、定位或重置记住的设置

选项
  --base-url URL   API 的 base URL（默认取 DEEPSEEK_BASE_URL，
                   否则为 ${defaultBaseUrl}）
  --timeout MS     每个网络请求的时限（默认 10000）
  --probe          允许发起一次付费的 1 token 调用，以复现 402（check、report）
  --model NAME     这次调用所用的模型，填你的程序发送的模型名（默认：DeepSeek
                   的对话模型，或中转站列出的 DeepSeek 模型）
  --json           输出一个 JSON 文档（check、balance、config）
  --below AMOUNT   余额低于 AMOUNT（例如 5 或 2.50）时退出码为 1（balance）
  --wait           等到余额重新够支付调用（balance）
  --wait-max SPAN  --wait 最长等待多久：90s、10m、1h，或毫秒数
                   （默认 10m；--timeout 仍是每个请求的时限）
  --every SPAN     --wait 每隔多久查询一次免费的余额接口（默认 5s）
  --out FILE       把报告写进 FILE，而不是打印出来（report）
  --path           显示设置文件的位置（config）
  --reset          删除设置文件（config）
  --lang zh-CN|en  简体中文或英文（默认依次取 DEEPSEEK_FIX_LANG、在向导里记住的
                   语言、系统语言）
  -h, --help       显示这份帮助
  -v, --version    显示版本

环境变量
  DEEPSEEK_API_KEY, DEEPSEEK_BASE_URL, DEEPSEEK_STATUS_URL, DEEPSEEK_FIX_CONFIG_DIR,
  DEEPSEEK_FIX_LANG, HTTPS_PROXY / HTTP_PROXY / NO_PROXY, NO_COLOR / FORCE_COLOR

退出码：0 没有发现问题，1 发现了问题，2 无法按要求运行，
130 已取消（Ctrl+C），141 输出提前被关闭。
`,
};
