package io.ficmirror.ingest.mirror;

/** One thing found in a mirror. Every file or record a reader meets becomes exactly one entry, so nothing goes unaccounted. */
public sealed interface MirrorEntry {

    /** Where it is: a path inside the mirror, {@code archive.zip!/inner/path} inside archives, or a URI from a WARC. */
    String path();

    /** A document to publish. */
    record Document(String path, String mediaType, String charset, byte[] content) implements MirrorEntry {
    }

    /** Something that is not a document at all (an image, a stylesheet, a WARC request record): counted, not published. */
    record Skipped(String path, String reason) implements MirrorEntry {
    }

    /**
     * A document that cannot be read safely or at all (too large, a path escaping the archive, a suspected zip bomb,
     * a corrupt archive): it becomes a rejection with this kind and reason.
     */
    record Unreadable(String path, String kind, String reason) implements MirrorEntry {
    }
}
