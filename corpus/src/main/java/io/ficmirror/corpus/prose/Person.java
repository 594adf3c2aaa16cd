package io.ficmirror.corpus.prose;

/**
 * A character as the narration names them.
 *
 * @param pronoun 0 he, 1 she, 2 they (languages without a singular "they" use "he" for it)
 */
public record Person(String name, int pronoun) {
}
