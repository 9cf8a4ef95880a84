import {chromeRows, rulerRows} from '../../source/core/screen/layout.js';
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {App} from '../../source/app.js';
import {loadTimeline} from '../../source/core/load/load-timeline.js';
import {createStyle} from '../../source/core/text/style.js';
import {expectFits, renderAt} from './render-at.js';

const {timeline} = loadTimeline();
const esc = '\u001B';

afterEach(() => {
	cleanup();
});

/** The body's rows at 80×24: less the spare line, the header, the time axis, the rules and the status bar. */
const body = 24 - 1 - chromeRows - rulerRows(24);
describe('the explorer compares statements (80×24, no colour)', () => {
	const open = () => renderAt(<App timeline={timeline} style={createStyle('mono')} />, 80, 24);

	it('d opens the 2010 and 2011 claims in one column with the changed words marked, and the compare keys hinted', async () => {
		const view = open();
		await view.press('d');
		await view.until(screen => expect(screen).toContain('━ Compare 2010 → 2011 · claims · unified'));
		const screen = view.screen();
		expect(screen).toContain('── The decision ──');
		expect(screen).toContain("[-The-]{+Patrick won't sign any memorandum of understanding for the+} state");
		expect(screen).toContain('u layout');
		expect(screen).toContain('f full text');
		expect(screen).toMatch(new RegExp(`1-${body}\\/\\d+ \\d+% ─$`, 'm'));
		expectFits(view, 80, 24);
	});

	it('j, Space and G scroll; u puts the claims side by side; Esc closes back to the timeline', async () => {
		const view = open();
		await view.press('d');
		await view.until(screen => expect(screen).toContain('━ Compare 2010 → 2011'));
		await view.press('j');
		await view.until(screen => expect(screen).toMatch(new RegExp(`2-${body + 1}/\\d+`)));
		await view.press(' ');
		await view.until(screen => expect(screen).toMatch(new RegExp(`${body + 1}-${2 * body}/\\d+`)));
		await view.press('G');
		await view.until(screen => expect(screen).toMatch(/ 100% ─$/m));
		expect(view.screen()).toContain('{+Concerns raised: some law enforcement officials');
		await view.press('g', 'u');
		await view.until(screen => expect(screen).toContain('━ Compare 2010 → 2011 · claims · side by side'));
		expect(view.screen()).toMatch(/2010 · by December 17, 2010 +│ 2011 · June 3, 2011/);
		expectFits(view, 80, 24);
		await view.press(esc);
		await view.until(screen => expect(screen).toContain('━ Timeline'));
		expect(view.screen()).not.toContain('Compare');
	});
});

describe('the explorer compares statements (160×40, colour)', () => {
	const open = () => renderAt(<App timeline={timeline} style={createStyle('color')} />, 160, 40);

	it('d opens the claims side by side, each with its date and citation, painted without markers', async () => {
		const view = open();
		await view.press('d');
		await view.until(screen => expect(screen).toContain('━ Compare 2010 → 2011 · claims · side by side'));
		const screen = view.screen();
		for (const topic of timeline.topics.slice(0, 3)) expect(screen).toContain(`── ${topic.label} ─`);
		expect(screen).toMatch(/2010 · by December 17, 2010 +│ 2011 · June 3, 2011/);
		expect(screen).toMatch(/— WBUR, “Mass\. Police To Join Immigration Checks Program”, December 17, +│ +— WBUR, “Mass\. Won't Join/);
		expect(view.raw()).toMatch(/\u001B\[(31;9|31m\u001B\[9|9m\u001B\[31)mThe\u001B\[/);
		expect(screen).not.toContain('[-The-]');
		expectFits(view, 160, 40);
	});

	it('u makes it unified, f shows the full articles, d closes', async () => {
		const view = open();
		await view.press('d', 'u');
		await view.until(screen => expect(screen).toContain('━ Compare 2010 → 2011 · claims · unified'));
		await view.press('f');
		await view.until(screen => expect(screen).toContain('━ Compare 2010 → 2011 · articles · unified'));
		expect(view.screen()).toContain('── Paragraph 1 ↔ 1 ─');
		await view.press('d');
		await view.until(screen => expect(screen).toContain('━ Timeline'));
	});
});
