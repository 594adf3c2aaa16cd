package io.ficmirror.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Reader engagement as a source shows it: AO3's kudos, hits, bookmarks and comments, fanfiction.net's reviews,
 * favourites and follows, an eFiction archive's hits, reviews and favourites. Each counter is null when the source
 * does not show it, which is not the same as 0.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Stats(Integer kudos, Integer hits, Integer bookmarks, Integer comments, Integer favourites,
        Integer follows, Integer reviews) {

    /** The counters' names, as in JSON, in the search API's sort keys and in the query syntax. */
    public static final java.util.List<String> COUNTERS =
            java.util.List.of("kudos", "hits", "bookmarks", "comments", "favourites", "follows", "reviews");

    public static final Stats NONE = new Stats(null, null, null, null, null, null, null);

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return equals(NONE);
    }

    /** The counter by its name in {@link #COUNTERS}. */
    public Integer counter(String name) {
        return switch (name) {
            case "kudos" -> kudos;
            case "hits" -> hits;
            case "bookmarks" -> bookmarks;
            case "comments" -> comments;
            case "favourites" -> favourites;
            case "follows" -> follows;
            case "reviews" -> reviews;
            default -> throw new IllegalArgumentException("no counter " + name + "; counters are " + COUNTERS);
        };
    }

    /**
     * Both sources' counters, the higher of the two for each: copies of one work in several mirrors show the same
     * readers, so adding them up would count readers twice.
     */
    public Stats highest(Stats other) {
        if (other == null) {
            return this;
        }
        return new Stats(max(kudos, other.kudos), max(hits, other.hits), max(bookmarks, other.bookmarks),
                max(comments, other.comments), max(favourites, other.favourites), max(follows, other.follows),
                max(reviews, other.reviews));
    }

    private static Integer max(Integer a, Integer b) {
        return a == null ? b : b == null ? a : Integer.valueOf(Math.max(a, b));
    }
}
