// Types for scripts/eager-functions.mjs (used by the build and its unit test).
export function withEagerFunctions(text: string): {text: string; count: number};
