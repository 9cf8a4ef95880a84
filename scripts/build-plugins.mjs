// The esbuild plugins of scripts/build.mjs that patch packages by matching their text: each patched
// package (ink, meow, string-width, yoga-layout, slice-ansi, widest-line, @alcalzone/ansi-tokenize) is
// pinned in package.json to the exact version its patch was written for (`dependencies`, or
// `overrides` for the ones Ink brings), and a patch that no longer matches stops the build with a
// message naming the plugin.
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import path from 'node:path';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

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
			if (!source.includes(from)) throw new Error('yoga-layout changed: update the yoga-without-fetch plugin in scripts/build-plugins.mjs');
			return {contents: source.replace(from, 'true?Promise.resolve()'), loader: 'js'};
		});
	},
};

/**
 * The explorer is a CommonJS file (dist/ui.cjs), so that it is compiled from the code cache like
 * the rest (source/compile-cache.ts; Node 20 has no cache for ES modules): that needs its code
 * free of top-level await, which two packages use.
 * - yoga-layout waits for its WebAssembly to be instantiated. Its Emscripten loader completes at
 *   once when instantiation is synchronous (it then runs the module before returning), so the
 *   WebAssembly is compiled and instantiated synchronously (Node allows it for any size), its
 *   base64 decoded by Buffer rather than a loop, and the module object given to the loader is
 *   the one wrapped.
 * - Ink's reconciler waits to connect React devtools and read its package.json when DEV is set;
 *   react-devtools-core is stubbed out of this build (see stub-devtools), so both are left out.
 */
export const explorerWithoutTopLevelAwait = {
	name: 'explorer-without-top-level-await',
	setup(b) {
		const replace = (source, from, to, plugin) => {
			if (!source.includes(from)) throw new Error(`${plugin} changed: update the explorer-without-top-level-await plugin in scripts/build-plugins.mjs`);
			return source.replace(from, () => to);
		};
		b.onLoad({filter: /yoga-layout[\\/]dist[\\/]src[\\/]index\.js$/}, async args => {
			const source = readFileSync(args.path, 'utf8');
			const now =
				'function loadYogaNow() {\n\tconst module = {};\n\tloadYoga(module).catch(() => {});\n\tif (module.calledRun !== true) throw new Error("yoga-layout did not load");\n\treturn module;\n}\nconst Yoga = wrapAssembly(loadYogaNow());';
			return {contents: replace(source, 'const Yoga = wrapAssembly(await loadYoga());', now, 'yoga-layout'), loader: 'js'};
		});
		b.onLoad({filter: /yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/}, async args => {
			let source = readFileSync(args.path, 'utf8');
			source = replace(
				source,
				'function c(e){return ya().then(function(f){return WebAssembly.instantiate(f,d)}).then(function(f){return f}).then(e,function(f){v("failed to asynchronously prepare wasm: "+f);x(f)})}',
				'function c(e){try{e({instance:new WebAssembly.Instance(new WebAssembly.Module(wa()),d)})}catch(f){v("failed to prepare wasm: "+f);x(f)}return Promise.resolve()}',
				'yoga-layout',
			);
			source = replace(
				source,
				'var b=xa(a.slice(37)),c=new Uint8Array(b.length);for(a=0;a<b.length;++a)c[a]=b.charCodeAt(a);var d=c',
				'var d=new Uint8Array(Buffer.from(a.slice(37),"base64"))',
				'yoga-layout',
			);
			return {contents: source, loader: 'js'};
		});
		b.onLoad({filter: /ink[\\/]build[\\/]reconciler\.js$/}, async args => {
			const source = readFileSync(args.path, 'utf8');
			const from = source.indexOf("if (isDev()) {\n    try {\n        await import('./devtools.js');");
			const to = source.indexOf('const diff = ');
			if (from === -1 || to < from) throw new Error('ink changed: update the explorer-without-top-level-await plugin in scripts/build-plugins.mjs');
			const contents = replace(
				source.slice(0, from) + source.slice(to),
				'const packageJson = isDev()\n    ? await loadPackageJson()\n    : { name: undefined, version: undefined };',
				'const packageJson = { name: undefined, version: undefined };',
				'ink',
			);
			return {contents, loader: 'js'};
		});
	},
};

/**
 * Display widths on the printed path, made cheaper to start (each figure measured on Node 20):
 * - wrap-ansi brings its own string-width 7, which runs a large emoji regex on every character,
 *   beside our string-width 8, which has an ASCII fast path; wrap-ansi is given ours (same API).
 * - string-width, slice-ansi and Ink's ansi-tokenize build an Intl.Segmenter at import; the first
 *   one loads ICU data (about 8 ms). They are built on first use instead, which plain-ASCII text
 *   never reaches.
 * - string-width answers text of one-column characters (core/text/width.ts `narrowText`) without segmenting it.
 * - string-width's /^\p{RGI_Emoji}$/v costs 10 ms to compile and more on its first match, whether
 *   a literal (V8 checks it while parsing the module) or `new RegExp`: any non-ASCII text (an
 *   ellipsis, a curly quote) paid it. It is built on first use, and only for text that can hold an emoji.
 */
