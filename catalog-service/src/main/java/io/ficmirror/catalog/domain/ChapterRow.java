package io.ficmirror.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class ChapterRow {
    public String title;
    @Column(name = "word_count")
    public int wordCount;
    public String notes;
    @Column(name = "end_notes")
    public String endNotes;

    public ChapterRow() {
    }

    public ChapterRow(String title, int wordCount, String notes, String endNotes) {
        this.title = title;
        this.wordCount = wordCount;
        this.notes = notes;
        this.endNotes = endNotes;
    }
}
