/**
 * A V8 code cache for the command line's own CommonJS files (dist/main.cjs, dist/load.cjs,
 * dist/commands/*.cjs): compiling them is a large part of a printed command's start-up, and V8
 * can skip it, and the compiling of each function on its first call, given the code it made last
 * time. Node 22.1 and later do this themselves (`module.enableCompileCache`); on Node 20 each file
 * is compiled here through `vm.Script` with `cachedData`.
 *
 * The cache is an optimisation and never a reason to fail: a missing, unreadable, stale or
 * corrupt cache file, a read-only or missing home, all mean the file is compiled as usual.
 * Each cache file is named after the content hash of the file it was made from (computed at
 * build time) and the Node version, in a directory of its installation, so a file that changed
 * is never run with another's code; V8 also rejects a cache made by another V8 or with other
 * flags, and one cut short. Files are written whole or not at all (a temporary file renamed).
 *
 * V8 checks a cache only against the length of the source, so whoever can write a cache file can
 * make the program run code of their choosing; a checksum beside it would be forged as easily. The
 * defence is where the cache lives: every directory from `sc-timeline` down is created 0700 and
 * used only when it is owned by the user and writable by nobody else (as ssh treats `~/.ssh`);
 * otherwise the cache is skipped for the run, silently. Cache files are opened without following
 * links and read only if regular and of a sane size; temporary files are created exclusively,
 * without following links, under unpredictable names.
 */
