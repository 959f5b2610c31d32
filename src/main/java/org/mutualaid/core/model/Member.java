package org.mutualaid.core.model;

/** A person on one platform. ref is the platform's id, name how others see them. */
public record Member(long id, String platform, String ref, String name) {}
