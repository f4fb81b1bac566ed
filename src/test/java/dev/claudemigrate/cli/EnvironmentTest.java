package dev.claudemigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.TimeZone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real environment's clock tells the local date as the zone's own rules do. */
class EnvironmentTest {
  @ParameterizedTest
  @ValueSource(strings = {"UTC", "America/Los_Angeles", "Asia/Kolkata", "Pacific/Kiritimati"})
  void localClockHasTheZonesOffsetNow(String zone) {
    TimeZone saved = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone(zone));
      Clock clock = Environment.localClock();
      Instant now = clock.instant();
      assertEquals(ZoneId.of(zone).getRules().getOffset(now), clock.getZone());
    } finally {
      TimeZone.setDefault(saved);
    }
  }
}
