// The undici floor is bundled as CommonJS, where esbuild leaves import.meta empty, and the
// llhttp reader the build gives undici (source/deepseek/llhttp-wasm.ts) finds its file by
// import.meta.url: injected into the floor, this is the bundle's own URL.
export const importMetaUrl = process.getBuiltinModule('node:url').pathToFileURL(__filename).href;
