package io.ficmirror.efiction;

import io.ficmirror.contract.ArchiveStory;
import io.ficmirror.contract.SchemaVersion;
import io.ficmirror.contract.SeriesPart;
import io.ficmirror.contract.Stats;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads an eFiction 3 archive from its MySQL dump: every story becomes an {@link ArchiveStory}, every reader's review
 * or favourite of a story an interaction under a pseudonym, and what was withheld is reported. The dump is read once,
 * streaming; stories are assembled at its end, because a dump lists its tables alphabetically and a story's chapters,
 * reviews and favourites come before the stories table.
 */
public final class EfictionDump {
    public static final String SOFTWARE = "eFiction 3";
    private static final int SNIFF_BYTES = 64 * 1024;

    /** What the import hands on, one call per story (published or skipped) and per interaction. */
    public interface Listener {
        void story(String storyId, ArchiveStory story) throws IOException;

        /** A story the archive itself had not published (awaiting validation): counted, not imported. */
        void skipped(String storyId, String reason) throws IOException;

        void interaction(ReaderInteraction interaction) throws IOException;

        /**
         * How far the dump has been read, in bytes of the file, while it is read: stories come only at its end (a
         * dump lists the stories table last), so this is the only progress until then.
         */
        default void reading(long bytesRead, long dumpBytes) {
        }
    }

    /**
     * A reader's review or favourite of a story.
     *
     * @param sourceKey what identifies it in the archive ("review:17", "favourite:3"), for a stable interaction id
     * @param readerId  the reader's pseudonym, null for a guest
     * @param at        when, null when the archive does not record it (favourites)
     */
    public record ReaderInteraction(String storyId, String sourceKey, String readerId, String kind, Instant at) {
    }

    /**
     * @param stories  stories handed on as works
     * @param withheld personal data met and not passed on, by kind, with counts
     * @param notes    what a person should know about this dump: rows left out and why, chapters without text
     */
    public record Report(int stories, int skipped, int interactions, Map<String, Long> withheld, List<String> notes) {
    }

    private final long maxStatementChars;

    public EfictionDump(long maxStatementChars) {
        this.maxStatementChars = maxStatementChars;
    }

