package io.ficmirror.parser.meta;

import io.ficmirror.parser.text.Texts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fandom knowledge base shipped as data (fandoms.tsv): fandoms, their characters, portmanteaus and genre words. */
public final class FandomKnowledge {

    public record Character(String name, String fandom, List<String> aliases) {
    }

    public record Fandom(String name, List<String> aliases, List<Character> characters, Map<String, String> portmanteaus) {
    }

    public record Genre(String name, List<String> aliases, boolean jargon) {
    }

    private static final FandomKnowledge INSTANCE = load();

    private final List<Fandom> fandoms;
    private final List<Genre> genres;
    private final Map<String, Fandom> fandomByAlias = new HashMap<>();
    private final java.util.Set<String> characterNames = new java.util.HashSet<>();

    private FandomKnowledge(List<Fandom> fandoms, List<Genre> genres) {
        this.fandoms = fandoms;
        this.genres = genres;
        for (Fandom f : fandoms) {
            fandomByAlias.putIfAbsent(Texts.fold(f.name()), f);
            for (String a : f.aliases()) {
                fandomByAlias.putIfAbsent(Texts.fold(a), f);
            }
            for (Character c : f.characters()) {
                characterNames.add(c.name());
                characterNames.addAll(c.aliases());
            }
        }
    }

    public static FandomKnowledge get() {
        return INSTANCE;
    }

    public List<Fandom> fandoms() {
        return fandoms;
    }

    /** Every character name and alias as written (case-sensitive), of every fandom. */
    public java.util.Set<String> characterNames() {
        return java.util.Collections.unmodifiableSet(characterNames);
    }

    public List<Genre> genres() {
        return genres;
    }

    /** The fandom a name or abbreviation stands for ("SV", "smallville (tv)"), or null. */
    public Fandom fandom(String nameOrAlias) {
        if (nameOrAlias == null) {
            return null;
        }
        String f = Texts.fold(nameOrAlias);
        Fandom hit = fandomByAlias.get(f);
        if (hit == null) {
            hit = fandomByAlias.get(f.replaceAll("\\s*\\([^)]*\\)$", ""));
        }
        return hit;
    }

    public Fandom fandomNamed(String canonical) {
        for (Fandom f : fandoms) {
            if (f.name().equals(canonical)) {
                return f;
            }
        }
        return null;
    }

    private static FandomKnowledge load() {
        List<Fandom> fandoms = new ArrayList<>();
        List<Genre> genres = new ArrayList<>();
        try (InputStream in = FandomKnowledge.class.getResourceAsStream("/io/ficmirror/parser/fandoms.tsv")) {
            if (in == null) {
                throw new IllegalStateException("fandoms.tsv is missing from the parser jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            String fandomName = null;
            List<String> fandomAliases = null;
            List<Character> characters = null;
            Map<String, String> portmanteaus = null;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                String name = cols[1].strip();
                List<String> aliases = cols.length > 2 ? splitAliases(cols[2]) : List.of();
                switch (cols[0]) {
                    case "F" -> {
                        if (fandomName != null) {
                            fandoms.add(new Fandom(fandomName, fandomAliases, characters, portmanteaus));
                        }
                        fandomName = name;
                        fandomAliases = aliases;
                        characters = new ArrayList<>();
                        portmanteaus = new LinkedHashMap<>();
                    }
                    case "C" -> characters.add(new Character(name, fandomName, aliases));
                    case "P" -> portmanteaus.put(name, cols[2].strip());
                    case "G" -> genres.add(new Genre(name, aliases, cols.length > 3 && cols[3].strip().equals("*")));
                    default -> throw new IllegalStateException("fandoms.tsv: unknown line type " + cols[0]);
                }
            }
            if (fandomName != null) {
                fandoms.add(new Fandom(fandomName, fandomAliases, characters, portmanteaus));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FandomKnowledge(List.copyOf(fandoms), List.copyOf(genres));
    }

    private static List<String> splitAliases(String column) {
        List<String> out = new ArrayList<>();
        for (String a : column.split(",")) {
            if (!a.isBlank()) {
                out.add(a.strip());
            }
        }
        return out;
    }
}
