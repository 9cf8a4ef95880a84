/**
 * The code cache the command line keeps under the user's cache directory (source/compile-cache.ts):
 * it is written, used, and never a reason for a command to fail or to print anything else.
 */
import {describe, expect, it} from 'vitest';
import {spawnSync} from 'node:child_process';
import {cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {cliPath, runCli} from '../helpers/run-cli.js';
import {cacheDirectory} from '../../source/compile-cache.js';

const fresh = () => mkdtempSync(path.join(tmpdir(), 'sc-cache-'));
/** The one installation's cache directory under `home` (each installation keeps its own). */
function installationDir(home: string): string {
	const [only, ...more] = readdirSync(path.join(home, 'sc-timeline'));
	expect(more).toEqual([]);
	return path.join(home, 'sc-timeline', only!);
}
const expected = runCli(['show', 'letter-wont-sign'], {env: {XDG_CACHE_HOME: fresh()}});

/** `show letter-wont-sign` with the cache in `home`; its result must be the same as ever. */
function showWith(env: Record<string, string | undefined>): void {
	const run = runCli(['show', 'letter-wont-sign'], {env});
	expect(run).toEqual(expected);
}

// Node 22.1 and later keep their own cache (module.enableCompileCache), in files of their own naming:
// the cache files this command line writes itself, tested below, exist only on the Node versions before.
const ownCache = !('enableCompileCache' in (await import('node:module')).default);
/** A test of the command line's own cache files: skipped (and reported so) where Node keeps the cache itself. */
const ownCacheIt = it.skipIf(!ownCache);
/** As root a directory's mode does not stop a write, so a test of an unwritable directory could not fail: skipped there. */
const asUserIt = it.skipIf(process.getuid?.() === 0);

describe('the code cache', () => {
	it('prints the same with no cache, a cache being made, and a cache made earlier', () => {
		expect(expected.code).toBe(0);
		expect(expected.stdout).toContain("Letter: Patrick won't sign");
		expect(expected.stderr).toBe('');
		const home = fresh();
		showWith({XDG_CACHE_HOME: home});
		expect(readdirSync(installationDir(home)).length).toBeGreaterThan(0);
		showWith({XDG_CACHE_HOME: home});
	});

	ownCacheIt('keeps one cache file per built file it ran, named for its content and the Node version', () => {
		const home = fresh();
		showWith({XDG_CACHE_HOME: home});
		const names = readdirSync(installationDir(home)).sort();
		expect(names.map(name => name.replace(/-[0-9a-f]{16}-/, '-HASH-'))).toEqual(['commands-show.cjs', 'main.cjs'].map(name => `${name}-HASH-${process.version}-${process.arch}.v8`));
	});

	ownCacheIt('replaces a corrupt or foreign cache file, and removes one left by an earlier build', () => {
		const home = fresh();
		showWith({XDG_CACHE_HOME: home});
		const dir = installationDir(home);
		const [show, main] = ['commands-show.cjs', 'main.cjs'].map(prefix => readdirSync(dir).find(name => name.startsWith(prefix))!);
		const good = readFileSync(path.join(dir, main!));
		// Garbage, a cache cut short, and the cache of another file, each under the name of main.cjs's.
		for (const data of [Buffer.from('not a code cache'), good.subarray(0, good.length / 2), readFileSync(path.join(dir, show!))]) {
			writeFileSync(path.join(dir, main!), data);
			showWith({XDG_CACHE_HOME: home});
			// V8 refused it, so the run made a new one.
			expect(readFileSync(path.join(dir, main!)).equals(data)).toBe(false);
		}
		const earlier = main!.replace(/-[0-9a-f]{16}-/, '-0123456789abcdef-');
		writeFileSync(path.join(dir, earlier), good);
		writeFileSync(path.join(dir, main!), 'x');
		showWith({XDG_CACHE_HOME: home});
		expect(readdirSync(dir)).not.toContain(earlier);
	});

	ownCacheIt('keeps the caches of two installations used in turn apart', () => {
		const home = fresh();
		const other = path.join(fresh(), 'package');
		cpSync(path.join(path.dirname(cliPath), '..', 'dist'), path.join(other, 'dist'), {recursive: true});
		cpSync(path.join(path.dirname(cliPath), '..', 'data'), path.join(other, 'data'), {recursive: true});
		const run = (cli: string) => spawnSync(process.execPath, [cli, '--version'], {env: {...process.env, XDG_CACHE_HOME: home}, encoding: 'utf8'});
		run(cliPath);
		const first = readdirSync(path.join(home, 'sc-timeline'));
		expect(run(path.join(other, 'dist', 'cli.cjs')).stdout).toBe(run(cliPath).stdout);
		const both = readdirSync(path.join(home, 'sc-timeline'));
		expect(both).toHaveLength(2);
		expect(both).toEqual(expect.arrayContaining(first));
		for (const dir of both) expect(readdirSync(path.join(home, 'sc-timeline', dir))).toHaveLength(1);
	});

	ownCacheIt('removes a temporary file left by a run killed while writing, and the directory of an installation long unused', () => {
		const home = fresh();
		const root = path.join(home, 'sc-timeline');
		const gone = path.join(root, '0badc0de');
		mkdirSync(gone, {recursive: true});
		writeFileSync(path.join(gone, 'main.cjs-0123456789abcdef-v20.0.0-x64.v8'), 'old');
		const month = new Date(Date.now() - 31 * 24 * 60 * 60 * 1000);
		utimesSync(gone, month, month);
		showWith({XDG_CACHE_HOME: home});
		const dir = installationDir(home);
		const left = path.join(dir, `${readdirSync(dir)[0]}.4242.tmp`);
		writeFileSync(left, 'cut short');
		utimesSync(left, month, month);
		// A cache of another build is written by the next run, which clears up beside it.
		writeFileSync(path.join(dir, readdirSync(dir).find(name => name.startsWith('main.cjs'))!), 'x');
		showWith({XDG_CACHE_HOME: home});
		expect(readdirSync(root)).toEqual([path.basename(dir)]);
		expect(readdirSync(dir).filter(name => name.endsWith('.tmp'))).toEqual([]);
	});

	it('runs as ever when the cache cannot be written: a cache directory that is a file, a home that is not a directory', () => {
		const blocker = path.join(fresh(), 'file');
		writeFileSync(blocker, 'not a directory');
		showWith({XDG_CACHE_HOME: blocker});
		showWith({XDG_CACHE_HOME: undefined, HOME: path.join(blocker, 'home')});
		expect(readFileSync(blocker, 'utf8')).toBe('not a directory');
	});

	asUserIt('runs as ever when the cache directory is not writable by the user', () => {
		const home = fresh();
		const dir = path.join(home, 'sc-timeline');
		mkdirSync(dir, {mode: 0o500});
		showWith({XDG_CACHE_HOME: home});
	});
});

describe('cacheDirectory', () => {
	it('is $XDG_CACHE_HOME/sc-timeline, else ~/.cache/sc-timeline; a relative XDG path is ignored, no home means no cache', () => {
		expect(cacheDirectory({XDG_CACHE_HOME: '/c'}, () => '/home/u')).toBe(path.join('/c', 'sc-timeline'));
		expect(cacheDirectory({XDG_CACHE_HOME: 'relative'}, () => '/home/u')).toBe(path.join('/home/u', '.cache', 'sc-timeline'));
		expect(cacheDirectory({}, () => '/home/u')).toBe(path.join('/home/u', '.cache', 'sc-timeline'));
		expect(cacheDirectory({}, () => '')).toBeUndefined();
		expect(
			cacheDirectory({}, () => {
				throw new Error('no passwd entry');
			}),
		).toBeUndefined();
	});
});
