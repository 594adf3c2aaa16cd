package io.ficmirror.parser.html;

import io.ficmirror.parser.text.Texts;

/** Comparisons of titles as readers see them (case, spacing and punctuation aside). */
final class TextStoryReaderAccess {
    private TextStoryReaderAccess() {
    }

    static boolean same(String a, String b) {
        return Texts.fold(a).replaceAll("[^\\p{L}\\p{N}]", "").equals(Texts.fold(b).replaceAll("[^\\p{L}\\p{N}]", ""));
    }
}
