package io.ficmirror.efiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DumpStatementsTest {

    @Test
    void statementsEndAtTopLevelSemicolonsOnly() throws IOException {
        List<String> statements = split("""
                INSERT INTO t VALUES ('a;b', "c;d", `e;f`);
                INSERT INTO t VALUES ('It\\'s; fine', 'doubled '' quote; too');
                """);
        assertEquals(List.of("INSERT INTO t VALUES ('a;b', \"c;d\", `e;f`)",
                "INSERT INTO t VALUES ('It\\'s; fine', 'doubled '' quote; too')"), statements);
    }

    @Test
    void commentsOfEveryKindAreLeftOutEvenWhenTheyHoldQuotesAndSemicolons() throws IOException {
        List<String> statements = split("""
                # Sequel Pro's header; it's "quoted"
                -- mysqldump's header; also 'quoted
                /*!40101 SET NAMES utf8 */;
                /* a block;
                   comment */
                #INSERT INTO t VALUES ('commented out; entirely');
                SELECT 1 -- trailing comment; here
                ;
                SELECT 5--1;
                """);
        assertEquals(List.of("SELECT 1", "SELECT 5--1"), statements);
    }

    @Test
    void theDelimiterCommandChangesWhereStatementsEnd() throws IOException {
        List<String> statements = split("""
                DELIMITER ;;
                CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN SET @a = 1; SET @b = 2; END ;;
                DELIMITER ;
                SELECT 2;
                """);
        assertEquals(2, statements.size());
        assertTrue(statements.get(0).endsWith("SET @b = 2; END"), statements.get(0));
        assertEquals("SELECT 2", statements.get(1));
    }

    @Test
    void anyDelimiterEndsStatementsEvenOneOfCommentCharacters() throws IOException {
        List<String> statements = split("""
                DELIMITER //
                CREATE PROCEDURE p() BEGIN SELECT 1; END//
                DELIMITER $$
                SELECT 3$$
                DELIMITER ;
                SELECT 4;
                """);
        assertEquals(List.of("CREATE PROCEDURE p() BEGIN SELECT 1; END", "SELECT 3", "SELECT 4"), statements);
    }

    @Test
    void aStatementOverTheLimitIsRefusedWithWhereItStarts() {
        String huge = "SELECT 1;\nINSERT INTO t VALUES ('" + "x".repeat(500) + "');";
        DumpException e = assertThrows(DumpException.class, () -> split(huge, 100));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void anUnclosedQuoteIsReportedNotSwallowed() {
        DumpException e = assertThrows(DumpException.class, () -> split("SELECT 1;\n\nINSERT INTO t VALUES ('cut off"));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void aLastStatementWithoutSemicolonIsKept() throws IOException {
        assertEquals(List.of("SELECT 1", "SELECT 2"), split("SELECT 1;\nSELECT 2\n"));
    }

    private static List<String> split(String sql) throws IOException {
        return split(sql, 1_000_000);
    }

    private static List<String> split(String sql, long max) throws IOException {
        DumpStatements statements = new DumpStatements(new StringReader(sql), max);
        List<String> out = new ArrayList<>();
        String s;
        while ((s = statements.next()) != null) {
            out.add(s);
        }
        return out;
    }
}
