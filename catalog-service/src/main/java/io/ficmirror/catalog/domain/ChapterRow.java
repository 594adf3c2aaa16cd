package io.ficmirror.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class ChapterRow {
    public String title;
    @Column(name = "word_count")
    public int wordCount;

    public ChapterRow() {
    }

    public ChapterRow(String title, int wordCount) {
        this.title = title;
        this.wordCount = wordCount;
    }
}
