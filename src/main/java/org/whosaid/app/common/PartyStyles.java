package org.whosaid.app.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import javafx.collections.ObservableList;
import javafx.scene.Parent;

import org.whosaid.model.Party;

/** Installs the party colours of the database as a stylesheet on a part of the scene. */
public final class PartyStyles {
    private static final String PREFIX = "data:text/css;base64,";

    private PartyStyles() {
    }

    /** Replaces the party stylesheet of {@code node} with one for {@code parties}. */
    public static void install(Parent node, List<Party> parties) {
        ObservableList<String> sheets = node.getStylesheets();
        String sheet = PREFIX + Base64.getEncoder().encodeToString(
                Highlighting.partyStylesheet(parties).getBytes(StandardCharsets.UTF_8));
        if (sheets.contains(sheet)) {
            return;
        }
        sheets.removeIf(s -> s.startsWith(PREFIX));
        sheets.add(sheet);
    }
}
