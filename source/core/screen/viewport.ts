/**
 * Scroll and window math for anything taller than the space it has: the timeline list, the
 * article, the overlays. Pure functions over line counts, so the reducer can keep the selection
 * visible and the views can render only the rows that fit (a list of 100,000 events draws as
 * cheaply as one of ten).
 */

/** `value` limited to `[min, max]`; when `max < min`, `min` wins. */
export function clamp(value: number, min: number, max: number): number {
	return Math.max(min, Math.min(value, max));
}

/** The largest useful first line: past it the last page would not be full. */
export function maxTop(total: number, height: number): number {
	return Math.max(0, total - Math.max(0, height));
}

/** A first line moved into range, so a resize or a shorter text never leaves a blank page. */
export function clampTop(top: number, total: number, height: number): number {
	return clamp(top, 0, maxTop(total, height));
}

/**
 * The first line that shows `target` while moving the window as little as possible, as `less`
 * and list widgets do: unchanged when `target` is already visible.
 * `margin` lines of context are kept above and below when the height allows.
 */
export function keepVisible(top: number, target: number, height: number, total: number, margin = 0): number {
	if (height <= 0) return 0;
	const room = Math.min(margin, Math.floor((height - 1) / 2));
	let next = top;
	if (target - room < next) next = target - room;
	if (target + room > next + height - 1) next = target + room - height + 1;
	return clampTop(next, total, height);
}

/** The half-open range `[from, to)` of lines a window starting at `top` shows. */
export function visibleRange(top: number, height: number, total: number): {from: number; to: number} {
	const from = clampTop(top, total, height);
	return {from, to: Math.min(total, from + Math.max(0, height))};
}

/** The first line after scrolling by `delta` lines (negative: up), stopping at both ends. */
export function scrollBy(top: number, delta: number, total: number, height: number): number {
	return clampTop(top + delta, total, height);
}

/** How far one page moves: the height less one line of overlap, as in `less`, and at least 1. */
export function pageSize(height: number): number {
	return Math.max(1, height - 1);
}

/**
 * Where a window stands, for a position indicator: `12-30/80 37%`; `all` when everything fits.
 * Lines are counted from 1 as people count them.
 */
export function positionLabel(top: number, height: number, total: number): string {
	if (total <= height || total === 0) return 'all';
	const {from, to} = visibleRange(top, height, total);
	const percent = to >= total ? 100 : Math.floor((to / total) * 100);
	return `${from + 1}-${to}/${total} ${percent}%`;
}
