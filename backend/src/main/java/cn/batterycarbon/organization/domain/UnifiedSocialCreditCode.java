package cn.batterycarbon.organization.domain;

import cn.batterycarbon.platform.domain.DomainException;
import java.util.Locale;

/**
 * The 18-character unified social credit code (统一社会信用代码, GB 32100-2015) that identifies every
 * legal entity in China. The last character is a check character over the first 17, computed
 * modulo 31 with fixed weights; characters I, O, S, V and Z are never used.
 */
public record UnifiedSocialCreditCode(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public UnifiedSocialCreditCode {
        if (!isValid(value)) {
            throw new DomainException("organization.creditCode.invalid", value);
        }
    }

    public static UnifiedSocialCreditCode of(String raw) {
        return new UnifiedSocialCreditCode(normalize(raw));
    }

    public static String normalize(String raw) {
        return raw == null ? null : raw.trim().toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int digit = ALPHABET.indexOf(code.charAt(i));
            if (digit < 0) {
                return false;
            }
            sum += digit * WEIGHTS[i];
        }
        return code.charAt(17) == checkCharacter(sum);
    }

    private static char checkCharacter(int weightedSum) {
        int check = 31 - weightedSum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    @Override
    public String toString() {
        return value;
    }
}
