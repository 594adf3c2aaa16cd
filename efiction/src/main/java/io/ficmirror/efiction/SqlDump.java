package io.ficmirror.efiction;

import com.alibaba.druid.sql.ast.SQLExpr;
import com.alibaba.druid.sql.ast.SQLStatement;
import com.alibaba.druid.sql.ast.expr.SQLCharExpr;
import com.alibaba.druid.sql.ast.expr.SQLHexExpr;
import com.alibaba.druid.sql.ast.expr.SQLNullExpr;
import com.alibaba.druid.sql.ast.expr.SQLNumericLiteralExpr;
import com.alibaba.druid.sql.ast.statement.SQLColumnDefinition;
import com.alibaba.druid.sql.ast.SQLName;
import com.alibaba.druid.sql.ast.statement.SQLInsertStatement;
import com.alibaba.druid.sql.ast.statement.SQLReplaceStatement;
import com.alibaba.druid.sql.dialect.mysql.ast.statement.MySqlCreateTableStatement;
import com.alibaba.druid.sql.dialect.mysql.parser.MySqlStatementParser;
import com.alibaba.druid.sql.parser.ParserException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The rows of a MySQL dump (plain or gzipped), table by table in dump order, with no MySQL server: statements are
 * split as they stream ({@link DumpStatements}) and each CREATE TABLE or INSERT is parsed with druid's MySQL parser,
 * which unescapes values the MySQL way. Other statements (SET, LOCK, DROP, ...) are passed over.
 */
final class SqlDump {
    private static final int SNIFF_BYTES = 64 * 1024;
    private static final Pattern SET_NAMES = Pattern.compile("(?i)SET\\s+NAMES\\s+'?(\\w+)");
    private static final Pattern STATEMENT_KIND = Pattern.compile("(?is)^(CREATE\\s+TABLE|INSERT|REPLACE)\\b");

    /** Receives each row as column name to value (String, Number or null), with the table's bare name. */
    interface RowHandler {
        void row(String table, Map<String, Object> row);
    }

    /** A statement that could not be parsed: the import goes on and reports it. */
    record Unparsed(long line, String table, String problem) {
    }

    private final Map<String, List<String>> columnsByTable = new HashMap<>();
    private final List<Unparsed> unparsed = new ArrayList<>();
    private Charset charset;

    List<Unparsed> unparsed() {
        return unparsed;
    }

    /** @param progress told after each statement how many bytes of the file (compressed, if it is) have been read */
    void read(Path dump, long maxStatementChars, RowHandler rows, java.util.function.LongConsumer progress) throws IOException {
        charset = charsetOf(dump);
        CountingStream file = new CountingStream(Files.newInputStream(dump));
        try (Reader reader = new InputStreamReader(open(file), charset)) {
            DumpStatements statements = new DumpStatements(new java.io.BufferedReader(reader, 1 << 16), maxStatementChars);
            String statement;
            while ((statement = statements.next()) != null) {
                if (STATEMENT_KIND.matcher(statement).find()) {
                    parse(statement, statements.statementLine(), rows);
                }
                progress.accept(file.count);
            }
        }
        progress.accept(file.count);
    }

    /** Counts the bytes read from the file itself, so progress is measured against its size on disk. */
    private static final class CountingStream extends java.io.FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count += Math.max(n, 0);
            return n;
        }
    }

    private void parse(String text, long line, RowHandler rows) {
        List<SQLStatement> parsed;
        try {
            parsed = new MySqlStatementParser(text).parseStatementList();
        } catch (ParserException | IllegalArgumentException | IllegalStateException | ClassCastException e) {
            // the parser's message quotes the values around the fault, which may be personal data: never pass it on
            unparsed.add(new Unparsed(line, tableNamed(text), "it is not MySQL the parser can read"));
            return;
        }
        for (SQLStatement statement : parsed) {
            if (statement instanceof MySqlCreateTableStatement create) {
                List<String> columns = new ArrayList<>();
                for (SQLColumnDefinition column : create.getColumnDefinitions()) {
                    columns.add(bare(column.getColumnName()));
                }
                columnsByTable.put(bare(create.getTableName()), columns);
            } else if (statement instanceof SQLInsertStatement insert) {
                insertRows(insert.getTableName(), insert.getColumns(), insert.getValuesList(), line, rows);
            } else if (statement instanceof SQLReplaceStatement replace) {
                insertRows(replace.getTableName(), replace.getColumns(), replace.getValuesList(), line, rows);
            }
        }
    }

    /** The rows of an INSERT or a REPLACE (mysqldump --replace), which hold rows alike. */
    private void insertRows(SQLName tableName, List<SQLExpr> named, List<SQLInsertStatement.ValuesClause> valuesList,
            long line, RowHandler rows) {
        String table = bare(tableName.getSimpleName());
        List<String> columns = named.isEmpty() ? columnsByTable.get(table) : named.stream().map(c -> bare(c.toString())).toList();
        if (columns == null) {
            unparsed.add(new Unparsed(line, table, "the INSERT names no columns and no CREATE TABLE came before it"));
            return;
        }
        for (SQLInsertStatement.ValuesClause values : valuesList) {
            List<SQLExpr> cells = values.getValues();
            if (cells.size() != columns.size()) {
                unparsed.add(new Unparsed(line, table, "a row has " + cells.size() + " values for " + columns.size() + " columns"));
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                row.put(columns.get(i).toLowerCase(Locale.ROOT), value(cells.get(i)));
            }
            rows.row(table, row);
        }
    }

    private Object value(SQLExpr cell) {
        if (cell instanceof SQLNullExpr) {
            return null;
        }
        if (cell instanceof SQLCharExpr text) {
            return text.getText();
        }
        if (cell instanceof SQLNumericLiteralExpr number) {
            return number.getNumber();
        }
        if (cell instanceof SQLHexExpr hex) {
            return new String(hex.toBytes(), charset);
        }
        return cell.toString();
    }

    private static String tableNamed(String statement) {
        Matcher m = Pattern.compile("(?i)(?:INTO|TABLE)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([`\\w.]+)").matcher(statement);
        return m.find() ? bare(m.group(1)) : null;
    }

    /** A name without its quotes or database prefix, in lower case. */
    static String bare(String name) {
        String unquoted = name.replace("`", "").replace("\"", "");
        return unquoted.substring(unquoted.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * The dump's text encoding, from its {@code SET NAMES}: the client charset mysqldump wrote it in, whatever the
     * tables' own charsets say. latin1 in MySQL is Windows-1252. Without SET NAMES, UTF-8.
     */
    static Charset charsetOf(Path dump) throws IOException {
        byte[] head;
        try (InputStream in = open(dump)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        Matcher names = SET_NAMES.matcher(new String(head, StandardCharsets.ISO_8859_1));
        if (!names.find()) {
            return StandardCharsets.UTF_8;
        }
        return switch (names.group(1).toLowerCase(Locale.ROOT)) {
            case "latin1", "cp1252" -> Charset.forName("windows-1252");
            case "ascii" -> StandardCharsets.US_ASCII;
            case "ucs2", "utf16" -> StandardCharsets.UTF_16BE;
            default -> StandardCharsets.UTF_8;
        };
    }

    static InputStream open(Path dump) throws IOException {
        return open(Files.newInputStream(dump));
    }

    private static InputStream open(InputStream file) throws IOException {
        InputStream in = new BufferedInputStream(file, 1 << 16);
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == 0x1f && second == 0x8b ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16)) : in;
    }
}
