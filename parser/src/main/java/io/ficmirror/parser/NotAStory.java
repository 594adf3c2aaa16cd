package io.ficmirror.parser;

import io.ficmirror.parser.text.Texts;
import io.ficmirror.parser.text.Words;
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
    private static final int GATE_MAX_WORDS = 400;
    private static final int ERROR_MAX_WORDS = 250;
    private static final int NONFICTION_MAX_DIALOGUE = 2;

    private NotAStory() {
    }

    /** The reason this is not a story, or null. {@code pageText} is all visible text, {@code body} what was kept. */
    static String reason(String pageText, Draft d) {
        int bodyWords = Words.count(d.body);
        String head = pageText.length() > 20_000 ? pageText.substring(0, 20_000) : pageText;
        Matcher gate = GATE.matcher(head);
        if (gate.find() && bodyWords < GATE_MAX_WORDS && d.storySignals < 2) {
            return "an adult-content gate page, not the story behind it (\"" + gate.group() + "\"); fetch the page "
                    + "after the age confirmation";
        }
        Matcher error = ERROR.matcher(head);
        if (error.find() && Words.count(pageText) < ERROR_MAX_WORDS && bodyWords < ERROR_MAX_WORDS) {
            return "an error page (\"" + error.group() + "\"), " + Words.count(pageText) + " words, no story text";
        }
        if (SourceFormat.LIVEJOURNAL.equals(d.sourceFormat) || SourceFormat.BLOG.equals(d.sourceFormat)) {
            if (d.storySignals == 0 && dialogueParagraphs(d.body) <= NONFICTION_MAX_DIALOGUE && d.title == null) {
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

    private static int dialogueParagraphs(String body) {
        int n = 0;
        for (String p : body.split("\n\n")) {
            if (Texts.hasDialogue(p)) {
                n++;
            }
        }
        return n;
    }

}
