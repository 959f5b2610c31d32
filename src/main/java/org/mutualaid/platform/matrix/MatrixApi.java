package org.mutualaid.platform.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The Matrix Client-Server API v3, as much of it as the bot uses: JSON over java.net.http with
 * the access token in the Authorization header. One instance is shared by the sync loop and the
 * dispatcher; HttpClient is safe for that.
 */
final class MatrixApi {

    static final String PREFIX = "/_matrix/client/v3";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final URI homeserver;
    private final String token;
    private final HttpClient http;
    private final ObjectMapper json;

    MatrixApi(URI homeserver, String token, ObjectMapper json) {
        this.homeserver = homeserver;
        this.token = token;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    ObjectMapper json() {
        return json;
    }

    /** One path segment, percent-encoded: room ids ("!abc:example.org") and user ids carry ! : @. */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    JsonNode get(String path, Map<String, String> query, Duration timeout) throws MatrixException, InterruptedException {
        return send("GET", path + queryString(query), null, timeout);
    }

    JsonNode get(String path) throws MatrixException, InterruptedException {
        return send("GET", path, null, REQUEST_TIMEOUT);
    }

    JsonNode post(String path, Object body) throws MatrixException, InterruptedException {
        return send("POST", path, body, REQUEST_TIMEOUT);
    }

    JsonNode put(String path, Object body) throws MatrixException, InterruptedException {
        return send("PUT", path, body, REQUEST_TIMEOUT);
    }

    /** Uploads a file to the homeserver's media repository; returns its mxc:// URI. */
    String upload(String fileName, String mediaType, byte[] bytes) throws MatrixException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(homeserver + "/_matrix/media/v3/upload?filename=" + segment(fileName)))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", mediaType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            JsonNode answer = parse(response.body());
            if (response.statusCode() / 100 != 2) throw failure(response, answer);
            String uri = answer.path("content_uri").asText("");
            if (!uri.startsWith("mxc://")) throw new MatrixException(502, null, "upload gave no content_uri", null);
            return uri;
        } catch (java.io.IOException e) {
            throw MatrixException.unreachable(e);
        }
    }

    private static String queryString(Map<String, String> query) {
        if (query.isEmpty()) return "";
        StringJoiner q = new StringJoiner("&", "?", "");
        query.forEach((k, v) -> q.add(segment(k) + "=" + segment(v)));
        return q.toString();
    }

    private JsonNode send(String method, String pathAndQuery, Object body, Duration timeout) throws MatrixException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(homeserver + PREFIX + pathAndQuery))
                .timeout(timeout)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        try {
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
            }
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            JsonNode answer = parse(response.body());
            if (response.statusCode() / 100 == 2) return answer;
            throw failure(response, answer);
        } catch (IOException e) {
            throw MatrixException.unreachable(e);
        }
    }

    private JsonNode parse(byte[] body) {
        try {
            return body.length == 0 ? json.createObjectNode() : json.readTree(body);
        } catch (IOException e) {
            // a proxy's HTML error page: the status code says enough
            return json.createObjectNode();
        }
    }

    private static MatrixException failure(HttpResponse<byte[]> response, JsonNode answer) {
        String errcode = answer.path("errcode").asText(null);
        String error = answer.path("error").asText("");
        Duration retryAfter = null;
        // the spec's Retry-After header (seconds) first; retry_after_ms in the body is the older way
        String header = response.headers().firstValue("Retry-After").orElse(null);
        if (header != null && header.strip().matches("\\d{1,6}")) {
            retryAfter = Duration.ofSeconds(Long.parseLong(header.strip()));
        } else if (answer.path("retry_after_ms").canConvertToLong()) {
            retryAfter = Duration.ofMillis(Math.max(0, answer.path("retry_after_ms").asLong()));
        }
        String shortError = error.length() > 200 ? error.substring(0, 200) : error;
        return new MatrixException(response.statusCode(), errcode, shortError, retryAfter);
    }
}
