import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {Overlay} from '../../source/views/Overlay.js';
import {buildComparison} from '../../source/core/compare/model.js';
import {renderComparison} from '../../source/core/compare/render.js';
import {defaultSelection} from '../../source/core/compare/select.js';
import {loadTimeline} from '../../source/core/load/load-timeline.js';
import {createStyle} from '../../source/core/text/style.js';
import {displayWidth} from '../../source/core/text/width.js';
import {renderAt} from './render-at.js';
import {stripVTControlCharacters} from 'node:util';

const {timeline} = loadTimeline();
const comparison = buildComparison(timeline, defaultSelection(timeline));

afterEach(() => {
	cleanup();
});

/** The compare view alone, filling a terminal of `columns` × `rows` (less the spare last row). */
function show(columns: number, rows: number, top: number, level: 'mono' | 'color' = 'mono') {
	const style = createStyle(level);
	const rendered = renderComparison(comparison, {width: columns, style});
	const view = renderAt(<Overlay lines={rendered.lines} top={top} width={columns} height={rows - 1} />, columns, rows);
	return {view, rendered};
}

describe('Compare view at 80×24', () => {
	it('shows the comparison from the top, one column, markers visible without colour', () => {
		const {view} = show(80, 24, 0);
		const lines = view.lines();
		expect(lines).toHaveLength(23);
		expect(lines[0]).toBe('2010 → 2011  4 topics: 2 reworded, 2 replaced.');
		expect(view.screen()).toContain('── The decision ──');
		expect(view.screen()).toContain("[-The-]{+Patrick won't sign any memorandum of understanding for the+} state");
		expect(view.screen()).not.toContain(' │ ');
		for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(80);
	});

	it('scrolled to a topic, shows that topic, and never scrolls past the last page', () => {
		const {view, rendered} = show(80, 24, 10_000);
		const lines = view.lines();
		expect(lines.at(-1)?.trimEnd()).toBe(stripVTControlCharacters(rendered.lines.at(-1) ?? ''));
		cleanup();
		const at = rendered.anchors[2]!;
		const reasons = show(80, 24, at).view.lines();
		expect(reasons[0]).toMatch(/^── Reasons given ─+$/);
	});
});

describe('Compare view at 160×40', () => {
	it('puts the 2010 claim beside the 2011 claim, each with its date and citation', () => {
		const {view} = show(160, 40, 0, 'color');
		const screen = view.screen();
		expect(screen).toMatch(/2010 · by December 17, 2010 +│ 2011 · June 3, 2011/);
		expect(screen).toMatch(/The state will formally join a program called Secure Communities after months +│ Patrick won't sign any memorandum of understanding for the state to join the/);
		expect(screen).toMatch(/— WBUR, “Mass\. Police To Join Immigration Checks Program”, December 17, +│ +— WBUR, “Mass\. Won't Join Immigration Check Program”, June 6, 2011,/);
		expect(view.raw()).toMatch(/\u001B\[(31;9|31m\u001B\[9|9m\u001B\[31)mThe\u001B\[/);
		for (const line of view.lines()) expect(displayWidth(line)).toBeLessThanOrEqual(160);
	});
});
