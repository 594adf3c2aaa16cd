package io.ficmirror.catalog.service;

import io.ficmirror.contract.Chapter;
import io.ficmirror.contract.SeriesPart;
import io.ficmirror.contract.Stats;
import io.ficmirror.contract.Work;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Derives the canonical work from its sources. Copies of one story: the fullest copy (most words) gives the text and
 * the main metadata, the others fill what it lacks, and tags are the union of all. Parts of one story: the text is
 * the parts in order (one copy per part number, the latest fetched), metadata comes from the first part. Either way
 * the work was published when its first source was and updated when its last one was, and its engagement is the
 * highest of its sources' for each counter: copies and parts of one work show the same readers.
 */
public final class WorkAssembler {
    static final String NOT_RATED = "Not Rated";

    private WorkAssembler() {
    }

    public static CanonicalWork assemble(List<SourceVersion> sources) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a work has at least one source");
        }
        List<SourceVersion> wholes = sources.stream().filter(s -> s.work().partOf() == null).toList();
        List<SourceVersion> parts = wholes.isEmpty() ? partsInOrder(sources) : List.of();
        SourceVersion primary = wholes.isEmpty() ? parts.get(0) : wholes.stream()
                .max(Comparator.comparingInt((SourceVersion s) -> s.work().wordCount())
                        .thenComparing(SourceVersion.FETCH_ORDER.reversed()))
                .orElseThrow();
        List<SourceVersion> ordered = new ArrayList<>();
        ordered.add(primary);
        sources.stream().filter(s -> s != primary)
                .sorted(Comparator.comparing(SourceVersion::partNumber, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(SourceVersion.FETCH_ORDER))
                .forEach(ordered::add);

        List<Chapter> chapters;
        String body;
        int wordCount;
        if (wholes.isEmpty()) {
            chapters = new ArrayList<>();
            for (SourceVersion part : parts) {
                chapters.addAll(chaptersOfPart(part.work()));
            }
            body = String.join("\n\n", parts.stream().map(p -> p.work().body()).toList());
            wordCount = parts.stream().mapToInt(p -> p.work().wordCount()).sum();
        } else {
            chapters = primary.work().chapters() == null || primary.work().chapters().isEmpty()
                    ? List.of(new Chapter(null, primary.work().wordCount())) : primary.work().chapters();
            body = primary.work().body();
            wordCount = primary.work().wordCount();
        }

        Map<TagType, List<String>> tags = new EnumMap<>(TagType.class);
        Map<TagType, Map<String, List<String>>> synonyms = new EnumMap<>(TagType.class);
        for (TagType type : TagType.values()) {
            tags.put(type, union(ordered, type::of));
            synonyms.put(type, synonymsOf(ordered, type));
        }
        String rating = ordered.stream().map(s -> s.work().rating())
                .filter(r -> r != null && !r.equals(NOT_RATED)).findFirst().orElse(NOT_RATED);
        tags.put(TagType.RATING, List.of(rating));

        LocalDate published = sources.stream().map(s -> s.work().publishedAt()).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        LocalDate lastChange = sources.stream()
                .map(s -> s.work().updatedAt() != null ? s.work().updatedAt() : s.work().publishedAt())
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        LocalDate updated = lastChange != null && (published == null || lastChange.isAfter(published)) ? lastChange : null;

        Integer comments = sources.stream().map(s -> s.work().commentCount()).filter(Objects::nonNull)
                .reduce(Integer::sum).orElse(null);
        Stats engagement = sources.stream().map(s -> s.work().stats()).reduce(Stats.NONE, Stats::highest);

        return new CanonicalWork(
                first(ordered, Work::title),
                union(ordered, Work::authors),
                tags,
                synonyms,
                seriesOf(ordered),
                first(ordered, Work::summary),
                first(ordered, Work::notes),
                first(ordered, Work::disclaimer),
                rating,
                first(ordered, Work::language),
                published,
                updated,
                List.copyOf(chapters),
                wordCount,
                comments,
                engagement.isEmpty() ? null : engagement,
                completion(sources),
                body,
                primary.documentId());
    }

    /** One source per part number (the latest fetched), in part order. */
    private static List<SourceVersion> partsInOrder(List<SourceVersion> sources) {
        Map<Integer, SourceVersion> byNumber = new TreeMap<>();
        for (SourceVersion source : sources) {
            byNumber.merge(source.partNumber(), source,
                    (a, b) -> SourceVersion.FETCH_ORDER.compare(a, b) >= 0 ? a : b);
        }
        return List.copyOf(byNumber.values());
    }

    private static List<Chapter> chaptersOfPart(Work part) {
        List<Chapter> own = part.chapters() == null ? List.of() : part.chapters();
        // a part that holds chapters of its own contributes them; otherwise the part is one chapter
        if (own.size() > 1) {
            return own;
        }
        Chapter only = own.isEmpty() ? new Chapter(null, part.wordCount()) : own.get(0);
        String title = part.partOf().title() != null ? part.partOf().title()
                : only.title() != null ? only.title() : "Part " + part.partOf().number();
        return List.of(new Chapter(title, part.wordCount(), only.notes(), only.endNotes()));
    }

    /**
     * Complete when any source says so: a copy that says it is not may have been taken before the ending was posted.
     * Null when no source says either.
     */
    private static Boolean completion(List<SourceVersion> sources) {
        Set<Boolean> said = sources.stream().map(s -> s.work().complete()).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return said.isEmpty() ? null : said.contains(Boolean.TRUE);
    }

    private static String first(List<SourceVersion> ordered, Function<Work, String> field) {
        return ordered.stream().map(s -> field.apply(s.work())).filter(v -> v != null && !v.isBlank())
                .findFirst().orElse(null);
    }

    private static List<String> union(List<SourceVersion> ordered, Function<Work, List<String>> field) {
        Set<String> values = new LinkedHashSet<>();
        for (SourceVersion source : ordered) {
            List<String> list = field.apply(source.work());
            if (list != null) {
                list.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(values::add);
            }
        }
        return List.copyOf(values);
    }

    /**
     * A source's own names become synonyms only where they are unambiguous: the field holds a single canonical
     * value ("SV" beside the one fandom Smallville). With several values the source does not say which is which.
     */
    private static Map<String, List<String>> synonymsOf(List<SourceVersion> ordered, TagType type) {
        Map<String, Set<String>> found = new LinkedHashMap<>();
        for (SourceVersion source : ordered) {
            List<String> canonical = type.of(source.work());
            Map<String, List<String>> asWritten = source.work().asWritten();
            List<String> written = asWritten == null ? null : asWritten.get(type.workField());
            if (canonical.size() == 1 && written != null) {
                for (String name : written) {
                    String tag = canonical.get(0) == null ? "" : canonical.get(0).strip();
                    if (name != null && !name.isBlank() && !tag.isEmpty() && !name.strip().equals(tag)) {
                        found.computeIfAbsent(tag, k -> new LinkedHashSet<>()).add(name.strip());
                    }
                }
            }
        }
        Map<String, List<String>> result = new LinkedHashMap<>();
        found.forEach((name, names) -> result.put(name, List.copyOf(names)));
        return result;
    }

    private static List<SeriesPart> seriesOf(List<SourceVersion> ordered) {
        Map<String, SeriesPart> byTitle = new LinkedHashMap<>();
        for (SourceVersion source : ordered) {
            if (source.work().series() != null) {
                for (SeriesPart part : source.work().series()) {
                    if (part.title() != null && !part.title().isBlank()) {
                        byTitle.merge(part.title().strip(), new SeriesPart(part.title().strip(), part.part()),
                                (kept, other) -> kept.part() != null ? kept : other);
                    }
                }
            }
        }
        return List.copyOf(byTitle.values());
    }
}
