package org.entente.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
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
        assertEquals(4, r.type(TimexType.DATE).gold());
        assertEquals(1, r.type(TimexType.DURATION).gold());
        assertEquals(5, r.allTypes().gold());
        assertTrue(r.problems().isEmpty(), r.problems().toString());
    }

    @Test
    void correctValuesOnGoldSpansScoreFullMarks() throws Exception {
        TimemlBenchmark.Result r = new TimemlBenchmark().run(samples());
        assertEquals(new TimemlBenchmark.Score(4, 0, 0), r.type(TimexType.DATE).value(), r.errorKinds().toString());
        assertEquals(1.0, r.type(TimexType.DATE).span().f1());
        assertEquals(new TimemlBenchmark.Score(1, 0, 0), r.type(TimexType.DURATION).value());
    }

    @Test
    void wrongValueCountsAsFalsePositiveAndFalseNegativeButMatchesTheSpan(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("one.tml"), "<TimeML><DCT>20250224</DCT><TEXT>Envoys met "
                + "<TIMEX3 type=\"DATE\" value=\"2025-02-17\">on Monday</TIMEX3>.</TEXT></TimeML>");
        TimemlBenchmark.Result r = new TimemlBenchmark().run(dir);
        assertEquals(new TimemlBenchmark.Score(0, 1, 1), r.type(TimexType.DATE).value());
        assertEquals(new TimemlBenchmark.Score(1, 0, 0), r.type(TimexType.DATE).span());
        assertEquals("wrong DATE value: \"monday\" gold DCT-7d got DCT", r.errorKinds().get(0).description());
    }

    /** A normaliser that finds just the phrases given, with the values given, so that only the scoring is tested. */
    private static TimemlBenchmark fixed(Map<String, TimexValue> phrases) {
        List<DateRule> rules = new ArrayList<>();
        phrases.forEach((phrase, value) -> rules.add(new DateRule(phrase, Pattern.compile(Pattern.quote(phrase)),
                DateRule.Guard.ANY, (m, c) -> Optional.of(value), false)));
        return new TimemlBenchmark(new TimemlReader(), new DateNormaliser(rules));
    }

    @Test
    void eachTypeIsScoredAgainstTheGoldOfThatType(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("types.tml"), "<TimeML><DCT>20250224</DCT><TEXT>The envoys talked for "
                + "<TIMEX3 type=\"DURATION\" value=\"P3D\">three days</TIMEX3> and met again "
                + "<TIMEX3 type=\"DATE\" value=\"2025-W08\">last week</TIMEX3>; the paper comes out "
                + "<TIMEX3 type=\"SET\" value=\"P1W\">weekly</TIMEX3>.</TEXT></TimeML>");
        TimemlBenchmark.Result r = fixed(Map.of(
                "three days", TimexValue.duration(Granularity.DAY, "P3D"),
                "last week", TimexValue.of(Granularity.WEEK, LocalDate.of(2025, 2, 17)),
                "weekly", TimexValue.set(Granularity.WEEK, "P1W"))).run(dir);
        assertEquals(new TimemlBenchmark.Score(1, 0, 0), r.type(TimexType.DURATION).value());
        assertEquals(new TimemlBenchmark.Score(1, 0, 0), r.type(TimexType.DATE).value());
        assertEquals(new TimemlBenchmark.Score(1, 0, 0), r.type(TimexType.SET).value());
        assertEquals(new TimemlBenchmark.Row(0, 0, new TimemlBenchmark.Score(0, 0, 0),
                new TimemlBenchmark.Score(0, 0, 0)), r.type(TimexType.TIME));
        assertEquals(new TimemlBenchmark.Score(3, 0, 0), r.allTypes().value());
        assertTrue(r.errorKinds().isEmpty(), r.errorKinds().toString());
    }

    @Test
    void aPredictionOfTheWrongTypeCountsAgainstBothTypesAndIsNamed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("wrong-type.tml"), "<TimeML><DCT>20250224</DCT><TEXT>The ministers met "
                + "<TIMEX3 type=\"TIME\" value=\"2025-02-21TMO\">Friday morning</TIMEX3>.</TEXT></TimeML>");
        TimemlBenchmark.Result r = fixed(Map.of("Friday", TimexValue.day(LocalDate.of(2025, 2, 21)))).run(dir);
        assertEquals(new TimemlBenchmark.Score(0, 1, 0), r.type(TimexType.DATE).value());
        assertEquals(new TimemlBenchmark.Score(0, 0, 1), r.type(TimexType.TIME).value());
        assertEquals(new TimemlBenchmark.Score(0, 1, 1), r.allTypes().value());
        assertEquals(new TimemlBenchmark.Score(1, 0, 0), r.allTypes().span());
        assertEquals("wrong type: \"friday\" gold TIME got DATE", r.errorKinds().get(0).description());
    }

    @Test
    void aGoldExpressionNothingOverlapsIsMissedWithItsType(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("missed.tml"), "<TimeML><DCT>20250224</DCT><TEXT>Talks went on "
                + "<TIMEX3 type=\"DURATION\" value=\"PXX\">a while</TIMEX3>.</TEXT></TimeML>");
        TimemlBenchmark.Result r = fixed(Map.of()).run(dir);
        assertEquals(new TimemlBenchmark.Score(0, 0, 1), r.type(TimexType.DURATION).value());
        assertEquals("missed DURATION: \"a while\"", r.errorKinds().get(0).description());
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

    @Test
    void timesAreComparedWithoutZeroSecondsAndWithMinutes() {
        assertEquals("1998-02-06T08:02", TimemlBenchmark.canonical("1998-02-06T08:02:00"));
        assertEquals("1998-02-06T17:00", TimemlBenchmark.canonical("1998-02-06T17"));
        assertEquals("1998-02-06T08:02:30", TimemlBenchmark.canonical("1998-02-06T08:02:30"));
        assertEquals("1998-02-06TNI", TimemlBenchmark.canonical("1998-02-06TNI"));
    }

    @Test
    void durationsInDecadesAndCenturiesAreComparedInYearsAndQuartersInMonths() {
        assertEquals("P10Y", TimemlBenchmark.canonical("P1E"));
        assertEquals("P200Y", TimemlBenchmark.canonical("P2C"));
        assertEquals("PXY", TimemlBenchmark.canonical("PXE"));
        assertEquals("P3D", TimemlBenchmark.canonical("P3D"));
        assertEquals("P6M", TimemlBenchmark.canonical("P2Q"));
    }

    @Test
    void missingDirectoryIsRefused(@TempDir Path dir) {
        assertThrows(IllegalArgumentException.class, () -> new TimemlBenchmark().run(dir.resolve("absent")));
    }
}
