import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {App} from '../../source/app.js';
import {createStyle} from '../../source/core/text/style.js';
import {loadTimeline} from '../../source/core/load/load-timeline.js';
import {expectFits, renderAt} from './render-at.js';

const {timeline} = loadTimeline();
afterEach(cleanup);

describe('narrowing and copying, rendered', () => {
	it('y where stdout is not a terminal sends nothing and says so on the status line', async () => {
		const view = renderAt(<App timeline={timeline} style={createStyle('mono')} />, 80, 24);
		await view.press('y');
		await view.until(screen => expect(screen).toContain('Not copied: this terminal takes no clipboard sequence'));
		expect(view.raw()).not.toContain('\u001B]52;');
	});

	it('every frame fits the terminal with the axis, the filter label and the chooser, at 40, 80 and 160 columns', async () => {
		for (const [columns, rows] of [
			[40, 24],
			[80, 24],
			[160, 40],
		] as const) {
			const view = renderAt(<App timeline={timeline} style={createStyle('color')} />, columns, rows);
			await view.press('f');
			await view.until(screen => expect(screen).toContain('━ Filter'));
			expectFits(view, columns, rows);
			await view.press(' ', '\r');
			await view.until(screen => expect(screen).toContain(' of 22'));
			expectFits(view, columns, rows);
			view.unmount();
		}
	});
});
