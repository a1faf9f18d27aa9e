package cn.batterycarbon.platform.web;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** The time zone each user reads times in; implemented by the module that keeps the users. */
public interface UserTimeZones {

    /** The default for everyone who has not chosen: China Standard Time. */
    ZoneId DEFAULT = ZoneId.of("Asia/Shanghai");

    /** The zones a user may choose from (China first, then the pilot's usual partners). */
    List<ZoneId> CHOICES = List.of(
            ZoneId.of("Asia/Shanghai"),
            ZoneId.of("Asia/Hong_Kong"),
            ZoneId.of("Asia/Taipei"),
            ZoneId.of("Asia/Urumqi"),
            ZoneId.of("Asia/Tokyo"),
            ZoneId.of("Asia/Seoul"),
            ZoneId.of("Asia/Singapore"),
            ZoneId.of("Europe/Berlin"),
            ZoneId.of("Europe/London"),
            ZoneId.of("America/New_York"),
            ZoneId.of("America/Los_Angeles"),
            ZoneId.of("UTC"));

    ZoneId zoneOf(UUID userId);
}
