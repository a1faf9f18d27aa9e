package cn.batterycarbon.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.batterycarbon.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The API lists that grow with the data answer one bounded page, {items, page, size, totalItems,
 * totalPages}, like GET /api/v1/declarations (issue 18 point 14).
 */
@IntegrationTest
class ApiPagingIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @Test
    void factorReleasesArePaged() throws Exception {
        mvc.perform(get("/api/v1/factor-releases?size=1").with(as("maker")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.totalItems").isNumber())
                .andExpect(jsonPath("$.totalPages").isNumber());
        mvc.perform(get("/api/v1/factor-releases?size=201").with(as("maker")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/v1/factor-releases?page=-1").with(as("maker")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    @Test
    void supplyChainRequestsArePaged() throws Exception {
        mvc.perform(get("/api/v1/supply-chain/requests").with(as("maker")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isArray())
                .andExpect(jsonPath("$.size").value(50))
                .andExpect(jsonPath("$.totalItems").isNumber());
        mvc.perform(get("/api/v1/supply-chain/requests?size=100000").with(as("supplier")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void allocationRunsArePaged() throws Exception {
        mvc.perform(get("/api/v1/responsibility/allocations?size=5").with(as("regulator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isArray())
                .andExpect(jsonPath("$.size").value(5));
    }
}
