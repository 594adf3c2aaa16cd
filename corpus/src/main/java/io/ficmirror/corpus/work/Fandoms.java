package io.ficmirror.corpus.work;

import io.ficmirror.corpus.prose.Language;
import io.ficmirror.corpus.prose.Lexicon;
import io.ficmirror.corpus.prose.Rng;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The fandoms of a corpus: a dozen real ones and a pool of invented ones that grows with the corpus, so a large
 * catalogue has hundreds of fandoms. An invented fandom is a number: the same number gives the same fandom and cast.
 */
public final class Fandoms {
    private static final long FANDOM_STREAM = 0xFA7;
    private static final String[] PLACE_ENDINGS = {"fall", "hold", "watch", "gate", "mere", "wick", "moor", "ford",
        "crest", "haven", "reach", "spire", "march", "hollow"};

    private final long seed;
    private final int invented;
    private final NamePools pools = NamePools.get();
    private final List<String> placeWords;
    private final Lexicon english = Lexicon.of(Language.ENGLISH);

    /** @param works the corpus size, which decides how many invented fandoms there are */
    public Fandoms(long seed, int works) {
        this.seed = seed;
        this.invented = 40 + works / 25;
        this.placeWords = english.nouns.stream().map(Lexicon.Noun::singular)
                .filter(w -> w.length() >= 3 && w.length() <= 7 && w.chars().allMatch(c -> c >= 'a' && c <= 'z')).toList();
    }

    /** A fandom for a new work: a real one a quarter of the time, else an invented one, popular ones more often. */
    public Fandom pick(Rng r) {
        if (r.chance(0.25)) {
            return r.pick(pools.realFandoms);
        }
        return invented(r.skewed(invented));
    }

    public Fandom invented(int number) {
        Rng r = Rng.of(seed, number, FANDOM_STREAM);
        String base = switch (r.nextInt(4)) {
            case 0, 1 -> Names.capitalise(r.pick(placeWords)) + r.pick(PLACE_ENDINGS);
            case 2 -> Names.titleCase("the " + r.pick(english.adjectives) + " " + r.pick(english.nouns).singular());
            default -> Names.titleCase("the " + r.pick(placeWords) + " " + pluralOf(r));
        };
        String name;
        String category;
        switch (r.nextInt(20)) {
            case 0, 1, 2, 3, 4, 5, 6 -> {
                name = base + " (TV)";
                category = "TV Shows";
            }
            case 7, 8, 9 -> {
                name = base + " (Video Game)";
                category = "Games";
            }
            case 10, 11 -> {
                name = base + " (Anime)";
                category = "Anime/Manga";
            }
            case 12, 13, 14, 15, 16 -> {
                name = base + " - " + r.pick(pools.given) + " " + r.pick(pools.family);
                category = "Books";
            }
            default -> {
                name = base;
                category = "Movies";
            }
        }
        return new Fandom(name, base, category, false, cast(r));
    }

    private String pluralOf(Rng r) {
        return english.nouns.get(r.nextInt(english.nouns.size())).plural();
    }

    private List<CastMember> cast(Rng r) {
        int size = r.between(5, 12);
        List<CastMember> cast = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        while (cast.size() < size) {
            String given = r.pick(pools.given);
            if (!taken.add(given.split(" ")[0])) {
                continue;
            }
            String full = r.chance(0.7) ? given + " " + r.pick(pools.family) : given;
            int pronoun = r.chance(0.1) ? 2 : r.nextInt(2);
            cast.add(new CastMember(full, given, pronoun));
        }
        return List.copyOf(cast);
    }
}
