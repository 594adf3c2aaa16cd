package io.ficmirror.parser;

import io.ficmirror.contract.Chapter;
import io.ficmirror.contract.SeriesPart;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The fields of a work while extractors fill them in. Extractors set what their format states; the metadata
 * normaliser then splits, maps and infers; {@link WorkParser} turns the result into the immutable Work.
 * Values here are as written; "first one wins" setters let a structured source take precedence over guesses.
 */
public final class Draft {
    public String sourceFormat = SourceFormat.PLAIN;
    /** Why {@link #sourceFormat} was chosen, for people ("ficmirror parse --explain"). */
    public String formatEvidence = "no format's markers found: a plain document";

    public void detected(String format, String evidence) {
        sourceFormat = format;
        formatEvidence = evidence;
    }
    public String title;
    /** A title guessed from a subject line or page title, used only when no header names one. */
    public String fallbackTitle;
    public final Set<String> authors = new LinkedHashSet<>();
    public final Set<String> fallbackAuthors = new LinkedHashSet<>();
    public final Set<String> fandoms = new LinkedHashSet<>();
    public final Set<String> relationships = new LinkedHashSet<>();
    public final Set<String> characters = new LinkedHashSet<>();
    public final Set<String> tags = new LinkedHashSet<>();
    public final Set<String> warnings = new LinkedHashSet<>();
    public final Set<String> categories = new LinkedHashSet<>();
    public final Set<String> betas = new LinkedHashSet<>();
    public final List<SeriesPart> series = new ArrayList<>();
    public final List<Chapter> chapters = new ArrayList<>();
    /** Free text where pairings, genre words and fandom names may be found (subject lines, Genre:, Challenge:). */
    public final List<String> metadataText = new ArrayList<>();
    public String rating;
    public String summary;
    public final List<String> notes = new ArrayList<>();
    public String disclaimer;
    public LocalDate publishedAt;
    public LocalDate updatedAt;
    public String declaredLanguage;
    public Integer commentCount;
    /** Reader engagement counters the source shows (kudos, hits, reviews, ...), by {@link io.ficmirror.contract.Stats} name. */
    public final java.util.Map<String, Integer> counters = new java.util.TreeMap<>();
    public Boolean complete;
    public final Set<String> challenges = new LinkedHashSet<>();
    public String body = "";
    /** The source's own values where the canonical ones differ, by Work field name (see Work.asWritten). */
    public final java.util.Map<String, Set<String>> asWritten = new java.util.TreeMap<>();
    /** Set when the document holds one part of a work spread over several documents (see PartOf). */
    public io.ficmirror.contract.PartOf partOf;
    /** Which story and chapter the source URI and the page's chapter navigation name, for {@link #partOf}. */
    public final io.ficmirror.parser.meta.SitePart site = new io.ficmirror.parser.meta.SitePart();
    /** True when the body was taken from a structured container (AO3 work text) and must not be re-read for headers. */
    public boolean bodyIsClean;
    /** How many different stories the page links to (by story id and link text), and the first few titles. */
    public int otherStoriesLinked;
    public final List<String> linkedStoryTitles = new ArrayList<>();
    /** Headers, bylines or fic markers seen: evidence that a journal post is a story. */
    public int storySignals;

    /** Records that the source wrote {@code written} where the work has {@code canonical} in {@code field}. */
    public void wrote(String field, String written, String canonical) {
        if (written != null && !written.isBlank() && !written.strip().equals(canonical)) {
            asWritten.computeIfAbsent(field, k -> new LinkedHashSet<>()).add(written.strip());
        }
    }

    public void title(String value) {
        if (title == null && value != null && !value.isBlank()) {
            title = value.strip();
        }
    }

    public void published(LocalDate date) {
        if (publishedAt == null) {
            publishedAt = date;
        }
    }

    public void note(String text) {
        if (text != null && !text.isBlank() && !notes.contains(text.strip())) {
            notes.add(text.strip());
        }
    }

    public void disclaimer(String value) {
        if (disclaimer == null && value != null && !value.isBlank()) {
            disclaimer = value.strip();
        }
    }

    public void summary(String value) {
        if (summary == null && value != null && !value.isBlank()) {
            summary = value.strip();
        }
    }

    /** Records a counter the source shows; a later reading of the same counter does not replace the first. */
    public void counter(String name, Integer value) {
        if (value != null && value >= 0) {
            counters.putIfAbsent(name, value);
        }
    }

    /** The counters as the Work's stats; null when the source shows none. */
    public io.ficmirror.contract.Stats stats() {
        if (counters.isEmpty()) {
            return null;
        }
        return new io.ficmirror.contract.Stats(counters.get("kudos"), counters.get("hits"), counters.get("bookmarks"),
                counters.get("comments"), counters.get("favourites"), counters.get("follows"), counters.get("reviews"));
    }
}
