package io.ficmirror.catalog.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A work's place in a series; {@code part} is null when the source does not number it. */
@Embeddable
public class SeriesLink {
    @ManyToOne
    @JoinColumn(name = "series_id")
    public SeriesEntity series;
    public Integer part;

    public SeriesLink() {
    }

    public SeriesLink(SeriesEntity series, Integer part) {
        this.series = series;
        this.part = part;
    }
}
