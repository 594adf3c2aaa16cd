package io.ficmirror.parser.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written fast paths give exactly the answers of the library calls and regexes they stand in for. */
class FastPathsTest {

    @Test
    void whitespaceIsCharacterIsWhitespace() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertEquals(Character.isWhitespace((char) c), Words.isWhitespace((char) c), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void spaceIsWhitespaceOrNoBreakSpace() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            assertEquals(Character.isWhitespace(ch) || ch == '\u00A0', Words.isSpace(ch), "U+" + Integer.toHexString(c));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "one", "  two words ", "\u201CHi,\u201D she said \u2014 twice\u2026", "caf\u00E9\u00A0au lait",
        "\u00BF Qu\u00E9? \u2014 dijo.", "1 2 3", "-- * --", "\u65E5\u672C\u8A9E \u0442\u0435\u043A\u0441\u0442"})
    void wordsAreWhitespaceSeparatedTokensWithALetterOrDigit(String text) {
        int expected = 0;
        for (String token : text.split("[\\s\u00A0\u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000]+")) {
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                expected++;
            }
        }
        assertEquals(expected, Words.count(text), text);
    }

    @Test
    void windows1252BytesAreTheEncodersBytes() {
        Charset cp1252 = Charset.forName("windows-1252");
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int expected;
            if (c < 0x100) {
                expected = c;
            } else {
                byte[] b = String.valueOf((char) c).getBytes(cp1252);
                expected = b.length == 1 && b[0] != '?' ? b[0] & 0xFF : -1;
            }
            assertEquals(expected, Mojibake.byteOf((char) c), "U+" + Integer.toHexString(c));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Feedback welcome", "KUDOS!", "please UNSUBSCRIBE", "Yahoo! Groups", "the Mailing List",
        "all-fic list", "Archived at x", "story archived", "Originally Posted", "crossposted", "cross-posted",
        "posted at", "Read more", "contact me", "email me", "e-mail me", "Copyright 2001", "All Rights Reserved",
        "Powered by x", "Reply to this", "Let me know what you think", "leave me a comment", "drop a review",
        "post posted reviews", "add comments", "Comments are welcome", "comment there", "please comment",
        "please review", "read and review", "R&R", "r & r", "review this", "reviews make my day", "if you enjoyed",
        "If You Liked", "why not join", "join us", "Next Chapter", "prev part", "previous story", "next entry",
        "back to top", "Back to the index", "return to", "main page", "Main Fanfic Page", "Table of Contents",
        "Dijo que no.", "—¿Qué haces? —preguntó Juan.", "A plain line of story text.", "mainly prevented joins",
        "feedbacks", "reviewer", "kudosy"})
    void pleaTestIsThePleaRegex(String text) {
        assertEquals(Patterns.PLEA.matcher(text).find(), Patterns.hasPlea(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Chapter 1", "** Chapter 1 **", "=== Part Two ===", "#1", "***", "_x_", "a * b", "*\ta\f*",
        "Chapter 1 **\u0085", "** Chapter\u0085 **", "\u2028* x *"})
    void headingMarksAreTheMarksRegex(String text) {
        assertEquals(Pattern.compile("^[*_#=\\s]+|[*_#=\\s]+$").matcher(text).replaceAll(""),
                ChapterSplitter.trimMarks(text), text);
    }
}
