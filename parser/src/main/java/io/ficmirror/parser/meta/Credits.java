package io.ficmirror.parser.meta;

import io.ficmirror.parser.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Beta readers named in notes: "Thanks to A and B for beta-reading", "my brilliant beta, C", "to D for
 * literally last-minute beta", "betas ... including but not limited to E, F, and G", "Correction faite par H".
 */
public final class Credits {
    private static final String NAME = "[\\p{L}\\p{N}_][\\p{L}\\p{N}_.'-]{0,30}";
    private static final Pattern THANKS_FOR_BETA = Pattern.compile(
            "(?i)\\bto (" + NAME + "(?:(?:,? and |,\\s*| & )" + NAME + "){0,5}) for [^.!?;]{0,40}?\\bbeta");
    private static final Pattern MY_BETA = Pattern.compile(
            "(?i)\\b(?:my|the|our) (?:\\p{L}+ ){0,3}betas?(?: readers?)?,? (" + NAME + "(?:(?:,? and |,\\s*| & )" + NAME + "){0,5})");
    private static final Pattern BETAED_BY = Pattern.compile(
            "(?i)\\bbeta(?:-?read|'?d|ed)? by (" + NAME + "(?:(?:,? and |,\\s*| & )" + NAME + "){0,5})");
    private static final Pattern INCLUDING = Pattern.compile(
            "(?i)\\bbetas?\\b[^.!?]{0,80}?\\bincluding(?: but not limited to)?:? ((?:" + NAME + ")(?:(?:,? and |,\\s*| & )" + NAME + "){0,9})");
    private static final Pattern FRENCH = Pattern.compile(
            "(?i)\\b(?:correction|relecture|b[eê]ta-?lecture)(?: faite)? par (" + NAME + "(?: \\d+)?(?:(?:,\\s*| et )" + NAME + "(?: \\d+)?){0,4})");

    private Credits() {
    }

    public static List<String> betas(String notes) {
        List<String> out = new ArrayList<>();
        if (notes == null) {
            return out;
        }
        for (Pattern p : List.of(INCLUDING, THANKS_FOR_BETA, BETAED_BY, MY_BETA, FRENCH)) {
            Matcher m = p.matcher(notes);
            while (m.find()) {
                for (String name : Texts.splitList(m.group(1), true)) {
                    String n = name.strip();
                    if (!n.isEmpty() && !isWord(n) && !out.contains(n)) {
                        out.add(n);
                    }
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return out;
    }

    private static boolean isWord(String n) {
        String f = Texts.fold(n);
        return f.equals("me") || f.equals("her") || f.equals("him") || f.equals("them") || f.equals("you")
                || f.equals("all") || f.equals("everyone") || f.equals("the") || f.equals("my") || f.equals("who")
                || f.equals("is") || f.equals("was") || f.equals("for") || f.equals("reading") || f.equals("and");
    }
}
