package io.ficmirror.parser.meta;

import io.ficmirror.parser.Draft;
import io.ficmirror.parser.meta.FandomKnowledge.Fandom;
import io.ficmirror.parser.meta.FandomKnowledge.Genre;
import io.ficmirror.parser.text.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns values as written into canonical ones and infers what the document implies: fandoms named by abbreviation
 * or only by their characters, characters from the text, pairings written in subject lines or as portmanteaus, genre
 * words as tags, betas thanked in notes.
 */
public final class MetadataNormalizer {
    private static final Pattern PAIRING = Pattern.compile(
            "(?<![\\p{L}/])(\\p{Lu}[\\p{L}'-]{1,20}(?: \\p{Lu}[\\p{L}'-]{1,20})?)\\s?([/&])\\s?(\\p{Lu}[\\p{L}'-]{1,20}(?: \\p{Lu}[\\p{L}'-]{1,20})?)(?![\\p{L}/])");
    /** Characters (and the fandom they imply) are counted in the story's opening only: enough to tell, and bounded. */
    private static final int MAX_SCAN = 40_000;
    private static final Pattern ALIAS_BAR = Pattern.compile("\\s*\\|\\s*");
    private static final int FANDOM_INFERENCE_SCORE = 3;
    private static final int MIN_MENTIONS = 2;

    private static final NameFilter NAMES = new NameFilter(FandomKnowledge.get().characterNames());

    private final FandomKnowledge kb = FandomKnowledge.get();

    public void normalize(Draft d) {
        String notes = String.join("\n", d.notes);
        List<String> freeText = new ArrayList<>(d.metadataText);
        freeText.add(notes);
        if (d.summary != null) {
            freeText.add(d.summary);
        }
        if (d.disclaimer != null) {
            freeText.add(d.disclaimer);
        }
        String metadata = String.join("\n", freeText);

        Set<Fandom> known = canonicalFandoms(d);
        mentionedFandoms(metadata, d, known);
        pairingsFromText(d, known);
        fandomsOfRelationships(d, known);
        portmanteaus(metadata, d, known);
        inferFromBody(d, known);
        canonicalCharacters(d, known);
        canonicalRelationships(d, known);
        genreTags(d, metadata);
        if (d.betas.isEmpty()) {
            d.betas.addAll(Credits.betas(notes));
        }
        List<String> warnings = new ArrayList<>(d.warnings);
        d.warnings.clear();
        for (String w : warnings) {
            String canonical = Ratings.warning(w);
            d.warnings.add(canonical);
            d.wrote("warnings", w, canonical);
        }
        d.tags.removeIf(Texts::isJunk);
    }

    /** Splits "Smallville/X-Men" into known fandoms and replaces abbreviations by canonical names. */
    private Set<Fandom> canonicalFandoms(Draft d) {
        Set<Fandom> known = new LinkedHashSet<>();
        List<String> written = new ArrayList<>(d.fandoms);
        d.fandoms.clear();
        for (String f : written) {
            List<String> parts = new ArrayList<>();
            for (String part : f.split("\\s*[/×]\\s*")) {
                parts.add(Texts.trimValue(part));
            }
            boolean allKnown = parts.size() > 1 && parts.stream().allMatch(p -> p != null && kb.fandom(p) != null);
            // trimValue gives null for a value of punctuation alone
            for (String part : allKnown ? parts : java.util.Collections.singletonList(Texts.trimValue(f))) {
                if (part == null || Texts.isJunk(part)) {
                    continue;
                }
                Fandom hit = kb.fandom(part);
                if (hit != null) {
                    known.add(hit);
                    String canonical = displayName(hit);
                    d.fandoms.add(canonical);
                    d.wrote("fandoms", allKnown ? f : part, canonical);
                    if (!Texts.fold(part).equals(Texts.fold(hit.name())) && part.contains(" - ")) {
                        d.fandoms.add(part);
                    }
                } else {
                    d.fandoms.add(part);
                }
            }
        }
        return known;
    }

