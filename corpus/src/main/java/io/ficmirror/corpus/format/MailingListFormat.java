package io.ficmirror.corpus.format;

import io.ficmirror.corpus.DocumentKind;
import io.ficmirror.corpus.ExpectedFields;
import io.ficmirror.corpus.GeneratedDocument;
import io.ficmirror.corpus.prose.Rng;
import io.ficmirror.corpus.work.Author;
import io.ficmirror.corpus.work.Story;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A story posted to a fan-fiction mailing list, as the list archive keeps it: RFC 822 headers, the header block in
 * capitals, the story wrapped at 72 columns with plain punctuation, "END", the author's signature and the list's
 * footer (Mailman or Yahoo! Groups).
 */
final class MailingListFormat implements DocumentFormat {
    private static final String[] ZONES = {"-0500", "-0800", "+0100", "+0000", "-0400", "+1000"};

    @Override
    public List<GeneratedDocument> render(Story s, boolean duplicate, Rng r) {
        String list = Html.slug(s.fandom().shortName(), '-').replace("the-", "") + r.pick(new String[] {"-slash", "-fic",
            "-list", "fic", "-gen"});
        String listHost = r.chance(0.5) ? "lists.example.org" : "yahoogroups.example.com";
        boolean yahoo = listHost.startsWith("yahoo");
        LocalDateTime sent = s.published().atTime(r.nextInt(24), r.nextInt(60), r.nextInt(60));
        Author from = s.authors().get(0);
        long number = Ids.of(0, s.index(), duplicate);
        String rating = s.rating().letters(r.nextInt(2));
        String pairing = s.relationships().isEmpty() ? "gen" : s.relationships().get(0).written(false);

        TextDocument t = new TextDocument(s.words() * 7 + 3_000, Typography.PLAIN, r.chance(0.5) ? '_' : 0, 72);
        t.line("From: " + from.name() + " <" + from.email() + ">")
                .line("To: " + list + "@" + listHost)
                .line("Subject: [" + list + "] " + (r.chance(0.5) ? "NEW: " : "FIC: ") + s.title() + " (" + pairing
                        + (rating == null ? "" : ", " + rating) + ")")
                .line("Date: " + DateStyles.rfc822(sent, r.pick(ZONES)))
                .line("Message-ID: <" + sent.toLocalDate().toString().replace("-", "") + "." + number + "@" + listHost + ">")
                .line("MIME-Version: 1.0")
                .line("Content-Type: text/plain; charset=utf-8")
                .line("X-Mailer: " + r.pick(new String[] {"Eudora 5.1", "Mozilla Thunderbird 1.5", "Microsoft Outlook Express 6.00"}))
                .blank();
        HeaderBlock header = new HeaderBlock(s, r, new HeaderBlock.Options(true, false, false, true, true));
        for (HeaderBlock.Line line : header.lines) {
            t.line(line.label() + ": " + line.value());
        }
        t.line("FEEDBACK: " + r.pick(new String[] {"Always welcome.", "Yes please!", "On list or off."}));
        t.line("ARCHIVE: " + r.pick(new String[] {"Yes, please.", "Ask first.", "The usual places."})).blank();
        t.story(s, TextDocument.Headings.PART, "*****");
        List<String> moreNotes = new ArrayList<>();
        String signature = r.pick(new String[] {"Sleep is for people without deadlines.", "Fic at the usual address.",
            "Currently writing the sequel, honest."});
        if (s.endNote() != null && s.endNote().startsWith("Title")) {
            t.line(s.endNote()).blank();
            moreNotes.add(s.endNote());
        } else {
            t.line("END").blank();
        }
        t.line("--").line(from.name()).line("\"" + signature + "\"").blank();
        if (yahoo) {
            t.line("------------------------ Yahoo! Groups Sponsor ---------------------~-->")
                    .line("To unsubscribe from this group, send an email to:")
                    .line(list + "-unsubscribe@" + listHost)
                    .line("------------------------------------------------------------------------");
        } else {
            t.line("_______________________________________________").line(list + " mailing list")
                    .line(list + "@" + listHost).line("http://" + listHost + "/mailman/listinfo/" + list);
        }

        ExpectedFields e = new ExpectedFields();
        header.expect(e, moreNotes);
        e.put("published", DateStyles.iso(s.published()));
        e.put("language", s.language().tag());
        t.body.expect(e, true);
        e.put("bodyExcludes", List.of("unsubscribe", "TITLE:", "FEEDBACK:", signature));
        e.put("sourceFormat", DocumentKind.MAILING_LIST.sourceFormat());
        String month = sent.toLocalDate().toString().substring(0, 7);
        String path = "lists/" + list + "-" + month + "-" + number
                + (r.chance(0.5) ? ".eml" : ".txt");
        return List.of(new GeneratedDocument(path, Encoding.utf8(t.text()), DocumentKind.MAILING_LIST,
                s.key(), duplicate, t.body.words(), e));
    }
}
