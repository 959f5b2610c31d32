package org.mutualaid.core.port;

import java.util.List;
import org.mutualaid.core.model.Member;

/** Who coordinates a chat, as its platform says; kept so the daily jobs know whom to write to. */
public interface Coordinators {
    /** The chat's coordinators are now exactly these. */
    void replace(long chatId, List<Member> coordinators);

    /** The member coordinates the chat now, or (coordinates false) no longer; the others stay as they are. */
    void set(long chatId, long memberId, boolean coordinates);

    List<Member> of(long chatId);

    boolean isCoordinator(long chatId, long memberId);

    /** The ids of the group chats this member coordinates. */
    List<Long> chatsOf(long memberId);
}
