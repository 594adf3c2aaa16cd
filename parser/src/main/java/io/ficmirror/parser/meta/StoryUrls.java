package io.ficmirror.parser.meta;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the story (and chapter) a URL names on the sites that give each chapter its own page: fanfiction.net and
 * FictionPress {@code /s/<story>/<chapter>/}, AO3 {@code /works/<work>}, eFiction
 * {@code viewstory.php?sid=<story>&chapter=<n>}. Works on links as written in pages (relative too) and on mirror paths
 * ({@code www.fanfiction.net/s/1/2/Title.html}, wget's {@code viewstory.php@sid=1}).
 */
public final class StoryUrls {
    private static final int MAX_URL = 2000;
    private static final Pattern FFNET = Pattern.compile(
            "(?i)(fanfiction\\.net|fictionpress\\.com)?/s/(\\d{1,12})(?:/(\\d{1,5}))?(?!\\d)");
    private static final Pattern AO3 = Pattern.compile("(?i)(archiveofourown\\.org|ao3\\.org)?/works/(\\d{1,12})(?!\\d)");
    private static final Pattern HOST = Pattern.compile("(?i)[a-z0-9](?:[a-z0-9-]{0,62}\\.){1,8}[a-z]{2,24}");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,12}");

    /**
     * A story a URL names.
     *
     * @param host        the site's host where the URL names it, lower case and without "www."
     * @param chapter     the chapter the URL asks for, null when it does not say
     * @param allChapters the URL asks for every chapter at once (eFiction's {@code chapter=all})
     */
    public record Ref(String site, String host, String storyId, Integer chapter, boolean allChapters) {
    }

    private StoryUrls() {
    }

    /** Reads a document's source URI into {@code part}; the site's host must be in it, except for eFiction. */
    public static void fromSource(String uri, SitePart part) {
        Ref ref = ffnet(uri);
        if (ref == null || ref.host() == null) {
            ref = ao3(uri);
        }
        if (ref == null || ref.host() == null) {
            ref = efiction(uri);
        }
        if (ref != null && (ref.host() != null || ref.site().equals(SitePart.EFICTION))) {
            part.story(ref, true);
            part.wholeWork |= ref.allChapters();
        }
    }

    public static Ref ffnet(String url) {
        Matcher m = matcher(FFNET, url);
        if (m == null) {
            return null;
        }
        Integer chapter = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        return new Ref(SitePart.FFNET, host(m.group(1)), m.group(2), chapter, false);
    }

    public static Ref ao3(String url) {
        Matcher m = matcher(AO3, url);
        return m == null ? null : new Ref(SitePart.AO3, host(m.group(1)), m.group(2), null, false);
    }

    public static Ref efiction(String url) {
        if (url == null || url.length() > MAX_URL) {
            return null;
        }
        int at = url.toLowerCase(Locale.ROOT).indexOf("viewstory.php");
        if (at < 0) {
            return null;
        }
        String sid = null;
        String chapter = null;
        for (String param : url.substring(at + "viewstory.php".length()).split("[?@&;]|%3[Ff]")) {
            int eq = param.indexOf('=');
            String name = eq < 0 ? "" : param.substring(0, eq).toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : leadingDigitsOrAll(param.substring(eq + 1));
            if (name.equals("sid") && sid == null && !value.equals("all")) {
                sid = value.isEmpty() ? null : value;
            } else if (name.equals("chapter") && chapter == null) {
                chapter = value.isEmpty() || value.length() > 5 ? null : value;
            }
        }
        if (sid == null) {
            return null;
        }
        boolean all = "all".equals(chapter);
        Integer number = chapter == null || all ? null : Integer.valueOf(chapter);
        return new Ref(SitePart.EFICTION, hostBefore(url.substring(0, at)), sid, number, all);
    }

    /** The number (of five digits at most) at the start of a text ("2. The Storm", " 3 "), or null. */
    public static Integer leadingNumber(String s) {
        String digits = leadingDigits(s);
        return digits != null && digits.length() <= 5 ? Integer.valueOf(digits) : null;
    }

    /** The digits at the start of a text ("7000002" of " 7000002 - "), an id; null when it starts otherwise. */
    public static String leadingDigits(String s) {
        String t = s == null ? "" : s.strip();
        Matcher m = DIGITS.matcher(t);
        return m.lookingAt() && (m.end() == t.length() || !Character.isDigit(t.charAt(m.end()))) ? m.group() : null;
    }

    private static Matcher matcher(Pattern pattern, String url) {
        if (url == null || url.length() > MAX_URL) {
            return null;
        }
        Matcher m = pattern.matcher(url);
        return m.find() ? m : null;
    }

    private static String leadingDigitsOrAll(String value) {
        if (value.toLowerCase(Locale.ROOT).startsWith("all")) {
            return "all";
        }
        Matcher m = DIGITS.matcher(value);
        return m.lookingAt() ? m.group() : "";
    }

    /** The host of "http://host/path/", else the last folder of a mirror path that is a host name. */
    private static String hostBefore(String prefix) {
        int scheme = prefix.indexOf("://");
        if (scheme >= 0) {
            String rest = prefix.substring(scheme + 3);
            int slash = rest.indexOf('/');
            String authority = slash < 0 ? rest : rest.substring(0, slash);
            authority = authority.substring(authority.lastIndexOf('@') + 1);
            int colon = authority.indexOf(':');
            return host(colon < 0 ? authority : authority.substring(0, colon));
        }
        String[] folders = prefix.split("[/\\\\]");
        for (int i = folders.length - 1; i >= 0; i--) {
            if (HOST.matcher(folders[i]).matches()) {
                return host(folders[i]);
            }
        }
        return null;
    }

    private static String host(String name) {
        if (name == null || !HOST.matcher(name).matches()) {
            return null;
        }
        String h = name.toLowerCase(Locale.ROOT);
        return h.startsWith("www.") ? h.substring(4) : h;
    }
}
