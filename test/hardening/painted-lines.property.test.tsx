/**
 * Every styled line closes what it opens, in every printed command and every explorer view, at
 * 40, 80, 100 and 160 columns and at widths fast-check picks: at each line end the style is back
 * to default, and no divider (the side-by-side gutter `│`, the quote bar `┃`, pane borders,
 * rules) is drawn with a word's underline, strike, background or colour.
 */
import {afterEach, describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {cleanup} from 'ink-testing-library';
import {App} from '../../source/app.js';
import {loadTimeline} from '../../source/core/load/load-timeline.js';
import {createStyle} from '../../source/core/text/style.js';
import {commands} from '../../source/commands/index.js';
import type {CommandContext, Format} from '../../source/commands/context.js';
import {renderComparison} from '../../source/core/compare/render.js';
import {buildComparison} from '../../source/core/compare/model.js';
import {selectPair} from '../../source/core/compare/select.js';
import {styleLeaks} from '../helpers/sgr-state.js';
import {renderAt} from '../views/render-at.js';
import {fcParameters, propertyTimeout} from './support.js';

const loaded = loadTimeline();
const {timeline} = loaded;
const widths = [40, 80, 100, 160] as const;
const [firstSource, secondSource] = timeline.sources;

/** Runs a printed command in colour at `width` and returns what it wrote. */
async function printed(name: string, args: string[], width: number, format: Format = 'text'): Promise<string> {
	const entry = commands[name];
	if (entry === undefined) throw new Error(`no command ${name}`);
	const run = await entry.load();
	let output = '';
	const context: CommandContext = {loaded, args, format, width, color: true, limit: undefined, out: text => (output += text), warn: () => undefined};
	await run(context);
	return output;
}

type Printed = {name: string; args: string[]; format?: Format};
const printedCommands: Printed[] = [
	{name: 'summary', args: []},
	{name: 'events', args: []},
	...timeline.events.map(event => ({name: 'show', args: [event.id]})),
	{name: 'search', args: ['mandatory']},
	{name: 'search', args: ['patrick']},
	{name: 'diff', args: []},
	{name: 'diff', args: [firstSource?.id ?? '', secondSource?.id ?? '']},
	{name: 'export', args: [], format: 'markdown'},
];

afterEach(() => {
	cleanup();
});

describe('printed output closes every style at the end of its line', () => {
	it.each(widths)('every command at %i columns', async width => {
		const leaks: string[] = [];
		for (const command of printedCommands) {
			const output = await printed(command.name, command.args, width, command.format);
			leaks.push(...styleLeaks(output).map(leak => `${command.name} ${command.args.join(' ')}: ${leak}`));
		}
		expect(leaks.slice(0, 8)).toEqual([]);
	});

	it('the comparison in both layouts, statements and full text, at any width', () => {
		const style = createStyle('color');
		const statements = buildComparison(timeline, selectPair(timeline, []));
		const articles = buildComparison(timeline, selectPair(timeline, [firstSource?.id ?? '', secondSource?.id ?? '']));
		fc.assert(
			fc.property(fc.integer({min: 20, max: 220}), fc.constantFrom('side-by-side' as const, 'unified' as const), fc.boolean(), (width, layout, full) => {
				const {lines} = renderComparison(full ? articles : statements, {width, style, layout});
				expect(styleLeaks(lines.join('\n')).slice(0, 4)).toEqual([]);
			}),
			fcParameters(40),
		);
	});
});

/** Keys that open each view from the timeline, and what the view's frame shows once it is drawn. */
const views: {name: string; keys: string[]}[] = [
	{name: 'browse', keys: []},
	{name: 'detail', keys: ['\r', ']']},
	{name: 'search', keys: ['/', 'mandatory']},
	{name: 'compare', keys: ['d']},
	{name: 'compare, other layout', keys: ['d', 'u']},
	{name: 'compare, full text', keys: ['d', 'f']},
	{name: 'filter', keys: ['f']},
	{name: 'help', keys: ['?']},
	{name: 'summary', keys: ['s']},
];

describe(
	'the explorer closes every style at the end of its line',
	() => {
		for (const view of views) {
			it.each(widths)(`${view.name} at %i columns`, async columns => {
				const rows = columns >= 160 ? 45 : columns >= 100 ? 30 : 24;
				const app = renderAt(<App timeline={timeline} style={createStyle('color')} />, columns, rows);
				let before = app.raw();
				for (const key of view.keys) {
					await app.press(key);
					// Each key changes the frame; wait for it so the next key reaches the view it opened.
					await app.until(() => expect(app.raw()).not.toBe(before));
					before = app.raw();
				}
				expect(styleLeaks(app.raw()).slice(0, 8)).toEqual([]);
			});
		}
	},
	propertyTimeout,
);
