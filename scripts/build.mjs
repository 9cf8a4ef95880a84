#!/usr/bin/env node
// Bundles source/cli.tsx into dist/ with esbuild. The explorer (Ink, React) goes into a separate
// chunk that cli.js imports only when it opens the interface, so printed commands start fast.
// With --schema, also writes data/schema.json from the valibot schema the loader validates with.
import {build} from 'esbuild';
import {readFileSync, readdirSync, writeFileSync, mkdirSync, rmSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import path from 'node:path';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

// dist/ is not emptied first: tests in other processes may be reading it while a build runs.
mkdirSync(path.join(root, 'dist'), {recursive: true});

/** Ink imports react-devtools-core only when DEV is set; the stub keeps it out of the bundle. */
const stubDevtools = {
	name: 'stub-devtools',
	setup(b) {
		b.onResolve({filter: /^react-devtools-core$/}, () => ({path: 'devtools', namespace: 'stub'}));
		b.onLoad({filter: /.*/, namespace: 'stub'}, () => ({contents: 'export default {connectToDevTools() {}};', loader: 'js'}));
	},
};

/**
 * yoga-layout (Ink's layout engine) inlines its WebAssembly as a data: URL and, when `fetch` exists,
 * decodes it through fetch(), which makes Node 20 load undici (about 50 ms at start-up). Its own
 * synchronous base64 path does the same work without undici; this takes that path.
 */
const yogaWithoutFetch = {
	name: 'yoga-without-fetch',
	setup(b) {
		b.onLoad({filter: /yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/}, async args => {
			const source = readFileSync(args.path, 'utf8');
			const from = 'w||"function"!=typeof fetch?Promise.resolve()';
			if (!source.includes(from)) throw new Error('yoga-layout changed: update the yoga-without-fetch plugin in scripts/build.mjs');
			return {contents: source.replace(from, 'true?Promise.resolve()'), loader: 'js'};
		});
	},
};

const result = await build({
	entryPoints: {cli: path.join(root, 'source/cli.tsx')},
	outdir: path.join(root, 'dist'),
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	jsx: 'automatic',
	minify: false,
	legalComments: 'none',
	chunkNames: 'chunks/[name]-[hash]',
	define: {'process.env.NODE_ENV': '"production"', PACKAGE_VERSION: JSON.stringify(pkg.version)},
	banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"},
	plugins: [stubDevtools, yogaWithoutFetch],
	logLevel: 'warning',
	metafile: true,
});

// Remove chunks left by earlier builds (their names carry content hashes), so the package holds only what runs.
const outputs = new Set(Object.keys(result.metafile.outputs).map(file => path.resolve(root, file)));
for (const name of readdirSync(path.join(root, 'dist', 'chunks'))) {
	const file = path.join(root, 'dist', 'chunks', name);
	if (!outputs.has(file)) rmSync(file);
}

if (process.argv.includes('--schema')) {
	const {toJsonSchema} = await import('@valibot/to-json-schema');
	const {build: buildTs} = await import('esbuild');
	// Load the TypeScript schema through a throwaway bundle, so this script needs no TS loader.
	const out = path.join(root, 'dist', 'schema-tmp.mjs');
	await buildTs({entryPoints: [path.join(root, 'source/core/schema.ts')], outfile: out, bundle: true, format: 'esm', platform: 'node', logLevel: 'warning'});
	const {TimelineSchema} = await import(out);
	rmSync(out);
	const schema = {
		$id: 'https://sc-timeline.invalid/schema.json',
		title: 'sc-timeline timeline',
		...toJsonSchema(TimelineSchema, {errorMode: 'ignore'}),
	};
	writeFileSync(path.join(root, 'data', 'schema.json'), JSON.stringify(schema, null, '\t') + '\n');
	console.log('wrote data/schema.json');
}
