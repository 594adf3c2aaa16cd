package io.ficmirror.parser.text;

import io.ficmirror.parser.Draft;
import io.ficmirror.parser.meta.SitePart;
import io.ficmirror.parser.meta.StoryUrls;
import java.util.regex.Pattern;

/**
 * The fanfiction.net stats line: "Rated: M - English - Romance - Wash & Zoe - Reviews: 4 - Published: 08-29-06 -
 * Complete - id:3129674". Unlabelled fields come in order: language, genres (joined by "/"), characters.
 */
public final class FfnetStats {
    public static final Pattern LINE = Pattern.compile("(?i)^\\s*rated:\\s*\\S.{0,500}?\\s-\\s.{0,500}$");
    private static final Pattern GENRE_SEPARATOR = Pattern.compile("(?i)/(?!comfort)");
    /** The story id written without a colon ("id 3129674"); a character called Ida is no id. */
    private static final Pattern ID = Pattern.compile("id[\\s#]*\\d*");
    private static final java.util.Set<String> GENRES = java.util.Set.of("romance", "humor", "drama", "poetry",
            "adventure", "mystery", "horror", "parody", "angst", "supernatural", "suspense", "sci-fi", "fantasy",
            "spiritual", "tragedy", "western", "crime", "family", "hurt/comfort", "friendship", "general");

    private FfnetStats() {
    }

    public static void read(String line, Draft d) {
        String[] parts = line.split("\\s+-\\s+");
        boolean languageSeen = false;
        for (String raw : parts) {
            String part = raw.strip();
            int colon = part.indexOf(':');
            if (colon > 0 && colon < 20) {
                String key = Texts.fold(part.substring(0, colon));
                String value = part.substring(colon + 1).strip();
                switch (key) {
                    case "rated" -> d.rating = value.replace("Fiction", "").strip();
                    case "published" -> d.published(Dates.find(value, false));
                    case "updated" -> d.updatedAt = Dates.find(value, false);
                    case "chapters" -> d.site.posted = d.site.posted != null ? d.site.posted : StoryUrls.leadingNumber(value);
                    case "id" -> d.site.story(SitePart.FFNET, null, StoryUrls.leadingDigits(value), null);
                    case "reviews" -> d.counter("reviews", Texts.count(value));
                    case "favs" -> d.counter("favourites", Texts.count(value));
                    case "follows" -> d.counter("follows", Texts.count(value));
                    case "status" -> d.complete = Texts.fold(value).equals("complete") ? Boolean.TRUE : d.complete;
                    default -> {
                    }
                }
                continue;
            }
            String f = Texts.fold(part);
            if (!languageSeen && io.ficmirror.parser.text.LanguageDetector.fromName(part) != null) {
                d.declaredLanguage = part;
                languageSeen = true;
                continue;
            }
            if (f.equals("complete") || f.equals("in-progress") || ID.matcher(f).matches()) {
                d.site.complete |= f.equals("complete");
                d.complete = f.equals("complete") ? Boolean.TRUE : d.complete;
                continue;
            }
            // "Romance/Hurt/Comfort": genres joined by "/", one of which holds a "/" itself
            String[] genres = GENRE_SEPARATOR.split(part);
            boolean allGenres = true;
            for (String g : genres) {
                allGenres &= GENRES.contains(Texts.fold(g));
            }
            if (allGenres) {
                for (String g : genres) {
                    d.tags.add(g.strip());
                }
                continue;
            }
            if (languageSeen) {
                for (String pairing : part.split("(?=\\[)|\\]")) {
                    String p = pairing.replace("[", "").strip();
                    if (p.isEmpty()) {
                        continue;
                    }
                    if (pairing.startsWith("[") && p.contains(",")) {
                        d.relationships.add(p.replace(", ", "/"));
                    } else {
                        d.characters.addAll(Texts.splitList(p, true));
                    }
                }
            }
        }
    }
}
