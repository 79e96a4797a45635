// What bin.js needs off the way to cli.js: the help (with its wrapping and the usage sentences), the start notices, the
// language choice and the last-resort error line. One file beside bin.js, loaded only on those paths: bin.js itself
// is compiled on every run without Node's compile cache (it turns the cache on), so each byte in it costs every
// `check` (docs/development.md, "Performance").
export {helpFor, laidOutHelpFile, onlyHelp} from './help.js';
export {startLanguage} from './start-language.js';
export {startNotices} from './start-notices.js';
export {stderrLine} from './text/stderr-line.js';
export {oneLine, sanitize} from './text/safe.js';
