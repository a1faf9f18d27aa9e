/**
 * Notifications: the in-app bell (unread count and list) and optional e-mail through an SMTP
 * server. Fed by events of other modules; any module can notify through
 * {@link cn.batterycarbon.notification.Notifications} or by publishing an event implementing
 * {@link cn.batterycarbon.platform.events.Notifiable}.
 */
@ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"platform", "organization"})
package cn.batterycarbon.notification;

import org.springframework.modulith.ApplicationModule;
