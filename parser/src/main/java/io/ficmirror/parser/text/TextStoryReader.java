package io.ficmirror.parser.text;

import io.ficmirror.parser.Draft;
import io.ficmirror.parser.SourceFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a story written as plain text (or HTML already turned into text): an optional mail or journal preamble,
 * the header block, notes and disclaimers before the story, then the story, then what follows it (reader comments,
 * signatures, feedback pleas, archive footers, glossaries). Fills the draft; leaves the story text in {@code body}.
 */
public final class TextStoryReader {
    private static final Set<String> RFC822_FIELDS = Set.of("from", "subject", "date", "to", "cc", "message-id",
            "received", "return-path", "reply-to", "newsgroups", "sender", "mailing-list", "content-type",
            "mime-version", "delivered-to", "in-reply-to", "references", "precedence", "organization", "x-mailer",
            "content-transfer-encoding", "list-id", "list-unsubscribe", "path", "lines", "user-agent");
    private static final Pattern RFC822_LINE = Pattern.compile("^([A-Za-z][A-Za-z0-9-]{0,40}):(?:\\s(.*))?$");
    private static final Pattern SUBJECT_NOISE = Pattern.compile("(?i)^(?:\\s*(?:re|fwd?|aw)\\s*:|\\s*\\[[^\\]]{0,60}\\]|\\s*(?:new )?(?:fic|ficlet|drabble|story|fanfic)\\s*:)+");
    private static final Pattern SUBJECT_FANDOM_PREFIX = Pattern.compile("^([A-Za-z0-9][A-Za-z0-9 &.'-]{0,30}):\\s+(.+)$");
    private static final Pattern FIC_MARKER = Pattern.compile("(?i)\\[(?:fic|ficlet|drabble|story)\\]|\\b(?:fic|ficlet|drabble|fanfic|fanfiction)\\b\\s*:");
    private static final int HEADER_WINDOW = 60;
    private static final int MAX_BYLINE_WORDS = 5;
    private static final int MAX_HEADINGS = 3;

    private TextStoryReader() {
    }

    public static void read(String text, Draft d) {
        List<String> lines = lines(text);
        int i = readPreamble(lines, d);
        i = readHeaderBlock(lines, i, d);
        List<String> tail = cutComments(lines.subList(i, lines.size()), d);
        tail = cutSignature(tail);
        List<String> paras = paragraphs(tail);
        if (d.storySignals > 0) {
            paras = leadingMatter(paras, d);
        }
        paras = TrailingMatter.strip(paras, d);
        d.body = String.join("\n\n", paras);
    }

    static List<String> lines(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ').replace('\t', ' ');
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start <= t.length()) {
            int nl = t.indexOf('\n', start);
            if (nl < 0) {
                nl = t.length();
            }
            out.add(stripTrailing(t.substring(start, nl)));
            start = nl + 1;
        }
        return out;
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    // ---- preamble: mail headers, or a journal subject line and post time ----

    private static int readPreamble(List<String> lines, Draft d) {
        int i = skipBlank(lines, 0);
        int j = i;
        int fields = 0;
        boolean core = false;
        while (j < lines.size() && !lines.get(j).isBlank()) {
            String line = lines.get(j);
            if ((line.startsWith(" ") || line.startsWith("\t")) && fields > 0) {
                j++;
                continue;
            }
            if (j == i && line.startsWith("From ")) {
                j++;
                continue;
            }
            Matcher m = RFC822_LINE.matcher(Patterns.cap(line));
            if (!m.matches()) {
                break;
            }
            String name = m.group(1).toLowerCase(Locale.ROOT);
            if (!RFC822_FIELDS.contains(name) && !name.startsWith("x-") && !name.startsWith("list-")) {
                break;
            }
            core |= name.equals("from") || name.equals("subject") || name.equals("newsgroups") || name.equals("message-id");
            fields++;
            j++;
        }
        if (fields >= 2 && core && (j >= lines.size() || lines.get(j).isBlank())) {
            readMailHeaders(lines.subList(i, j), d);
            return j;
        }
        return readJournalPreamble(lines, i, d);
    }

