package org.mutualaid.core.model;

/** A group chat (or a private chat with the bot) on one platform. */
public record Chat(long id, String platform, String ref, String title, boolean privateChat) {}
