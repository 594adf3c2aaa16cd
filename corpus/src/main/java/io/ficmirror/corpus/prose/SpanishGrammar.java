package io.ficmirror.corpus.prose;

/** Spanish articles by gender, adjectives after the noun, dialogue introduced by dashes: —No lo sé —dijo ella. */
final class SpanishGrammar extends Grammar {
    SpanishGrammar(Lexicon lexicon) {
        super(lexicon);
    }

    @Override
    void nounPhrase(StringBuilder b, Rng r, Vocabulary v, Role role, Person someone) {
        Lexicon.Noun noun = v.noun(r);
        boolean feminine = noun.gender() == 'f';
        int k = r.nextInt(100);
        if (k < 55) {
            b.append(feminine ? "la " : "el ");
        } else if (k < 75) {
            b.append(feminine ? "una " : "un ");
        } else {
            b.append("su ");
        }
        b.append(noun.singular());
        if (r.chance(0.35)) {
            b.append(' ').append(v.adjective(r));
        }
    }

    @Override
    void speech(StringBuilder b, CharSequence utterance, boolean question, String tag) {
        b.append(Punctuation.DASH).append(utterance).append(' ').append(Punctuation.DASH).append(tag).append('.');
    }

    @Override
    void quote(StringBuilder b, CharSequence utterance, boolean question) {
        b.append(Punctuation.DASH).append(utterance).append(question ? "" : ".");
    }

    @Override
    String speechTag(String speaker, boolean isPronoun, String verb) {
        return verb + " " + speaker;
    }
}
