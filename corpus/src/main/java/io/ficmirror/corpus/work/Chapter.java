package io.ficmirror.corpus.work;

import java.util.List;

/**
 * One chapter of a story.
 *
 * @param title          the chapter's own title, null when it has none ("Chapter 3")
 * @param paragraphs     the text (see ProseWriter for scene breaks, emphasis and punctuation)
 * @param paragraphWords the words of each paragraph, counted once for every document the chapter is written into
 * @param words          words of all paragraphs
 */
public record Chapter(String title, List<String> paragraphs, int[] paragraphWords, int words) {
}
