// How sentences name where an agent app keeps its settings (Claude Code's settings, OpenCode's
// config, Continue's config, Aider's settings, Codex's config), in each language (messages/ only): the wizard and the fixes alike.
import type {AgentApp} from '../deepseek/facts.js';

export const appSettingsEn: Record<AgentApp, string> = {claude_code: "Claude Code's settings", opencode: "OpenCode's config", continue: "Continue's config", aider: "Aider's settings", codex: "Codex's config"};
export const appSettingsZh: Record<AgentApp, string> = {claude_code: 'Claude Code 设置', opencode: 'OpenCode 配置', continue: 'Continue 配置', aider: 'Aider 设置', codex: 'Codex 配置'};
/** Where the English name is a plural ("Claude Code's settings hold one"). */
export const appSettingsArePlural: Record<AgentApp, boolean> = {claude_code: true, opencode: false, continue: false, aider: true, codex: false};
