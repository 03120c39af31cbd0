package org.whosaid.service.settings;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.whosaid.service.DatabaseLocation;

/**
 * One settings object kept as JSON in a file. Writing goes to a temporary file first and is then moved over the old
 * one, so a crash never leaves half a settings file; a missing or unreadable file reads as empty (defaults).
 */
public final class SettingsFile<T> {
    private final Path file;
    private final Class<T> type;
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public SettingsFile(Path file, Class<T> type) {
        this.file = file;
        this.type = type;
    }

    /** The settings file of a database: {@code settings.json} in its data folder. */
    public static <T> SettingsFile<T> beside(Path database, Class<T> type) {
        return new SettingsFile<>(DatabaseLocation.dataFolder(database).resolve("settings.json"), type);
    }

    public Path file() {
        return file;
    }

    public Optional<T> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(mapper.readValue(file.toFile(), type));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public void write(T settings) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "settings", ".json.tmp");
        try {
            mapper.writeValue(temporary.toFile(), settings);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
