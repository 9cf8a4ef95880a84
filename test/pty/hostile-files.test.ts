/**
 * The explorer in a real terminal against files that are not files and against job control: a
 * named pipe or /dev/zero as the history file, a watched file replaced by a pipe or a link to
 * /dev/zero, and Ctrl-Z's signal then `fg`. Each leaves the explorer answering keys and the
 * terminal as it was. Needs `npm run build` first.
 */
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {bundledPath} from '../../source/core/load/load-timeline.js';
import {spawnCli, type PtySession} from '../helpers/pty.js';

const sessions: PtySession[] = [];
const dirs: string[] = [];
afterEach(() => {
	for (const session of sessions.splice(0)) session.dispose();
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

function fresh(): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'sc-hostile-pty-'));
	dirs.push(dir);
	return dir;
}

function start(options: Parameters<typeof spawnCli>[0]): PtySession {
	const session = spawnCli(options);
	sessions.push(session);
	return session;
}

const onLastLine = (pattern: RegExp) => (screen: string) => pattern.test(screen.trimEnd().split('\n').at(-1) ?? '');
const ready = onLastLine(/ 1\/22$/);

/** The settings of the process's terminal as `stty -a` prints them. */
function termios(session: PtySession): string {
	const terminal = readlinkSync(`/proc/${session.pid}/fd/0`);
	return execFileSync('stty', ['-a', '-F', terminal], {encoding: 'utf8'});
}
const cooked = (settings: string) => / icanon /.test(` ${settings.replaceAll('\n', ' ')} `) && / echo /.test(` ${settings.replaceAll('\n', ' ')} `);

/** Quits with q and checks the explorer ended well and gave the terminal back. */
async function quits(session: PtySession): Promise<void> {
	session.press('q');
	expect((await session.exited).exitCode).toBe(0);
	expect(session.buffer()).toBe('normal');
	expect(session.cursorVisible()).toBe(true);
}

describe('a state file that is not a regular file', () => {
	it.each([
		['a named pipe', (file: string) => execFileSync('mkfifo', [file])],
		['a link to /dev/zero', (file: string) => symlinkSync('/dev/zero', file)],
	])('%s as the history file: one line on the status bar, and keys still work', async (what, plant) => {
		const home = fresh();
		mkdirSync(path.join(home, 'sc-timeline'));
		plant(path.join(home, 'sc-timeline', 'history.json'));
		const session = start({cols: 100, rows: 30, env: {XDG_STATE_HOME: home}});
		await session.waitFor(`search history: cannot read: is ${what === 'a named pipe' ? 'a named pipe' : 'a device'}`);
		session.press('j');
		await session.waitFor(onLastLine(/ 2\/22$/));
		await quits(session);
	});
});

describe('--watch on a file replaced by something that is not a file', () => {
	it.each([
		['a named pipe', 'a named pipe', (file: string) => execFileSync('mkfifo', [file])],
		['a link to /dev/zero', 'a device', (file: string) => symlinkSync('/dev/zero', file)],
	])('%s: the last good version stays, the status line says why, and q still quits', async (_, what, plant) => {
		const dir = fresh();
		const file = path.join(dir, 'story.json');
		writeFileSync(file, readFileSync(bundledPath()));
		const session = start({cols: 100, rows: 30, args: ['--data', file, '--watch']});
		await session.waitFor(ready);
		// A key answered: the first frame's effects, the watch among them, have run.
		session.press('j');
		await session.waitFor(onLastLine(/ 2\/22$/));
		rmSync(file);
		plant(file);
		await session.waitFor(`story.json: cannot read: is ${what}, expected a JSON file`);
		session.press('j');
		await session.waitFor(onLastLine(/ 3\/22$/));
		await quits(session);
	});
});

describe('stopped and continued (Ctrl-Z, fg)', () => {
	it('gives the terminal back while stopped, and takes it again, redrawn at the new size, on SIGCONT', async () => {
		const session = start({cols: 80, rows: 24, args: ['--no-history']});
		await session.waitFor(ready);
		// Raw as soon as keys are read, which may be just after the first frame is drawn.
		await expect.poll(() => cooked(termios(session))).toBe(false);

		session.kill('SIGTSTP');
		await session.waitFor(() => session.buffer() === 'normal');
		expect(session.cursorVisible()).toBe(true);
		// Stopped ('T' in /proc) with the terminal in the mode the shell expects.
		await expect.poll(() => readFileSync(`/proc/${session.pid}/stat`, 'utf8').split(') ')[1]?.[0]).toBe('T');
		expect(cooked(termios(session))).toBe(true);

		session.resize(100, 30);
		session.kill('SIGCONT');
		await session.waitFor(screen => session.buffer() === 'alternate' && ready(screen) && (screen.split('\n')[0] ?? '').length > 80);
		expect(cooked(termios(session))).toBe(false);
		expect(session.cursorVisible()).toBe(false);
		session.press('j');
		await session.waitFor(onLastLine(/ 2\/22$/));
		await quits(session);
	});

	it('stops on Ctrl-Z typed as a key, as less and vim do, and comes back on SIGCONT', async () => {
		const session = start({cols: 80, rows: 24, args: ['--no-history']});
		await session.waitFor(ready);
		session.press('\u001A');
		await session.waitFor(() => session.buffer() === 'normal');
		await expect.poll(() => readFileSync(`/proc/${session.pid}/stat`, 'utf8').split(') ')[1]?.[0]).toBe('T');
		expect(cooked(termios(session))).toBe(true);
		session.kill('SIGCONT');
		await session.waitFor(screen => session.buffer() === 'alternate' && ready(screen));
		session.press('j');
		await session.waitFor(onLastLine(/ 2\/22$/));
		await quits(session);
	});
});

describe('a file with events that cannot be read', () => {
	it('opens on the rest, and the status line says what was skipped: the first warning and how many more', async () => {
		const file = path.join(fresh(), 'skips.json');
		const events = [
			{start_date: {year: 2001}, text: {headline: 'Kept'}},
			{start_date: {year: ''}, text: {headline: 'No year'}},
			{start_date: {year: 'abc'}, text: {headline: 'Not a year'}},
		];
		writeFileSync(file, JSON.stringify({events}));
		const session = start({cols: 140, rows: 20, args: ['--data', file]});
		await session.waitFor(screen => screen.includes('event skipped (and 1 more)'));
		expect(session.screen()).toContain('events[1].start_date.year: empty (event "No year"); event skipped (and 1 more)');
		session.press('q');
		expect(await session.exited).toEqual({exitCode: 0, signal: undefined});
	});
});
