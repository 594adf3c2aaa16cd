package io.ficmirror.corpus.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The word lists keep generated prose from looking like anything but prose to the parser, and their words count
 * the same under the evaluation's rule (an ASCII letter) and the parser's (any letter).
 */
class LexiconTest {
    /**
     * Words that make a short paragraph read as notes, a plea, a footer, a heading or a byline to the parser. ("next"
     * and "end" are allowed: only "next chapter" or a paragraph that is just "The End" is furniture, and the lexicon
     * has no "chapter" and no sentence that short.)
     */
    private static final Set<String> FURNITURE = Set.of("review", "reviews", "comment", "comments", "feedback", "kudos",
            "enjoy", "enjoyed", "thank", "thanks", "please", "beta", "prompt", "fic", "ficlet", "drabble", "story",
            "stories", "chapter", "part", "book", "section", "prologue", "epilogue", "interlude", "archive", "archived",
            "posted", "post", "own", "mine", "belong", "belongs", "by", "summary", "title", "author", "notes", "note",
            "disclaimer", "rating", "warning", "warnings", "fandom", "pairing", "list", "index", "subscribe", "copyright",
            "join", "previous", "return", "hope", "let", "fin", "home", "main", "top", "contents", "page",
            "entry", "access", "account", "crit", "spoiler", "spoilers", "dedicated");

    @Test
    void englishProseHoldsNoStoryFurniture() {
        List<String> found = new ArrayList<>();
        for (String word : words(Lexicon.of(Language.ENGLISH))) {
            if (FURNITURE.contains(word.toLowerCase(Locale.ROOT))) {
                found.add(word);
            }
        }
        assertEquals(List.of(), found);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyWordWithALetterHasAnAsciiLetterAndFitsLatin1(Language language) {
        for (String word : words(Lexicon.of(language))) {
            boolean letter = word.chars().anyMatch(Character::isLetterOrDigit);
            boolean ascii = word.chars().anyMatch(c -> c < 128 && Character.isLetterOrDigit(c));
            assertTrue(!letter || ascii, language + ": \"" + word + "\" would count as a word for the parser only");
            assertTrue(word.chars().allMatch(c -> c <= 0xFF), language + ": \"" + word + "\" is not Latin-1");
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void prose(Language language) {
        ProseWriter writer = new ProseWriter(language, List.of(new Person("Maren", 1), new Person("Tobias", 0)), new Rng(3));
        ProseWriter.Text text = writer.chapter(3_000);
        assertTrue(text.words() >= 3_000 && text.words() < 3_200, "a chapter ends within a paragraph past its length");
        int counted = 0;
        for (String p : text.paragraphs()) {
            assertFalse(p.contains("$"), "every slot is filled: " + p);
            assertFalse(p.contains("  "), "one space between words: " + p);
            assertTrue(p.equals(ProseWriter.SCENE_BREAK) || Character.isUpperCase(firstLetter(p)), "a capital: " + p);
            counted += Words.count(p);
        }
        assertEquals(text.words(), counted);
        assertFalse(text.paragraphs().get(0).equals(ProseWriter.SCENE_BREAK));
        assertFalse(text.paragraphs().get(text.paragraphs().size() - 1).equals(ProseWriter.SCENE_BREAK));
    }

    private static char firstLetter(String p) {
        return (char) p.chars().filter(Character::isLetter).findFirst().orElse('?');
    }

    /** Every single word of every list of a lexicon. */
    private static List<String> words(Lexicon l) {
        List<String> entries = new ArrayList<>();
        l.nouns.forEach(n -> {
            entries.add(n.singular());
            entries.add(n.plural());
        });
        l.verbs.forEach(v -> {
            entries.add(v.base());
            entries.add(v.past());
        });
        l.intransitiveVerbs.forEach(v -> {
            entries.add(v.base());
            entries.add(v.past());
        });
        for (List<String> list : List.of(l.adjectives, l.adverbs, l.prepositions, l.openers, l.conjunctions, l.sayVerbs,
                l.askVerbs, l.pronouns, l.fillers)) {
            entries.addAll(list);
        }
        List<String> words = new ArrayList<>();
        for (String e : entries) {
            for (String w : e.split("[\\s']+")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
        }
        return words;
    }
}
