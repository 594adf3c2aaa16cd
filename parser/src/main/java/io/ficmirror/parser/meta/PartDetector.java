package io.ficmirror.parser.meta;

import io.ficmirror.contract.PartOf;
import io.ficmirror.contract.SeriesPart;
import io.ficmirror.parser.Draft;
import io.ficmirror.parser.text.PartMarker;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a document holds one part of a work spread over several documents, and which: first from what its
 * site says (a chapter page of a fanfiction.net, AO3 or eFiction story, see {@link SitePart}), else from a part marker
 * in its title or subject line ("Story (Part 2/5)", see {@link PartMarker}). Only a document that is one of several
 * parts gets a PartOf: not a one-chapter story, a whole work shown at once, a "Part 1/1", nor a series position.
 *
 * <p>Keys: the site's story id where there is one; an eFiction sid whose archive (host) is unknown is no id, since
 * every archive numbers its stories from 1, so such a page falls back to the title key like any other post.
 */
public final class PartDetector {
    /** Last words of a base title that name a series rather than a work ("The Lighthouse Series, Part 2"). */
    private static final Set<String> SERIES_WORDS = Set.of("series", "saga", "trilogy", "duology", "cycle", "verse");

    private PartDetector() {
    }

    /**
     * Sets {@code d.partOf}, and for a title-marked part makes {@code d.title} the whole work's title.
     *
     * @param chapters how many chapters the document itself holds
     */
    public static void detect(Draft d, int chapters) {
        SitePart site = d.site;
        if (site.wholeWork) {
            return;
        }
        d.partOf = fromSite(site, d);
        if (d.partOf == null) {
            fromTitle(d, chapters);
        }
    }

    private static PartOf fromSite(SitePart site, Draft d) {
        Integer number = site.number();
        if (number == null || number < 1) {
            return null;
        }
        Integer total = site.total != null ? site.total : site.complete ? site.posted : null;
        boolean several = number > 1 || site.posted != null && site.posted > 1 || total != null && total > 1;
        if (!several || total != null && number > total) {
            return null;
        }
        String key = site.key() != null ? site.key() : titleKey(d.title, d);
        return key == null ? null : new PartOf(key, number, total, ownTitle(site.chapterTitle, d.title));
    }

    private static void fromTitle(Draft d, int chapters) {
        PartMarker.Marker m = PartMarker.parse(d.title);
        if (m == null && d.fallbackTitle != null && !d.fallbackTitle.equals(d.title)) {
            // the subject line may carry the marker the Title: header leaves out
            PartMarker.Marker subject = PartMarker.parse(d.fallbackTitle);
            m = subject != null && PartMarker.sameTitle(subject.base(), d.title)
                    ? new PartMarker.Marker(d.title, subject.number(), subject.total(), subject.title()) : null;
        }
        if (m == null || m.number() < 1 || m.total() != null && m.number() > m.total() || isSeries(m, d)) {
            return;
        }
        if (m.total() != null && m.total() == 1) {
            d.title = m.base(); // "Story (1/1)": complete in one post, the marker is no part of its title
            return;
        }
        // a document with several chapters of its own is a part only when it holds fewer than the whole
        if (chapters > 1 && (m.total() == null || chapters >= m.total())) {
            return;
        }
        String key = titleKey(m.base(), d);
        if (key != null) {
            d.partOf = new PartOf(key, m.number(), m.total(), ownTitle(m.title(), m.base()));
            d.title = m.base();
        }
    }

    private static boolean isSeries(PartMarker.Marker m, Draft d) {
        String base = m.base().toLowerCase(Locale.ROOT);
        if (SERIES_WORDS.contains(base.substring(base.lastIndexOf(' ') + 1))) {
            return true;
        }
        for (SeriesPart s : d.series) {
            // "Harbour Song (Part 2)" in a series of which it is part 2: the number is the series position
            boolean samePosition = m.total() == null && Integer.valueOf(m.number()).equals(s.part());
            if (samePosition || PartMarker.sameTitle(s.title(), m.base())) {
                return true;
            }
        }
        return false;
    }

    /** "title:" + base title + "/" + first author, lower case, spaces collapsed; null without both. */
    private static String titleKey(String title, Draft d) {
        if (title == null || title.isBlank() || d.authors.isEmpty()) {
            return null;
        }
        return "title:" + collapse(title) + "/" + collapse(d.authors.iterator().next());
    }

    private static String collapse(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** A part's own title: without its numbering, and not merely the work's title again. */
    private static String ownTitle(String written, String workTitle) {
        String own = PartMarker.ownTitle(written);
        return own == null || PartMarker.sameTitle(own, workTitle) ? null : own;
    }
}
