import {afterAll, describe, expect, it, vi} from 'vitest';
import {spawnSync} from 'node:child_process';
import {appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import pty from 'node-pty';
import {cliPath, runCli} from '../helpers/run-cli.js';
import {displayWidth} from '../../source/core/text/width.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sc-timeline-pipes-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

/** A TimelineJS file far larger than a pipe's buffer, so a reader that stops early makes the writer hit EPIPE. */
const big = path.join(dir, 'big.json');
const bundledFile = fileURLToPath(new URL('../../data/secure-communities.json', import.meta.url));
const seedFile = fileURLToPath(new URL('../fixtures/seeds/000_732e1aff2319cb26.txt', import.meta.url));
writeFileSync(
	big,
	JSON.stringify({
		title: {text: {headline: 'Big'}},
		events: Array.from({length: 4000}, (_, i) => ({
			start_date: {year: 2000 + (i % 20), month: 1 + (i % 12)},
			text: {headline: `Event ${i}`, text: `<p>Paragraph of event ${i}, long enough to fill the pipe quickly.</p>`},
		})),
	}),
);

const baseEnv = (() => {
	const env: Record<string, string> = {};
	for (const [key, value] of Object.entries(process.env)) if (value !== undefined && !['NO_COLOR', 'FORCE_COLOR', 'CI'].includes(key)) env[key] = value;
	return env;
})();

/** Runs a shell pipeline (bash, with pipefail so a failing sc-timeline fails the pipeline). */
function shell(script: string, env: Record<string, string> = {}) {
	const result = spawnSync('bash', ['-o', 'pipefail', '-c', script], {env: {...baseEnv, CLI: cliPath, ...env}, encoding: 'utf8', timeout: 15_000});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

/** Runs sc-timeline in a pseudo-terminal of `cols` columns; resolves with everything it drew once it exits. */
async function inTerminal(args: string[], {cols = 80, env = {}}: {cols?: number; env?: Record<string, string>} = {}) {
	const child = pty.spawn(process.execPath, [cliPath, ...args], {cols, rows: 40, env: {...baseEnv, TERM: 'xterm-256color', ...env}});
	let output = '';
	child.onData(data => {
		output += data;
	});
	const code = await new Promise<number>(resolve => child.onExit(({exitCode}) => resolve(exitCode)));
	return {code, output: () => output};
}

describe('printed output in pipes', () => {
	it('`sc-timeline | cat` prints the summary', () => {
		const {code, stdout, stderr} = shell('node "$CLI" | cat');
		expect(code).toBe(0);
		expect(stderr).toBe('');
		expect(stdout).toBe(runCli(['summary']).stdout);
		expect(stdout.split('\n')[0]).toBe('Secure Communities in Massachusetts');
	});

	it('`summary | head -1` ends quietly: exit 0, nothing on stderr', () => {
		const {code, stdout, stderr} = shell('node "$CLI" summary | head -1');
		expect({code, stdout, stderr}).toEqual({code: 0, stdout: 'Secure Communities in Massachusetts\n', stderr: ''});
	});

	it('a reader that leaves in the middle of a large output (EPIPE) still means exit 0 and an empty stderr', () => {
		for (const command of ['summary', 'events', 'export', 'export -f markdown', 'summary -f json']) {
			const {code, stdout, stderr} = shell(`node "$CLI" --data "${big}" ${command} | head -1`);
			expect({command, code, stderr}).toEqual({command, code: 0, stderr: ''});
			expect(stdout.split('\n')).toHaveLength(2);
		}
	});

	it('output redirected into a file is complete', () => {
		const file = path.join(dir, 'out.md');
		const {code} = shell(`node "$CLI" --data "${big}" export -f markdown > "${file}"`);
		expect(code).toBe(0);
		const written = readFileSync(file, 'utf8');
		expect(written).toBe(runCli(['--data', big, 'export', '-f', 'markdown']).stdout);
		expect(written.match(/^### Event \d+$/gm)).toHaveLength(4000);
		expect(written.endsWith('- Imported from TimelineJS JSON.\n')).toBe(true);
	});

	it('never colours a pipe unless FORCE_COLOR asks; NO_COLOR and --no-color win over it; JSON is never coloured', () => {
		const esc = '\u001B';
		expect(runCli(['summary']).stdout).not.toContain(esc);
		expect(runCli(['summary'], {env: {FORCE_COLOR: '1'}}).stdout).toContain(esc);
		for (const command of ['summary', 'events', 'show']) {
			const args = command === 'show' ? ['show', JSON.parse(runCli(['events', '-f', 'json']).stdout)[0].id as string] : [command];
			expect(runCli(args, {env: {FORCE_COLOR: '1', NO_COLOR: '1'}}).stdout).not.toContain(esc);
			expect(runCli([...args, '--no-color'], {env: {FORCE_COLOR: '1'}}).stdout).not.toContain(esc);
			expect(runCli([...args, '-f', 'json'], {env: {FORCE_COLOR: '1'}}).stdout).not.toContain(esc);
		}
	});
});

describe('printed output on a terminal', () => {
	it('is coloured on a colour terminal and wrapped to its columns', async () => {
		const run = await inTerminal(['summary'], {cols: 50});
		expect(run.code).toBe(0);
		await vi.waitFor(() => expect(run.output()).toContain('Administration releases'));
		expect(run.output()).toContain('\u001B[');
		const lines = run
			.output()
			.replace(/\u001B\[[\d;]*m/g, '')
			.split('\r\n');
		for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(50);
		expect(lines.some(line => displayWidth(line) > 40)).toBe(true);
	});

	it('writes no escape byte under NO_COLOR or TERM=dumb', async () => {
		const cases: Array<Record<string, string>> = [{NO_COLOR: '1'}, {TERM: 'dumb'}];
		for (const env of cases) {
			const run = await inTerminal(['summary'], {env});
			expect(run.code).toBe(0);
			await vi.waitFor(() => expect(run.output()).toContain('Administration releases'));
			expect(run.output()).not.toContain('\u001B');
		}
	});
});

describe('printed commands and the explorer', () => {
	it('the built entry reaches the explorer (Ink, React) only through one require of dist/ui.cjs, made when it opens', () => {
		const seen = new Set<string>();
		const explorerFile = path.join(path.dirname(cliPath), 'ui.cjs');
		const visit = (file: string) => {
			if (seen.has(file) || file === explorerFile) return;
			seen.add(file);
			const source = readFileSync(file, 'utf8');
			for (const [, target] of source.matchAll(/require\("(\.[^"]+)"\)/g)) visit(path.resolve(path.dirname(file), target ?? ''));
		};
		visit(cliPath);
		expect([...seen].map(file => path.relative(path.dirname(cliPath), file)).sort()).toEqual(
			[
				'cli.cjs',
				'main.cjs',
				'load.cjs',
				'locate.cjs',
				'open.cjs',
				'sheet-rules.cjs',
				...['diff', 'events', 'export', 'search', 'show', 'summary', 'check', 'source', 'cite', 'init'].map(name => `commands/${name}.cjs`),
			].sort(),
		);
		for (const file of seen) expect(readFileSync(file, 'utf8')).not.toMatch(/^\/\/ node_modules\/(ink|react|react-reconciler|yoga-layout)\//m);
		// The explorer is there, required in one place: the branch of main() that opens it.
		expect(readFileSync(explorerFile, 'utf8')).toMatch(/^\/\/ node_modules\/ink\//m);
		const main = readFileSync(path.join(path.dirname(cliPath), 'main.cjs'), 'utf8');
		expect(main.match(/require\("\.\/ui\.cjs"\)/g)).toHaveLength(1);
		// Inside that branch: only lines indented deeper than its `if` come before it.
		expect(main).toMatch(/\n( +)if \(explorer\) \{\n(?:\1 +.*\n)*\1 +const \{ runExplorer \} = await Promise\.resolve\(\)\.then\(\(\) => __toESM\(require\("\.\/ui\.cjs"\)/);
	});

	it('running a printed command loads no explorer module (checked with module-loading hooks)', () => {
		const log = path.join(dir, 'loaded.txt');
		const hooks = path.join(dir, 'hooks.mjs');
		writeFileSync(
			hooks,
			`import {appendFileSync} from 'node:fs';\nexport async function load(url, context, next) {\n\tappendFileSync(${JSON.stringify(log)}, url + '\\n');\n\treturn next(url, context);\n}\n`,
		);
		const register = path.join(dir, 'register.mjs');
		writeFileSync(register, `import {register} from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
		// CommonJS files do not pass through the ES module hooks: log what require() loads as well.
		const requires = path.join(dir, 'requires.cjs');
		writeFileSync(
			requires,
			`const Module = require('node:module');\nconst {appendFileSync} = require('node:fs');\nconst load = Module._load;\nModule._load = function (request, parent, isMain) {\n\tif (request.startsWith('.') || request.startsWith('/')) appendFileSync(${JSON.stringify(log)}, Module._resolveFilename(request, parent, isMain) + '\\n');\n\treturn load.apply(this, arguments);\n};\n`,
		);
		for (const [args, command] of [
			[['summary'], 'summary'],
			[['events'], 'events'],
			[['export', '-f', 'markdown'], 'export'],
			[[], 'summary'],
			[['check', bundledFile], 'check'],
			[['cite', 'mandatory'], 'cite'],
			[['source', seedFile], 'source'],
		] as const) {
			rmSync(log, {force: true});
			appendFileSync(log, '');
			const result = spawnSync(process.execPath, ['--require', requires, '--import', pathToFileURL(register).href, cliPath, ...args], {env: baseEnv, encoding: 'utf8'});
			expect(result.status).toBe(0);
			const loaded = readFileSync(log, 'utf8').trim().split('\n');
			expect(loaded).toContain(cliPath);
			expect(loaded).toContain(path.join(path.dirname(cliPath), 'commands', `${command}.cjs`));
			expect(loaded.filter(file => /ui\.c?js$|chunks\/|node_modules[\\/](ink|react)[\\/]/.test(file))).toEqual([]);
			// The position-keeping JSON parser is loaded only to place a problem: never for a clean file.
			expect(loaded).not.toContain(path.join(path.dirname(cliPath), 'locate.cjs'));
		}
	});
});
