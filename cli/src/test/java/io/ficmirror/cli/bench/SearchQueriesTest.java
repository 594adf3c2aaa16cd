package io.ficmirror.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ficmirror.corpus.CorpusGenerator;
import io.ficmirror.corpus.CorpusWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchQueriesTest {

    @Test
    void drawsEveryKindOfSearchFromTheCorpusSameForTheSameSeed(@TempDir Path corpus) throws Exception {
        new CorpusWriter(corpus).write(new CorpusGenerator(3, 60), (done, total, documents, bytes) -> { });

        List<SearchQueries.Query> queries = SearchQueries.from(corpus, 300, 7);

        assertEquals(300, queries.size());
        Set<SearchQueries.Kind> kinds = queries.stream().map(SearchQueries.Query::kind).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(SearchQueries.Kind.class), kinds);
        for (SearchQueries.Query query : queries) {
            URI uri = URI.create("http://localhost" + query.pathAndQuery()); // throws if a value was not encoded
            assertTrue(uri.getPath().equals("/api/search") || uri.getPath().equals("/api/tags/suggest"), query::toString);
            assertTrue(uri.getQuery() != null && !uri.getQuery().isBlank(), query::toString);
        }
        assertTrue(queries.stream().anyMatch(q -> q.kind() == SearchQueries.Kind.PHRASE && q.pathAndQuery().contains("%22")),
                "phrases are quoted");
        assertEquals(queries, SearchQueries.from(corpus, 300, 7));
        assertTrue(!queries.equals(SearchQueries.from(corpus, 300, 8)), "another seed draws other searches");
    }

    @Test
    void refusesAFolderThatIsNoGeneratedCorpus(@TempDir Path empty) {
        var error = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> SearchQueries.from(empty, 10, 1));
        assertTrue(error.getMessage().contains("generated corpus"), error.getMessage());
    }
}
