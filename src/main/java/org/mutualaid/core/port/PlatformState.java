package org.mutualaid.core.port;

import java.util.Optional;

/**
 * Small values a platform adapter keeps between runs (Matrix: where its event stream was read up
 * to, its direct rooms). Written inside a transaction, so a position can be stored together with
 * what the events it covers changed.
 */
public interface PlatformState {
    Optional<String> get(String platform, String key);

    void put(String platform, String key, String value);

    void remove(String platform, String key);

    /**
     * Leaves no trace of the member's platform id: entries keyed by it are removed, and values
     * naming it become FORGOTTEN (a room stays known as private, without saying whose it was).
     */
    void forgetMember(String platform, String memberRef);

    String FORGOTTEN = "forgotten";
}
