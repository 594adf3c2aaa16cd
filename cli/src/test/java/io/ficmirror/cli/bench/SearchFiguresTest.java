package io.ficmirror.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchFiguresTest {

    @Test
    void nearestRankPercentiles() {
        double[] hundred = new double[100];
        for (int i = 0; i < 100; i++) {
            hundred[i] = i + 1;
        }
        assertEquals(50, SearchFigures.percentile(hundred, 50));
        assertEquals(99, SearchFigures.percentile(hundred, 99));
        assertEquals(100, SearchFigures.percentile(hundred, 100));
        assertEquals(7, SearchFigures.percentile(new double[] {7}, 99));
        assertEquals(0, SearchFigures.percentile(new double[0], 50));
    }

    /** An import of 40 s with a search a second due from 0 to 49 s; latency 10 ms, except 500 ms in its last quarter. */
    private static SearchFigures figures() {
        List<SearchLoad.Search> searches = new ArrayList<>();
        for (int second = 0; second < 50; second++) {
            int status = second == 5 ? 503 : second == 6 ? -1 : 200;
            double millis = second >= 30 && second < 40 ? 500 : 10;
            searches.add(new SearchLoad.Search(second, millis, status,
                    second % 2 == 0 ? SearchQueries.Kind.WORDS : SearchQueries.Kind.FANDOM));
        }
        return new SearchFigures(1, 4, searches);
    }

    @Test
    void splitsTheSearchesByQuarterOfTheImportAndAfterIt() {
        List<SearchFigures.Row> rows = figures().byPhase(40);

        assertEquals(List.of("import 0-25 %", "import 25-50 %", "import 50-75 %", "import 75-100 %", "after the import", "all"),
                rows.stream().map(SearchFigures.Row::phase).toList());
        SearchFigures.Row first = rows.get(0);
        assertEquals(10, first.searches());
        assertEquals(1, first.failed());
        assertEquals(1, first.notSent());
        assertEquals(0.8, first.answeredPerSecond(), 1e-9);
        assertEquals(10, first.p99());
        assertEquals(500, rows.get(3).p50());
        assertEquals(10, rows.get(4).searches());
        assertEquals(10, rows.get(4).max());
        SearchFigures.Row all = rows.get(5);
        assertEquals(50, all.searches());
        assertEquals(500, all.max());
        assertEquals(10, all.p50());
    }

    @Test
    void reportNamesEveryPhaseAndKind() {
        String text = figures().text(40);
        assertTrue(text.contains("1 a second offered by at most 4 clients"), text);
        assertTrue(text.lines().anyMatch(l -> l.trim().startsWith("import 75-100 %") && l.contains("500.0")), text);
        assertTrue(text.lines().anyMatch(l -> l.trim().startsWith("words") && l.contains(" 25 ")), text);
        assertTrue(text.lines().anyMatch(l -> l.trim().startsWith("fandom")), text);
        assertEquals(51, figures().csv().lines().count());
    }
}
