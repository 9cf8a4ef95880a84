/**
 * Narrowing and moving in a real terminal: the facet filter, the time axis, date jumps, the jump
 * list and marks, copying with OSC 52. Needs `npm run build` first.
 */
import {describe, expect, it, vi} from 'vitest';
import {loadTimeline} from '../../source/core/load/load-timeline.js';
import {filterIndexes, parseFilterExpression} from '../../source/core/filter/field-filter.js';
import {firstOnOrAfter, parseDateQuery} from '../../source/core/filter/date-query.js';
import {eventSpan} from '../../source/core/model/span.js';
import {citationMarkdown} from '../../source/core/session/clipboard.js';
import {cliSessions, keys, type PtySession} from '../helpers/pty.js';

const {timeline} = loadTimeline();
const total = timeline.events.length;
const spawn = cliSessions();
const ctrlO = '\u000F';

function start(cols = 80, rows = 24, env: Record<string, string | undefined> = {}): PtySession {
	return spawn({cols, rows, env});
}

const at =
	(position: number, of = total) =>
	(screen: string) =>
		new RegExp(`${position}/${of} *$`, 'm').test(screen);

async function ready(session: PtySession): Promise<void> {
	await session.waitFor(at(1));
}

/** The events an expression keeps, computed from the data file. */
function kept(expression: string): number {
	const parsed = parseFilterExpression(expression);
	if ('error' in parsed && parsed.error !== undefined) throw new Error(parsed.error);
	return filterIndexes(parsed.filter, timeline).length;
}

describe('narrowing and moving in the explorer', () => {
	it('f opens the facet chooser; Space and Enter filter the list and the header says what applies; F clears it', async () => {
		const session = start();
		await ready(session);
		session.press('f');
		await session.waitFor(screen => screen.includes('━ Filter') && screen.includes('actor'));
		const heffernan = kept('actor:="Mary Beth Heffernan"');
		expect(session.screen()).toMatch(new RegExp(`\\[ \\] Mary Beth Heffernan +${heffernan}`));
		session.press(keys.space);
		await session.waitFor(`${heffernan} of ${total} events`);
		session.press(keys.enter);
		await session.waitFor(screen => screen.includes(`${heffernan} of ${total} · actor: Mary Beth Heffernan`) && at(1, heffernan)(screen));
		session.press('G');
		await session.waitFor(at(heffernan, heffernan));
		session.press('F');
		await session.waitFor(screen => screen.includes(`${total} events`) && !screen.includes(' of 22 ·'));
	});

	it('qualifiers typed in the search line filter the results, and the facet filter applies to search', async () => {
		const session = start();
		await ready(session);
		session.press('/', ...'tag:decision');
		const decisions = kept('tag:decision');
		await session.waitFor(`${decisions} matches`);
		session.press(keys.escape);
		await session.waitFor(at(1));
		session.press('f', keys.space, keys.enter);
		const both = kept('tag:decision actor:="Mary Beth Heffernan"');
		await session.waitFor(' of 22 · actor');
		session.press('/');
		await session.waitFor(`${both} match`);
	});

	it('the time axis heads the screen when it is tall enough, its marker following the selection', async () => {
		const session = start(160, 40);
		await ready(session);
		const marker = () => session.lines()[2]!.indexOf('▲');
		expect(marker()).toBe(1);
		expect(session.lines()[1]).toMatch(/[▁▂▃▅▇]/);
		session.press('G');
		await session.waitFor(at(total));
		expect(marker()).toBeGreaterThan(140);
		session.resize(80, 14);
		// Too short for the axis: the rule naming the panes comes right under the title.
		await session.waitFor(screen => (screen.split('\n')[1] ?? '').includes('Timeline'));
	});

	it('t asks for a date and selects the first event on or after it', async () => {
		const session = start();
		await ready(session);
		session.press('t');
		await session.waitFor('Go to date:');
		session.press(...'june 2011', keys.enter);
		const expected = firstOnOrAfter(
			timeline.events.map(event => eventSpan(event)),
			parseDateQuery('june 2011')!,
		);
		await session.waitFor(at(expected + 1));
	});

	it("Ctrl-O goes back after a jump, Tab forward again; m and ' set and return to a mark", async () => {
		const session = start();
		await ready(session);
		session.press('j', 'G');
		await session.waitFor(at(total));
		session.press(ctrlO);
		await session.waitFor(at(2));
		session.press(keys.tab);
		await session.waitFor(at(total));
		// Typed together, in one write: m, its letter, then g, each taken in turn (the mark is set where g left from).
		session.write('mag');
		await session.waitFor(at(1));
		session.press("'", 'a');
		await session.waitFor(at(total));
	});

	it('y copies the citation with OSC 52 and says so', async () => {
		const session = start();
		await ready(session);
		session.press('y');
		await session.waitFor('Copied the citation as Markdown');
		const expected = Buffer.from(citationMarkdown(timeline, timeline.events[0]!, 0)!).toString('base64');
		// The status line is drawn by the reducer's frame; the sequence is written by the effect after it.
		await vi.waitFor(() => expect(session.output()).toContain(`\u001B]52;c;${expected}\u0007`));
	});
});
