package io.ficmirror.corpus.work;

import io.ficmirror.corpus.prose.Language;
import io.ficmirror.corpus.prose.Lexicon;
import io.ficmirror.corpus.prose.Punctuation;
import io.ficmirror.corpus.prose.Rng;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names of creators, works, chapters and series. A creator is a number: the same number gives the same name and
 * address under a seed, so prolific creators appear on many works.
 */
public final class Names {
    private static final long AUTHOR_STREAM = 0xA17;
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "and", "for", "in", "to", "at");
    private static final String[] DOMAINS = {"example.org", "example.net", "example.com", "mail.example.org",
        "post.example.net"};
    private static final String[] TITLE_PREPOSITIONS = {"Under", "Beyond", "Across", "Beneath", "Behind", "Through",
        "Toward", "Past", "Along", "Against", "Inside", "Outside", "After", "Before", "Until", "Since"};
    private static final String[] NUMBERS = {"Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
        "Eleven", "Twelve"};

    private final long seed;
    private final NamePools pools = NamePools.get();
    private final Lexicon english = Lexicon.of(Language.ENGLISH);
    private final List<String> plainNouns;
    private final List<String> plainAdjectives;

    public Names(long seed) {
        this.seed = seed;
        this.plainNouns = english.nouns.stream().map(Lexicon.Noun::singular).filter(Names::isPlainWord).toList();
        this.plainAdjectives = english.adjectives.stream().filter(Names::isPlainWord).toList();
    }

    public Author author(int number) {
        Rng r = Rng.of(seed, number, AUTHOR_STREAM);
        int k = r.nextInt(100);
        String name;
        if (k < 50) {
            String first = r.chance(0.5) ? r.pick(plainAdjectives) : r.pick(plainNouns);
            name = first + (r.chance(0.3) ? "_" : "") + r.pick(plainNouns) + (r.chance(0.15) ? String.valueOf(r.between(1, 99)) : "");
        } else if (k < 90) {
            name = r.pick(pools.given) + " " + r.pick(pools.family);
        } else {
            name = r.pick(pools.given);
        }
        return new Author(name, mailbox(name) + "@" + r.pick(DOMAINS));
    }

    public String givenName(Rng r) {
        return r.pick(pools.given);
    }

    public String familyName(Rng r) {
        return r.pick(pools.family);
    }

    /** A lower-case user name for a reader. */
    public String username(Rng r) {
        return r.pick(plainAdjectives) + (r.chance(0.4) ? "_" : "") + r.pick(plainNouns);
    }

    public String workTitle(Rng r, Language language, List<CastMember> cast) {
        return switch (language) {
            case ENGLISH -> englishTitle(r, cast);
            case FRENCH -> foreignTitle(r, Lexicon.of(language), " et ");
            case GERMAN -> foreignTitle(r, Lexicon.of(language), " und ");
            case SPANISH -> foreignTitle(r, Lexicon.of(language), " y ");
        };
    }

    public String chapterTitle(Rng r, Language language) {
        if (language != Language.ENGLISH) {
            return capitalise(r.pick(Lexicon.of(language).nouns).singular());
        }
        return switch (r.nextInt(3)) {
            case 0 -> titleCase(r.pick(english.adjectives) + " " + r.pick(english.nouns).singular());
            case 1 -> titleCase("the " + r.pick(english.nouns).singular());
            default -> titleCase(r.pick(english.nouns).plural());
        };
    }

    public String seriesTitle(Rng r) {
        return titleCase(r.pick(english.adjectives) + " " + r.pick(english.nouns).plural());
    }

    private String englishTitle(Rng r, List<CastMember> cast) {
        String noun = r.pick(english.nouns).singular();
        String adjective = r.pick(english.adjectives);
        String title = switch (r.nextInt(12)) {
            case 0, 1 -> "the " + adjective + " " + noun;
            case 2 -> adjective + " " + r.pick(english.nouns).plural();
            case 3 -> noun + " and " + r.pick(english.nouns).singular();
            case 4 -> "what the " + noun + " " + r.pick(english.verbs).past();
            case 5 -> r.pick(TITLE_PREPOSITIONS) + " the " + adjective + " " + noun;
            case 6 -> r.pick(NUMBERS) + " " + r.pick(english.nouns).plural();
            case 7 -> noun + " of the " + adjective + " " + r.pick(english.nouns).singular();
            case 8 -> "where the " + r.pick(english.nouns).plural() + " " + r.pick(english.intransitiveVerbs).past();
            case 9 -> cast.get(0).shortName() + Punctuation.APOSTROPHE + "s " + noun;
            case 10 -> "a " + noun + " for " + cast.get(r.nextInt(cast.size())).shortName();
            default -> adjective;
        };
        return titleCase(title);
    }

    private static String foreignTitle(Rng r, Lexicon lexicon, String and) {
        Lexicon.Noun noun = r.pick(lexicon.nouns);
        String title = switch (r.nextInt(3)) {
            case 0 -> article(lexicon.language, noun) + noun.singular();
            case 1 -> article(lexicon.language, noun) + noun.singular() + " " + r.pick(lexicon.adjectives);
            default -> noun.singular() + and + r.pick(lexicon.nouns).singular();
        };
        return capitalise(title);
    }

    private static String article(Language language, Lexicon.Noun noun) {
        boolean vowel = "aeiouyhéèêàâîôûAEIOUYHÉÄÖÜ".indexOf(noun.singular().charAt(0)) >= 0;
        return switch (language) {
            case FRENCH -> vowel ? "l'" : noun.gender() == 'f' ? "la " : "le ";
            case GERMAN -> noun.gender() == 'm' ? "der " : noun.gender() == 'f' ? "die " : "das ";
            case SPANISH -> noun.gender() == 'f' ? "la " : "el ";
            case ENGLISH -> "the ";
        };
    }

    static String titleCase(String s) {
        String[] words = s.split(" ");
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i > 0) {
                b.append(' ');
            }
            b.append(i == 0 || !SMALL_WORDS.contains(w) ? capitalise(w) : w);
        }
        return b.toString();
    }

    static String capitalise(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static boolean isPlainWord(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return w.length() >= 3;
    }

    private static String mailbox(String name) {
        StringBuilder b = new StringBuilder();
        String folded = java.text.Normalizer.normalize(name.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD);
        for (char c : folded.toCharArray()) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
                b.append(c);
            } else if (c == ' ') {
                b.append('.');
            }
        }
        return b.length() == 0 ? "writer" : b.toString();
    }
}
