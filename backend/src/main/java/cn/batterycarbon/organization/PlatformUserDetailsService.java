package cn.batterycarbon.organization;

import cn.batterycarbon.organization.domain.UserAccount;
import cn.batterycarbon.organization.domain.UserAccounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads users for the login form. */
@Service
class PlatformUserDetailsService implements UserDetailsService {

    private final UserAccounts users;

    PlatformUserDetailsService(UserAccounts users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(UserAccount.normalizeUsername(username))
                .map(UserAccount::toPlatformUser)
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
