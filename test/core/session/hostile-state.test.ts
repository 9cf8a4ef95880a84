/**
 * State files that are not what they should be (a named pipe, a link to /dev/zero, a huge file, a
 * directory under /proc), and two explorers writing the same files: each read ends at once with
 * one line, nothing written by one explorer is lost to the other.
 */
import {afterEach, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {addToHistory, readHistory, writeHistory} from '../../../source/core/session/history.js';
import {readMarks, setMark, writeMarks} from '../../../source/core/session/marks.js';
import {maxStateBytes} from '../../../source/core/session/state-file.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
let dir: string;
beforeEach(() => {
	dir = mkdtempSync(path.join(tmpdir(), 'sc-hostile-state-'));
});
afterEach(() => rmSync(dir, {recursive: true, force: true}));

/**
 * Runs `body` (using readHistory, writeHistory, readMarks, writeMarks) in a child process, killed
 * after 2 s: a read that blocks or a directory loop must not take the test runner with it.
 */
let scripts: string;
beforeAll(() => {
	scripts = mkdtempSync(path.join(tmpdir(), 'sc-hostile-scripts-'));
});
async function inChild(body: string): Promise<{code: number | null; stdout: string}> {
	const file = path.join(scripts, `child-${Math.random().toString(36).slice(2)}.mjs`);
	const source = `
		import {readHistory, writeHistory} from ${JSON.stringify(path.join(root, 'source/core/session/history.ts'))};
		import {readMarks, writeMarks} from ${JSON.stringify(path.join(root, 'source/core/session/marks.ts'))};
		const out = value => process.stdout.write(JSON.stringify(value) + '\\n');
		${body}`;
	await build({stdin: {contents: source, resolveDir: root, loader: 'ts'}, bundle: true, platform: 'node', format: 'esm', outfile: file, logLevel: 'warning'});
	const result = spawnSync(process.execPath, [file], {encoding: 'utf8', timeout: 2000, killSignal: 'SIGKILL'});
	return {code: result.status, stdout: result.stdout};
}

describe('a state file that is not a regular file', () => {
	it('a named pipe or a link to /dev/zero as the history file is set aside at once, with one line', async () => {
		const fifo = path.join(dir, 'fifo', 'history.json');
		execFileSync('mkdir', [path.dirname(fifo)]);
		execFileSync('mkfifo', [fifo]);
		const zero = path.join(dir, 'zero', 'history.json');
		execFileSync('mkdir', [path.dirname(zero)]);
		symlinkSync('/dev/zero', zero);
		const result = await inChild(`out(readHistory(${JSON.stringify(fifo)})); out(readHistory(${JSON.stringify(zero)}));`);
		expect(result.code).toBe(0);
		const [fromFifo, fromZero] = result.stdout
			.trim()
			.split('\n')
			.map(line => JSON.parse(line));
		expect(fromFifo).toEqual({queries: [], message: expect.stringMatching(/^search history: cannot read: is a named pipe, expected a file; set aside as history\.json\.corrupt-/)});
		expect(fromZero).toEqual({queries: [], message: expect.stringMatching(/^search history: cannot read: is a device, expected a file; set aside as history\.json\.corrupt-/)});
		// Set aside, so the next save starts a regular file.
		expect(writeHistory(['after'], fifo)).toBeUndefined();
		expect(readHistory(fifo)).toEqual({queries: ['after']});
	});

	it('a marks file past the size cap is set aside without being read', () => {
		const file = path.join(dir, 'marks.json');
		writeFileSync(file, `{"version":1,"timelines":{"/x":{"a":"${'e'.repeat(maxStateBytes)}"}}}`);
		expect(readMarks('/x', file)).toEqual({marks: {}, message: expect.stringMatching(/^marks: file is 1025 KB, larger than the 1024 KB limit; set aside as marks\.json\.corrupt-/)});
		expect(existsSync(file)).toBe(false);
	});

	it('a state directory under /proc, where a recursive mkdir loops, is a message on the first write', async () => {
		const result = await inChild(`
			out(writeHistory(['x'], '/proc/sc-timeline/history.json'));
			out(writeMarks('/data/a.json', {a: 'e1'}, '/proc/self/sc-timeline/marks.json'));`);
		expect(result.code).toBe(0);
		const [history, marks] = result.stdout
			.trim()
			.split('\n')
			.map(line => JSON.parse(line));
		expect(history).toMatch(/^search history: cannot save to \/proc\/sc-timeline\/history\.json \(E[A-Z]+\)$/);
		expect(marks).toMatch(/^marks: cannot save to \/proc\/self\/sc-timeline\/marks\.json \(E[A-Z]+\)$/);
	});
});

describe('two explorers sharing a state directory', () => {
	it("keep both explorers' searches and marks, whichever saves last", () => {
		const history = path.join(dir, 'history.json');
		const marks = path.join(dir, 'marks.json');
		const timeline = '/data/case.json';
		expect(writeHistory(['older'], history)).toBeUndefined();
		// Both open: each reads the same files.
		const a = {queries: readHistory(history).queries, marks: readMarks(timeline, marks).marks};
		const b = {queries: readHistory(history).queries, marks: readMarks(timeline, marks).marks};
		// A searches and marks, and saves; then B does, from what it read at the start.
		const aQueries = addToHistory(a.queries, 'police');
		expect(writeHistory(aQueries, history, a.queries)).toBeUndefined();
		expect(writeMarks(timeline, setMark(a.marks, 'a', 'police-report'), marks, a.marks)).toBeUndefined();
		const bQueries = addToHistory(b.queries, 'letter');
		expect(writeHistory(bQueries, history, b.queries)).toBeUndefined();
		expect(writeMarks(timeline, setMark(b.marks, 'b', 'letter-wont-sign'), marks, b.marks)).toBeUndefined();

		expect(readHistory(history).queries).toEqual(['letter', 'police', 'older']);
		expect(readMarks(timeline, marks).marks).toEqual({a: 'police-report', b: 'letter-wont-sign'});
	});

	it('the bundled story keeps its marks whichever folder the explorer starts in', async () => {
		const marks = path.join(dir, 'marks.json');
		const inFolder = async (cwd: string) => {
			const file = path.join(scripts, `cwd-${Math.random().toString(36).slice(2)}.mjs`);
			const source = `
				import {readMarks, writeMarks} from ${JSON.stringify(path.join(root, 'source/core/session/marks.ts'))};
				import {bundledName} from ${JSON.stringify(path.join(root, 'source/core/load/bundled-story.ts'))};
				const [, , action, marks] = process.argv;
				if (action === 'write') writeMarks(bundledName, {a: 'letter-wont-sign'}, marks);
				process.stdout.write(JSON.stringify(readMarks(bundledName, marks).marks));`;
			await build({stdin: {contents: source, resolveDir: root, loader: 'ts'}, bundle: true, platform: 'node', format: 'esm', outfile: file, logLevel: 'warning'});
			return (action: string) => spawnSync(process.execPath, [file, action, marks], {cwd, encoding: 'utf8', timeout: 10_000}).stdout;
		};
		const one = mkdtempSync(path.join(dir, 'one-'));
		const two = mkdtempSync(path.join(dir, 'two-'));
		expect((await inFolder(one))('write')).toBe('{"a":"letter-wont-sign"}');
		expect((await inFolder(two))('read')).toBe('{"a":"letter-wont-sign"}');
	});
});

describe('history and bidi controls', () => {
	it('keeps no query holding a bidi control or a line separator, typed or in a tampered file', () => {
		const file = path.join(dir, 'history.json');
		const hostile = ['abc\u202Edef', 'x\u2066y\u2069', 'one\u2028two', 'para\u2029graph'];
		expect(writeHistory(['fine', ...hostile], file)).toBeUndefined();
		expect(readHistory(file).queries).toEqual(['fine']);
		writeFileSync(file, JSON.stringify({version: 1, queries: [...hostile, 'kept']}));
		expect(readHistory(file).queries).toEqual(['kept']);
	});
});
