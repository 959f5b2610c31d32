package org.mutualaid;

import java.time.Clock;
import java.util.List;
import org.mutualaid.core.Bot;
import org.mutualaid.core.FollowUpJobs;
import org.mutualaid.core.model.FollowUpRules;
import org.mutualaid.core.match.Matcher;
import org.mutualaid.core.match.StopWords;
import org.mutualaid.core.match.Taxonomy;
import org.mutualaid.outbox.Dispatcher;
import org.mutualaid.platform.Messenger;
import org.mutualaid.core.port.Storage;
import org.mutualaid.store.Database;
import org.mutualaid.store.SqlStorage;

/** The composition root: the one place where the parts are put together. */
public final class App implements AutoCloseable {

    private final Database db;
    private final SqlStorage storage;
    private final Bot bot;
    private final Dispatcher dispatcher;

    private final FollowUpJobs followUps;

    public App(Database db, Clock clock, List<Messenger> messengers) {
        this(db, clock, messengers, FollowUpRules.defaults(java.time.ZoneId.of("UTC")));
    }

    public App(Database db, Clock clock, List<Messenger> messengers, FollowUpRules rules) {
        this(db, new SqlStorage(db), clock, storage -> messengers, rules);
    }

    /**
     * For platforms whose messenger keeps state of its own in the database (Matrix's direct
     * rooms): messengers are made once the storage exists. opensPrivateChats names the platforms
     * on which the bot can start a private chat with anyone (Matrix); on Telegram the member must
     * write to the bot first.
     */
    public static App withStorage(Database db, Clock clock, java.util.Set<String> opensPrivateChats,
                                  java.util.function.Function<Storage, List<Messenger>> messengers, FollowUpRules rules) {
        return new App(db, new SqlStorage(db, opensPrivateChats), clock, messengers, rules);
    }

    private App(Database db, SqlStorage storage, Clock clock, java.util.function.Function<Storage, List<Messenger>> makeMessengers,
                FollowUpRules rules) {
        this.db = db;
        this.storage = storage;
        List<Messenger> messengers = makeMessengers.apply(storage);
        this.bot = new Bot(storage, clock, newMatcher(), rules);
        this.dispatcher = new Dispatcher(storage, clock, messengers);
        this.followUps = new FollowUpJobs(storage, clock, rules,
                messengers.stream().map(Messenger::platform).collect(java.util.stream.Collectors.toSet()));
    }

    /** Digests, reminders and expiry: what the bot does by itself. */
    public FollowUpJobs followUps() {
        return followUps;
    }

    public static Matcher newMatcher() {
        return new Matcher(Taxonomy.builtIn(), StopWords.builtIn());
    }

    public Bot bot() {
        return bot;
    }

    public Dispatcher dispatcher() {
        return dispatcher;
    }

    public Database database() {
        return db;
    }

    public SqlStorage storage() {
        return storage;
    }

    @Override
    public void close() {
        db.close();
    }
}
