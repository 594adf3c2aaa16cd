package io.ficmirror.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/**
 * A story read from an archive's database (an eFiction MySQL dump) rather than from a page: the content of a
 * {@link DocumentReceived} whose media type is {@value #MEDIA_TYPE}, so such stories go through parse-service like any
 * other document. Names are resolved (categories, characters, classes, ratings, series, authors' pen names); nothing
 * personal is in it. Text fields hold the archive's HTML as stored.
 *
 * @param software          the archive software and the table it came from, for example "eFiction 3"
 * @param storyId           the story's id in the archive (eFiction's sid)
 * @param authors           pen names, the story's owner first, then its co-authors
 * @param fandoms           the archive's categories
 * @param tags              classes of every type other than warnings (eFiction's genres and the like)
 * @param warnings          classes of the archive's warnings type
 * @param rating            the rating's name
 * @param complete          the archive's completion flag; null when it has none
 * @param recordedWordCount the word count the archive stored, which may not match the text
 * @param chapters          in reading order
 * @param stats             counters the archive keeps or that its tables give (hits, reviews, favourites)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArchiveStory(
        int schemaVersion,
        String software,
        String storyId,
        String title,
        List<String> authors,
        List<String> fandoms,
        List<String> characters,
        List<String> tags,
        List<String> warnings,
        String rating,
        Boolean complete,
        Integer recordedWordCount,
        LocalDate publishedAt,
        LocalDate updatedAt,
        List<SeriesPart> series,
        List<String> challenges,
        String summaryHtml,
        String notesHtml,
        List<ArchiveChapter> chapters,
        Stats stats) {

    public static final String MEDIA_TYPE = "application/vnd.ficmirror.archive-story+json";

    /** One chapter; {@code number} is its place in reading order, from 1. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ArchiveChapter(int number, String title, String notesHtml, String textHtml, String endNotesHtml) {
    }
}
