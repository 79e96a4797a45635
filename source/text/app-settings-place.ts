// How sentences name where an agent app keeps its settings (Claude Code's settings, OpenCode's
// config, Continue's config), in each language (messages/ only): the wizard and the fixes alike.
import type {AgentApp} from '../deepseek/facts.js';

export const appSettingsEn: Record<AgentApp, string> = {claude_code: "Claude Code's settings", opencode: "OpenCode's config", continue: "Continue's config"};
export const appSettingsZh: Record<AgentApp, string> = {claude_code: 'Claude Code 设置', opencode: 'OpenCode 配置', continue: 'Continue 配置'};
