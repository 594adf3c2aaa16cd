package io.ficmirror.catalog.dedup;

import java.util.Random;

/** Deterministic made-up prose: the same seed gives the same story, different seeds different ones. */
public final class Prose {
    private static final String[] WORDS = ("the a and of to in was he she they it that his her with for on at as by "
            + "lamp storm harbour light keeper night sea wind boat rope door window stair tower bell glass salt rain "
            + "morning evening shadow voice hand face eyes heart letter map coat boots table chair fire ash smoke "
            + "walked turned waited listened whispered laughed remembered forgot carried opened closed climbed fell "
            + "quiet old cold bright dark small long broken careful tired sudden gentle distant narrow silver grey "
            + "Clark Lex Martha Chloe Lana Jonathan Lionel Pete Smallville Metropolis farm castle barn truck road "
            + "never always again almost only still even already perhaps slowly softly finally then there here "
            + "because although while before after until since when where why how what who which nothing something "
            + "said asked answered thought knew wanted needed found lost kept left took gave saw heard felt held").split(" ");

    private Prose() {
    }

    public static String story(long seed, int words) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                text.append(i % 12 == 0 ? ".\n" : " ");
            }
            text.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.append('.').toString();
    }

    /** Replaces every n-th word with another one, as a light revision would. */
    public static String edited(String text, int everyNth) {
        String[] words = text.split(" ");
        for (int i = everyNth / 2; i < words.length; i += everyNth) {
            words[i] = "revised" + i;
        }
        return String.join(" ", words);
    }
}
