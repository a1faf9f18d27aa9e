package cn.batterycarbon.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record NotificationView(
        UUID id, String messageKey, List<String> arguments, String link, Instant createdAt, boolean read) {}
