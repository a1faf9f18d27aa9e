package cn.batterycarbon.platform.security;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Leaves the shared test database as the demo data made it: the Keycloak tests link demo users to
 * Keycloak subjects and create records for service accounts and test-only users.
 */
final class KeycloakTestRecords {

    private KeycloakTestRecords() {}

    static void forget(JdbcTemplate jdbc) {
        jdbc.update("delete from api_token where user_id in (select id from user_account"
                + " where username like 'service-account-%' or username = 'mixed')");
        jdbc.update("delete from user_account where username like 'service-account-%' or username = 'mixed'");
        jdbc.update("update user_account set external_subject = null where external_subject is not null");
    }
}
