package io.ficmirror.corpus.work;

import io.ficmirror.corpus.prose.Language;
import io.ficmirror.corpus.prose.Lexicon;
import io.ficmirror.corpus.prose.ProseWriter;
import io.ficmirror.corpus.prose.Rng;
import io.ficmirror.corpus.prose.Words;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The same story copied again, lightly edited: about one word in {@value #WORDS_PER_CHANGE} replaced, accents
 * sometimes dropped from ordinary words (café → cafe), the author's note sometimes rewritten for the repost. The
 * copy's format then changes its header shape, punctuation and line wrapping. A catalogue should see one work.
 */
public final class NearDuplicate {
    private static final int WORDS_PER_CHANGE = 150;

    private NearDuplicate() {
    }

    public static Story of(Story s, Rng r) {
        Lexicon lexicon = Lexicon.of(s.language());
        boolean dropAccents = r.chance(0.5);
        List<Chapter> chapters = new ArrayList<>(s.chapters().size());
        for (Chapter c : s.chapters()) {
            List<String> paragraphs = new ArrayList<>(c.paragraphs().size());
            int[] counts = new int[c.paragraphs().size()];
            int words = 0;
            for (String p : c.paragraphs()) {
                String edited = p.equals(ProseWriter.SCENE_BREAK) ? p : edit(p, lexicon, dropAccents, r);
                counts[paragraphs.size()] = Words.count(edited);
                words += counts[paragraphs.size()];
                paragraphs.add(edited);
            }
            chapters.add(new Chapter(c.title(), List.copyOf(paragraphs), counts, words));
        }
        boolean reposted = s.notes() != null && r.chance(0.5) && s.language() == Language.ENGLISH;
        return s.withText(List.copyOf(chapters), reposted ? "Reposted from my old journal, lightly edited." : s.notes());
    }

    /** Replaces some lower-case words of four letters or more by another noun of the language. */
    private static String edit(String paragraph, Lexicon lexicon, boolean dropAccents, Rng r) {
        StringBuilder b = new StringBuilder(paragraph.length() + 16);
        int i = 0;
        int n = paragraph.length();
        while (i < n) {
            int start = i;
            while (i < n && Character.isLetter(paragraph.charAt(i))) {
                i++;
            }
            if (i > start) {
                String word = paragraph.substring(start, i);
                boolean plain = Character.isLowerCase(word.charAt(0));
                if (plain && word.length() >= 4 && r.nextInt(WORDS_PER_CHANGE) == 0) {
                    b.append(replacement(lexicon, r));
                } else if (plain && dropAccents) {
                    b.append(withoutAccents(word));
                } else {
                    b.append(word);
                }
                continue;
            }
            b.append(paragraph.charAt(i));
            i++;
        }
        return b.toString();
    }

    private static String replacement(Lexicon lexicon, Rng r) {
        String noun = lexicon.nouns.get(r.nextInt(lexicon.nouns.size())).singular();
        int space = noun.indexOf(' ');
        return space < 0 ? noun : noun.substring(0, space);
    }

    private static String withoutAccents(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) > 0x7F) {
                return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            }
        }
        return word;
    }
}
