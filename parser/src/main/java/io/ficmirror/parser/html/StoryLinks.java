package io.ficmirror.parser.html;

import io.ficmirror.parser.Draft;
import io.ficmirror.parser.text.Texts;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Counts the different stories a page links to (eFiction {@code viewstory.php?sid=}, AO3 {@code /works/N},
 * fanfiction.net {@code /s/N}, fanfictions.fr {@code /fanfictions/fandom/N_title/}), by story id and link text:
 * an index page lists many, a story page links to its own chapters and at most a few others.
 */
final class StoryLinks {
    private static final Pattern STORY_ID = Pattern.compile(
            "viewstory\\.php\\?(?:[^#]{0,80}?&)?sid=(\\d{1,12})|/works/(\\d{1,12})|/s/(\\d{1,12})(?:/|$)"
            + "|/fanfictions/[^/]{1,120}/(\\d{1,12})_|[?&]story(?:id)?=(\\d{1,12})");
    private static final int MAX_LINKS = 5_000;
    private static final int MAX_TITLES = 200;


    private StoryLinks() {
    }


    static void count(Document doc, Draft d) {
        Map<String, String> titleById = new LinkedHashMap<>();

        int seen = 0;
        for (Element a : doc.select("a[href]")) {
            if (++seen > MAX_LINKS) {
                break;
            }
            String href = a.attr("href");
            if (href.length() > 400) {
                continue;
            }
            Matcher m = STORY_ID.matcher(href);
            if (!m.find()) {
                continue;
            }
            String id = null;
            for (int g = 1; g <= m.groupCount() && id == null; g++) {
                id = m.group(g) == null ? null : g + ":" + m.group(g);
            }
            String text = Texts.clean(a.text());
            if (text != null && text.length() >= 2 && !titleById.containsKey(id)) {
                titleById.put(id, text);
            }
        }

        Set<String> titles = new LinkedHashSet<>();
        for (String t : titleById.values()) {
            titles.add(Texts.fold(t));
        }
        d.otherStoriesLinked = Math.min(titleById.size(), titles.size());
        d.linkedStoryTitles.clear();
        for (String t : titleById.values()) {
            if (d.linkedStoryTitles.size() < MAX_TITLES && t.length() <= 200) {
                d.linkedStoryTitles.add(t);
            }
        }
    }
}
