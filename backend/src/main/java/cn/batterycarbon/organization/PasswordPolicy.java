package cn.batterycarbon.organization;

import cn.batterycarbon.platform.domain.DomainException;

/** At least 8 characters with a letter and a digit, and not the user name itself. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    public static void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new DomainException("password.policy.length", MIN_LENGTH, MAX_LENGTH);
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            throw new DomainException("password.policy.mix");
        }
        if (password.equalsIgnoreCase(username)) {
            throw new DomainException("password.policy.username");
        }
    }
}
