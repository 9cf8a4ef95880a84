#!/usr/bin/env node
// Installing the package as a user would: `npm pack`, then `npm install` of the tarball into an
// empty project (as test/pack.test.ts does), timed, counting the packages it adds and whether npm
// printed anything (an advisory about install scripts, a deprecation). Standalone:
// `node scripts/bench-install.mjs`; scripts/bench.mjs imports `benchInstall`.
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {fileURLToPath} from 'node:url';
import path from 'node:path';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Targets: the tarball adds one package (itself); npm has nothing to say. */
export const installTargets = {packages: 1, warnings: 0};

const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Runs npm quietly, returning its output. */
function npm(args, cwd) {
	return execFileSync('npm', [...args, '--no-audit', '--no-fund'], {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, npm_config_yes: 'true'}});
}

/** Packs and installs the tarball once; rows: packages added, seconds for the install, lines npm warned. */
export async function benchInstall() {
	const work = mkdtempSync(path.join(tmpdir(), 'sc-bench-install-'));
	try {
		npm(['pack', '--ignore-scripts', '--loglevel=error', '--pack-destination', work], root);
		const tarball = readdirSync(work).find(name => name.endsWith('.tgz'));
		if (tarball === undefined) throw new Error('npm pack wrote no tarball');
		const project = path.join(work, 'project');
		mkdirSync(project);
		writeFileSync(path.join(project, 'package.json'), '{"name": "try-sc-timeline", "private": true}\n');
		const started = performance.now();
		const install = spawnSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', path.join(work, tarball)], {cwd: project, encoding: 'utf8'});
		const seconds = (performance.now() - started) / 1000;
		if (install.status !== 0) throw new Error(`npm install failed: ${install.stderr.split('\n')[0]}`);
		// What npm says on stderr: advisories about install scripts, deprecations, warnings. Left aside: npm 11's
		// note on the package's own `prepare` (it builds dist/ in a clone): npm counts `prepare` as an install
		// script only for sources outside the registry, such as this local tarball, and never runs it for one.
		const own = /^npm warn install-scripts( +sc-timeline@| \d+ package has install scripts|$| Run `npm install-scripts ls`)/;
		const lines = install.stderr.split('\n').filter(line => line.trim() !== '');
		const warnings = lines.every(line => own.test(line)) ? '' : lines.join('\n');
		const installed = readdirSync(path.join(project, 'node_modules')).filter(name => !name.startsWith('.'));
		return [
			{name: 'install: packages the tarball adds to an empty project', value: installed.length, target: installTargets.packages, unit: ''},
			{name: 'install: npm install of the tarball, seconds', value: round(seconds), target: null, unit: ' s'},
			{name: 'install: lines npm prints on stderr (advisories, warnings)', value: warnings === '' ? 0 : warnings.split('\n').length, target: installTargets.warnings, unit: ''},
		];
	} finally {
		rmSync(work, {recursive: true, force: true});
	}
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const {formatRows} = await import('./bench-startup.mjs');
	console.log(formatRows(await benchInstall()));
}
