package cn.batterycarbon.notification;

import cn.batterycarbon.platform.events.Notifiable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Turns other modules' events into notifications, after their transaction committed. */
@Component
class NotificationListener {

    private final Notifications notifications;

    NotificationListener(Notifications notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(Notifiable event) {
        notifications.notify(event.recipientOrganizationId(), event.notificationKey(), event.arguments(), event.link());
    }
}
