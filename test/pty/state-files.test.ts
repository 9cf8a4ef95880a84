/**
 * What the explorer keeps between runs, in a real terminal: the search history and marks, in the
 * XDG state directory (a temporary one here); a corrupt file set aside with one line on the status
 * bar; nothing kept with --no-history. Needs `npm run build` first.
 */
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {loadTimeline} from '../../source/core/load/load-timeline.js';
import {keys, spawnCli, type PtySession} from '../helpers/pty.js';

const total = loadTimeline().timeline.events.length;
const sessions: PtySession[] = [];
const directories: string[] = [];
const ctrlU = '\u0015';
const ctrlP = '\u0010';

/** A fresh XDG state directory. */
function stateHome(): string {
	const directory = mkdtempSync(path.join(os.tmpdir(), 'sc-timeline-state-'));
	directories.push(directory);
	return directory;
}

function start(home: string, args: string[] = []): PtySession {
	const session = spawnCli({env: {XDG_STATE_HOME: home}, args});
	sessions.push(session);
	return session;
}

afterEach(() => {
	for (const session of sessions.splice(0)) session.dispose();
	for (const directory of directories.splice(0)) rmSync(directory, {recursive: true, force: true});
});

const at = (position: number) => (screen: string) => new RegExp(`${position}/${total} *$`, 'm').test(screen);

/** Runs the explorer, does `act` once it is ready, quits with q and waits for the exit. */
async function session(home: string, act: (session: PtySession) => Promise<void>, args: string[] = []): Promise<void> {
	const run = start(home, args);
	await run.waitFor(at(1));
	await act(run);
	run.press('q');
	expect((await run.exited).exitCode).toBe(0);
}

describe('state kept between runs', () => {
	it('recalls a query searched in an earlier run with Ctrl-P, and returns to a mark set then', async () => {
		const home = stateHome();
		await session(home, async run => {
			run.press('/', ...'tag:decision');
			await run.waitFor(/\d+ matches/.test.bind(/\d+ matches/));
			run.press(keys.enter);
			await run.waitFor(screen => !screen.includes('━ Search'));
			run.press('G', 'm', 'a');
			await run.waitFor("Marked 'a");
		});
		expect(readdirSync(path.join(home, 'sc-timeline')).sort()).toEqual(['history.json', 'marks.json']);
		await session(home, async run => {
			run.press("'", 'a');
			await run.waitFor(at(total));
			run.press('/', ctrlU, ctrlP);
			await run.waitFor('/ tag:decision');
			run.press(keys.escape);
			await run.waitFor(screen => !screen.includes('━ Search'));
		});
	});

	it('sets a corrupt history file aside with one line on the status bar, and opens as usual', async () => {
		const home = stateHome();
		mkdirSync(path.join(home, 'sc-timeline'));
		writeFileSync(path.join(home, 'sc-timeline', 'history.json'), '{"version": 1, "queries": [');
		await session(home, async run => {
			await run.waitFor('search history');
			expect(run.screen()).toMatch(/search history.*not valid/);
		});
		expect(readdirSync(path.join(home, 'sc-timeline')).some(name => name.startsWith('history.json.corrupt-'))).toBe(true);
	});

	it('reports both files when both are corrupt, in one status line', async () => {
		const home = stateHome();
		mkdirSync(path.join(home, 'sc-timeline'));
		writeFileSync(path.join(home, 'sc-timeline', 'history.json'), '{"version": 1, "queries": [');
		writeFileSync(path.join(home, 'sc-timeline', 'marks.json'), '{"version": 1, "timelines": 3}');
		const run = spawnCli({cols: 240, rows: 30, env: {XDG_STATE_HOME: home}});
		sessions.push(run);
		const both = /search history: it is not valid; set aside .*; marks: it is not valid; set aside as marks\.json\.corrupt-/;
		await run.waitFor(screen => both.test(screen));
		run.press('q');
		expect((await run.exited).exitCode).toBe(0);
		const names = readdirSync(path.join(home, 'sc-timeline'));
		expect(names.some(name => name.startsWith('history.json.corrupt-')) && names.some(name => name.startsWith('marks.json.corrupt-'))).toBe(true);
	});

	it('says in one line that nothing is kept when XDG_STATE_HOME names a file, and opens as usual', async () => {
		const home = stateHome();
		const file = path.join(home, 'state');
		writeFileSync(file, 'not a folder');
		const run = spawnCli({cols: 160, env: {XDG_STATE_HOME: file}});
		sessions.push(run);
		await run.waitFor(`search history and marks not kept: ${file} is a file, not a folder`);
		run.press('m', 'a');
		await run.waitFor(` marks not kept: ${file} is a file, not a folder`);
		run.press('q');
		expect((await run.exited).exitCode).toBe(0);
		expect(readFileSync(file, 'utf8')).toBe('not a folder');
	});

	it('keeps nothing with --no-history', async () => {
		const home = stateHome();
		await session(
			home,
			async run => {
				run.press('/', ...'tag:decision');
				await run.waitFor(/\d+ matches/.test.bind(/\d+ matches/));
				run.press(keys.enter, 'm', 'a');
				await run.waitFor("Marked 'a");
			},
			['--no-history'],
		);
		expect(readdirSync(home)).toEqual([]);
	});
});
