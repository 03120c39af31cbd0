package org.whosaid.app.common;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Publication dates as a person reads them: "2 December 2026" rather than "2026-12-02T05:17:28Z". */
public final class Dates {
    private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Dates() {
    }

    /** The stored date (ISO date or date-time) as words; text that is not ISO is shown as it is; null stays null. */
    public static String human(String published) {
        if (published == null || published.isBlank()) {
            return null;
        }
        String value = published.strip();
        try {
            return HUMAN.format(OffsetDateTime.parse(value));
        } catch (DateTimeParseException notOffset) {
            try {
                return HUMAN.format(LocalDateTime.parse(value));
            } catch (DateTimeParseException notLocal) {
                if (value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                    try {
                        return HUMAN.format(LocalDate.parse(value.substring(0, 10)));
                    } catch (DateTimeParseException notDate) {
                        return value;
                    }
                }
                return value;
            }
        }
    }

    /** "Reuters, 2 December 2026"; either part may be missing ("undated" when the date is). */
    public static String outletAndDate(String outlet, String published) {
        String date = human(published);
        String when = date == null ? "undated" : date;
        return outlet == null || outlet.isBlank() ? when : outlet + ", " + when;
    }
}
