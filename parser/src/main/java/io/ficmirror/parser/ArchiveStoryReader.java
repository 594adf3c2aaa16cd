package io.ficmirror.parser;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.ficmirror.contract.ArchiveStory;
import io.ficmirror.contract.Chapter;
import io.ficmirror.contract.Stats;
import io.ficmirror.parser.html.HtmlText;
import io.ficmirror.parser.text.Texts;
import io.ficmirror.parser.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Reads a story that an importer took from an archive's database ({@link ArchiveStory}, JSON). Its fields are already
 * structured, so there is nothing to guess: the work is the record, with its HTML turned into text the way the
 * archive showed it.
 */
final class ArchiveStoryReader {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Pattern MARKUP_BREAKS = Pattern.compile("(?i)<(p|br|div)[\\s/>]");

    private ArchiveStoryReader() {
    }

    static boolean accepts(String mediaType) {
        return mediaType != null && mediaType.toLowerCase(Locale.ROOT).startsWith(ArchiveStory.MEDIA_TYPE);
    }

    /** Fills the draft from the record; returns the rejection when the document cannot be read as one, else null. */
    static ParseOutcome.Rejected read(String json, Draft d) {
        ArchiveStory story;
        try {
            story = JSON.readValue(json, ArchiveStory.class);
        } catch (JacksonException e) {
            return new ParseOutcome.Rejected("malformed-record",
                    "the archive story record is not valid JSON of its kind: " + e.getOriginalMessage());
        }
        if (story == null || story.chapters() == null || story.chapters().isEmpty()) {
            return new ParseOutcome.Rejected("no-text", "the archive holds no chapters for this story");
        }
        d.detected(SourceFormat.ARCHIVE_DATABASE, "a story record read from " + Texts.cleanOr(story.software())
                + "'s database");
        d.bodyIsClean = true;
        d.title(story.title());
        addAll(d.authors, story.authors());
        addAll(d.fandoms, story.fandoms());
        addAll(d.characters, story.characters());
        addAll(d.tags, story.tags());
        addAll(d.warnings, story.warnings());
        addAll(d.challenges, story.challenges());
        if (story.series() != null) {
            d.series.addAll(story.series());
        }
        d.rating = story.rating();
        d.complete = story.complete();
        d.published(story.publishedAt());
        d.updatedAt = story.updatedAt();
        d.summary(text(story.summaryHtml()));
        d.note(text(story.notesHtml()));
        Stats stats = story.stats() == null ? Stats.NONE : story.stats();
        for (String counter : Stats.COUNTERS) {
            d.counter(counter, stats.counter(counter));
        }
        List<String> texts = new ArrayList<>();
        for (ArchiveStory.ArchiveChapter chapter : story.chapters()) {
            String text = text(chapter.textHtml());
            if (text != null) {
                texts.add(text);
            }
            d.chapters.add(new Chapter(Texts.clean(chapter.title()), text == null ? 0 : Words.count(text),
                    text(chapter.notesHtml()), text(chapter.endNotesHtml())));
        }
        if (texts.isEmpty()) {
            return new ParseOutcome.Rejected("no-text", "none of the story's " + story.chapters().size()
                    + " chapters has any text");
        }
        d.body = String.join("\n\n", texts);
        if (story.recordedWordCount() != null) {
            d.wrote("wordCount", story.recordedWordCount().toString(), String.valueOf(Words.count(d.body)));
        }
        return null;
    }

    /**
     * The text of an archive's HTML field. Archives such as eFiction store either HTML or plain text with line breaks
     * (which they show through nl2br), so text without paragraph or break tags keeps its line breaks.
     */
    private static String text(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String markup = MARKUP_BREAKS.matcher(html).find() ? html : html.replace("\r\n", "\n").replace("\n", "<br>\n");
        String text = HtmlText.of(Jsoup.parseBodyFragment(markup).body()).strip();
        return text.isEmpty() ? null : text;
    }

    private static void addAll(java.util.Collection<String> field, List<String> values) {
        if (values != null) {
            values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(field::add);
        }
    }
}
