// The answers to the questions menu (plans, auto-reload, alerts, teams, the cache): no check behind them, a link and
// the next step.
import {fixes} from '../../fixes.js';
import {wizardText} from '../../messages/wizard.js';
import type {LeafNode} from '../types.js';
import {setAlert} from './balance.js';
import {leaf} from './shared.js';

export const faqPlansLeaf = (): LeafNode =>
	leaf('leaf.faq_plans', wizardText.leaves.faqPlans.crumb, () => ({
		tone: 'info',
		title: wizardText.leaves.faqPlans.title,
		lines: [...wizardText.leaves.faqPlans.lines],
		fixes: [fixes.topUp(), fixes.pricing()],
	}));

export const faqAutoReloadLeaf = (): LeafNode =>
	leaf('leaf.faq_auto_reload', wizardText.leaves.faqAutoReload.crumb, view => ({
		tone: 'info',
		title: wizardText.leaves.faqAutoReload.title,
		lines: [...wizardText.leaves.faqAutoReload.lines],
		fixes: [fixes.topUp()],
		options: setAlert(view),
	}));

export const faqAlertsLeaf = (): LeafNode =>
	leaf('leaf.faq_alerts', wizardText.leaves.faqAlerts.crumb, view => ({
		tone: 'info',
		title: wizardText.leaves.faqAlerts.title,
		lines: [...wizardText.leaves.faqAlerts.lines],
		fixes: [fixes.usage()],
		// Asked about alerts: setting one (or changing it) is the next step, not the usage page.
		options: setAlert(view),
		waysFirst: true,
	}));

export const faqTeamsLeaf = (): LeafNode =>
	leaf('leaf.faq_teams', wizardText.leaves.faqTeams.crumb, () => ({
		tone: 'info',
		title: wizardText.leaves.faqTeams.title,
		lines: [...wizardText.leaves.faqTeams.lines],
		fixes: [fixes.createKey()],
	}));

export const faqCacheLeaf = (): LeafNode =>
	leaf('leaf.faq_cache', wizardText.leaves.faqCache.crumb, () => ({
		tone: 'info',
		title: wizardText.leaves.faqCache.title,
		lines: [...wizardText.leaves.faqCache.lines],
		fixes: [fixes.usage()],
		options: [{id: 'check_balance', label: wizardText.actions.checkBalance, next: 'balance.key'}],
	}));
