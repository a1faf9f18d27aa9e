package cn.batterycarbon.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import cn.batterycarbon.platform.security.Role;
import cn.batterycarbon.support.IntegrationTest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Visits every page and endpoint of the application as every role and anonymously, and checks
 * allow or deny against the table below. A new endpoint that is missing from the table fails
 * {@link #everyEndpointIsInTheTable()}: deciding who may use it is part of adding it.
 *
 * <p>Allowed means the security layer let the request through (any status but 401, 403 or a
 * redirect to the login page: a 404 for a made-up id or a 400 for an empty form is fine). Denied
 * means 403 for a signed-in user; anonymous visitors are sent to the login page (web UI) or get a
 * 401 (API).
 */
@IntegrationTest
class AuthorizationMatrixTests {

    /** Who may use an endpoint: anyone, any signed-in user, or the listed roles only. */
    record Rule(HttpMethod method, String pattern, boolean isPublic, Set<Role> roles, String body) {

        boolean allows(Role role) {
            return isPublic || roles.isEmpty() || roles.contains(role);
        }

        boolean isApi() {
            return pattern.startsWith("/api/");
        }
    }

    private static final Set<Role> ANY_SIGNED_IN = Set.of();

    private static Rule open(HttpMethod method, String pattern) {
        return new Rule(method, pattern, true, ANY_SIGNED_IN, null);
    }

    private static Rule signedIn(HttpMethod method, String pattern) {
        return new Rule(method, pattern, false, ANY_SIGNED_IN, null);
    }

    private static Rule signedIn(HttpMethod method, String pattern, String body) {
        return new Rule(method, pattern, false, ANY_SIGNED_IN, body);
    }

    private static Rule only(HttpMethod method, String pattern, Role first, Role... more) {
        return new Rule(method, pattern, false, EnumSet.of(first, more), null);
    }

    private static Rule only(String body, HttpMethod method, String pattern, Role first, Role... more) {
        return new Rule(method, pattern, false, EnumSet.of(first, more), body);
    }

    static final List<Rule> RULES = List.of(
            // platform
            signedIn(HttpMethod.GET, "/"),
            open(HttpMethod.GET, "/login"),
            signedIn(HttpMethod.GET, "/upload-too-large"),
            // organization: own organization and account
            signedIn(HttpMethod.GET, "/organization"),
            signedIn(HttpMethod.GET, "/account"),
            signedIn(HttpMethod.GET, "/account/password"),
            signedIn(HttpMethod.POST, "/account/password"),
            signedIn(HttpMethod.POST, "/account/time-zone"),
            signedIn(HttpMethod.GET, "/account/tokens"),
            signedIn(HttpMethod.POST, "/account/tokens"),
            signedIn(HttpMethod.POST, "/account/tokens/{id}/revoke"),
            // organization: administration
            only(HttpMethod.GET, "/admin/organizations", Role.ADMIN),
            only(HttpMethod.GET, "/admin/organizations/new", Role.ADMIN),
            only(HttpMethod.POST, "/admin/organizations", Role.ADMIN),
            only(HttpMethod.GET, "/admin/organizations/{id}", Role.ADMIN),
            only(HttpMethod.GET, "/admin/organizations/{id}/edit", Role.ADMIN),
            only(HttpMethod.POST, "/admin/organizations/{id}", Role.ADMIN),
            only(HttpMethod.GET, "/admin/organizations/{id}/users/new", Role.ADMIN),
            only(HttpMethod.POST, "/admin/organizations/{id}/users", Role.ADMIN),
            only(HttpMethod.POST, "/admin/users/{userId}/deactivate", Role.ADMIN),
            only(HttpMethod.POST, "/admin/users/{userId}/activate", Role.ADMIN),
            only(HttpMethod.GET, "/admin/users/{userId}/password", Role.ADMIN),
            only(HttpMethod.POST, "/admin/users/{userId}/password", Role.ADMIN),
            // organization: API
            signedIn(HttpMethod.GET, "/api/v1/me"),
            signedIn(HttpMethod.GET, "/api/v1/organizations"),
            signedIn(HttpMethod.GET, "/api/v1/organizations/{id}"),
            signedIn(HttpMethod.GET, "/api/v1/tokens"),
            signedIn(HttpMethod.POST, "/api/v1/tokens", "{\"name\":\"matrix\",\"validDays\":1}"),
            signedIn(HttpMethod.DELETE, "/api/v1/tokens/{id}"),
            only(HttpMethod.GET, "/api/v1/admin/users", Role.ADMIN),
            // platform: the event publication registry (incomplete publications, resubmission)
            only(HttpMethod.GET, "/api/v1/admin/event-publications", Role.ADMIN),
            only(HttpMethod.POST, "/api/v1/admin/event-publications/resubmit", Role.ADMIN),
            // audit: timelines for whoever sees the object (AuditIntegrationTests), the log for admins and regulators
            signedIn(HttpMethod.GET, "/api/v1/audit/timeline"),
            only(HttpMethod.GET, "/api/v1/audit/entries", Role.ADMIN, Role.REGULATOR),
            only(HttpMethod.GET, "/api/v1/audit/export", Role.ADMIN, Role.REGULATOR),
            only(HttpMethod.POST, "/api/v1/audit/verification", Role.ADMIN, Role.REGULATOR),
            only(HttpMethod.GET, "/audit", Role.ADMIN, Role.REGULATOR),
            only(HttpMethod.POST, "/audit/verify", Role.ADMIN, Role.REGULATOR),
            // footprint: stateless calculation for every signed-in caller
            signedIn(
                    HttpMethod.POST,
                    "/api/v1/footprint/calculations",
                    "{\"functionalUnit\":{\"method\":\"EU_FEQC\",\"usableEnergyKwh\":60,\"cyclesPerYear\":60,"
                            + "\"serviceLifeYears\":8},\"electricityRule\":\"LOCATION_BASED\",\"province\":\"Jiangsu\","
                            + "\"lines\":[{\"stage\":\"Distribution\",\"quantity\":540,\"unit\":\"t*km\","
                            + "\"factor\":{\"value\":0.078,\"unit\":\"kgCO2e/(t*km)\"}}]}"),
            // factor database: browse for everyone, drafts for stewards, review for experts
            signedIn(HttpMethod.GET, "/factor-releases"),
            only(HttpMethod.GET, "/factor-releases/new", Role.FACTOR_STEWARD),
            only(HttpMethod.POST, "/factor-releases", Role.FACTOR_STEWARD),
            signedIn(HttpMethod.GET, "/factor-releases/{code}"),
            only(HttpMethod.POST, "/factor-releases/{code}/submit", Role.FACTOR_STEWARD),
            only(HttpMethod.POST, "/factor-releases/{code}/approve", Role.FACTOR_REVIEWER),
            only(HttpMethod.POST, "/factor-releases/{code}/send-back", Role.FACTOR_REVIEWER),
            only(HttpMethod.POST, "/factor-releases/{code}/comments", Role.FACTOR_STEWARD, Role.FACTOR_REVIEWER),
            only(HttpMethod.GET, "/factor-releases/{code}/factors/new", Role.FACTOR_STEWARD),
            only(HttpMethod.POST, "/factor-releases/{code}/factors", Role.FACTOR_STEWARD),
            only(HttpMethod.GET, "/factor-releases/{code}/factors/{id}/edit", Role.FACTOR_STEWARD),
            only(HttpMethod.POST, "/factor-releases/{code}/factors/{id}", Role.FACTOR_STEWARD),
            only(HttpMethod.POST, "/factor-releases/{code}/factors/{id}/retire", Role.FACTOR_STEWARD),
            only(HttpMethod.POST, "/factor-releases/{code}/factors/{id}/restore", Role.FACTOR_STEWARD),
            only(HttpMethod.GET, "/factor-releases/{code}/import", Role.FACTOR_STEWARD),
            only(HttpMethod.POST, "/factor-releases/{code}/import", Role.FACTOR_STEWARD),
            signedIn(HttpMethod.GET, "/factor-releases/{code}/export"),
            signedIn(HttpMethod.GET, "/factor-releases/template"),
            signedIn(HttpMethod.GET, "/factors"),
            signedIn(HttpMethod.GET, "/factors/{id}"),
            signedIn(HttpMethod.GET, "/factors/lookup"),
            signedIn(HttpMethod.GET, "/api/v1/factor-picker"),
            signedIn(HttpMethod.GET, "/api/v1/factor-releases"),
            signedIn(HttpMethod.GET, "/api/v1/factor-releases/{code}"),
            signedIn(HttpMethod.GET, "/api/v1/factor-releases/{code}/factors"),
            signedIn(HttpMethod.GET, "/api/v1/factors"),
            signedIn(HttpMethod.GET, "/api/v1/factor-releases/{code}/lookup"),
            signedIn(HttpMethod.GET, "/api/v1/factor-releases/{code}/changes"),
            signedIn(HttpMethod.GET, "/api/v1/factor-releases/{code}/impact"),
            signedIn(HttpMethod.GET, "/api/v1/factor-releases/{code}/export"),
            only(HttpMethod.POST, "/api/v1/factor-releases", Role.FACTOR_STEWARD),
            only(HttpMethod.POST, "/api/v1/factor-releases/{code}/factors", Role.FACTOR_STEWARD),
            only(HttpMethod.PUT, "/api/v1/factor-releases/{code}/factors/{id}", Role.FACTOR_STEWARD),
            only(HttpMethod.POST, "/api/v1/factor-releases/{code}/factors/{id}/retire", Role.FACTOR_STEWARD),
            only(HttpMethod.POST, "/api/v1/factor-releases/{code}/import", Role.FACTOR_STEWARD),
            only(HttpMethod.POST, "/api/v1/factor-releases/{code}/submit", Role.FACTOR_STEWARD),
            only(HttpMethod.POST, "/api/v1/factor-releases/{code}/comments", Role.FACTOR_STEWARD, Role.FACTOR_REVIEWER),
            only(HttpMethod.POST, "/api/v1/factor-releases/{code}/approve", Role.FACTOR_REVIEWER),
            only(HttpMethod.POST, "/api/v1/factor-releases/{code}/send-back", Role.FACTOR_REVIEWER),
            // responsibility: regulators and research institutes
            only(HttpMethod.GET, "/responsibility", Role.REGULATOR, Role.FACTOR_STEWARD, Role.FACTOR_REVIEWER),
            only(HttpMethod.POST, "/responsibility/tables", Role.REGULATOR, Role.FACTOR_STEWARD, Role.FACTOR_REVIEWER),
            only(
                    HttpMethod.GET,
                    "/responsibility/tables/{id}",
                    Role.REGULATOR,
                    Role.FACTOR_STEWARD,
                    Role.FACTOR_REVIEWER),
            only(
                    HttpMethod.POST,
                    "/responsibility/tables/{id}/split",
                    Role.REGULATOR,
                    Role.FACTOR_STEWARD,
                    Role.FACTOR_REVIEWER),
            only(
                    HttpMethod.GET,
                    "/responsibility/tables/{id}/aggregation",
                    Role.REGULATOR,
                    Role.FACTOR_STEWARD,
                    Role.FACTOR_REVIEWER),
            only(
                    HttpMethod.POST,
                    "/responsibility/tables/{id}/aggregation",
                    Role.REGULATOR,
                    Role.FACTOR_STEWARD,
                    Role.FACTOR_REVIEWER),
            only(
                    HttpMethod.POST,
                    "/responsibility/tables/{id}/aggregation/import",
                    Role.REGULATOR,
                    Role.FACTOR_STEWARD,
                    Role.FACTOR_REVIEWER),
            only(
                    HttpMethod.POST,
                    "/responsibility/tables/{id}/runs",
                    Role.REGULATOR,
                    Role.FACTOR_STEWARD,
                    Role.FACTOR_REVIEWER),
            only(
                    HttpMethod.GET,
                    "/responsibility/runs/{id}",
                    Role.REGULATOR,
                    Role.FACTOR_STEWARD,
                    Role.FACTOR_REVIEWER),
            only(
                    HttpMethod.GET,
                    "/responsibility/runs/{id}/export",
                    Role.REGULATOR,
                    Role.FACTOR_STEWARD,
                    Role.FACTOR_REVIEWER),
            only(HttpMethod.GET, "/responsibility/compare", Role.REGULATOR, Role.FACTOR_STEWARD, Role.FACTOR_REVIEWER),
            only(
                    HttpMethod.GET,
                    "/responsibility/compare/export",
                    Role.REGULATOR,
                    Role.FACTOR_STEWARD,
                    Role.FACTOR_REVIEWER),
            only(HttpMethod.POST, "/api/v1/io-tables", Role.REGULATOR, Role.FACTOR_STEWARD, Role.FACTOR_REVIEWER),
            only(HttpMethod.GET, "/api/v1/io-tables", Role.REGULATOR, Role.FACTOR_STEWARD, Role.FACTOR_REVIEWER),
            only(HttpMethod.GET, "/api/v1/io-tables/{id}", Role.REGULATOR, Role.FACTOR_STEWARD, Role.FACTOR_REVIEWER),
            only(
                    HttpMethod.POST,
                    "/api/v1/io-tables/{id}/splits",
                    Role.REGULATOR,
                    Role.FACTOR_STEWARD,
                    Role.FACTOR_REVIEWER),
            only(
                    HttpMethod.GET,
                    "/api/v1/io-tables/{id}/aggregation",
                    Role.REGULATOR,
                    Role.FACTOR_STEWARD,
                    Role.FACTOR_REVIEWER),
            only(
                    HttpMethod.PUT,
                    "/api/v1/io-tables/{id}/aggregation",
                    Role.REGULATOR,
                    Role.FACTOR_STEWARD,
                    Role.FACTOR_REVIEWER),
            only(
                    HttpMethod.GET,
                    "/api/v1/responsibility/allocations",
                    Role.REGULATOR,
                    Role.FACTOR_STEWARD,
                    Role.FACTOR_REVIEWER),
            only(
                    HttpMethod.GET,
                    "/api/v1/responsibility/allocations/{id}",
                    Role.REGULATOR,
                    Role.FACTOR_STEWARD,
                    Role.FACTOR_REVIEWER),
            only(
                    HttpMethod.POST,
                    "/api/v1/responsibility/allocations",
                    Role.REGULATOR,
                    Role.FACTOR_STEWARD,
                    Role.FACTOR_REVIEWER),
            // product and declaration: manufacturers only (other organizations' ids are 404:
            // DeclarationAccessIntegrationTests)
            only(HttpMethod.GET, "/plants", Role.MANUFACTURER),
            only(HttpMethod.GET, "/plants/new", Role.MANUFACTURER),
            only(HttpMethod.POST, "/plants", Role.MANUFACTURER),
            only(HttpMethod.GET, "/plants/{id}/edit", Role.MANUFACTURER),
            only(HttpMethod.POST, "/plants/{id}", Role.MANUFACTURER),
            only(HttpMethod.POST, "/plants/{id}/delete", Role.MANUFACTURER),
            only(HttpMethod.GET, "/battery-models", Role.MANUFACTURER),
            only(HttpMethod.GET, "/battery-models/new", Role.MANUFACTURER),
            only(HttpMethod.POST, "/battery-models", Role.MANUFACTURER),
            only(HttpMethod.GET, "/battery-models/{id}/edit", Role.MANUFACTURER),
            only(HttpMethod.POST, "/battery-models/{id}", Role.MANUFACTURER),
            only(HttpMethod.POST, "/battery-models/{id}/delete", Role.MANUFACTURER),
            only(HttpMethod.GET, "/api/v1/plants", Role.MANUFACTURER),
            only(HttpMethod.POST, "/api/v1/plants", Role.MANUFACTURER),
            only(HttpMethod.GET, "/api/v1/plants/{id}", Role.MANUFACTURER),
            only(HttpMethod.PUT, "/api/v1/plants/{id}", Role.MANUFACTURER),
            only(HttpMethod.DELETE, "/api/v1/plants/{id}", Role.MANUFACTURER),
            only(HttpMethod.GET, "/api/v1/battery-models", Role.MANUFACTURER),
            only(HttpMethod.POST, "/api/v1/battery-models", Role.MANUFACTURER),
            only(HttpMethod.GET, "/api/v1/battery-models/{id}", Role.MANUFACTURER),
            only(HttpMethod.PUT, "/api/v1/battery-models/{id}", Role.MANUFACTURER),
            only(HttpMethod.DELETE, "/api/v1/battery-models/{id}", Role.MANUFACTURER),
            only(HttpMethod.GET, "/declarations", Role.MANUFACTURER),
            only(HttpMethod.GET, "/declarations/new", Role.MANUFACTURER),
            only(HttpMethod.POST, "/declarations", Role.MANUFACTURER),
            only(HttpMethod.GET, "/declarations/{id}", Role.MANUFACTURER),
            only(HttpMethod.GET, "/declarations/{id}/edit", Role.MANUFACTURER),
            only(HttpMethod.POST, "/declarations/{id}", Role.MANUFACTURER),
            only(HttpMethod.POST, "/declarations/{id}/delete", Role.MANUFACTURER),
            only(HttpMethod.POST, "/declarations/{id}/lines", Role.MANUFACTURER),
            only(HttpMethod.POST, "/declarations/{id}/lines/{lineId}/delete", Role.MANUFACTURER),
            only(HttpMethod.GET, "/declarations/{id}/lines/{lineId}/edit", Role.MANUFACTURER),
            only(HttpMethod.POST, "/declarations/{id}/lines/{lineId}", Role.MANUFACTURER),
            only(HttpMethod.POST, "/declarations/{id}/upload", Role.MANUFACTURER),
            only(HttpMethod.POST, "/declarations/{id}/release", Role.MANUFACTURER),
            only(HttpMethod.POST, "/declarations/{id}/calculate", Role.MANUFACTURER),
            only(HttpMethod.GET, "/declarations/{id}/result", Role.MANUFACTURER),
            only(HttpMethod.GET, "/declarations/{id}/rules", Role.MANUFACTURER),
            only(HttpMethod.GET, "/coverage", Role.MANUFACTURER),
            only(HttpMethod.GET, "/coverage/companies", Role.REGULATOR),
            only(HttpMethod.GET, "/coverage/companies/export.csv", Role.REGULATOR),
            only(HttpMethod.GET, "/coverage/companies/export.xlsx", Role.REGULATOR),
            only(HttpMethod.GET, "/api/v1/coverage", Role.MANUFACTURER),
            only(HttpMethod.GET, "/api/v1/coverage/companies", Role.REGULATOR),
            only(HttpMethod.GET, "/declarations/{id}/calculations/compare", Role.MANUFACTURER),
            only(HttpMethod.GET, "/declarations/{id}/what-if", Role.MANUFACTURER),
            only(HttpMethod.POST, "/declarations/{id}/what-if", Role.MANUFACTURER),
            only(HttpMethod.GET, "/declarations/{id}/compare-release", Role.MANUFACTURER),
            only(HttpMethod.GET, "/declarations/compare", Role.MANUFACTURER),
            only(HttpMethod.GET, "/declarations/release-impact", Role.MANUFACTURER),
            only(HttpMethod.POST, "/declarations/release-impact/recalculate", Role.MANUFACTURER),
            only(HttpMethod.GET, "/declarations/template.xlsx", Role.MANUFACTURER),
            only(HttpMethod.GET, "/declarations/template.csv", Role.MANUFACTURER),
            only(HttpMethod.GET, "/declarations/{id}/lines.xlsx", Role.MANUFACTURER),
            only(HttpMethod.GET, "/api/v1/declarations", Role.MANUFACTURER),
            only(HttpMethod.POST, "/api/v1/declarations", Role.MANUFACTURER),
            only(HttpMethod.GET, "/api/v1/declarations/{id}", Role.MANUFACTURER),
            only(HttpMethod.PUT, "/api/v1/declarations/{id}", Role.MANUFACTURER),
            only(HttpMethod.DELETE, "/api/v1/declarations/{id}", Role.MANUFACTURER),
            only(HttpMethod.PUT, "/api/v1/declarations/{id}/release", Role.MANUFACTURER),
            only(HttpMethod.GET, "/api/v1/declarations/{id}/lines", Role.MANUFACTURER),
            only(HttpMethod.POST, "/api/v1/declarations/{id}/lines", Role.MANUFACTURER),
            only(HttpMethod.PUT, "/api/v1/declarations/{id}/lines/{lineId}", Role.MANUFACTURER),
            only(HttpMethod.DELETE, "/api/v1/declarations/{id}/lines/{lineId}", Role.MANUFACTURER),
            only(HttpMethod.POST, "/api/v1/declarations/{id}/upload", Role.MANUFACTURER),
            only(HttpMethod.POST, "/api/v1/declarations/{id}/calculate", Role.MANUFACTURER),
            only(HttpMethod.GET, "/api/v1/declarations/{id}/result", Role.MANUFACTURER),
            only(HttpMethod.POST, "/api/v1/declarations/{id}/what-if", Role.MANUFACTURER),
            // verification: the parties of a verification (tenant isolation and assignment:
            // VerificationWorkflowIntegrationTests); regulators read, never post
            only(HttpMethod.GET, "/declarations/{id}/submit", Role.MANUFACTURER),
            only(HttpMethod.POST, "/declarations/{id}/submit", Role.MANUFACTURER),
            only("{\"agencyId\":null}", HttpMethod.POST, "/api/v1/declarations/{id}/submit", Role.MANUFACTURER),
            only(HttpMethod.GET, "/verification/quality-measures", Role.MANUFACTURER),
            only(HttpMethod.POST, "/verification/quality-measures", Role.MANUFACTURER),
            only(
                    HttpMethod.GET,
                    "/verification/quality-measures/attachments/{id}",
                    Role.MANUFACTURER,
                    Role.VERIFIER,
                    Role.VERIFICATION_LEAD,
                    Role.REGULATOR),
            only(HttpMethod.POST, "/verification/declarations/{id}/next-revision", Role.MANUFACTURER),
            only(
                    HttpMethod.GET,
                    "/verification",
                    Role.MANUFACTURER,
                    Role.VERIFIER,
                    Role.VERIFICATION_LEAD,
                    Role.REGULATOR),
            only(
                    HttpMethod.GET,
                    "/verification/declarations/{id}",
                    Role.MANUFACTURER,
                    Role.VERIFIER,
                    Role.VERIFICATION_LEAD,
                    Role.REGULATOR),
            only(HttpMethod.POST, "/verification/declarations/{id}/assignments", Role.VERIFICATION_LEAD),
            only(HttpMethod.POST, "/verification/declarations/{id}/findings", Role.VERIFIER, Role.VERIFICATION_LEAD),
            only(HttpMethod.POST, "/verification/findings/{findingId}/response", Role.MANUFACTURER),
            only(HttpMethod.POST, "/verification/declarations/{id}/return", Role.VERIFIER, Role.VERIFICATION_LEAD),
            only(HttpMethod.POST, "/verification/declarations/{id}/approve", Role.VERIFIER, Role.VERIFICATION_LEAD),
            only(
                    HttpMethod.GET,
                    "/api/v1/verification/declarations/{id}",
                    Role.MANUFACTURER,
                    Role.VERIFIER,
                    Role.VERIFICATION_LEAD,
                    Role.REGULATOR),
            // certificates: the company, the agency and regulators; revocation by the agency or a
            // regulator; the verification page is public (CertificateIntegrationTests)
            only(
                    HttpMethod.GET,
                    "/certificates",
                    Role.MANUFACTURER,
                    Role.VERIFIER,
                    Role.VERIFICATION_LEAD,
                    Role.REGULATOR),
            only(
                    HttpMethod.GET,
                    "/certificates/{serial}",
                    Role.MANUFACTURER,
                    Role.VERIFIER,
                    Role.VERIFICATION_LEAD,
                    Role.REGULATOR),
            only(
                    HttpMethod.GET,
                    "/certificates/{serial}/certificate.pdf",
                    Role.MANUFACTURER,
                    Role.VERIFIER,
                    Role.VERIFICATION_LEAD,
                    Role.REGULATOR),
            only(
                    HttpMethod.GET,
                    "/certificates/{serial}/report.pdf",
                    Role.MANUFACTURER,
                    Role.VERIFIER,
                    Role.VERIFICATION_LEAD,
                    Role.REGULATOR),
            only(
                    HttpMethod.GET,
                    "/certificates/{serial}/battery-pass.json",
                    Role.MANUFACTURER,
                    Role.VERIFIER,
                    Role.VERIFICATION_LEAD,
                    Role.REGULATOR),
            only(
                    HttpMethod.GET,
                    "/certificates/{serial}/miit-package.zip",
                    Role.MANUFACTURER,
                    Role.VERIFIER,
                    Role.VERIFICATION_LEAD,
                    Role.REGULATOR),
            only(
                    HttpMethod.POST,
                    "/certificates/{serial}/revoke",
                    Role.VERIFIER,
                    Role.VERIFICATION_LEAD,
                    Role.REGULATOR),
            only(
                    HttpMethod.GET,
                    "/verification/declarations/{id}/certificate",
                    Role.MANUFACTURER,
                    Role.VERIFIER,
                    Role.VERIFICATION_LEAD,
                    Role.REGULATOR),
            open(HttpMethod.GET, "/verify"),
            open(HttpMethod.GET, "/verify/{serial}"),
            open(HttpMethod.POST, "/verify/{serial}"),
            only(HttpMethod.GET, "/api/v1/declarations/{id}/calculations", Role.MANUFACTURER),
            only(HttpMethod.GET, "/api/v1/declarations/{id}/completeness", Role.MANUFACTURER),
            only(HttpMethod.GET, "/api/v1/declarations/{id}/calculations/{sequence}", Role.MANUFACTURER),
            only(HttpMethod.GET, "/api/v1/declarations/{id}/calculations/changes", Role.MANUFACTURER),
            only(HttpMethod.GET, "/api/v1/declarations/{id}/rule-comparison", Role.MANUFACTURER),
            only(HttpMethod.POST, "/api/v1/declarations/{id}/what-if", Role.MANUFACTURER),
            // supply chain: manufacturers and suppliers (the two organizations of a request only;
            // other organizations' ids are 404: SupplyChainIntegrationTests)
            only(HttpMethod.GET, "/supply-chain/requests", Role.MANUFACTURER, Role.SUPPLIER),
            only(HttpMethod.GET, "/supply-chain/requests/new", Role.MANUFACTURER, Role.SUPPLIER),
            only(HttpMethod.POST, "/supply-chain/requests", Role.MANUFACTURER, Role.SUPPLIER),
            only(HttpMethod.GET, "/supply-chain/requests/{id}", Role.MANUFACTURER, Role.SUPPLIER),
            only(HttpMethod.POST, "/supply-chain/requests/{id}/remind", Role.MANUFACTURER, Role.SUPPLIER),
            only(HttpMethod.POST, "/supply-chain/requests/{id}/withdraw", Role.MANUFACTURER, Role.SUPPLIER),
            only(HttpMethod.POST, "/supply-chain/requests/{id}/reopen", Role.MANUFACTURER, Role.SUPPLIER),
            only(HttpMethod.POST, "/supply-chain/requests/{id}/accept", Role.MANUFACTURER, Role.SUPPLIER),
            only(HttpMethod.POST, "/supply-chain/requests/{id}/reject", Role.MANUFACTURER, Role.SUPPLIER),
            only(HttpMethod.POST, "/supply-chain/requests/{id}/take-correction", Role.MANUFACTURER, Role.SUPPLIER),
            only(HttpMethod.POST, "/supply-chain/requests/{id}/decline", Role.SUPPLIER),
            only(HttpMethod.POST, "/supply-chain/requests/{id}/answer", Role.SUPPLIER),
            only(HttpMethod.GET, "/supply-chain/records", Role.SUPPLIER),
            only(HttpMethod.GET, "/supply-chain/records/new", Role.SUPPLIER),
            only(HttpMethod.POST, "/supply-chain/records", Role.SUPPLIER),
            only(HttpMethod.GET, "/supply-chain/records/{id}", Role.MANUFACTURER, Role.SUPPLIER),
            only(HttpMethod.POST, "/supply-chain/records/{id}/disclosure", Role.SUPPLIER),
            only(HttpMethod.POST, "/supply-chain/records/{id}/evidence", Role.SUPPLIER),
            only(HttpMethod.POST, "/supply-chain/records/{id}/upstream", Role.SUPPLIER),
            only(HttpMethod.GET, "/supply-chain/records/{id}/correct", Role.SUPPLIER),
            only(HttpMethod.POST, "/supply-chain/records/{id}/correct", Role.SUPPLIER),
            only(HttpMethod.GET, "/supply-chain/evidence/{fileId}", Role.MANUFACTURER, Role.SUPPLIER),
            only(HttpMethod.GET, "/supply-chain/declarations/{id}/trace", Role.MANUFACTURER),
            only(HttpMethod.GET, "/supply-chain/declarations/{id}/trace.csv", Role.MANUFACTURER),
            only(HttpMethod.GET, "/supply-chain/declarations/{id}/trace.xlsx", Role.MANUFACTURER),
            only(HttpMethod.GET, "/verification/declarations/{id}/supply-chain", Role.VERIFIER, Role.VERIFICATION_LEAD),
            only(
                    HttpMethod.GET,
                    "/verification/declarations/{id}/supply-chain/records/{recordId}",
                    Role.VERIFIER,
                    Role.VERIFICATION_LEAD),
            only(
                    HttpMethod.GET,
                    "/verification/declarations/{id}/supply-chain/evidence/{fileId}",
                    Role.VERIFIER,
                    Role.VERIFICATION_LEAD),
            only(HttpMethod.GET, "/api/v1/supply-chain/requests", Role.MANUFACTURER, Role.SUPPLIER),
            only("{}", HttpMethod.POST, "/api/v1/supply-chain/requests", Role.MANUFACTURER, Role.SUPPLIER),
            only(HttpMethod.GET, "/api/v1/supply-chain/requests/{id}", Role.MANUFACTURER, Role.SUPPLIER),
            only(HttpMethod.POST, "/api/v1/supply-chain/requests/{id}/remind", Role.MANUFACTURER, Role.SUPPLIER),
            only(HttpMethod.POST, "/api/v1/supply-chain/requests/{id}/withdraw", Role.MANUFACTURER, Role.SUPPLIER),
            only(HttpMethod.POST, "/api/v1/supply-chain/requests/{id}/reopen", Role.MANUFACTURER, Role.SUPPLIER),
            only(HttpMethod.POST, "/api/v1/supply-chain/requests/{id}/accept", Role.MANUFACTURER, Role.SUPPLIER),
            only("{}", HttpMethod.POST, "/api/v1/supply-chain/requests/{id}/reject", Role.MANUFACTURER, Role.SUPPLIER),
            only("{}", HttpMethod.POST, "/api/v1/supply-chain/requests/{id}/answer", Role.SUPPLIER),
            only("{}", HttpMethod.POST, "/api/v1/supply-chain/requests/{id}/decline", Role.SUPPLIER),
            only(HttpMethod.GET, "/api/v1/supply-chain/records/{id}", Role.MANUFACTURER, Role.SUPPLIER),
            only(HttpMethod.POST, "/api/v1/supply-chain/records/{id}/evidence", Role.SUPPLIER),
            only("{}", HttpMethod.POST, "/api/v1/supply-chain/records/{id}/upstream", Role.SUPPLIER),
            only(
                    "{\"breakdown\":false,\"stages\":true,\"upstreamNames\":false,\"site\":false,\"evidence\":true,"
                            + "\"verifierFullAccess\":false}",
                    HttpMethod.PUT,
                    "/api/v1/supply-chain/records/{id}/disclosure",
                    Role.SUPPLIER),
            only("{}", HttpMethod.POST, "/api/v1/supply-chain/records/{id}/corrections", Role.SUPPLIER),
            only(HttpMethod.GET, "/api/v1/supply-chain/evidence/{fileId}", Role.MANUFACTURER, Role.SUPPLIER),
            only(HttpMethod.GET, "/api/v1/supply-chain/declarations/{id}/trace", Role.MANUFACTURER),
            only(HttpMethod.GET, "/supply-chain/invitations/new", Role.MANUFACTURER, Role.SUPPLIER),
            only(HttpMethod.POST, "/supply-chain/invitations", Role.MANUFACTURER, Role.SUPPLIER),
            open(HttpMethod.GET, "/invitations/{token}"),
            open(HttpMethod.POST, "/invitations/{token}"),
            // notifications: every signed-in user, their own organization's only
            signedIn(HttpMethod.GET, "/notifications"),
            signedIn(HttpMethod.POST, "/notifications/{id}/open"),
            signedIn(HttpMethod.POST, "/notifications/read-all"));

    /** Endpoints that are not controllers of ours but must stay reachable without signing in. */
    private static final List<String> PUBLIC_INFRASTRUCTURE = List.of(
            "/actuator/health",
            "/actuator/info",
            "/v3/api-docs",
            "/swagger-ui/index.html",
            "/css/app.css",
            "/js/app.js");

    private static final Map<Role, String> DEMO_USER = Map.of(
            Role.ADMIN, "admin",
            Role.MANUFACTURER, "maker",
            Role.SUPPLIER, "supplier",
            Role.VERIFIER, "auditor",
            Role.VERIFICATION_LEAD, "verifier",
            Role.REGULATOR, "regulator",
            Role.FACTOR_STEWARD, "steward",
            Role.FACTOR_REVIEWER, "expert");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Test
    void everyEndpointIsInTheTable() {
        Set<String> inTable = new TreeSet<>();
        RULES.forEach(rule -> inTable.add(rule.method() + " " + rule.pattern()));
        Set<String> missing = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                handlerMapping.getHandlerMethods().entrySet()) {
            if (!entry.getValue().getBeanType().getPackageName().startsWith("cn.batterycarbon")) {
                continue;
            }
            RequestMappingInfo info = entry.getKey();
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                info.getMethodsCondition().getMethods().forEach(method -> {
                    String key = method.asHttpMethod() + " " + pattern;
                    if (!inTable.contains(key)) {
                        missing.add(key);
                    }
                });
            }
        }
        assertThat(missing)
                .as("endpoints without an authorization rule in AuthorizationMatrixTests.RULES")
                .isEmpty();
    }

    @Test
    void everyRoleGetsExactlyWhatTheTableSays() throws Exception {
        List<String> violations = new ArrayList<>();
        for (Rule rule : RULES) {
            for (Role role : Role.values()) {
                MockHttpServletResponse response = perform(rule, role);
                boolean passed = passedSecurity(response);
                if (rule.allows(role) != passed) {
                    violations.add(describe(rule, role.name(), rule.allows(role), response));
                } else if (!rule.allows(role) && response.getStatus() != 403) {
                    violations.add(describe(rule, role.name(), false, response) + " (expected 403)");
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPageOrGetA401() throws Exception {
        List<String> violations = new ArrayList<>();
        for (Rule rule : RULES) {
            MockHttpServletResponse response = perform(rule, null);
            if (rule.isPublic()) {
                if (!passedSecurity(response)) {
                    violations.add(describe(rule, "anonymous", true, response));
                }
            } else if (rule.isApi() ? response.getStatus() != 401 : !redirectsToLogin(response)) {
                violations.add(describe(rule, "anonymous", false, response));
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void infrastructureEndpointsArePublic() throws Exception {
        for (String path : PUBLIC_INFRASTRUCTURE) {
            MockHttpServletResponse response =
                    mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(200);
        }
    }

    private MockHttpServletResponse perform(Rule rule, Role role) throws Exception {
        String path = rule.pattern().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(rule.method(), path);
        if (role != null) {
            request.with(user(userDetails.loadUserByUsername(DEMO_USER.get(role))));
        }
        if (rule.method() != HttpMethod.GET) {
            request.with(csrf());
        }
        if (rule.body() != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(rule.body());
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static boolean passedSecurity(MockHttpServletResponse response) {
        return response.getStatus() != 401 && response.getStatus() != 403 && !redirectsToLogin(response);
    }

    private static boolean redirectsToLogin(MockHttpServletResponse response) {
        String location = response.getRedirectedUrl();
        return response.getStatus() == 302 && location != null && location.endsWith("/login");
    }

    private static String describe(Rule rule, String who, boolean expectedAllowed, MockHttpServletResponse response) {
        return rule.method() + " " + rule.pattern() + " as " + who + ": expected "
                + (expectedAllowed ? "allowed" : "denied") + " but got " + response.getStatus()
                + (response.getRedirectedUrl() == null ? "" : " -> " + response.getRedirectedUrl());
    }
}
