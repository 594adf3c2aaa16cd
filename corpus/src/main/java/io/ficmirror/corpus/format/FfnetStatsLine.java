package io.ficmirror.corpus.format;

import io.ficmirror.corpus.ExpectedFields;
import io.ficmirror.corpus.work.CastMember;
import io.ficmirror.corpus.work.Rating;
import io.ficmirror.corpus.work.Relationship;
import io.ficmirror.corpus.work.Story;
import java.util.ArrayList;
import java.util.List;

/**
 * fanfiction.net's dash-separated stats line and what it states: "Rated: Fiction T - English - Romance/Angst -
 * [Maren H., Tobias W.] Ilse K. - Chapters: 12 - Words: 45,210 - ... - Published: 04-11-11 - Complete - id: 123".
 */
final class FfnetStatsLine {
    final String rating;
    /** The characters named outside the pairing's brackets: the parser reads the bracketed two as the pairing only. */
    final List<String> characters = new ArrayList<>();
    final List<String> relationships = new ArrayList<>();
    private final String line;

    FfnetStatsLine(Story s, long storyId, boolean fictionPrefix, int ratingVariant, int dateVariant, int reviews) {
        this.rating = s.rating().ffnet(ratingVariant) == null ? "T" : s.rating().ffnet(ratingVariant);
        StringBuilder b = new StringBuilder(200);
        b.append("Rated: ").append(fictionPrefix ? "Fiction " : "").append(rating).append(" - English - ")
                .append(String.join("/", s.genres())).append(" - ");
        Relationship pair = s.relationships().isEmpty() || !s.relationships().get(0).romantic() ? null : s.relationships().get(0);
        List<CastMember> shown = s.characters().subList(0, Math.min(4, s.characters().size()));
        List<String> loose = new ArrayList<>();
        for (CastMember c : shown) {
            boolean paired = pair != null && (c == pair.a() || c == pair.b());
            if (!paired) {
                loose.add(c.ffnetName());
            }
        }
        if (pair != null) {
            b.append('[').append(pair.a().ffnetName()).append(", ").append(pair.b().ffnetName()).append(']');
            relationships.add(pair.a().ffnetName() + "/" + pair.b().ffnetName());
            b.append(loose.isEmpty() ? "" : " ");
        }
        b.append(String.join(", ", loose));
        characters.addAll(loose);
        int n = s.chapters().size();
        if (n > 1) {
            b.append(" - Chapters: ").append(n);
        }
        b.append(" - Words: ").append(Numbers.thousands(s.words())).append(" - Reviews: ").append(reviews);
        if (n > 1) {
            b.append(" - Updated: ").append(DateStyles.ffnet(s.updated(), dateVariant));
        }
        b.append(" - Published: ").append(DateStyles.ffnet(s.published(), dateVariant));
        if (s.complete()) {
            b.append(" - Complete");
        }
        b.append(" - id: ").append(storyId);
        this.line = b.toString();
    }

    String line() {
        return line;
    }

    /** What the stats line tells the parser: pairing, characters, genres as tags, rating. */
    void expect(ExpectedFields e, Story s) {
        if (!relationships.isEmpty()) {
            e.put("relationshipsInclude", relationships);
        }
        if (!characters.isEmpty()) {
            e.put("charactersInclude", characters);
        }
        e.put("tagsInclude", s.genres());
        e.put("rating", Rating.onAo3Scale(rating));
    }
}
