// The 402 path's results once the key and the balance were read: the calls work, a top-up on its way or arrived, the
// wait over, another account's key, a payment that failed, and when to write to support.
import {fixes} from '../../fixes.js';
import {wizardText} from '../../messages/wizard.js';
import * as facts from '../facts.js';
import {lastFourOfMasked} from '../../text/safe.js';
import type {LeafNode} from '../types.js';
import {amount, healthyBalanceWays, setAlert, waitForTopUp, withBalanceWarning} from './balance.js';
import {defined, leaf} from './shared.js';

export const probeOkLeaf = (): LeafNode =>
	leaf('leaf.probe_ok', wizardText.leaves.probeOk.crumb, view =>
		withBalanceWarning(view, {
			tone: 'good',
			title: wizardText.leaves.probeOk.title,
			lines: [...wizardText.leaves.probeOk.lines],
			fixes: [fixes.findKey(), fixes.usage()],
			verdict: 'ok',
		}),
	);

export const topupPendingLeaf = (): LeafNode =>
	leaf('leaf.topup_pending', wizardText.leaves.topupPending.crumb, view =>
		withBalanceWarning(view, {
			tone: 'warn',
			title: wizardText.leaves.topupPending.title,
			lines: [...wizardText.leaves.topupPending.lines],
			fixes: [fixes.transactions(), fixes.support()],
			options: [waitForTopUp()],
			verdict: 'insufficient_balance',
		}),
	);

export const toppedUpLeaf = (): LeafNode =>
	leaf('leaf.topped_up', wizardText.leaves.toppedUp.crumb, view => {
		const main = facts.mainBalance(facts.reading(view.results));
		return {
			tone: 'good',
			title: main ? wizardText.leaves.toppedUp.title({amount: amount(main)}) : wizardText.leaves.toppedUp.titleNoAmount,
			lines: defined([wizardText.leaves.toppedUp.retry, facts.httpStatus(view.results, 'probe') === 402 ? wizardText.leaves.toppedUp.staleProbe : undefined]),
			fixes: [fixes.usage()],
			options: setAlert(view),
			verdict: view.diagnosis.verdict,
		};
	});

// The 402 path after a top-up arrived (p402.recovered), the user says the calls work: nothing paid, the alert offered first.
export const callsWorkLeaf = (): LeafNode =>
	leaf('leaf.calls_work', wizardText.leaves.callsWork.crumb, view => ({
		tone: 'good',
		title: wizardText.leaves.callsWork.title,
		lines: [...wizardText.leaves.callsWork.lines],
		fixes: [fixes.usage()],
		options: view.known.alert ? healthyBalanceWays(view) : [{id: 'set_alert', label: wizardText.leaves.callsWork.getWarned, next: 'alert.input'}],
		waysFirst: true,
		verdict: 'ok',
	}));

export const waitOverLeaf = (): LeafNode =>
	leaf('leaf.wait_over', wizardText.leaves.waitOver.crumb, view => {
		const main = facts.mainBalance(facts.reading(view.results));
		return {
			tone: 'warn',
			title: main ? wizardText.leaves.waitOver.title({amount: amount(main)}) : wizardText.leaves.waitOver.titleUnread,
			lines: [...wizardText.leaves.waitOver.lines],
			fixes: [fixes.transactions(), fixes.topUp(), fixes.support()],
			options: [waitForTopUp()],
			verdict: view.diagnosis.verdict,
		};
	});

export const otherAccountLeaf = (): LeafNode =>
	leaf('leaf.other_account', wizardText.leaves.otherAccount.crumb, view => {
		// The key check's last four, else the key-format check's (the balance path may not run the key check).
		const sent = facts.lastFours(view.results).sent ?? lastFourOfMasked(facts.checkedKey(view.results) ?? '') ?? '';
		return withBalanceWarning(view, {
			tone: 'warn',
			title: wizardText.leaves.otherAccount.title,
			lines: [wizardText.leaves.otherAccount.find({sent}), ...wizardText.leaves.otherAccount.lines],
			fixes: [fixes.findKey(), fixes.transactions()],
			verdict: 'insufficient_balance',
		});
	});

/** Paid on a cloud or relay that sells DeepSeek's models: that money is there, not on this account. */
export const paidElsewhereLeaf = (): LeafNode =>
	leaf('leaf.paid_elsewhere', wizardText.leaves.paidElsewhere.crumb, view =>
		withBalanceWarning(view, {
			tone: 'warn',
			title: wizardText.leaves.paidElsewhere.title,
			lines: [...wizardText.leaves.paidElsewhere.lines],
			fixes: [fixes.topUp()],
			verdict: 'insufficient_balance',
		}),
	);

export const paymentFailedLeaf = (): LeafNode =>
	leaf('leaf.payment_failed', wizardText.leaves.paymentFailed.crumb, view =>
		withBalanceWarning(view, {
			tone: 'warn',
			title: wizardText.leaves.paymentFailed.title,
			lines: [...wizardText.leaves.paymentFailed.lines],
			fixes: [fixes.transactions(), fixes.topUp()],
			// Paid again another way: wait for that payment to arrive.
			options: [waitForTopUp()],
			verdict: 'insufficient_balance',
		}),
	);

export const supportLeaf = (): LeafNode =>
	leaf('leaf.support', wizardText.leaves.support.crumb, view => {
		const trace = facts.traceId(view.results);
		return withBalanceWarning(view, {
			tone: 'bad',
			title: wizardText.leaves.support.title,
			lines: [...wizardText.leaves.support.lines, trace ? wizardText.leaves.support.trace(trace) : wizardText.leaves.support.noTrace],
			fixes: [fixes.support(trace)],
			verdict: 'insufficient_balance',
			...(trace ? {traceId: trace} : {}),
		});
	});
