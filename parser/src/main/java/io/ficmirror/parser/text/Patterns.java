package io.ficmirror.parser.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The recognisers of story furniture, all linear: no nested quantifiers, applied to lines capped at
 * {@link #MAX_LINE} characters.
 */
public final class Patterns {
    public static final int MAX_LINE = 400;

    public static final Pattern BYLINE = Pattern.compile(
            "(?i)^[~\\-–—*_\\s]{0,4}(?:by|written by|a story by|a fic by|par|por|von|di|de|escrito por|écrit par|ecrit par)\\s*:?\\s+([^\\s].{0,100}?)[~\\-–—*_\\s]{0,4}$");
    public static final Pattern SEPARATOR = Pattern.compile("^[\\s\\-=_*~#+.•·oO0x<>|/\\\\]{3,}$");
    public static final Pattern SCENE_BREAK = Pattern.compile("^[\\s\\-=_*~#+.•·<>|]{1,40}$");
    public static final Pattern TIME = Pattern.compile("\\b\\d{1,2}:\\d{2}(?::\\d{2})?\\b");
    public static final Pattern COMMENT_STAMP = Pattern.compile("(?i)\\(UTC\\)|^\\d{1,2}(?:st|nd|rd|th)-[a-z]{3}-\\d{4} \\d{1,2}:\\d{2} ?[ap]m$");
    public static final Pattern END_MARKER = Pattern.compile(
            "(?i)^[\\s=~*\\-_.\\[\\](){}<>#|]*(?:the end|end|fin|finis|owari|tbc|to be continued|continued|end of (?:part|chapter|story)(?: \\w+)?)[\\s=~*\\-_.\\[\\](){}<>#!?|]*$");
    public static final Pattern PLEA = Pattern.compile("(?i)\\b(?:feedback|kudos|subscribe|unsubscribe|yahoo! groups|mailing list|all-fic list"
            + "|archived at|story archived|originally posted|cross-?posted|posted at|read more|contact me|e-?mail me"
            + "|copyright|all rights reserved|powered by|reply to this|let me know what you think"
            + "|(?:post|leave|read|add|drop)(?: me)?(?: a| posted)? (?:comments?|reviews?)"
            + "|comments? (?:are|is|would be) (?:welcome|appreciated|love|adored)|comment there|please comment"
            + "|please review|read and review|r ?& ?r|review this|reviews? (?:are|is|would be|make|feed)"
            + "|if you (?:enjoyed|liked)|why not join|\\bjoin (?:us|the)|(?:next|previous|prev) (?:chapter|part|story|entry)"
            + "|back to (?:the )?(?:top|index|main|story|stories|list|home|archive)|return to|main (?:fanfic |fic )?page"
            + "|table of contents)");
    /**
     * For every alternative of {@link #PLEA}, a piece of it that any match contains (lower case). Keep the two in step:
     * text holding none of these cannot match, and most story paragraphs hold none.
     */
    private static final List<String> PLEA_PIECES = List.of("feedback", "kudos", "subscribe", "yahoo", "mail",
            "all-fic", "archived", "posted", "read more", "contact me", "copyright", "rights reserved", "powered by",
            "reply to this", "let me know", "comment", "review", "&", "if you", "join", "next", "prev", "back to",
            "return to", "main", "table of contents");
    public static final Pattern URL_ONLY = Pattern.compile("(?i)^[<(]?(?:https?://|www\\.)\\S+[>)]?$");
    public static final Pattern NOTE_WORDS = Pattern.compile("(?i)\\b(?:reviews?|reviewing|feedback|concrit|crit"
            + "|enjoy|enjoyed|thanks|thank you|thank|beta|betas|betaed|beta'd|beta-?read(?:ing|er)?|dedicated|dedication"
            + "|written for|prompt|hope you|let me know|author'?s note|fic|ficlet|drabble|one-?shot|cross-?posted"
            + "|originally posted|spoilers?|please|comments?)\\b");
    public static final Pattern DISCLAIMER_WORDS = Pattern.compile("(?i)(?:\\bdo(?:n't| not|es not|esn't) own"
            + "|\\bnot mine\\b|\\b(?:do(?:es)?n't|do(?:es)? not) belong|belongs? to|property of|owned by|\\bno profit"
            + "|no money is being made|no copyright infringement|no infringement|all rights reserved|trademarks? of"
            + "|\\bje ne poss[eè]de|\\bappartien|no me pertenece|gehören nicht)");
    public static final Pattern GLOSSARY_LINE = Pattern.compile("^[^\\s\"'“‘*][^.!?:\\-–—\"“]{0,40}?\\s?(?:[-–—:]|\\s=)\\s\\S.*$");
    public static final Pattern TITLE_SOURCE = Pattern.compile("(?i)^(?:the )?title (?:comes|is taken|was taken|is from|taken from|from)\\b");
    public static final Pattern CHAPTER_HEADING = Pattern.compile("(?i)^(?:chapter|chapitre|cap[ií]tulo|kapitel|capitolo"
            + "|part|partie|parte|teil|book|livre|libro|section)\\s+(?:\\d{1,4}|[ivxlc]{1,8}|one|two|three|four|five|six"
            + "|seven|eight|nine|ten|eleven|twelve|un|deux|trois|quatre|cinq|uno|dos|tres|cuatro|eins|zwei|drei)\\b"
            + "(?:\\s*(?:[:.\\-–—]\\s*.{0,80}|\\s*\\(.{0,40}\\)\\s*))?$");
    public static final Pattern PROLOGUE = Pattern.compile("(?i)^(?:prologue|epilogue|prólogo|prologo|épilogue|epílogo|interlude)(?:\\s*[:.\\-–—]\\s*.{0,80})?$");
    public static final Pattern ROMAN_HEADING = Pattern.compile("^(\\p{Lu}[\\p{L}'’ ]{0,38}?)\\s+([IVXLC]{1,6})\\.?$");

    private Patterns() {
    }

    /** {@link #PLEA} finds a match in the text, with a cheap test first for the text that cannot hold one. */
    public static boolean hasPlea(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String piece : PLEA_PIECES) {
            if (lower.contains(piece)) {
                return PLEA.matcher(text).find();
            }
        }
        return false;
    }

    public static String cap(String line) {
        return line.length() > MAX_LINE ? line.substring(0, MAX_LINE) : line;
    }
}
