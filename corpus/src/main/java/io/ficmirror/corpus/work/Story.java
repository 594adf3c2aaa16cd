package io.ficmirror.corpus.work;

import io.ficmirror.corpus.prose.Language;
import java.time.LocalDate;
import java.util.List;

/**
 * One generated work, independent of any document format: its metadata and its text. Formats decide which of these
 * fields a document states and how; a near-duplicate is the same story with edited text ({@link NearDuplicate}).
 *
 * @param key      the work's key in the corpus manifest, shared by all its documents ("w000123")
 * @param category AO3's relationship category (M/M, F/F, F/M, Gen, Multi)
 * @param tags     free-form tags
 * @param genres   fanfiction.net's genres (Romance, Angst, Hurt/Comfort...)
 * @param notes    the author's note before the story, null when none
 * @param endNote  a note after the story, null when none
 * @param updated  the date of the last chapter; the published date for one-chapter works
 */
public record Story(int index, String key, Language language, String title, List<Author> authors,
        List<Fandom> fandoms, List<CastMember> characters, List<Relationship> relationships, Rating rating,
        List<Warning> warnings, String category, List<String> tags, List<String> genres, String summary,
        String notes, String endNote, String disclaimer, List<String> betas, Series series, LocalDate published,
        LocalDate updated, boolean complete, List<Chapter> chapters, List<ReaderComment> comments) {

    public int words() {
        int words = 0;
        for (Chapter c : chapters) {
            words += c.words();
        }
        return words;
    }

    public boolean multiChapter() {
        return chapters.size() > 1;
    }

    public Fandom fandom() {
        return fandoms.get(0);
    }

    public Story withText(List<Chapter> newChapters, String newNotes) {
        return new Story(index, key, language, title, authors, fandoms, characters, relationships, rating, warnings,
                category, tags, genres, summary, newNotes, endNote, disclaimer, betas, series, published, updated,
                complete, newChapters, comments);
    }
}
