package io.ficmirror.corpus;

/**
 * The document shapes a corpus holds: every shape the parser knows, weighted roughly as real mirrors hold them
 * (AO3 and fanfiction.net common, mailing lists and personal pages rarer).
 */
public enum DocumentKind {
    AO3_HTML("ao3-html", "ao3", "ao3-html", 24, 2009, 2024),
    AO3_TEXT("ao3-txt", "ao3", "ao3-txt", 8, 2009, 2024),
    FFNET_HTML("ffnet-html", "ffnet", "ffnet", 16, 2001, 2022),
    FFNET_TEXT("ffnet-txt", "ffnet", "ffnet", 6, 2001, 2022),
    EFICTION("efiction-html", "efiction", "efiction", 6, 2003, 2014),
    JOURNAL_TEXT("lj-txt", "livejournal", "livejournal", 6, 2002, 2015),
    JOURNAL_HTML("lj-html", "livejournal", "livejournal", 7, 2002, 2015),
    DREAMWIDTH("dreamwidth-html", "dreamwidth", "livejournal", 4, 2009, 2023),
    MAILING_LIST("mailing-list", "lists", "mailing-list", 6, 1997, 2008),
    BLOG("blog-html", "blogs", "blog", 3, 2006, 2023),
    PLAIN("plain-utf8", "plain", "plain", 6, 1998, 2020),
    PLAIN_CP1252("plain-cp1252", "plain", "plain", 2, 1998, 2012),
    PLAIN_LATIN1("plain-latin1", "plain", "plain", 2, 1998, 2012),
    PLAIN_FRENCH("plain-fr", "plain", "plain", 1.5, 2003, 2020),
    PLAIN_GERMAN("plain-de", "plain", "plain", 1, 2003, 2020),
    PLAIN_SPANISH("plain-es", "plain", "plain", 1, 2003, 2020);

    private final String id;
    private final String site;
    private final String sourceFormat;
    private final double weight;
    private final int firstYear;
    private final int lastYear;

    DocumentKind(String id, String site, String sourceFormat, double weight, int firstYear, int lastYear) {
        this.id = id;
        this.site = site;
        this.sourceFormat = sourceFormat;
        this.weight = weight;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    /** The name in the manifest and in benchmark output ("ao3-html", "plain-cp1252"). */
    public String id() {
        return id;
    }

    /** The top-level folder of the mirror the documents of this kind live in. */
    public String site() {
        return site;
    }

    /** The parser's {@code sourceFormat} for this kind. */
    public String sourceFormat() {
        return sourceFormat;
    }

    public double weight() {
        return weight;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    /** False for fanfiction.net pages, one per chapter: a work of several chapters becomes several documents. */
    public boolean holdsWholeWork(int chapters) {
        return this != FFNET_HTML || chapters == 1;
    }

    public static DocumentKind byId(String id) {
        for (DocumentKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("no document kind " + id);
    }
}
