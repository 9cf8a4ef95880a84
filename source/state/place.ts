/** Keeping the reader's place in the detail pane when its text is laid out again (a resize, a new version of the file). */
import {anchorAt, lineAt} from '../core/screen/article-lines.js';
import {clampTop} from '../core/screen/viewport.js';
import type {SelectedDetail} from './state.js';

/**
 * The pane's first line after its text was wrapped again: at the citation when it was there, else
 * the same place in the article (by paragraph and character), the top of the card when it was in it.
 */
export function keepPlace(top: number, before: SelectedDetail, after: SelectedDetail, citation: number | undefined): number {
	if (citation !== undefined) return citation;
	if (top < before.articleStart || before.layout === undefined || after.layout === undefined) return 0;
	const anchor = anchorAt(before.layout, top - before.articleStart);
	const line = anchor.paragraph < 0 ? 0 : lineAt(after.layout, anchor.paragraph, anchor.offset);
	return clampTop(after.articleStart + line, after.total, after.height);
}