    private static void readMailHeaders(List<String> header, Draft d) {
        d.detected(SourceFormat.MAILING_LIST, "RFC 822 mail headers (From:, Subject:, Date:) at the top");
        String last = null;
        StringBuilder value = new StringBuilder();
        List<String[]> fields = new ArrayList<>();
        for (String line : header) {
            if ((line.startsWith(" ") || line.startsWith("\t")) && last != null) {
                value.append(' ').append(line.strip());
                continue;
            }
            if (last != null) {
                fields.add(new String[] {last, value.toString()});
            }
            Matcher m = RFC822_LINE.matcher(Patterns.cap(line));
            if (m.matches()) {
                last = m.group(1).toLowerCase(Locale.ROOT);
                value = new StringBuilder(m.group(2) == null ? "" : m.group(2).strip());
            } else {
                last = null;
            }
        }
        if (last != null) {
            fields.add(new String[] {last, value.toString()});
        }
        for (String[] f : fields) {
            switch (f[0]) {
                case "subject" -> readSubject(f[1], d);
                case "from" -> {
                    String name = mailName(f[1]);
                    if (name != null) {
                        d.fallbackAuthors.add(name);
                    }
                }
                case "date" -> d.published(Dates.find(f[1], false));
                default -> {
                }
            }
        }
    }

    /** "Serenade <sere@example.org>" → Serenade; "sere@example.org (Serenade)" → Serenade; bare address → local part. */
    static String mailName(String from) {
        String s = from.strip();
        int lt = s.indexOf('<');
        if (lt > 0) {
            return Texts.trimValue(s.substring(0, lt).replace("\"", ""));
        }
        int paren = s.indexOf('(');
        if (paren > 0 && s.endsWith(")")) {
            return Texts.trimValue(s.substring(paren + 1, s.length() - 1));
        }
        int at = s.indexOf('@');
        return at > 0 ? s.substring(s.startsWith("<") ? 1 : 0, at) : Texts.trimValue(s);
    }

    /** A journal text copy opens with the subject and a post time ("28th-May-2006 12:47 pm"). */
    private static int readJournalPreamble(List<String> lines, int i, Draft d) {
        if (i >= lines.size()) {
            return i;
        }
        if (isPostTime(lines.get(i))) {
            d.published(Dates.find(lines.get(i), false));
            return i + 1;
        }
        int next = skipBlank(lines, i + 1);
        if (next < lines.size() && next == i + 1 && isPostTime(lines.get(next)) && lines.get(i).length() < 200) {
            readSubject(lines.get(i), d);
            d.published(Dates.find(lines.get(next), false));
            if (SourceFormat.PLAIN.equals(d.sourceFormat)) {
                d.detected(SourceFormat.LIVEJOURNAL, "a journal post: a subject line followed by its posting time");
            }
            return next + 1;
        }
        return i;
    }

    static boolean isPostTime(String line) {
        String s = line.strip();
        return s.length() <= 48 && Patterns.TIME.matcher(s).find() && Dates.find(s, false) != null
                && Words.count(s.replaceAll("(?i)\\b(?:am|pm|utc|gmt|at|on|posted)\\b|[0-9]", "")) <= 2;
    }

    /** A subject line: may open with a fandom abbreviation ("SV: ..."), carries fic markers, genre words, pairings. */
    public static void readSubject(String subject, Draft d) {
        String s = Patterns.cap(subject.strip());
        d.metadataText.add(s);
        if (FIC_MARKER.matcher(s).find()) {
            d.storySignals++;
        }
        String t = SUBJECT_NOISE.matcher(s).replaceFirst("").strip();
        Matcher m = SUBJECT_FANDOM_PREFIX.matcher(t);
        if (m.matches() && io.ficmirror.parser.meta.FandomKnowledge.get().fandom(m.group(1)) != null) {
            d.fandoms.add(m.group(1).strip());
            t = m.group(2).strip();
        }
        if (d.fallbackTitle == null && !t.isEmpty()) {
            d.fallbackTitle = t;
        }
    }

    // ---- header block ----