/** The one-column fast path of source/core/text/width.ts, as its source writes it (one definition of the set). */
const narrowText = /^const narrowText = (\/.+\/);$/m.exec(readFileSync(path.join(root, 'source', 'core', 'text', 'width.ts'), 'utf8'))?.[1];
if (narrowText === undefined) throw new Error('source/core/text/width.ts no longer defines narrowText: update the lazy-text-widths plugin in scripts/build-plugins.mjs');
const lazyTextWidths = {
	name: 'lazy-text-widths',
	setup(b) {
		b.onResolve({filter: /^string-width$/}, args => {
			if (!/[\\/]wrap-ansi[\\/]/.test(args.importer)) return undefined;
			return b.resolve('string-width', {resolveDir: root, kind: args.kind});
		});
		b.onLoad({filter: /node_modules[\\/](string-width[\\/]index|slice-ansi[\\/]tokenize-ansi|@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]tokenize)\.js$/}, async args => {
			const source = readFileSync(args.path, 'utf8');
			const eager = /const (\w+) = new Intl\.Segmenter\(([^)]*)\);/g;
			if ((source.match(eager) ?? []).length !== 1) throw new Error(`${args.path} changed: update the lazy-text-widths plugin in scripts/build-plugins.mjs`);
			let contents = source.replace(eager, 'const $1 = {segment(text) { return (this.instance ??= new Intl.Segmenter($2)).segment(text); }};');
			if (args.path.includes('string-width')) {
				// The one-column fast path of core/text/width.ts (checked there against string-width, character by character) answers
				// for Ink's measuring too, which calls string-width itself: text with curly quotes, dashes, `…`, `─` skips the
				// grapheme segmenter (and the ICU data it loads), about a sixth of the explorer's first frame.
				const ascii = '\tif (/^[\\u0020-\\u007E]*$/.test(string)) {\n\t\treturn string.length;\n\t}\n';
				if (!contents.includes(ascii)) throw new Error(`${args.path} changed: update the lazy-text-widths plugin in scripts/build-plugins.mjs`);
				contents = contents.replace(ascii, () => `${ascii}\n\tif (ambiguousIsNarrow && ${narrowText}.test(string)) {\n\t\treturn string.length;\n\t}\n`);
				const emoji = 'const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;';
				if (!contents.includes(emoji)) throw new Error(`${args.path} changed: update the lazy-text-widths plugin in scripts/build-plugins.mjs`);
				// Every RGI emoji holds a pictograph, a skin-tone modifier, a regional indicator or a keycap mark
				// (checked over every code point, alone and with U+FE0F and U+20E3, and every flag pair), so
				// text without one is answered by a cheap class and never compiles the big pattern.
				const maybe = '/[\\p{Extended_Pictographic}\\p{Emoji_Modifier}\\p{Regional_Indicator}\\u20E3]/u';
				contents = contents.replace(emoji, () => `const rgiEmojiRegex = {test(text) { return ${maybe}.test(text) && (this.instance ??= new RegExp('^\\\\p{RGI_Emoji}$', 'v')).test(text); }};`);
			}
			return {contents, loader: 'js'};
		});
	},
};

/**
 * Ink assembles each frame cell by cell (a grid of width × height objects); scripts/ink-output-rows.mjs
 * joins the rows of a frame made of side-by-side lines directly, which is most of a key press's
 * time at 160×50. Other frames still go cell by cell. Line widths are remembered across frames.
 */
const inkOutputRows = {
	name: 'ink-output-rows',
	setup(b) {
		b.onLoad({filter: /ink[\\/]build[\\/]output\.js$/}, async args => {
			const source = readFileSync(args.path, 'utf8');
			if (!source.includes('export default class Output {') || !source.includes('    get() {')) throw new Error('ink changed: update the ink-output-rows plugin in scripts/build-plugins.mjs');
			const helper = JSON.stringify(path.join(root, 'scripts', 'ink-output-rows.mjs'));
			return {contents: `${source}\nimport {withRowFastPath} from ${helper};\nwithRowFastPath(Output);\n`, loader: 'js'};
		});
		// Ink measures every text node with widest-line on every frame; the helper's remembers widths.
		b.onLoad({filter: /node_modules[\\/]widest-line[\\/]index\.js$/}, () => ({
			contents: `export {widestLine as default} from ${JSON.stringify(path.join(root, 'scripts', 'ink-output-rows.mjs'))};\n`,
			loader: 'js',
		}));
	},
};

