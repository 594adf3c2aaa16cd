package io.ficmirror.efiction;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits a MySQL dump into statements as it streams, one statement in memory at a time. It tokenises enough of
 * MySQL's lexical rules to find the statements' ends: quoted strings ('…', "…", `…`) with backslash and doubled-quote
 * escapes, {@code #} and {@code -- } line comments, {@code /* *&#47;} comments (versioned {@code /*!…*&#47;} ones too,
 * which hold nothing an import needs), and mysql's {@code DELIMITER} command. Comments are left out of the statements.
 */
final class DumpStatements {
    private final Reader in;
    private final long maxStatementChars;
    private String delimiter = ";";
    /** Characters read ahead and given back, last given back first: the lexer looks at most two ahead. */
    private final java.util.ArrayDeque<Integer> pushedBack = new java.util.ArrayDeque<>(2);
    private long line = 1;
    private long statementLine;

    /** @param maxStatementChars a statement longer than this is refused rather than held in memory */
    DumpStatements(Reader in, long maxStatementChars) {
        this.in = in;
        this.maxStatementChars = maxStatementChars;
    }

    /** The line the last statement returned by {@link #next()} starts on, for messages. */
    long statementLine() {
        return statementLine;
    }

    /** The next statement without its delimiter, or null at the end of the dump. */
    String next() throws IOException {
        StringBuilder statement = new StringBuilder();
        statementLine = line;
        int c;
        while ((c = read()) >= 0) {
            if (statement.isEmpty() && Character.isWhitespace(c)) {
                statementLine = line;
                continue;
            }
            switch (c) {
                case '\'', '"', '`' -> {
                    quoted(c, statement);
                    continue;
                }
                case '#' -> {
                    skipLine();
                    continue;
                }
                case '-' -> {
                    int next = read();
                    if (next == '-' && isCommentSpace(peek())) {
                        skipLine();
                        continue;
                    }
                    append(statement, c);
                    unread(next);
                }
                case '/' -> {
                    int next = read();
                    if (next == '*') {
                        skipBlockComment();
                        append(statement, ' ');
                        continue;
                    }
                    append(statement, c);
                    unread(next);
                }
                default -> {
                    if (Character.isWhitespace(c) && statement.length() == 9 && statement.toString().equalsIgnoreCase("DELIMITER")) {
                        delimiter = restOfLine().strip();
                        if (delimiter.isEmpty()) {
                            throw new DumpException("the DELIMITER command on line " + (line - 1) + " names no delimiter");
                        }
                        statement.setLength(0);
                        continue;
                    }
                    append(statement, c);
                }
            }
            if (endsWithDelimiter(statement)) {
                statement.setLength(statement.length() - delimiter.length());
                String text = statement.toString().strip();
                if (!text.isEmpty()) {
                    return text;
                }
                statement.setLength(0);
            }
        }
        String rest = statement.toString().strip();
        return rest.isEmpty() ? null : rest;
    }

    private void quoted(int quote, StringBuilder statement) throws IOException {
        append(statement, quote);
        long opened = line;
        int c;
        while ((c = read()) >= 0) {
            append(statement, c);
            if (c == '\\' && quote != '`') {
                int escaped = read();
                if (escaped < 0) {
                    break;
                }
                append(statement, escaped);
            } else if (c == quote) {
                int next = read();
                if (next == quote) {
                    append(statement, next);
                } else {
                    unread(next);
                    return;
                }
            }
        }
        throw new DumpException("a quoted value opened on line " + opened + " is never closed: the dump is cut off or damaged");
    }

    private void skipLine() throws IOException {
        int c;
        while ((c = read()) >= 0 && c != '\n') {
            // the comment's text is not part of any statement
        }
    }

    private void skipBlockComment() throws IOException {
        long opened = line;
        int previous = 0;
        int c;
        while ((c = read()) >= 0) {
            if (previous == '*' && c == '/') {
                return;
            }
            previous = c;
        }
        throw new DumpException("a /* comment opened on line " + opened + " is never closed");
    }

    private boolean endsWithDelimiter(StringBuilder statement) {
        int n = delimiter.length();
        return statement.length() >= n && statement.substring(statement.length() - n).equals(delimiter);
    }

    private String restOfLine() throws IOException {
        StringBuilder rest = new StringBuilder();
        int c;
        while ((c = read()) >= 0 && c != '\n') {
            rest.append((char) c);
        }
        return rest.toString();
    }

    private static boolean isCommentSpace(int c) {
        return c < 0 || c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private void append(StringBuilder statement, int c) {
        if (statement.length() >= maxStatementChars) {
            throw new DumpException("the statement starting on line " + statementLine + " is longer than "
                    + maxStatementChars + " characters; raise the limit (ficmirror.ingest.max-dump-statement-chars) if"
                    + " the dump really holds such rows");
        }
        statement.append((char) c);
    }

    private int read() throws IOException {
        int c = pushedBack.isEmpty() ? in.read() : pushedBack.pop();
        if (c == '\n') {
            line++;
        }
        return c;
    }

    private int peek() throws IOException {
        int c = read();
        unread(c);
        return c;
    }

    private void unread(int c) {
        if (c == '\n') {
            line--;
        }
        pushedBack.push(c);
    }
}
