package org.mutualaid.core.match;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a post asks for or offers a thing ("anyone have a spare fridge?", "giving away a
 * couch") or someone doing something ("need 2 people to help get a couch upstairs", "I can fix
 * leaks", "need a ride"). A need for hands is not met by a giveaway of the thing they would carry, and a need
 * for a thing not by someone who repairs it. Read from the way members phrase it; a post that
 * says neither, or both, is open to either.
 *
 * <p>Some phrasings say what the poster asks for ("anyone have", "can someone"), others what the
 * poster can do or has ("I can", "happy to", "I have a"). A need is read by the first kind only:
 * in "anyone have a high chair? can collect any evening" the poster asks for a thing and offers
 * to fetch it. An offer is read by the second kind only: in "spare kettle, free to someone who
 * can use it" the someone is the taker.
 */
enum Mode {
    THING, SERVICE;

    private static final TermIndex MARKERS = new TermIndex();
    private static final String ASK = "ask", OWN = "own", EITHER = "either";

    static {
        MARKERS.addLine("have a spare, spare, hand me down, hand me downs, borrow, outgrew, outgrown, unopened, barely used, "
                + "in good shape", "THING " + EITHER);
        MARKERS.addLine("anyone have, anybody have, anyone got, anybody got, does anyone have, has anyone got, iso, "
                + "lend me, loan me, looking for a, looking for an, looking for some, in need of a, in need of some", "THING " + ASK);
        // "I'll drop a bag round": things, brought over; both, so that neither kind of need is held back
        String dropping = "i ll drop, i can drop, can drop off, can drop round, drop a bag, drop it round, drop them round, drop round, "
                + "drop it off, drop them off, i ll deliver, can deliver, happy to deliver, happy to drop";
        MARKERS.addLine(dropping, "THING " + OWN);
        MARKERS.addLine(dropping, "SERVICE " + OWN);
        // in an offer, whoever can come is the taker: "free to whoever can come pick up"
        MARKERS.addLine("whoever can come, whoever can collect, whoever can pick, who can come, who can collect, who can pick, "
                + "anyone who can come, anyone who can collect", "THING " + OWN);
        MARKERS.addLine("giving away, give away, to give away, free to anyone, free to a good home, must go, donate, "
                + "donating, collected, come grab, come take, i have a, i have an, i have some, i ve got, ive got, i have got, we ve got, we have got, "
                + "have two, have 2, have three, have 3, have a few, have extra, have spare, have loads, got two, got 2, got a few, got extra, got loads, clearing out my, clearing out our, decluttering, "
                + "up for grabs, free to whoever, first come first served", "THING " + OWN);
        MARKERS.addLine("help with, help get, help moving, help move, help carrying, help carry, help to carry, help lifting, help lift, "
                + "help to lift, help getting it up, hand carrying, hand lifting", "SERVICE " + EITHER);
        // a service named as a noun: "free dog sitting at my place, I have a big garden" offers sitting, not a garden
        MARKERS.addLine("dog sitting, pet sitting, cat sitting, house sitting, babysitting, baby sitting, dog walking, pet care, "
                + "lessons, tutoring, haircuts, repairs, tech help, tech support, computer help, it support, dog walker, dog walkers, dog sitter, cat sitter, pet sitter, walk my dog, "
                + "walk the dog, walk dogs, look after my cat, look after my dog, mind my cat, mind my dog, feed my cat, feed my cats, "
                + "feed the cat, take care of my cat, take care of my dog", "SERVICE " + EITHER);
        // an animal's food and gear are things: "need dog food" is not met by a dog walker, nor "look after my cat" by cat food
        MARKERS.addLine("dog food, cat food, pet food, dog s food, cat s food, kibble, cat litter, kitty litter, dog bed, dog crate, "
                + "cat carrier, pet carrier, dog treats, cat tree", "THING " + EITHER);
        // "i need help" and "help me" are how a plea begins, whatever it asks for ("need help, my landlord changed the locks")
        MARKERS.addLine("someone to, somebody to, someone who, somebody who, people to, anyone to, anyone able, anyone good, "
                + "can someone, could someone, can anyone, could anyone, can somebody, need someone, need somebody, "
                + "ride, rides, a lift, lift to, a pickup, pickup from, drive me, pick me up, use a hand, need a hand, "
                + "give me a hand, give us a hand, lend a hand, lend me a hand, a hand with, a hand moving, a hand to", "SERVICE " + ASK);
        MARKERS.addLine("i can, can help, happy to, glad to, i ll, i will, i do, can come, can drive, can fix, can pick, "
                + "can teach, can sit, can watch, can take, can call, available to, to drive, drive people, drive folks, give rides, "
                + "give lifts", "SERVICE " + OWN);
        // a car, a van or a truck at hand means driving, not a thing to give ("I have a van free most afternoons")
        MARKERS.addLine("i have a car, i have a van, i have a truck, i have a pickup truck, i ve got a car, i ve got a van, "
                + "got a car, got a van, got a truck, got a pickup truck, i have a transit van, i have a transit, i have a cargo van, i have a big van, "
                + "i have a large van, i have a small van, i have a pickup, i have a 4x4, i have an suv, i have a minivan, i have a 7 seater, i have a seven seater, got a 7 seater, got a seven seater, i have a people carrier, got a people carrier, i ve got a transit, "
                + "got a ute, have a ute, i have a ute, i ve got a ute, got a trailer, have a trailer, a box trailer, got a 4x4, "
                + "i ve got a pickup, got a transit, got a transit van, got a cargo van, got a big van, got a pickup, "
                // the tools of the job: "I have a chainsaw and a couple strong sons" offers the cutting
                + "i have a chainsaw, i ve got a chainsaw, got a chainsaw, we have chainsaws, have chainsaws, got chainsaws", "SERVICE " + OWN);
        // a car, a van or a truck asked for means someone driving ("does anybody have a car and could take her")
        MARKERS.addLine("anyone have a car, anybody have a car, anyone got a car, anybody got a car, does anyone have a car, anyone with a car, "
                + "anyone have a van, anybody have a van, anyone got a van, anybody got a van, anyone with a van, anyone have a truck, "
                + "anybody have a truck, anyone got a truck, anybody got a truck, anyone with a truck, anybody with a truck", "SERVICE " + ASK);
        // "we dont have a bed, sleeping on the floor": a thing; but no car or no ride is someone driving
        MARKERS.addLine("don t have a, dont have a, do not have a, sleeping on the floor", "THING " + ASK);
        MARKERS.addLine("don t have a car, dont have a car, do not have a car, i have no car, we have no car, don t have a ride, dont have a ride", "SERVICE " + ASK);
        // know-how is no thing: "has anyone got experience with the PIP form?"
        MARKERS.addLine("anyone got experience, anybody got experience, anyone have experience, anybody have experience, "
                + "anyone got any experience, anyone have any experience, anyone got any advice, anyone have any advice, "
                + "anyone got any tips, anyone have any tips, anyone got any ideas, anyone have any ideas, has anyone got experience, "
                + "has anybody got experience, has anyone got any experience, does anyone have experience, does anyone have any experience, "
                + "has anyone got any advice, does anyone have any advice, has anyone got any tips, does anyone have any tips", "SERVICE " + ASK);
        // a place to stay is a thing and a kindness at once: "I have a spare room and can put someone up" meets
        // "can somebody help me, I need somewhere to stay tonight" either way
        String stay = "somewhere to stay, a place to stay, place to stay, somewhere to sleep, a place to sleep, place to crash, "
                + "somewhere to crash, a bed for the night, a bed for tonight, put me up, put us up, put someone up, put people up, "
                + "put you up, put a family up, put them up, a roof over, spare room, spare bedroom, couch to sleep on, sofa to sleep on";
        MARKERS.addLine(stay, "THING " + EITHER);
        MARKERS.addLine(stay, "SERVICE " + EITHER);
        // "anyone know of a room going": a place, asked for as a thing
        MARKERS.addLine("know of a room, know of any rooms, know of a place, know of a flat, know of anywhere, a room going, any rooms going", "THING " + ASK);
    }

    /** The modes a need asks for; empty when it names neither. */
    static Set<Mode> asked(List<String> words) {
        return asked(markers(words));
    }

    /** The modes an offer gives; empty when it names neither. */
    static Set<Mode> offered(List<String> words) {
        return offered(markers(words));
    }

    /** What marks the words name, for {@link #asked(Set)} and {@link #offered(Set)}: a text is read once for both. */
    static Set<String> markers(List<String> words) {
        return MARKERS.scan(words).keySet();
    }

    static Set<Mode> asked(Set<String> markers) {
        return read(markers, ASK);
    }

    static Set<Mode> offered(Set<String> markers) {
        return read(markers, OWN);
    }

    private static Set<Mode> read(Set<String> markers, String side) {
        Set<Mode> out = EnumSet.noneOf(Mode.class);
        for (String label : markers) {
            String[] parts = label.split(" ");
            if (parts[1].equals(EITHER) || parts[1].equals(side)) out.add(Mode.valueOf(parts[0]));
        }
        return out;
    }

    /** A post that is only about a thing against one that is only about a service, either way round. */
    static boolean mismatch(Set<Mode> a, Set<Mode> b) {
        return a.size() == 1 && b.size() == 1 && !a.equals(b);
    }
}
