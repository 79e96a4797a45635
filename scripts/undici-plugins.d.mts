// Types for scripts/undici-plugins.mjs (used by the TypeScript bench).
import type {Metafile, Plugin} from 'esbuild';

export const undiciPlugins: Plugin[];
export function writeLlhttpWasm(metafile: Metafile): void;
export const undiciDefine: Record<string, string>;
