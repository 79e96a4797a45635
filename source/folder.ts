// Whether a path is a folder, asked where the answer only picks a way: a path that cannot be
// looked at (missing, no permission, a symlink loop) is no folder, and the caller goes on.
import {statSync} from 'node:fs';

/** Whether `folder` is a folder (through symlinks); false where it is missing, is something else or cannot be looked at. Never throws. */
export function isFolder(folder: string): boolean {
	try {
		return statSync(folder).isDirectory();
	} catch {
		return false;
	}
}
