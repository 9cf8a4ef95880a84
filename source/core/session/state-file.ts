/**
 * Small JSON files the program keeps for the user between runs (search history, marks), in
 * `$XDG_STATE_HOME/sc-timeline/` (by default `~/.local/state/sc-timeline/`). Written atomically:
 * a temporary file in the same directory, flushed to disk, then renamed over the old one, so a
 * crash or a kill leaves the old contents or the new, never half of them. A file that cannot be
 * read or understood is renamed aside and reported in one line; nothing here throws.
 */
import {closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Where state lives: `$XDG_STATE_HOME/sc-timeline`, else `~/.local/state/sc-timeline` (a relative XDG path is ignored, as the spec says). */
export function stateDirectory(env: Record<string, string | undefined> = process.env, home = os.homedir()): string {
	const xdg = env['XDG_STATE_HOME'];
	return path.join(xdg !== undefined && path.isAbsolute(xdg) ? xdg : path.join(home, '.local', 'state'), 'sc-timeline');
}

/** What a read gives: the value (or undefined when there is none yet), and a one-line message when the file was set aside. */
export type StateRead<T> = {value: T | undefined; message?: string};

const errorText = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));

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
		text = readFileSync(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {value: undefined};
		return {value: undefined, message: setAside(file, what, `cannot read it (${errorText(error)})`)};
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
		mkdirSync(dir, {recursive: true, mode: 0o700});
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
		return `${what}: cannot save to ${file} (${errorText(error)})`;
	}
}
