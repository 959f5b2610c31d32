package org.mutualaid.core.command;

import java.util.Locale;

public enum PostAction {
    CLAIM, UNCLAIM, DONE, CANCEL;

    public String commandName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
