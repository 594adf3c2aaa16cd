package io.ficmirror.corpus.prose;

/** French articles with gender and elision ("la porte", "l'escalier"), adjectives after the noun, « guillemets ». */
final class FrenchGrammar extends Grammar {
    FrenchGrammar(Lexicon lexicon) {
        super(lexicon);
    }

    @Override
    void nounPhrase(StringBuilder b, Rng r, Vocabulary v, Role role, Person someone) {
        Lexicon.Noun noun = v.noun(r);
        boolean feminine = noun.gender() == 'f';
        boolean vowel = startsWithVowel(noun.singular());
        int k = r.nextInt(100);
        if (k < 50) {
            b.append(vowel ? "l'" : feminine ? "la " : "le ").append(noun.singular());
        } else if (k < 65) {
            b.append(feminine ? "une " : "un ").append(noun.singular());
        } else if (k < 80) {
            b.append(feminine && !vowel ? "sa " : "son ").append(noun.singular());
        } else if (role == Role.OBJECT && someone != null && k < 86) {
            b.append(someone.name());
            return;
        } else {
            b.append(vowel ? "l'" : feminine ? "la " : "le ").append(noun.singular());
        }
        if (r.chance(0.35)) {
            b.append(' ').append(v.adjective(r));
        }
    }

    @Override
    void speech(StringBuilder b, CharSequence utterance, boolean question, String tag) {
        b.append("« ").append(utterance).append(question ? " » " : " », ").append(tag).append('.');
    }

    @Override
    void quote(StringBuilder b, CharSequence utterance, boolean question) {
        b.append("« ").append(utterance).append(question ? " »" : ". »");
    }

    /** "dit Maren", and with a pronoun the inverted form: "dit-elle", "murmura-t-il". */
    @Override
    String speechTag(String speaker, boolean isPronoun, String verb) {
        if (!isPronoun) {
            return verb + " " + speaker;
        }
        char last = verb.charAt(verb.length() - 1);
        return verb + ("aeiou".indexOf(last) >= 0 ? "-t-" : "-") + speaker;
    }

    @Override
    boolean spaceBefore(String punctuation) {
        return punctuation.equals("?") || punctuation.equals("!");
    }

    /** "parce que il" → "parce qu'il". */
    @Override
    void finishSentence(StringBuilder b, int start) {
        for (int i = b.indexOf("que ", start); i >= 0; i = b.indexOf("que ", i + 1)) {
            boolean wordStart = i == 0 || b.charAt(i - 1) == ' ';
            if (wordStart && i + 4 < b.length() && startsWithVowel(String.valueOf(b.charAt(i + 4)))) {
                b.replace(i, i + 4, "qu'");
            }
        }
    }

    private static boolean startsWithVowel(String word) {
        return !word.isEmpty() && "aeiouyhéèêàâîôûAEIOUYHÉÈÊÀÂÎÔÛ".indexOf(word.charAt(0)) >= 0;
    }
}
