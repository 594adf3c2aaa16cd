package io.ficmirror.corpus.prose;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence or utterance pattern: literal words, slots ("$O", "$Vt") and punctuation. Parsed once; expanding it
 * is a walk over an array, which keeps generation fast.
 */
public final class Template {
    /** What a slot stands for; see the lexicon files for each. */
    public enum Slot {
        S, SNP, O, D, N, VT, VB, VI, A, PR, OP, C, ADJ, FILLER
    }

    /**
     * A word or punctuation ({@code slot} null), or a slot followed by punctuation glued to it ({@code suffix});
     * {@code attaches}: punctuation written without a space before it.
     */
    public record Part(String literal, Slot slot, String suffix, boolean attaches) {
        static Part literal(String word) {
            boolean punctuation = word.equals(".") || word.equals(",") || word.equals("?") || word.equals("!");
            return new Part(word, null, "", punctuation);
        }
    }

    private final Part[] parts;
    private final boolean dash;

    private Template(Part[] parts, boolean dash) {
        this.parts = parts;
        this.dash = dash;
    }

    static Template parse(String entry) {
        List<Part> parts = new ArrayList<>();
        boolean dash = false;
        for (String token : entry.split("_")) {
            if (token.isEmpty()) {
                continue;
            }
            dash |= token.equals(String.valueOf(Punctuation.DASH));
            if (token.startsWith("$")) {
                int end = 1;
                while (end < token.length() && Character.isLetter(token.charAt(end))) {
                    end++;
                }
                Slot slot = Slot.valueOf(token.substring(1, end).toUpperCase(java.util.Locale.ROOT));
                parts.add(new Part(null, slot, token.substring(end), false));
            } else {
                parts.add(Part.literal(token));
            }
        }
        return new Template(parts.toArray(new Part[0]), dash);
    }

    public Part[] parts() {
        return parts;
    }

    /** True when the template holds a spaced dash: such a sentence never opens a paragraph (see ProseWriter). */
    public boolean hasDash() {
        return dash;
    }

    /** True for a question: its speech tag says "asked" rather than "said". */
    public boolean isQuestion() {
        Part last = parts[parts.length - 1];
        return last.slot() == null ? last.literal().endsWith("?") : last.suffix().endsWith("?");
    }
}
