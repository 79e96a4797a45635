// Where Chinese words start, so wrapping breaks Chinese between words (“模型”, “取消”, “退出码” stay whole) and not
// between any two characters. The words are a list made from the Chinese messages and the services' Chinese names
// (chinese-word-list.ts, written by scripts/chinese-words.ts from ICU's dictionary and the provider table) and the
// words ICU reads as two (icuMisses below), read by forward
// maximum matching: the longest listed word at each place. ICU's own segmenter would cost 13–28 ms in a fresh process (its data loading)
// the first time a Chinese text wraps; this list costs well under a millisecond, and English text never reads it.
import {chineseWordList} from './chinese-word-list.js';

/**
 * Words ICU's dictionary reads as two or more (余|额, 调|用, 退出|码), so a line would break inside them: the
 * glossary's (docs/development.md) and others the messages use. Found by wrapping every Chinese message at 24–38
 * columns and reading the two characters around each break. They win over a listed word that overlaps them
 * (“能读取”: 能|读取, where the longest match alone would take 能读); a longer one after a shorter one it holds
 * (接入点 after 接入) wins over it.
 */
export const icuMisses: readonly string[] = [
	'调用', '余额', '账号', '充值', '额度', '网关', '客服', '页面', '令牌', '用量', '账单', '管理员', '中转站', '服务商', '状态页',
	'退出码', '状态码', '错误码', '扣费', '付费', '欠费', '续费', '扣款', '到账', '计价', '币种', '限额', '限流', '重试', '出错',
	'报错', '超时', '联网', '直连', '端口', '域名', '路由', '绕过', '连通', '本机', '宿主机', '主机名', '局域网', '客户端', '服务器',
	'浏览器', '编辑器', '虚拟机', '防火墙', '杀毒', '杀毒软件', '根证书', '签发者', '受信任', '重定向', '文件夹', '命令行', '输入法',
	'剪贴板', '字符串', '占位符', '百分号', '引号', '前缀', '字段', '二进制', '十进制', '十六进制', '模型名', '提示词', '实名', '稍后',
	'重启', '重绘', '内置', '加载', '缓存', '接入', '接入点', '组件', '换行', '整行', '封禁', '写入', '读取', '可写', '链接', '文档', '调试', '手动',
	'解压', '自带', '两边', '某个', '发往', '发给', '设为', '内网地址', '广告拦截', '读不了', '查询不到', '混合端口',
	// Not ICU's misses, but the longest match's: 不同 before 同意 (“你不同 / 意”).
	'不同意',
];

/** Measure words that go with the noun after them (个、位、条、项、笔、种): a line does not end on one. */
const measureWords = new Set('个位条项笔种');
/** Words that point at a thing by its measure word (这条, 那个, 每笔): a line does not end on one before it. */
const demonstratives = new Set('这那每哪');

let words: Set<string> | undefined;
let longest = 0;

/** The list as a set, made the first time Chinese text needs it. */
function dictionary(): Set<string> {
	if (!words) {
		words = new Set([...chineseWordList.split(' '), ...icuMisses]);
		for (const word of words) longest = Math.max(longest, word.length);
	}
	return words;
}

/**
 * A Chinese character of the Basic Multilingual Plane (CJK ideographs, extension A, compatibility ideographs): a code
 * point test, as a `\p{Script=Han}` regular expression costs about a millisecond to compile the first time.
 */
export function isHanUnit(unit: number): boolean {
	return (unit >= 0x34_00 && unit <= 0x4D_BF) || (unit >= 0x4E_00 && unit <= 0x9F_FF) || (unit >= 0xF9_00 && unit <= 0xFA_FF);
}

/** Whether `text` holds two Chinese characters side by side. */
function hasTwoHan(text: string): boolean {
	for (let index = 1; index < text.length; index++) if (isHanUnit(text.charCodeAt(index)) && isHanUnit(text.charCodeAt(index - 1))) return true;
	return false;
}

/**
 * The UTF-16 offsets in `text` where a Chinese word of two characters or more starts or ends, and where a Han character
 * outside any listed word stands: the places between two Han characters where a line may break. Undefined for text with
 * no two Han characters side by side (nothing to read). Listed words are in the Basic Multilingual Plane: one unit a character.
 */
export function chineseWordStarts(text: string): Set<number> | undefined {
	if (!hasTwoHan(text)) return undefined;
	const list = dictionary();
	const starts = new Set<number>();
	let at = 0;
	while (at < text.length) {
		starts.add(at);
		let length = 1;
		if (isHanUnit(text.charCodeAt(at))) {
			for (let size = Math.min(longest, text.length - at); size > 1; size--) {
				if (list.has(text.slice(at, at + size))) {
					length = size;
					break;
				}
			}
		}
		at += length;
	}
	// ICU's misses win where a listed word overlaps one: no start inside it, one at each end.
	for (const miss of icuMisses) {
		for (let found = text.indexOf(miss); found !== -1; found = text.indexOf(miss, found + 1)) {
			for (let inside = found + 1; inside < found + miss.length; inside++) starts.delete(inside);
			starts.add(found);
			starts.add(found + miss.length);
		}
	}
	// A measure word keeps to the noun after it (“1 个警告”, not “1 个” above “警告”): no break there.
	for (let index = 0; index < text.length - 1; index++) {
		if (measureWords.has(text[index]!) && isHanUnit(text.charCodeAt(index + 1))) starts.delete(index + 1);
		// And to the 这、那、每、哪 before it (“这条证书链”, not “这” above “条证书链”).
		if (measureWords.has(text[index + 1]!) && demonstratives.has(text[index]!)) starts.delete(index + 1);
	}
	return starts;
}
