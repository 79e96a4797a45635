// How sentences name the dotenv file a value came from (project-env.ts), in each language
// (messages/ only): `.env.local` or `.env` in this folder, `../.env` in a folder above it.

/** The file is in a folder above the current one (`../.env`). */
const above = (file: string): boolean => file.startsWith('..');

/** As a path from this folder, in every language: "./.env.local" / "../.env". */
export const asPath = (file: string): string => (above(file) ? file : `./${file}`);
/** "this folder's .env.local" / "../.env". */
export const placeEn = (file: string): string => (above(file) ? file : `this folder's ${file}`);
/** "这个文件夹的 .env.local" / "上层文件夹的 ../.env" (Chinese first: no Latin right after a Chinese word without its space). */
export const placeZh = (file: string): string => (above(file) ? `上层文件夹的 ${file}` : `这个文件夹的 ${file}`);
/** Short, for the wizard's labels: ".env.local here" / "../.env". */
export const hereEn = (file: string): string => (above(file) ? file : `${file} here`);
export const hereZh = (file: string): string => (above(file) ? `上层文件夹的 ${file}` : `这里的 ${file}`);
