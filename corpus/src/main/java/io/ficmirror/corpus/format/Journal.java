package io.ficmirror.corpus.format;

import io.ficmirror.corpus.prose.Rng;
import io.ficmirror.corpus.work.Story;

/**
 * Where a journal post lives: the author's own journal, or a community the author posts to; its subject line and
 * its number. Shared by the text and HTML journal formats.
 */
record Journal(String name, String poster, boolean community, long postId, String subject) {

    static Journal of(Story s, Rng r, long postId) {
        String poster = username(s.authors().get(0).name());
        boolean community = r.chance(0.5);
        String name = community ? communityName(s, r) : poster;
        return new Journal(name, poster, community, postId, subject(s, r));
    }

    /** A journal user name: lower case letters, digits and underscores, at most 15 characters. */
    static String username(String name) {
        String slug = Html.slug(name, '_');
        return slug.length() > 15 ? slug.substring(0, 15) : slug;
    }

    /** The journal's host name part: LiveJournal turns underscores into hyphens. */
    String host() {
        return name.replace('_', '-');
    }

    private static String communityName(Story s, Rng r) {
        String fandom = Html.slug(s.fandom().shortName(), '_').replace("the_", "");
        String base = fandom.length() > 9 ? fandom.substring(0, 9) : fandom;
        return base + r.pick(new String[] {"_fic", "_slash", "_fics", "_gen", "_ficathon"});
    }

    private static String subject(Story s, Rng r) {
        String rating = s.rating().letters(0) == null ? "PG-13" : s.rating().letters(0);
        String pairing = s.relationships().isEmpty() ? "gen" : s.relationships().get(0).written(false);
        return switch (r.nextInt(4)) {
            case 0 -> "Fic: " + s.title() + " (" + pairing + ", " + rating + ")";
            case 1 -> "[fic] " + s.title();
            case 2 -> s.fandom().shortName() + " fic: " + s.title();
            default -> s.title() + " (" + s.fandom().shortName() + "; " + rating + ")";
        };
    }
}
