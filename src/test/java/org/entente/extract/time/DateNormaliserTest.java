package org.entente.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class DateNormaliserTest {

    /** A Monday. */
    private static final LocalDate ANCHOR = LocalDate.of(2025, 2, 24);

    private final DateNormaliser normaliser = new DateNormaliser();

    private List<TemporalExpression> find(String text) {
        return normaliser.normalise(text, ANCHOR);
    }

    /** The one expression found whose text contains {@code phrase}. */
    private TemporalExpression expression(String text, String phrase) {
        List<TemporalExpression> hits = find(text).stream().filter(e -> e.text().contains(phrase)).toList();
        assertEquals(1, hits.size(), () -> "expected one expression containing '" + phrase + "' in: " + find(text));
        return hits.get(0);
    }

    private String value(String text, String phrase) {
        return expression(text, phrase).value();
    }

    // ---- the seed article

    @Test
    void mondayBeforeAnchorNormalisesToThatDay() {
        TemporalExpression e = expression("Foreign ministers met in Brussels on Monday to discuss the truce.", "Monday");
        assertEquals("2025-02-24", e.value());
        assertEquals(Granularity.DAY, e.granularity());
    }

    @Test
    void monthWithYearKeepsMonthGranularity() {
        TemporalExpression e = expression("The corridor was first proposed in September 2023 by Ankara.", "September");
        assertEquals("2023-09", e.value());
        assertEquals(Granularity.MONTH, e.granularity());
        assertEquals("September 2023", e.text());
    }

    @Test
    void yearAloneKeepsYearGranularity() {
        TemporalExpression e = expression("Grain exports fell sharply in 2023, the ministry said.", "2023");
        assertEquals("2023", e.value());
        assertEquals(Granularity.YEAR, e.granularity());
    }

    @Test
    void ordinalAnniversaryCountsBackFromTheAnchorDay() {
        assertEquals("2022-02-24", value("Leaders gathered in Kyiv to mark the third anniversary of Russia's "
                + "full-scale invasion.", "anniversary"));
    }

    @Test
    void anAnniversaryADayIsSaidToBeCountsBackFromThatDay() {
        assertEquals("1955-02-23", value("Yesterday was the 70th anniversary of the founding of the Andean Union.", "anniversary"));
        assertEquals("1955-02-24", value("Leaders spoke on the 70th anniversary of the founding of the Andean Union.", "anniversary"));
    }

    // ---- weekdays and tense

    @Test
    void weekdayInPastClauseIsTheLatestOneBeforeTheAnchor() {
        assertEquals("2025-02-20", value("The envoy arrived in Riyadh on Thursday.", "Thursday"));
    }

    @Test
    void weekdayInFutureClauseIsTheNextOne() {
        assertEquals("2025-02-27", value("The two presidents will meet on Thursday in Paris.", "Thursday"));
    }

    @Test
    void aDayWithoutAYearInAStoryToldBackInTimeIsInThatStorysYear() {
        String text = "The army moved on November 15, 2017. The president resigned on November 21.";
        assertEquals("2017-11-21", value(text, "November 21"));
        assertEquals("2024-11-21", value("The president resigned on November 21.", "November 21"));
    }

    @Test
    void aFutureInAQuotationThatClosedBeforeTheWeekdayIsNotItsClause() {
        assertEquals("2025-02-20", value("\"Our policy will not change,\" the minister told reporters on Thursday.", "Thursday"));
        assertEquals("2025-02-27", value("The minister said: \"We will meet them on Thursday.\"", "Thursday"));
    }

    @Test
    void reportingVerbBeforeWeekdayKeepsItInThePast() {
        assertEquals("2025-02-21", value("The spokesman said Friday that talks would resume.", "Friday"));
    }

    @Test
    void lastAndNextWeekdayNeverMeanTheAnchorItself() {
        assertEquals("2025-02-17", value("The delegation left last Monday.", "Monday"));
        assertEquals("2025-03-03", value("The delegation leaves next Monday.", "Monday"));
    }

    @Test
    void lowerCaseWeekdayIsNotADate() {
        assertTrue(find("a sunday roast").isEmpty());
    }

    // ---- days relative to the anchor

    @Test
    void todayYesterdayAndTomorrowCountFromTheAnchor() {
        String text = "The minister spoke today, after a call yesterday, and flies to Oslo tomorrow.";
        assertEquals("2025-02-24", value(text, "today"));
        assertEquals("2025-02-23", value(text, "yesterday"));
        assertEquals("2025-02-25", value(text, "tomorrow"));
    }

    @Test
    void unitsAgoCountBackFromTheAnchorAtThatUnit() {
        assertEquals("2023", value("The embassy closed two years ago.", "years ago"));
        assertEquals("2025-02-21", value("The envoy resigned three days ago.", "days ago"));
        assertEquals("2025-01", value("Sanctions were lifted a month ago.", "month ago"));
    }

    @Test
    void aYearEarlierCountsBackFromTheDateNamedBefore() {
        assertEquals("2023-03", value("Exports reached a record in March 2024, double the level a year earlier.",
                "a year earlier"));
    }

    // ---- weeks, months, years relative to the anchor

    @Test
    void relativeWeeksAreIsoWeeks() {
        assertEquals("2025-W08", value("Talks stalled last week.", "last week"));
        assertEquals("2025-W09", value("Talks resume this week.", "this week"));
        assertEquals("2025-W10", value("Talks resume next week.", "next week"));
    }

    @Test
    void relativeMonthsAndYearsKeepTheirUnit() {
        assertEquals("2025-02", value("The treaty was ratified earlier this month.", "this month"));
        assertEquals("2025-03", value("A vote is planned next month.", "next month"));
        assertEquals("2024", value("Trade grew last year.", "last year"));
        assertEquals("2025", value("Elections are due this year.", "this year"));
    }

    @Test
    void weekendInPastNewsIsTheOneJustGone() {
        TemporalExpression e = expression("Protesters marched over the weekend.", "weekend");
        assertEquals("2025-W08-WE", e.value());
        assertEquals(Granularity.WEEKEND, e.granularity());
    }

    // ---- months and days of the month

    @Test
    void bareMonthInPastNewsIsTheLatestOne() {
        assertEquals("2024-09", value("The talks collapsed in September.", "September"));
    }

    @Test
    void bareMonthInFutureClauseIsTheNextOne() {
        assertEquals("2025-06", value("The summit will be held in June.", "June"));
    }

    @Test
    void lastAndNextMonthNameSkipTheAnchorMonth() {
        assertEquals("2024-04", value("The accord was signed last April.", "April"));
        assertEquals("2026-01", value("A review is set for next January.", "January"));
    }

    @Test
    void mayAsAVerbIsNotAMonth() {
        assertTrue(find("The envoy may travel to Kyiv.").isEmpty());
    }

    @Test
    void monthAndYearWrittenRelativelyAreResolved() {
        assertEquals("2024-07", value("The ceasefire broke down in July last year.", "July"));
    }

    @Test
    void abbreviatedMonthAndDayWithoutYearTakeTheYearByTense() {
        assertEquals("2024-09-12", value("The ceasefire began on Sept. 12 and held.", "Sept."));
        assertEquals("2025-02-10", value("Envoys met on Feb. 10 in Doha.", "Feb."));
        assertEquals("2025-12-01", value("The new rules are effective Dec. 1.", "Dec."));
    }

    @Test
    void dayMonthYearAndMonthDayYearGiveFullDates() {
        assertEquals("2022-02-24", value("The invasion began on 24 February 2022.", "February"));
        assertEquals("2024-03-05", value("It was signed on the 5th of March, 2024.", "March"));
        assertEquals("2024-11-05", value("Voters went to the polls on Nov. 5, 2024.", "Nov."));
    }

    @Test
    void weekdayWithDateIsOneExpression() {
        TemporalExpression e = expression("The statement was issued on Monday, Feb. 24, in Geneva.", "Monday");
        assertEquals("Monday, Feb. 24", e.text());
        assertEquals("2025-02-24", e.value());
    }

    @Test
    void numericDatesAreRead() {
        assertEquals("2024-11-05", value("Filed 2024-11-05 in The Hague.", "2024"));
        assertEquals("2024-11-05", value("Filed 11/05/2024 in The Hague.", "2024"));
    }

    // ---- years, decades, centuries

    @Test
    void numbersThatCountThingsAreNotYears() {
        assertTrue(find("The alliance sent 2000 troops and $1990 in aid.").isEmpty());
    }

    @Test
    void decadesAreWrittenWithThreeDigits() {
        TemporalExpression e = expression("Relations thawed in the 1990s.", "1990s");
        assertEquals("199", e.value());
        assertEquals(Granularity.DECADE, e.granularity());
        assertEquals("198", value("It recalled the tensions of the '80s.", "'80s"));
    }

    @Test
    void spokenYearsAreRead() {
        assertEquals("1996", value("In nineteen ninety-six the border reopened.", "nineteen"));
    }

    @Test
    void thisCenturyIsTheAnchorsCentury() {
        TemporalExpression e = expression("The worst crisis of this century.", "century");
        assertEquals("20", e.value());
        assertEquals(Granularity.CENTURY, e.granularity());
    }

    // ---- quarters, halves, seasons

    @Test
    void ordinalQuarterWithYearIsThatQuarter() {
        TemporalExpression e = expression("Gas imports fell in the first quarter of 2024.", "quarter");
        assertEquals("2024-Q1", e.value());
        assertEquals(Granularity.QUARTER, e.granularity());
    }

    @Test
    void ordinalQuarterNotYetBegunIsLastYearsInPastNews() {
        assertEquals("2024-Q4", value("Arms sales rose in the fourth quarter.", "quarter"));
    }

    @Test
    void halfYearIsWrittenWithH() {
        assertEquals("2024-H1", value("Aid slowed in the first half of 2024.", "half"));
    }

    @Test
    void seasonsAreReadRelativeToTheAnchor() {
        assertEquals("2024-SU", value("Fighting intensified last summer.", "summer"));
        assertEquals("2023-SP", value("The offensive began in the spring of 2023.", "spring"));
    }

    @Test
    void fallOfAGovernmentIsNotASeason() {
        assertTrue(find("after the fall of the government").isEmpty());
    }

    // ---- references and holidays

    @Test
    void vagueReferencesUseTimexTokens() {
        String text = "Trade is now at a low; it recently fell and may recover in the future.";
        TemporalExpression now = expression(text, "now");
        assertEquals("PRESENT_REF", now.value());
        assertEquals(Granularity.REFERENCE, now.granularity());
        assertEquals("PAST_REF", value(text, "recently"));
        assertEquals("FUTURE_REF", value(text, "future"));
    }

    @Test
    void holidayWithoutYearIsTheNearestOne() {
        assertEquals("2024-12-25", value("A truce was observed on Christmas Day.", "Christmas"));
    }

    // ---- times of day

    private TemporalExpression time(String text, String phrase) {
        TemporalExpression e = expression(text, phrase);
        assertEquals(TimexType.TIME, e.type(), e::toString);
        assertEquals(Granularity.DAY, e.granularity());
        return e;
    }

    @Test
    void clockTimeWithoutADayFallsOnTheAnchor() {
        assertEquals("2025-02-24T15:00", time("The talks opened at 3 p.m. in Vienna.", "p.m.").value());
        assertEquals("2025-02-24T09:05", time("Voting began at 9:05 am, officials said.", "am").value());
    }

    @Test
    void timeZoneAfterAClockTimeIsPartOfTheSpanButNotOfTheValue() {
        TemporalExpression e = time("The ultimatum expires at 10:35 a.m. EST, the statement said.", "10:35");
        assertEquals("10:35 a.m. EST", e.text());
        assertEquals("2025-02-24T10:35", e.value());
    }

    @Test
    void noonAndMidnightAreClockTimes() {
        assertEquals("2025-02-24T12:00", time("The ministers broke for lunch at noon.", "noon").value());
        assertEquals("2025-02-24T12:00", time("By midday the square had emptied.", "midday").value());
        assertEquals("2025-02-24T24:00", time("The truce lapsed at midnight.", "midnight").value());
    }

    @Test
    void anHourInTheMorningIsAClockTimeAfterAPreposition() {
        assertEquals("2025-02-24T04:00", time("The convoy left at 4 in the morning.", "morning").value());
        assertTrue(find("Rebels killed 12 in the morning raid.").isEmpty());
    }

    @Test
    void highNoonIsAFigureOfSpeech() {
        assertTrue(find("For the coalition, it was high noon.").isEmpty());
    }

    @Test
    void numericDateWithATimeIsOneTime() {
        TemporalExpression iso = time("Filed 2025-02-20 22:19 by the night desk.", "2025");
        assertEquals("2025-02-20 22:19", iso.text());
        assertEquals("2025-02-20T22:19", iso.value());
        assertEquals("2025-02-20T22:19", time("Filed 02/20/2025 22:19:00 by the desk.", "2025").value());
    }

    @Test
    void partsOfTheDayOfTheAnchor() {
        assertEquals("2025-02-24TMO", time("The envoy flew in this morning.", "morning").value());
        assertEquals("2025-02-24TNI", time("The cabinet meets tonight.", "tonight").value());
        assertEquals("2025-02-24TAF", time("A statement is due later this afternoon.", "afternoon").value());
        assertEquals("2025-02-24TAF", time("By mid-afternoon the crowd had grown.", "afternoon").value());
    }

    @Test
    void lastNightAndYesterdayAfternoonAreTheDayBefore() {
        assertEquals("2025-02-23TNI", time("Rockets struck the port last night.", "night").value());
        assertEquals("2025-02-23TAF", time("The delegates arrived yesterday afternoon.", "afternoon").value());
        assertEquals("2025-02-23TNI", time("Shelling went on overnight in the east.", "overnight").value());
    }

    @Test
    void overnightBeforeANounIsNoTime() {
        assertTrue(find("The bank raised overnight rates.").isEmpty());
    }

    @Test
    void aNounForAPartOfTheDayNeedsADayOrAModifier() {
        assertTrue(find("It was a quiet morning in the capital.").isEmpty());
    }

    @Test
    void weekdayWithAPartOfTheDayIsATimeOnThatWeekday() {
        TemporalExpression e = time("The ceasefire took hold on Friday morning.", "Friday");
        assertEquals("Friday morning", e.text());
        assertEquals("2025-02-21TMO", e.value());
        assertEquals("2025-02-22TNI", time("Protesters gathered Saturday night.", "Saturday").value());
    }

    @Test
    void clockTimeWithAWeekdayTakesTheWeekdayByTense() {
        assertEquals("2025-02-22T12:00", time("The deadline passed at noon Saturday.", "noon").value());
        assertEquals("2025-02-19T15:00", time("Talks broke off at 3 p.m. Wednesday.", "p.m.").value());
        assertEquals("2025-02-26T15:00", time("The envoys will meet at 3 p.m. Wednesday.", "p.m.").value());
        assertEquals("2025-02-21T21:00", time("Talks ended Friday at 9 p.m. after a long day.", "Friday").value());
    }

    @Test
    void aTimeIsTheReferenceForTheNextDay() {
        String text = "Talks ended at 9 p.m. Friday and resumed the next day.";
        TemporalExpression next = expression(text, "next day");
        assertEquals("2025-02-22", next.value());
        assertEquals(TimexType.DATE, next.type());
    }

    // ---- durations

    private TemporalExpression duration(String text, String phrase) {
        TemporalExpression e = expression(text, phrase);
        assertEquals(TimexType.DURATION, e.type(), e::toString);
        return e;
    }

    @Test
    void countedUnitsAreDurations() {
        TemporalExpression days = duration("The talks lasted two days.", "days");
        assertEquals("P2D", days.value());
        assertEquals(Granularity.DAY, days.granularity());
        assertEquals("P3W", duration("The envoy waited three weeks for an answer.", "weeks").value());
        assertEquals("P9M", duration("Exports grew in the first nine months of the year.", "months").value());
        assertEquals("P5Y", duration("The border stayed shut for the last five years.", "years").value());
    }

    @Test
    void hoursAndMinutesAreWrittenAfterT() {
        TemporalExpression hours = duration("The summit ran 5 hours over schedule.", "hours");
        assertEquals("PT5H", hours.value());
        assertEquals(Granularity.HOUR, hours.granularity());
        assertEquals("PT30M", duration("The call took 30 minutes.", "minutes").value());
    }

    @Test
    void determinerAndModifierArePartOfTheSpanButNotOfTheValue() {
        TemporalExpression past = duration("Prices rose over the past two months.", "months");
        assertEquals("the past two months", past.text());
        assertEquals("P2M", past.value());
        TemporalExpression more = duration("The siege lasted more than two weeks.", "weeks");
        assertEquals("more than two weeks", more.text());
        assertEquals("P2W", more.value());
    }

    @Test
    void decadesAndCenturiesAreCountedInYears() {
        assertEquals("P10Y", duration("The dispute has simmered for a decade.", "decade").value());
        assertEquals("P10Y", duration("Trade doubled over the past decade.", "decade").value());
        assertEquals("P20Y", duration("The two states were at odds for two decades.", "decades").value());
        assertEquals("P100Y", duration("The treaty held for a century.", "century").value());
    }

    @Test
    void anUnknownCountIsWrittenX() {
        assertEquals("PXY", duration("The envoy served several years in Cairo.", "years").value());
        assertEquals("PXD", duration("The delegation stayed a few days.", "days").value());
    }

    @Test
    void aBarePluralIsADurationOnlyAfterFor() {
        TemporalExpression years = duration("The two capitals have quarrelled for years.", "years");
        assertEquals("years", years.text());
        assertEquals("PXY", years.value());
        assertEquals("PTXH", duration("The ministers argued for hours.", "hours").value());
        assertTrue(find("Years of talks have led nowhere.").isEmpty());
    }

    @Test
    void hyphenatedAdjectivesAndAgesAreDurations() {
        assertEquals("P2Y", duration("The minister began a two-year term.", "two-year").value());
        assertEquals("PT16H", duration("After a 16-hour session the deal was done.", "16-hour").value());
        assertEquals("P7D", duration("A seven-day truce was agreed.", "seven-day").value());
        TemporalExpression age = duration("A 45-year-old diplomat was named envoy.", "45");
        assertEquals("45-year-old", age.text());
        assertEquals("P45Y", age.value());
    }

    @Test
    void aHalfIsWrittenInTheNextSmallerUnit() {
        assertEquals("P2Y6M", duration("The mission lasted 2 1/2 years.", "years").value());
        assertEquals("PT1H30M", duration("The vote took an hour and a half.", "hour").value());
    }

    @Test
    void unitsAgoAndLaterStayDates() {
        TemporalExpression ago = expression("The embassy closed two years ago.", "years");
        assertEquals(TimexType.DATE, ago.type());
        assertEquals("two years ago", ago.text());
        assertEquals(TimexType.DATE, expression("Envoys met in March 2024 and again three days later.", "days").type());
    }

    @Test
    void relativeUnitsWithoutACountStayDates() {
        assertEquals(TimexType.DATE, expression("Talks stalled last week.", "week").type());
        assertEquals(TimexType.DATE, expression("The treaty was ratified this month.", "month").type());
    }

    @Test
    void countsOfOtherThingsAreNoDurations() {
        assertTrue(find("The patrol lost five soldiers.").isEmpty());
        assertTrue(find("The party won three quarters of the seats.").isEmpty());
        assertTrue(find("The president sought a second term.").isEmpty());
    }

    @Test
    void aDurationIsNeverTheReferenceForALaterDate() {
        String text = "Talks opened in March 2024 and lasted two weeks; a year earlier they had failed.";
        assertEquals("2023-03", value(text, "a year earlier"));
    }

    // ---- sets

    private TemporalExpression set(String text, String phrase) {
        TemporalExpression e = expression(text, phrase);
        assertEquals(TimexType.SET, e.type(), e::toString);
        return e;
    }

    @Test
    void frequencyWordsAreSets() {
        assertEquals("P1D", set("The envoys speak daily.", "daily").value());
        assertEquals("P1W", set("The council meets weekly.", "weekly").value());
        assertEquals("P1M", set("The figures are published monthly.", "monthly").value());
        assertEquals("P1Y", set("The summit is held annually.", "annually").value());
        assertEquals("P1Y", set("The fee is paid yearly.", "yearly").value());
        assertEquals("PT1H", set("Bulletins were issued hourly.", "hourly").value());
        assertEquals("P3M", set("The board reports quarterly.", "quarterly").value());
    }

    @Test
    void aNewspaperNamedDailyIsNoSet() {
        assertTrue(find("China Daily reported the visit.").isEmpty());
        assertTrue(find("The state daily Tribune reported the visit.").isEmpty());
    }

    @Test
    void everyAndEachWithAUnitAreSets() {
        assertEquals("P1D", set("Protesters gather every day.", "every day").value());
        assertEquals("P1Y", set("The talks resume each year.", "each year").value());
        assertEquals("P2Y", set("The assembly is elected every two years.", "every two years").value());
        assertEquals("P2W", set("The envoys meet every other week.", "every other week").value());
    }

    @Test
    void aNamedWeekdayOrMonthThatRecursIsASetWithTheRestUnknown() {
        assertEquals("XXXX-WXX-4", set("The cabinet meets each Thursday.", "Thursday").value());
        assertEquals("XXXX-WXX-1", set("Envoys are briefed every Monday.", "Monday").value());
        assertEquals("XXXX-07", set("The forum convenes each July.", "July").value());
        assertEquals("XXXX-WXX-2TNI", set("Flights leave on Tuesday nights.", "Tuesday").value());
    }

    @Test
    void aUnitAfterAnAmountIsARate() {
        TemporalExpression year = set("The aid is worth $5 million a year.", "a year");
        assertEquals("P1Y", year.value());
        assertEquals(Granularity.YEAR, year.granularity());
        assertEquals("P1W", set("The ministers talk twice a week.", "a week").value());
        assertEquals("P1D", set("The pipeline carries 300,000 barrels per day.", "per day").value());
        assertEquals("P1D", set("Rooms cost $80 a night.", "a night").value());
    }

    @Test
    void aUnitWithoutAnAmountBeforeItIsNoRate() {
        assertEquals(TimexType.DURATION, expression("The envoy spent a year in Geneva.", "a year").type());
        assertEquals(TimexType.DATE, expression("The envoy left a year ago.", "a year").type());
    }

    // ---- the result as a whole

    @Test
    void spansAreStringIndicesIntoTheText() {
        String text = "On Monday, ministers recalled that in 2023 the talks began.";
        List<TemporalExpression> found = find(text);
        assertEquals(2, found.size());
        for (TemporalExpression e : found) {
            assertEquals(e.text(), text.substring(e.start(), e.end()));
        }
        assertTrue(found.get(0).start() < found.get(1).start(), "text order");
    }

    @Test
    void normaliserGivesTheSameAnswerOnTwoThreads() throws Exception {
        String text = "Envoys met on Monday, a year after talks in September 2023 failed; they meet again next week.";
        List<TemporalExpression> expected = find(text);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<TemporalExpression>>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                runs.add(pool.submit(() -> normaliser.normalise(text, ANCHOR)));
            }
            for (Future<List<TemporalExpression>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
