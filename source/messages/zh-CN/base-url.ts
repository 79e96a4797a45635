// base URL 为什么不可用（简体中文），与 ../base-url.ts 同一类型。
import type {BaseUrlMessages} from '../base-url.js';

export const baseUrlMessages: BaseUrlMessages = {
	empty: 'base URL 为空：请设为 https://api.deepseek.com（或你的服务商给你的地址）。',
	noScheme: p => `base URL 必须以 https:// 开头，例如 ${p.suggestion}。`,
	noSchemeLocal: p => `base URL 必须以 http:// 或 https:// 开头：本机上的服务通常在 ${p.suggestion} 上响应。`,
	noSchemeNearOfficial: p => `base URL 必须以 https:// 开头，而且“${p.typed}”看起来是 DeepSeek 地址的笔误：请使用 ${p.official}。`,
	notAUrl: p => `“${p.raw}”不是有效的 URL：请写成 https://api.deepseek.com 这样的形式。`,
	quoted: p => `base URL 两边的引号成了值的一部分：请在设置它的地方去掉引号，写成 ${p.inside}${p.straight ? '（命令提示符的 set NAME="…" 会把引号留在值里）' : ''}。`,
	fullWidth: p => `base URL 里有全角字符（${p.characters}），是中文输入法打出来的：请改用半角，写成 ${p.suggestion}。`,
	unsupportedProtocol: p => `base URL 用的是 ${p.protocol}//，但只有 https://（或指向本机的 http://）可用：请使用 https://api.deepseek.com。`,
	hasCredentials: 'base URL 里含有用户名或密码：请去掉（API key 应放在 DEEPSEEK_API_KEY 里，而不是 URL 里）。',
	relativeWithoutBase: p => `base URL 不可用，所以无法拼出 ${p.path} 的地址。${p.reason}`,
};
