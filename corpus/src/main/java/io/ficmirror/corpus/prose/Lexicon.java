package io.ficmirror.corpus.prose;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The word lists and sentence templates of one language, read from {@code lexicon/<tag>.txt}: sections opened by
 * "@name", entries separated by whitespace, "_" joining the words of one entry.
 */
public final class Lexicon {
    /** @param gender 'm', 'f' or 'n'; ' ' where the language has none */
    public record Noun(String singular, String plural, char gender) {
    }

    public record Verb(String base, String past) {
    }

    private static final Map<Language, Lexicon> LOADED = new EnumMap<>(Language.class);

    public final Language language;
    public final List<Noun> nouns;
    public final List<String> adjectives;
    public final List<Verb> verbs;
    public final List<Verb> intransitiveVerbs;
    public final List<String> adverbs;
    public final List<String> prepositions;
    public final List<String> openers;
    public final List<String> conjunctions;
    public final List<String> sayVerbs;
    public final List<String> askVerbs;
    public final List<String> pronouns;
    public final List<String> fillers;
    public final List<Template> sentences;
    public final List<Template> utterances;

    private Lexicon(Language language, Map<String, List<String>> sections) {
        this.language = language;
        this.nouns = sections.getOrDefault("noun", List.of()).stream().map(Lexicon::noun).toList();
        this.adjectives = section(sections, "adjective");
        this.verbs = sections.getOrDefault("verb", List.of()).stream().map(Lexicon::verb).toList();
        this.intransitiveVerbs = sections.getOrDefault("intransitive", List.of()).stream().map(Lexicon::verb).toList();
        this.adverbs = section(sections, "adverb");
        this.prepositions = section(sections, "preposition");
        this.openers = section(sections, "opener");
        this.conjunctions = section(sections, "conjunction");
        this.sayVerbs = section(sections, "say");
        this.askVerbs = section(sections, "ask");
        this.pronouns = section(sections, "pronoun");
        this.fillers = section(sections, "filler");
        this.sentences = sections.getOrDefault("sentence", List.of()).stream().map(Punctuation::fromTypographic)
                .map(Template::parse).toList();
        this.utterances = sections.getOrDefault("utterance", List.of()).stream().map(Punctuation::fromTypographic)
                .map(Template::parse).toList();
    }

    public static synchronized Lexicon of(Language language) {
        return LOADED.computeIfAbsent(language, l -> new Lexicon(l, read("lexicon/" + l.tag() + ".txt")));
    }

    /** Every entry of a resource in this package's format, by section (entries keep their "_"). */
    static Map<String, List<String>> read(String resource) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        try (InputStream in = Lexicon.class.getResourceAsStream("/io/ficmirror/corpus/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> current = null;
            String line;
            while ((line = reader.readLine()) != null) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                if (s.startsWith("@")) {
                    current = sections.computeIfAbsent(s.substring(1), k -> new ArrayList<>());
                    continue;
                }
                if (current == null) {
                    throw new IllegalStateException(resource + ": entries before the first section");
                }
                for (String entry : s.split("\\s+")) {
                    current.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sections;
    }

    private static List<String> section(Map<String, List<String>> sections, String name) {
        return sections.getOrDefault(name, List.of()).stream().map(Lexicon::words).toList();
    }

    static String words(String entry) {
        return Punctuation.fromTypographic(entry.replace('_', ' '));
    }

    private static Noun noun(String entry) {
        char gender = ' ';
        String e = entry;
        if (e.length() > 2 && e.charAt(1) == ':') {
            gender = e.charAt(0);
            e = e.substring(2);
        }
        int bar = e.indexOf('|');
        String singular = words(bar < 0 ? e : e.substring(0, bar));
        String plural = bar < 0 ? EnglishForms.plural(singular) : words(e.substring(bar + 1));
        return new Noun(singular, plural, gender);
    }

    private static Verb verb(String entry) {
        int bar = entry.indexOf('|');
        if (bar >= 0) {
            return new Verb(words(entry.substring(0, bar)), words(entry.substring(bar + 1)));
        }
        String base = words(entry);
        return new Verb(base, EnglishForms.past(base));
    }
}
