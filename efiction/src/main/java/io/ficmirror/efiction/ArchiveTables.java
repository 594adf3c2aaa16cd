package io.ficmirror.efiction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an import keeps of an eFiction archive's tables while the dump streams past: names by id, stories' and
 * chapters' rows, and readers' reviews and favourites. Only the columns named here are read; the rest of each row
 * (e-mails, passwords, real names and the like) is counted by {@link Withheld} and dropped.
 */
final class ArchiveTables implements SqlDump.RowHandler {
    static final String TABLE_PREFIX = "fanfiction_";

    /** A story's row; its summary and notes, which can be long, wait on disk like chapter texts. */
    record Story(long sid, String title, ChapterTexts.Spilled summary, ChapterTexts.Spilled notes, String categoryIds, String classIds,
            String characterIds, String rating, String published, String updated, long ownerUid, String coauthorColumn,
            boolean validated, String completed, Integer wordCount, Integer reviews, Integer hits, String challengeIds) {
    }

    record ChapterRow(long chapterId, long sid, long authorUid, String title, int order, ChapterTexts.Spilled notes,
            ChapterTexts.Spilled endNotes,
            boolean validated, ChapterTexts.Spilled text) {
    }

    record ClassRow(long type, String name) {
    }

    record Review(long reviewId, long sid, long readerUid, String at) {
    }

    record Favourite(long readerUid, long sid) {
    }

    record SeriesEntry(long seriesId, long sid, int order) {
    }

    final Map<Long, String> pennames = new HashMap<>();
    final Map<Long, String> categories = new HashMap<>();
    final Map<Long, String> characters = new HashMap<>();
    final Map<Long, ClassRow> classes = new HashMap<>();
    final Map<Long, String> classTypeNames = new HashMap<>();
    final Map<Long, String> ratings = new HashMap<>();
    final Map<Long, String> seriesTitles = new HashMap<>();
    final List<SeriesEntry> seriesEntries = new ArrayList<>();
    final Map<Long, String> challenges = new HashMap<>();
    final Map<Long, List<Long>> coauthors = new HashMap<>();
    boolean coauthorTableSeen;
    boolean favouritesTableSeen;
    final List<Story> stories = new ArrayList<>();
    final List<ChapterRow> chapters = new ArrayList<>();
    final List<Review> reviews = new ArrayList<>();
    final List<Favourite> favourites = new ArrayList<>();
    long favouritesOfAuthorsOrSeries;
    final Set<String> tablesRead = new LinkedHashSet<>();
    final Set<String> tablesIgnored = new LinkedHashSet<>();

    private final Withheld withheld;
    private final ChapterTexts texts;

    ArchiveTables(Withheld withheld, ChapterTexts texts) {
        this.withheld = withheld;
        this.texts = texts;
    }

    @Override
    public void row(String table, Map<String, Object> row) {
        int prefix = table.lastIndexOf(TABLE_PREFIX);
        if (prefix < 0) {
            tablesIgnored.add(table);
            return;
        }
        String name = table.substring(prefix + TABLE_PREFIX.length());
        withheld.inspect(name, row);
        tablesRead.add(table);
        Row r = new Row(row);
        switch (name) {
            case "authors" -> pennames.put(r.id("uid"), r.text("penname"));
            case "categories" -> categories.put(r.id("catid"), r.text("category"));
            case "characters" -> characters.put(r.id("charid"), r.text("charname"));
            case "classes" -> classes.put(r.id("class_id"), new ClassRow(r.id("class_type"), r.text("class_name")));
            case "classtypes" -> classTypeNames.put(r.id("classtype_id"), r.text("classtype_name"));
            case "ratings" -> ratings.put(r.id("rid"), r.text("rating"));
            case "series" -> seriesTitles.put(r.id("seriesid"), r.text("title"));
            case "inseries" -> seriesEntries.add(new SeriesEntry(r.id("seriesid"), r.id("sid"), (int) r.id("inorder")));
            case "challenges" -> challenges.put(r.id("chalid"), r.text("title"));
            case "coauthors" -> {
                coauthorTableSeen = true;
                coauthors.computeIfAbsent(r.id("sid"), k -> new ArrayList<>()).add(r.id("uid"));
            }
            case "stories" -> stories.add(new Story(r.id("sid"), r.text("title"), spill(r.text("summary")), spill(r.text("storynotes")),
                    r.text("catid"), r.text("classes"), r.text("charid"), r.text("rid"), r.text("date"), r.text("updated"),
                    r.id("uid"), r.text("coauthors"), r.flag("validated"), r.text("completed"), r.number("wordcount"),
                    r.number("reviews"), r.number("count"), r.text("challenges")));
            case "chapters" -> chapters.add(chapter(r));
            case "reviews" -> {
                if (isStory(r.text("type"))) {
                    reviews.add(new Review(r.id("reviewid"), r.id("item"), r.id("uid"), r.text("date")));
                }
            }
            case "favorites" -> {
                favouritesTableSeen = true;
                if (isStory(r.text("type"))) {
                    favourites.add(new Favourite(r.id("uid"), r.id("item")));
                } else {
                    favouritesOfAuthorsOrSeries++;
                }
            }
            default -> {
                // settings, blocks, panels and the like: nothing a work needs
            }
        }
    }

    private ChapterRow chapter(Row r) {
        return new ChapterRow(r.id("chapid"), r.id("sid"), r.id("uid"), r.text("title"), (int) r.id("inorder"),
                spill(r.text("notes")), spill(r.text("endnotes")), r.flag("validated"), spill(r.text("storytext")));
    }

    /** Long text kept on disk until its story is assembled, so memory holds ids and names only; null when blank. */
    private ChapterTexts.Spilled spill(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return texts.spill(text);
        } catch (IOException e) {
            throw new UncheckedIOException("the dump's texts cannot be kept on disk: " + e.getMessage(), e);
        }
    }

    /** eFiction's item types: 'ST' story, 'AU' author, 'SE' series; older archives leave it empty for stories. */
    private static boolean isStory(String type) {
        return type == null || type.isBlank() || type.equalsIgnoreCase("ST");
    }

    /** One row's cells, read leniently: eFiction keeps numbers in text columns and text in number columns. */
    private record Row(Map<String, Object> cells) {
        String text(String column) {
            Object value = cells.get(column);
            return value == null ? null : value.toString();
        }

        Integer number(String column) {
            Object value = cells.get(column);
            if (value instanceof Number n) {
                return n.intValue();
            }
            try {
                return value == null ? null : Integer.valueOf(value.toString().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        long id(String column) {
            Integer value = number(column);
            return value == null ? 0 : value;
        }

        boolean flag(String column) {
            String value = text(column);
            return value != null && !value.isBlank() && !value.strip().equals("0") && !value.strip().equalsIgnoreCase("n");
        }
    }
}
