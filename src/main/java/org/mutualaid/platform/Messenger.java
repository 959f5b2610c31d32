package org.mutualaid.platform;

/** The send side of a platform adapter. Only the outbox dispatcher calls it. */
public interface Messenger {
    String platform();

    SendResult send(Outgoing message);
}
