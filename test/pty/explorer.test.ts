/**
 * The built CLI in a real pseudo-terminal: what a person sees after `npx sc-timeline`, and the
 * terminal they get back. Needs `npm run build` first.
 */
import {describe, expect, it} from 'vitest';
import {loadTimeline} from '../../source/core/load/load-timeline.js';
import {cliSessions, keys, type PtySession} from '../helpers/pty.js';

const {timeline} = loadTimeline();
const total = timeline.events.length;
const title = timeline.title;
const spawn = cliSessions();

function start(cols = 80, rows = 24, env: Record<string, string | undefined> = {}): PtySession {
	return spawn({cols, rows, env});
}

/** Waits for the first frame to be complete: the hint bar, its last line, shows the position. */
async function ready(session: PtySession): Promise<void> {
	await session.waitFor(screen => screen.includes(`${total} events`) && new RegExp(`1/${total} *$`, 'm').test(screen));
}

/** The terminal is as the explorer found it: main screen, cursor shown, none of the explorer left on it. */
function expectRestored(session: PtySession): void {
	expect(session.buffer()).toBe('normal');
	expect(session.cursorVisible()).toBe(true);
	expect(session.screen()).not.toContain(title);
	expect(session.screen()).not.toContain('Timeline');
}

describe('the explorer in a terminal', () => {
	it('opens full screen, moves with keys, shows the event and its article at the citation, and quits with q (exit 0)', async () => {
		const session = start();
		await ready(session);
		expect(session.buffer()).toBe('alternate');
		expect(session.lines()[0]).toContain(title);
		expect(session.screen()).toMatch(new RegExp(`1/${total} *$`, 'm'));
		session.press('j', keys.down);
		await session.waitFor(screen => new RegExp(`3/${total} *$`, 'm').test(screen));
		const event = timeline.events[2]!;
		expect(session.screen()).toMatch(new RegExp(`▸.*${event.headline.slice(0, 10).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
		session.press(keys.enter, 'c');
		// The hint bar is drawn last: once it shows the detail pane's hints, the whole frame is there.
		await session.waitFor(screen => screen.includes('━ ') && screen.includes('c back') && screen.includes('│┃ '));
		const quote = event.citations[0]!.quote.split(' ').slice(0, 3).join(' ');
		const barred = session
			.lines()
			.filter(line => line.includes('│┃ '))
			.map(line => line.slice(line.indexOf('┃') + 2))
			.join(' ');
		expect(barred).toContain(quote);
		session.press(keys.space);
		await session.waitFor(screen => /\d+-\d+\/\d+ \d+%/.test(screen));
		session.press('q');
		const exit = await session.exited;
		expect(exit).toEqual({exitCode: 0, signal: undefined});
		expectRestored(session);
	});

	it('quits at once with Ctrl-C, exit code 130, terminal restored', async () => {
		const session = start();
		await ready(session);
		session.press('?');
		await session.waitFor('━ Help');
		session.press(keys.ctrlC);
		expect(await session.exited).toEqual({exitCode: 130, signal: undefined});
		expectRestored(session);
	});

	it('restores the terminal on SIGTERM and exits 143', async () => {
		const session = start();
		await ready(session);
		session.kill('SIGTERM');
		expect(await session.exited).toEqual({exitCode: 143, signal: undefined});
		expectRestored(session);
	});

	it('re-lays out on resize with nothing left over: the screen is what a fresh start at that size shows', async () => {
		const session = start(80, 24);
		await ready(session);
		for (const [cols, rows] of [
			[50, 30],
			[120, 40],
			[40, 12],
			[20, 6],
			[80, 24],
		] as const) {
			const fresh = start(cols, rows);
			// The last line drawn: the frame is complete.
			const expected = await fresh.waitFor(cols < 30 || rows < 8 ? 'q to quit' : `1/${total}`);
			session.resize(cols, rows);
			await session.waitFor(screen => screen === expected, {timeout: 5000});
			expect(session.screen().split(title).length - 1).toBeLessThanOrEqual(1);
			fresh.press('q');
			await fresh.exited;
		}
		session.press('q');
		expect((await session.exited).exitCode).toBe(0);
	});

	it('follows NO_COLOR: no colour, but reverse video and bold still mark the selection', async () => {
		const session = start(80, 24, {NO_COLOR: '1'});
		await ready(session);
		session.press('j');
		await session.waitFor(`2/${total}`);
		const output = session.output();
		expect(output).not.toMatch(/\u001B\[(3\d|4\d|9\d)(;\d+)*m/);
		expect(output).toContain('\u001B[7m');
		expect(output).toContain('\u001B[1m');
		session.press('q');
		expect((await session.exited).exitCode).toBe(0);
	});

	it('uses colour in a colour terminal, NO_COLOR set but empty included (only a value turns it off)', async () => {
		for (const env of [{FORCE_COLOR: '1'}, {NO_COLOR: ''}]) {
			const session = start(80, 24, env);
			await ready(session);
			expect(session.output(), JSON.stringify(env)).toMatch(/\u001B\[3[1-6]m/);
			session.press('q');
			await session.exited;
		}
	});
});
