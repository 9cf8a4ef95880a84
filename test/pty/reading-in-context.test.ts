/**
 * What a reader sees in a real terminal at 80×24 and 100×30: passages in context, the time axis
 * with its dates, the list's sticky heading. Needs `npm run build` first.
 */
import {describe, expect, it} from 'vitest';
import {loadTimeline} from '../../source/core/load/load-timeline.js';
import {cliSessions, keys, type PtySession} from '../helpers/pty.js';

const {timeline} = loadTimeline();
const total = timeline.events.length;
const spawn = cliSessions();
const sizes = [
	[80, 24],
	[100, 30],
] as const;

async function ready(session: PtySession): Promise<void> {
	await session.waitFor(screen => screen.includes(`${total} events`) && new RegExp(`1/${total} *$`, 'm').test(screen));
}

/** Presses `j` until event `id` is selected. */
async function selectId(session: PtySession, id: string): Promise<void> {
	const index = timeline.events.findIndex(event => event.id === id);
	session.press(...Array.from({length: index}, () => 'j'));
	await session.waitFor(screen => new RegExp(`${index + 1}/${total} *$`, 'm').test(screen));
}

describe('reading in context, in a terminal', () => {
	for (const [cols, rows] of sizes) {
		it(`${cols}×${rows}: ] on boston-police-in-program shows who is speaking above citation 2's passage`, async () => {
			const session = spawn({cols, rows});
			await ready(session);
			await selectId(session, 'boston-police-in-program');
			session.press(']', ']');
			await session.waitFor(screen => screen.includes('2/2 ·') && screen.includes('┃ '));
			expect(session.screen()).toContain('Heffernan cited statistics');
			session.press('q');
			await session.exited;
		});

		it(`${cols}×${rows}: Enter on letter-wont-sign shows its passage, and the axis dates the two bars`, async () => {
			const session = spawn({cols, rows});
			await ready(session);
			expect(session.lines()[1]).toMatch(/Oct 2008.*Dec 2010 ▇.*Jun 2011 ▇/);
			await selectId(session, 'letter-wont-sign');
			session.press(keys.enter);
			await session.waitFor(screen => screen.includes('c back') && screen.includes('│┃ '));
			const barred = session
				.lines()
				.filter(line => line.includes('│┃ '))
				.map(line => line.slice(line.indexOf('┃') + 2).trim())
				.join(' ');
			expect(barred).toContain('Gov. Deval Patrick has decided');
			session.press('q');
			await session.exited;
		});
	}

	it('80×24: after G the list starts with a sticky heading giving the year and the date of the run', async () => {
		const session = spawn({cols: 80, rows: 24});
		await ready(session);
		session.press('G');
		await session.waitFor(screen => new RegExp(`${total}/${total} *$`, 'm').test(screen));
		expect(session.lines()[3]).toMatch(/^ 2010 · by Dec 17 +│/);
		session.press('q');
		await session.exited;
	});
});
