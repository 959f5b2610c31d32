# Build: docker build -t mutual-aid-bot .
# Try:   docker run -it --rm -v aid-data:/data mutual-aid-bot console
# Run:   docker run -d --name aid --restart unless-stopped -e TELEGRAM_BOT_TOKEN=... -v aid-data:/data mutual-aid-bot

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q -ntp dependency:go-offline
COPY src ./src
RUN mvn -B -q -ntp package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --user-group --home-dir /data --no-create-home aid \
    && mkdir -p /data /app && chown aid:aid /data && chmod 700 /data
COPY --from=build /src/target/mutual-aid-bot.jar /app/mutual-aid-bot.jar
USER aid
WORKDIR /data
VOLUME ["/data"]
ENV AID_DB=/data/mutual-aid.db
# the JVM flags are those of src/main/resources/org/mutualaid/jvm-flags.txt, which the benchmark
# measures memory with (a test keeps the two the same): one GC thread, a small heap, no more;
# the C library's freed memory handed back every second (the JIT compiler's bursts of work
# otherwise stay resident: 8-15 MB in the benchmark). JDK 17.0.11 or later knows that flag.
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-Xss512k", "-Xmx96m", "-Xmn16m", "-XX:MaxMetaspaceSize=64m", "-XX:ReservedCodeCacheSize=32m", "-XX:TrimNativeHeapInterval=1000", "-jar", "/app/mutual-aid-bot.jar"]
CMD ["run"]
