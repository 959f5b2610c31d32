package org.mutualaid.core.port;

/** The stores reachable inside one transaction. */
public interface Transaction {
    SeenEvents seenEvents();

    Chats chats();

    Members members();

    Posts posts();

    Suggestions suggestions();

    Claims claims();

    Outbox outbox();

    CandidateSearch candidates();

    FollowUps followUps();

    Coordinators coordinators();

    Synonyms synonyms();

    PlatformState platformState();

    PendingPosts pendingPosts();

    Relays relays();
}
