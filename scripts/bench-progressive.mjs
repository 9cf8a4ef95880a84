#!/usr/bin/env node
// The explorer opening the largest generated timeline while it loads: the place in `npm run bench`
// for the progressive-loading figures. Until they are measured here, each row says so beside its
// target, so the table shows every target of the issue. Each row, once measured, replaces its
// placeholder with the same name.
import {memoryTarget} from './bench-keys.mjs';

/** Targets for 100,000 events (times as multiples of `node -e 0`, or seconds). */
export const progressiveTargets = {firstFrameRatio: 15, fullLoadSeconds: 2.5, indexReadySeconds: 3, memoryMb: memoryTarget};

/** Rows for the progressive-loading figures (first useful frame, full load, index ready, peak memory). */
export async function benchProgressive({size = 100000} = {}) {
	const label = `${size / 1000}k events`;
	const pending = (name, target, unit) => ({name: `explorer ${label}: ${name} (not measured yet)`, value: 'n/a', target, unit});
	return [
		pending('first useful frame, ratio to node -e 0', progressiveTargets.firstFrameRatio, '×'),
		pending('fully loaded, seconds', progressiveTargets.fullLoadSeconds, ' s'),
		pending('search index ready, seconds after the first frame', progressiveTargets.indexReadySeconds, ' s'),
		pending('peak resident memory, search worker included', progressiveTargets.memoryMb, ' MB'),
	];
}
