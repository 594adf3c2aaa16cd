package io.ficmirror.corpus.prose;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes pseudo-prose for one story: paragraphs of narration and dialogue about its cast, with scene breaks, in the
 * story's language. Every sentence comes from a template filled with the story's own {@link Vocabulary}, so the text
 * reads as prose to a language detector and a person skimming it, and two stories share almost no five-word runs.
 *
 * <p>Paragraphs hold typographic punctuation as {@link Punctuation} placeholders (curly quotes, spaced em dashes,
 * the ellipsis); a document's format writes them curly or plain. A word in \u0001...\u0002 is emphasised.
 */
public final class ProseWriter {
    /** A paragraph holding only this is a scene break; formats draw it their own way. */
    public static final String SCENE_BREAK = "* * *";
    public static final char EMPHASIS_START = '\u0001';
    public static final char EMPHASIS_END = '\u0002';

    private static final double DIALOGUE_SHARE = 0.38;
    private static final double SCENE_BREAK_CHANCE = 0.035;
    private static final double EMPHASIS_CHANCE = 0.02;

    private final Grammar grammar;
    private final Vocabulary vocabulary;
    private final List<Person> cast;
    private final Rng r;
    private final StringBuilder b = new StringBuilder(1024);
    private Person focus;
    private boolean focusNamed;

    public ProseWriter(Language language, List<Person> cast, Rng r) {
        this.grammar = Grammar.of(language);
        this.vocabulary = new Vocabulary(grammar.lexicon, r);
        this.cast = List.copyOf(cast);
        this.r = r;
    }

    /** A chapter's paragraphs, the words of each, and of all. */
    public record Text(List<String> paragraphs, int[] paragraphWords, int words) {
    }

    /** Paragraphs holding at least {@code targetWords} words, scene breaks between some of them. */
    public Text chapter(int targetWords) {
        List<String> paragraphs = new ArrayList<>();
        int[] counts = new int[64];
        int words = 0;
        boolean sceneBreakAllowed = false;
        while (words < targetWords) {
            if (sceneBreakAllowed && r.chance(SCENE_BREAK_CHANCE)) {
                counts = add(paragraphs, counts, SCENE_BREAK, 0);
                sceneBreakAllowed = false;
            }
            String p = paragraph();
            int n = Words.count(p);
            counts = add(paragraphs, counts, p, n);
            words += n;
            sceneBreakAllowed = true;
        }
        return new Text(List.copyOf(paragraphs), Arrays.copyOf(counts, paragraphs.size()), words);
    }

    /** Adds a paragraph and its count; returns the counts array, grown when full. */
    private static int[] add(List<String> paragraphs, int[] counts, String p, int words) {
        int[] c = paragraphs.size() == counts.length ? Arrays.copyOf(counts, counts.length * 2) : counts;
        c[paragraphs.size()] = words;
        paragraphs.add(p);
        return c;
    }

    public String paragraph() {
        b.setLength(0);
        focus = pickPerson();
        focusNamed = false;
        if (!grammar.lexicon.utterances.isEmpty() && r.chance(DIALOGUE_SHARE)) {
            dialogue();
        } else {
            int sentences = r.between(2, 7);
            for (int i = 0; i < sentences; i++) {
                sentence(i == 0);
            }
        }
        return b.toString();
    }

    /** One narration sentence on its own (summaries, blurbs). */
    public String sentence() {
        b.setLength(0);
        focus = pickPerson();
        focusNamed = false;
        sentence(true);
        return b.toString();
    }

    private void dialogue() {
        switch (r.nextInt(4)) {
            case 0 -> {
                speech(focus);
                if (r.chance(0.6)) {
                    sentence(false);
                }
            }
            case 1 -> {
                sentence(true);
                space();
                utteranceAlone();
            }
            case 2 -> {
                speech(focus);
                space();
                utteranceAlone();
            }
            default -> {
                speech(focus);
                space();
                speech(pickPerson());
            }
        }
    }

    private void speech(Person speaker) {
        StringBuilder utterance = new StringBuilder(64);
        Template t = grammar.lexicon.utterances.get(r.nextInt(grammar.lexicon.utterances.size()));
        expand(utterance, t);
        capitalise(utterance, 0);
        boolean question = t.isQuestion();
        String verb = question && !grammar.lexicon.askVerbs.isEmpty() ? r.pick(grammar.lexicon.askVerbs)
                : r.pick(grammar.lexicon.sayVerbs);
        boolean usePronoun = focusNamed && speaker == focus && r.chance(0.5);
        String who = usePronoun ? grammar.pronoun(speaker) : speaker.name();
        focusNamed |= speaker == focus;
        space();
        grammar.speech(b, utterance, question, grammar.speechTag(who, usePronoun, verb));
    }

