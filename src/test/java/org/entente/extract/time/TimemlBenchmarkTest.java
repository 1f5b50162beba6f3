package org.entente.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimemlBenchmarkTest {

    private static Path samples() throws Exception {
        return Path.of(TimemlBenchmarkTest.class.getResource("/timeml").toURI());
    }

    @Test
    void scoresEveryTimemlFileUnderTheDirectory() throws Exception {
        TimemlBenchmark.Result r = new TimemlBenchmark().run(samples());
        assertEquals(2, r.files());
        assertEquals(4, r.goldDates());
        assertTrue(r.problems().isEmpty(), r.problems().toString());
    }

    @Test
    void correctValuesOnGoldSpansScoreFullMarks() throws Exception {
        TimemlBenchmark.Result r = new TimemlBenchmark().run(samples());
        assertEquals(new TimemlBenchmark.Score(4, 0, 0), r.value(), r.errorKinds().toString());
        assertEquals(1.0, r.span().f1());
    }

    @Test
    void wrongValueCountsAsFalsePositiveAndFalseNegativeButMatchesTheSpan(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("one.tml"), "<TimeML><DCT>20250224</DCT><TEXT>Envoys met "
                + "<TIMEX3 type=\"DATE\" value=\"2025-02-17\">on Monday</TIMEX3>.</TEXT></TimeML>");
        TimemlBenchmark.Result r = new TimemlBenchmark().run(dir);
        assertEquals(new TimemlBenchmark.Score(0, 1, 1), r.value());
        assertEquals(new TimemlBenchmark.Score(1, 0, 0), r.span());
        assertEquals("wrong value: \"monday\" gold DCT-7d got DCT", r.errorKinds().get(0).description());
    }

    @Test
    void directoryWithoutTimemlFilesIsRefused(@TempDir Path dir) {
        assertThrows(IllegalArgumentException.class, () -> new TimemlBenchmark().run(dir));
    }

    @Test
    void weekNumbersAreComparedWithTwoDigits() {
        assertEquals("2000-W07", TimemlBenchmark.canonical("2000-W7"));
        assertEquals("2000-W07-WE", TimemlBenchmark.canonical("2000-W7-WE"));
        assertEquals("2000-W17", TimemlBenchmark.canonical("2000-W17"));
    }
}
