package io.ficmirror.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PassingFailuresTest {

    @Test
    void failuresOfTheDatabasePass() {
        assertTrue(PassingFailures.isPassing(new SQLException("connection refused", "08001")));
        assertTrue(PassingFailures.isPassing(new SQLException("deadlock detected", "40P01")));
        assertTrue(PassingFailures.isPassing(new SQLException("disk full", "53100")));
        assertTrue(PassingFailures.isPassing(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(PassingFailures.isPassing(new SQLException("read-only transaction", "25006")));
        assertTrue(PassingFailures.isPassing(new SQLException("Sorry, acquisition timeout!")));
        assertTrue(PassingFailures.isPassing(new IllegalStateException("wrapped", new SQLException("I/O error", null,
                new ConnectException("Connection refused")))));
    }

    @Test
    void failuresOfTheRequestDoNot() {
        assertFalse(PassingFailures.isPassing(new SQLException("duplicate key", "23505")));
        assertFalse(PassingFailures.isPassing(new SQLException("value too long", "22001")));
        assertFalse(PassingFailures.isPassing(new IllegalArgumentException("no")));
    }

    @Test
    void retryTriesAgainAfterAPassingFailureAndGivesUpOnAnother() throws SQLException {
        AtomicInteger attempts = new AtomicInteger();
        String result = PassingFailures.retry("test", () -> {
            if (attempts.incrementAndGet() == 1) {
                throw new SQLException("connection lost", "08006");
            }
            return "written";
        });
        assertEquals("written", result);
        assertEquals(2, attempts.get());

        SQLException ownFault = new SQLException("duplicate key", "23505");
        assertSame(ownFault, assertThrows(SQLException.class, () -> PassingFailures.retry("test", () -> {
            throw ownFault;
        })));
    }
}