    /** Fandom names (and, case-sensitively, short abbreviations like "SV") in subject lines, notes, disclaimers. */
    private void mentionedFandoms(String metadata, Draft d, Set<Fandom> known) {
        if (!d.fandoms.isEmpty()) {
            return;
        }
        for (Fandom f : kb.fandoms()) {
            List<String> names = new ArrayList<>(f.aliases());
            names.add(f.name());
            for (String name : names) {
                if (name.length() < 2 || name.contains(" | ")) {
                    continue;
                }
                boolean shortAbbrev = name.length() <= 3;
                if (shortAbbrev && !name.equals(name.toUpperCase())) {
                    continue;
                }
                if (containsWord(metadata, name, !shortAbbrev)) {
                    known.add(f);
                    d.wrote("fandoms", name, displayName(f));
                    break;
                }
            }
        }
    }

    private void pairingsFromText(Draft d, Set<Fandom> known) {
        if (!d.relationships.isEmpty()) {
            return;
        }
        for (String text : d.metadataText) {
            Matcher m = PAIRING.matcher(text.length() > 1000 ? text.substring(0, 1000) : text);
            while (m.find()) {
                String a = m.group(1);
                String b = dropTrailingGenre(m.group(3));
                if (kb.fandom(a) != null && kb.fandom(b) != null) {
                    continue;
                }
                if ("/".equals(m.group(2)) || characterIn(a, known) != null) {
                    d.relationships.add(a + m.group(2) + b);
                }
            }
        }
    }

    /** "Hastings Romance" in "Poirot/Hastings Romance" → "Hastings". */
    private String dropTrailingGenre(String name) {
        int space = name.lastIndexOf(' ');
        return space > 0 && genre(name.substring(space + 1)) != null ? name.substring(0, space) : name;
    }

    /** "Clark/Lex" names two characters of one fandom: when nothing else names a fandom, that one is meant. */
    private void fandomsOfRelationships(Draft d, Set<Fandom> known) {
        if (!d.fandoms.isEmpty() || !known.isEmpty()) {
            return;
        }
        for (String r : d.relationships) {
            for (Fandom f : kb.fandoms()) {
                Set<Fandom> one = Set.of(f);
                boolean all = true;
                for (String side : r.split("\\s*[/&]\\s*")) {
                    all &= characterIn(side.strip(), one) != null;
                }
                if (all) {
                    known.add(f);
                    break;
                }
            }
        }
    }

    private void portmanteaus(String metadata, Draft d, Set<Fandom> known) {
        for (Fandom f : kb.fandoms()) {
            for (Map.Entry<String, String> p : f.portmanteaus().entrySet()) {
                if (containsWord(metadata, p.getKey(), false)) {
                    d.relationships.add(p.getValue());
                    d.wrote("relationships", p.getKey(), p.getValue());
                    known.add(f);
                }
            }
        }
    }

    /** Characters mentioned in the story, and the fandom they imply when no header named one. */
    private void inferFromBody(Draft d, Set<Fandom> known) {
        String body = d.body.length() > MAX_SCAN ? d.body.substring(0, MAX_SCAN) : d.body;
        Map<String, Integer> counts = wordCounts(body);
        for (Fandom f : kb.fandoms()) {
            boolean isKnown = known.contains(f);
            List<String> mentioned = new ArrayList<>();
            for (FandomKnowledge.Character c : f.characters()) {
                if (mentions(c, counts) >= MIN_MENTIONS) {
                    mentioned.add(c.name());
                }
            }
            int score = mentioned.size() + (isKnown ? 2 : 0);
            if (!isKnown && d.fandoms.isEmpty() && mentioned.size() >= 2 && score >= FANDOM_INFERENCE_SCORE) {
                known.add(f);
                isKnown = true;
            }
            if (isKnown) {
                String name = displayName(f);
                if (d.fandoms.stream().noneMatch(x -> Texts.fold(x).contains(Texts.fold(name)) || kb.fandom(x) == f)) {
                    d.fandoms.add(name);
                }
                if (d.characters.isEmpty() || d.sourceFormat.startsWith("ao3") == false) {
                    for (String c : mentioned) {
                        if (d.characters.stream().noneMatch(x -> sameCharacter(x, c))) {
                            d.characters.add(c);
                        }
                    }
                }
            }
        }
    }

