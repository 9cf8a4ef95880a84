/**
 * ink-testing-library at a chosen terminal size. Its stdout reports 100 columns and no rows; the
 * size is set on the instance before the explorer mounts (the explorer reads it once, then
 * follows 'resize' events, which `resize` sends as a terminal would).
 */
import type {ReactElement} from 'react';
import {stripVTControlCharacters} from 'node:util';
import {expect, vi} from 'vitest';
import {displayWidth} from '../../source/core/text/width.js';
import {render} from 'ink-testing-library';

function setSize(stream: object, columns: number, rows: number): void {
	Object.defineProperty(stream, 'columns', {value: columns, configurable: true});
	Object.defineProperty(stream, 'rows', {value: rows, configurable: true});
}

export type Rendered = ReturnType<typeof render> & {
	/** The last frame with styling removed, as a list of lines. */
	lines: () => string[];
	/** The last frame with styling removed. */
	screen: () => string;
	/** The last frame as written, escape sequences included. */
	raw: () => string;
	/** Waits until the explorer listens for keys, then types each key (raw bytes) in turn. */
	press: (...keys: string[]) => Promise<void>;
	/** Waits until the screen satisfies `check` (an assertion that throws until it holds). */
	until: (check: (screen: string) => void) => Promise<void>;
	/** Changes the terminal size and sends 'resize'. */
	resize: (columns: number, rows: number) => void;
};

/** Renders `node` in a terminal of `columns` × `rows`. */
export function renderAt(node: ReactElement, columns: number, rows: number): Rendered {
	// biome-ignore lint/complexity/noUselessFragments: an empty first frame, so the size is set before `node` renders
	const instance = render(<></>);
	setSize(instance.stdout, columns, rows);
	instance.rerender(node);
	const raw = () => instance.lastFrame() ?? '';
	const screen = () => stripVTControlCharacters(raw());
	const listening = () =>
		vi.waitFor(() => {
			if (instance.stdin.listenerCount('readable') === 0) throw new Error('not listening for keys yet');
		});
	return {
		...instance,
		raw,
		screen,
		lines: () => screen().split('\n'),
		press: async (...keys) => {
			await listening();
			for (const key of keys) instance.stdin.write(key);
		},
		until: async check => {
			await vi.waitFor(() => check(screen()));
		},
		resize: (newColumns, newRows) => {
			setSize(instance.stdout, newColumns, newRows);
			instance.stdout.emit('resize');
		},
	};
}

/** Every frame fits the terminal: no line wider than it, never taller than rows − 1. */
export function expectFits(view: Rendered, columns: number, rows: number): void {
	const lines = view.lines();
	expect(lines.length).toBeLessThanOrEqual(rows - 1);
	for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(columns);
}
