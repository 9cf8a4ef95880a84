/**
 * Directories the program keeps its own files in (state, code cache). Created a level at a time,
 * not with `mkdirSync(…, {recursive: true})`: Node 20's recursive mkdir loops for ever under
 * /proc, and a loop over the path's own levels cannot. Imports nothing but Node, so the command
 * line's small entry can use it for the code cache.
 */
import {lstatSync, mkdirSync} from 'node:fs';
import path from 'node:path';

/**
 * Creates `directory` and any missing parents (each created with `mode`), one level at a time.
 * Throws Node's error (EACCES, ENOTDIR, EEXIST for a file in the way…) on the first level that
 * cannot be made.
 */
export function makeDirectory(directory: string, mode = 0o700): void {
	try {
		if (lstatSync(directory).isDirectory()) return;
	} catch {
		// Missing (or unreadable): made below, or the level that fails says why.
	}
	const levels: string[] = [];
	for (let at = path.resolve(directory); ; at = path.dirname(at)) {
		levels.unshift(at);
		if (path.dirname(at) === at) break;
	}
	for (const level of levels) {
		try {
			mkdirSync(level, {mode});
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			// Something is there: fine if it is a directory (or a link to one), an error otherwise.
			if (!lstatSync(level).isDirectory() && !isLinkToDirectory(level)) throw error;
		}
	}
}

function isLinkToDirectory(level: string): boolean {
	try {
		return lstatSync(level).isSymbolicLink() && lstatSync(`${level}/.`).isDirectory();
	} catch {
		return false;
	}
}

/**
 * Whether `directory` is one only this user can change: a real directory (not a link), owned by
 * the user, not writable by group or others, as ssh demands of `~/.ssh`. Anyone who can write in
 * a directory can replace what is in it, so a cache is trusted only in such a one.
 */
export function isPrivateDirectory(directory: string): boolean {
	try {
		const stats = lstatSync(directory);
		const uid = process.getuid?.();
		return stats.isDirectory() && (uid === undefined || stats.uid === uid) && (stats.mode & 0o022) === 0;
	} catch {
		return false;
	}
}
