package io.ficmirror.corpus.prose;

/** German articles by gender and case (der/den/dem), verb-second word order in the templates, „quotes“. */
final class GermanGrammar extends Grammar {
    private static final String[][] DEFINITE = {{"der", "die", "das"}, {"den", "die", "das"}, {"dem", "der", "dem"}};
    private static final String[][] INDEFINITE = {{"ein", "eine", "ein"}, {"einen", "eine", "ein"}, {"einem", "einer", "einem"}};

    GermanGrammar(Lexicon lexicon) {
        super(lexicon);
    }

    @Override
    void nounPhrase(StringBuilder b, Rng r, Vocabulary v, Role role, Person someone) {
        Lexicon.Noun noun = v.noun(r);
        int gender = noun.gender() == 'm' ? 0 : noun.gender() == 'f' ? 1 : 2;
        int k = r.nextInt(100);
        if (k < 60) {
            b.append(DEFINITE[role.ordinal()][gender]);
        } else if (k < 80) {
            b.append(INDEFINITE[role.ordinal()][gender]);
        } else {
            String possessive = someone != null && someone.pronoun() == 1 ? "ihr" : "sein";
            b.append(possessive).append(INDEFINITE[role.ordinal()][gender].substring(2));
        }
        b.append(' ').append(noun.singular());
    }

    @Override
    void speech(StringBuilder b, CharSequence utterance, boolean question, String tag) {
        b.append(Punctuation.LOW_QUOTE).append(utterance).append(Punctuation.OPEN_QUOTE).append(", ").append(tag).append('.');
    }

    @Override
    void quote(StringBuilder b, CharSequence utterance, boolean question) {
        b.append(Punctuation.LOW_QUOTE).append(utterance).append(question ? "" : ".").append(Punctuation.OPEN_QUOTE);
    }

    @Override
    String speechTag(String speaker, boolean isPronoun, String verb) {
        return verb + " " + speaker;
    }
}
