package io.ficmirror.corpus.prose;

/**
 * The words one story uses: a random share of the lexicon in a random order of preference, picked with a skew so
 * that a few words recur often, as in real prose. Two stories prefer different words, which keeps unrelated stories
 * from sharing word sequences.
 */
final class Vocabulary {
    final Lexicon lexicon;
    private final Lexicon.Noun[] nouns;
    private final String[] adjectives;
    private final Lexicon.Verb[] verbs;
    private final Lexicon.Verb[] intransitiveVerbs;
    private final String[] adverbs;
    private final String[] prepositions;
    private final String[] openers;
    private final String[] conjunctions;

    Vocabulary(Lexicon lexicon, Rng r) {
        this.lexicon = lexicon;
        this.nouns = share(lexicon.nouns.toArray(new Lexicon.Noun[0]), r, 0.6);
        this.adjectives = share(lexicon.adjectives.toArray(new String[0]), r, 0.6);
        this.verbs = share(lexicon.verbs.toArray(new Lexicon.Verb[0]), r, 0.6);
        this.intransitiveVerbs = share(lexicon.intransitiveVerbs.toArray(new Lexicon.Verb[0]), r, 0.7);
        this.adverbs = share(lexicon.adverbs.toArray(new String[0]), r, 0.7);
        this.prepositions = share(lexicon.prepositions.toArray(new String[0]), r, 1.0);
        this.openers = share(lexicon.openers.toArray(new String[0]), r, 0.8);
        this.conjunctions = share(lexicon.conjunctions.toArray(new String[0]), r, 1.0);
    }

    Lexicon.Noun noun(Rng r) {
        return nouns[r.skewed(nouns.length)];
    }

    String adjective(Rng r) {
        return adjectives[r.skewed(adjectives.length)];
    }

    Lexicon.Verb verb(Rng r) {
        return verbs[r.skewed(verbs.length)];
    }

    Lexicon.Verb intransitiveVerb(Rng r) {
        return intransitiveVerbs[r.skewed(intransitiveVerbs.length)];
    }

    String adverb(Rng r) {
        return adverbs[r.skewed(adverbs.length)];
    }

    String preposition(Rng r) {
        return prepositions[r.skewed(prepositions.length)];
    }

    String opener(Rng r) {
        return openers[r.nextInt(openers.length)];
    }

    String conjunction(Rng r) {
        return conjunctions[r.nextInt(conjunctions.length)];
    }

    /** A shuffled prefix of {@code items} holding {@code fraction} of them. */
    private static <T> T[] share(T[] items, Rng r, double fraction) {
        T[] copy = items.clone();
        for (int i = copy.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            T t = copy[i];
            copy[i] = copy[j];
            copy[j] = t;
        }
        int n = Math.max(1, (int) Math.round(copy.length * fraction));
        return java.util.Arrays.copyOf(copy, n);
    }
}
