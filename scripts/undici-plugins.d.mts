// Types for scripts/undici-plugins.mjs (used by the TypeScript bench).
import type {Plugin} from 'esbuild';

export const undiciPlugins: Plugin[];
export const undiciDefine: Record<string, string>;
