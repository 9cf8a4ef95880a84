/**
 * Watching one file for changes, as editors save it: written in place, or written as a new file
 * renamed over the old one (which replaces the inode, so the directory is watched, not the file).
 * Changes are debounced, and the work they start runs one at a time.
 */
import {watch, type FSWatcher} from 'node:fs';
import path from 'node:path';

/** How long the file must be quiet before it is read: an editor's save is several writes and a rename. */
export const settleMs = 80;

/**
 * Runs `work` when asked, never two at once: asked while it runs, it runs once more afterwards
 * (however often it was asked meanwhile), so the last change is always the one read.
 */
export function serial(work: () => Promise<void>): {run: () => void; close: () => void} {
	let running = false;
	let again = false;
	let closed = false;
	const run = () => {
		if (closed) return;
		if (running) {
			again = true;
			return;
		}
		running = true;
		again = false;
		void work()
			.catch(() => {})
			.finally(() => {
				running = false;
				if (again) run();
			});
	};
	return {
		run,
		close: () => {
			closed = true;
		},
	};
}

/**
 * Calls `onChange` once the file at `file` has changed and then been quiet for `delay` ms.
 * Returns the unsubscribe. A directory that cannot be watched calls `onError` instead.
 */
export function watchFile(file: string, onChange: () => void, {delay = settleMs, onError}: {delay?: number; onError?: (error: Error) => void} = {}): () => void {
	const name = path.basename(file);
	let timer: NodeJS.Timeout | undefined;
	let watcher: FSWatcher | undefined;
	const changed = (_event: string, filename: string | Buffer | null) => {
		// Some platforms do not say which file changed: any change in the directory may be it.
		if (filename !== null && filename.toString() !== name) return;
		if (timer !== undefined) clearTimeout(timer);
		timer = setTimeout(() => {
			timer = undefined;
			onChange();
		}, delay);
	};
	try {
		watcher = watch(path.dirname(path.resolve(file)), {persistent: false}, changed);
		watcher.on('error', error => onError?.(error));
	} catch (error) {
		onError?.(error as Error);
	}
	return () => {
		if (timer !== undefined) clearTimeout(timer);
		watcher?.close();
	};
}
