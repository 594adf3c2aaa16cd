package io.ficmirror.corpus.prose;

/** English noun phrases ("the", "a"/"an", possessives) and dialogue in curly quotes: “Wait,” she said. */
final class EnglishGrammar extends Grammar {
    private static final String[] POSSESSIVES = {"his", "her", "their"};

    EnglishGrammar(Lexicon lexicon) {
        super(lexicon);
    }

    @Override
    void nounPhrase(StringBuilder b, Rng r, Vocabulary v, Role role, Person someone) {
        Lexicon.Noun noun = v.noun(r);
        int k = r.nextInt(100);
        if (k < 34) {
            b.append("the ").append(noun.singular());
        } else if (k < 44) {
            b.append("the ").append(noun.plural());
        } else if (k < 64) {
            b.append("the ").append(v.adjective(r)).append(' ').append(noun.singular());
        } else if (k < 74) {
            String adjective = r.chance(0.4) ? v.adjective(r) : null;
            String next = adjective != null ? adjective : noun.singular();
            b.append(EnglishForms.startsWithVowelSound(next) ? "an " : "a ");
            if (adjective != null) {
                b.append(adjective).append(' ');
            }
            b.append(noun.singular());
        } else if (k < 86) {
            b.append(POSSESSIVES[someone == null ? r.nextInt(3) : someone.pronoun()]).append(' ').append(noun.singular());
        } else if (k < 93 && someone != null) {
            b.append(someone.name()).append(Punctuation.APOSTROPHE).append("s ").append(noun.singular());
        } else if (role == Role.OBJECT && someone != null) {
            b.append(someone.name());
        } else {
            b.append("the ").append(noun.singular());
        }
    }

    @Override
    void speech(StringBuilder b, CharSequence utterance, boolean question, String tag) {
        b.append(Punctuation.OPEN_QUOTE).append(utterance).append(question ? "" : ",").append(Punctuation.CLOSE_QUOTE)
                .append(' ').append(tag).append('.');
    }

    @Override
    void quote(StringBuilder b, CharSequence utterance, boolean question) {
        b.append(Punctuation.OPEN_QUOTE).append(utterance).append(question ? "" : ".").append(Punctuation.CLOSE_QUOTE);
    }

    @Override
    String speechTag(String speaker, boolean isPronoun, String verb) {
        return speaker + " " + verb;
    }
}
