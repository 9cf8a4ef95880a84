/**
 * The code cache under attack (source/compile-cache.ts): a cache file forged by someone who can
 * write where it lives, a link planted at a temporary file's name, and a pipe or a device in place
 * of a cache file. Each run must print what the real program prints, quickly.
 */
import {describe, expect, it} from 'vitest';
import {execFileSync, spawnSync} from 'node:child_process';
import {chmodSync, chownSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {cliPath} from '../helpers/run-cli.js';

// Node 22.1 and later keep their own cache (module.enableCompileCache) and the files below do not exist.
const builtinCache = 'enableCompileCache' in (await import('node:module')).default;
const isRoot = process.getuid?.() === 0;

const fresh = () => mkdtempSync(path.join(tmpdir(), 'sc-cache-attack-'));
const version = JSON.parse(readFileSync(path.join(path.dirname(cliPath), '..', 'package.json'), 'utf8')).version as string;
/** What the forged code prints as its version: as long as the real one. */
const planted = 'FORGED-VERSION'.slice(0, version.length);

/** `sc-timeline --version` with the cache in `home`, ended after 2 s if it has not ended by itself. */
function versionWith(home: string) {
	const result = spawnSync(process.execPath, [cliPath, '--version'], {env: {...process.env, XDG_CACHE_HOME: home}, encoding: 'utf8', timeout: 2000, killSignal: 'SIGKILL'});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

/** The installation directory and main.cjs's cache file, made by one ordinary run. */
function madeCache(home: string): {dir: string; file: string} {
	expect(versionWith(home).stdout).toBe(`${version}\n`);
	const root = path.join(home, 'sc-timeline');
	const [installation] = readdirSync(root);
	const dir = path.join(root, installation!);
	const name = readdirSync(dir).find(entry => entry.startsWith('main.cjs-') && entry.endsWith('.v8'))!;
	return {dir, file: path.join(dir, name)};
}

/**
 * V8 code cache for a copy of dist/main.cjs altered to print `planted` as its version: the same
 * length, so V8, which checks only the length of the source, takes it for the real file's.
 */
function forgedCache(): Buffer {
	const main = path.join(path.dirname(cliPath), 'main.cjs');
	const forger = `
		const Module = require('node:module');
		const vm = require('node:vm');
		const fs = require('node:fs');
		const real = fs.readFileSync(${JSON.stringify(main)}, 'utf8');
		const forged = real.replace(${JSON.stringify(`"${version}" : "0.0.0-dev"`)}, ${JSON.stringify(`"${planted}" : "0.0.0-dev"`)});
		if (forged === real || forged.length !== real.length) throw new Error('nothing to forge');
		const script = new vm.Script(Module.wrap(forged), {filename: ${JSON.stringify(main)}});
		process.stdout.write(script.createCachedData().toString('base64'));`;
	return Buffer.from(execFileSync(process.execPath, ['-e', forger], {encoding: 'utf8'}), 'base64');
}

describe('the code cache against a hostile cache directory', () => {
	it.skipIf(builtinCache)('a forged cache file of the right length is not run from a directory others can write (Node before 22.1, which writes its own cache files)', () => {
		const forged = forgedCache();
		expect(forged.toString('latin1')).toContain(planted);

		// Where only the user can write, a cache file is trusted: the forgery works there, which shows it is a real one.
		const home = fresh();
		const {dir, file} = madeCache(home);
		writeFileSync(file, forged);
		expect(versionWith(home).stdout).toBe(`${planted}\n`);

		// A shared cache directory: anyone could have planted the file, so it is not used.
		for (const shared of [dir, path.dirname(dir)]) {
			const other = fresh();
			const made = madeCache(other);
			writeFileSync(made.file, forged);
			chmodSync(shared === dir ? made.dir : path.dirname(made.dir), 0o777);
			expect(versionWith(other)).toEqual({code: 0, stdout: `${version}\n`, stderr: ''});
			expect(readFileSync(made.file).equals(forged)).toBe(true);
		}
	});

	it.skipIf(builtinCache || !isRoot)('a cache directory owned by another user is not used (run as root, which can give a directory away)', () => {
		const home = fresh();
		const {dir, file} = madeCache(home);
		writeFileSync(file, forgedCache());
		chownSync(dir, 65534, 65534);
		expect(versionWith(home)).toEqual({code: 0, stdout: `${version}\n`, stderr: ''});
	});

	it.skipIf(builtinCache)('a link planted at any temporary file name the cache may use is not followed', () => {
		const home = fresh();
		const {dir, file} = madeCache(home);
		const target = path.join(fresh(), 'victim');
		writeFileSync(target, 'precious');
		// The next processes' ids are guessable: a link for each of the next few thousand.
		const last = Number(readFileSync('/proc/sys/kernel/ns_last_pid', 'utf8'));
		for (let pid = last + 1; pid <= last + 3000; pid++) symlinkSync(target, `${file}.${pid}.tmp`);
		rmSync(file);
		expect(versionWith(home).stdout).toBe(`${version}\n`);
		expect(readFileSync(target, 'utf8')).toBe('precious');
		// The cache was still written, under a name nobody could guess.
		expect(readdirSync(dir)).toContain(path.basename(file));
	});

	it('a cache directory under /proc, where a recursive mkdir loops on Node 20, is skipped: --version as ever', () => {
		expect(versionWith('/proc')).toEqual({code: 0, stdout: `${version}\n`, stderr: ''});
		expect(versionWith('/proc/self')).toEqual({code: 0, stdout: `${version}\n`, stderr: ''});
	});

	it.skipIf(builtinCache)('a named pipe, /dev/zero or a link to either in place of a cache file: --version ends in under 2 s, as ever', () => {
		const cases: Array<(file: string) => void> = [
			file => execFileSync('mkfifo', [file]),
			file => symlinkSync('/dev/zero', file),
			file => {
				const fifo = path.join(fresh(), 'fifo');
				execFileSync('mkfifo', [fifo]);
				symlinkSync(fifo, file);
			},
		];
		for (const plant of cases) {
			const home = fresh();
			const {file} = madeCache(home);
			rmSync(file);
			plant(file);
			// Killed at 2 s otherwise, with no exit code.
			expect(versionWith(home)).toEqual({code: 0, stdout: `${version}\n`, stderr: ''});
		}
	});
});
