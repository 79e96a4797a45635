// One pure function from check results to the single most likely root cause, its summary and the fixes: diagnose().
// Its rules live in source/diagnose/, one module per theme; rules.ts holds their order, which IS the product (the
// first rule that holds wins). This file is the one path the rest of the program and the tests import from: it only
// re-exports, so the folder's modules can move without touching them.
export {diagnose, orderedRules} from './diagnose/rules.js';
export {isSelfHostedGateway, onThisComputer} from './diagnose/service.js';
export {answerStatus, blockedAt, chargeSettlingStatus, diagnosedProvider, diagnosisTraceIds, localProxyOutOfCredit, ownProxyOutOfDeepSeekCredit, relayMoneyWhat, relayUpstreamOutOfCredit} from './diagnose/reads.js';
