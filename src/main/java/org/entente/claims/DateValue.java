package org.entente.claims;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * A date as an article gives it: an ISO 8601 value at the precision the text
 * supports ({@code 2025-02-24}, {@code 2023-09}, {@code 2023}) and, optionally,
 * the words that gave it ({@code "on Monday"}).
 *
 * @param value ISO 8601 calendar date, year-month or year
 * @param text  the article's words for the date, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DateValue(String value, String text) {

    public DateValue {
        if (value == null) {
            throw new IllegalArgumentException("a date needs a value such as 2025-02-24, 2023-09 or 2023");
        }
        try {
            switch (value.length()) {
                case 10 -> LocalDate.parse(value);
                case 7 -> YearMonth.parse(value);
                case 4 -> {
                    if (!value.chars().allMatch(Character::isDigit)) {
                        throw new DateTimeParseException("not a year", value, 0);
                    }
                }
                default -> throw new DateTimeParseException("bad length", value, 0);
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date '" + value + "' is not YYYY-MM-DD, YYYY-MM or YYYY");
        }
    }

    @JsonIgnore
    public Granularity granularity() {
        return switch (value.length()) {
            case 10 -> Granularity.DAY;
            case 7 -> Granularity.MONTH;
            default -> Granularity.YEAR;
        };
    }

    /** The first day the value can mean. */
    @JsonIgnore
    public LocalDate earliest() {
        return switch (granularity()) {
            case DAY -> LocalDate.parse(value);
            case MONTH -> YearMonth.parse(value).atDay(1);
            case YEAR -> LocalDate.of(Integer.parseInt(value), 1, 1);
        };
    }

    /** The day after the last day the value can mean. */
    @JsonIgnore
    public LocalDate latestExclusive() {
        return switch (granularity()) {
            case DAY -> earliest().plusDays(1);
            case MONTH -> earliest().plusMonths(1);
            case YEAR -> earliest().plusYears(1);
        };
    }
}
