package io.ficmirror.corpus;

import io.ficmirror.corpus.prose.Language;

/**
 * What a work will be, decided before any text is written (cheap: distribution checks and progress totals use it).
 *
 * @param key           the work's key, shared by all its documents
 * @param duplicateKind the format of the work's near-duplicate copy, null when it has none
 * @param words         the story's target length; the text ends within a paragraph past it
 */
public record WorkPlan(int index, String key, DocumentKind kind, DocumentKind duplicateKind, int words, int chapters,
        Language language) {
}
