/** Finding a worker thread's script, which the build writes beside the command line's bundles. */
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

/**
 * `dist/NAME` (a worker's script) beside this bundle (dist/) or one level up (this code in
 * dist/chunks/); undefined when running the sources (tests), whose callers then work on their own thread.
 */
export function besideBundle(name: string): URL | undefined {
	for (const relative of [`./${name}`, `../${name}`]) {
		const url = new URL(relative, import.meta.url);
		if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url;
	}
	return undefined;
}
