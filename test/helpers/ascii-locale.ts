// Imported first by a test file: the locale of a GBK terminal, set before any module of the
// tool reads it (the symbols and the ASCII texts are decided once, when their modules load).
import process from 'node:process';

process.env.LC_ALL = 'zh_CN.GBK';
process.env.LANG = 'zh_CN.GBK';
