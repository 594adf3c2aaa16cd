package io.ficmirror.corpus.format;

import io.ficmirror.corpus.DocumentKind;
import java.util.EnumMap;
import java.util.Map;

/** The format that writes each kind of document. */
public final class Formats {
    private static final Map<DocumentKind, DocumentFormat> BY_KIND = new EnumMap<>(DocumentKind.class);

    static {
        BY_KIND.put(DocumentKind.AO3_HTML, new Ao3HtmlFormat());
        BY_KIND.put(DocumentKind.AO3_TEXT, new Ao3TextFormat());
        BY_KIND.put(DocumentKind.FFNET_HTML, new FfnetHtmlFormat());
        BY_KIND.put(DocumentKind.FFNET_TEXT, new FfnetTextFormat());
        BY_KIND.put(DocumentKind.EFICTION, new EfictionFormat());
        BY_KIND.put(DocumentKind.JOURNAL_TEXT, new JournalTextFormat());
        BY_KIND.put(DocumentKind.JOURNAL_HTML, new JournalHtmlFormat(false));
        BY_KIND.put(DocumentKind.DREAMWIDTH, new JournalHtmlFormat(true));
        BY_KIND.put(DocumentKind.MAILING_LIST, new MailingListFormat());
        BY_KIND.put(DocumentKind.BLOG, new BlogFormat());
        for (DocumentKind plain : new DocumentKind[] {DocumentKind.PLAIN, DocumentKind.PLAIN_CP1252,
            DocumentKind.PLAIN_LATIN1, DocumentKind.PLAIN_FRENCH, DocumentKind.PLAIN_GERMAN, DocumentKind.PLAIN_SPANISH}) {
            BY_KIND.put(plain, new PlainTextFormat(plain));
        }
    }

    private Formats() {
    }

    public static DocumentFormat of(DocumentKind kind) {
        return BY_KIND.get(kind);
    }
}
