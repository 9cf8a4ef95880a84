/** The part of `linebreak` (foliojs, UAX #14) that width.ts uses; the package ships no types. */
declare module 'linebreak' {
	export class LineBreaker {
		constructor(text: string);
		/** The next place a line may start (its UTF-16 index), `required` after a mandatory break; null at the end. */
		nextBreak(): {position: number; required: boolean} | null;
	}
}