    /** The name a fandom is shown with: the part after " | " for AO3's bilingual names. */
    private static String displayName(Fandom f) {
        return f.name().contains(" | ") ? f.name().split(" \\| ")[1] : f.name();
    }

    private static boolean sameCharacter(String written, String canonical) {
        String w = Texts.fold(written);
        String c = Texts.fold(canonical);
        return w.equals(c) || c.startsWith(w + " ") || c.endsWith(" " + w) || c.contains("\"" + w + "\"");
    }

    private int mentions(FandomKnowledge.Character c, Map<String, Integer> counts) {
        int n = counts.getOrDefault(c.name(), 0);
        for (String a : c.aliases()) {
            n += counts.getOrDefault(a, 0);
        }
        return n;
    }

    /** Counts of the capitalised words and two-word names of the text that the knowledge base knows. */
    private Map<String, Integer> wordCounts(String body) {
        Set<String> wanted = kb.characterNames();
        Map<String, Integer> counts = new HashMap<>();
        int i = 0;
        int prevStart = -1;
        int prevEnd = -1;
        int prevHash = 0;
        while (i < body.length()) {
            char ch = body.charAt(i);
            if (!isLetter(ch)) {
                if (ch != ' ') {
                    prevStart = -1;
                }
                i++;
                continue;
            }
            int start = i;
            // the word's end and hash code leave out trailing hyphens ("Harry--")
            int end = i;
            int hash = 0;
            int h = 0;
            while (i < body.length() && (isLetter(body.charAt(i)) || body.charAt(i) == '-'
                    || body.charAt(i) == '\'' && i + 1 < body.length() && isLetter(body.charAt(i + 1)) && body.charAt(i + 1) != 's')) {
                char c = body.charAt(i++);
                h = 31 * h + c;
                if (c != '-') {
                    end = i;
                    hash = h;
                }
            }
            if (Character.isUpperCase(ch)) {
                if (NAMES.mayBeName(hash)) {
                    String word = body.substring(start, end);
                    if (wanted.contains(word)) {
                        counts.merge(word, 1, Integer::sum);
                    }
                }
                if (prevStart >= 0 && NAMES.mayBeTwoWordName(prevHash, hash)) {
                    countPair(body.substring(prevStart, prevEnd), body.substring(start, end), wanted, counts);
                }
                prevStart = start;
                prevEnd = end;
                prevHash = hash;
            } else {
                prevStart = -1;
            }
        }
        return counts;
    }

    /** A two-word name counts once as itself, not as its two words. */
    private static void countPair(String prev, String word, Set<String> wanted, Map<String, Integer> counts) {
        String pair = prev + " " + word;
        if (wanted.contains(pair)) {
            counts.merge(pair, 1, Integer::sum);
            counts.merge(prev, -1, Integer::sum);
            counts.merge(word, -1, Integer::sum);
        }
    }

