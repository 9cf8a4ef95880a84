/**
 * Letting go of large buffers at once. A buffer no longer used is freed only when the collector
 * next runs a full collection, which may be seconds away on a thread that has stopped
 * allocating: a quarter of a gigabyte of file, or an index's spent arrays, would be held all that
 * time. Moving a buffer into a message to a port that is then closed frees it within a turn or two.
 */

/**
 * The memory under `view` when the view is all of it (not part of a larger or shared buffer, such
 * as Node's pool of small buffers): only then may it be moved to another thread or let go.
 */
export function ownBuffer(view: ArrayBufferView): ArrayBuffer | undefined {
	const {buffer} = view;
	return buffer instanceof ArrayBuffer && view.byteOffset === 0 && view.byteLength === buffer.byteLength && buffer.byteLength > 0 ? buffer : undefined;
}

/**
 * Frees the memory under `view` now (or that memory itself); resolves once it is freed. `view`, and
 * any other view of the same memory, is empty afterwards. Does nothing to a view that is not all of
 * its memory (see `ownBuffer`).
 */
export async function letGo(view: ArrayBufferView | ArrayBuffer): Promise<void> {
	const buffer = view instanceof ArrayBuffer ? view : ownBuffer(view);
	if (buffer === undefined) return;
	const {port1, port2} = new MessageChannel();
	const gone = new Promise<void>(resolve => port2.once('close', () => resolve()));
	port1.postMessage(null, [buffer]);
	port2.close();
	await gone;
}
