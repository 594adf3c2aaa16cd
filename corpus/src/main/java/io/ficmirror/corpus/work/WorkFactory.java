package io.ficmirror.corpus.work;

import io.ficmirror.corpus.prose.Language;
import io.ficmirror.corpus.prose.ProseWriter;
import io.ficmirror.corpus.prose.Punctuation;
import io.ficmirror.corpus.prose.Rng;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a story from its plan: fandom, cast, pairing, creators, title, tags, rating, notes, dates, and the text of
 * each chapter. Everything comes from the random stream given, so a story is the same for the same seed and number.
 */
public final class WorkFactory {
    private final Names names;
    private final Fandoms fandoms;
    private final Blurbs blurbs;
    private final int authorPool;

    /** @param works the corpus size: the pools of creators and fandoms grow with it */
    public WorkFactory(long seed, int works) {
        this.names = new Names(seed);
        this.fandoms = new Fandoms(seed, works);
        this.blurbs = new Blurbs(names);
        this.authorPool = 30 + works / 3;
    }

    /**
     * @param words    the target length of the text
     * @param chapters how many chapters
     * @param years    the first and last year the story may have been published in
     */
    public Story story(int index, String key, Language language, int words, int chapters, int[] years, Rng r) {
        List<Fandom> fandomList = new ArrayList<>();
        fandomList.add(fandoms.pick(r));
        if (r.chance(0.05)) {
            Fandom second = fandoms.pick(r);
            if (!second.name().equals(fandomList.get(0).name())) {
                fandomList.add(second);
            }
        }
        List<CastMember> cast = castOf(fandomList.get(0), r);
        List<Relationship> relationships = relationships(cast, r);
        List<Author> authors = new ArrayList<>();
        authors.add(names.author(r.skewed(authorPool)));
        if (r.chance(0.06)) {
            Author second = names.author(r.skewed(authorPool));
            if (!second.name().equals(authors.get(0).name())) {
                authors.add(second);
            }
        }
        String title = names.workTitle(r, language, cast);
        Rating rating = rating(r);
        List<Warning> warnings = warnings(r);
        String category = relationships.isEmpty() ? "Gen" : relationships.get(0).category();
        LocalDate published = date(years, r);
        LocalDate updated = chapters > 1 ? published.plusDays((long) chapters * r.between(3, 30)) : published;

        ProseWriter writer = new ProseWriter(language, cast.stream().map(CastMember::person).toList(), r);
        String summary = r.chance(0.9) ? plain(writer.sentence()) + (r.chance(0.4) ? " " + plain(writer.sentence()) : "")
                : null;
        String notes = r.chance(0.55) ? blurbs.notes(r, language, fandomList.get(0)) : null;
        String endNote = language == Language.ENGLISH && r.chance(0.3) ? blurbs.endNote(r) : null;
        String disclaimer = r.chance(0.4) ? blurbs.disclaimer(r, language, fandomList.get(0)) : null;
        List<String> betas = r.chance(0.2) ? betas(r) : List.of();
        Series series = r.chance(0.08) ? new Series(names.seriesTitle(r), r.between(1, 6)) : null;
        List<Chapter> text = chapters(writer, language, words, chapters, r);
        return new Story(index, key, language, title, List.copyOf(authors), List.copyOf(fandomList), cast,
                relationships, rating, warnings, category, blurbs.tags(r), blurbs.genres(r), summary, notes, endNote,
                disclaimer, betas, series, published, updated, r.chance(0.8), text, blurbs.comments(r, published));
    }

    private List<Chapter> chapters(ProseWriter writer, Language language, int words, int count, Rng r) {
        double[] shares = new double[count];
        double total = 0;
        for (int i = 0; i < count; i++) {
            shares[i] = 0.65 + 0.7 * r.nextDouble();
            total += shares[i];
        }
        boolean titled = count > 1 && r.chance(0.5);
        List<Chapter> chapters = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int target = Math.max(40, (int) Math.round(words * shares[i] / total));
            ProseWriter.Text text = writer.chapter(target);
            chapters.add(new Chapter(titled ? names.chapterTitle(r, language) : null, text.paragraphs(), text.paragraphWords(),
                    text.words()));
        }
        return List.copyOf(chapters);
    }

    private static List<CastMember> castOf(Fandom fandom, Rng r) {
        List<CastMember> pool = new ArrayList<>(fandom.cast());
        int size = Math.min(pool.size(), r.between(2, 6));
        List<CastMember> cast = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            // the first two drawn are the story's pairing; popular characters come first in a fandom's list
            cast.add(pool.remove(r.skewed(pool.size())));
        }
        return List.copyOf(cast);
    }

    private static List<Relationship> relationships(List<CastMember> cast, Rng r) {
        int k = r.nextInt(100);
        if (k < 15) {
            return List.of();
        }
        List<Relationship> out = new ArrayList<>();
        out.add(new Relationship(cast.get(0), cast.get(1), k < 85));
        if (cast.size() >= 4 && r.chance(0.2)) {
            out.add(new Relationship(cast.get(2), cast.get(3), r.chance(0.5)));
        }
        return List.copyOf(out);
    }

    private static Rating rating(Rng r) {
        int k = r.nextInt(100);
        return k < 25 ? Rating.GENERAL : k < 60 ? Rating.TEEN : k < 82 ? Rating.MATURE : k < 95 ? Rating.EXPLICIT
                : Rating.NOT_RATED;
    }

    private static List<Warning> warnings(Rng r) {
        int k = r.nextInt(100);
        if (k < 60) {
            return List.of(Warning.NONE);
        }
        if (k < 82) {
            return List.of(Warning.CHOSE_NOT);
        }
        if (k < 90) {
            return List.of(Warning.DEATH);
        }
        if (k < 97) {
            return List.of(Warning.VIOLENCE);
        }
        return List.of(Warning.VIOLENCE, Warning.DEATH);
    }

    private List<String> betas(Rng r) {
        String first = names.givenName(r);
        String second = names.givenName(r);
        return r.chance(0.3) && !second.equals(first) ? List.of(first, second) : List.of(first);
    }

    private static LocalDate date(int[] years, Rng r) {
        LocalDate start = LocalDate.of(years[0], 1, 1);
        long days = LocalDate.of(years[1], 12, 31).toEpochDay() - start.toEpochDay();
        return start.plusDays(r.nextInt((int) days + 1));
    }

    /** A summary is shown without emphasis. */
    private static String plain(String text) {
        return Punctuation.withoutEmphasis(text);
    }
}
