/**
 * Packs the package as npm would publish it, installs the tarball into an empty project and runs
 * the installed `sc-timeline`: catches files missing from `files` and a bin that does not start.
 */
import {describe, expect, it} from 'vitest';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, writeFileSync, readdirSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = (args: string[], cwd: string) => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], {cwd, encoding: 'utf8', env: {...process.env, npm_config_yes: 'true'}});

describe('the published package', () => {
	it('installs from its tarball and runs', {timeout: 240_000}, () => {
		const work = mkdtempSync(path.join(tmpdir(), 'sc-pack-'));
		npm(['pack', '--ignore-scripts', '--pack-destination', work], root);
		const tarball = readdirSync(work).find(name => name.endsWith('.tgz'));
		expect(tarball).toBeDefined();
		const project = path.join(work, 'project');
		execFileSync('mkdir', [project]);
		writeFileSync(path.join(project, 'package.json'), '{"name": "try-sc-timeline", "private": true}\n');
		npm(['install', '--prefer-offline', path.join(work, tarball!)], project);
		// Everything the program runs is bundled in dist/: installing it adds this one package and nothing else.
		const installed = readdirSync(path.join(project, 'node_modules')).filter(name => !name.startsWith('.'));
		expect(installed).toEqual(['sc-timeline']);
		const bin = path.join(project, 'node_modules', '.bin', 'sc-timeline');
		// Its code cache goes with the throwaway install, not into the user's cache beside the real one.
		const run = (...args: string[]) => execFileSync(bin, args, {cwd: project, encoding: 'utf8', input: '', env: {...process.env, NO_COLOR: '1', XDG_CACHE_HOME: path.join(work, 'cache')}});
		expect(run('--version').trim()).toMatch(/^\d+\.\d+\.\d+/);
		expect(run('summary')).toContain('Secure Communities in Massachusetts');
	});

	it('declares no runtime dependencies, and approves every install script its build and tests need', () => {
		const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {dependencies?: object};
		expect(pkg.dependencies ?? {}).toEqual({});
		// npm 11 warns about, and npm 12 skips, install scripts that `allowScripts` does not cover.
		const unreviewed = JSON.parse(npm(['install-scripts', 'ls', '--json'], root)) as {allowScripts: unknown[]};
		expect(unreviewed.allowScripts).toEqual([]);
	});
});
