/**
 * Terminal size: read once, and a subscription to changes. The subscription goes in front of
 * Ink's own resize listener, so the new layout is in the state before Ink redraws at the new
 * width: drawing the old layout into a narrower terminal would wrap its lines and leave
 * duplicated rows behind.
 */
import {useEffect} from 'react';
import {useStdout} from 'ink';
import type {Size} from '../state/state.js';

/** Cursor home and clear: the next frame starts from a blank screen whatever the terminal did to the old one. */
export const clearScreen = '\u001B[H\u001B[2J';

/** The size of a stream, with the usual 80×24 when it does not say (not a terminal). */
export function readSize(stream: {columns?: number; rows?: number}): Size {
	return {columns: stream.columns || 80, rows: stream.rows || 24};
}

/**
 * Calls `onResize` with the new size whenever the terminal is resized. On a real terminal the
 * screen is cleared first: terminals differ in what they keep or reflow when resized, and a
 * cleared screen makes the redraw exact. `onResize` should be stable (a dispatch).
 */
export function useResize(onResize: (size: Size) => void): void {
	const {stdout} = useStdout();
	useEffect(() => {
		const listener = () => {
			if (stdout.isTTY) stdout.write(clearScreen);
			onResize(readSize(stdout));
		};
		stdout.prependListener('resize', listener);
		return () => {
			stdout.off('resize', listener);
		};
	}, [stdout, onResize]);
}
