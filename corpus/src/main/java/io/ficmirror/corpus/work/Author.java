package io.ficmirror.corpus.work;

/** A creator: the name (a username or a pen name) and the address a mailing list shows. */
public record Author(String name, String email) {
}