    /** True when the file (plain or gzipped) is a MySQL dump of eFiction's tables. */
    public static boolean looksLikeOne(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = SqlDump.open(file)) {
            String head = new String(in.readNBytes(SNIFF_BYTES), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            return head.contains(ArchiveTables.TABLE_PREFIX)
                    && (head.contains("create table") || head.contains("insert into"));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * @param storiesDir the archive's stories folder, where chapter texts are when the archive stored them as files;
     *                   null when they are in the dump
     */
    public Report read(Path dump, Path storiesDir, ReaderPseudonyms pseudonyms, Listener listener) throws IOException {
        Withheld withheld = new Withheld();
        List<String> notes = new ArrayList<>();
        try (ChapterTexts texts = new ChapterTexts(storiesDir)) {
            ArchiveTables tables = new ArchiveTables(withheld, texts);
            SqlDump sql = new SqlDump();
            long dumpBytes = Files.size(dump);
            sql.read(dump, maxStatementChars, tables, bytesRead -> listener.reading(bytesRead, dumpBytes));
            for (SqlDump.Unparsed unparsed : sql.unparsed()) {
                notes.add("the statement on line %d (table %s) could not be read and was left out: %s"
                        .formatted(unparsed.line(), unparsed.table(), unparsed.problem()));
            }
            if (tables.stories.isEmpty()) {
                throw new DumpException("the dump holds no rows of eFiction's stories table (" + ArchiveTables.TABLE_PREFIX
                        + "stories); is it the whole dump of an eFiction 3 archive?");
            }
            Assembly assembly = new Assembly(tables, texts, notes);
            int published = 0;
            int skipped = 0;
            Set<Long> imported = new HashSet<>();
            for (ArchiveTables.Story story : tables.stories) {
                if (!story.validated()) {
                    listener.skipped(Long.toString(story.sid()), "story " + story.sid()
                            + " was not validated in the archive (a draft or awaiting review)");
                    skipped++;
                    continue;
                }
                listener.story(Long.toString(story.sid()), assembly.story(story));
                imported.add(story.sid());
                published++;
            }
            int interactions = interactions(tables, imported, pseudonyms, listener, withheld, notes);
            return new Report(published, skipped, interactions, withheld.counts(), List.copyOf(notes));
        }
    }

    private static int interactions(ArchiveTables tables, Set<Long> imported, ReaderPseudonyms pseudonyms,
            Listener listener, Withheld withheld, List<String> notes) throws IOException {
        Set<Long> readers = new HashSet<>();
        int sent = 0;
        int elsewhere = 0;
        for (ArchiveTables.Review review : tables.reviews) {
            if (!imported.contains(review.sid())) {
                elsewhere++;
                continue;
            }
            listener.interaction(new ReaderInteraction(Long.toString(review.sid()), "review:" + review.reviewId(),
                    pseudonyms.of(review.readerUid()), io.ficmirror.contract.Interaction.REVIEW, instant(review.at())));
            readers.add(review.readerUid());
            sent++;
        }
        for (ArchiveTables.Favourite favourite : tables.favourites) {
            if (!imported.contains(favourite.sid())) {
                elsewhere++;
                continue;
            }
            listener.interaction(new ReaderInteraction(Long.toString(favourite.sid()),
                    // the key names the reader by pseudonym: interaction ids are plain hashes, and an account id in
                    // them could be found by trying every id
                    "favourite:" + pseudonyms.of(favourite.readerUid()) + ":" + favourite.sid(),
                    pseudonyms.of(favourite.readerUid()), io.ficmirror.contract.Interaction.FAVOURITE, null));
            readers.add(favourite.readerUid());
            sent++;
        }
        readers.remove(0L);
        withheld.add(Withheld.READERS, readers.size());
        if (elsewhere > 0) {
            notes.add(elsewhere + " reviews and favourites are of stories not imported (not in the dump, or not"
                    + " validated): left out");
        }
        if (tables.favouritesOfAuthorsOrSeries > 0) {
            notes.add(tables.favouritesOfAuthorsOrSeries + " favourites are of authors or series, not of works: left out");
        }
        return sent;
    }

    /** Turns one story's row and the rows that refer to it into the story record. */
    private static final class Assembly {
        private final ArchiveTables tables;
        private final ChapterTexts texts;
        private final List<String> notes;
        private final Map<Long, List<ArchiveTables.ChapterRow>> chaptersByStory;
        private final Map<Long, Integer> reviewsByStory = new HashMap<>();
        private final Map<Long, Integer> favouritesByStory = new HashMap<>();
        private final Map<Long, List<ArchiveTables.SeriesEntry>> seriesEntriesByStory;

        Assembly(ArchiveTables tables, ChapterTexts texts, List<String> notes) {
            this.tables = tables;
            this.texts = texts;
            this.notes = notes;
            this.chaptersByStory = tables.chapters.stream().filter(ArchiveTables.ChapterRow::validated)
                    .collect(Collectors.groupingBy(ArchiveTables.ChapterRow::sid));
            this.seriesEntriesByStory = tables.seriesEntries.stream().collect(Collectors.groupingBy(ArchiveTables.SeriesEntry::sid));
            tables.reviews.forEach(r -> reviewsByStory.merge(r.sid(), 1, Integer::sum));
            tables.favourites.forEach(f -> favouritesByStory.merge(f.sid(), 1, Integer::sum));
        }

        ArchiveStory story(ArchiveTables.Story story) throws IOException {
            long sid = story.sid();
            return new ArchiveStory(SchemaVersion.CURRENT, SOFTWARE, Long.toString(sid), story.title(), authors(story),
                    names(story.categoryIds(), tables.categories), names(story.characterIds(), tables.characters),
                    classes(story.classIds(), false), classes(story.classIds(), true), rating(story.rating()),
                    completion(story.completed()), story.wordCount(), date(story.published()), date(story.updated()),
                    series(sid), names(story.challengeIds(), tables.challenges), texts.read(story.summary()),
                    texts.read(story.notes()),
                    chapters(sid), stats(story));
        }

        private List<String> authors(ArchiveTables.Story story) {
            Set<Long> uids = new LinkedHashSet<>();
            uids.add(story.ownerUid());
            if (tables.coauthorTableSeen) {
                uids.addAll(tables.coauthors.getOrDefault(story.sid(), List.of()));
            } else {
                // archives without the coauthors table kept the co-authors' ids in the story's own column
                uids.addAll(ids(story.coauthorColumn()));
            }
            return uids.stream().map(tables.pennames::get).filter(Objects::nonNull).filter(n -> !n.isBlank()).toList();
        }

        private List<String> classes(String classIds, boolean warnings) {
            List<String> out = new ArrayList<>();
            for (long id : ids(classIds)) {
                ArchiveTables.ClassRow row = tables.classes.get(id);
                if (row != null && warnings == isWarningType(row.type())) {
                    out.add(row.name());
                }
            }
            return out;
        }

        private boolean isWarningType(long type) {
            String name = tables.classTypeNames.get(type);
            return name != null && name.toLowerCase(Locale.ROOT).startsWith("warning");
        }

        /** The rating's name: eFiction stores the ratings table's id, some converted archives its name. */
        private String rating(String stored) {
            if (stored == null || stored.isBlank() || stored.strip().equals("0")) {
                return null;
            }
            List<Long> ids = ids(stored);
            String byId = ids.isEmpty() ? null : tables.ratings.get(ids.get(0));
            // a name made of digits ("18", "15") is a name when no rating has that id
            return byId != null ? byId : stored.strip();
        }

        private List<SeriesPart> series(long sid) {
            return seriesEntriesByStory.getOrDefault(sid, List.of()).stream().filter(e -> tables.seriesTitles.containsKey(e.seriesId()))
                    .map(e -> new SeriesPart(tables.seriesTitles.get(e.seriesId()), e.order() > 0 ? e.order() : null))
                    .toList();
        }

        private List<ArchiveStory.ArchiveChapter> chapters(long sid) throws IOException {
            List<ArchiveTables.ChapterRow> rows = new ArrayList<>(chaptersByStory.getOrDefault(sid, List.of()));
            rows.sort(Comparator.comparingInt(ArchiveTables.ChapterRow::order).thenComparingLong(ArchiveTables.ChapterRow::chapterId));
            Set<Integer> places = new HashSet<>();
            List<ArchiveStory.ArchiveChapter> chapters = new ArrayList<>();
            for (ArchiveTables.ChapterRow row : rows) {
                if (!places.add(row.order())) {
                    notes.add("story %d: more than one chapter is number %d in reading order; chapter %d follows by its id"
                            .formatted(sid, row.order(), row.chapterId()));
                }
                String text = text(row);
                chapters.add(new ArchiveStory.ArchiveChapter(chapters.size() + 1, strip(row.title()), texts.read(row.notes()),
                        text, texts.read(row.endNotes())));
            }
            return chapters;
        }

        private String text(ArchiveTables.ChapterRow row) throws IOException {
            if (row.text() != null) {
                return texts.read(row.text());
            }
            Path file = texts.fileOf(row.authorUid(), row.chapterId());
            String text = texts.readFile(file);
            if (text == null) {
                notes.add("story %d, chapter %d: no text in the dump%s".formatted(row.sid(), row.chapterId(),
                        file == null ? " (give the archive's stories folder with --files)" : " and no file " + file));
            }
            return text;
        }

        private Stats stats(ArchiveTables.Story story) {
            Integer tableReviews = reviewsByStory.get(story.sid());
            Integer reviews = story.reviews() == null ? tableReviews
                    : Integer.valueOf(Math.max(story.reviews(), tableReviews == null ? 0 : tableReviews));
            Integer favourites = tables.favouritesTableSeen ? favouritesByStory.getOrDefault(story.sid(), 0) : null;
            return new Stats(null, story.hits(), null, null, favourites, null, reviews);
        }
    }

    private static List<String> names(String ids, Map<Long, String> byId) {
        return ids(ids).stream().map(byId::get).filter(Objects::nonNull).filter(n -> !n.isBlank()).map(String::strip)
                .distinct().toList();
    }

    /** eFiction's comma-separated id lists ("3,10,16"); 0 and -1 mean none. */
    static List<Long> ids(String list) {
        List<Long> ids = new ArrayList<>();
        if (list == null) {
            return ids;
        }
        for (String part : list.split(",")) {
            try {
                long id = Long.parseLong(part.strip());
                if (id > 0) {
                    ids.add(id);
                }
            } catch (NumberFormatException e) {
                // not an id: left out
            }
        }
        return ids;
    }

    private static Boolean completion(String completed) {
        if (completed == null || completed.isBlank()) {
            return null;
        }
        return !completed.strip().equals("0") && !completed.strip().equalsIgnoreCase("n");
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** MySQL's datetime as text; its zero date means none. eFiction stores server time, taken here as UTC. */
    static LocalDateTime dateTime(String value) {
        if (value == null || value.isBlank() || value.startsWith("0000-00-00")) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip().replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value.strip()).atStartOfDay();
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private static LocalDate date(String value) {
        LocalDateTime at = dateTime(value);
        return at == null ? null : at.toLocalDate();
    }

    private static Instant instant(String value) {
        LocalDateTime at = dateTime(value);
        return at == null ? null : at.toInstant(ZoneOffset.UTC);
    }
}
