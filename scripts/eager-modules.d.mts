// Types for scripts/eager-modules.mjs (used by the bench and its unit test).
export function commonJsWrapperCount(text: string): number;
export function withEagerCommonJsBodies(text: string): {text: string; count: number};
