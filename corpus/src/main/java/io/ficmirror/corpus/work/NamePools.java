package io.ficmirror.corpus.work;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The name pools (names.txt) and the real fandoms (fandoms.txt), loaded once. */
final class NamePools {
    private static final NamePools INSTANCE = new NamePools();

    final List<String> given;
    final List<String> family;
    final List<String> tags;
    final List<String> events;
    final List<String> companies;
    final List<String> comments;
    final List<Fandom> realFandoms;

    private NamePools() {
        Map<String, List<String>> names = sections(lines("names.txt"));
        given = names.get("given");
        family = names.get("family");
        tags = names.get("tag");
        events = names.get("event");
        companies = names.get("company");
        comments = names.get("comment");
        realFandoms = lines("fandoms.txt").stream().map(NamePools::realFandom).toList();
    }

    static NamePools get() {
        return INSTANCE;
    }

    private static Fandom realFandom(String line) {
        String[] f = line.split("\\|");
        List<CastMember> cast = new ArrayList<>();
        for (String c : f[3].split(",")) {
            boolean female = c.endsWith("+f");
            String name = female ? c.substring(0, c.length() - 2) : c;
            int eq = name.indexOf('=');
            String full = eq < 0 ? name : name.substring(0, eq);
            String shortName = eq < 0 ? full.split(" ")[0] : name.substring(eq + 1);
            cast.add(new CastMember(full, shortName, female ? 1 : 0));
        }
        return new Fandom(f[0], f[1], f[2], true, List.copyOf(cast));
    }

    private static Map<String, List<String>> sections(List<String> lines) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : lines) {
            if (line.startsWith("@")) {
                current = out.computeIfAbsent(line.substring(1), k -> new ArrayList<>());
                continue;
            }
            for (String entry : line.split("\\s+")) {
                current.add(entry.replace('_', ' '));
            }
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return out;
    }

    /** The non-blank, non-comment lines of a resource of this package. */
    private static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = NamePools.class.getResourceAsStream("/io/ficmirror/corpus/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
