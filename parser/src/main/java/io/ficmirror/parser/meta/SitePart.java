package io.ficmirror.parser.meta;

/**
 * What a document's source URI and its page say about the story their site splits into one page per chapter
 * (fanfiction.net, FictionPress, AO3, eFiction): which story, which chapter, how many chapters. The readers fill it,
 * {@link PartDetector} turns it into the Work's PartOf. The source URI is read first and each value keeps the first
 * one given, so the URI wins over the page; a link to another story, or to another site's, changes nothing.
 */
public final class SitePart {
    public static final String FFNET = "ffnet";
    public static final String AO3 = "ao3";
    public static final String EFICTION = "efiction";
    public static final String FICTIONPRESS_HOST = "fictionpress.com";

    private String site;
    private String host;
    private String storyId;
    private Integer number;
    /** How many chapters the site lists so far (its chapter menu, "Chapters: 3"). */
    public Integer posted;
    /** How many chapters the work will have, where the site says so ("Chapters: 2/5" on AO3). */
    public Integer total;
    /** The site marks the story complete: the chapters posted are all there are. */
    public boolean complete;
    /** This chapter's own title as the site's chapter menu or heading gives it, numbering included. */
    public String chapterTitle;
    /** The document shows every chapter of its story (an AO3 full-work page, a printable "all chapters"). */
    public boolean wholeWork;

    /** Records the story a URI or link names; any argument may be null. Ignored when it names another story. */
    public void story(String site, String host, String storyId, Integer number) {
        if (site == null || this.site != null && !this.site.equals(site)
                || storyId != null && this.storyId != null && !this.storyId.equals(storyId)) {
            return;
        }
        this.site = site;
        this.host = this.host == null ? host : this.host;
        this.storyId = this.storyId == null ? storyId : this.storyId;
        this.number = this.number == null ? number : this.number;
    }

    public void story(StoryUrls.Ref ref, boolean withChapter) {
        if (ref != null) {
            story(ref.site(), ref.host(), ref.storyId(), withChapter ? ref.chapter() : null);
        }
    }

    public String site() {
        return site;
    }

    public String storyId() {
        return storyId;
    }

    /** This document's chapter, from 1; null when neither the URI nor the page says. */
    public Integer number() {
        return number;
    }

    /**
     * "ffnet:123", "fictionpress:123", "ao3:456", "efiction:archive.example.org:7"; null without a story id, and
     * for an eFiction story whose archive is unknown, since every eFiction archive numbers its stories from 1.
     * FictionPress numbers its stories apart from fanfiction.net, so its ids get their own prefix.
     */
    public String key() {
        if (storyId == null) {
            return null;
        }
        return switch (site) {
            case FFNET -> (FICTIONPRESS_HOST.equals(host) ? "fictionpress:" : "ffnet:") + storyId;
            case AO3 -> "ao3:" + storyId;
            case EFICTION -> host == null ? null : "efiction:" + host + ":" + storyId;
            default -> null;
        };
    }
}
