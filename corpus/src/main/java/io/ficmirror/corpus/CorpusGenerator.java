package io.ficmirror.corpus;

import io.ficmirror.corpus.format.Formats;
import io.ficmirror.corpus.prose.Rng;
import io.ficmirror.corpus.work.NearDuplicate;
import io.ficmirror.corpus.work.Story;
import io.ficmirror.corpus.work.WorkFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Generates a synthetic fan-fiction archive mirror, deterministic for a seed: {@code works} stories, each written
 * as the documents of one site (one document, or one per chapter on fanfiction.net), about
 * {@value Planner#DUPLICATE_SHARE} of them again as a lightly edited copy in another site's format. Every document
 * comes with the fields it states (see {@link ExpectedFields}).
 *
 * <p>Works are independent of each other: {@link #documents(int)} makes one work's documents from the seed and the
 * work's number alone, is thread-safe, and holds only that work in memory.
 */
public final class CorpusGenerator {
    public static final long DEFAULT_SEED = 42L;
    private static final long TEXT_STREAM = 2;
    private static final long LAYOUT_STREAM = 3;
    private static final long EDIT_STREAM = 4;
    private static final long COPY_LAYOUT_STREAM = 5;

    private final long seed;
    private final int works;
    private final Planner planner;
    private final WorkFactory factory;

    public CorpusGenerator(long seed, int works) {
        if (works < 0) {
            throw new IllegalArgumentException("works must not be negative: " + works);
        }
        this.seed = seed;
        this.works = works;
        this.planner = new Planner(seed);
        this.factory = new WorkFactory(seed, works);
    }

    public long seed() {
        return seed;
    }

    public int works() {
        return works;
    }

    /** What work {@code index} will be (format, length, chapters, duplicate), without writing it. */
    public WorkPlan plan(int index) {
        checkIndex(index);
        return planner.plan(index);
    }

    public Stream<WorkPlan> plans() {
        return IntStream.range(0, works).mapToObj(planner::plan);
    }

    /** The documents of work {@code index}: the original's (one, or one per chapter), then its near-duplicate if any. */
    public List<GeneratedDocument> documents(int index) {
        WorkPlan plan = plan(index);
        DocumentKind kind = plan.kind();
        Story story = factory.story(index, plan.key(), plan.language(), plan.words(), plan.chapters(),
                new int[] {kind.firstYear(), kind.lastYear()}, Rng.of(seed, index, TEXT_STREAM));
        List<GeneratedDocument> docs = new ArrayList<>(Formats.of(kind).render(story, false, Rng.of(seed, index, LAYOUT_STREAM)));
        if (plan.duplicateKind() != null) {
            Story copy = NearDuplicate.of(story, Rng.of(seed, index, EDIT_STREAM));
            docs.addAll(Formats.of(plan.duplicateKind()).render(copy, true, Rng.of(seed, index, COPY_LAYOUT_STREAM)));
        }
        return docs;
    }

    /** Every document of the corpus, work by work, in order. */
    public void generate(Consumer<GeneratedDocument> sink) {
        for (int i = 0; i < works; i++) {
            documents(i).forEach(sink);
        }
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= works) {
            throw new IndexOutOfBoundsException("work " + index + " of " + works);
        }
    }
}
