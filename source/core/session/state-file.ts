/**
 * Small JSON files the program keeps for the user between runs (search history, marks), in
 * `$XDG_STATE_HOME/sc-timeline/` (by default `~/.local/state/sc-timeline/`). Written atomically:
 * a temporary file in the same directory, flushed to disk, then renamed over the old one, so a
 * crash or a kill leaves the old contents or the new, never half of them. A file that cannot be
 * read or understood is renamed aside and reported in one line; nothing here throws.
 */
import {closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, statSync, unlinkSync, writeSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {readBytesSync, readReason} from '../load/read-file.js';
import {makeDirectory} from './private-directory.js';
import {sanitize} from '../text/sanitize.js';

/** Where state lives: `$XDG_STATE_HOME/sc-timeline`, else `~/.local/state/sc-timeline` (a relative XDG path is ignored, as the spec says). */
export function stateDirectory(env: Record<string, string | undefined> = process.env, home = os.homedir()): string {
	const xdg = env['XDG_STATE_HOME'];
	return path.join(xdg !== undefined && path.isAbsolute(xdg) ? xdg : path.join(home, '.local', 'state'), 'sc-timeline');
}

/** What a read gives: the value (or undefined when there is none yet), and a one-line message when the file was set aside. */
export type StateRead<T> = {value: T | undefined; message?: string};

const errorText = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));

/**
 * The most a state file may hold: far more than the history's and marks' own caps write, small
 * enough that reading one never stalls the explorer. A larger file (or a pipe, a device) is set aside.
 */
export const maxStateBytes = 1024 * 1024;

/** Temporary files older than this were left by a process that died mid-write; newer ones may belong to a live one. */
const staleTempMs = 60_000;

function removeStaleTemps(file: string): void {
	const dir = path.dirname(file);
	const prefix = `${path.basename(file)}.`;
	try {
		for (const name of readdirSync(dir)) {
			if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
			const temp = path.join(dir, name);
			if (Date.now() - statSync(temp).mtimeMs > staleTempMs) rmSync(temp, {force: true});
		}
	} catch {
		// Tidying is best effort: a directory that cannot be listed is reported by the read itself.
	}
}

/**
 * Reads and checks a state file. `parse` turns the JSON into the value or returns undefined when it
 * is not one. A missing file is no value and no message; an unreadable or corrupt one is renamed to
 * `<name>.corrupt-<time>` (so the next write starts afresh and nothing is lost) with a message.
 */
