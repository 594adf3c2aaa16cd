package io.ficmirror.parser.bench;

import io.ficmirror.contract.ContentIds;
import io.ficmirror.contract.Source;
import io.ficmirror.parser.ParseOutcome;
import io.ficmirror.parser.RawDocument;
import io.ficmirror.parser.WorkParser;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Parse throughput on one thread (= per core) over a generated, deterministic mixed corpus: every format the parser
 * knows, stories mostly a few thousand words long and a few of 100k+ words. A plain main, not a timed test:
 *
 * <pre>
 * ./mvnw -o -q -pl parser test-compile exec:java [-Dexec.args="--seconds 20 --by-kind"]
 * </pre>
 *
 * (exec-maven-plugin is configured in parser/pom.xml with this class and the test classpath; see BENCHMARKS.md.)
 *
 * Options: {@code --seconds N} measuring time (default 15), {@code --warmup N} (default 10), {@code --only KIND}
 * (one generated kind, e.g. {@code lj-text}), {@code --by-kind} (also prints per-kind figures), {@code --stress}
 * (instead: single pathological documents, to check that time stays linear).
 */
public final class ParserBenchmark {

    public static void main(String[] args) {
        double seconds = 15;
        double warmup = 10;
        String only = null;
        boolean byKind = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--warmup" -> warmup = Double.parseDouble(args[++i]);
                case "--only" -> only = args[++i];
                case "--by-kind" -> byKind = true;
                case "--stress" -> {
                    stress();
                    return;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<Doc> corpus = Corpus.build(42L);
        if (only != null) {
            String kind = only;
            corpus = corpus.stream().filter(d -> d.kind.equals(kind)).toList();
        }
        long bytes = corpus.stream().mapToLong(d -> d.raw.content().length).sum();
        System.out.printf("corpus: %d documents, %.1f MB (%s)%n", corpus.size(), bytes / 1e6, Corpus.summary(corpus));
        WorkParser parser = new WorkParser();
        int rejected = 0;
        Map<String, java.util.Set<String>> formats = new java.util.TreeMap<>();
        for (Doc d : corpus) {
            ParseOutcome o = parser.parse(d.raw);
            if (o instanceof ParseOutcome.Rejected r) {
                rejected++;
                System.out.println("  rejected " + d.kind + ": " + r.reason());
            } else if (o instanceof ParseOutcome.Parsed p) {
                formats.computeIfAbsent(d.kind, k -> new java.util.TreeSet<>()).add(p.work().sourceFormat());
            }
        }
        System.out.println("detected sourceFormat per generated kind: " + formats);
        System.out.printf("warm-up %.0f s ...%n", warmup);
        run(parser, corpus, warmup);
        Result r = run(parser, corpus, seconds);
        System.out.printf("one thread, per CPU second: %.1f MB/s, %.0f documents/s%n", r.bytes / 1e6 / r.cpuSeconds,
                r.docs / r.cpuSeconds);
        System.out.printf("one thread, wall clock:     %.1f MB/s, %.0f documents/s (%d passes, %.1f s, %d rejected per pass)%n",
                r.bytes / 1e6 / r.seconds, r.docs / r.seconds, r.passes, r.seconds, rejected);
        if (byKind) {
            Map<String, List<Doc>> kinds = new LinkedHashMap<>();
            corpus.forEach(d -> kinds.computeIfAbsent(d.kind, k -> new ArrayList<>()).add(d));
            for (Map.Entry<String, List<Doc>> e : kinds.entrySet()) {
                Result k = run(parser, e.getValue(), Math.max(1, seconds / kinds.size()));
                System.out.printf("  %-14s %7.1f MB/s %8.0f docs/s (per CPU second)%n", e.getKey(),
                        k.bytes / 1e6 / k.cpuSeconds, k.docs / k.cpuSeconds);
            }
        }
    }

    /**
     * Single pathological documents (one 8 MB line of text, the same as one HTML paragraph, 20,000 nested divs),
     * each parsed a few times: their throughput must not fall far below the corpus's (linear time).
     */
    private static void stress() {
        WorkParser parser = new WorkParser();
        Random r = new Random(7);
        StringBuilder line = new StringBuilder(8 << 20);
        while (line.length() < 8 << 20) {
            line.append(Corpus.WORDS[r.nextInt(Corpus.WORDS.length)]).append(r.nextInt(15) == 0 ? ". " : " ");
        }
        Map<String, String> docs = new LinkedHashMap<>();
        docs.put("8 MB single line (text)", line.toString());
        docs.put("8 MB single paragraph (HTML)", "<html><body><p>" + line + "</p></body></html>");
        docs.put("20,000 nested divs (HTML)", "<html><body>" + "<div>".repeat(20_000) + "deep text" + "</div>".repeat(20_000)
                + "</body></html>");
        docs.put("8 MB of short lines (text)", line.toString().replace(". ", ".\n"));
        for (Map.Entry<String, String> e : docs.entrySet()) {
            byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
            String name = e.getKey().contains("HTML") ? "stress.html" : "stress.txt";
            RawDocument raw = new RawDocument("stress", new Source("bench", name, "0"), e.getKey().contains("HTML")
                    ? "text/html" : "text/plain", null, bytes);
            parser.parse(raw);
            long start = System.nanoTime();
            int runs = 3;
            for (int i = 0; i < runs; i++) {
                parser.parse(raw);
            }
            double s = (System.nanoTime() - start) / 1e9 / runs;
            System.out.printf("  %-30s %6.2f MB in %6.3f s: %6.1f MB/s%n", e.getKey(), bytes.length / 1e6, s, bytes.length / 1e6 / s);
        }
    }

    /** {@code seconds} is wall time, {@code cpuSeconds} the thread's own CPU time (robust on a shared machine). */
    private record Result(long bytes, long docs, int passes, double seconds, double cpuSeconds) {
    }

    private static Result run(WorkParser parser, List<Doc> corpus, double seconds) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        long bytes = 0;
        long docs = 0;
        int passes = 0;
        long sink = 0;
        while (System.nanoTime() < deadline || passes == 0) {
            for (Doc d : corpus) {
                ParseOutcome o = parser.parse(d.raw);
                sink += o instanceof ParseOutcome.Parsed p ? p.work().wordCount() : 1;
                bytes += d.raw.content().length;
                docs++;
            }
            passes++;
        }
        if (sink == 42) {
            System.out.print("");
        }
        return new Result(bytes, docs, passes, (System.nanoTime() - start) / 1e9,
                (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
    }

    record Doc(String kind, RawDocument raw) {
    }

    /** The generated corpus: templates per format filled with seeded pseudo-prose. */
    static final class Corpus {
        static final String[] WORDS = ("the a and to of in that it was he she his her you said had not but "
                + "with for on at as by from into over under back down out up again only just then still never "
                + "light door window kitchen road river morning night winter rain snow stone letter coat tea lamp "
                + "hand hands eyes voice face shoulder floor table chair stairs garden wall city sea ship train "
                + "looked turned walked waited laughed smiled whispered opened closed remembered wondered knew "
                + "quiet long small old cold warm dark bright careful tired certain strange gentle sudden "
                + "always perhaps almost slowly because although while before after until").split(" ");
        private static final String[][] CAST = {
            {"Smallville", "Clark", "Lex", "Chloe"}, {"Harry Potter", "Harry", "Hermione", "Ron"},
            {"Sherlock", "Sherlock", "John", "Molly"}, {"Merlin", "Merlin", "Arthur", "Gwen"},
            {"Star Trek", "Kirk", "Spock", "McCoy"}, {"Supernatural", "Dean", "Sam", "Castiel"},
            {"Original", "Maren", "Tobias", "Ilse"}};

        static List<Doc> build(long seed) {
            Random r = new Random(seed);
            List<Doc> out = new ArrayList<>();
            String[] kinds = {"plain", "lj-text", "lj-html", "dreamwidth", "mailing-list", "ao3-html", "ao3-txt",
                "ffnet-html", "ffnet-text", "efiction", "blog", "plain-latin1"};
            int n = 0;
            for (int round = 0; round < 30; round++) {
                for (String kind : kinds) {
                    int words = 1500 + r.nextInt(5000);
                    out.add(make(kind, words, r, n++));
                }
            }
            // a few novels
            for (String kind : new String[] {"ao3-html", "ffnet-text", "plain", "lj-text", "efiction"}) {
                out.add(make(kind, 100_000 + r.nextInt(60_000), r, n++));
            }
            return out;
        }

        static String summary(List<Doc> docs) {
            Map<String, Integer> count = new LinkedHashMap<>();
            docs.forEach(d -> count.merge(d.kind, 1, Integer::sum));
            return count.toString();
        }

        private static Doc make(String kind, int words, Random r, int n) {
            String[] cast = CAST[r.nextInt(CAST.length)];
            String title = cap(word(r)) + " " + cap(word(r)) + " " + cap(word(r));
            String author = "writer" + r.nextInt(500);
            int chapters = words > 20_000 ? 20 : 1 + r.nextInt(3);
            boolean html = kind.endsWith("html") || kind.equals("dreamwidth") || kind.equals("efiction") || kind.equals("blog");
            List<String> chapterTexts = new ArrayList<>();
            for (int c = 0; c < chapters; c++) {
                chapterTexts.add(prose(words / chapters, cast, r, html));
            }
            String pairing = cast[1] + "/" + cast[2];
            String doc = switch (kind) {
                case "plain", "plain-latin1" -> "Disclaimer: " + cast[0] + " is not mine.\n\nA/N: for a friend.\n\n"
                        + joinChapters(chapterTexts, "Chapter %d", false) + "\n\nThe End\n\nPlease review!\n";
                case "lj-text" -> "Fic: " + title + " (" + pairing + ", PG-13)\n12th-Mar-2008 10:15 pm\nTitle: " + title
                        + "\nAuthor: " + author + "\nFandom: " + cast[0] + "\nPairing: " + pairing + "\nRating: PG-13\n"
                        + "Summary: " + sentence(r, cast) + "\n\n" + joinChapters(chapterTexts, "Part %d", false) + "\n"
                        + comments(r, 5 + r.nextInt(20), false);
                case "lj-html", "dreamwidth" -> "<!DOCTYPE html><html><head><title>" + author + ": " + title + "</title>"
                        + "<link rel=\"canonical\" href=\"https://" + author + (kind.equals("dreamwidth") ? ".dreamwidth.org" : ".livejournal.com")
                        + "/1234.html\"></head><body><div class=\"entry\"><h3 class=\"entry-title\">Fic: " + title + "</h3>"
                        + "<span class=\"ljuser\" lj:user=\"" + author + "\">" + author + "</span> <span class=\"datetime\">2009-04-12 17:33:00</span>"
                        + "<div class=\"entry-content\"><b>Title:</b> " + title + "<br><b>Fandom:</b> " + cast[0] + "<br><b>Pairing:</b> "
                        + pairing + "<br><b>Rating:</b> R<br><b>Summary:</b> " + sentence(r, cast) + "<br><br>"
                        + joinChapters(chapterTexts, "Part %d", true) + "</div></div><div id=\"comments\">"
                        + comments(r, 3 + r.nextInt(15), true) + "</div></body></html>";
                case "mailing-list" -> "From: " + author + " <" + author + "@example.org>\nTo: list@lists.example.org\nSubject: [list] NEW: "
                        + title + " (" + pairing + ", NC-17)\nDate: Tue, 14 Mar 2006 18:22:05 -0500\nMessage-ID: <" + n + "@example.org>\n\n"
                        + "TITLE: " + title + "\nAUTHOR: " + author + "\nPAIRING: " + pairing + "\nRATING: NC-17\nCATEGORY: Slash, AU\n"
                        + "DISCLAIMER: Not mine.\nFEEDBACK: Always welcome.\n\n" + joinChapters(chapterTexts, "Part %d", false)
                        + "\n\n--\n" + author + "\n\n_______________________________________________\nlist mailing list\nTo unsubscribe, send mail to list-request@lists.example.org\n";
                case "ao3-html" -> ao3Html(title, author, cast, pairing, chapterTexts);
                case "ao3-txt" -> title + "\nPosted originally on the Archive of Our Own at https://archiveofourown.org/works/" + n
                        + ".\n\nRating:\n    Mature\nArchive Warning:\n    No Archive Warnings Apply\nFandom:\n    " + cast[0]
                        + "\nRelationship:\n    " + pairing + "\nCharacter:\n    " + cast[1] + ", " + cast[2]
                        + "\nAdditional Tags:\n    Angst, Fluff\nLanguage:\n    English\nStats:\n    Published: 2015-06-01 Words: " + words
                        + "\n\n" + title + "\nby " + author + "\n\nSummary\n\n" + sentence(r, cast) + "\n\n"
                        + joinChapters(chapterTexts, "Chapter %d", false) + "\n";
                case "ffnet-text" -> title + "\nby " + author + "\n\nRated: T - English - Romance/Drama - " + cast[1] + " & " + cast[2]
                        + " - Words: " + words + " - Reviews: 12 - Published: 11-02-07 - Complete\n\nA/N: Please review!\n\n"
                        + joinChapters(chapterTexts, "Chapter %d", false) + "\n";
                case "ffnet-html" -> "<html><head><title>" + title + " Chapter 1, a " + cast[0] + " fanfic | FanFiction</title></head><body>"
                        + "<div id=\"pre_story_links\"><a href=\"/book/\">Books</a> \u00BB <a href=\"/book/x/\">" + cast[0] + "</a></div>"
                        + "<div id=\"profile_top\"><b class=\"xcontrast_txt\">" + title + "</b> By: <a href=\"/u/1/" + author + "\">" + author
                        + "</a><div class=\"xcontrast_txt\">" + sentence(r, cast) + "</div><span class=\"xgray\">Rated: Fiction T - English - Romance - "
                        + cast[1] + ", " + cast[2] + " - Words: " + words + " - Reviews: 4 - Published: 08-29-06 - id:" + n + "</span></div>"
                        + "<div id=\"storytext\">" + String.join("", chapterTexts) + "</div></body></html>";
                case "efiction" -> "<html><head><title>" + title + " by " + author + "</title></head><body><div id=\"pagetitle\">"
                        + "<a href=\"viewstory.php?sid=" + n + "\">" + title + "</a> by <a href=\"viewuser.php?uid=12\">" + author + "</a></div>"
                        + "<div class=\"content\"><span class=\"label\">Summary:</span> " + sentence(r, cast) + "<br><span class=\"label\">Rated:</span> Teen<br>"
                        + "<span class=\"label\">Categories:</span> " + cast[0] + "<br><span class=\"label\">Characters:</span> " + cast[1] + ", " + cast[2]
                        + "<br></div><div id=\"story\">" + joinChapters(chapterTexts, "Chapter %d", true)
                        + "</div><div class=\"footer\">This story archived at <a href=\"http://archive.example.org/viewstory.php?sid=" + n + "\">here</a></div></body></html>";
                case "blog" -> "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Blog: Fic: " + title + "</title></head><body>"
                        + "<nav><a href=\"/\">Home</a> | <a href=\"/archive\">Archive</a></nav><div class=\"sidebar\"><h3>Recent</h3><ul><li><a href=\"/p/1\">Baking</a></li></ul></div>"
                        + "<div class=\"post\"><h2 class=\"post-title\">Fic: " + title + "</h2><div class=\"post-body\"><p><b>Title:</b> " + title
                        + "<br><b>Author:</b> " + author + "<br><b>Fandom:</b> " + cast[0] + "<br><b>Pairing:</b> " + pairing + "<br><b>Rating:</b> G</p>"
                        + String.join("", chapterTexts) + "<p>#" + cast[1].toLowerCase() + " #fluff</p></div></div><footer>Powered by a blog engine.</footer></body></html>";
                default -> throw new IllegalArgumentException(kind);
            };
            Charset cs = kind.equals("plain-latin1") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
            byte[] bytes = doc.getBytes(cs);
            String name = "bench-" + n + (html ? ".html" : ".txt");
            Source source = new Source("bench", name, ContentIds.sha256Hex(bytes));
            String mediaType = html ? "text/html" : "text/plain";
            return new Doc(kind, new RawDocument(ContentIds.documentId("bench", name), source, mediaType, null, bytes));
        }

        private static String ao3Html(String title, String author, String[] cast, String pairing, List<String> chapters) {
            StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><title>" + title + " - " + author
                    + " - " + cast[0] + " [Archive of Our Own]</title></head><body><div id=\"main\"><div class=\"wrapper\">"
                    + "<dl class=\"work meta group\"><dt class=\"rating tags\">Rating:</dt><dd class=\"rating tags\"><ul><li><a class=\"tag\">Explicit</a></li></ul></dd>"
                    + "<dt class=\"warning tags\">Archive Warning:</dt><dd class=\"warning tags\"><ul><li><a class=\"tag\">No Archive Warnings Apply</a></li></ul></dd>"
                    + "<dt class=\"fandom tags\">Fandom:</dt><dd class=\"fandom tags\"><ul><li><a class=\"tag\">" + cast[0] + "</a></li></ul></dd>"
                    + "<dt class=\"relationship tags\">Relationship:</dt><dd class=\"relationship tags\"><ul><li><a class=\"tag\">" + pairing + "</a></li></ul></dd>"
                    + "<dt class=\"character tags\">Characters:</dt><dd class=\"character tags\"><ul><li><a class=\"tag\">" + cast[1]
                    + "</a></li><li><a class=\"tag\">" + cast[2] + "</a></li></ul></dd>"
                    + "<dt class=\"freeform tags\">Additional Tags:</dt><dd class=\"freeform tags\"><ul><li><a class=\"tag\">Slow Burn</a></li></ul></dd>"
                    + "<dt class=\"language\">Language:</dt><dd class=\"language\">English</dd>"
                    + "<dt class=\"stats\">Stats:</dt><dd class=\"stats\"><dl class=\"stats\"><dt class=\"published\">Published:</dt><dd class=\"published\">2016-03-04</dd></dl></dd></dl>"
                    + "<div id=\"workskin\"><div class=\"preface group\"><h2 class=\"title heading\">" + title + "</h2><h3 class=\"byline heading\"><a rel=\"author\" href=\"/users/"
                    + author + "\">" + author + "</a></h3><div class=\"summary module\"><h3 class=\"heading\">Summary:</h3><blockquote class=\"userstuff\"><p>A summary.</p></blockquote></div></div>"
                    + "<div id=\"chapters\">");
            for (int i = 0; i < chapters.size(); i++) {
                b.append("<div class=\"chapter\" id=\"chapter-").append(i + 1).append("\"><div class=\"chapter preface group\"><h3 class=\"title\">Chapter ")
                        .append(i + 1).append("</h3></div><div class=\"userstuff module\"><h3 class=\"landmark heading\">Chapter Text</h3>")
                        .append(chapters.get(i)).append("</div></div>");
            }
            return b.append("</div></div></div></div><div id=\"footer\">Kudos and comments</div></body></html>").toString();
        }

        private static String joinChapters(List<String> texts, String heading, boolean html) {
            if (texts.size() == 1) {
                return texts.get(0);
            }
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < texts.size(); i++) {
                String h = String.format(heading, i + 1);
                b.append(html ? "<h3>" + h + "</h3>" : (i > 0 ? "\n\n" : "") + h + "\n\n").append(texts.get(i));
            }
            return b.toString();
        }

        private static String comments(Random r, int n, boolean html) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                String stamp = (1 + r.nextInt(27)) + "th-Mar-2008 0" + r.nextInt(10) + ":1" + r.nextInt(10) + " pm (UTC)";
                String text = "I loved this, " + word(r) + " " + word(r) + "!";
                b.append(html ? "<div class=\"comment\" id=\"ljcmt" + i + "\"><span>" + stamp + "</span><p>" + text + "</p></div>"
                        : stamp + "\n" + text + "\n");
            }
            return b.toString();
        }

        private static String prose(int words, String[] cast, Random r, boolean html) {
            StringBuilder b = new StringBuilder(words * 7);
            int written = 0;
            while (written < words) {
                int len = 20 + r.nextInt(120);
                if (r.nextInt(12) == 0) {
                    b.append(html ? "<p>* * *</p>" : "* * *\n\n");
                }
                b.append(html ? "<p>" : "");
                if (r.nextInt(3) == 0) {
                    String line = sentence(r, cast);
                    b.append('\u201C').append(line, 0, line.length() - 1).append(",\u201D ").append(cast[1 + r.nextInt(3)])
                            .append(" said. ");
                    written += 10;
                }
                for (int i = 0; i < len; i++) {
                    String w = r.nextInt(25) == 0 ? cast[1 + r.nextInt(3)] : word(r);
                    b.append(i == 0 ? cap(w) : w);
                    if (r.nextInt(14) == 0 || i == len - 1) {
                        b.append(r.nextInt(10) == 0 ? "\u2014 " : ". ");
                        if (i < len - 1) {
                            i++;
                            b.append(cap(word(r))).append(' ');
                        }
                    } else if (r.nextInt(12) == 0) {
                        b.append(", ");
                    } else {
                        b.append(' ');
                    }
                }
                written += len;
                b.setLength(b.length() - 1);
                b.append(html ? "</p>\n" : "\n\n");
            }
            return b.toString();
        }

        private static String sentence(Random r, String[] cast) {
            StringBuilder b = new StringBuilder(cast[1 + r.nextInt(3)]);
            int n = 6 + r.nextInt(10);
            for (int i = 0; i < n; i++) {
                b.append(' ').append(word(r));
            }
            return b.append('.').toString();
        }

        private static String word(Random r) {
            return WORDS[r.nextInt(WORDS.length)];
        }

        private static String cap(String w) {
            return Character.toUpperCase(w.charAt(0)) + w.substring(1);
        }
    }
}
