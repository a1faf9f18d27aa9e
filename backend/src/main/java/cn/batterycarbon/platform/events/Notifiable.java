package cn.batterycarbon.platform.events;

import java.util.UUID;

/**
 * An event that becomes a notification (the bell, and e-mail where configured): whom it is for,
 * what it says (a message key with arguments, shown in the reader's language) and where it leads.
 * Events of any module may implement it; the notification module listens after their transaction
 * commits, so no module depends on the notification module.
 */
public interface Notifiable {

    UUID recipientOrganizationId();

    String notificationKey();

    Object[] arguments();

    /** A path inside the application, or null. */
    String link();
}