export function readStateFile<T>(file: string, what: string, parse: (json: unknown) => T | undefined): StateRead<T> {
	removeStaleTemps(file);
	let text: string;
	try {
		text = readBytesSync(file, {limit: maxStateBytes}).toString('utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {value: undefined};
		const blocker = fileInTheWay(path.dirname(file));
		if (blocker !== undefined) return {value: undefined, message: notKept(what, blocker)};
		return {value: undefined, message: setAside(file, what, readReason(error))};
	}
	let value: T | undefined;
	try {
		value = parse(JSON.parse(text));
	} catch {
		value = undefined;
	}
	if (value === undefined) return {value: undefined, message: setAside(file, what, 'it is not valid')};
	return {value};
}

/** The level of `directory` (or above it) that is a file where a folder should be, if any: nothing can be kept under it. */
function fileInTheWay(directory: string): string | undefined {
	for (let at = path.resolve(directory); ; at = path.dirname(at)) {
		try {
			if (!statSync(at).isDirectory()) return at;
		} catch {
			// Missing, or under a file: the level above says which.
		}
		if (path.dirname(at) === at) return undefined;
	}
}

/** Nothing of `what` can be read or saved: `blocker`, a file, stands where a folder of the state directory should be. */
const notKept = (what: string, blocker: string) => `${what} not kept: ${sanitize(blocker)} is a file, not a folder`;

function setAside(file: string, what: string, reason: string): string {
	const aside = `${file}.corrupt-${new Date().toISOString().replaceAll(':', '-')}`;
	try {
		renameSync(file, aside);
		return `${what}: ${reason}; set aside as ${path.basename(aside)}, starting afresh`;
	} catch (error) {
		return `${what}: ${reason}, and it could not be set aside (${errorText(error)}); not saving ${what} this run`;
	}
}

/** Writes `value` as JSON atomically (temp file, fsync, rename). Returns a one-line message on failure, else undefined. */
export function writeStateFile(file: string, what: string, value: unknown): string | undefined {
	const dir = path.dirname(file);
	const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`;
	let fd: number | undefined;
	try {
		makeDirectory(dir);
		fd = openSync(temp, 'wx', 0o600);
		writeSync(fd, `${JSON.stringify(value, null, '\t')}\n`);
		fsyncSync(fd);
		closeSync(fd);
		fd = undefined;
		renameSync(temp, file);
		return undefined;
	} catch (error) {
		try {
			if (fd !== undefined) closeSync(fd);
			rmSync(temp, {force: true});
		} catch {
			// Nothing was created, or nothing more can be done: the message below says what failed.
		}
		const blocker = fileInTheWay(dir);
		return blocker === undefined ? `${what}: cannot save to ${file} (${errorText(error)})` : notKept(what, blocker);
	}
}

/** A lock older than this, or whose writer is gone, was left by a process that died holding it. */
const staleLockMs = 10_000;
/** An empty lock older than this was left by a writer that died before writing its pid. */
const emptyLockMs = 100;
/** How long a writer waits for another to finish: a write takes milliseconds. */
const lockWaitMs = 1000;

function lockIsStale(lock: string): boolean {
	try {
		const age = Date.now() - statSync(lock).mtimeMs;
		if (age > staleLockMs) return true;
		const text = readBytesSync(lock, {limit: 32}).toString();
		// A writer puts its pid in the lock as soon as it has made it: empty for longer, it died in between.
		if (text === '') return age > emptyLockMs;
		const pid = Number(text);
		if (!Number.isInteger(pid) || pid <= 0) return false;
		process.kill(pid, 0);
		return false;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'ESRCH';
	}
}

/**
 * Runs `work` holding `<file>.lock` (created exclusively, holding the writer's pid), so two
 * explorers sharing a state directory take turns to read, merge and write. A lock held past
 * `lockWaitMs` is taken over; one that cannot be had at all (a directory that cannot be written,
 * which the write then reports) is done without.
 */
function withLock<T>(file: string, work: () => T): T {
	const lock = `${file}.lock`;
	let fd: number | undefined;
	const start = Date.now();
	try {
		makeDirectory(path.dirname(file));
		// Bounded: a lock that cannot be removed (a read-only directory) must not spin for ever.
		while (Date.now() - start < 2 * lockWaitMs) {
			try {
				fd = openSync(lock, 'wx', 0o600);
				writeSync(fd, String(process.pid));
				break;
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code !== 'EEXIST') break;
				// Held longer than any write takes (or by a writer killed before it wrote its pid): taken over.
				if (Date.now() - start >= lockWaitMs || lockIsStale(lock)) rmSync(lock, {force: true});
				else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
			}
		}
	} catch {
		// No lock to be had: the write below reports what is wrong with the directory.
	}
	try {
		return work();
	} finally {
		if (fd !== undefined) {
			closeSync(fd);
			try {
				unlinkSync(lock);
			} catch {
				// Taken over meanwhile by a writer that found it overdue: theirs to remove.
			}
		}
	}
}

/**
 * Reads the state file as it is now, merges this process's `value` into it (`merge`) and writes the
 * result, all under the file's lock, so another explorer's changes made meanwhile are kept. An
 * unreadable or corrupt file counts as none. Returns a one-line message on failure, else undefined.
 */
export function updateStateFile<T>(file: string, what: string, parse: (json: unknown) => T | undefined, merge: (current: T | undefined) => unknown): string | undefined {
	return withLock(file, () => {
		let current: T | undefined;
		try {
			current = parse(JSON.parse(readBytesSync(file, {limit: maxStateBytes}).toString('utf8')));
		} catch {
			current = undefined;
		}
		return writeStateFile(file, what, merge(current));
	});
}
