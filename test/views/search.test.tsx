import {afterEach, describe, expect, it} from 'vitest';
import {stripVTControlCharacters} from 'node:util';
import {cleanup} from 'ink-testing-library';
import {App} from '../../source/app.js';
import {createStyle} from '../../source/core/text/style.js';
import {displayWidth} from '../../source/core/text/width.js';
import {makeTimeline} from '../helpers/explorer-fixture.js';
import {renderAt, type Rendered} from './render-at.js';

const timeline = makeTimeline({events: 40, paragraphs: 30});
const down = '\u001B[B';
const enter = '\r';
const esc = '\u001B';
const backspace = '\u007F';

afterEach(() => {
	cleanup();
});

/** Text painted with a background (the search and citation highlight), escapes removed. */
function highlighted(raw: string): string[] {
	return [...raw.matchAll(/\u001B\[43m(.*?)\u001B\[49m/g)].map(match => stripVTControlCharacters(match[1]!));
}

/** Text in reverse video (search matches in the article pane). */
function reversed(raw: string): string[] {
	return [...raw.matchAll(/\u001B\[7m(.*?)\u001B\[27m/g)].map(match => stripVTControlCharacters(match[1]!));
}

function expectFits(view: Rendered, columns: number, rows: number): void {
	const lines = view.lines();
	expect(lines.length).toBeLessThanOrEqual(rows - 1);
	for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(columns);
}

const open = (columns = 100, rows = 30) => renderAt(<App timeline={timeline} style={createStyle('color')} />, columns, rows);

describe('search view', () => {
	it('/ opens the search line; results arrive as you type, each saying where it is, matches highlighted', async () => {
		const view = open();
		await view.press('/');
		await view.until(screen => expect(screen).toContain('━ Search'));
		await view.press(...'alpha-p13');
		await view.until(screen => expect(screen).toMatch(/\/ alpha-p13 .*1 match/));
		const screen = view.screen();
		expect(screen).toContain('WBUR, December 17, 2010 · Police To Join Checks Program · ¶ 13');
		expect(screen).toMatch(/▸ /);
		expect(highlighted(view.raw())).toContain('alpha-p13');
		expect(screen).toMatch(/1\/1 *$/m);
		expectFits(view, 100, 30);
	});

	it('at 60 columns cuts the article headline, never the paragraph number after it', async () => {
		const view = open(60, 24);
		await view.press('/', ...'alpha-p13');
		await view.until(screen => expect(screen).toMatch(/\/ alpha-p13 .*1 match/));
		expect(view.screen()).toMatch(/WBUR, December 17, 2010 · Police To Join Checks Pr… · ¶ 13$/m);
		expectFits(view, 60, 24);
	});

	it('Backspace edits the query and the results follow; no match says so', async () => {
		const view = open();
		await view.press('/', ...'alpha-p13x');
		await view.until(screen => expect(screen).toContain('no match'));
		await view.press(backspace);
		await view.until(screen => expect(screen).toMatch(/\/ alpha-p13 .*1 match/));
	});

	it('fits narrow terminals and keeps the end of a long query in view', async () => {
		const view = open(40, 12);
		await view.press('/', ...'summary of event 3 with a long tail');
		await view.until(screen => expect(screen).toContain('long tail'));
		expectFits(view, 40, 12);
	});
});

describe('opening a result', () => {
	it('Enter on a passage opens the article at the match, highlighted; n and N move between matches', async () => {
		const view = open();
		await view.press('/', ...'alpha-p13 | alpha-p25');
		await view.until(screen => expect(screen).toContain('2 matches'));
		const order = view.lines().filter(line => line.includes('¶'));
		const second = order.findIndex(line => line.includes('¶ 25'));
		await view.press(...Array.from({length: second}, () => down), enter);
		await view.until(screen => expect(screen).toMatch(/━ (citation )?1\/1 · /));
		await view.until(screen => expect(screen).toContain('match 2/2'));
		expect(reversed(view.raw())).toContain('alpha-p25');
		await view.press('n');
		await view.until(screen => expect(screen).toContain('match 1/2'));
		expect(reversed(view.raw())).toContain('alpha-p13');
		await view.press('N');
		await view.until(screen => expect(screen).toContain('match 2/2'));
	});

	it('Enter on an event selects it in the timeline', async () => {
		const view = open();
		const target = timeline.events.findIndex(event => event.summary === 'Summary of event 7.');
		await view.press('/', ..."'event\\ 7.");
		await view.until(screen => expect(screen).toContain('1 match'));
		await view.press(enter);
		await view.until(screen => expect(screen).toContain('━ Timeline'));
		expect(view.screen()).toMatch(new RegExp(`${target + 1}/40 *$`, 'm'));
	});

	it('Esc cancels and restores the previous selection', async () => {
		const view = open();
		await view.press('j', 'j');
		await view.until(screen => expect(screen).toMatch(/3\/40 *$/m));
		await view.press('/', ...'alpha');
		await view.until(screen => expect(screen).toContain('matches'));
		await view.press(down, down, esc);
		await view.until(screen => expect(screen).toContain('━ Timeline'));
		expect(view.screen()).toMatch(/3\/40 *$/m);
	});
});
