package io.ficmirror.corpus;

import io.ficmirror.corpus.prose.Language;
import io.ficmirror.corpus.prose.Rng;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides each work's format, language, length, chapters and near-duplicate before any text is written. Lengths
 * are log-normal like real archives': median {@value #MEDIAN_WORDS} words, a long tail past 100,000 (σ = {@value #SIGMA}).
 */
final class Planner {
    static final double MEDIAN_WORDS = 2_750;
    static final double SIGMA = 1.2;
    static final int MIN_WORDS = 100;
    static final int MAX_WORDS = 300_000;
    static final int MAX_CHAPTERS = 60;
    static final double DUPLICATE_SHARE = 0.09;
    private static final long PLAN_STREAM = 1;

    private final long seed;

    Planner(long seed) {
        this.seed = seed;
    }

    WorkPlan plan(int index) {
        Rng r = Rng.of(seed, index, PLAN_STREAM);
        DocumentKind kind = weighted(List.of(DocumentKind.values()), r);
        Language language = languageOf(kind, r);
        int words = (int) Math.round(MEDIAN_WORDS * Math.exp(SIGMA * r.gaussian()));
        words = Math.max(MIN_WORDS, Math.min(MAX_WORDS, words));
        int chapters = chapters(words, r);
        DocumentKind duplicate = null;
        if (r.chance(DUPLICATE_SHARE) && kind.holdsWholeWork(chapters)) {
            duplicate = duplicateKind(kind, language, chapters, r);
        }
        return new WorkPlan(index, String.format(java.util.Locale.ROOT, "w%06d", index), kind, duplicate, words, chapters,
                language);
    }

    /** One chapter for short works; novels get one chapter per 2,500-6,000 words, up to {@value #MAX_CHAPTERS}. */
    private static int chapters(int words, Rng r) {
        if (words < 3_000) {
            return words >= 1_500 && r.chance(0.15) ? 2 : 1;
        }
        int n = (int) Math.round(words / (2_500 + 3_500 * r.nextDouble()));
        return Math.max(2, Math.min(MAX_CHAPTERS, n));
    }

    private static Language languageOf(DocumentKind kind, Rng r) {
        return switch (kind) {
            case PLAIN_FRENCH -> Language.FRENCH;
            case PLAIN_GERMAN -> Language.GERMAN;
            case PLAIN_SPANISH -> Language.SPANISH;
            case PLAIN_LATIN1 -> r.chance(0.4) ? Language.FRENCH : Language.ENGLISH;
            default -> Language.ENGLISH;
        };
    }

    /** Another site's format that can hold the whole work in the work's language; null when none can. */
    private static DocumentKind duplicateKind(DocumentKind original, Language language, int chapters, Rng r) {
        List<DocumentKind> candidates = new ArrayList<>();
        for (DocumentKind k : DocumentKind.values()) {
            if (!k.site().equals(original.site()) && k.holdsWholeWork(chapters) && writes(k, language)) {
                candidates.add(k);
            }
        }
        return candidates.isEmpty() ? null : weighted(candidates, r);
    }

    /** Which kinds can carry a story in a language: AO3 any, plain files their own, the rest English only. */
    private static boolean writes(DocumentKind kind, Language language) {
        return switch (kind) {
            case AO3_HTML, AO3_TEXT -> true;
            case PLAIN_FRENCH -> language == Language.FRENCH;
            case PLAIN_GERMAN -> language == Language.GERMAN;
            case PLAIN_SPANISH -> language == Language.SPANISH;
            case PLAIN_LATIN1 -> language == Language.ENGLISH || language == Language.FRENCH;
            default -> language == Language.ENGLISH;
        };
    }

    private static DocumentKind weighted(List<DocumentKind> kinds, Rng r) {
        double total = 0;
        for (DocumentKind k : kinds) {
            total += k.weight();
        }
        double x = r.nextDouble() * total;
        for (DocumentKind k : kinds) {
            x -= k.weight();
            if (x < 0) {
                return k;
            }
        }
        return kinds.get(kinds.size() - 1);
    }
}