/**
 * In ES modules, `import process from 'node:process'` builds a module facade that reads every
 * property of `process`, getters included, which sets up stdin, stdout and stderr as streams: about
 * 10 ms of `sc-timeline summary` (stdin alone loads the stream modules). The global `process` is the
 * same object; every such import gets it instead. Named imports get only the names listed here
 * (esbuild stops the build on any other, so a new one is added knowingly).
 */
const processWithoutFacade = {
	name: 'process-without-facade',
	setup(b) {
		b.onResolve({filter: /^(node:)?process$/}, () => ({path: 'process', namespace: 'global-process'}));
		b.onLoad({filter: /.*/, namespace: 'global-process'}, () => ({
			contents: 'export default globalThis.process;\nexport const {env} = globalThis.process;\nexport const cwd = () => globalThis.process.cwd();\n',
			loader: 'js',
		}));
	},
};

/**
 * jsonc-parser (the position-keeping JSON parser of `check`, also used by the explorer's `--watch`
 * to place a problem): its main file is UMD, whose inner require()s esbuild cannot follow; its ES
 * module build bundles.
 */
const jsoncAsModule = {
	name: 'jsonc-as-module',
	setup(b) {
		b.onResolve({filter: /^jsonc-parser$/}, () => ({path: path.join(root, 'node_modules', 'jsonc-parser', 'lib', 'esm', 'main.js')}));
	},
};

/** The plugins every bundle gets. */
/**
 * meow bundles read-package-up and normalize-package-data (with hosted-git-info, semver and the SPDX
 * licence lists) into build/dependencies.js, and evaluates normalize-package-data and @babel/code-frame
 * at import and loads node:child_process: about half of meow's start-up. Both only serve finding and
 * normalising package.json when `pkg` is not passed, or when `cli.pkg` is read; options.ts passes `pkg`
 * and never reads `cli.pkg`. This swaps the two exports for stubs that throw, so esbuild drops the
 * unreachable code; meow still parses.
 */
const meowWithoutPackageData = {
	name: 'meow-without-package-data',
	setup(b) {
		b.onLoad({filter: /meow[\\/]build[\\/]dependencies\.js$/}, async args => {
			const source = readFileSync(args.path, 'utf8');
			const eager = 'var normalizeExports = requireNormalize();\nconst normalizePackageData = getDefaultExportFromCjs(normalizeExports);\n';
			// parse-json (used only by read-package-up) also loads @babel/code-frame at import.
			const codeFrame = 'var libExports = requireLib$1();\n';
			// A discarded call left by a bundled dependency; it alone loads node:child_process (about 3 ms).
			const execFile = 'promisify(execFile);\n';
			const exports = ['readPackageUpSync as a,', 'normalizePackageData as n,'];
			if (!source.includes(eager) || !source.includes(codeFrame) || !source.includes(execFile) || !exports.every(name => source.includes(name))) {
				throw new Error('meow changed: update the meow-without-package-data plugin in scripts/build-plugins.mjs');
			}
			const stub = name => `function ${name}() { throw new Error('${name} is left out of this build: pass meow a pkg and do not read cli.pkg'); }\n`;
			const contents = source
				.replace(eager, '')
				.replace(execFile, '')
				.replace(codeFrame, () => 'var libExports = {codeFrameColumns: (...args) => requireLib$1().codeFrameColumns(...args)};\n')
				.replace(exports[0], 'readPackageUpSyncOmitted as a,')
				.replace(exports[1], 'normalizePackageDataOmitted as n,');
			return {contents: contents + stub('readPackageUpSyncOmitted') + stub('normalizePackageDataOmitted'), loader: 'js'};
		});
	},
};

/**
 * Ink's useInput gives a Ctrl key its name as the input, and a Ctrl key it cannot name (Ctrl-F1 to
 * Ctrl-F4, `ESC [ 1 ; 5 P`; Ctrl-F13; a paste holding `ESC [ 31 m`) has none: the `startsWith` that
 * follows then throws and the explorer ends. Such a key is given as no input; the explorer's own
 * listener (hooks/use-keys.ts) sees its bytes and ignores a sequence it does not know.
 */
const inkUnnamedCtrlKey = {
	name: 'ink-unnamed-ctrl-key',
	setup(b) {
		b.onLoad({filter: /ink[\\/]build[\\/]hooks[\\/]use-input\.js$/}, async args => {
			const source = readFileSync(args.path, 'utf8');
			const from = '            else if (keypress.ctrl) {\n                input = keypress.name;\n            }';
			if (!source.includes(from)) throw new Error('ink changed: update the ink-unnamed-ctrl-key plugin in scripts/build-plugins.mjs');
			return {contents: source.replace(from, () => "            else if (keypress.ctrl) {\n                input = keypress.name ?? '';\n            }"), loader: 'js'};
		});
	},
};

export const packagePlugins = [stubDevtools, yogaWithoutFetch, meowWithoutPackageData, lazyTextWidths, inkOutputRows, processWithoutFacade, jsoncAsModule, inkUnnamedCtrlKey];