    private void utteranceAlone() {
        StringBuilder utterance = new StringBuilder(64);
        Template t = grammar.lexicon.utterances.get(r.nextInt(grammar.lexicon.utterances.size()));
        expand(utterance, t);
        capitalise(utterance, 0);
        grammar.quote(b, utterance, t.isQuestion());
    }

    private void sentence(boolean opensParagraph) {
        List<Template> templates = grammar.lexicon.sentences;
        Template t = templates.get(r.nextInt(templates.size()));
        while (opensParagraph && t.hasDash()) {
            t = templates.get(r.nextInt(templates.size()));
        }
        space();
        int start = b.length();
        expand(b, t);
        capitalise(b, start);
        grammar.finishSentence(b, start);
    }

    private void expand(StringBuilder out, Template t) {
        for (Template.Part part : t.parts()) {
            if (part.slot() == null) {
                if (part.attaches() && !grammar.spaceBefore(part.literal())) {
                    out.append(part.literal());
                } else {
                    word(out, part.literal());
                }
                continue;
            }
            int before = out.length();
            fill(out, part.slot());
            if (out.length() == before) {
                continue;
            }
            out.append(part.suffix());
        }
    }

    private void fill(StringBuilder out, Template.Slot slot) {
        space(out);
        Vocabulary v = vocabulary;
        switch (slot) {
            case S -> subject(out);
            case SNP -> grammar.nounPhrase(out, r, v, Grammar.Role.SUBJECT, focus);
            case O -> grammar.nounPhrase(out, r, v, Grammar.Role.OBJECT, otherThanFocus());
            case D -> grammar.nounPhrase(out, r, v, Grammar.Role.DATIVE, otherThanFocus());
            case N -> out.append(pickPerson().name());
            case VT -> out.append(v.verb(r).past());
            case VB -> out.append(v.verb(r).base());
            case VI -> out.append(v.intransitiveVerb(r).past());
            case A -> out.append(v.adverb(r));
            case PR -> out.append(v.preposition(r));
            case OP -> out.append(v.opener(r));
            case C -> out.append(v.conjunction(r));
            case ADJ -> adjective(out, v.adjective(r));
            case FILLER -> out.append(grammar.lexicon.fillers.isEmpty() ? "" : r.pick(grammar.lexicon.fillers));
        }
    }

    private void subject(StringBuilder out) {
        if (!focusNamed) {
            out.append(focus.name());
            focusNamed = true;
            return;
        }
        int k = r.nextInt(100);
        if (k < 50) {
            out.append(grammar.pronoun(focus));
        } else if (k < 75) {
            out.append(focus.name());
        } else if (k < 85) {
            out.append(otherThanFocus().name());
        } else {
            grammar.nounPhrase(out, r, vocabulary, Grammar.Role.SUBJECT, focus);
        }
    }

    private void adjective(StringBuilder out, String adjective) {
        if (r.chance(EMPHASIS_CHANCE)) {
            out.append(EMPHASIS_START).append(adjective).append(EMPHASIS_END);
        } else {
            out.append(adjective);
        }
    }

    /** Half the paragraphs are about one of the first two characters (the pairing), the rest about anyone. */
    private Person pickPerson() {
        if (cast.size() >= 2 && r.chance(0.5)) {
            return cast.get(r.nextInt(2));
        }
        return cast.get(r.nextInt(cast.size()));
    }

    private Person otherThanFocus() {
        if (cast.size() < 2) {
            return focus;
        }
        int i = r.chance(0.5) ? r.nextInt(2) : r.nextInt(cast.size());
        Person p = cast.get(i);
        return p == focus ? cast.get((i + 1) % cast.size()) : p;
    }

    private void space() {
        space(b);
    }

    private static void space(StringBuilder out) {
        int n = out.length();
        if (n > 0 && out.charAt(n - 1) != ' ') {
            out.append(' ');
        }
    }

    private static void word(StringBuilder out, String word) {
        space(out);
        out.append(word);
    }

    private static void capitalise(StringBuilder out, int start) {
        for (int i = start; i < out.length(); i++) {
            char c = out.charAt(i);
            if (Character.isLetter(c)) {
                out.setCharAt(i, Character.toUpperCase(c));
                return;
            }
        }
    }
}
