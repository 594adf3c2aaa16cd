package io.ficmirror.parser;

import io.ficmirror.parser.text.Texts;
import io.ficmirror.parser.text.Words;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises documents that are not stories: adult-content gates, error pages, non-fiction journal posts and
 * listings of many stories. Each check names its evidence, which becomes the rejection reason.
 */
final class NotAStory {
    private static final Pattern GATE = Pattern.compile("(?i)adult content notice|confirm that you are (?:at least )?1[89]"
            + "|you must be (?:at least )?1[89]|are you (?:over|at least) 1[89]|age verification|content (?:that you are about to view )?may contain material only suitable for adults"
            + "|explicit content warning.{0,40}continue|this (?:journal|community|work) (?:has been|is) (?:flagged|marked) as (?:adult|explicit)");
    private static final Pattern ERROR = Pattern.compile("(?i)chapter not found|story not found|page not found|404 not found"
            + "|error 404|no such (?:story|chapter|page)|story (?:does not|doesn't) exist|this story has been (?:deleted|removed)"
            + "|access denied|(?:the )?requested url was not found|message type 1|invalid (?:story|chapter) id"
            + "|this (?:entry|post) (?:has been deleted|was deleted|is private)|account (?:has been )?(?:deleted|suspended)");
    private static final int HEAD_CHARS = 20_000;
    private static final int GATE_MAX_WORDS = 400;
    /** An index lists at least this many different stories, with no more prose than a short blurb for each. */
    private static final int INDEX_MIN_STORIES = 5;
    private static final int INDEX_WORDS_PER_STORY = 120;
    private static final int INDEX_MAX_PROSE = 200;
    private static final int ERROR_MAX_WORDS = 250;
    private static final int NONFICTION_MAX_DIALOGUE = 2;

    private NotAStory() {
    }

    /** The reason this is not a story, or null. {@code pageText} is all visible text, {@code body} what was kept. */
    static String reason(Supplier<String> pageText, Draft d, int bodyWords) {
        // Cheapest evidence first: the page-wide searches only run when the kept text is short enough for the page
        // to be a gate or an error page at all, so a real story costs one word count.
        String page = null;
        String head = null;
        if (bodyWords < GATE_MAX_WORDS && d.storySignals < 2) {
            page = pageText.get();
            head = head(page);
            Matcher gate = GATE.matcher(head);
            if (gate.find()) {
                return "an adult-content gate page, not the story behind it (\"" + gate.group() + "\"); fetch the page "
                        + "after the age confirmation";
            }
        }
        if (bodyWords < ERROR_MAX_WORDS) {
            page = page != null ? page : pageText.get();
            head = head != null ? head : head(page);
            Matcher error = ERROR.matcher(head);
            if (error.find()) {
                int pageWords = Words.count(page);
                if (pageWords < ERROR_MAX_WORDS) {
                    return "an error page (\"" + error.group() + "\"), " + pageWords + " words, no story text";
                }
            }
        }
        if (d.otherStoriesLinked >= INDEX_MIN_STORIES && bodyWords < INDEX_WORDS_PER_STORY * d.otherStoriesLinked
                && longestUnlistedProse(d) < INDEX_MAX_PROSE) {
            List<String> named = d.linkedStoryTitles.subList(0, Math.min(3, d.linkedStoryTitles.size()));
            return "an index page: it links to " + d.otherStoriesLinked + " different stories (\""
                    + String.join("\", \"", named) + "\", ...) and keeps " + bodyWords + " words of text, no "
                    + "story-length prose; parse the story pages it links to instead";
        }
        if (SourceFormat.LIVEJOURNAL.equals(d.sourceFormat) || SourceFormat.BLOG.equals(d.sourceFormat)) {
            if (d.storySignals == 0 && d.title == null && dialogueParagraphs(d.body) <= NONFICTION_MAX_DIALOGUE) {
                return "a non-fiction journal post: no story header (Title/Fandom/Pairing/Rating/Summary), no fic "
                        + "marker in the subject \"" + Texts.cleanOr(d.fallbackTitle) + "\", and no narrative dialogue ("
                        + dialogueParagraphs(d.body) + " quoted paragraphs in " + bodyWords + " words)";
            }
        }
        if (bodyWords == 0 && d.title == null && d.fallbackTitle == null) {
            return "no story text was found in the document";
        }
        return null;
    }

    /**
     * The most words in consecutive paragraphs of the kept text that name none of the linked stories: a story page
     * with a sidebar of other stories has its whole story here, an index only a blurb. Runs only for pages that
     * link to many stories and keep little text, so its cost stays bounded.
     */
    private static int longestUnlistedProse(Draft d) {
        int run = 0;
        int longest = 0;
        for (String p : Texts.split(d.body, "\n\n")) {
            boolean listed = false;
            for (String title : d.linkedStoryTitles) {
                if (p.contains(title)) {
                    listed = true;
                    break;
                }
            }
            run = listed ? 0 : run + Words.count(p);
            longest = Math.max(longest, run);
        }
        return longest;
    }

    private static String head(String pageText) {
        return pageText.length() > HEAD_CHARS ? pageText.substring(0, HEAD_CHARS) : pageText;
    }

    private static int dialogueParagraphs(String body) {
        int n = 0;
        for (String p : Texts.split(body, "\n\n")) {
            if (Texts.hasDialogue(p)) {
                n++;
            }
        }
        return n;
    }

}
