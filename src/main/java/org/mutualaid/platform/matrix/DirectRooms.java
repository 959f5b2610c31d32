package org.mutualaid.platform.matrix;

import java.util.Optional;
import org.mutualaid.core.port.PlatformState;
import org.mutualaid.core.port.Storage;

/**
 * The direct rooms between the bot and each member, created once and remembered in the
 * database, in both directions: member to room (where to write privately) and room to member
 * (a message there is private).
 */
final class DirectRooms {

    private final Storage storage;

    DirectRooms(Storage storage) {
        this.storage = storage;
    }

    Optional<String> roomOf(String userId) {
        return storage.inTransaction(tx -> tx.platformState().get(MatrixMessenger.PLATFORM, memberKey(userId)));
    }

    /** The member the bot shares this direct room with; empty for a group room. */
    Optional<String> memberOf(String roomId) {
        return storage.inTransaction(tx -> tx.platformState().get(MatrixMessenger.PLATFORM, roomKey(roomId)));
    }

    void remember(String roomId, String userId) {
        storage.inTransaction(tx -> {
            PlatformState state = tx.platformState();
            // a member who left an old direct room and opened a new one: the new one is used from now on
            state.get(MatrixMessenger.PLATFORM, memberKey(userId)).ifPresent(old -> state.remove(MatrixMessenger.PLATFORM, roomKey(old)));
            state.put(MatrixMessenger.PLATFORM, memberKey(userId), roomId);
            state.put(MatrixMessenger.PLATFORM, roomKey(roomId), userId);
            return null;
        });
    }

    /** The room is no longer a way to reach its member (they left it, or the bot did). */
    void forgetRoom(String roomId) {
        storage.inTransaction(tx -> {
            PlatformState state = tx.platformState();
            state.get(MatrixMessenger.PLATFORM, roomKey(roomId)).ifPresent(user -> {
                if (state.get(MatrixMessenger.PLATFORM, memberKey(user)).filter(roomId::equals).isPresent()) {
                    state.remove(MatrixMessenger.PLATFORM, memberKey(user));
                }
            });
            state.remove(MatrixMessenger.PLATFORM, roomKey(roomId));
            return null;
        });
    }

    private static String memberKey(String userId) {
        return "dm:" + userId;
    }

    private static String roomKey(String roomId) {
        return "dm-room:" + roomId;
    }
}