import type Module from 'node:module';
import {closeSync, constants, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import {readBytesSync} from './core/load/read-file.js';
import {isPrivateDirectory, makeDirectory} from './core/session/private-directory.js';

/** Where the cache lives: `$XDG_CACHE_HOME/sc-timeline`, else `~/.cache/sc-timeline`; undefined without a home. */
export function cacheDirectory(env: Record<string, string | undefined> = process.env, home: () => string = os.homedir): string | undefined {
	const xdg = env['XDG_CACHE_HOME'];
	if (xdg !== undefined && path.isAbsolute(xdg)) return path.join(xdg, 'sc-timeline');
	try {
		const dir = home();
		return dir === '' ? undefined : path.join(dir, '.cache', 'sc-timeline');
	} catch {
		// No home directory (a user without a passwd entry): no cache.
		return undefined;
	}
}

/**
 * A short name for the installation in `directory` (FNV-1a of its path): each installation keeps its
 * cache files apart, so two versions used in turn (a global and a project's) do not remove each
 * other's, while a rebuild or an upgrade in place replaces its own.
 */
function installation(directory: string): string {
	let hash = 0x811c9dc5;
	for (let index = 0; index < directory.length; index++) hash = Math.imul(hash ^ directory.charCodeAt(index), 0x01000193);
	return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The cache file of the built file `name` (`commands/show.cjs`) of the installation in `directory`, whose content hash is `hash`, for this Node. */
function cacheFile(cache: string, directory: string, name: string, hash: string): string {
	return path.join(cache, installation(directory), `${name.replaceAll('/', '-')}-${hash}-${process.version}-${process.arch}.v8`);
}

/** Whether `other` is a cache file of the same built file as `file` (same name, Node and arch), from another hash. */
function isEarlier(file: string, other: string): boolean {
	const [, name, hash, rest] = /^(.+)-([0-9a-f]+)-(v[\d.]+-\w+\.v8)$/.exec(file) ?? [];
	if (name === undefined || hash === undefined || rest === undefined) return false;
	return other.startsWith(`${name}-`) && other.endsWith(`-${rest}`) && /^[0-9a-f]+$/.test(other.slice(name.length + 1, -rest.length - 1)) && other !== file;
}

/** A cache file larger than this is not one this program wrote (the largest is a few MB). */
const maxCacheBytes = 64 * 1024 * 1024;

/** Reads a cache file; undefined when there is none, it cannot be read, or it is a link, a pipe, a device or too large. */
function readCache(file: string): Buffer | undefined {
	try {
		return readBytesSync(file, {limit: maxCacheBytes, noFollow: true});
	} catch {
		return undefined;
	}
}

/**
 * Makes `directory` and every directory between it and `cache` (the `sc-timeline` folder) and
 * says whether all of them are private to the user; the cache is used only then.
 */
export function privateCache(cache: string, directory: string): boolean {
	try {
		makeDirectory(directory);
	} catch {
		return false;
	}
	const levels = [];
	for (let at = directory; ; at = path.dirname(at)) {
		levels.push(at);
		if (at === cache || path.dirname(at) === at) break;
	}
	return levels.every(level => isPrivateDirectory(level));
}

/** A temporary file older than this was left by a run that ended while writing (a kill): removed. */
const staleTempMs = 60_000;
/** An installation's cache directory not written to for this long is removed (30 days). */
const unusedInstallationMs = 30 * 24 * 60 * 60 * 1000;

/**
 * Writes `data` to `file` atomically (a temporary file renamed over it), so a reader sees the old
 * file, the new one or none, never a part; cache files of the same built file with another hash
 * (an earlier build) are removed, with other leftovers. Any failure leaves things as they were.
 */
function writeCache(file: string, data: Buffer): void {
	const temporary = `${file}.${Buffer.from(crypto.getRandomValues(new Uint8Array(8))).toString('hex')}.tmp`;
	let fd: number | undefined;
	try {
		fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
		writeSync(fd, data);
		closeSync(fd);
		fd = undefined;
		renameSync(temporary, file);
	} catch {
		try {
			if (fd !== undefined) closeSync(fd);
			rmSync(temporary, {force: true});
		} catch {
			// Nothing more can be done; the next run compiles again.
		}
		return;
	}
	removeLeftovers(file);
}

/**
 * Removes what is no longer of use beside a cache file just written: files of the same built file
 * from an earlier build, temporary files left by a run ended while writing, and the directories of
 * installations not written to for `unusedInstallationMs` (removed, or unused since; one that is
 * still used only compiles again once). Never fails.
 */
function removeLeftovers(file: string): void {
	const directory = path.dirname(file);
	const older = (entry: string, ms: number) => Date.now() - statSync(entry).mtimeMs > ms;
	try {
		for (const other of readdirSync(directory)) {
			const entry = path.join(directory, other);
			if (isEarlier(path.basename(file), other) || (other.endsWith('.tmp') && older(entry, staleTempMs))) rmSync(entry, {force: true});
		}
		for (const installation of readdirSync(path.dirname(directory))) {
			const entry = path.join(path.dirname(directory), installation);
			if (/^[0-9a-f]{8}$/.test(installation) && entry !== directory && older(entry, unusedInstallationMs)) rmSync(entry, {recursive: true, force: true});
		}
	} catch {
		// Left for a later run.
	}
}

type CompiledModule = Module & {_compile?: unknown};

/**
 * Compiles and runs the CommonJS file `filename` as `module`, as Node's own loader would, with the
 * code cache `cached` when V8 accepts it. Returns the script when the cache was missing or
 * rejected, for `createCachedData` once the run has compiled what it uses.
 */
function compileWithCache(loader: typeof Module, module: CompiledModule, filename: string, cached: Buffer | undefined): vm.Script | undefined {
	const source = readFileSync(filename, 'utf8');
	const script = new vm.Script(loader.wrap(source), {filename, cachedData: cached});
	const wrapper = script.runInThisContext({displayErrors: true}) as (...args: unknown[]) => void;
	const require = loader.createRequire(filename);
	wrapper.call(module.exports, module.exports, require, module, filename, path.dirname(filename));
	return cached === undefined || script.cachedDataRejected === true ? script : undefined;
}

/**
 * Installs the code cache for the built files in `directory` named in `hashes` (path relative to
 * `directory` → content hash), in `loader`: Node's CommonJS loader, `require('node:module')`, which
 * the entry passes as `module.constructor` (the same class, without loading the public module). Call before requiring any of them. On Node 22.1 and later Node's
 * own compile cache is turned on instead (it also covers the explorer's ES modules).
 */
export function installCompileCache(loader: typeof Module, directory: string, hashes: Readonly<Record<string, string>>, cache: string | undefined = cacheDirectory()): void {
	if (cache === undefined) return;
	const builtin = (loader as {enableCompileCache?: (dir: string) => unknown}).enableCompileCache;
	if (builtin !== undefined) {
		try {
			if (privateCache(cache, path.join(cache, 'node'))) builtin(path.join(cache, 'node'));
		} catch {
			// Without the cache, everything still runs.
		}
		return;
	}
	const own = path.join(cache, installation(directory));
	if (!privateCache(cache, own)) return;
	const pending: Array<{script: vm.Script; file: string}> = [];
	const extensions = (loader as unknown as {_extensions: Record<string, (module: CompiledModule, filename: string) => void>})._extensions;
	const ordinary = extensions['.cjs'] ?? extensions['.js']!;
	extensions['.cjs'] = (module, filename) => {
		const name = path.relative(directory, filename).split(path.sep).join('/');
		const hash = hashes[name];
		if (hash === undefined) return ordinary(module, filename);
		const file = cacheFile(cache, directory, name, hash);
		const script = compileWithCache(loader, module, filename, readCache(file));
		if (script !== undefined) pending.push({script, file});
	};
	const writePending = () => {
		for (const {script, file} of pending.splice(0)) {
			try {
				writeCache(file, script.createCachedData());
			} catch {
				// The next run compiles again.
			}
		}
	};
	// Written once the run has compiled the functions its start-up calls, so the cache holds them too:
	// at the first turn of the event loop, when a printed command has usually printed and the explorer
	// has drawn its first frame (synchronously, when it opens), so the writing delays neither; or on
	// the way out, whichever comes first. The timer keeps nothing alive.
	process.on('exit', writePending);
	setTimeout(writePending, 0).unref();
}
