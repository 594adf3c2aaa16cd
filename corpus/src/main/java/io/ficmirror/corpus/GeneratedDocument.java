package io.ficmirror.corpus;

/**
 * One document of a generated mirror.
 *
 * @param path      where it lives in the mirror, relative, with "/" ("ao3/works-12345678.html"); its first folder
 *                  is the site ({@link DocumentKind#site()})
 * @param content   its bytes, in the document's own encoding
 * @param workKey   the work it holds (the same for a work's near-duplicate and for each page of a chaptered work)
 * @param duplicate true for the near-duplicate copy of a work in a second format
 * @param words     the words of its story text, as the expected fields count them
 * @param expected  what the parser should report for it, in parse-eval's format
 */
public record GeneratedDocument(String path, byte[] content, DocumentKind kind, String workKey, boolean duplicate,
        int words, ExpectedFields expected) {

    public String site() {
        return path.substring(0, path.indexOf('/'));
    }

    /** The file name without its extension: the name of its expected-fields file. */
    public String stem() {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
