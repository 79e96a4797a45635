// How sentences name where DEEPSEEK_API_KEY is saved for later shells (deepseek/saved-key.ts), in
// each language (messages/ only): check's key_present and the wizard name Windows' stores alike.
import type {SavedKey} from '../deepseek/saved-key.js';

/** One of Windows' two stores of environment variables. */
type WindowsStore = Exclude<SavedKey['kind'], 'file'>;

/** "Windows' user environment variables". */
export const windowsVariablesEn = (store: WindowsStore): string => `Windows' ${store === 'windows_user' ? 'user' : 'system'} environment variables`;
/** "Windows 的用户环境变量". */
export const windowsVariablesZh = (store: WindowsStore): string => `Windows 的${windowsVariablesShortZh(store)}`;
/** Short, for the start screen's key line (one row at 40 columns): "your user variables" / "system variables". */
export const windowsVariablesShortEn = (store: WindowsStore): string => (store === 'windows_user' ? 'your user variables' : 'system variables');
export const windowsVariablesShortZh = (store: WindowsStore): string => (store === 'windows_user' ? '用户环境变量' : '系统环境变量');
/** How a variable gets there, after the store's name: " (setx, System Properties)". */
export const windowsHowEn = ' (setx, System Properties)';
export const windowsHowZh = '（setx 或“系统属性”）';
/** A start-up file as the start screen's key line names it: `~/.zshrc`, or by its name alone where `short` ("config.fish"). */
export const fileShown = (file: string, short: boolean): string => (short ? file.slice(file.lastIndexOf('/') + 1) : file);
