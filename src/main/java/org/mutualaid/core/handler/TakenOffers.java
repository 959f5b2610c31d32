package org.mutualaid.core.handler;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mutualaid.core.model.Member;
import org.mutualaid.core.model.Post;
import org.mutualaid.core.model.PostKind;
import org.mutualaid.core.model.PostStatus;
import org.mutualaid.platform.Message;

/**
 * A member who takes an offer that was suggested for their own open need is being helped with
 * that need: it is marked under way with the offer's author, so coordinators do not read it as
 * waiting for anyone, and nobody else sets out to help with it twice. The link is the one the
 * posts show: the need's author took the offer, and the offer's author has the need. Nameless
 * posts are never linked: the group's message would tie the claim to whose need it is.
 */
final class TakenOffers {

    private TakenOffers() {
    }

    /** The taker's one open need the offer was suggested for, now claimed by the offer's author; empty when none or several. */
    static Optional<Post> linkNeed(Context ctx, Post offer, Member taker) {
        if (offer.kind() != PostKind.OFFER || offer.anonymous()) return Optional.empty();
        Set<Long> partners = ctx.tx().suggestions().partnersOf(offer.id());
        List<Post> needs = ctx.tx().posts().liveByAuthor(offer.chatId(), taker.id()).stream()
                .filter(p -> p.kind() == PostKind.NEED && p.status() == PostStatus.OPEN && !p.anonymous() && partners.contains(p.id()))
                .toList();
        // two needs the offer could meet: the bot cannot tell which, and the member says so with /claim
        if (needs.size() != 1) return Optional.empty();
        Post need = needs.get(0);
        ctx.tx().posts().setStatus(need.id(), PostStatus.CLAIMED, offer.author(), ctx.now());
        ctx.tx().claims().open(need.id(), offer.author().id(), ctx.now());
        ctx.concerning(need);
        return Optional.of(need);
    }

    /** The need linked to this taken offer (its taker's need, under way with the offer's author), if any. */
    static Optional<Post> linkedNeed(Context ctx, Post offer) {
        if (offer.kind() != PostKind.OFFER || offer.anonymous() || offer.claimer() == null) return Optional.empty();
        return ctx.tx().posts().liveByAuthor(offer.chatId(), offer.claimer().id()).stream()
                .filter(p -> p.kind() == PostKind.NEED && !p.anonymous() && p.status() == PostStatus.CLAIMED && p.isClaimer(offer.author()))
                .findFirst();
    }

    /** The taken offer this need is under way through (the need's author took it), if any: the other side of linkedNeed. */
    static Optional<Post> offerFor(Context ctx, Post need) {
        if (need.kind() != PostKind.NEED || need.anonymous() || need.claimer() == null) return Optional.empty();
        return ctx.tx().posts().liveByAuthor(need.chatId(), need.claimer().id()).stream()
                .filter(p -> p.kind() == PostKind.OFFER && !p.anonymous() && p.status() == PostStatus.CLAIMED && p.isClaimer(need.author()))
                .findFirst();
    }

    /** The offer is no longer taken: the need it was to meet waits for help again, and the group reads so. */
    static void release(Context ctx, Post offer, Message.Builder told) {
        linkedNeed(ctx, offer).ifPresent(need -> {
            ctx.concerning(need);
            ctx.tx().posts().setStatus(need.id(), PostStatus.OPEN, null, ctx.now());
            ctx.tx().claims().end(need.id(), "unclaimed", ctx.now());
            told.text(" " + need.author().name() + "'s need #" + need.number() + " is open again too.");
        });
    }
}
