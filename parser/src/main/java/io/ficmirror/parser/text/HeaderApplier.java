package io.ficmirror.parser.text;

import io.ficmirror.contract.SeriesPart;
import io.ficmirror.parser.Draft;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Puts one header value where it belongs in the draft, splitting multi-value fields. */
public final class HeaderApplier {
    private static final Pattern YULETIDE_YEAR = Pattern.compile("(?i)\\byuletide\\s+(\\d{4})\\b");
    private static final Pattern SERIES_PART = Pattern.compile("(?i)^(?:part\\s+(\\d+)\\s+of\\s+(?:the\\s+)?)?(.+?)(?:\\s+series)?(?:[,;(]\\s*(?:part\\s+)?(\\d+)\\)?)?$");
    private static final Pattern NO_WARNINGS = Pattern.compile("^(?:none|n/a|no warnings|ninguna|aucun|keine)[.!]?$");
    private static final Pattern CATEGORY = Pattern.compile("(?i)^(?:f/f|f/m|m/m|gen|multi|other|het|slash|femslash)$");

    private HeaderApplier() {
    }

    public static void apply(HeaderLine header, Draft d) {
        String v = header.value() == null ? "" : header.value().strip();
        if (header.key() != HeaderKey.IGNORED) {
            d.storySignals++;
        }
        if (v.isEmpty()) {
            return;
        }
        switch (header.key()) {
            case TITLE -> d.title(stripTrailingPeriod(v));
            case AUTHOR -> d.authors.addAll(Texts.splitList(stripFor(v), true));
            case FANDOM -> {
                d.fandoms.addAll(Texts.splitList(v.replace(" and ", ", "), false));
                d.metadataText.add(v);
            }
            case PAIRING -> {
                for (String item : Texts.splitList(v.replace(" and ", ", "), false)) {
                    if (item.contains("/") || item.contains("&") || item.contains(" x ")) {
                        d.relationships.add(item);
                    } else {
                        d.characters.add(item);
                    }
                }
            }
            case CHARACTERS -> {
                for (String item : Texts.splitList(v, false)) {
                    if (item.contains("/")) {
                        d.relationships.add(item);
                    } else {
                        d.characters.addAll(Texts.splitList(item, true));
                    }
                }
            }
            case RATING -> {
                if (d.rating == null) {
                    d.rating = Texts.trimValue(v);
                }
            }
            case WARNINGS -> {
                List<String> warnings = Texts.splitList(v, false);
                if (warnings.isEmpty() && NO_WARNINGS.matcher(Texts.fold(Patterns.cap(v))).matches()) {
                    // "Warnings: none" is a statement (no archive warnings apply), not a placeholder
                    d.warnings.add(Texts.trimValue(v));
                }
                d.warnings.addAll(warnings);
            }
            case SPOILERS -> d.note(header.label() + ": " + v);
            case SUMMARY -> d.summary(v);
            case NOTES -> {
                String f = Texts.fold(header.label());
                boolean labelled = f.startsWith("written") || f.startsWith("gift") || f.startsWith("recipient")
                        || f.startsWith("request") || f.startsWith("prompt") || f.equals("for") || f.startsWith("dedicat");
                d.note(labelled ? header.label() + ": " + v : v);
                d.metadataText.add(v);
                Matcher y = YULETIDE_YEAR.matcher(v);
                if (y.find()) {
                    // Yuletide stories are all revealed on Christmas Day of the challenge year.
                    d.published(LocalDate.of(Integer.parseInt(y.group(1)), 12, 25));
                }
            }
            case CHALLENGE -> {
                d.note(header.label() + ": " + v);
                d.metadataText.add(v);
                Matcher y = YULETIDE_YEAR.matcher(v);
                if (y.find()) {
                    d.published(LocalDate.of(Integer.parseInt(y.group(1)), 12, 25));
                }
            }
            case DISCLAIMER -> d.disclaimer(v);
            case BETA -> d.betas.addAll(Texts.splitList(v, true));
            case GENRE -> {
                d.metadataText.add(v);
                for (String item : v.split("[,;+|]")) {
                    String t = Texts.trimValue(item);
                    if (t == null || Texts.isJunk(t)) {
                        continue;
                    }
                    if (io.ficmirror.parser.meta.FandomKnowledge.get().fandom(t) != null) {
                        d.fandoms.add(t);
                    } else if (CATEGORY.matcher(t).matches()) {
                        d.categories.add(t.toUpperCase(Locale.ROOT).length() <= 3 ? t.toUpperCase(Locale.ROOT) : t);
                    } else if (!t.contains("/") || t.toLowerCase(Locale.ROOT).contains("hurt/comfort")) {
                        d.tags.add(t);
                    }
                }
            }
            case TAGS -> {
                d.metadataText.add(v);
                d.tags.addAll(Texts.splitList(v.replace(" and ", ", "), false));
            }
            case SERIES -> {
                Matcher m = SERIES_PART.matcher(Patterns.cap(Texts.cleanOr(v)));
                if (m.matches()) {
                    String part = m.group(1) != null ? m.group(1) : m.group(3);
                    d.series.add(new SeriesPart(m.group(2).strip(), part == null ? null : Integer.valueOf(part)));
                }
            }
            case PUBLISHED -> d.published(Dates.find(v, false));
            case UPDATED -> {
                if (d.updatedAt == null) {
                    d.updatedAt = Dates.find(v, false);
                }
            }
            case LANGUAGE -> d.declaredLanguage = v;
            case WORDS, IGNORED -> {
            }
            default -> {
            }
        }
    }

    /** "astolat for the ontd_ai kink meme." → "astolat". */
    public static String stripFor(String byline) {
        String s = byline.strip();
        int cut = indexOfWord(s, " for ");
        if (cut > 0) {
            s = s.substring(0, cut);
        }
        return Texts.trimValue(s);
    }

    private static int indexOfWord(String s, String word) {
        return s.toLowerCase(Locale.ROOT).indexOf(word);
    }

    private static String stripTrailingPeriod(String v) {
        String s = v.strip();
        return s.endsWith(".") && !s.endsWith("...") ? s.substring(0, s.length() - 1).strip() : s;
    }
}