    private static int readHeaderBlock(List<String> lines, int start, Draft d) {
        int j = skipBlank(lines, start);
        int firstLine = j;
        List<String> headings = new ArrayList<>();
        boolean sawHeader = false;
        int lastHeaderEnd = j;
        while (j < lines.size() && j - firstLine < HEADER_WINDOW) {
            String line = Patterns.cap(lines.get(j)).strip();
            if (line.isEmpty()) {
                j++;
                continue;
            }
            if (Patterns.SEPARATOR.matcher(line).matches() && (sawHeader || !headings.isEmpty())) {
                j++;
                continue;
            }
            HeaderLine header = HeaderLine.parse(lines.get(j));
            if (header != null) {
                j = readHeaderValue(lines, j, header, d);
                sawHeader = true;
                lastHeaderEnd = j;
                continue;
            }
            String byline = byline(line);
            if (byline != null && (j - firstLine <= 8 || !headings.isEmpty())) {
                d.authors.addAll(Texts.splitList(byline, true));
                d.storySignals++;
                if (!headings.isEmpty()) {
                    // the heading right above a byline is the title; any above it are page furniture
                    d.title(headings.remove(headings.size() - 1));
                    d.metadataText.addAll(headings);
                    headings.clear();
                }
                sawHeader = true;
                j++;
                lastHeaderEnd = j;
                continue;
            }
            if (line.length() <= 200 && headingBeforeHeader(lines, j)) {
                headings.add(line);
                j++;
                continue;
            }
            break;
        }
        if (!sawHeader) {
            return start;
        }
        if (!headings.isEmpty()) {
            // the first heading of a header block (a subject line, a page title) stands in when no title is named
            readSubject(headings.get(0), d);
            d.metadataText.addAll(headings);
        }
        return Math.max(lastHeaderEnd, j);
    }

    /**
     * A short line (a page title, a subject, a navigation link) counts as a heading of the header block when a
     * header line or byline follows within the next few short lines.
     */
    private static boolean headingBeforeHeader(List<String> lines, int j) {
        int k = j;
        for (int seen = 0; seen < MAX_HEADINGS; seen++) {
            String line = Patterns.cap(lines.get(k)).strip();
            if (line.length() > 200 || Words.count(line) > 25) {
                return false;
            }
            k = skipBlank(lines, k + 1);
            if (k >= lines.size()) {
                return false;
            }
            String next = Patterns.cap(lines.get(k));
            if (HeaderLine.parse(next) != null || byline(next.strip()) != null) {
                return true;
            }
        }
        return false;
    }

    /** Reads a header's value: inline, continued on following lines, or (for an empty value) the next paragraph. */
    private static int readHeaderValue(List<String> lines, int j, HeaderLine header, Draft d) {
        StringBuilder value = new StringBuilder(header.value());
        int k = j + 1;
        boolean multiLine = header.key() == HeaderKey.SUMMARY || header.key() == HeaderKey.NOTES
                || header.key() == HeaderKey.DISCLAIMER || header.key() == HeaderKey.WARNINGS
                || header.key() == HeaderKey.CHALLENGE;
        if (value.length() == 0) {
            // "Author's Note:" alone on its line, its text below (possibly after one blank line)
            int first = k < lines.size() && lines.get(k).isBlank() ? skipBlank(lines, k) : k;
            if (first < lines.size() && first - k <= 1 && HeaderLine.parse(Patterns.cap(lines.get(first))) == null) {
                k = first;
                while (k < lines.size() && !lines.get(k).isBlank() && HeaderLine.parse(Patterns.cap(lines.get(k))) == null) {
                    value.append(value.length() > 0 ? "\n" : "").append(lines.get(k).strip());
                    k++;
                    if (!multiLine) {
                        break;
                    }
                }
            }
        } else if (multiLine) {
            while (k < lines.size() && !lines.get(k).isBlank() && HeaderLine.parse(lines.get(k)) == null
                    && byline(Patterns.cap(lines.get(k)).strip()) == null) {
                value.append('\n').append(lines.get(k).strip());
                k++;
            }
        }
        HeaderApplier.apply(new HeaderLine(header.key(), header.label(), value.toString().strip()), d);
        return k;
    }

