/**
 * Random key sequences against the explorer (fast-check, fixed seed; FC_RUNS for a longer run),
 * on timelines full of hostile text: the pure reducer never throws and keeps its invariants at
 * any terminal size; and the rendered app (ink-testing-library) draws every frame within the
 * terminal (at most rows − 1 lines, no line wider than the columns) with no control character
 * from the data in it.
 */
import {afterEach, describe, expect, it, vi} from 'vitest';
import fc from 'fast-check';
import {cleanup} from 'ink-testing-library';
import {App} from '../../source/app.js';
import {initialState, update} from '../../source/state/update.js';
import {listHeight, type State} from '../../source/state/state.js';
import type {Action} from '../../source/state/messages.js';
import type {Timeline} from '../../source/core/model/schema.js';
import {createStyle} from '../../source/core/text/style.js';
import {sanitizeDeep} from '../../source/core/text/sanitize.js';
import {displayWidth} from '../../source/core/text/width.js';
import {makeTimeline} from '../helpers/explorer-fixture.js';
import {renderAt} from '../views/render-at.js';
import {fcParameters, hostileString, propertyTimeout, strayControls} from './support.js';

/** A key as the terminal sends it, and the action the explorer's key hook turns it into (none for a terminal reply). */
type Press = {raw: string; action: Action | undefined};

const key = (raw: string, name: string | undefined, input = raw): Press => ({raw, action: {type: 'key', name, input}});
const named: Press[] = [
	...'jkgGhlcnNbqsd?'.split('').map(char => key(char, char)),
	key(' ', 'space'),
	key('\r', 'return', ''),
	key('\t', 'tab', ''),
	key('\u001B[Z', 'shift+tab', ''),
	key('\u001B[A', 'up', ''),
	key('\u001B[B', 'down', ''),
	key('\u001B[C', 'right', ''),
	key('\u001B[D', 'left', ''),
	key('\u001B[5~', 'pageup', ''),
	key('\u001B[6~', 'pagedown', ''),
	key('\u001B[H', 'home', ''),
	key('\u001B[F', 'end', ''),
	key('\u007F', 'delete', ''),
];
/** Keys typed together arrive as one input; terminal replies are dropped before the reducer. */
const press: fc.Arbitrary<Press> = fc.oneof(
	{arbitrary: fc.constantFrom(...named), weight: 12},
	{arbitrary: fc.constantFrom('jjj', 'kkj', 'Gg', 'jG k').map(burst => key(burst, undefined)), weight: 1},
	{arbitrary: fc.constantFrom('\u001B[12;40R', '\u001B[?62;22c', '\u001B]11;rgb:0000/0000/0000\u001B\\').map((raw): Press => ({raw, action: undefined})), weight: 1},
);
const interrupt = key('\u0003', 'ctrl+c', '');

/** The test fixture's timeline with hostile text in every headline, summary, body and paragraph, sanitised as the loader does. */
function hostileTimeline(texts: string[], events: number): Timeline {
	const base = makeTimeline({events, paragraphs: 6});
	const text = (index: number) => texts[index % Math.max(1, texts.length)] ?? '';
	const raw: Timeline = {
		...base,
		title: `Title ${text(0)}`,
		sources: base.sources.map(source => ({...source, headline: `${source.headline} ${text(1)}`, paragraphs: source.paragraphs.map((paragraph, index) => `${text(index)} ${paragraph}`)})),
		events: base.events.map((event, index) => ({
			...event,
			headline: `${text(index)} ${event.headline}`,
			summary: `${event.summary} ${text(index + 1)}`,
			...(event.body ? {body: event.body.map(line => `${text(index)}${line}`)} : {}),
		})),
	};
	return sanitizeDeep(raw);
}

/** Invariants of any state the reducer reaches. */
function expectSound(state: State): void {
	const count = state.shown.events.length;
	expect(state.selected).toBeGreaterThanOrEqual(0);
	expect(state.selected).toBeLessThanOrEqual(Math.max(0, count - 1));
	expect(state.listTop).toBeGreaterThanOrEqual(0);
	expect(state.articleTop).toBeGreaterThanOrEqual(0);
	expect(state.overlayTop).toBeGreaterThanOrEqual(0);
	expect(listHeight(state)).toBeGreaterThanOrEqual(1);
	expect([undefined, 0, 130]).toContain(state.exitCode);
}

const sgr = /\u001B\[[\d;]*m/g;

/** A frame fits a `columns` × `rows` terminal and holds nothing from the data that a terminal would act on. */
function expectFrameFits(frame: string, columns: number, rows: number): void {
	expect(strayControls(frame, {allowSgr: true})).toEqual([]);
	const lines = frame === '' ? [] : frame.replace(sgr, '').split('\n');
	expect(lines.length).toBeLessThanOrEqual(Math.max(0, rows - 1));
	for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(columns);
}

const sizes: Array<[number, number]> = [
	[80, 24],
	[40, 12],
	[120, 40],
	[30, 8],
	[59, 20],
	[20, 3],
	[1, 1],
];

afterEach(() => {
	cleanup();
});

describe('the explorer under random keys (properties)', {timeout: propertyTimeout}, () => {
	it('the reducer never throws and keeps selection, scroll positions and exit code sound, at any size, through resizes', () => {
		const size = fc.tuple(fc.integer({min: 1, max: 220}), fc.integer({min: 1, max: 70}));
		const step = fc.oneof({arbitrary: press.map(item => item.action), weight: 10}, {arbitrary: size.map(([columns, rows]): Action => ({type: 'resize', columns, rows})), weight: 1});
		fc.assert(
			fc.property(fc.array(hostileString(12), {minLength: 1, maxLength: 4}), fc.integer({min: 1, max: 40}), size, fc.array(step, {maxLength: 60}), (texts, events, [columns, rows], steps) => {
				let state = initialState(hostileTimeline(texts, Math.max(3, events)), {columns, rows}, 'color');
				expectSound(state);
				for (const action of steps) {
					if (action === undefined) continue;
					state = update(state, action);
					expectSound(state);
				}
				// Ctrl-C ends the explorer with 130 from wherever the keys left it (unless it had already ended).
				expect(update(state, interrupt.action!).exitCode).toBe(state.exitCode ?? 130);
			}),
			fcParameters(150),
		);
	});

	it('every frame the app draws fits the terminal and shows hostile text only as inert text', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(hostileString(10), {minLength: 1, maxLength: 3}), fc.constantFrom(...sizes), fc.array(press, {maxLength: 25}), async (texts, [columns, rows], presses) => {
				const timeline = hostileTimeline(texts, 12);
				const style = createStyle('color');
				const view = renderAt(<App timeline={timeline} style={style} />, columns, rows);
				// The app's own reducer sees the same actions; a changed state means a new frame to wait for.
				let state = initialState(timeline, {columns, rows}, style.level);
				await view.press();
				await vi.waitFor(() => expect(view.frames.length).toBeGreaterThan(0));
				for (const {raw, action} of presses) {
					const next = action === undefined ? state : update(state, action);
					const before = view.frames.length;
					view.stdin.write(raw);
					if (next.exitCode !== undefined) break;
					// A terminal too small to show even the "too small" message draws no frame at all.
					const drawn = next.layout.frameHeight > 0 && columns > 0;
					if (next !== state && drawn) await vi.waitFor(() => expect(view.frames.length).toBeGreaterThan(before));
					state = next;
				}
				for (const frame of view.frames) expectFrameFits(frame, columns, rows);
				view.unmount();
				cleanup();
			}),
			fcParameters(30),
		);
	});
});
