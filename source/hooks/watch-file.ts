/**
 * Watching one file for changes, as editors save it: written in place, or written as a new file
 * renamed over the old one (which replaces the inode, so the directory is watched, not the file).
 * Changes are debounced, and the work they start runs one at a time.
 */
import {realpathSync, statSync, watch, type FSWatcher} from 'node:fs';
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

const isDirectory = (at: string) => {
	try {
		return statSync(at).isDirectory();
	} catch {
		return false;
	}
};

/** `file` as an absolute path, through any symbolic links to the file itself when it exists. */
function realTarget(file: string): string {
	try {
		return realpathSync(file);
	} catch {
		return path.resolve(file);
	}
}

/**
 * Calls `onChange` once the file at `file` has changed and then been quiet for `delay` ms.
 * Returns the unsubscribe. A directory that cannot be watched calls `onError` instead.
 *
 * When the file's directory is removed (a checkout switching branches, a build cleaning its
 * output), the nearest directory above it that still exists is watched instead, a level at a time
 * back down as the directories come back. Losing the file's directory and getting it back each
 * count as a change, so the file is read again.
 */
export function watchFile(file: string, onChange: () => void, {delay = settleMs, onError}: {delay?: number; onError?: (error: Error) => void} = {}): () => void {
	// A link is followed to the file it names: that file's directory is where its saves show.
	const target = realTarget(file);
	const name = path.basename(target);
	const home = path.dirname(target);
	let timer: NodeJS.Timeout | undefined;
	let watcher: FSWatcher | undefined;
	let watching: string | undefined;
	let closed = false;
	const changed = () => {
		if (timer !== undefined) clearTimeout(timer);
		timer = setTimeout(() => {
			timer = undefined;
			onChange();
		}, delay);
	};
	const follow = () => {
		if (closed) return;
		let at = home;
		while (!isDirectory(at) && path.dirname(at) !== at) at = path.dirname(at);
		if (at === watching) return;
		// Leaving the file's directory (it is gone, and the file with it) or coming back to it is a change.
		const moved = watching !== undefined && (at === home || watching === home);
		watcher?.close();
		watching = at;
		try {
			watcher = watch(at, {persistent: false}, (_event, filename) => {
				// Above the file's directory, or with it gone: only where to watch can have changed.
				if (at !== home || !isDirectory(home)) return follow();
				// Some platforms do not say which file changed: any change in the directory may be it.
				if (filename === null || filename.toString() === name) changed();
			});
			watcher.on('error', error => {
				if (isDirectory(home)) onError?.(error);
				else follow();
			});
		} catch (error) {
			onError?.(error as Error);
		}
		if (moved) changed();
	};
	follow();
	return () => {
		closed = true;
		if (timer !== undefined) clearTimeout(timer);
		watcher?.close();
	};
}
