package io.ficmirror.corpus.format;

import io.ficmirror.corpus.ExpectedFields;
import io.ficmirror.corpus.work.Author;
import io.ficmirror.corpus.work.CastMember;
import io.ficmirror.corpus.work.Fandom;
import io.ficmirror.corpus.work.Story;
import io.ficmirror.corpus.work.Warning;
import java.util.List;

/** What both AO3 shapes (the work page and the text download) state about a work, as expected fields. */
final class Ao3Expected {
    private Ao3Expected() {
    }

    static ExpectedFields of(Story s) {
        ExpectedFields e = new ExpectedFields();
        e.put("title", s.title());
        e.put("authors", s.authors().stream().map(Author::name).toList());
        e.put("fandomsInclude", s.fandoms().stream().map(Fandom::name).toList());
        if (!s.relationships().isEmpty()) {
            e.put("relationshipsInclude", s.relationships().stream().map(rel -> rel.written(true)).toList());
        }
        e.put("charactersInclude", s.characters().stream().map(CastMember::fullName).toList());
        e.put("tagsInclude", s.tags());
        e.put("warningsInclude", s.warnings().stream().map(Warning::ao3).toList());
        if (s.series() != null) {
            e.put("seriesInclude", List.of(s.series().title()));
        }
        e.put("rating", s.rating().ao3());
        if (s.summary() != null) {
            e.put("summary", s.summary());
        }
        return e;
    }
}
