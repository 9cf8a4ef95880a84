import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {addToHistory, capHistory, historyFile, historyLimits, historyStep, readHistory, writeHistory} from '../../../source/core/session/history.js';
import {stateDirectory} from '../../../source/core/session/state-file.js';
import {emptyJumps, jumpBack, jumpForward, readMarks, recordJump, setMark, writeMarks} from '../../../source/core/session/marks.js';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(path.join(tmpdir(), 'sc-state-'));
});
afterEach(() => rmSync(dir, {recursive: true, force: true}));

describe('state directory', () => {
	it('is $XDG_STATE_HOME/sc-timeline, else ~/.local/state/sc-timeline; a relative XDG path is ignored', () => {
		expect(stateDirectory({XDG_STATE_HOME: '/x/state'}, '/home/a')).toBe('/x/state/sc-timeline');
		expect(stateDirectory({}, '/home/a')).toBe('/home/a/.local/state/sc-timeline');
		expect(stateDirectory({XDG_STATE_HOME: 'rel'}, '/home/a')).toBe('/home/a/.local/state/sc-timeline');
	});
});

describe('search history', () => {
	it('keeps the most recent first, without repeats, across a write and a read', () => {
		let queries: string[] = [];
		for (const query of ['heffernan', 'mandatory', 'heffernan', '  ', 'actor:ice']) queries = addToHistory(queries, query);
		expect(queries).toEqual(['actor:ice', 'heffernan', 'mandatory']);
		const file = historyFile(path.join(dir, 'nested'));
		expect(writeHistory(queries, file)).toBeUndefined();
		expect(readHistory(file)).toEqual({queries});
		expect(readdirSync(path.dirname(file))).toEqual(['history.json']);
	});

	it('is capped in entries and in bytes, and drops a query too long to be typed', () => {
		const many = Array.from({length: 500}, (_, i) => `query ${i}`);
		expect(capHistory(many)).toHaveLength(historyLimits.entries);
		expect(capHistory(many)[0]).toBe('query 0');
		const big = Array.from({length: 150}, (_, i) => `${i} ${'x'.repeat(400)}`);
		const kept = capHistory(big);
		expect(kept.join('').length).toBeLessThanOrEqual(historyLimits.bytes);
		expect(kept.length).toBeGreaterThan(10);
		expect(capHistory(['y'.repeat(historyLimits.entryLength + 1), 'ok'])).toEqual(['ok']);
	});

	it('starts empty without a file, and says nothing', () => {
		expect(readHistory(path.join(dir, 'history.json'))).toEqual({queries: []});
	});

	it.each([
		['not JSON', '{"version": 1, "queries": ["trunc'],
		['the wrong shape', '{"version": 1, "queries": [1, 2]}'],
		['a future version', '{"version": 9, "queries": []}'],
	])('sets aside a file holding %s, with one line saying so, and starts afresh', (_, content) => {
		const file = path.join(dir, 'history.json');
		writeFileSync(file, content);
		const read = readHistory(file);
		expect(read.queries).toEqual([]);
		expect(read.message).toMatch(/^search history: it is not valid; set aside as history\.json\.corrupt-\d{4}-\d\d-\d\dT[\d-]+\.\d+Z, starting afresh$/);
		const aside = readdirSync(dir).find(name => name.startsWith('history.json.corrupt-'))!;
		expect(readFileSync(path.join(dir, aside), 'utf8')).toBe(content);
		expect(existsSync(file)).toBe(false);
		expect(writeHistory(['next'], file)).toBeUndefined();
		expect(readHistory(file)).toEqual({queries: ['next']});
	});

	it('an unreadable file or an unusable directory is a message, never a throw', () => {
		// A directory where the file should be cannot be read, whoever runs the test.
		const file = path.join(dir, 'history.json');
		mkdirSync(file);
		expect(readHistory(file)).toEqual({queries: [], message: expect.stringMatching(/^search history: cannot read: is a directory, expected a file; set aside as history\.json\.corrupt-/)});
		// A file where the state directory should be ($XDG_STATE_HOME naming a file): nothing can be read or saved, and the caller is told so in one line, naming the file in the way.
		const blocked = path.join(dir, 'blocked');
		writeFileSync(blocked, '');
		const notKept = (what: string) => `${what} not kept: ${blocked} is a file, not a folder`;
		expect(readHistory(path.join(blocked, 'sc-timeline', 'history.json'))).toEqual({queries: [], message: notKept('search history')});
		expect(writeHistory(['x'], path.join(blocked, 'sc-timeline', 'history.json'))).toBe(notKept('search history'));
		expect(writeHistory(['x'], path.join(blocked, 'history.json'))).toBe(notKept('search history'));
		expect(readMarks('/story.json', path.join(blocked, 'sc-timeline', 'marks.json'))).toEqual({marks: {}, message: notKept('marks')});
		expect(writeMarks('/story.json', {a: 'x'}, path.join(blocked, 'sc-timeline', 'marks.json'))).toBe(notKept('marks'));
		expect(readFileSync(blocked, 'utf8')).toBe('');
	});

	it('control characters in a tampered file come back inert', () => {
		const file = path.join(dir, 'history.json');
		writeFileSync(file, JSON.stringify({version: 1, queries: ['\u001B]52;c;SGVsbG8=\u0007evil', 'fine']}));
		const {queries} = readHistory(file);
		expect(queries).toHaveLength(2);
		for (const query of queries) expect(query).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
	});

	it('↑ walks to older queries and ↓ back to the line being typed', () => {
		const queries = ['c', 'b', 'a'];
		let at = -1;
		at = historyStep(queries, at, 1);
		at = historyStep(queries, at, 1);
		expect(queries[at]).toBe('b');
		at = historyStep(queries, historyStep(queries, at, 1), 1);
		expect(queries[at]).toBe('a');
		at = historyStep(queries, historyStep(queries, historyStep(queries, at, -1), -1), -1);
		expect(at).toBe(-1);
	});
});

describe('marks and the jump list', () => {
	it('keeps marks per timeline file between runs', () => {
		const file = path.join(dir, 'marks.json');
		const marks = setMark(setMark({}, 'a', 'letter-wont-sign'), '1', 'ignored');
		expect(marks).toEqual({a: 'letter-wont-sign'});
		expect(writeMarks('/data/one.json', marks, file)).toBeUndefined();
		expect(writeMarks('/data/two.json', {b: 'defenders-view'}, file)).toBeUndefined();
		expect(readMarks('/data/one.json', file)).toEqual({marks});
		expect(readMarks('/data/two.json', file)).toEqual({marks: {b: 'defenders-view'}});
		writeFileSync(file, '{"version":1,"timelines":{"/x":{"a":3}}}');
		expect(readMarks('/x', file).message).toMatch(/^marks: it is not valid; set aside/);
	});

	it('Ctrl-O walks back through the jumps and Ctrl-I forward again, as in vim', () => {
		let list = recordJump(recordJump(emptyJumps, 'one'), 'two');
		// Now at "three" after jumping from one to two to three.
		let step = jumpBack(list, 'three');
		expect(step.target).toBe('two');
		step = jumpBack(step.list, 'two');
		expect(step.target).toBe('one');
		expect(jumpBack(step.list, 'one').target).toBeUndefined();
		step = jumpForward(step.list);
		expect(step.target).toBe('two');
		step = jumpForward(step.list);
		expect(step.target).toBe('three');
		expect(jumpForward(step.list).target).toBeUndefined();
		// A new jump while walked back drops what was ahead.
		list = recordJump(jumpBack(step.list, 'three').list, 'two');
		expect(list.entries).toEqual(['one', 'two']);
	});
});
