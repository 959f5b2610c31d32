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
        this.db = db;
        this.storage = new SqlStorage(db);
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

    public SqlStorage storage() {
        return storage;
    }

    @Override
    public void close() {
        db.close();
    }
}
