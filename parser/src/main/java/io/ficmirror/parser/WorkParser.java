package io.ficmirror.parser;

import io.ficmirror.contract.Chapter;
import io.ficmirror.contract.ContentIds;
import io.ficmirror.contract.SchemaVersion;
import io.ficmirror.contract.Work;
import io.ficmirror.parser.html.HtmlReader;
import io.ficmirror.parser.meta.MetadataNormalizer;
import io.ficmirror.parser.meta.PartDetector;
import io.ficmirror.parser.meta.Ratings;
import io.ficmirror.parser.meta.StoryUrls;
import io.ficmirror.parser.text.ChapterSplitter;
import io.ficmirror.parser.text.CharsetDecoder;
import io.ficmirror.parser.text.FfnetStats;
import io.ficmirror.parser.text.LanguageDetector;
import io.ficmirror.parser.text.Mojibake;
import io.ficmirror.parser.text.TextStoryReader;
import io.ficmirror.parser.text.Texts;
import io.ficmirror.parser.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/** Entry point of the parser: one raw document in, one outcome out. Stateless and thread-safe. */
public final class WorkParser {
    public static final String VERSION = "1.0";
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;
    private static final Pattern AO3_TXT = Pattern.compile("(?i)posted originally on the archive of our own");

    private final long maxBytes;
    private final MetadataNormalizer normalizer = new MetadataNormalizer();

    public WorkParser() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes documents larger than this are rejected ("too-large") rather than parsed */
    public WorkParser(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public ParseOutcome parse(RawDocument document) {
        byte[] bytes = document.content() == null ? new byte[0] : document.content();
        if (bytes.length == 0) {
            return new ParseOutcome.Rejected("empty", "the document is empty (0 bytes)");
        }
        if (bytes.length > maxBytes) {
            return new ParseOutcome.Rejected("too-large", "the document has " + bytes.length
                    + " bytes, more than the configured limit of " + maxBytes);
        }
        if (ArchiveStoryReader.accepts(document.mediaType())) {
            return parseArchiveStory(document, bytes);
        }
        String unsupported = ContentSniffer.unsupportedMediaType(document.mediaType());
        if (unsupported != null) {
            return new ParseOutcome.Rejected("unsupported-media-type", unsupported);
        }
        if (ContentSniffer.isBinary(bytes)) {
            return new ParseOutcome.Rejected("binary", "the document is binary (NUL or control bytes), not text");
        }
        String decoded = Mojibake.repair(CharsetDecoder.decode(bytes, document.charset()).text());
        String text = Texts.withoutControlCharacters(decoded);
        if (decoded.length() - text.length() > decoded.length() / 10) {
            return new ParseOutcome.Rejected("binary", "the document decodes to control characters, not text");
        }
        if (text.isBlank()) {
            return new ParseOutcome.Rejected("empty", "the document holds only whitespace");
        }
        Draft d = new Draft();
        StoryUrls.fromSource(document.source() == null ? null : document.source().uri(), d.site);
        Supplier<String> pageText;
        if (ContentSniffer.looksLikeHtml(document.mediaType(), text)) {
            Document doc = HtmlReader.parse(text);
            HtmlReader.read(doc, d);
            // the page's visible text is only needed when the kept text is too short to be a story
            pageText = () -> HtmlReader.visibleText(doc);
        } else {
            readText(text, d);
            pageText = () -> text;
        }
        int bodyWords = Words.count(d.body);
        String notAStory = NotAStory.reason(pageText, d, bodyWords);
        if (notAStory != null) {
            return new ParseOutcome.Rejected("not-a-story", notAStory);
        }
        return new ParseOutcome.Parsed(finish(d, document, bodyWords), d.sourceFormat + ": " + d.formatEvidence);
    }

    private ParseOutcome parseArchiveStory(RawDocument document, byte[] bytes) {
        Draft d = new Draft();
        ParseOutcome.Rejected unreadable = ArchiveStoryReader.read(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), d);
        if (unreadable != null) {
            return unreadable;
        }
        return new ParseOutcome.Parsed(finish(d, document, Words.count(d.body)), d.sourceFormat + ": " + d.formatEvidence);
    }

    private static void readText(String text, Draft d) {
        String head = text.length() > 4096 ? text.substring(0, 4096) : text;
        if (AO3_TXT.matcher(head).find()) {
            d.detected(SourceFormat.AO3_TXT, "the line \"Posted originally on the Archive of Our Own\"");
        }
        for (String line : head.split("\n", 40)) {
            if (line.length() < 1000 && FfnetStats.LINE.matcher(line).matches()) {
                d.detected(SourceFormat.FFNET, "fanfiction.net's dash-separated stats line (Rated: ... - Words: ...)");
                FfnetStats.read(line.strip(), d);
                text = text.replace(line, "");
                break;
            }
        }
        TextStoryReader.read(text, d);
    }

    private Work finish(Draft d, RawDocument document, int bodyWords) {
        if (d.title == null) {
            d.title = d.fallbackTitle;
        }
        if (d.authors.isEmpty()) {
            d.authors.addAll(d.fallbackAuthors);
        }
        normalizer.normalize(d);
        List<Chapter> chapters = d.chapters.isEmpty() ? ChapterSplitter.split(d.body) : d.chapters;
        PartDetector.detect(d, chapters.size());
        String language = LanguageDetector.detect(d.body.length() > 200 ? d.body
                : String.join(" ", d.body, String.valueOf(d.summary), String.valueOf(d.title)));
        if (language == null || bodyWords < 20) {
            String declared = LanguageDetector.fromName(d.declaredLanguage);
            language = declared != null ? declared : language;
        }
        String rating = d.rating == null ? Ratings.NOT_RATED : Ratings.rating(d.rating);
        String notes = d.notes.isEmpty() ? null : String.join("\n\n", d.notes);
        d.wrote("rating", d.rating, rating);
        Map<String, List<String>> asWritten = new java.util.TreeMap<>();
        d.asWritten.forEach((field, values) -> asWritten.put(field, List.copyOf(values)));
        return new Work(SchemaVersion.CURRENT, ContentIds.workIdForDocument(document.documentId()),
                document.documentId(), d.title, List.copyOf(d.authors), List.copyOf(d.fandoms),
                List.copyOf(d.relationships), List.copyOf(d.characters), List.copyOf(d.tags), rating,
                List.copyOf(d.warnings), List.copyOf(d.categories), List.copyOf(d.series), d.summary, notes,
                d.disclaimer, List.copyOf(d.betas), d.publishedAt, d.updatedAt, language, bodyWords,
                new ArrayList<>(chapters), d.commentCount, d.body, d.sourceFormat, document.source(), VERSION,
                asWritten, d.partOf, d.stats(), d.complete, List.copyOf(d.challenges));
    }
}
