package io.ficmirror.catalog.domain;

import io.ficmirror.contract.Stats;
import jakarta.persistence.Embeddable;

/** A work's engagement counters, each null where no source shows it. Hibernate loads a row of all nulls as null. */
@Embeddable
public class EngagementRow {
    public Integer kudos;
    public Integer hits;
    public Integer bookmarks;
    public Integer comments;
    public Integer favourites;
    public Integer follows;
    public Integer reviews;

    /** Null when the stats show no counter, as a work without engagement has none. */
    public static EngagementRow of(Stats stats) {
        if (stats == null || stats.isEmpty()) {
            return null;
        }
        EngagementRow row = new EngagementRow();
        row.kudos = stats.kudos();
        row.hits = stats.hits();
        row.bookmarks = stats.bookmarks();
        row.comments = stats.comments();
        row.favourites = stats.favourites();
        row.follows = stats.follows();
        row.reviews = stats.reviews();
        return row;
    }

    public Stats toStats() {
        return new Stats(kudos, hits, bookmarks, comments, favourites, follows, reviews);
    }
}
