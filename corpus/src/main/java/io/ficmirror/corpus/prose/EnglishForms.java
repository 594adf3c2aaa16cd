package io.ficmirror.corpus.prose;

/** Regular English inflections; irregular forms are written out in the lexicon ("hold|held", "leaf|leaves"). */
final class EnglishForms {
    private EnglishForms() {
    }

    /** The regular past tense of a verb, inflecting the first word of a phrasal verb ("wipe down" → "wiped down"). */
    static String past(String base) {
        int space = base.indexOf(' ');
        String verb = space < 0 ? base : base.substring(0, space);
        String rest = space < 0 ? "" : base.substring(space);
        String past;
        if (verb.endsWith("e")) {
            past = verb + "d";
        } else if (verb.endsWith("y") && verb.length() > 1 && !isVowel(verb.charAt(verb.length() - 2))) {
            past = verb.substring(0, verb.length() - 1) + "ied";
        } else {
            past = verb + "ed";
        }
        return past + rest;
    }

    /** The regular plural of a noun, inflecting the last word ("fountain pen" → "fountain pens"). */
    static String plural(String noun) {
        if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh")) {
            return noun + "es";
        }
        if (noun.endsWith("y") && noun.length() > 1 && !isVowel(noun.charAt(noun.length() - 2))) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun + "s";
    }

    static boolean startsWithVowelSound(String word) {
        return !word.isEmpty() && isVowel(Character.toLowerCase(word.charAt(0))) && !word.startsWith("uni")
                && !word.startsWith("use") && !word.startsWith("eu");
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
