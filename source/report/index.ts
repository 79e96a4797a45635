// The renderers of a CheckReport: JSON (`check --json`), coloured text (`check`), balance
// text (`balance`) and the redacted Markdown support report (`report`). No ink or react
// here: the fast, non-interactive commands load this. Every string is cleaned once more on
// the way out.
export {renderBalanceText, withoutAlertFix} from './balance.js';
export {renderJson} from './json.js';
export {markdownCode, renderMarkdown} from './markdown.js';
export {markdownForReading} from './markdown-reading.js';
export {renderText} from './text.js';
