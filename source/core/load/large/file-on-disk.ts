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
export function readRange(fd: number, start: number, end: number, into: Buffer = Buffer.allocUnsafe(end - start)): Buffer {
	for (let done = 0; done < end - start; ) {
		const count = readSync(fd, into, done, end - start - done, start + done);
		if (count === 0) throw new Error('the file ends sooner');
		done += count;
	}
	return into.subarray(0, end - start);
}

/**
 * A file's bytes a part at a time: `part` reads into one buffer, reused (a part is good until the
 * next is read), so a pass over a quarter of a gigabyte touches a few megabytes of memory, where
 * filling fresh memory costs as much as reading the file; `own` reads into memory of its own.
 * Undefined once the file is not as it was (another size or modification time), or cannot be read.
 */
export type FileParts = {size: number; part: (start: number, end: number) => Buffer | undefined; own: (start: number, end: number) => Buffer | undefined; close: () => void};

/** The parts of `file`, opened when first read; `close` when done. */
export function fileParts({path, size, mtimeMs}: FileOnDisk): FileParts {
	let fd: number | undefined;
	let buffer: Buffer = Buffer.alloc(0);
	const read = (start: number, end: number, into?: Buffer) => {
		try {
			fd ??= openSync(path, 'r');
			const now = fstatSync(fd);
			if (!now.isFile() || now.size !== size || now.mtimeMs !== mtimeMs) return undefined;
			return readRange(fd, start, end, into);
		} catch {
			return undefined;
		}
	};
	return {
		size,
		part: (start, end) => {
			if (buffer.length < end - start) buffer = Buffer.allocUnsafeSlow(Math.max(end - start, 2 * buffer.length));
			return read(start, end, buffer);
		},
		own: (start, end) => read(start, end),
		close: () => {
			if (fd !== undefined) closeSync(fd);
			fd = undefined;
		},
	};
}

/** The parts of a file held whole: views of `bytes`. */
export function bytesParts(bytes: Buffer): FileParts {
	return {size: bytes.length, part: (start, end) => bytes.subarray(start, end), own: (start, end) => bytes.subarray(start, end), close: () => {}};
}

/** The bytes `start` to `end` of the file, if it is still as it was; else undefined. */
export function readUnchanged(file: FileOnDisk, start: number, end: number): Buffer | undefined {
	const parts = fileParts(file);
	try {
		return parts.own(start, end);
	} finally {
		parts.close();
	}
}
