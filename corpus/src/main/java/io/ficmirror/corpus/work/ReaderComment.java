package io.ficmirror.corpus.work;

import java.time.LocalDateTime;

/** A reader's comment after a journal post. */
public record ReaderComment(String user, String text, LocalDateTime at) {
}
