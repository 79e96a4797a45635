// Types for scripts/undici-plugins.mjs (used by the TypeScript bench).
import type {Plugin} from 'esbuild';

export const undiciPlugins: Plugin[];
export const undiciDefine: Record<string, string>;
/** Why a module's use of node:http is more than the build's small one has, or undefined when it is not. */
export function undiciHttpUse(source: string): string | undefined;
