package cn.batterycarbon.organization.web;

import cn.batterycarbon.platform.security.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;

/** The administrator's form for a new user. */
public class UserForm {

    @NotBlank
    @Pattern(regexp = "^[A-Za-z][A-Za-z0-9._-]{2,39}$", message = "{user.username.format}")
    private String username;

    @NotBlank
    @Size(max = 100)
    private String displayName;

    @NotBlank
    @Email
    @Size(max = 200)
    private String email;

    @NotEmpty
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @NotBlank
    private String password;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
