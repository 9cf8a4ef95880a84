/**
 * Work written as steps (a generator yielding between them) so that a thread with keys to read
 * and frames to draw can do it a step per turn, run here to its end at once by a caller with
 * nothing else to do meanwhile.
 */

/** Runs `steps` to its end at once; what it returns. */
export function atOnce<T>(steps: Generator<unknown, T>): T {
	for (;;) {
		const step = steps.next();
		if (step.done === true) return step.value;
	}
}
