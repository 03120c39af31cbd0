package org.whosaid.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.whosaid.model.EditStamp;

/**
 * Who is editing through one set of services, and the clock their edits are stamped with. The name is set on first
 * start (the app asks; the command line takes {@code --coder} or {@code $WHOSAID_CODER}) and defaults to the
 * operating system's user name.
 */
public final class Coder {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private volatile String name;
    private final Clock clock;

    public Coder(String name, Clock clock) {
        this.clock = clock;
        rename(name);
    }

    /** The operating system's user, as a coder who gave no name of their own is known. */
    public static Coder ofSystemUser() {
        return new Coder(systemUserName(), Clock.systemDefaultZone());
    }

    public static String systemUserName() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "coder" : user.strip();
    }

    public String name() {
        return name;
    }

    /** Edits from now on are made under this name. */
    public void rename(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a coder needs a name");
        }
        name = value.strip();
    }

    /** This coder's edit, made now. */
    public EditStamp stamp() {
        return new EditStamp(name, clock.instant());
    }

    /** "14:02" today, "14:02 on 1 Dec 2026" another day, in this coder's time zone. */
    String when(EditStamp by) {
        ZonedDateTime at = by.at().atZone(clock.getZone());
        String time = TIME.format(at);
        return at.toLocalDate().equals(LocalDate.now(clock)) ? time : time + " on " + DAY.format(at);
    }
}
