// What `check`, `balance` and `report` need only once their requests are on their way
// (cli.tsx loads it while they travel). One module, so that the build makes it one load
// instead of several: every chunk is a file to read and link at start-up.
export {reading, resultsOf} from './checks/details.js';
export {diagnosisTraceIds} from './diagnose.js';
export {runDiagnosis, warmReport} from './engine.js';
export {markdownForReading, renderBalanceText, renderJson, renderMarkdown, renderText, withoutAlertFix} from './report/index.js';
// The client's reading of failed or refused requests and of answers' error bodies (deepseek/client.ts
// loads this module for them: a failure before it has loaded waits for it).
export {failureFromAbort, failureFromError, makeFailure, untrustedChainCode} from './deepseek/failures.js';
export {presentedIssuer} from './deepseek/presented-certificate.js';
export {readErrorBody} from './deepseek/error-body.js';
export {httpFailureMessages, proxyMessages} from './messages/http.js';
