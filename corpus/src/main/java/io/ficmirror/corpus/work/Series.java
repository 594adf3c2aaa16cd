package io.ficmirror.corpus.work;

/** The series a story belongs to and its place there. */
public record Series(String title, int part) {
}