    private static boolean isLetter(char c) {
        return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    /** "Clark" → "Clark Kent" when the full name starts with the written one; nicknames and surnames stay as written. */
    private void canonicalCharacters(Draft d, Set<Fandom> known) {
        List<String> written = new ArrayList<>(d.characters);
        d.characters.clear();
        for (String c : written) {
            if (Texts.isJunk(c)) {
                continue;
            }
            String canonical = expand(c, known);
            d.characters.add(canonical);
            d.wrote("characters", c, canonical);
        }
    }

    private void canonicalRelationships(Draft d, Set<Fandom> known) {
        List<String> written = new ArrayList<>(d.relationships);
        d.relationships.clear();
        for (String r : written) {
            String sep = r.contains("/") ? "/" : r.contains("&") ? " & " : null;
            if (sep == null) {
                d.relationships.add(r.strip());
                d.wrote("relationships", r, r.strip());
                continue;
            }
            String[] sides = r.split(sep.equals("/") ? "\\s*/\\s*" : "\\s*&\\s*");
            List<String> expanded = new ArrayList<>();
            boolean allKnown = true;
            for (String s : sides) {
                String e = expand(s.strip(), known);
                allKnown &= !e.equals(s.strip()) || characterIn(s.strip(), known) != null;
                expanded.add(e);
            }
            if (allKnown) {
                expanded.sort(String::compareTo);
            }
            String canonical = String.join(sep, expanded);
            d.relationships.add(canonical);
            d.wrote("relationships", r, canonical);
        }
    }

    private String expand(String name, Set<Fandom> known) {
        if (name.indexOf('|') >= 0) {
            // "Clark Kent | Kal-El": one character under several names; the one the knowledge base knows wins
            String[] names = ALIAS_BAR.split(name.strip());
            for (String n : names) {
                FandomKnowledge.Character c = characterIn(n, known);
                if (c != null) {
                    return c.name();
                }
            }
            return names.length == 0 || names[0].isBlank() ? name.strip() : names[0].strip();
        }
        FandomKnowledge.Character c = characterIn(name, known);
        if (c == null) {
            return name;
        }
        String f = Texts.fold(name);
        String canon = Texts.fold(c.name());
        return canon.equals(f) || canon.startsWith(f + " ") ? c.name() : name;
    }

    private FandomKnowledge.Character characterIn(String name, Set<Fandom> known) {
        String f = Texts.fold(name);
        for (Fandom fandom : known) {
            for (FandomKnowledge.Character c : fandom.characters()) {
                if (Texts.fold(c.name()).equals(f) || c.aliases().stream().anyMatch(a -> Texts.fold(a).equals(f))) {
                    return c;
                }
            }
        }
        return null;
    }

    /** Genre words: all of them in Genre/Category/Tags values, only fandom jargon (AU, futurefic, xover) elsewhere. */
    private void genreTags(Draft d, String metadata) {
        List<String> written = new ArrayList<>(d.tags);
        d.tags.clear();
        for (String t : written) {
            Genre g = genre(t);
            d.tags.add(g != null ? g.name() : t);
            if (g != null) {
                d.wrote("tags", t, g.name());
            }
        }
        for (Genre g : kb.genres()) {
            if (!g.jargon()) {
                continue;
            }
            for (String alias : g.aliases()) {
                boolean caseSensitive = alias.length() <= 3 && alias.equals(alias.toUpperCase());
                if (containsWord(metadata, alias, !caseSensitive)) {
                    d.tags.add(g.name());
                    break;
                }
            }
        }
    }

    private Genre genre(String tag) {
        String f = Texts.fold(tag);
        for (Genre g : kb.genres()) {
            if (Texts.fold(g.name()).equals(f) || g.aliases().stream().anyMatch(a -> Texts.fold(a).equals(f))) {
                return g;
            }
        }
        return null;
    }

    /** Whole-word search without regular expressions, linear in the text. */
    static boolean containsWord(String text, String word, boolean ignoreCase) {
        String t = ignoreCase ? text.toLowerCase() : text;
        String w = ignoreCase ? word.toLowerCase() : word;
        int from = 0;
        while (true) {
            int at = t.indexOf(w, from);
            if (at < 0) {
                return false;
            }
            int end = at + w.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(t.charAt(at - 1));
            boolean endOk = end >= t.length() || !Character.isLetterOrDigit(t.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            from = at + 1;
        }
    }
}
