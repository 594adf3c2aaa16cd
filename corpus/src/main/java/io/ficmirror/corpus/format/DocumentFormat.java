package io.ficmirror.corpus.format;

import io.ficmirror.corpus.GeneratedDocument;
import io.ficmirror.corpus.prose.Rng;
import io.ficmirror.corpus.work.Story;
import java.util.List;

/** Writes a story as the documents one kind of site holds, each with the fields it states. */
public interface DocumentFormat {

    /**
     * @param duplicate true for a work's near-duplicate copy (its ids and file names differ from the original's)
     * @param r         random choices of layout, for this document only
     */
    List<GeneratedDocument> render(Story story, boolean duplicate, Rng r);
}
