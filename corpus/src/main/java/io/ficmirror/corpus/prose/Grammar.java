package io.ficmirror.corpus.prose;

/**
 * What differs between languages when a template is expanded: noun phrases (articles, gender, case), pronouns,
 * dialogue punctuation and speech tags. Sentences are built in a shared {@link StringBuilder} for speed.
 */
abstract class Grammar {
    /** The grammatical role of a noun phrase; only German marks the dative. */
    enum Role {
        SUBJECT, OBJECT, DATIVE
    }

    final Lexicon lexicon;

    Grammar(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    static Grammar of(Language language) {
        Lexicon lexicon = Lexicon.of(language);
        return switch (language) {
            case ENGLISH -> new EnglishGrammar(lexicon);
            case FRENCH -> new FrenchGrammar(lexicon);
            case GERMAN -> new GermanGrammar(lexicon);
            case SPANISH -> new SpanishGrammar(lexicon);
        };
    }

    /** Appends a noun phrase; {@code someone} may stand in for an object ("Maren's coat", or Maren herself). */
    abstract void nounPhrase(StringBuilder b, Rng r, Vocabulary v, Role role, Person someone);

    /** Appends an utterance in quotes with its speech tag and the sentence's final punctuation. */
    abstract void speech(StringBuilder b, CharSequence utterance, boolean question, String tag);

    /** Appends an utterance in quotes standing alone as a sentence. */
    abstract void quote(StringBuilder b, CharSequence utterance, boolean question);

    /** "Maren said", "she said", "dit-elle", "sagte er". */
    abstract String speechTag(String speaker, boolean isPronoun, String verb);

    String pronoun(Person p) {
        return lexicon.pronouns.get(Math.min(p.pronoun(), lexicon.pronouns.size() - 1));
    }

    /** True when this punctuation mark takes a space before it (French "?"). */
    boolean spaceBefore(String punctuation) {
        return false;
    }

    /** A last pass over a finished sentence starting at {@code start} (French elision). */
    void finishSentence(StringBuilder b, int start) {
    }
}
