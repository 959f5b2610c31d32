package org.mutualaid;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.mutualaid.bench.Benchmark;
import org.mutualaid.config.Config;
import org.mutualaid.config.UsageException;
import org.mutualaid.matchfile.MatchFile;
import org.mutualaid.matchfile.MatchFit;
import org.mutualaid.platform.console.ConsoleChat;
import org.mutualaid.platform.console.ConsoleMessenger;
import org.mutualaid.store.Database;
import org.mutualaid.store.StoreException;

/** The command line: console | run | match-file | match-fit | bench | help. */
public final class Main {

    static final String USAGE = """
            Usage: java -jar mutual-aid-bot.jar <command> [--db PATH] [--config FILE] [--coordinators A,B]

            Commands:
              console            a local group chat in this terminal: type "name: /need ..." to speak as someone
              run                run the bot on the chat platforms that are configured
              match-file FILE    replay posts from a JSONL file and print the bot's suggestions
              match-fit FILE...  learn how the matcher weighs its evidence from judged JSONL files (README, Matching)
              bench              measure speed and memory on a temporary database (takes a few minutes)
              help               show this text

            Options:
              --db PATH          the SQLite database file (default ./mutual-aid.db, or AID_DB)
              --config FILE      a properties file with settings (see config.example.properties)
              --coordinators A,B console only: these members coordinate (/settings, /digest, /stats)
            """;

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.in, System.out, System.err));
    }

    static int run(String[] args, Map<String, String> env, InputStream stdin, PrintStream out, PrintStream err) {
        Args parsed;
        Config config;
        try {
            parsed = Args.parse(args);
            if (parsed.command().equals("help")) {
                out.print(USAGE);
                return 0;
            }
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println();
            err.print(USAGE);
            return 2;
        }
        try {
            config = Config.load(parsed.configFile(), env, parsed.db());
        } catch (UsageException e) {
            // a bad setting: the one line says which and how to fix it; the usage would bury it
            err.println(e.getMessage());
            return 2;
        }
        Logging.configure(config.logLevel(), !parsed.command().equals("run"));
        try {
            return switch (parsed.command()) {
                case "console" -> console(config, parsed.coordinators(), stdin, out);
                case "run" -> runPlatforms(config, err);
                case "match-file" -> matchFile(parsed.positional().get(0), out);
                case "match-fit" -> {
                    MatchFit.print(MatchFit.fit(parsed.positional().stream().map(Path::of).toList()), out);
                    yield 0;
                }
                case "bench" -> {
                    new Benchmark(out).run();
                    yield 0;
                }
                default -> throw new IllegalStateException(parsed.command());
            };
        } catch (UsageException | StoreException e) {
            err.println(e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println("mutual-aid-bot stopped: " + e);
            return 1;
        }
    }

    private static int console(Config config, List<String> coordinators, InputStream stdin, PrintStream out) throws Exception {
        boolean interactive = stdin == System.in && System.console() != null;
        try (App app = new App(Database.open(config.dbPath()), Clock.systemUTC(),
                List.of(new ConsoleMessenger(out, config.dbPath().toAbsolutePath().getParent())), config.rules())) {
            if (interactive) {
                out.println("mutual-aid-bot console on " + config.dbPath() + ". Type \"name: message\" to speak as someone,");
                out.println("for example: ana: /need a ride to the clinic on Tuesday. /help shows the commands, /quit ends.");
                out.println("\"ana (private): ...\" speaks in ana's private chat with the bot; \"ana (in Northside): ...\" in another group.");
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
            new ConsoleChat(app.bot(), app.dispatcher(), config.botName(), out, coordinators, () -> app.followUps().runDue()).run(in, interactive);
        }
        return 0;
    }

    private static int runPlatforms(Config config, PrintStream err) throws InterruptedException {
        if (config.telegram() == null && config.matrix() == null) {
            err.println("No chat platform is configured. For Telegram, create a bot with @BotFather (/newbot) and start with TELEGRAM_BOT_TOKEN=<its token>;"
                    + " for Matrix, set MATRIX_HOMESERVER, MATRIX_USER_ID and MATRIX_ACCESS_TOKEN (see the README).");
            err.println("To try the bot without any account: java -jar target/mutual-aid-bot.jar console");
            return 1;
        }
        Service service = Service.start(config, Clock.systemUTC());
        CountDownLatch stopped = new CountDownLatch(1);
        // SIGTERM (docker stop, systemctl stop) and Ctrl-C both end up here
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            stopped.countDown();
        }, "shutdown"));
        stopped.await();
        return 0;
    }

    private static int matchFile(String file, PrintStream out) throws Exception {
        MatchFile runner = new MatchFile(App.newMatcher());
        MatchFile.print(runner.run(MatchFile.read(Path.of(file))), out);
        return 0;
    }

    /** The parsed command line. */
    record Args(String command, Path db, Path configFile, List<String> positional, List<String> coordinators) {

        static Args parse(String[] args) {
            if (args.length == 0) throw new UsageException("Please name a command.");
            String command = args[0];
            if (command.equals("--help") || command.equals("-h")) command = "help";
            if (!List.of("console", "run", "match-file", "match-fit", "bench", "help").contains(command)) {
                throw new UsageException("Unknown command: " + command);
            }
            Path db = null;
            Path config = null;
            List<String> coordinators = List.of();
            List<String> positional = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--db" -> db = Path.of(value(args, ++i, a));
                    case "--config" -> config = Path.of(value(args, ++i, a));
                    case "--coordinators" -> coordinators = names(value(args, ++i, a));
                    case "--help", "-h" -> command = "help";
                    default -> {
                        if (a.startsWith("-")) throw new UsageException("Unknown option: " + a);
                        positional.add(a);
                    }
                }
            }
            if (command.equals("match-fit")) {
                if (positional.isEmpty()) throw new UsageException("match-fit needs judged files, e.g. match-fit dev.jsonl held-out.jsonl");
            } else {
                int wanted = command.equals("match-file") ? 1 : 0;
                if (!command.equals("help") && positional.size() != wanted) {
                    throw new UsageException(wanted == 1 ? "match-file needs one file, e.g. match-file posts.jsonl"
                            : "Unexpected argument: " + positional.get(0));
                }
            }
            if (!coordinators.isEmpty() && !command.equals("console")) {
                throw new UsageException("--coordinators is for the console; on Telegram the group's administrators coordinate.");
            }
            return new Args(command, db, config, positional, coordinators);
        }

        private static List<String> names(String list) {
            List<String> names = java.util.Arrays.stream(list.split(",")).map(String::strip).filter(n -> !n.isEmpty()).toList();
            if (names.isEmpty() || names.stream().anyMatch(n -> !n.matches("[\\p{L}\\p{N}_.-]{1,32}"))) {
                throw new UsageException("--coordinators takes names separated by commas, e.g. --coordinators ana,bo");
            }
            return names;
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length || args[i].startsWith("--")) throw new UsageException(option + " needs a value");
            return args[i];
        }
    }
}
