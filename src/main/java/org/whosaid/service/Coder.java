package org.whosaid.service;

import java.time.Clock;
import java.time.ZoneId;

import org.whosaid.model.EditStamp;

/**
 * Who is editing through one set of services, and the clock their edits are stamped with. The name is set on first
 * start (the app asks; the command line takes {@code --coder} or {@code $WHOSAID_CODER}) and defaults to the
 * operating system's user name.
 */
public final class Coder {
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

    Clock clock() {
        return clock;
    }

    ZoneId zone() {
        return clock.getZone();
    }
}