    /** The name in "by Serenade", "by astolat for the ontd_ai kink meme.", or null. */
    static String byline(String line) {
        Matcher m = Patterns.BYLINE.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String name = HeaderApplier.stripFor(m.group(1));
        if (name == null || Words.count(name) > MAX_BYLINE_WORDS || Texts.hasDialogue(name)) {
            return null;
        }
        return name;
    }

    // ---- what comes before the story ----

    private static List<String> leadingMatter(List<String> paras, Draft d) {
        int i = 0;
        while (i < paras.size() - 1) {
            String p = paras.get(i);
            String first = Patterns.cap(p);
            if (Patterns.SEPARATOR.matcher(first).matches()) {
                i++;
                continue;
            }
            if (d.title != null && sameText(p, d.title)) {
                i++;
                continue;
            }
            HeaderLine header = HeaderLine.parse(first.lines().findFirst().orElse(""));
            if (header != null && header.key() != HeaderKey.IGNORED) {
                String rest = p.contains("\n") ? p.substring(p.indexOf('\n') + 1) : "";
                HeaderApplier.apply(new HeaderLine(header.key(), header.label(),
                        (header.value() + "\n" + rest).strip()), d);
                i++;
                continue;
            }
            int words = Words.count(p);
            if (words <= 80 && !Texts.hasDialogue(p) && Patterns.DISCLAIMER_WORDS.matcher(first).find()) {
                if (d.disclaimer == null) {
                    d.disclaimer(p);
                } else {
                    d.note(p);
                }
                i++;
                continue;
            }
            if (words <= 80 && !Texts.hasDialogue(p) && Patterns.NOTE_WORDS.matcher(first).find()) {
                d.note(p);
                i++;
                continue;
            }
            break;
        }
        return paras.subList(i, paras.size());
    }

    static boolean sameText(String a, String b) {
        return letters(a).equals(letters(b)) && !letters(a).isEmpty();
    }

    private static String letters(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : Texts.fold(s).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    // ---- what comes after the story ----

    /** Reader comments stamped like LiveJournal's "28th-May-2006 07:48 pm (UTC)": counted, then cut. */
    private static List<String> cutComments(List<String> lines, Draft d) {
        int first = -1;
        int count = 0;
        int seenText = 0;
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k);
            if (line.length() <= 120 && mayBeCommentStamp(line) && Patterns.COMMENT_STAMP.matcher(line.strip()).find()
                    && Dates.find(line, false) != null) {
                if (first < 0 && seenText > 0) {
                    first = k;
                }
                if (first >= 0) {
                    count++;
                }
            } else if (!line.isBlank()) {
                seenText++;
            }
        }
        if (first < 0) {
            return lines;
        }
        d.commentCount = count;
        if (SourceFormat.PLAIN.equals(d.sourceFormat)) {
            d.detected(SourceFormat.LIVEJOURNAL, "reader comments stamped with (UTC) times after the story");
        }
        return lines.subList(0, first);
    }

    /** A mail signature starts at a line "-- " near the end. */
    /**
     * A cheap necessary condition for {@link Patterns#COMMENT_STAMP}: a "(UTC)" somewhere or a line that starts with
     * a digit. Most short lines are dialogue and fail it without running the regex.
     */
    private static boolean mayBeCommentStamp(String line) {
        if (line.indexOf('(') >= 0) {
            return true;
        }
        int i = 0;
        while (i < line.length() && Words.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i < line.length() && line.charAt(i) >= '0' && line.charAt(i) <= '9';
    }

    private static List<String> cutSignature(List<String> lines) {
        for (int k = lines.size() - 1; k >= 0 && k >= lines.size() - 30; k--) {
            String line = lines.get(k);
            if ((line.equals("--") || line.equals("-- ")) && k > 0) {
                return lines.subList(0, k);
            }
        }
        return lines;
    }

    static List<String> paragraphs(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder p = new StringBuilder();
        for (String line : lines) {
            if (line.isBlank()) {
                if (p.length() > 0) {
                    out.add(p.toString());
                    p.setLength(0);
                }
                continue;
            }
            if (p.length() > 0) {
                p.append('\n');
            }
            p.append(line.strip());
        }
        if (p.length() > 0) {
            out.add(p.toString());
        }
        return out;
    }

    private static int skipBlank(List<String> lines, int i) {
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

}
