// Types for scripts/builtin-imports.mjs (used by its unit test).
export function withoutBuiltinFacades(text: string): {text: string; count: number};
export function builtinImportCount(output: {imports: ReadonlyArray<{path: string; kind: string; external?: boolean}>}): number;
export const monotonicClock: {inject: string[]; define: Record<string, string>};
