package io.ficmirror.parser.text;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Detects the language of story text as a BCP 47 tag, or null when the text is too short to tell. The n-gram
 * detector of {@link NgramLanguages} decides when it is confident; otherwise a stopword vote (each language scores
 * the tokens that are among its most common function words) does, which also copes with very short texts.
 */
public final class LanguageDetector {
    private static final int MAX_TOKENS = 1000;
    private static final int SAMPLE_CHARS = 600;
    private static final Map<String, Set<String>> STOPWORDS = new LinkedHashMap<>();

    static {
        STOPWORDS.put("en", Set.of("the", "and", "to", "of", "a", "in", "that", "it", "was", "he", "she", "his", "her",
                "you", "i", "is", "for", "on", "with", "as", "at", "but", "had", "be", "they", "not", "this", "what", "said",
                "my", "me", "we", "so", "would", "have", "there", "from", "were", "been", "could", "him", "them"));
        STOPWORDS.put("fr", Set.of("le", "la", "les", "et", "de", "des", "du", "un", "une", "il", "elle", "que", "qui",
                "est", "dans", "pour", "pas", "ne", "sur", "au", "avec", "se", "son", "sa", "je", "vous", "mais", "en"));
        STOPWORDS.put("de", Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "mit", "sich",
                "es", "er", "sie", "ich", "auf", "dem", "des", "war", "auch", "als", "aber", "wie", "noch", "nur"));
        STOPWORDS.put("es", Set.of("el", "la", "los", "las", "y", "de", "que", "en", "un", "una", "no", "se", "por",
                "con", "para", "su", "lo", "como", "pero", "del", "al", "le", "ella", "mi", "yo", "es", "muy"));
        STOPWORDS.put("it", Set.of("il", "la", "di", "che", "e", "un", "una", "non", "per", "con", "del", "della",
                "si", "lo", "gli", "le", "ma", "come", "anche", "sono", "era", "mi", "ha", "questo", "io"));
        STOPWORDS.put("pt", Set.of("o", "a", "os", "as", "e", "de", "que", "em", "um", "uma", "não", "nao", "se", "por",
                "com", "para", "do", "da", "dos", "das", "ele", "ela", "mas", "como", "foi", "eu", "você"));
        STOPWORDS.put("nl", Set.of("de", "het", "een", "en", "van", "ik", "je", "dat", "die", "niet", "is", "op", "te",
                "zijn", "met", "hij", "zij", "maar", "voor", "er", "was", "wat", "naar", "ook"));
    }

    private LanguageDetector() {
    }

    /**
     * The language of a text, from a bounded sample (its opening and a window from its middle): n-gram profiles
     * (Optimaize language-detector) when they are confident, else a vote of common function words.
     */
    public static String detect(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String sample = sample(text);
        String detected = NgramLanguages.detect(sample);
        return detected != null ? detected : stopwordVote(sample);
    }

    /** The first {@value #SAMPLE_CHARS} characters, and as many from the middle of a longer text. */
    static String sample(String text) {
        if (text.length() <= 2 * SAMPLE_CHARS) {
            return text;
        }
        int mid = text.length() / 2;
        return text.substring(0, wordEnd(text, SAMPLE_CHARS)) + "\n\n" + text.substring(wordEnd(text, mid),
                wordEnd(text, mid + SAMPLE_CHARS));
    }

    private static int wordEnd(String text, int at) {
        int i = Math.min(at, text.length());
        int limit = Math.min(text.length(), i + 40);
        while (i < limit && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static String stopwordVote(String text) {
        Map<String, Integer> hits = new HashMap<>();
        int tokens = 0;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length() && tokens < MAX_TOKENS; i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                word.append(Character.toLowerCase(c));
                continue;
            }
            if (c == '\'' || c == '\u2019') {
                // French and Italian elisions (l'ombre, d'années) count as the article they stand for.
                if (word.length() == 1 || (word.length() == 2 && word.charAt(1) != 'n')) {
                    word.append('e');
                }
                vote(word, hits);
                if (word.length() > 0) {
                    tokens++;
                }
                word.setLength(0);
                continue;
            }
            if (word.length() > 0) {
                vote(word, hits);
                tokens++;
                word.setLength(0);
            }
        }
        if (tokens < 3) {
            return null;
        }
        String best = null;
        int bestHits = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > bestHits) {
                best = e.getKey();
                bestHits = e.getValue();
            }
        }
        return bestHits == 0 ? null : best;
    }

    private static void vote(StringBuilder word, Map<String, Integer> hits) {
        if (word.length() == 0) {
            return;
        }
        String w = word.toString();
        for (Map.Entry<String, Set<String>> e : STOPWORDS.entrySet()) {
            if (e.getValue().contains(w)) {
                hits.merge(e.getKey(), 1, Integer::sum);
            }
        }
    }

    /** Maps a language name or code as archives write it ("English", "Français", "fr-FR") to BCP 47. */
    public static String fromName(String name) {
        if (name == null) {
            return null;
        }
        String f = Texts.fold(name);
        return switch (f) {
            case "english", "en", "en-us", "en-gb", "anglais", "ingles", "englisch" -> "en";
            case "french", "francais", "fr", "fr-fr", "frances" -> "fr";
            case "german", "deutsch", "de", "de-de", "allemand", "aleman" -> "de";
            case "spanish", "espanol", "es", "es-es", "castellano" -> "es";
            case "italian", "italiano", "it" -> "it";
            case "portuguese", "portugues", "pt", "pt-br" -> "pt";
            case "dutch", "nederlands", "nl" -> "nl";
            default -> null;
        };
    }
}
