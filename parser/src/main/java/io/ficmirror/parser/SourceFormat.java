package io.ficmirror.parser;

/** The values of Work.sourceFormat: which dialect the parser recognised. */
public final class SourceFormat {
    public static final String AO3_HTML = "ao3-html";
    public static final String AO3_TXT = "ao3-txt";
    public static final String FFNET = "ffnet";
    public static final String EFICTION = "efiction";
    public static final String LIVEJOURNAL = "livejournal";
    public static final String MAILING_LIST = "mailing-list";
    public static final String BLOG = "blog";
    public static final String PLAIN = "plain";
    /** A story record an importer read from an archive's database (see ArchiveStory). */
    public static final String ARCHIVE_DATABASE = "archive-database";

    private SourceFormat() {
    }
}
