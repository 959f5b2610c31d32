package org.mutualaid.platform;

/** A member as a platform names them: its own id for them, and how they are shown. */
public record Person(String ref, String name) {
    public Person {
        if (ref == null || ref.isBlank()) throw new IllegalArgumentException("person without ref");
        if (name == null || name.isBlank()) name = "a neighbour";
    }
}
