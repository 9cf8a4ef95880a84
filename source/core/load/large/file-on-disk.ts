/**
 * A large file as it was on disk when the explorer opened it, read again by whoever needs part of
 * it once its bytes are let go: the explorer's thread reads one article when it is first shown,
 * the search worker the articles for its corpus. A file that has changed since (another size or
 * modification time) is not read: what was checked is no longer there.
 */
import {closeSync, fstatSync, openSync, readSync} from 'node:fs';

/** Where a file is, and its size and modification time when it was opened. */
export type FileOnDisk = {path: string; size: number; mtimeMs: number};

/** The bytes `start` to `end` of the open file `fd` (into `into`, if given); throws if it ends sooner. */
export function readRange(fd: number, start: number, end: number, into = Buffer.allocUnsafe(end - start)): Buffer {
	for (let done = 0; done < end - start; ) {
		const count = readSync(fd, into, done, end - start - done, start + done);
		if (count === 0) throw new Error('the file ends sooner');
		done += count;
	}
	return into.subarray(0, end - start);
}

/** The bytes `start` to `end` of the file, if it is still as it was; else undefined. */
export function readUnchanged({path, size, mtimeMs}: FileOnDisk, start: number, end: number): Buffer | undefined {
	let fd: number | undefined;
	try {
		fd = openSync(path, 'r');
		const now = fstatSync(fd);
		if (!now.isFile() || now.size !== size || now.mtimeMs !== mtimeMs) return undefined;
		return readRange(fd, start, end);
	} catch {
		return undefined;
	} finally {
		if (fd !== undefined) closeSync(fd);
	}
}
