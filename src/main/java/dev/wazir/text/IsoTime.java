package dev.wazir.text;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** JavaScript {@code new Date().toISOString()}: UTC, always three fraction digits, trailing Z. */
public final class IsoTime {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private IsoTime() {
    }

    public static String now() {
        return format(Instant.ofEpochMilli(System.currentTimeMillis()));
    }

    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
