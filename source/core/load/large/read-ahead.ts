/**
 * A large file's bytes, read from the moment the command line knows the explorer will load it:
 * the disk reads on the thread pool while the explorer's code loads and draws its first frame,
 * instead of after. The explorer's loader (progressive.ts) takes the reading over, with how far it
 * has got; anything that goes wrong is its to word, when it awaits what was read.
 *
 * When the search worker is to read the file's articles, only the file's last part, its events,
 * is read here (`lastKey`): the worker reads the whole file itself, on its own thread, meanwhile.
 */
import {stat} from 'node:fs/promises';
import type {Stats} from 'node:fs';
import {readBytes, readTail, type FileTail} from '../read-file.js';

/** What was read: the whole file, or its last part (see `readTail`). */
export type FileRead = {whole: Buffer} | {tail: FileTail};

/** A file being read: what it was before the reading began (undefined if that could not be told), what was read, and a way to follow the reading. */
export type ReadAhead = {
	/** The key whose last part is read, if only that part is (else the whole file). */
	lastKey: string | undefined;
	before: Promise<Stats | undefined>;
	read: Promise<FileRead>;
	/** Calls `progress` with the bytes read so far and the file's size: at once, if some are, then as each step is read. */
	follow: (progress: (done: number, size: number) => void) => void;
};

/**
 * Starts reading `file`: whole, or with `lastKey`, from its last `"lastKey"` on when that is in
 * its second half (else whole).
 */
export function readAhead(file: string, lastKey?: string): ReadAhead {
	let follower: ((done: number, size: number) => void) | undefined;
	let last: [number, number] | undefined;
	// Never backwards: a last part not found where it was looked for, the whole file is read from its start.
	const onProgress = (done: number, size: number) => {
		if (last !== undefined && done <= last[0]) return;
		last = [done, size];
		follower?.(done, size);
	};
	// What the file was before it was read: its articles are read again from it when shown, if it has not changed since.
	const before = stat(file).catch(() => undefined);
	// The last part's first reads are asked for at once (see `readTail`); a whole file's once it has been looked at.
	const tail = lastKey === undefined ? Promise.resolve(undefined) : readTail(file, Buffer.from(`"${lastKey}"`), {onProgress});
	const read = Promise.all([before, tail]).then(async ([, found]): Promise<FileRead> => (found === undefined ? {whole: await readBytes(file, {onProgress})} : {tail: found}));
	// Awaited by the loader, which words the error: not unhandled meanwhile.
	read.catch(() => {});
	return {
		lastKey,
		before,
		read,
		follow: progress => {
			follower = progress;
			if (last !== undefined) progress(...last);
		},
	};
}
